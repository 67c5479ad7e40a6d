package vn.chinhdon.review;

import java.time.LocalDate;
import java.util.List;
import vn.chinhdon.conduct.CommitmentView;
import vn.chinhdon.remediation.FollowUpLine;

/**
 * A review with its session, the superior's suggestions, the feedback the caller may see, the items its conclusion
 * cites, its remedy plan, and the same subject's previous review beside it; {@code blockedKey}/{@code blockedArg}:
 * why it cannot be held (or finalized) yet, by the order rules; {@code commitments}: a member's commitments with the
 * cell of the period and the year before, which the review checks (kept, partly, not kept).
 */
public record ReviewView(long id, long roundId, String roundTitle, String periodLabel, String unitCode,
        String unitName, Long memberId, String memberName, boolean head, ReviewState state, LocalDate heldOn,
        Integer durationMinutes, Integer present, Integer expected, String chair, String superiorRepresentative,
        String report, String conclusion, String heldBy, String finalReport, String additions, LocalDate finalizedOn,
        List<Suggestion> suggestions, List<FeedbackView> feedback, List<Long> citedFeedbackIds,
        List<FollowUpLine> remedies, Previous previous, String blockedKey, String blockedArg, Actions actions,
        long version, List<CommitmentView> commitments) {

    public boolean collective() {
        return memberId == null;
    }

    public record Suggestion(long id, String fromUnitName, String text, LocalDate givenOn) {
    }

    /**
     * The same subject's review of the previous period: its report and conclusion, and the items it left open
     * (remedies and explanations not verified on the date read).
     */
    public record Previous(long id, String roundTitle, String periodLabel, LocalDate heldOn, String report,
            String conclusion, List<FollowUpLine> openItems) {
    }

    /**
     * What the caller may do: record the session or the final report, manage the feedback (record, verify, assign),
     * see who gave it, suggest (as the superior).
     */
    public record Actions(boolean record, boolean manageFeedback, boolean seesGivers, boolean suggest) {
    }
}
