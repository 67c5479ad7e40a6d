package vn.chinhdon.conduct;

import java.time.LocalDate;

/**
 * A member's commitment was checked as kept — possibly replacing an earlier check that found it broken. Published
 * inside the checking transaction.
 */
public record CommitmentKept(long commitmentId, long memberId, LocalDate checkedOn) {
}
