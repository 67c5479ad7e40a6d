package vn.chinhdon.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LunarCalendarTest {

    private final LunarCalendar vn = LunarCalendar.VIETNAM;

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({"2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
            "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "1985, 1985-01-21"})
    void tetFallsOnTheKnownDates(int year, LocalDate tet) {
        assertThat(vn.newYear(year)).isEqualTo(tet);
        assertThat(vn.toLunar(tet)).isEqualTo(new LunarCalendar.LunarDate(year, 1, 1, false));
        assertThat(vn.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
        assertThat(vn.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
    }

    @Test
    void chinaAtUtcPlus8KeepsTet1985InFebruary() {
        assertThat(new LunarCalendar(8).newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(new LunarCalendar(8).newYear(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({"2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07"})
    void hungKingsDayIsTheTenthOfTheThirdMonth(int year, LocalDate day) {
        assertThat(vn.toSolar(year, 3, 10, false)).isEqualTo(day);
    }

    @Test
    void leapMonthsAreFoundByTheMajorTermRule() {
        assertThat(vn.leapMonth(2023)).isEqualTo(2);
        assertThat(vn.leapMonth(2020)).isEqualTo(4);
        assertThat(vn.leapMonth(2025)).isEqualTo(6);
        assertThat(vn.leapMonth(2024)).isZero();
        assertThat(vn.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarCalendar.LunarDate(2025, 6, 1, true));
        assertThat(vn.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThatThrownBy(() -> vn.toSolar(2024, 6, 1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDayRoundTripsOverFiftyYears() {
        for (LocalDate d = LocalDate.of(1980, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            LunarCalendar.LunarDate l = vn.toLunar(d);
            assertThat(vn.toSolar(l.year(), l.month(), l.day(), l.leap())).as("%s ↔ %s", d, l).isEqualTo(d);
        }
    }
}
