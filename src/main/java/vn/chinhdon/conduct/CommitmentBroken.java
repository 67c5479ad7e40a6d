package vn.chinhdon.conduct;

import java.time.LocalDate;

/**
 * A member's commitment was checked as not kept or partly kept ({@code outcome}: a {@link CommitmentOutcome} name);
 * {@code summary}: the checker's note. A later check publishes again (or {@link CommitmentKept}). Published inside the
 * checking transaction.
 */
public record CommitmentBroken(long commitmentId, long memberId, long cellId, int year, String outcome,
        LocalDate checkedOn, String summary) {
}
