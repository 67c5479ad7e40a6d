package vn.chinhdon.review;

/**
 * A review: waiting, held (the session recorded), and for a collective, finalized (its final report completed
 * after the individual reviews, with what they added).
 */
public enum ReviewState {
    PENDING, HELD, FINALIZED;

    public boolean held() {
        return this != PENDING;
    }

    public String messageKey() {
        return "review.state." + name();
    }
}
