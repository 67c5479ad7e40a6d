package vn.chinhdon.directives;

import java.time.LocalDate;

/** An obligation's status on a date: pending, done on time, done late, late (past due, not done), exempt. */
public enum ObligationStatus {
    PENDING, DONE_ON_TIME, DONE_LATE, LATE, EXEMPT;

    /**
     * The status on {@code at} of an obligation due on {@code dueOn}, in state OPEN / DONE / EXEMPT, done on
     * {@code fulfilledOn}. A fulfilment dated after {@code at} does not count yet.
     */
    public static ObligationStatus on(LocalDate at, LocalDate dueOn, String state, LocalDate fulfilledOn) {
        if ("EXEMPT".equals(state)) {
            return EXEMPT;
        }
        if ("DONE".equals(state) && fulfilledOn != null && !fulfilledOn.isAfter(at)) {
            return fulfilledOn.isAfter(dueOn) ? DONE_LATE : DONE_ON_TIME;
        }
        return at.isAfter(dueOn) ? LATE : PENDING;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
