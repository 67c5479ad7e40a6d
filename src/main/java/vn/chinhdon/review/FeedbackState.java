package vn.chinhdon.review;

/** Feedback is used only once verified and substantiated; unfounded items are kept but never used. */
public enum FeedbackState {
    UNVERIFIED, SUBSTANTIATED, UNFOUNDED;

    public String messageKey() {
        return "review.feedback." + name();
    }
}
