package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A rule set as an administrator gives it: a new one ({@code version} null) or an edit of the one with this code at
 * this version. Levels and cap kinds are named by their codes ({@code EXCELLENT}, {@code DISCIPLINED_IN_YEAR}, …);
 * {@code capsTo} is a level or {@code NOT_RATED}.
 */
public record RuleSetCommand(String code, String name, String document, LocalDate effectiveFrom, LocalDate effectiveTo,
        boolean usesScores, boolean quarterly, String quarterlyBasis, BigDecimal quotaPercent, String quotaScope,
        boolean quotaConfirmed, String quotaBasis, String note, Integer version, List<Band> bands, List<Cap> caps,
        List<OrgRule> organizationRules) {

    public record Band(String level, BigDecimal minScore, BigDecimal maxScore, boolean confirmed, String basis) {
    }

    public record Cap(String kind, String capsTo, String exception, boolean confirmed, String basis) {
    }

    public record OrgRule(String kind, String level, String minLevelAll, BigDecimal sharePercent, String shareLevel,
            boolean confirmed, String basis) {
    }
}
