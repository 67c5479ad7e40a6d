package vn.chinhdon.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.RestructuringCommand;
import vn.chinhdon.organization.RestructuringPreview;

/** Restructuring: merge, split, move, rename, dissolve, atomically, with an effective date. */
@RestController
@RequestMapping("/api/v1/restructurings")
@Tag(name = "Restructuring")
class RestructuringApiController {

    private final OrganizationManagement organization;

    RestructuringApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @PostMapping
    @Operation(summary = "Apply a restructuring; any invalid operation rejects all of it (422, every problem listed)")
    OrganizationManagement.RestructuringResult apply(@RequestBody RestructuringCommand command) {
        return organization.restructure(command);
    }

    @PostMapping("/preview")
    @Operation(summary = "What a restructuring would change, and its problems; changes nothing")
    RestructuringPreview preview(@RequestBody RestructuringCommand command) {
        return organization.preview(command);
    }
}
