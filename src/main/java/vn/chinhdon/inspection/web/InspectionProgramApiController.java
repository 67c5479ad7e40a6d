package vn.chinhdon.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.inspection.InspectionManagement;
import vn.chinhdon.inspection.InspectionQueries;
import vn.chinhdon.inspection.NewProgram;
import vn.chinhdon.inspection.ProgramView;

/** Yearly programs of inspection and supervision of a unit's committee or inspection commission. */
@RestController
@RequestMapping("/api/v1/inspection-programs")
@Tag(name = "Inspections")
class InspectionProgramApiController {

    private final InspectionManagement inspections;
    private final InspectionQueries queries;

    InspectionProgramApiController(InspectionManagement inspections, InspectionQueries queries) {
        this.inspections = inspections;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Programs of the units the caller may read in the unit's subtree, of a year (every year when absent)")
    List<ProgramView> programs(@RequestParam String unitCode, @RequestParam(required = false) Integer year) {
        return queries.programs(unitCode, year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the program of a unit's COMMITTEE or COMMISSION for a year (one per unit, body and year)")
    ProgramView create(@RequestBody NewProgram request) {
        return inspections.createProgram(request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A program with the inspections of it the caller may see")
    ProgramView program(@PathVariable long id) {
        return inspections.program(id);
    }
}
