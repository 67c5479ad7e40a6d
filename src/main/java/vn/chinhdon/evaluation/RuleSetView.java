package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A rule set: in force from {@code effectiveFrom} to {@code effectiveTo} inclusive (null: still in force), its score
 * bands when it uses scores, its hard caps, the quota of Hoàn thành xuất sắc (at most {@code quotaPercent}% of those
 * rated Hoàn thành tốt, counted per {@code quotaScope}; null: no quota), whether quarters 1–3 are rated, and its
 * organization rules. Each rule says whether it is confirmed and on what basis; {@code version} guards edits.
 */
public record RuleSetView(String code, String name, String document, LocalDate effectiveFrom, LocalDate effectiveTo,
        boolean usesScores, boolean quarterly, String quarterlyBasis, BigDecimal quotaPercent, String quotaScope,
        boolean quotaConfirmed, String quotaBasis, String note, int version, boolean inForceToday,
        List<Band> bands, List<Cap> caps, List<OrgRule> organizationRules) {

    /** Whether the date falls in the set's period. */
    public boolean covers(LocalDate on) {
        return !on.isBefore(effectiveFrom) && (effectiveTo == null || !on.isAfter(effectiveTo));
    }

    /** The level of a score under this set (empty bands when the set does not use scores). */
    public ScoreBands scoreBands() {
        return new ScoreBands(bands);
    }

    /** The hard caps of this set. */
    public Caps hardCaps() {
        return new Caps(caps);
    }

    /** The quota of Hoàn thành xuất sắc of this set. */
    public Quota quota() {
        return new Quota(quotaPercent);
    }

    /** The organization rules of this set. */
    public OrganizationRules organizationLevels() {
        return new OrganizationRules(organizationRules);
    }

    /** A level's score band: {@code minScore} inclusive, {@code maxScore} exclusive (100 inclusive). */
    public record Band(Level level, String levelLabel, BigDecimal minScore, BigDecimal maxScore, boolean confirmed,
            String basis) {
    }

    /**
     * A hard cap: when the fact holds, the level is at most {@code capsTo}; {@code notRated} when the subject is not
     * rated at all ({@code capsTo} null). The exception, when there is one, lifts the cap.
     */
    public record Cap(CapKind kind, Level capsTo, boolean notRated, String exception, boolean confirmed,
            String basis) {
    }

    /**
     * An organization is {@code level} only if every member (or subordinate) is at least {@code minLevelAll} and at
     * least {@code sharePercent}% are at least {@code shareLevel}.
     */
    public record OrgRule(String kind, Level level, Level minLevelAll, BigDecimal sharePercent, Level shareLevel,
            boolean confirmed, String basis) {
    }
}
