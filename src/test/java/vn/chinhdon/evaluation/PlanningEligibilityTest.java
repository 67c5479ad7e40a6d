package vn.chinhdon.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.conduct.DisciplineManagement;
import vn.chinhdon.conduct.NewDiscipline;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;

/**
 * Eligibility for cadre planning and appointment (377-QĐ/TW), each reason on its own member: a reprimand within 24
 * months (not for a higher post, yes for the same level, yes after 24 months), a warning within 36, a removal from post
 * within 60, an annulled decision that does not count, an expulsion; expressions of degradation concluded within the
 * lookback; two consecutive yearly ratings of Không hoàn thành nhiệm vụ (one alone does not count); who may ask; and
 * the rules, edited by administrators only.
 */
class PlanningEligibilityTest extends IntegrationTest {

    private static final AtomicInteger BIRTHDAYS = new AtomicInteger();

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    DisciplineManagement disciplines;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    private String p;
    private LocalDate today;
    private long cell;
    private RequestPostProcessor board;
    private final Map<String, Long> member = new LinkedHashMap<>();
    private static int numbers;

    /** A province (P) and its cell (C1) with eight full members; another province (Q). */
    @BeforeEach
    void tree() {
        p = unique("qh");
        today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(2012, 1, 1);
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Nghệ An", "PROVINCIAL", null, from),
                new UnitImportRow(p + "-C1", "Chi bộ khối 1", "GRASSROOTS_CELL", p + "-P", from),
                new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", null, from)), 1));
        LocalDate born = LocalDate.of(1968, 5, 1).plusDays(BIRTHDAYS.incrementAndGet() * 13L);
        List<MemberImportRow> rows = new java.util.ArrayList<>();
        for (String name : List.of("Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Văn Em",
                "Vũ Văn Phúc", "Đặng Văn Giang", "Bùi Văn Hà")) {
            rows.add(new MemberImportRow(null, name, "Nam", born.toString(), "2000-01-01", "2001-01-01", p + "-C1", null));
        }
        asSystem(() -> members.importMembers(rows, 1));
        asSystem(() -> members.search(p + "-P", null, null, 0, 50).items().forEach(m -> member.put(m.fullName(), m.id())));
        cell = jdbc.sql("select id from org_unit where code = ?").param(p + "-C1").query(Long.class).single();
        board = account("ORGANIZATION_BOARD", p + "-P");
    }

    private long discipline(String name, String form, LocalDate decided) {
        long[] id = new long[1];
        asSystem(() -> id[0] = disciplines.record(new NewDiscipline(member.get(name), null, form,
                form.equals("DISMISSAL") ? "Trưởng phòng" : null, p + "-P", "Ủy ban Kiểm tra Tỉnh ủy",
                (++numbers) + "-QĐ/UBKTTU", decided, null, "Vi phạm", false)).id());
        return id[0];
    }

    private ResultActions check(String name, String target, LocalDate on) throws Exception {
        return mvc.perform(get("/api/v1/planning-eligibility").param("memberId", String.valueOf(member.get(name)))
                .param("target", target).param("on", on.toString()).with(board));
    }

    private void eligible(String name, String target, LocalDate on) throws Exception {
        check(name, target, on).andExpect(status().isOk()).andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.reasons", hasSize(0)));
    }

    /** Not eligible for the one reason of this kind, which counts until the date given (null: no end). */
    private void notEligible(String name, String target, LocalDate on, String kind, LocalDate until) throws Exception {
        check(name, target, on).andExpect(status().isOk()).andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[*].kind", contains(kind)))
                .andExpect(until == null ? jsonPath("$.reasons[0].until").doesNotExist()
                        : jsonPath("$.reasons[0].until").value(until.toString()));
    }

