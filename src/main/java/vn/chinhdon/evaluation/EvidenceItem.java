package vn.chinhdon.evaluation;

import java.time.LocalDate;

/**
 * An entry of the evidence ledger about a member or a unit's collective, with {@code open} and {@code late} as of the
 * date it was read for: its kind, where it came from (the source module's kind and id, and the inspection grouping a
 * finding with its tasks), the summary and detail (a finding's kind, degradation codes, a discipline's form), the date
 * it occurred, its deadline (follow-ups), the date it was closed (verified, lapsed), and whether a discipline was
 * self-detected and remedied (the exception of the cap).
 */
public record EvidenceItem(long id, EvidenceKind kind, String sourceKind, long sourceId, Long groupId, long unitId,
        Long memberId, String summary, String detail, LocalDate occurredOn, LocalDate dueOn, LocalDate closedOn,
        boolean selfRemedied, boolean open, boolean late) {

    /** Whether it occurred in the period. */
    public boolean within(LocalDate from, LocalDate to) {
        return !occurredOn.isBefore(from) && !occurredOn.isAfter(to);
    }
}
