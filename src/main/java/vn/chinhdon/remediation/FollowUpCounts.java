package vn.chinhdon.remediation;

import java.time.LocalDate;

/**
 * The follow-up tasks owned in a unit's subtree as they stood on a date: opened by then, awaiting the owner
 * ({@code open}, of which {@code sentBack}), awaiting verification ({@code submitted}), {@code verified};
 * {@code late}: past the deadline and not verified on that date; {@code percentVerified}: verified / total.
 */
public record FollowUpCounts(String unitCode, String unitName, LocalDate at, long total, long open, long sentBack,
        long submitted, long verified, long late, double percentVerified) {
}
