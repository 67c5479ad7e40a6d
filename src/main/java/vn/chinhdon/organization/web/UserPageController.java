package vn.chinhdon.organization.web;

import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.ProblemLine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.organization.Role;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.organization.UserView;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;

/** Accounts and their grants (administrators; the facade refuses everybody else). */
@Controller
class UserPageController {

    private final UserManagement users;
    private final PageMessages messages;

    UserPageController(UserManagement users, PageMessages messages) {
        this.users = users;
        this.messages = messages;
    }

    /** A new account with its first grant. */
    record NewUserForm(@NotBlank String username, @NotBlank String password, @NotBlank String displayName,
            @NotBlank String role, String unitCode) {
    }

    record GrantForm(@NotBlank String role, String unitCode) {
    }

    record EnabledForm(boolean enabled, @NotNull Long version) {
    }

    @GetMapping("/users")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        return listPage(q, page, new NewUserForm(null, null, null, Role.ORGANIZATION_BOARD.name(), null), null, model);
    }

    @PostMapping("/users")
    String create(@Validated @ModelAttribute("newUser") NewUserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = messages.errors(binding, "field.");
        } else {
            try {
                String unit = form.unitCode() == null || form.unitCode().isBlank() ? null : form.unitCode().trim();
                UserView user = users.create(new UserManagement.NewUser(form.username(), form.password(),
                        form.displayName(), null, List.of(new UserManagement.GrantRequest(form.role(), unit))));
                redirect.addFlashAttribute("notice", messages.text("user.created", user.username()));
                return "redirect:/users/" + user.id();
            } catch (ValidationException e) {
                errors = messages.errors(e, "field.");
            }
        }
        NewUserForm shown = new NewUserForm(form.username(), null, form.displayName(), form.role(), form.unitCode());
        return listPage(null, null, shown, errors, model);
    }

    private String listPage(String q, Integer page, NewUserForm form, FormErrors errors, Model model) {
        String query = q == null || q.isBlank() ? null : q.trim();
        model.addAttribute("result", users.list(query, page, UnitPageController.PAGE_SIZE));
        model.addAttribute("q", query);
        model.addAttribute("newUser", form);
        model.addAttribute("newUserErrors", errors);
        model.addAttribute("roles", Role.values());
        return "users/list";
    }

    @GetMapping("/users/{id}")
    String user(@PathVariable long id, Model model) {
        return userPage(users.find(id), null, null, null, model);
    }

    @PostMapping("/users/{id}/grants")
    String addGrant(@PathVariable long id, @Validated @ModelAttribute("grant") GrantForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = messages.errors(binding, "field.");
        } else {
            try {
                String unit = form.unitCode() == null || form.unitCode().isBlank() ? null : form.unitCode().trim();
                UserView user = users.addGrant(id, new UserManagement.GrantRequest(form.role(), unit));
                redirect.addFlashAttribute("notice", messages.text("user.grantAdded", user.username()));
                return "redirect:/users/" + id;
            } catch (ValidationException e) {
                errors = messages.errors(e, "field.");
            } catch (ConflictException e) {
                errors = new FormErrors(List.of(new ProblemLine(null, null, null, messages.text(e.messageKey(), e.args()))),
                        false);
            }
        }
        return userPage(users.find(id), form, errors, null, model);
    }

    @PostMapping("/users/{id}/grants/remove")
    String removeGrant(@PathVariable long id, @RequestParam String role, @RequestParam(required = false) String unitCode,
            RedirectAttributes redirect) {
        try {
            UserView user = users.removeGrant(id, role, unitCode == null || unitCode.isBlank() ? null : unitCode);
            redirect.addFlashAttribute("notice", messages.text("user.grantRemoved", user.username()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", messages.text(e.messageKey(), e.args()));
        } catch (NotFoundException e) {
            if (!"error.user.grantNotFound".equals(e.messageKey())) {
                throw e;
            }
            redirect.addFlashAttribute("alert", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/users/{id}/enabled")
    String enabled(@PathVariable long id, @Validated @ModelAttribute("enabledForm") EnabledForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = messages.errors(binding, "field.");
        } else {
            try {
                UserView user = users.setEnabled(id, form.enabled(), form.version());
                redirect.addFlashAttribute("notice", messages.text(user.enabled() ? "user.enabledNow" : "user.disabledNow",
                        user.username()));
                return "redirect:/users/" + id;
            } catch (ConflictException e) {
                errors = "error.stale".equals(e.messageKey()) ? FormErrors.staleRecord()
                        : new FormErrors(List.of(new ProblemLine(null, null, null, messages.text(e.messageKey(), e.args()))),
                                false);
            }
        }
        return userPage(users.find(id), null, null, errors, model);
    }

    private String userPage(UserView user, GrantForm grant, FormErrors grantErrors, FormErrors enabledErrors,
            Model model) {
        model.addAttribute("user", user);
        model.addAttribute("grant", grant != null ? grant : new GrantForm(Role.ORGANIZATION_BOARD.name(), null));
        model.addAttribute("grantErrors", grantErrors);
        model.addAttribute("enabledErrors", enabledErrors);
        model.addAttribute("roles", Role.values());
        return "users/user";
    }
}
