package vn.chinhdon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.platform.WorkingDays;

/**
 * The working-day calendar page: everybody reads a year and counts deadlines; administrators declare and withdraw
 * the Government's days. Declarations are global, so this test uses days of 2091 (no other test does) and
 * withdraws them.
 */
class WorkingDaysPagesTest extends IntegrationTest {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    WorkingDays days;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationManagement organization;

    private RequestPostProcessor member;

    @BeforeEach
    void setUp() {
        String p = unique("wdp");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p, "Đảng bộ tỉnh Thử lịch", "PROVINCIAL", null, LocalDate.of(2020, 1, 1))), 1));
        member = account("COMMITTEE_STAFF", p);
    }

    /** A Friday of October 2091 that is an ordinary working day (plus {@code weeks}), for one test's declaration. */
    private LocalDate ordinaryFriday(int weeks) {
        LocalDate d = LocalDate.of(2091, 10, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)).plusWeeks(weeks);
        assertThat(days.day(d).kind()).as("%s", d).isEqualTo(WorkingDays.Kind.WORKING);
        return d;
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The list item of a day, from its opening tag to its end. */
    private static String row(String html, LocalDate date) {
        int start = html.indexOf("id=\"day-" + date + "\"");
        assertThat(start).as("row of %s", date).isPositive();
        return html.substring(start, html.indexOf("</li>", start));
    }

    private long audited(String action, LocalDate date) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'WORKING_DAY' and entity_id = ? and action = ?")
                .params(date.toString(), action).query(Long.class).single();
    }

    private void withdrawIfDeclared(LocalDate date) {
        asSystem(() -> {
            if (days.overrides(date.getYear()).stream().anyMatch(o -> o.date().equals(date))) {
                days.withdraw(date, null);
            }
        });
    }

    @Test
    void theYearListsTetAndTheHolidaysInDateOrderWithTheirWeekdays() throws Exception {
        // what the calendar says for 2026: Tết Bính Ngọ (mùng 1 = Tuesday 17/02) is off from Monday 16/02 (the
        // 29th of the last lunar month) to Friday 20/02; 30/04, 01/05, 01/09 and 02/09 off
        for (String iso : List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20")) {
            assertThat(days.day(LocalDate.parse(iso))).as(iso).extracting(WorkingDays.Day::working, WorkingDays.Day::holiday)
                    .containsExactly(false, WorkingDays.Holiday.TET);
        }
        assertThat(days.isWorkingDay(LocalDate.parse("2026-02-23"))).isTrue();
        for (String iso : List.of("2026-04-30", "2026-05-01", "2026-09-02")) {
            assertThat(days.day(LocalDate.parse(iso)).kind()).as(iso).isEqualTo(WorkingDays.Kind.HOLIDAY);
        }

        String page = html(get("/working-days").param("year", "2026").with(member));
        assertThat(page).contains("Lịch ngày làm việc năm 2026", "Năm 2025", "Năm 2027", "year=2025", "year=2027")
                .doesNotContain("??", "2.026");
        assertThat(row(page, LocalDate.parse("2026-02-17")))
                .contains("17/02/2026", "Thứ Ba", "Tết Âm lịch", "(ngày 1 tháng 1 âm lịch)", "Nghỉ");
        assertThat(row(page, LocalDate.parse("2026-02-16"))).contains("16/02/2026", "Thứ Hai", "Tết Âm lịch", "tháng 12 âm lịch");
        assertThat(row(page, LocalDate.parse("2026-02-20"))).contains("20/02/2026", "Thứ Sáu", "(ngày 4 tháng 1 âm lịch)");
        assertThat(row(page, LocalDate.parse("2026-04-30"))).contains("30/04/2026", "Thứ Năm", "Ngày Chiến thắng");
        assertThat(row(page, LocalDate.parse("2026-05-01"))).contains("01/05/2026", "Thứ Sáu", "Quốc tế lao động");
        assertThat(row(page, LocalDate.parse("2026-09-02"))).contains("02/09/2026", "Thứ Tư", "Quốc khánh");
        // every day the calendar gives for the year, once, in date order (a compensatory day says for which holiday)
        List<WorkingDays.Day> exceptions = days.exceptions(2026);
        int last = -1;
        for (WorkingDays.Day d : exceptions) {
            int at = page.indexOf("id=\"day-" + d.date() + "\"");
            assertThat(at).as("%s after the previous day", d.date()).isGreaterThan(last);
            assertThat(row(page, d.date())).contains(VI.format(d.date()));
            if (d.kind() == WorkingDays.Kind.COMPENSATORY) {
                assertThat(row(page, d.date())).contains("Nghỉ bù");
            }
            last = at;
        }
        assertThat(page).contains("Ngày nghỉ lễ, tết và ngày công bố riêng (" + exceptions.size() + ")");
        // Sundays are not listed, nor are ordinary days
        assertThat(page).doesNotContain("id=\"day-2026-02-22\"", "id=\"day-2026-02-23\"");
        int working = days.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31));
        assertThat(page).contains("Năm 2026 có " + working + " ngày làm việc");
    }

    @Test
    void withoutAYearThePageShowsThisYearInVietnamAndRefusesYearsOutsideTheCalendar() throws Exception {
        int thisYear = LocalDate.now(clock).getYear();
        mvc.perform(get("/working-days").with(member))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch ngày làm việc năm " + thisYear)))
                .andExpect(content().string(containsString("value=\"" + LocalDate.now(clock) + "\"")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/working-days").param("year", "3000").with(member))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch ngày làm việc chỉ tính cho các năm 1900–2100.")));
        mvc.perform(get("/working-days").param("year", "2100").with(member))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("year=2099")))
                .andExpect(content().string(not(containsString("year=2101"))));
    }

    @Test
    void theCalculatorGivesTheDateOfTheCalendar() throws Exception {
        LocalDate from = LocalDate.parse("2026-01-20");
        LocalDate due = days.plusWorkingDays(from, 15);
        assertThat(due).isEqualTo(LocalDate.parse("2026-02-10"));
        String page = html(get("/working-days").param("year", "2026").param("from", from.toString()).param("days", "15")
                .with(member));
        int result = page.indexOf("id=\"calc-result\"");
        assertThat(result).isPositive();
        assertThat(page.substring(result, page.indexOf("</p>", result)))
                .contains("Ngày làm việc thứ 15 sau ngày 20/01/2026", "Thứ Ba, 10/02/2026");
        // across Tết: Friday 13/02 + 1 → Monday 23/02
        LocalDate afterTet = days.plusWorkingDays(LocalDate.parse("2026-02-13"), 1);
        mvc.perform(get("/working-days").param("from", "2026-02-13").param("days", "1").with(member))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Thứ Hai, " + VI.format(afterTet) + "</strong>")));
        // what cannot be counted, said beside its field
        mvc.perform(get("/working-days").param("from", "2026-01-20").param("days", "0").with(member))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Số ngày làm việc phải từ 1 đến 1000.")))
                .andExpect(content().string(containsString("id=\"calc-days-error\"")))
                .andExpect(content().string(not(containsString("id=\"calc-result\""))));
        mvc.perform(get("/working-days").param("from", "20/01/2026").param("days", "15").with(member))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Ngày không đúng định dạng.")))
                .andExpect(content().string(containsString("id=\"calc-from-error\"")));
        mvc.perform(get("/working-days").param("from", "2026-01-20").param("days", "").with(member))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Số ngày làm việc: </strong>")))
                .andExpect(content().string(containsString("Bắt buộc nhập.")));
    }

    @Test
    void anAdministratorDeclaresADayOffAndWithdrawsIt() throws Exception {
        RequestPostProcessor admin = admin();
        LocalDate day = ordinaryFriday(0);
        long declaredBefore = audited("WORKING_DAY_DECLARED", day);
        long withdrawnBefore = audited("WORKING_DAY_WITHDRAWN", day);
        try {
            mvc.perform(get("/working-days").param("year", "2091").with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("action=\"/working-days/overrides#declare\"")))
                    .andExpect(content().string(containsString("Ngày làm việc bù")));
            LocalDate before = day.minusDays(1);
            assertThat(days.plusWorkingDays(before, 1)).isEqualTo(day);

            mvc.perform(post("/working-days/overrides").with(admin).with(csrf()).param("date", day.toString())
                            .param("kind", "DAY_OFF").param("reason", "Thông báo nghỉ thêm (thử trang)"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/working-days?year=2091#day-" + day))
                    .andExpect(flash().attribute("notice", "Đã công bố ngày " + VI.format(day) + ": Ngày nghỉ."));
            assertThat(days.day(day)).extracting(WorkingDays.Day::working, WorkingDays.Day::kind)
                    .containsExactly(false, WorkingDays.Kind.DAY_OFF);
            assertThat(days.plusWorkingDays(before, 1)).isEqualTo(days.plusWorkingDays(day, 1));
            assertThat(audited("WORKING_DAY_DECLARED", day)).isEqualTo(declaredBefore + 1);
            long version = days.overrides(2091).stream().filter(o -> o.date().equals(day)).findFirst().orElseThrow()
                    .version();

            String page = html(get("/working-days").param("year", "2091").with(admin));
            assertThat(row(page, day)).contains(VI.format(day), "Thứ Sáu", "Ngày nghỉ", "Thông báo nghỉ thêm (thử trang)",
                    "Hủy công bố", "/working-days/overrides/" + day + "/withdraw", "value=\"" + version + "\"");

            // the edit link fills the form with the declaration and its version; a stale version is refused
            mvc.perform(get("/working-days").param("edit", day.toString()).with(admin))
                    .andExpect(content().string(containsString("Sửa công bố ngày " + VI.format(day))))
                    .andExpect(content().string(containsString("value=\"Thông báo nghỉ thêm (thử trang)\"")));
            mvc.perform(post("/working-days/overrides").with(admin).with(csrf()).param("date", day.toString())
                            .param("kind", "WORKING_DAY").param("reason", "Sửa").param("version", String.valueOf(version + 5)))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("Bản ghi đã được người khác thay đổi")))
                    .andExpect(content().string(containsString("Tải lại trang")));
            mvc.perform(post("/working-days/overrides/" + day + "/withdraw").with(admin).with(csrf())
                            .param("version", String.valueOf(version + 5)))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("Bản ghi đã được người khác thay đổi")));
            assertThat(days.day(day).kind()).isEqualTo(WorkingDays.Kind.DAY_OFF);

            mvc.perform(post("/working-days/overrides/" + day + "/withdraw").with(admin).with(csrf())
                            .param("version", String.valueOf(version)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/working-days?year=2091#days"))
                    .andExpect(flash().attribute("notice", containsString("Đã hủy công bố ngày " + VI.format(day))));
            assertThat(days.day(day).kind()).isEqualTo(WorkingDays.Kind.WORKING);
            assertThat(audited("WORKING_DAY_WITHDRAWN", day)).isEqualTo(withdrawnBefore + 1);
            assertThat(html(get("/working-days").param("year", "2091").with(admin))).doesNotContain("id=\"day-" + day + "\"");
            // withdrawn twice: said on the page
            mvc.perform(post("/working-days/overrides/" + day + "/withdraw").with(admin).with(csrf())
                            .param("version", String.valueOf(version)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Ngày " + VI.format(day) + " không có công bố riêng.")));
        } finally {
            withdrawIfDeclared(day);
        }
    }

    @Test
    void someoneWhoIsNotAnAdministratorSeesNoFormAndChangesNothing() throws Exception {
        LocalDate declared = ordinaryFriday(1);
        LocalDate other = ordinaryFriday(2);
        asSystem(() -> days.declare(declared, "DAY_OFF", "Thông báo (thử quyền)", null));
        try {
            long version = days.overrides(2091).stream().filter(o -> o.date().equals(declared)).findFirst().orElseThrow()
                    .version();
            String page = html(get("/working-days").param("year", "2091").with(member));
            assertThat(row(page, declared)).contains("Thông báo (thử quyền)", "Ngày nghỉ").doesNotContain("Hủy công bố");
            assertThat(page).doesNotContain("/working-days/overrides", "id=\"declare\"", "Công bố ngày nghỉ, ngày làm việc bù");
            long audit = jdbc.sql("select count(*) from audit_event where entity_type = 'WORKING_DAY'").query(Long.class).single();

            mvc.perform(post("/working-days/overrides").with(member).with(csrf()).param("date", other.toString())
                            .param("kind", "DAY_OFF").param("reason", "Nghỉ"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Không có quyền")));
            mvc.perform(post("/working-days/overrides").with(member).with(csrf()).param("date", other.toString())
                            .param("kind", "DAY_OFF").param("reason", ""))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/working-days/overrides/" + declared + "/withdraw").with(member).with(csrf())
                            .param("version", String.valueOf(version)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/working-days/overrides/" + declared + "/withdraw").with(member).with(csrf()))
                    .andExpect(status().isForbidden());

            assertThat(days.day(other).kind()).isEqualTo(WorkingDays.Kind.WORKING);
            assertThat(days.day(declared).kind()).isEqualTo(WorkingDays.Kind.DAY_OFF);
            assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'WORKING_DAY'").query(Long.class)
                    .single()).isEqualTo(audit);
        } finally {
            withdrawIfDeclared(declared);
            withdrawIfDeclared(other);
        }
    }

    @Test
    void aDeclarationWithoutItsBasisOrWithABadDateIsRefusedBesideTheField() throws Exception {
        RequestPostProcessor admin = admin();
        LocalDate day = ordinaryFriday(3);
        try {
            String page = mvc.perform(post("/working-days/overrides").with(admin).with(csrf()).param("date", day.toString())
                            .param("kind", "DAY_OFF").param("reason", "  "))
                    .andExpect(status().isUnprocessableEntity())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            int field = page.indexOf("id=\"reason\"");
            assertThat(field).isPositive();
            assertThat(page.substring(field, page.indexOf("</div>", field)))
                    .contains("is-invalid", "Cần ghi căn cứ (văn bản công bố ngày nghỉ hoặc ngày làm bù).");
            assertThat(page).contains("value=\"" + day + "\"").doesNotContain("??");

            mvc.perform(post("/working-days/overrides").with(admin).with(csrf()).param("date", "31/02/2091")
                            .param("kind", "DAY_OFF").param("reason", "Thông báo"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("Ngày không đúng định dạng.")))
                    .andExpect(content().string(containsString("id=\"date-error\"")));
            mvc.perform(post("/working-days/overrides").with(admin).with(csrf()).param("date", "2101-01-03")
                            .param("kind", "DAY_OFF").param("reason", "Thông báo"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("Lịch ngày làm việc chỉ tính cho các năm 1900–2100.")))
                    .andExpect(content().string(containsString("id=\"date-error\"")));
            mvc.perform(post("/working-days/overrides").with(admin).with(csrf()).param("date", day.toString())
                            .param("kind", "HOLIDAY").param("reason", "Thông báo"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("id=\"kind-error\"")));
            assertThat(days.day(day).kind()).isEqualTo(WorkingDays.Kind.WORKING);
            assertThat(days.overrides(2101)).isEmpty();
        } finally {
            withdrawIfDeclared(day);
        }
    }
}
