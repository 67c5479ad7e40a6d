package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The organization rules of a rule set applied to an organization's proposed level and the levels of its members (or
 * subordinate organizations): a level whose rule is not met cannot be given, and the highest level whose rule (if any)
 * is met, not above the proposal, is what the organization may be rated — e.g. a cell is Hoàn thành tốt only if every
 * member is at least Hoàn thành and at least half are at least Hoàn thành tốt.
 */
public final class OrganizationRules {

    private final List<RuleSetView.OrgRule> rules;

    public OrganizationRules(List<RuleSetView.OrgRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The best level at most {@code proposed} whose rules the members' levels meet. */
    public Level allowed(Level proposed, List<Level> members) {
        for (Level level : Level.values()) {
            if (!proposed.atLeast(level)) {
                continue;
            }
            if (rules.stream().filter(r -> r.level() == level).allMatch(r -> met(r, members))) {
                return level;
            }
        }
        return Level.NOT_COMPLETED;
    }

    /** Whether the members' levels meet the rule. */
    static boolean met(RuleSetView.OrgRule rule, List<Level> members) {
        if (rule.minLevelAll() != null && !members.stream().allMatch(l -> l.atLeast(rule.minLevelAll()))) {
            return false;
        }
        if (rule.sharePercent() == null || rule.shareLevel() == null || members.isEmpty()) {
            return true;
        }
        long atLeast = members.stream().filter(l -> l.atLeast(rule.shareLevel())).count();
        // at least sharePercent% of the members: atLeast * 100 >= sharePercent * size
        return BigDecimal.valueOf(atLeast).multiply(BigDecimal.valueOf(100))
                .compareTo(rule.sharePercent().multiply(BigDecimal.valueOf(members.size()))) >= 0;
    }
}
