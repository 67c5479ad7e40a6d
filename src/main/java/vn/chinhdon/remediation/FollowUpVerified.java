package vn.chinhdon.remediation;

import java.time.LocalDate;

/** A follow-up task's evidence was verified: the task is done. Published inside the verifying transaction. */
public record FollowUpVerified(long followUpId, LocalDate verifiedOn) {
}
