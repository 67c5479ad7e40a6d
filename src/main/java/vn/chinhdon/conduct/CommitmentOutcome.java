package vn.chinhdon.conduct;

/** What the review found of a commitment: kept, partly kept, not kept. */
public enum CommitmentOutcome {
    KEPT, PARTLY, NOT_KEPT;

    public String messageKey() {
        return "conduct.outcome." + name();
    }
}
