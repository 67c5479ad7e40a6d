package vn.chinhdon.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The named policies on 366-QĐ/TW's values: the level of a score, and the hard caps on a proposed level. */
class ScoreBandsAndCapsTest {

    private static RuleSetView.Band band(Level level, int min, int max) {
        return new RuleSetView.Band(level, level.label(), BigDecimal.valueOf(min), BigDecimal.valueOf(max), true, null);
    }

    private final ScoreBands bands = new ScoreBands(List.of(band(Level.GOOD, 70, 90), band(Level.EXCELLENT, 90, 100),
            band(Level.NOT_COMPLETED, 0, 50), band(Level.COMPLETED, 50, 70)));

    private final Caps caps = new Caps(List.of(
            new RuleSetView.Cap(CapKind.DISCIPLINED_IN_YEAR, Level.NOT_COMPLETED, false,
                    "trừ trường hợp tự phát hiện và khắc phục xong hậu quả", false, null),
            new RuleSetView.Cap(CapKind.DEGRADATION_CONCLUDED, Level.NOT_COMPLETED, false, null, false, null),
            new RuleSetView.Cap(CapKind.SICK_LEAVE_3_MONTHS, Level.COMPLETED, false, null, false, null),
            new RuleSetView.Cap(CapKind.ADMITTED_UNDER_6_MONTHS, null, true, null, false, null)));

    @Test
    void scoresFallInTheirBandsLowerBoundInclusive() {
        assertThat(bands.levelFor(100)).contains(Level.EXCELLENT);
        assertThat(bands.levelFor(90)).contains(Level.EXCELLENT);
        assertThat(bands.levelFor(89.5)).contains(Level.GOOD);
        assertThat(bands.levelFor(70)).contains(Level.GOOD);
        assertThat(bands.levelFor(69)).contains(Level.COMPLETED);
        assertThat(bands.levelFor(50)).contains(Level.COMPLETED);
        assertThat(bands.levelFor(49)).contains(Level.NOT_COMPLETED);
        assertThat(bands.levelFor(0)).contains(Level.NOT_COMPLETED);
        assertThat(bands.levelFor(100.5)).as("outside 0–100").isEmpty();
        assertThat(bands.levelFor(-1)).isEmpty();
        assertThat(new ScoreBands(List.of()).levelFor(80)).as("a set without scores").isEmpty();
    }

    @Test
    void disciplinedInTheYearIsNotCompletedUnlessSelfDetectedAndRemedied() {
        Caps.Outcome capped = caps.cap(Level.EXCELLENT, Caps.Facts.of(CapKind.DISCIPLINED_IN_YEAR));
        assertThat(capped.level()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(capped.rated()).isTrue();
        assertThat(capped.applied()).containsExactly(CapKind.DISCIPLINED_IN_YEAR);

        Caps.Outcome waived = caps.cap(Level.GOOD, Caps.Facts.of(CapKind.DISCIPLINED_IN_YEAR).withException());
        assertThat(waived.level()).isEqualTo(Level.GOOD);
        assertThat(waived.applied()).isEmpty();
    }

    @Test
    void aDegradationConclusionHasNoException() {
        assertThat(caps.cap(Level.GOOD, Caps.Facts.of(CapKind.DEGRADATION_CONCLUDED).withException()).level())
                .isEqualTo(Level.NOT_COMPLETED);
    }

    @Test
    void sickLeaveOfThreeMonthsIsAtMostCompleted() {
        assertThat(caps.cap(Level.EXCELLENT, Caps.Facts.of(CapKind.SICK_LEAVE_3_MONTHS)).level())
                .isEqualTo(Level.COMPLETED);
        Caps.Outcome lower = caps.cap(Level.NOT_COMPLETED, Caps.Facts.of(CapKind.SICK_LEAVE_3_MONTHS));
        assertThat(lower.level()).as("a cap never raises").isEqualTo(Level.NOT_COMPLETED);
        assertThat(lower.applied()).isEmpty();
        assertThat(caps.cap(Level.GOOD, Caps.Facts.of(CapKind.SICK_LEAVE_3_MONTHS, CapKind.DISCIPLINED_IN_YEAR))
                .level()).as("the lowest cap wins").isEqualTo(Level.NOT_COMPLETED);
    }

    @Test
    void admittedUnderSixMonthsIsNotRated() {
        Caps.Outcome outcome = caps.cap(Level.GOOD, Caps.Facts.of(CapKind.ADMITTED_UNDER_6_MONTHS));
        assertThat(outcome.rated()).isFalse();
        assertThat(outcome.level()).isNull();
        assertThat(outcome.applied()).containsExactly(CapKind.ADMITTED_UNDER_6_MONTHS);
    }

    @Test
    void noFactNoCapAndAFactWithoutItsCapIsIgnored() {
        assertThat(caps.cap(Level.EXCELLENT, Caps.Facts.of()).level()).isEqualTo(Level.EXCELLENT);
        assertThat(caps.cap(Level.EXCELLENT, Caps.Facts.of(CapKind.FOUNDED_UNDER_6_MONTHS)).level())
                .as("a kind this set does not cap").isEqualTo(Level.EXCELLENT);
    }

    @Test
    void levelsCarryTheirVietnameseNamesAndOrder() {
        assertThat(Level.EXCELLENT.label()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(Level.NOT_COMPLETED.label()).isEqualTo("Không hoàn thành nhiệm vụ");
        assertThat(Level.GOOD.atLeast(Level.COMPLETED)).isTrue();
        assertThat(Level.COMPLETED.atLeast(Level.GOOD)).isFalse();
        assertThat(Level.lower(Level.GOOD, Level.COMPLETED)).isEqualTo(Level.COMPLETED);
    }
}
