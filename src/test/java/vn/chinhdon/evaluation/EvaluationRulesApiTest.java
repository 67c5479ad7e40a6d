package vn.chinhdon.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;

/**
 * The rule sets through the API: the three seeded sets with their dates and which one judges a period ending on a
 * date; the unconfirmed rules flagged with their basis; an administrator adding the next set (closing the one in
 * force the day before) and editing it with its version (a stale version refused, 409); bands that overlap or leave
 * gaps, a quota above 100 and an overlapping period refused all at once; a non-administrator refused (403). Sets added
 * here start in 2090 or later, and the seeded 366-QĐ/TW is reopened after each test: rule sets are global data.
 */
class EvaluationRulesApiTest extends IntegrationTest {

    private static final String URL = "/api/v1/evaluation-rule-sets";
    private static final LocalDate FAR = LocalDate.of(2090, 1, 1);

    @Autowired
    OrganizationManagement organization;

    @Autowired
    JdbcClient jdbc;


    private RequestPostProcessor staff;
    private RequestPostProcessor admin;

    @BeforeEach
    void people() {
        String p = unique("ev");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, LocalDate.of(2015, 1, 1))), 1));
        staff = account("COMMITTEE_STAFF", p + "-R");
        admin = admin();
    }

    /** Rule sets are shared by every test: remove the sets added here and reopen 366-QĐ/TW. */
    @AfterEach
    void restore() {
        jdbc.sql("delete from evaluation_rule_set where effective_from >= ?").param(FAR).update();
        jdbc.sql("update evaluation_rule_set set effective_to = null where code = '366-QĐ/TW'").update();
    }

    private ResultActions post(RequestPostProcessor who, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(URL).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private ResultActions put(String code, RequestPostProcessor who, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(URL + "/set").param("code", code).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions set(String code) throws Exception {
        return mvc.perform(get(URL + "/set").param("code", code).with(staff));
    }

    private ResultActions inForce(String on) throws Exception {
        return mvc.perform(get(URL + "/in-force").param("on", on).with(staff));
    }


    private static Map<String, Object> band(String level, int min, int max) {
        return obj("level", level, "minScore", min, "maxScore", max, "confirmed", true);
    }

    private static Map<String, Object> nextSet(String code, String from, List<Map<String, Object>> bands) {
        return obj("code", code, "name", "Quy định thử " + code, "document", "Quy định thử", "effectiveFrom", from,
                "usesScores", true, "quarterly", true, "quotaPercent", 15, "quotaConfirmed", true,
                "quotaBasis", "Nguyên văn thử", "bands", bands,
                "caps", List.of(obj("kind", "DISCIPLINED_IN_YEAR", "capsTo", "NOT_COMPLETED", "exception",
                        "trừ trường hợp tự phát hiện và khắc phục xong hậu quả", "confirmed", true),
                        obj("kind", "ADMITTED_UNDER_6_MONTHS", "capsTo", "NOT_RATED", "confirmed", true)),
                "organizationRules", List.of(obj("kind", "CELL_GOOD", "level", "GOOD", "minLevelAll", "COMPLETED",
                        "sharePercent", 50, "shareLevel", "GOOD", "confirmed", true)));
    }

    private static List<Map<String, Object>> goodBands() {
        return List.of(band("EXCELLENT", 95, 100), band("GOOD", 75, 95), band("COMPLETED", 50, 75),
                band("NOT_COMPLETED", 0, 50));
    }

    @Test
    void theThreeSeededSetsFollowEachOther() throws Exception {
        mvc.perform(get(URL).with(staff)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItems("132-QĐ/TW", "124-QĐ/TW", "366-QĐ/TW")));
        set("132-QĐ/TW").andExpect(status().isOk())
                .andExpect(jsonPath("$.effectiveFrom").value("2018-03-08"))
                .andExpect(jsonPath("$.effectiveTo").value("2023-10-03"))
                .andExpect(jsonPath("$.usesScores").value(false))
                .andExpect(jsonPath("$.bands", hasSize(0)));
        set("124-QĐ/TW").andExpect(jsonPath("$.effectiveFrom").value("2023-10-04"))
                .andExpect(jsonPath("$.effectiveTo").value("2025-08-29"));
        set("366-QĐ/TW").andExpect(jsonPath("$.effectiveFrom").value("2025-08-30"))
                .andExpect(jsonPath("$.effectiveTo").value(nullValue()))
                .andExpect(jsonPath("$.usesScores").value(true))
                .andExpect(jsonPath("$.quarterly").value(true))
                .andExpect(jsonPath("$.quotaPercent").value(20.0))
                .andExpect(jsonPath("$.quotaScope").value("GRASSROOTS_ORGANIZATION"))
                .andExpect(jsonPath("$.bands[*].level").value(contains("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED")))
                .andExpect(jsonPath("$.bands[0].levelLabel").value("Hoàn thành xuất sắc nhiệm vụ"))
                .andExpect(jsonPath("$.bands[?(@.level == 'GOOD')].minScore").value(contains(70.0)))
                .andExpect(jsonPath("$.caps[?(@.kind == 'ADMITTED_UNDER_6_MONTHS')].notRated").value(contains(true)))
                .andExpect(jsonPath("$.caps[?(@.kind == 'SICK_LEAVE_3_MONTHS')].capsTo").value(contains("COMPLETED")))
                .andExpect(jsonPath("$.organizationRules[0].kind").value("CELL_GOOD"))
                .andExpect(jsonPath("$.organizationRules[0].sharePercent").value(50.0));

        inForce("2019-12-31").andExpect(status().isOk()).andExpect(jsonPath("$.code").value("132-QĐ/TW"));
        inForce("2023-10-03").andExpect(jsonPath("$.code").value("132-QĐ/TW"));
        inForce("2024-12-31").andExpect(jsonPath("$.code").value("124-QĐ/TW"));
        inForce("2025-08-30").andExpect(jsonPath("$.code").value("366-QĐ/TW"));
        inForce("2025-12-31").andExpect(jsonPath("$.code").value("366-QĐ/TW"))
                .andExpect(jsonPath("$.inForceToday").value(true));
        inForce("2017-12-31").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(
                        "Không có bộ quy tắc đánh giá, xếp loại nào có hiệu lực vào ngày 2017-12-31."));
        set("999-QĐ/TW").andExpect(status().isNotFound());
    }

    @Test
    void unconfirmedRulesAreFlaggedWithTheirBasis() throws Exception {
        set("366-QĐ/TW")
                .andExpect(jsonPath("$.quotaConfirmed").value(false))
                .andExpect(jsonPath("$.quotaBasis").value(org.hamcrest.Matchers.startsWith("Chưa xác minh")))
                .andExpect(jsonPath("$.bands[?(@.level == 'NOT_COMPLETED')].confirmed").value(contains(false)))
                .andExpect(jsonPath("$.bands[?(@.level == 'EXCELLENT')].confirmed").value(contains(true)))
                .andExpect(jsonPath("$.caps[?(@.kind == 'DISCIPLINED_IN_YEAR')].confirmed").value(contains(false)))
                .andExpect(jsonPath("$.caps[?(@.kind == 'DISCIPLINED_IN_YEAR')].exception").value(contains(
                        "trừ trường hợp tự phát hiện và khắc phục xong hậu quả")));
        set("132-QĐ/TW").andExpect(jsonPath("$.quotaConfirmed").value(true));
        set("124-QĐ/TW").andExpect(jsonPath("$.quotaConfirmed").value(false))
                .andExpect(jsonPath("$.caps[?(@.kind == 'DISCIPLINED_IN_YEAR')].confirmed").value(contains(true)));
    }

    @Test
    void anAdministratorAddsTheNextSetClosingTheOneInForce() throws Exception {
        String code = "T" + unique("") + "/TW";
        post(admin, nextSet(code, "2090-01-01", goodBands())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.bands", hasSize(4)))
                .andExpect(jsonPath("$.caps", hasSize(2)));
        set("366-QĐ/TW").andExpect(jsonPath("$.effectiveTo").value("2089-12-31"));
        inForce("2089-12-31").andExpect(jsonPath("$.code").value("366-QĐ/TW"));
        inForce("2090-12-31").andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.inForceToday").value(false));

        // the score bands of the new set are those the policy uses
        RuleSetView added = asView(code);
        assertThat(added.scoreBands().levelFor(94)).contains(Level.GOOD);
        assertThat(added.scoreBands().levelFor(95)).contains(Level.EXCELLENT);
        assertThat(added.hardCaps().cap(Level.GOOD, Caps.Facts.of(CapKind.ADMITTED_UNDER_6_MONTHS)).rated()).isFalse();

        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EVALUATION_RULE_SET_ADDED' and summary like ?")
                .param("%" + code + "%").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EVALUATION_RULE_SET_CLOSED' and summary like ?")
                .param("%" + code + "%").query(Long.class).single()).isEqualTo(1);

        // the same code twice is refused
        post(admin, nextSet(code, "2095-01-01", goodBands())).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("code")));

        // an edit with the version read, then a stale one
        Map<String, Object> edit = nextSet(code, "2090-01-01", goodBands());
        edit.put("name", "Quy định thử đã sửa");
        edit.put("version", 0);
        put(code, admin, edit).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.name").value("Quy định thử đã sửa"));
        put(code, admin, edit).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Bản ghi đã được người khác thay đổi. Vui lòng tải lại trang và thực hiện lại."));
        assertThat(asView(code).name()).isEqualTo("Quy định thử đã sửa");
    }

    private RuleSetView asView(String code) {
        RuleSetView[] out = new RuleSetView[1];
        asSystem(() -> out[0] = rules.get(code));
        return out[0];
    }

    @Autowired
    EvaluationRules rules;

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsAdded() throws Exception {
        int before = rules.all().size();
        List<Map<String, Object>> bands = new ArrayList<>(List.of(band("EXCELLENT", 85, 100), band("GOOD", 70, 90),
                band("COMPLETED", 40, 60), band("NOT_COMPLETED", 0, 40), band("UNHEARD", 0, 10)));
        Map<String, Object> bad = nextSet("T" + unique("") + "/TW", "2020-01-01", bands);
        bad.put("quotaPercent", 120);
        post(admin, bad).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'bands')].message").value(containsInAnyOrder(
                        "Các khung điểm chồng nhau từ 0 đến 10 điểm.",
                        "Các khung điểm bỏ trống từ 60 đến 70 điểm.",
                        "Các khung điểm chồng nhau từ 85 đến 90 điểm.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'bands[4].level')].message").value(contains(
                        "Mức xếp loại „UNHEARD“ không hợp lệ: EXCELLENT, GOOD, COMPLETED hoặc NOT_COMPLETED.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'quotaPercent')].message").value(contains(
                        "Tỷ lệ „120“ phải từ 0 đến 100.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'effectiveFrom')].message").value(hasItems(
                        "Thời gian hiệu lực trùng với bộ quy tắc 132-QĐ/TW (từ 2018-03-08 đến 2023-10-03).",
                        "Thời gian hiệu lực trùng với bộ quy tắc 124-QĐ/TW (từ 2023-10-04 đến 2025-08-29).")));
        // a set with scores and no bands
        Map<String, Object> none = nextSet("T" + unique("") + "/TW", "2091-01-01", List.of());
        post(admin, none).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].message").value(contains(
                        "Bộ quy tắc chấm điểm cần khung điểm cho các mức xếp loại.")));
        assertThat(rules.all()).as("nothing added, 366 still open").hasSize(before);
        set("366-QĐ/TW").andExpect(jsonPath("$.effectiveTo").value(nullValue()));
    }

    @Test
    void onlyAdministratorsChangeRuleSets() throws Exception {
        post(staff, nextSet("T" + unique("") + "/TW", "2090-01-01", goodBands()))
                .andExpect(status().isForbidden());
        Map<String, Object> edit = nextSet("366-QĐ/TW", "2025-08-30", goodBands());
        edit.put("version", 0);
        put("366-QĐ/TW", staff, edit).andExpect(status().isForbidden());
        set("366-QĐ/TW").andExpect(jsonPath("$.bands[?(@.level == 'EXCELLENT')].minScore").value(contains(90.0)))
                .andExpect(jsonPath("$.effectiveTo").value(nullValue()));
    }
}
