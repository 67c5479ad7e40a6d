package vn.chinhdon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.UnitImportRow;

/** Deadlines in working days across Tết, compensatory days, and the declared overrides. */
class WorkingDaysTest extends IntegrationTest {

    @Autowired
    WorkingDays days;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.chinhdon.organization.OrganizationManagement organization;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void tetIsFiveDaysFromTheLastDayOfTheLunarYearWithCompensationForItsWeekendDays() {
        // Tết Ất Tỵ: mùng 1 = 29/01/2025; the last day of Giáp Thìn = 28/01; mùng 4 = 01/02, a Saturday
        assertThat(days.day(d("2025-01-28"))).extracting(WorkingDays.Day::kind, WorkingDays.Day::holiday)
                .containsExactly(WorkingDays.Kind.HOLIDAY, WorkingDays.Holiday.TET);
        for (String off : List.of("2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01")) {
            assertThat(days.day(d(off)).holiday()).as(off).isEqualTo(WorkingDays.Holiday.TET);
        }
        assertThat(days.day(d("2025-02-03"))).extracting(WorkingDays.Day::kind, WorkingDays.Day::holiday)
                .containsExactly(WorkingDays.Kind.COMPENSATORY, WorkingDays.Holiday.TET);
        assertThat(days.isWorkingDay(d("2025-01-27"))).isTrue();
        assertThat(days.isWorkingDay(d("2025-02-04"))).isTrue();
    }

