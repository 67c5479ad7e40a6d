package vn.chinhdon.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.evaluation.PlanningEligibility;
import vn.chinhdon.evaluation.PlanningResult;
import vn.chinhdon.evaluation.PlanningRuleCommand;
import vn.chinhdon.evaluation.PlanningRuleView;

/**
 * Cadre planning (Quy định 377-QĐ/TW): a member's eligibility for planning or appointment on a date with every reason
 * when not eligible, and the rules that decide it (read by everyone, edited by administrators).
 */
@RestController
@Tag(name = "Cadre planning")
class PlanningApiController {

    private final PlanningEligibility eligibility;

    PlanningApiController(PlanningEligibility eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/api/v1/planning-eligibility")
    @Operation(summary = "Whether the member may be planned for or appointed to a post on a date (default today): target "
            + "HIGHER (default) or SAME. Reasons: EXPELLED; DISCIPLINE_REPRIMAND / _WARNING / _DISMISSAL within 24 / 36 / "
            + "60 months of the decision (HIGHER only; annulled decisions do not count); DEGRADATION_CONCLUDED within "
            + "the lookback; NOT_COMPLETED_TWO_YEARS — each with the fact, its date and the date it stops counting. "
            + "The caller must read the member (404 otherwise)")
    PlanningResult check(@RequestParam long memberId, @RequestParam(required = false) String target,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        return eligibility.check(memberId, PlanningEligibility.target(target), on);
    }

    @GetMapping("/api/v1/planning-rules")
    @Operation(summary = "The planning rules: kind, months, appliesTo (HIGHER or ANY), source, confirmed, basis, version")
    List<PlanningRuleView> rules() {
        return eligibility.rules();
    }

    /** The rules to change, each with the version read. */
    record RulesRequest(List<PlanningRuleCommand> rules) {
    }

    @PutMapping("/api/v1/planning-rules")
    @Operation(summary = "Edit planning rules (administrators): {rules: [{kind, months, appliesTo, source, confirmed, "
            + "basis, version}]}; 422 listing every problem by row, 409 when someone changed a rule since; audited")
    List<PlanningRuleView> save(@RequestBody RulesRequest request) {
        return eligibility.saveRules(request == null ? null : request.rules());
    }
}
