package vn.chinhdon.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
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
import vn.chinhdon.inspection.Conclusion;
import vn.chinhdon.inspection.InspectionLine;
import vn.chinhdon.inspection.InspectionManagement;
import vn.chinhdon.inspection.InspectionOverview;
import vn.chinhdon.inspection.InspectionQueries;
import vn.chinhdon.inspection.InspectionView;
import vn.chinhdon.inspection.NewDelegate;
import vn.chinhdon.inspection.NewFinding;
import vn.chinhdon.inspection.NewInspection;
import vn.chinhdon.inspection.NewRecommendation;
import vn.chinhdon.inspection.RecommendationLine;
import vn.chinhdon.shared.PageResult;

/**
 * Inspections and supervisions: lists and the overview of a unit, the proposal, targets and delegation while
 * proposed, the procedure step by step (never skipped), the extension, the delegation's diary, findings,
 * recommendations of the inspected and their answers, the conclusion whose requirements become follow-up tasks.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections")
class InspectionApiController {

    private final InspectionManagement inspections;
    private final InspectionQueries queries;

    InspectionApiController(InspectionManagement inspections, InspectionQueries queries) {
        this.inspections = inspections;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Inspections issued in the unit's subtree (side BY), aimed at it (OF) or either (ALL, default), "
            + "newest first; filters: step, kind, year (of the kick-off, else of the current step), overdue (past the "
            + "due date before the conclusion, or the archive's due date before archiving)")
    PageResult<InspectionLine> list(@RequestParam String unitCode, @RequestParam(required = false) String side,
            @RequestParam(required = false) String step, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(unitCode, new InspectionQueries.Filter(side, step, kind, year, overdue), page, size);
    }

    @GetMapping("/overview")
    @Operation(summary = "By and of the unit's subtree per step, overdue, recommendations awaiting an answer, and the "
            + "follow-up tasks of inspection requirements (open, late, verified, share verified)")
    InspectionOverview overview(@RequestParam String unitCode) {
        return queries.overview(unitCode);
    }

    @GetMapping("/mine")
    @Operation(summary = "Inspections whose delegation the caller belongs to (the member their account is linked to), "
            + "the running first")
    PageResult<InspectionLine> mine(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.mine(page, size);
    }

    @GetMapping("/recommendations")
    @Operation(summary = "Recommendations (kiến nghị) addressed to units of the unit's subtree, unanswered first (oldest "
            + "first) then answered (newest first); open=true: only unanswered")
    PageResult<RecommendationLine> recommendations(@RequestParam String unitCode,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.recommendations(unitCode, open, page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose an inspection or supervision (step PROPOSED): issuing unit and body, kind, period "
            + "(within the last 5 years), targets (unit codes below the issuer and/or member ids), content documents")
    InspectionView propose(@RequestBody NewInspection request) {
        return inspections.propose(request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An inspection with its targets, delegation, dated and attributed steps, diary, findings, "
            + "recommendations, requirements and what the caller may do next")
    InspectionView inspection(@PathVariable long id) {
        return inspections.inspection(id);
    }

    record TargetsRequest(List<String> unitCodes, List<Long> memberIds, Long version) {
    }

    @PostMapping("/{id}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add targets (units below the issuer, members) while the inspection is proposed")
    InspectionView addTargets(@PathVariable long id, @RequestBody TargetsRequest request) {
        return inspections.addTargets(id, request.unitCodes(), request.memberIds(), request.version());
    }

    @DeleteMapping("/{id}/targets/{targetId}")
    @Operation(summary = "Remove a target while the inspection is proposed (not the last one)")
    InspectionView removeTarget(@PathVariable long id, @PathVariable long targetId,
            @RequestParam(required = false) Long version) {
        return inspections.removeTarget(id, targetId, version);
    }

    record DelegateRequest(Long memberId, String role, String conflict, String approval, Long version) {
    }

    @PostMapping("/{id}/delegates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person to the delegation (HEAD, DEPUTY, MEMBER, SECRETARY) while proposed; a conflict of "
            + "interest (declared, or being or belonging to a target) is refused unless an approval is given, then recorded")
    InspectionView addDelegate(@PathVariable long id, @RequestBody DelegateRequest request) {
        return inspections.addDelegate(id, new NewDelegate(request.memberId(), request.role(), request.conflict(),
                request.approval()), request.version());
    }

    @DeleteMapping("/{id}/delegates/{delegateId}")
    @Operation(summary = "Remove a person from the delegation while the inspection is proposed")
    InspectionView removeDelegate(@PathVariable long id, @PathVariable long delegateId,
            @RequestParam(required = false) Long version) {
        return inspections.removeDelegate(id, delegateId, version);
    }

    record StepRequest(String step, LocalDate on, String note, Long decisionDocumentId, String delegationApproval,
            String report, Long version) {
    }

    @PostMapping("/{id}/steps")
    @Operation(summary = "Take the next step (a skipped step is 409), dated 'on' (default today; not before the current "
            + "step's date, not in the future): DECIDED (decisionDocumentId, a QĐ of the issuer; a delegation of 3 to 5 "
            + "with a head, else delegationApproval), KICKED_OFF (the time limit starts), SELF_REPORT_SUBMITTED (report), "
            + "VERIFYING, DRAFT_REPORT (report), FOLLOW_UP, ARCHIVED (late after the archive's due date); CONCLUDED "
            + "through /conclusion")
    InspectionView advance(@PathVariable long id, @RequestBody StepRequest request) {
        return inspections.advance(id, new InspectionManagement.StepInput(request.step(), request.on(), request.note(),
                request.decisionDocumentId(), request.delegationApproval(), request.report()), request.version());
    }

    record ConclusionRequest(Long documentId, String summary, LocalDate on, List<Conclusion.Requirement> requirements,
            Long version) {
    }

    @PostMapping("/{id}/conclusion")
    @Operation(summary = "Conclude (DRAFT_REPORT → CONCLUDED) with the conclusion notice (a TB of the issuer) after at "
            + "least one finding; each requirement becomes a follow-up task of its target; the archive is due 15 "
            + "working days later")
    InspectionView conclude(@PathVariable long id, @RequestBody ConclusionRequest request) {
        return inspections.conclude(id, new Conclusion(request.documentId(), request.summary(), request.on(),
                request.requirements()), request.version());
    }

    record ExtensionRequest(Integer days, String reason, Long version) {
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "Extend the time limit once, by at most a third of it, between the kick-off and the conclusion")
    InspectionView extend(@PathVariable long id, @RequestBody ExtensionRequest request) {
        return inspections.extend(id, request.days(), request.reason(), request.version());
    }

    record DiaryRequest(LocalDate entryOn, String text) {
    }

    @PostMapping("/{id}/diary")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A dated entry of the delegation's diary (a delegate or the issuing side, from the decision "
            + "until the conclusion)")
    InspectionView addDiaryEntry(@PathVariable long id, @RequestBody DiaryRequest request) {
        return inspections.addDiaryEntry(id, request.entryOn(), request.text());
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A finding about one target (STRENGTH, SHORTCOMING, VIOLATION) with its cause, responsibility "
            + "and degradation codes G1.1 … G3.9, from the kick-off until the conclusion")
    InspectionView addFinding(@PathVariable long id, @RequestBody NewFinding request) {
        return inspections.addFinding(id, request);
    }

    @PostMapping("/{id}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A recommendation (kiến nghị) of a target to a unit above it, from the kick-off on")
    InspectionView recommend(@PathVariable long id, @RequestBody NewRecommendation request) {
        return inspections.recommend(id, request);
    }

    record AnswerRequest(String answer, Long version) {
    }

    @PostMapping("/{id}/recommendations/{recId}/answer")
    @Operation(summary = "Answer a recommendation: only the unit it was addressed to (MANAGE_INSPECTIONS over it), once")
    InspectionView answer(@PathVariable long id, @PathVariable long recId, @RequestBody AnswerRequest request) {
        return inspections.answer(id, recId, request.answer(), request.version());
    }
}