    @Test
    void deadlinesCrossTet() {
        // from Friday 24/01/2025: Monday 27/01 is the 1st working day, then nothing until Tuesday 04/02
        assertThat(days.plusWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-27"));
        assertThat(days.plusWorkingDays(d("2025-01-24"), 2)).isEqualTo(d("2025-02-04"));
        assertThat(days.plusWorkingDays(d("2025-01-24"), 5)).isEqualTo(d("2025-02-07"));
        assertThat(days.workingDaysBetween(d("2025-01-24"), d("2025-02-07"))).isEqualTo(5);
        assertThat(days.workingDaysBetween(d("2025-02-07"), d("2025-01-24"))).isEqualTo(-5);
        assertThat(days.plusWorkingDays(d("2025-02-07"), -5)).isEqualTo(d("2025-01-24"));
        // Tết Giáp Thìn (10/02/2024, a Saturday): off 09/02–13/02, compensated 14/02 and 15/02
        assertThat(days.plusWorkingDays(d("2024-02-08"), 1)).isEqualTo(d("2024-02-16"));
        // an archive due 15 working days after a conclusion of 20/01/2026, with Tết Bính Ngọ (17/02/2026) ahead
        LocalDate due = days.plusWorkingDays(d("2026-01-20"), 15);
        assertThat(days.workingDaysBetween(d("2026-01-20"), due)).isEqualTo(15);
        assertThat(due).isEqualTo(d("2026-02-10"));
        assertThat(days.plusWorkingDays(d("2026-02-10"), 1)).isEqualTo(d("2026-02-11"));
        assertThat(days.plusWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-23")); // 16–20/02 Tết
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // 01/01/2022 was a Saturday → Monday 03/01
        assertThat(days.day(d("2022-01-03"))).extracting(WorkingDays.Day::kind, WorkingDays.Day::holiday)
                .containsExactly(WorkingDays.Kind.COMPENSATORY, WorkingDays.Holiday.NEW_YEAR);
        // 30/04 and 01/05/2022 fell on Saturday and Sunday → Monday 02/05 and Tuesday 03/05
        assertThat(days.day(d("2022-05-02")).kind()).isEqualTo(WorkingDays.Kind.COMPENSATORY);
        assertThat(days.day(d("2022-05-03")).holiday()).isEqualTo(WorkingDays.Holiday.LABOUR);
        assertThat(days.isWorkingDay(d("2022-05-04"))).isTrue();
        // Quốc khánh 2023: Friday 01/09 and Saturday 02/09 → Monday 04/09
        assertThat(days.day(d("2023-09-01")).holiday()).isEqualTo(WorkingDays.Holiday.NATIONAL_DAY);
        assertThat(days.day(d("2023-09-04")).kind()).isEqualTo(WorkingDays.Kind.COMPENSATORY);
        // the day adjacent to 02/09 by year: 03/09 in 2024, 01/09 in 2025
        assertThat(days.day(d("2024-09-03")).holiday()).isEqualTo(WorkingDays.Holiday.NATIONAL_DAY);
        assertThat(days.isWorkingDay(d("2025-09-03"))).isTrue();
        assertThat(days.day(d("2025-09-01")).holiday()).isEqualTo(WorkingDays.Holiday.NATIONAL_DAY);
        // Giỗ Tổ Hùng Vương 10/3 âm lịch: Saturday 29/04/2023, with 30/04 (Sunday) and 01/05 (Monday)
        assertThat(days.day(d("2023-04-29")).holiday()).isEqualTo(WorkingDays.Holiday.HUNG_KINGS);
        assertThat(days.day(d("2023-05-02")).kind()).isEqualTo(WorkingDays.Kind.COMPENSATORY);
        assertThat(days.day(d("2023-05-03")).kind()).isEqualTo(WorkingDays.Kind.COMPENSATORY);
        assertThat(days.isWorkingDay(d("2023-05-04"))).isTrue();
    }

    @Test
    void administratorsDeclareSwapsThatDeadlinesFollowAndThatAreAudited() throws Exception {
        RequestPostProcessor admin = admin();
        String p = unique("wd");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p, "Đảng bộ tỉnh Thử", "PROVINCIAL", null, d("2020-01-01"))), 1));
        // a bridge like 2025's: Friday 02/05 off, Saturday 26/04 worked (here in 2031, a year no other test uses)
        assertThat(days.plusWorkingDays(d("2031-04-24"), 1)).isEqualTo(d("2031-04-25"));
        mvc.perform(put("/api/v1/working-days/overrides/2031-04-25").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"DAY_OFF\", \"reason\": \"Thông báo nghỉ bù (thử)\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("DAY_OFF"));
        mvc.perform(put("/api/v1/working-days/overrides/2031-04-26").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"WORKING_DAY\", \"reason\": \"Làm bù cho ngày 25/04 (thử)\"}"))
                .andExpect(status().isOk());
        try {
            assertThat(days.day(d("2031-04-25"))).extracting(WorkingDays.Day::working, WorkingDays.Day::kind)
                    .containsExactly(false, WorkingDays.Kind.DAY_OFF);
            assertThat(days.isWorkingDay(d("2031-04-26"))).isTrue();
            assertThat(days.plusWorkingDays(d("2031-04-24"), 1)).isEqualTo(d("2031-04-26"));
            mvc.perform(get("/api/v1/working-days/deadline").param("from", "2031-04-24").param("days", "1").with(admin))
                    .andExpect(jsonPath("$.date").value("2031-04-26"));
            mvc.perform(get("/api/v1/working-days").param("year", "2031").with(account("MEMBER", p)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.date == '2031-04-25')].reason").value("Thông báo nghỉ bù (thử)"));
            assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'WORKING_DAY' and entity_id = '2031-04-25'")
                    .query(Long.class).single()).isEqualTo(1);

            // a stale version, a missing reason, an unknown kind, a user who is not an administrator
            long version = days.overrides(2031).get(0).version();
            mvc.perform(put("/api/v1/working-days/overrides/2031-04-25").with(admin).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\": \"DAY_OFF\", \"reason\": \"Sửa\", \"version\": " + (version + 5) + "}"))
                    .andExpect(status().isConflict());
            mvc.perform(put("/api/v1/working-days/overrides/2031-04-28").with(admin).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\": \"HOLIDAY\", \"reason\": \" \"}"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[?(@.field == 'reason')].message")
                            .value("Cần ghi căn cứ (văn bản công bố ngày nghỉ hoặc ngày làm bù)."))
                    .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message", org.hamcrest.Matchers.hasSize(1)));
            mvc.perform(put("/api/v1/working-days/overrides/2031-04-28").with(account("COMMITTEE_STAFF", p))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"DAY_OFF\", \"reason\": \"Nghỉ\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/working-days").param("year", "3000").with(admin))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content -> assertThat(content.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                            .contains("1900–2100"));
        } finally {
            mvc.perform(delete("/api/v1/working-days/overrides/2031-04-25").with(admin)).andExpect(status().isNoContent());
            mvc.perform(delete("/api/v1/working-days/overrides/2031-04-26").with(admin)).andExpect(status().isNoContent());
        }
        assertThat(days.isWorkingDay(d("2031-04-25"))).isTrue();
        assertThat(days.isWorkingDay(d("2031-04-26"))).isFalse();
        mvc.perform(delete("/api/v1/working-days/overrides/2031-04-26").with(admin)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("26/04/2031")));
    }
}
