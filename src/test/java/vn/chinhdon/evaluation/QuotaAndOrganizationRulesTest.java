package vn.chinhdon.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chinhdon.evaluation.Level.COMPLETED;
import static vn.chinhdon.evaluation.Level.EXCELLENT;
import static vn.chinhdon.evaluation.Level.GOOD;
import static vn.chinhdon.evaluation.Level.NOT_COMPLETED;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quota of Hoàn thành xuất sắc and the organization rules, without a database. */
class QuotaAndOrganizationRulesTest {

    @Test
    void excellentIsAtMostTwentyPercentOfGoodRoundedDown() {
        Quota quota = new Quota(BigDecimal.valueOf(20));
        assertThat(quota.maxExcellent(10)).isEqualTo(2);
        assertThat(quota.maxExcellent(14)).isEqualTo(2);
        assertThat(quota.maxExcellent(15)).isEqualTo(3);
        assertThat(quota.maxExcellent(4)).isZero();
        assertThat(quota.allows(2, 10)).isTrue();
        assertThat(quota.allows(3, 14)).isFalse();
        assertThat(new Quota(null).allows(50, 1)).as("a set without a quota").isTrue();
    }

    /** A cell is Hoàn thành tốt only if every member is at least Hoàn thành and half are at least Hoàn thành tốt. */
    private static final OrganizationRules CELL = new OrganizationRules(List.of(new RuleSetView.OrgRule("CELL_GOOD", GOOD,
            COMPLETED, BigDecimal.valueOf(50), GOOD, false, "21-HD/BTCTW 2019")));

    @Test
    void aCellIsGoodOnlyWhenAllMembersCompleteAndHalfAreGood() {
        assertThat(CELL.allowed(GOOD, List.of(GOOD, GOOD, COMPLETED, COMPLETED))).isEqualTo(GOOD);
        assertThat(CELL.allowed(GOOD, List.of(EXCELLENT, GOOD, COMPLETED, COMPLETED, COMPLETED)))
                .as("two of five at least good: below half").isEqualTo(COMPLETED);
        assertThat(CELL.allowed(GOOD, List.of(GOOD, GOOD, GOOD, NOT_COMPLETED)))
                .as("one member not completing").isEqualTo(COMPLETED);
        // a level without a rule of its own is given as proposed; a proposal is never raised
        assertThat(CELL.allowed(EXCELLENT, List.of(GOOD, COMPLETED, COMPLETED))).isEqualTo(EXCELLENT);
        assertThat(CELL.allowed(COMPLETED, List.of(EXCELLENT, EXCELLENT))).isEqualTo(COMPLETED);
        assertThat(CELL.allowed(NOT_COMPLETED, List.of(GOOD))).isEqualTo(NOT_COMPLETED);
    }

    @Test
    void everyRuleOfALevelMustHold() {
        OrganizationRules rules = new OrganizationRules(List.of(
                new RuleSetView.OrgRule("EXCELLENT_SHARE", EXCELLENT, GOOD, BigDecimal.valueOf(30), EXCELLENT, false, null),
                new RuleSetView.OrgRule("CELL_GOOD", GOOD, COMPLETED, BigDecimal.valueOf(50), GOOD, false, null)));
        assertThat(rules.allowed(EXCELLENT, List.of(EXCELLENT, GOOD, GOOD))).isEqualTo(EXCELLENT);
        assertThat(rules.allowed(EXCELLENT, List.of(EXCELLENT, GOOD, COMPLETED))).as("one member below good")
                .isEqualTo(GOOD);
        assertThat(rules.allowed(EXCELLENT, List.of(GOOD, COMPLETED, COMPLETED))).isEqualTo(COMPLETED);
    }
}
