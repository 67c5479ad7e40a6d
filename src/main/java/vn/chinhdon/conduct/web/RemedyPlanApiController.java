package vn.chinhdon.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import vn.chinhdon.conduct.ConductManagement;
import vn.chinhdon.conduct.ConductQueries;
import vn.chinhdon.conduct.NewRemedyPlan;
import vn.chinhdon.conduct.RemedyPlanView;

/**
 * Yearly remedy plans of committees and heads against the expressions identified: recorded by the unit, accepted by
 * the unit above, which opens each item as a follow-up task it verifies.
 */
@RestController
@RequestMapping("/api/v1/remedy-plans")
@Tag(name = "Remedy plans")
class RemedyPlanApiController {

    private final ConductManagement conduct;
    private final ConductQueries queries;

    RemedyPlanApiController(ConductManagement conduct, ConductQueries queries) {
        this.conduct = conduct;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The remedy plans of the unit's subtree (and its predecessors'), of a year or every year, with "
            + "their items and the state of their follow-up tasks")
    List<RemedyPlanView> list(@RequestParam String unitCode, @RequestParam(required = false) Integer year) {
        return queries.plans(unitCode, year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the yearly remedy plan of a unit's committee, or of its head (headMemberId: the head on "
            + "adoptedOn), with items {text, codes, deadline} (MANAGE_CONDUCT over the unit); one per unit, year and head. "
            + "State RECORDED; the unit above on adoptedOn verifies it")
    RemedyPlanView record(@RequestBody NewRemedyPlan request) {
        return conduct.record(request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One remedy plan (READ_UNITS over its unit or the unit above)")
    RemedyPlanView plan(@PathVariable long id) {
        return conduct.plan(id);
    }

    record AcceptRequest(LocalDate acceptedOn, Long version) {
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "The unit above accepts the plan (VERIFY_FOLLOW_UPS over it): each item becomes a follow-up task "
            + "(source REMEDY_PLAN) of the unit — of its head for a head's plan — opened on acceptedOn (default today), "
            + "verified by the unit above")
    RemedyPlanView accept(@PathVariable long id, @RequestBody(required = false) AcceptRequest request) {
        return conduct.accept(id, request == null ? null : request.acceptedOn(), request == null ? null : request.version());
    }
}
