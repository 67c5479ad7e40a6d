package vn.chinhdon.review.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the review pages, as typed. Field names are the facade's, so that its problems mark the right
 * inputs. Every form about an existing review or piece of feedback carries the version the user read.
 */
final class ReviewForms {

    private ReviewForms() {
    }

    /** A round to open over the unit's subtree. */
    record RoundForm(String unitCode, String title, String periodKind, String periodLabel,
            @DateTimeFormat(iso = ISO.DATE) LocalDate periodFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate periodTo,
            Integer depth, @DateTimeFormat(iso = ISO.DATE) LocalDate deadline,
            @DateTimeFormat(iso = ISO.DATE) LocalDate reportDeadline, @DateTimeFormat(iso = ISO.DATE) LocalDate openedOn) {
    }

    /** The superior's suggestion; {@code version}: the review's. */
    record SuggestionForm(String text, @DateTimeFormat(iso = ISO.DATE) LocalDate givenOn, @NotNull Long version) {
    }

    /** A piece of feedback; codes typed separated by commas; {@code version}: the review's. */
    record FeedbackForm(String sourceKind, String giver, String text, String codes,
            @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn, @NotNull Long version) {
    }

    /** The verification of a piece of feedback; {@code version}: the feedback's. */
    record VerifyForm(String outcome, String verification, @NotNull Long version) {
    }

    /** An explanation or acceptance asked for a substantiated item; {@code version}: the feedback's. */
    record AssignForm(String kind, @DateTimeFormat(iso = ISO.DATE) LocalDate deadline, @NotNull Long version) {
    }

    /** The session of a review with a fixed number of remedy rows; empty rows are left out. */
    record SessionForm(@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, Integer durationMinutes, Integer present,
            Integer expected, String chair, String superiorRepresentative, String report, String conclusion,
            List<Long> citedFeedbackIds, List<RemedyRow> remedies, @NotNull Long version) {
    }

    /** An item of the remedy plan: its text, its deadline, whether it is the member's own task. */
    record RemedyRow(String text, @DateTimeFormat(iso = ISO.DATE) LocalDate deadline, Boolean ofMember) {

        static final RemedyRow EMPTY = new RemedyRow(null, null, null);

        /** Nothing typed: no text and no deadline. */
        boolean empty() {
            return (text == null || text.isBlank()) && deadline == null;
        }

        boolean member() {
            return Boolean.TRUE.equals(ofMember);
        }
    }

    /** A collective's final report, completed after its members' reviews. */
    record FinalReportForm(String finalReport, String additions, @NotNull Long version) {
    }
}
