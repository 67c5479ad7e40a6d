package vn.chinhdon.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.organization.UserView;
import vn.chinhdon.shared.PageResult;

/** Accounts and grants (administrators). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserApiController {

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account with grants (role, unitCode)")
    UserView create(@RequestBody UserManagement.NewUser request) {
        return users.create(request);
    }

    @GetMapping
    @Operation(summary = "Accounts, with their grants")
    PageResult<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return users.list(q, page, size);
    }

    @GetMapping("/{id}")
    UserView user(@PathVariable long id) {
        return users.find(id);
    }

    @PostMapping("/{id}/grants")
    UserView addGrant(@PathVariable long id, @RequestBody UserManagement.GrantRequest grant) {
        return users.addGrant(id, grant);
    }

    @DeleteMapping("/{id}/grants")
    UserView removeGrant(@PathVariable long id, @RequestParam String role, @RequestParam(required = false) String unitCode) {
        return users.removeGrant(id, role, unitCode);
    }

    record EnabledRequest(boolean enabled, long version) {
    }

    @PostMapping("/{id}/enabled")
    UserView enabled(@PathVariable long id, @RequestBody EnabledRequest request) {
        return users.setEnabled(id, request.enabled(), request.version());
    }
}
