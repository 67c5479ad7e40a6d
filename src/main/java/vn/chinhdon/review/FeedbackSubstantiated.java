package vn.chinhdon.review;

import java.time.LocalDate;

/**
 * A piece of feedback was verified as substantiated: the review's subject (a member, or a unit's collective when
 * {@code memberId} is null), the expressions of degradation it names (comma-separated, may be empty), the date and
 * the text. Never who gave it. Published inside the verifying transaction.
 */
public record FeedbackSubstantiated(long feedbackId, long unitId, Long memberId, String codes, LocalDate verifiedOn,
        String text) {
}
