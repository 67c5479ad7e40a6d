package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The quota of Hoàn thành xuất sắc: at most {@code percent}% of those rated Hoàn thành tốt in the same scope (a
 * grassroots organization), rounded down; no quota when the set has none.
 */
public record Quota(BigDecimal percent) {

    /** The most members of the scope that may be rated Hoàn thành xuất sắc when {@code good} are rated Hoàn thành tốt. */
    public long maxExcellent(long good) {
        if (percent == null) {
            return Long.MAX_VALUE;
        }
        return BigDecimal.valueOf(good).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                .longValueExact();
    }

    /** Whether {@code excellent} ratings of Hoàn thành xuất sắc fit the quota beside {@code good} of Hoàn thành tốt. */
    public boolean allows(long excellent, long good) {
        return excellent <= maxExcellent(good);
    }
}