    @Test
    void aReprimandKeepsOutOfAHigherPostFor24Months() throws Exception {
        LocalDate decided = today.minusMonths(30);
        discipline("Nguyễn Văn An", "REPRIMAND", decided);
        LocalDate until = decided.plusMonths(24);
        notEligible("Nguyễn Văn An", "HIGHER", until.minusDays(1), "DISCIPLINE_REPRIMAND", until);
        check("Nguyễn Văn An", "HIGHER", decided).andExpect(jsonPath("$.reasons[0].from").value(decided.toString()))
                .andExpect(jsonPath("$.reasons[0].confirmed").value(false))
                .andExpect(jsonPath("$.reasons[0].fact", org.hamcrest.Matchers.startsWith("Khiển trách — ")))
                .andExpect(jsonPath("$.memberName").value("Nguyễn Văn An"))
                .andExpect(jsonPath("$.unitCode").value(p + "-C1"));
        eligible("Nguyễn Văn An", "SAME", until.minusDays(1));
        eligible("Nguyễn Văn An", "HIGHER", until);
        eligible("Nguyễn Văn An", "HIGHER", today);
        eligible("Nguyễn Văn An", "HIGHER", decided.minusDays(1));
    }

    @Test
    void aWarningFor36MonthsAndARemovalFromPostFor60() throws Exception {
        LocalDate warned = today.minusMonths(40);
        discipline("Trần Văn Bình", "WARNING", warned);
        notEligible("Trần Văn Bình", "HIGHER", warned.plusMonths(36).minusDays(1), "DISCIPLINE_WARNING",
                warned.plusMonths(36));
        eligible("Trần Văn Bình", "HIGHER", warned.plusMonths(36));
        eligible("Trần Văn Bình", "SAME", warned.plusMonths(1));
        LocalDate removed = today.minusMonths(70);
        discipline("Lê Văn Cường", "DISMISSAL", removed);
        notEligible("Lê Văn Cường", "HIGHER", removed.plusMonths(60).minusDays(1), "DISCIPLINE_DISMISSAL",
                removed.plusMonths(60));
        notEligible("Lê Văn Cường", "HIGHER", removed.plusMonths(40), "DISCIPLINE_DISMISSAL", removed.plusMonths(60));
        eligible("Lê Văn Cường", "HIGHER", removed.plusMonths(60));
        eligible("Lê Văn Cường", "SAME", removed.plusMonths(1));
    }

    @Test
    void anAnnulledDecisionDoesNotCountAndAnExpulsionKeepsOutOfEveryPost() throws Exception {
        long id = discipline("Bùi Văn Hà", "REPRIMAND", today.minusMonths(3));
        notEligible("Bùi Văn Hà", "HIGHER", today, "DISCIPLINE_REPRIMAND", today.minusMonths(3).plusMonths(24));
        asSystem(() -> {
            disciplines.complain(id, today.minusMonths(2), null);
            disciplines.resolve(id, new DisciplineManagement.Resolution(today.minusMonths(1), "ANNULLED", null, null,
                    null), null);
        });
        eligible("Bùi Văn Hà", "HIGHER", today);
        LocalDate expelled = today.minusYears(8);
        discipline("Đặng Văn Giang", "EXPULSION", expelled);
        notEligible("Đặng Văn Giang", "SAME", today, "EXPELLED", null);
        notEligible("Đặng Văn Giang", "HIGHER", today, "EXPELLED", null);
        eligible("Đặng Văn Giang", "SAME", expelled.minusDays(1));
    }

    @Test
    void expressionsOfDegradationConcludedWithinTheLookback() throws Exception {
        LocalDate concluded = today.minusMonths(10);
        jdbc.sql("""
                insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, summary, detail,
                  occurred_on, created_at)
                values (nextval('org_seq'), ?, ?, 'DEGRADATION', 'INSPECTION', nextval('org_seq'), ?, 'G1.4, G2.5', ?, ?)""")
                .params(member.get("Phạm Văn Dũng"), cell, "Kết luận kiểm tra: có biểu hiện suy thoái", concluded,
                        OffsetDateTime.now(clock)).update();
        notEligible("Phạm Văn Dũng", "HIGHER", today, "DEGRADATION_CONCLUDED", concluded.plusMonths(60));
        notEligible("Phạm Văn Dũng", "SAME", today, "DEGRADATION_CONCLUDED", concluded.plusMonths(60));
        check("Phạm Văn Dũng", "SAME", today).andExpect(jsonPath("$.reasons[0].fact",
                org.hamcrest.Matchers.containsString("G1.4, G2.5")));
        eligible("Phạm Văn Dũng", "HIGHER", concluded.plusMonths(60));
        eligible("Phạm Văn Dũng", "HIGHER", concluded.minusDays(1));
    }

