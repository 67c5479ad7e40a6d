package vn.chinhdon.evaluation;

/**
 * The kinds of entries of the evidence ledger ({@code evidence_entry.kind}). Some are states that end — a finding until
 * its follow-up tasks are verified, a task until verified, a discipline until it lapses — and are open until closed;
 * the others are facts of a day (degradation concluded, feedback substantiated, commitment broken) that count by the
 * period they occurred in and are never open.
 */
public enum EvidenceKind {
    FINDING(true), DEGRADATION(false), FOLLOW_UP(true), FEEDBACK(false), COMMITMENT(false), DISCIPLINE(true);

    private final boolean closes;

    EvidenceKind(boolean closes) {
        this.closes = closes;
    }

    /** Whether entries of this kind stay open until closed (otherwise they are facts of the day they occurred). */
    boolean closes() {
        return closes;
    }

    /** The SQL list of the kinds that close, for {@code kind in (…)}. */
    static String closingSql() {
        StringBuilder out = new StringBuilder();
        for (EvidenceKind k : values()) {
            if (k.closes) {
                out.append(out.isEmpty() ? "" : ", ").append('\'').append(k.name()).append('\'');
            }
        }
        return out.toString();
    }
}
