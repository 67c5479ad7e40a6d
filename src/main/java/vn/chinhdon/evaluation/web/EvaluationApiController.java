package vn.chinhdon.evaluation.web;

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
import vn.chinhdon.evaluation.EvaluationManagement;
import vn.chinhdon.evaluation.EvaluationQueries;
import vn.chinhdon.evaluation.NewSeason;
import vn.chinhdon.evaluation.RatingCommand;
import vn.chinhdon.evaluation.RatingLine;
import vn.chinhdon.evaluation.RatingView;
import vn.chinhdon.evaluation.SeasonView;
import vn.chinhdon.shared.PageResult;

/**
 * Rating seasons and the steps of each rating: self-assessment → appraisal and proposal → decision → cancel and
 * re-rate by the unit above; who waits on whom, the quota in use, the units rated high against their evidence, the
 * levels year over year, and the history of a member or a unit.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Evaluation")
class EvaluationApiController {

    private final EvaluationManagement management;
    private final EvaluationQueries queries;

    EvaluationApiController(EvaluationManagement management, EvaluationQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @PostMapping("/evaluation-seasons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a season over a unit's subtree for a year (quarter absent) or a quarter 1–3 where the "
            + "rule set in force rates quarters: one rating per collective and per cell member (MANAGE_EVALUATIONS); "
            + "422 listing every problem, among them a season of the same period covering the same units")
    SeasonView open(@RequestBody NewSeason request) {
        return management.open(request);
    }

    @GetMapping("/evaluation-seasons")
    @Operation(summary = "The seasons of a unit's subtree and of the units above that take it in, the latest first")
    List<SeasonView> seasons(@RequestParam String unitCode) {
        return queries.seasons(unitCode);
    }

    @GetMapping("/evaluation-seasons/{id}")
    @Operation(summary = "A season with its ratings counted by state and decided level, and the flagged proposals")
    SeasonView season(@PathVariable long id) {
        return queries.season(id);
    }

    @GetMapping("/evaluation-seasons/{id}/ratings")
    @Operation(summary = "A season's ratings the caller may read, in tree order, members in Vietnamese order; filters "
            + "unitCode (subtree), state, flagged, q (name); 50 per page, counted from 0")
    PageResult<RatingLine> ratings(@PathVariable long id, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page) {
        return queries.ratings(id, unitCode, state, flagged, q, page);
    }

    @GetMapping("/evaluation-seasons/{id}/progress")
    @Operation(summary = "Who waits on whom: per competent unit, ratings awaiting the self-assessment, the proposal, "
            + "the decision, and those settled")
    List<EvaluationQueries.Progress> progress(@PathVariable long id) {
        return queries.progress(id);
    }

    @GetMapping("/evaluation-seasons/{id}/quota")
    @Operation(summary = "The quota of Hoàn thành xuất sắc per grassroots organization: decided and proposed, Hoàn "
            + "thành tốt counted, the most allowed")
    List<EvaluationQueries.QuotaUse> quota(@PathVariable long id) {
        return queries.quota(id);
    }

    @GetMapping("/evaluation-seasons/{id}/high-against-evidence")
    @Operation(summary = "Units whose ratings at Hoàn thành tốt or above the evidence flags, most first")
    List<EvaluationQueries.HighAgainstEvidence> highAgainstEvidence(@PathVariable long id) {
        return queries.highAgainstEvidence(id);
    }

    @GetMapping("/evaluation-distribution")
    @Operation(summary = "Decided yearly levels over a unit's subtree, year over year (members and collectives)")
    List<EvaluationQueries.YearDistribution> distribution(@RequestParam String unitCode,
            @RequestParam int fromYear, @RequestParam int toYear) {
        return queries.distribution(unitCode, fromYear, Math.min(toYear, fromYear + 20));
    }

    @GetMapping("/ratings/{id}")
    @Operation(summary = "A rating with its steps, the caps that hold, the flags of the evidence, what it waits for, "
            + "and the ledger's evidence of the period")
    RatingView rating(@PathVariable long id) {
        return queries.rating(id);
    }

    @PostMapping("/ratings/{id}/self-assessment")
    @Operation(summary = "Self-assessment (level, score where the set uses scores, text, on): the member, or on their "
            + "behalf (and for a collective) RECORD_EVALUATIONS; 409 while the collective, or a lower collective, waits")
    RatingView selfAssess(@PathVariable long id, @RequestBody RatingCommand request) {
        return management.selfAssess(id, request);
    }

    @PostMapping("/ratings/{id}/proposal")
    @Operation(summary = "Appraisal and proposal by the competent unit (MANAGE_EVALUATIONS): 422 when a hard cap forbids "
            + "the level; a proposal the evidence contradicts is kept with its flags")
    RatingView propose(@PathVariable long id, @RequestBody RatingCommand request) {
        return management.propose(id, request);
    }

    @PostMapping("/ratings/{id}/not-rated")
    @Operation(summary = "Not rated, with the reason (MANAGE_EVALUATIONS of the competent unit)")
    RatingView notRated(@PathVariable long id, @RequestBody RatingCommand request) {
        return management.notRated(id, request);
    }

    @PostMapping("/ratings/{id}/decision")
    @Operation(summary = "Decision of the competent unit with its number (DECIDE_EVALUATIONS), at the proposed level or "
            + "lower; 422 when flags are not acknowledged or a cap forbids it; 409 while ratings it depends on wait, or "
            + "when the quota or an organization rule would be broken")
    RatingView decide(@PathVariable long id, @RequestBody RatingCommand request) {
        return management.decide(id, request);
    }

    @PostMapping("/ratings/{id}/rerating")
    @Operation(summary = "The unit above the competent one cancels the decision and re-rates (level, reason as text, "
            + "its decision's number, on)")
    RatingView rerate(@PathVariable long id, @RequestBody RatingCommand request) {
        return management.rerate(id, request);
    }

    @GetMapping("/members/{memberId}/ratings")
    @Operation(summary = "A member's levels, the latest first")
    List<EvaluationQueries.HistoryLine> memberHistory(@PathVariable long memberId) {
        return queries.memberHistory(memberId);
    }

    @GetMapping("/evaluation-history")
    @Operation(summary = "A unit's collective levels, the latest first")
    List<EvaluationQueries.HistoryLine> unitHistory(@RequestParam String unitCode) {
        return queries.unitHistory(unitCode);
    }
}
