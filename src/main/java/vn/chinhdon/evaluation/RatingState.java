package vn.chinhdon.evaluation;

/** Where a rating stands: waiting for the self-assessment, self-assessed, proposed, decided, or not rated. */
public enum RatingState {
    PENDING, SELF_ASSESSED, PROPOSED, DECIDED, NOT_RATED;

    /** Whether nothing more waits on this rating (decided, or not rated). */
    public boolean settled() {
        return this == DECIDED || this == NOT_RATED;
    }
}