    /** A yearly season of the province and the member's decided rating in it. */
    private void rated(String name, int year, String level) {
        Long season = jdbc.sql("select id from evaluation_season where unit_id = (select id from org_unit where code = ?) "
                + "and year = ? and quarter is null").params(p + "-P", year).query(Long.class).optional().orElse(null);
        if (season == null) {
            season = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
            jdbc.sql("""
                    insert into evaluation_season (id, unit_id, title, year, quarter, period_from, period_to, rule_set_code,
                      depth, opened_on, deadline, created_at, created_by)
                    values (?, (select id from org_unit where code = ?), ?, ?, null, ?, ?, '124-QĐ/TW', 1, ?, ?, ?, 'test')""")
                    .params(season, p + "-P", "Đánh giá, xếp loại năm " + year, year, LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 31),
                            OffsetDateTime.now(clock)).update();
        }
        String path = jdbc.sql("select path from org_unit_state where unit_id = ? order by valid_from desc limit 1")
                .param(cell).query(String.class).single();
        jdbc.sql("""
                insert into evaluation_rating (id, season_id, unit_id, member_id, unit_path, level_depth, decider_unit_id,
                  state, level, decided_on, decided_by)
                values (nextval('org_seq'), ?, ?, ?, ?, 2, ?, 'DECIDED', ?, ?, 'test')""")
                .params(season, cell, member.get(name), path, cell, level, LocalDate.of(year, 12, 20)).update();
    }

    @Test
    void twoConsecutiveYearsNotCompletedButNotOneAlone() throws Exception {
        int y = today.getYear() - 1;
        rated("Hoàng Văn Em", y - 1, "NOT_COMPLETED");
        rated("Hoàng Văn Em", y, "NOT_COMPLETED");
        notEligible("Hoàng Văn Em", "HIGHER", today, "NOT_COMPLETED_TWO_YEARS", null);
        notEligible("Hoàng Văn Em", "SAME", today, "NOT_COMPLETED_TWO_YEARS", null);
        check("Hoàng Văn Em", "SAME", today).andExpect(jsonPath("$.reasons[0].fact").value("Năm " + (y - 1) + " và năm "
                + y + " xếp loại Không hoàn thành nhiệm vụ")).andExpect(jsonPath("$.reasons[0].from")
                .value(LocalDate.of(y, 12, 20).toString()));
        // before the second year was decided: one year alone
        eligible("Hoàng Văn Em", "HIGHER", LocalDate.of(y, 12, 19));
        // one year alone; or a better year after it
        rated("Vũ Văn Phúc", y, "NOT_COMPLETED");
        eligible("Vũ Văn Phúc", "HIGHER", today);
        rated("Vũ Văn Phúc", y - 2, "NOT_COMPLETED");
        eligible("Vũ Văn Phúc", "HIGHER", today); // y-2 and y are not consecutive
        rated("Nguyễn Văn An", y - 1, "NOT_COMPLETED");
        rated("Nguyễn Văn An", y, "COMPLETED");
        eligible("Nguyễn Văn An", "HIGHER", today);
    }

    @Test
    void onlyThoseWhoReadTheMemberMayAsk() throws Exception {
        discipline("Nguyễn Văn An", "WARNING", today.minusMonths(2));
        RequestPostProcessor outsider = account("ORGANIZATION_BOARD", p + "-Q");
        mvc.perform(get("/api/v1/planning-eligibility").param("memberId", String.valueOf(member.get("Nguyễn Văn An")))
                .with(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/planning-eligibility").param("memberId", String.valueOf(member.get("Nguyễn Văn An")))
                .param("target", "LOWER").with(board)).andExpect(status().isUnprocessableEntity());
        // default: a higher post, today
        mvc.perform(get("/api/v1/planning-eligibility").param("memberId", String.valueOf(member.get("Nguyễn Văn An")))
                .with(board)).andExpect(status().isOk()).andExpect(jsonPath("$.target").value("HIGHER"))
                .andExpect(jsonPath("$.on").value(today.toString()))
                .andExpect(jsonPath("$.eligible").value(false));
        String page = mvc.perform(get("/evaluation/planning-eligibility").param("memberId",
                String.valueOf(member.get("Nguyễn Văn An"))).with(board)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Chưa đủ điều kiện", "Bị kỷ luật cảnh cáo chưa quá thời hạn", "Cảnh cáo — ",
                "Không còn là căn cứ từ ngày " + today.minusMonths(2).plusMonths(36)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "Chưa xác nhận", "Quyết định kỷ luật của đảng viên");
        mvc.perform(get("/evaluation/planning-eligibility").param("memberId", String.valueOf(member.get("Nguyễn Văn An")))
                .with(outsider)).andExpect(status().isNotFound());
    }

    @Test
    void theRulesAreReadByAllAndEditedByAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/v1/planning-rules").with(board)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", contains("DISCIPLINE_REPRIMAND", "DISCIPLINE_WARNING",
                        "DISCIPLINE_DISMISSAL", "DEGRADATION_CONCLUDED", "NOT_COMPLETED_TWO_YEARS")))
                .andExpect(jsonPath("$[*].months", contains(24, 36, 60, 60, null)))
                .andExpect(jsonPath("$[*].confirmed", contains(false, false, false, false, false)))
                .andExpect(jsonPath("$[?(@.kind == 'DEGRADATION_CONCLUDED')].basis").value(contains(
                        org.hamcrest.Matchers.startsWith("Chưa xác minh"))));
        int version = jdbc.sql("select version from planning_rule where kind = 'DISCIPLINE_REPRIMAND'").query(Integer.class)
                .single();
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("kind", "DISCIPLINE_REPRIMAND");
        edit.put("months", 12);
        edit.put("appliesTo", "HIGHER");
        edit.put("source", "377-QĐ/TW (nguyên văn)");
        edit.put("confirmed", true);
        edit.put("basis", "Điều … Quy định 377-QĐ/TW");
        edit.put("version", version);
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("kind", "NOT_COMPLETED_TWO_YEARS");
        bad.put("months", 24);
        bad.put("appliesTo", "SOME");
        bad.put("source", " ");
        bad.put("version", 0);
        mvc.perform(put("/api/v1/planning-rules").with(board).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("rules", List.of(edit))))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/planning-rules").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("rules", List.of(edit, bad, Map.of("kind", "OTHER"))))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("months", "appliesTo", "source", "kind",
                        "months", "appliesTo", "source", "version")));
        assertThat(jdbc.sql("select months from planning_rule where kind = 'DISCIPLINE_REPRIMAND'").query(Integer.class)
                .single()).as("nothing changed").isEqualTo(24);
        try {
            LocalDate decided = today.minusMonths(13);
            discipline("Nguyễn Văn An", "REPRIMAND", decided);
            notEligible("Nguyễn Văn An", "HIGHER", today, "DISCIPLINE_REPRIMAND", decided.plusMonths(24));
            mvc.perform(put("/api/v1/planning-rules").with(admin()).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of("rules", List.of(edit))))).andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].months").value(12)).andExpect(jsonPath("$[0].confirmed").value(true));
            eligible("Nguyễn Văn An", "HIGHER", today);
            mvc.perform(put("/api/v1/planning-rules").with(admin()).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of("rules", List.of(edit))))).andExpect(status().isConflict());
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'PLANNING_RULE_CHANGED' and entity_id = "
                    + "'DISCIPLINE_REPRIMAND' and changes -> 'months' ->> 'to' = '12'").query(Long.class).single())
                    .isGreaterThanOrEqualTo(1);
        } finally {
            jdbc.sql("""
                    update planning_rule set months = 24, confirmed = false, source = 'Quy định 377-QĐ/TW ngày 08/10/2025 (tóm lược)',
                      basis = (select basis from planning_rule where kind = 'DISCIPLINE_WARNING') where kind = 'DISCIPLINE_REPRIMAND'""")
                    .update();
        }
    }
}
