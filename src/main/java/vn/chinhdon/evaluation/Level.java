package vn.chinhdon.evaluation;

/** The four quality levels, unchanged from 132-QĐ/TW to 366-QĐ/TW, best first. */
public enum Level {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
    GOOD("Hoàn thành tốt nhiệm vụ"),
    COMPLETED("Hoàn thành nhiệm vụ"),
    NOT_COMPLETED("Không hoàn thành nhiệm vụ");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the level, as the documents word it. */
    public String label() {
        return label;
    }

    /** Whether this level is the other one or better. */
    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    /** The lower of the two levels. */
    public static Level lower(Level a, Level b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
