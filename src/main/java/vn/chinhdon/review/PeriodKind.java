package vn.chinhdon.review;

/** The period a round reviews: a year, a quarter, a committee term, or an occasion (ad hoc). */
public enum PeriodKind {
    YEAR, QUARTER, TERM, AD_HOC;

    public String messageKey() {
        return "review.period." + name();
    }
}
