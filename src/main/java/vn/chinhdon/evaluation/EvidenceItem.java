package vn.chinhdon.evaluation;

import java.time.LocalDate;

/**
 * One entry of the evidence ledger about a member or a unit's collective, as the policies read it: its kind (FINDING,
 * DEGRADATION, FOLLOW_UP, FEEDBACK, COMMITMENT, DISCIPLINE), detail (a finding's kind, codes, a discipline's form), the
 * date it occurred, its deadline (follow-ups) and the date it was closed (verified, lapsed), and whether a discipline
 * was self-detected and remedied.
 */
public record EvidenceItem(long id, String kind, String summary, String detail, LocalDate occurredOn, LocalDate dueOn,
        LocalDate closedOn, boolean selfRemedied) {

    /** Whether it is still open on the date. */
    public boolean openOn(LocalDate asOf) {
        return closedOn == null || closedOn.isAfter(asOf);
    }

    /** Whether it is open and past its deadline on the date. */
    public boolean lateOn(LocalDate asOf) {
        return openOn(asOf) && dueOn != null && dueOn.isBefore(asOf);
    }

    /** Whether it occurred in the period. */
    public boolean within(LocalDate from, LocalDate to) {
        return !occurredOn.isBefore(from) && !occurredOn.isAfter(to);
    }
}
