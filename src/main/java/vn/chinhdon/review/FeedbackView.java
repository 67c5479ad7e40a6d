package vn.chinhdon.review;

import java.time.LocalDate;
import java.util.List;
import vn.chinhdon.remediation.FollowUpState;

/**
 * A piece of feedback as the caller may see it: {@code giver} is null unless the caller is the organization board of
 * the round's unit and not the subject; unverified and unfounded items are shown only to that board.
 */
public record FeedbackView(long id, long reviewId, String subjectLabel, FeedbackSource sourceKind, String giver,
        String text, List<String> codes, LocalDate receivedOn, FeedbackState state, LocalDate verifiedOn,
        String verifiedBy, String verification, List<Assignment> assignments, long version) {

    /** An explanation or acceptance asked of someone: its follow-up task and that task's state. */
    public record Assignment(AssignmentKind kind, long followUpId, String owner, LocalDate deadline, FollowUpState state) {
    }
}
