package vn.chinhdon.review;

/** What a substantiated item asks of the person or unit it is assigned to: an explanation or an acceptance. */
public enum AssignmentKind {
    /** Giải trình. */
    EXPLAIN,
    /** Tiếp thu. */
    ACCEPT;

    public String messageKey() {
        return "review.assignment." + name();
    }
}
