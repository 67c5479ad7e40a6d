package vn.chinhdon.conduct.web;

import vn.chinhdon.conduct.CommitmentOutcome;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.EnumValues;

/** The outcome of a check as typed: empty is left to the facade (required), anything unknown is a 422. */
final class Outcomes {

    private Outcomes() {
    }

    static CommitmentOutcome parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        CommitmentOutcome o = EnumValues.parse(CommitmentOutcome.class, value);
        if (o == null) {
            throw ValidationException.of("outcome", "error.conduct.outcome", value.trim());
        }
        return o;
    }
}
