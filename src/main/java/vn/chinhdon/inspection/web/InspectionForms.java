package vn.chinhdon.inspection.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the inspection pages, as typed. Field names are the facade's, so that its problems mark the
 * right inputs; documents are typed as ids or numbers, lists of units and members one per line or comma-separated.
 * Every form of an inspection carries the version the user read.
 */
final class InspectionForms {

    private InspectionForms() {
    }

    record ProposeForm(String unitCode, String body, String kind, String title, Long programId,
            @DateTimeFormat(iso = ISO.DATE) LocalDate periodFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate periodTo,
            String plan, String targetUnitCodes, String targetMemberIds, String documentIds,
            @DateTimeFormat(iso = ISO.DATE) LocalDate proposedOn) {
    }

    record TargetsForm(String targetUnitCodes, String targetMemberIds, @NotNull Long version) {
    }

    record VersionForm(@NotNull Long version) {
    }

    record DelegateForm(Long memberId, String role, String conflict, String approval, @NotNull Long version) {
    }

    /** The next step: its date and note, and what the step needs (the decision, the report). */
    record StepForm(String step, @DateTimeFormat(iso = ISO.DATE) LocalDate on, String note, String decisionDocumentId,
            String delegationApproval, String report, @NotNull Long version) {
    }

    /** The conclusion with a fixed number of requirement rows; empty rows are left out. */
    record ConclusionForm(String documentId, String summary, @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            List<RequirementRow> requirements, @NotNull Long version) {
    }

    /** A requirement: due on a date, or a number of working days after the conclusion. */
    record RequirementRow(Long targetId, String text, @DateTimeFormat(iso = ISO.DATE) LocalDate deadline,
            Integer deadlineWorkingDays) {

        /** Nothing typed: no text and no deadline (the target alone may be preselected). */
        boolean empty() {
            return (text == null || text.isBlank()) && deadline == null && deadlineWorkingDays == null;
        }
    }

    record ExtendForm(Integer days, String reason, @NotNull Long version) {
    }

    record DiaryForm(@DateTimeFormat(iso = ISO.DATE) LocalDate entryOn, String text, @NotNull Long version) {
    }

    record FindingForm(Long targetId, String kind, String text, String causeKind, String cause, String responsibility,
            Long responsibleMemberId, String degradationCodes, @NotNull Long version) {
    }

    record RecommendationForm(Long targetId, String toUnitCode, String text,
            @DateTimeFormat(iso = ISO.DATE) LocalDate madeOn, @NotNull Long version) {
    }

    /** The answer to a recommendation; {@code version}: the recommendation's. */
    record AnswerForm(String answer, @NotNull Long version) {
    }

    record ProgramForm(String unitCode, String body, Integer year, String title, String documentId) {
    }

    record TimeLimitForm(Integer days, Boolean workingDays, Integer extensionDivisor, String basis,
            @NotNull Long version) {
    }
}
