package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.chinhdon.remediation.FollowUpState;

/**
 * An inspection with everything recorded about it, as the caller may see it (findings and requirements of
 * targets the caller may not read are left out), and what the caller may do next.
 */
public record InspectionView(long id, Long programId, String programTitle, String unitCode, String unitName,
        String unitKind, InspectionBody body, InspectionKind kind, String title, LocalDate periodFrom,
        LocalDate periodTo, String plan, InspectionStep step, LocalDate stepOn, Doc decision, String delegationApproval,
        Integer limitDays, Boolean limitWorkingDays, LocalDate startedOn, LocalDate dueOn, Integer extensionDays,
        String extensionReason, LocalDate extendedOn, boolean overdue, String selfReport, String draftReport,
        LocalDate concludedOn, boolean concludedLate, Doc conclusion, String conclusionSummary, LocalDate archiveDueOn,
        LocalDate archivedOn, boolean archiveOverdue, List<Target> targets, List<Doc> documents,
        List<Delegate> delegates, List<Step> steps, List<DiaryEntry> diary, List<Finding> findings,
        List<Recommendation> recommendations, List<Requirement> requirements, Actions actions, LocalDate today,
        long version) {

    /** A registered document: id, number and title, issue date. */
    public record Doc(long id, String number, String title, LocalDate issuedOn, String signer) {
    }

    /** A target: a unit, or a member ({@code memberId} set) of that unit. */
    public record Target(long id, String unitCode, String unitName, Long memberId, String memberName) {

        public String label() {
            return memberName == null ? unitName : memberName + " (" + unitName + ")";
        }
    }

    public record Delegate(long id, long memberId, String name, String unitName, DelegateRole role, String conflict,
            String approval, String approvedBy) {
    }

    public record Step(InspectionStep step, LocalDate occurredOn, OffsetDateTime occurredAt, String actor,
            String actorName, String note) {
    }

    public record DiaryEntry(long id, LocalDate entryOn, String text, String authorName, OffsetDateTime createdAt) {
    }

    public record Finding(long id, long targetId, String targetLabel, FindingKind kind, String text,
            FindingKind.Cause causeKind, String cause, FindingKind.Responsibility responsibility,
            Long responsibleMemberId, String responsibleMemberName, List<String> degradationCodes) {
    }

    public record Recommendation(long id, long targetId, String targetLabel, String toUnitCode, String toUnitName,
            String text, LocalDate madeOn, String answer, LocalDate answeredOn, String answeredBy, boolean canAnswer,
            long version) {
    }

    /** A requirement with the state of its follow-up task on the date read. */
    public record Requirement(long id, long targetId, String targetLabel, String text, LocalDate deadline,
            long followUpId, FollowUpState state, boolean late) {
    }

    /**
     * What the caller may do: manage (the issuing side), work as the delegation (diary, findings, steps of the
     * conduct), submit the self-report or recommendations (a target's side); {@code next}: the step that comes
     * next and whether the caller may take it.
     */
    public record Actions(boolean manage, boolean delegation, boolean targetSide, InspectionStep next, boolean canAdvance,
            boolean canExtend, boolean canRecord) {
    }
}
