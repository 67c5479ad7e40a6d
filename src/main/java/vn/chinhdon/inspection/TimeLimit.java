package vn.chinhdon.inspection;

/**
 * The time limit of an inspection issued at a level (the issuing unit's kind): days, whether they are working
 * days, the largest extension (days / divisor, once), whether the figure was confirmed, and its basis.
 */
public record TimeLimit(String unitKind, int days, boolean workingDays, int extensionDivisor, boolean confirmed,
        String basis, long version) {

    public int maxExtension() {
        return days / extensionDivisor;
    }
}
