package vn.chinhdon.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;

/**
 * A commune of Nghệ An rates its cells and members: the steps in order, the rule set of each period (132, 124, 366),
 * the hard caps refusing, the evidence flagging, the quota of Hoàn thành xuất sắc at its boundary, the cell rule, and
 * the province cancelling and re-rating.
 */
class EvaluationApiTest extends IntegrationTest {

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    CommitteeManagement committees;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    vn.chinhdon.conduct.DisciplineManagement disciplines;

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Hoa", "Đỗ Văn Khánh", "Hồ Thị Lan", "Ngô Văn Minh",
        "Dương Thị Nga", "Lý Văn Phúc"};

    private String p;
    private RequestPostProcessor board;
    private RequestPostProcessor communeStaff;
    private RequestPostProcessor outsider;
    private RequestPostProcessor binh;
    private final Map<String, Long> member = new LinkedHashMap<>();

    @BeforeEach
    void tree() {
        p = unique("ev");
        CommuneFixture f = CommuneFixture.create(p, uniqueBirthDate(), List.of(NAMES),
                List.of("Cao Văn Sơn", "Lưu Thị Tâm", "Mai Văn Út"), organization, members, committees);
        member.putAll(f.member);
        board = account("ORGANIZATION_BOARD", p + "-P");
        communeStaff = account("COMMITTEE_STAFF", p + "-W");
        outsider = account("ORGANIZATION_BOARD", p + "-Q");
        String u = unique("u");
        asSystem(() -> users.create(new UserManagement.NewUser(u, "password-1234", "Trần Thị Bình", member.get(
                "Trần Thị Bình"), List.of(new UserManagement.GrantRequest("MEMBER", p + "-C1")))));
        binh = as(u);
    }


    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long season(int year, Integer quarter) throws Exception {
        return ((Number) JsonPath.read(body(postJson("/api/v1/evaluation-seasons", board, obj("unitCode", p + "-W",
                "title", "Đánh giá, xếp loại chất lượng năm " + year, "year", year, "quarter", quarter, "depth", 1,
                "deadline", today().plusDays(30).toString())).andExpect(status().isCreated())), "$.id")).longValue();
    }

    /** The rating of a unit's collective (name null) or of one of its members. */
    private long rating(long season, String unit, String name) throws Exception {
        List<Map<String, Object>> lines = JsonPath.read(body(mvc.perform(get("/api/v1/evaluation-seasons/" + season
                + "/ratings?unitCode=" + p + unit).with(board))), "$.items");
        return lines.stream().filter(l -> name == null ? l.get("memberId") == null : name.equals(l.get("memberName")))
                .filter(l -> name != null || (p + unit).equals(l.get("unitCode")))
                .map(l -> ((Number) l.get("id")).longValue()).findFirst().orElseThrow();
    }

    private ResultActions step(long rating, String step, RequestPostProcessor who, Object... kv) throws Exception {
        Map<String, Object> body = obj("text", "Bản kiểm điểm, ý kiến thẩm định, lý do.", "on", today().toString());
        body.putAll(obj(kv));
        return postJson("/api/v1/ratings/" + rating + "/" + step, who, body);
    }

    private void evidence(String name, String kind, LocalDate on, boolean selfRemedied, LocalDate closed) {
        jdbc.sql("""
                insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, summary, detail,
                  occurred_on, closed_on, self_remedied, created_at)
                values (nextval('org_seq'), ?, (select id from org_unit where code = ?), ?, 'TEST', nextval('org_seq'),
                  ?, '', ?, ?, ?, now())""")
                .params(member.get(name), p + "-C1", kind, kind + " của " + name, on, closed, selfRemedied).update();
    }

    @Test
    void theSameFactsAreJudgedByTheRuleSetOfTheirPeriod() throws Exception {
        // disciplined in each year, self-detected and remedied
        for (int year : new int[] {2022, 2024, 2025}) {
            evidence("Lê Văn Cường", "DISCIPLINE", LocalDate.of(year, 5, 10), true, null);
        }
        long s2022 = season(2022, null);
        long s2024 = season(2024, null);
        long s2025 = season(2025, null);
        mvc.perform(get("/api/v1/evaluation-seasons/" + s2022).with(board)).andExpect(jsonPath("$.ruleSetCode")
                .value("132-QĐ/TW"));
        mvc.perform(get("/api/v1/evaluation-seasons/" + s2024).with(board)).andExpect(jsonPath("$.ruleSetCode")
                .value("124-QĐ/TW"));
        mvc.perform(get("/api/v1/evaluation-seasons/" + s2025).with(board)).andExpect(jsonPath("$.ruleSetCode")
                .value("366-QĐ/TW"));
        for (long s : new long[] {s2022, s2024, s2025}) {
            Object[] score = s == s2025 ? new Object[] {"score", 80} : new Object[0];
            step(rating(s, "-C1", null), "self-assessment", board, concat(obj("level", "GOOD"), score))
                    .andExpect(status().isOk());
            step(rating(s, "-C1", "Lê Văn Cường"), "self-assessment", board, concat(obj("level", "GOOD"), score))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.selfOnBehalf").value(true));
        }
        // 132: disciplined in the year → Không hoàn thành, no exception
        step(rating(s2022, "-C1", "Lê Văn Cường"), "proposal", board, "level", "GOOD")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("Không hoàn thành nhiệm vụ")));
        step(rating(s2022, "-C1", "Lê Văn Cường"), "proposal", board, "level", "NOT_COMPLETED")
                .andExpect(status().isOk());
        // 124: the exception holds; no scores
        step(rating(s2024, "-C1", "Lê Văn Cường"), "proposal", board, "level", "GOOD", "score", 80)
                .andExpect(status().isUnprocessableEntity());
        step(rating(s2024, "-C1", "Lê Văn Cường"), "proposal", board, "level", "GOOD")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[0].kind").value("REMEDIED_DISCIPLINE"));
        // 366: the score decides the highest level
        step(rating(s2025, "-C1", "Lê Văn Cường"), "proposal", board, "level", "GOOD")
                .andExpect(status().isUnprocessableEntity());
        step(rating(s2025, "-C1", "Lê Văn Cường"), "proposal", board, "level", "EXCELLENT", "score", 85)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("Hoàn thành tốt nhiệm vụ")));
        step(rating(s2025, "-C1", "Lê Văn Cường"), "proposal", board, "level", "GOOD", "score", 85)
                .andExpect(status().isOk()).andExpect(jsonPath("$.proposedScore").value(85));
        // quarters: only where the set rates them
        postJson("/api/v1/evaluation-seasons", board, obj("unitCode", p + "-W", "title", "Quý 2/2024", "year", 2024,
                "quarter", 2, "deadline", today().plusDays(5).toString())).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("124-QĐ/TW"))));
        postJson("/api/v1/evaluation-seasons", board, obj("unitCode", p + "-W", "title", "Quý 1/2026", "year", 2026,
                "quarter", 1, "depth", 0, "deadline", today().plusDays(5).toString())).andExpect(status().isCreated());
        // the same period twice over the same units
        postJson("/api/v1/evaluation-seasons", board, obj("unitCode", p + "-C1", "title", "Lần nữa", "year", 2024,
                "deadline", today().plusDays(5).toString())).andExpect(status().isUnprocessableEntity());
    }

    private static Object[] concat(Map<String, Object> a, Object[] b) {
        List<Object> out = new ArrayList<>();
        a.forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        out.addAll(List.of(b));
        return out.toArray();
    }

    @Test
    void capsRefuseAndTheEvidenceFlags() throws Exception {
        long s = season(2025, null);
        step(rating(s, "-C1", "Nguyễn Văn An"), "self-assessment", board, "level", "GOOD", "score", 80)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("tập thể")));
        step(rating(s, "-W", null), "self-assessment", board, "level", "GOOD", "score", 80)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Chi bộ xóm")));
        for (String cell : new String[] {"-C1", "-C2"}) {
            step(rating(s, cell, null), "self-assessment", board, "level", "GOOD", "score", 80)
                    .andExpect(status().isOk());
        }
        for (String n : new String[] {"Mai Văn Út", "Cao Văn Sơn", "Lưu Thị Tâm", "Trần Thị Bình", "Lê Văn Cường"}) {
            step(rating(s, n.equals("Mai Văn Út") || n.startsWith("Cao") || n.startsWith("Lưu") ? "-C2" : "-C1", n),
                    "self-assessment", board, "level", "GOOD", "score", 80).andExpect(status().isOk());
        }
        // admitted under 6 months before the period's end: not rated
        long ut = rating(s, "-C2", "Mai Văn Út");
        step(ut, "proposal", board, "level", "COMPLETED", "score", 60).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("Không xếp loại")));
        step(ut, "not-rated", board, "text", "Kết nạp ngày 02/9/2025, chưa đủ 6 tháng.").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOT_RATED"));
        // sick leave of 3 months or more: at most Hoàn thành
        long son = rating(s, "-C2", "Cao Văn Sơn");
        step(son, "proposal", board, "level", "GOOD", "score", 80, "sickLeave", true)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("Hoàn thành nhiệm vụ")));
        step(son, "proposal", board, "level", "COMPLETED", "score", 80, "sickLeave", true).andExpect(status().isOk());
        // a degradation concluded: Không hoàn thành
        evidence("Trần Thị Bình", "DEGRADATION", LocalDate.of(2025, 6, 1), false, null);
        step(rating(s, "-C1", "Trần Thị Bình"), "proposal", board, "level", "COMPLETED", "score", 60)
                .andExpect(status().isUnprocessableEntity());
        // a flagged proposal: open findings
        evidence("Lê Văn Cường", "FINDING", LocalDate.of(2025, 4, 1), false, null);
        long cuong = rating(s, "-C1", "Lê Văn Cường");
        step(cuong, "proposal", board, "level", "GOOD", "score", 80).andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[0].kind").value("OPEN_FINDINGS"))
                .andExpect(jsonPath("$.evidence", hasSize(1)));
        // the member sees his own rating, never proposes for himself; another province sees nothing
        mvc.perform(get("/api/v1/ratings/" + rating(s, "-C1", "Trần Thị Bình")).with(binh)).andExpect(status().isOk());
        step(rating(s, "-C1", "Trần Thị Bình"), "proposal", binh, "level", "NOT_COMPLETED", "score", 30)
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ratings/" + cuong).with(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evaluation-seasons/" + s).with(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ratings/" + cuong).with(binh)).andExpect(status().isNotFound());
        // the decider must answer the flags
        step(cuong, "decision", communeStaff, "decisionNumber", "25-QĐ/ĐU").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("acknowledgement"));
        step(cuong, "decision", communeStaff, "decisionNumber", "25-QĐ/ĐU", "acknowledgement",
                "Khuyết điểm đã được chi bộ kiểm điểm, đang khắc phục đúng tiến độ.").andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("GOOD"));
        mvc.perform(get("/api/v1/evaluation-seasons/" + s + "/high-against-evidence").with(board))
                .andExpect(jsonPath("$[0].unitCode").value(p + "-C1"))
                .andExpect(jsonPath("$[0].membersFlaggedHigh").value(1));
        mvc.perform(get("/api/v1/evaluation-seasons/" + s).with(board)).andExpect(jsonPath("$.flagged").value(1));
    }

    @Test
    void quotaCellRuleOrderAndReRating() throws Exception {
        long s = season(2025, null);
        for (String cell : new String[] {"-C1", "-C2"}) {
            step(rating(s, cell, null), "self-assessment", board, "level", "GOOD", "score", 80)
                    .andExpect(status().isOk());
        }
        // 10 Hoàn thành tốt (the head among them) and 3 proposed Hoàn thành xuất sắc in the commune
        List<Long> excellent = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            long r = rating(s, "-C1", NAMES[i]);
            boolean top = i >= 10;
            step(r, "self-assessment", board, "level", top ? "EXCELLENT" : "GOOD", "score", top ? 95 : 80)
                    .andExpect(status().isOk());
            step(r, "proposal", board, "level", top ? "EXCELLENT" : "GOOD", "score", top ? 95 : 80)
                    .andExpect(status().isOk());
            if (top) {
                excellent.add(r);
            }
        }
        long head = rating(s, "-C1", "Nguyễn Văn An");
        step(head, "decision", communeStaff, "decisionNumber", "30-QĐ/ĐU").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("sau đơn vị")));
        mvc.perform(get("/api/v1/evaluation-seasons/" + s + "/quota").with(board))
                .andExpect(jsonPath("$[0].good").value(10)).andExpect(jsonPath("$[0].allowed").value(2))
                .andExpect(jsonPath("$[0].exceeded").value(true));
        // 20% of 10: two, not three
        step(excellent.get(0), "decision", communeStaff, "decisionNumber", "30-QĐ/ĐU").andExpect(status().isOk());
        step(excellent.get(1), "decision", communeStaff, "decisionNumber", "30-QĐ/ĐU").andExpect(status().isOk());
        step(excellent.get(2), "decision", communeStaff, "decisionNumber", "30-QĐ/ĐU").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("tối đa 2")));
        assertThat(jdbc.sql("select state from evaluation_rating where id = ?").param(excellent.get(2))
                .query(String.class).single()).isEqualTo("PROPOSED");
        step(excellent.get(2), "decision", communeStaff, "decisionNumber", "30-QĐ/ĐU", "level", "GOOD")
                .andExpect(status().isOk());
        // the cell after its members (the head aside)
        long c1 = rating(s, "-C1", null);
        step(c1, "proposal", board, "level", "GOOD", "score", 80).andExpect(status().isOk());
        step(c1, "decision", communeStaff, "decisionNumber", "31-QĐ/ĐU").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đảng viên")));
        for (int i = 1; i < 10; i++) {
            step(rating(s, "-C1", NAMES[i]), "decision", communeStaff, "decisionNumber", "30-QĐ/ĐU")
                    .andExpect(status().isOk());
        }
        // the decision of the commune's cells belongs to the commune; the cell rule holds: all ≥ HT, ≥ 50% ≥ HTT
        step(c1, "decision", board, "decisionNumber", "31-QĐ/ĐU").andExpect(status().isOk());
        step(head, "decision", communeStaff, "decisionNumber", "30-QĐ/ĐU").andExpect(status().isOk());
        // the second cell: one Hoàn thành, one Không hoàn thành → not Hoàn thành tốt
        long c2 = rating(s, "-C2", null);
        for (String[] m : new String[][] {{"Cao Văn Sơn", "COMPLETED", "60"}, {"Lưu Thị Tâm", "NOT_COMPLETED", "40"}}) {
            long r = rating(s, "-C2", m[0]);
            step(r, "self-assessment", board, "level", m[1], "score", Integer.parseInt(m[2])).andExpect(status().isOk());
            step(r, "proposal", board, "level", m[1], "score", Integer.parseInt(m[2])).andExpect(status().isOk());
            step(r, "decision", communeStaff, "decisionNumber", "30-QĐ/ĐU").andExpect(status().isOk());
        }
        step(rating(s, "-C2", "Mai Văn Út"), "not-rated", board, "text", "Chưa đủ 6 tháng.").andExpect(status().isOk());
        step(c2, "proposal", board, "level", "GOOD", "score", 80).andExpect(status().isOk());
        step(c2, "decision", communeStaff, "decisionNumber", "31-QĐ/ĐU").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Hoàn thành nhiệm vụ")));
        step(c2, "decision", communeStaff, "decisionNumber", "31-QĐ/ĐU", "level", "COMPLETED")
                .andExpect(status().isOk());
        // the province cancels a decision of the commune and re-rates, with the reason; the commune cannot
        long first = excellent.get(0);
        step(first, "rerating", communeStaff, "level", "GOOD", "decisionNumber", "40-QĐ/ĐU")
                .andExpect(status().isForbidden());
        step(first, "rerating", board, "level", "COMPLETED", "decisionNumber", "112-QĐ/TU", "text",
                "Phát hiện sau quyết định: chưa hoàn thành chỉ tiêu phát triển đảng viên được giao.")
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value("COMPLETED"))
                .andExpect(jsonPath("$.rerated").value(true))
                .andExpect(jsonPath("$.steps[*].step", hasItem("CANCELLED")))
                .andExpect(jsonPath("$.steps[*].step", hasItem("RERATED")))
                .andExpect(jsonPath("$.decisionNumber").value("112-QĐ/TU"));
        // a re-rating that would leave the decided cell below its rule is refused (Hoàn thành tốt: every member at
        // least Hoàn thành), and nothing changes
        long vu = rating(s, "-C1", NAMES[5]);
        step(vu, "rerating", board, "level", "NOT_COMPLETED", "decisionNumber", "113-QĐ/TU", "text",
                "Vi phạm phát hiện sau.").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Hoàn thành tốt nhiệm vụ")));
        mvc.perform(get("/api/v1/ratings/" + vu).with(board)).andExpect(jsonPath("$.level").value("GOOD"))
                .andExpect(jsonPath("$.rerated").value(false));
        mvc.perform(get("/api/v1/evaluation-seasons/" + s + "/ratings?state=NONE").with(board))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/evaluation-seasons/" + s + "/ratings?state=DECIDED&page=0").with(board))
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.items", hasSize(17)));
        mvc.perform(get("/api/v1/evaluation-seasons/" + s + "/progress").with(board))
                .andExpect(jsonPath("$[*].deciderCode", hasItem(p + "-W")));
        mvc.perform(get("/api/v1/members/" + member.get("Lý Văn Phúc") + "/ratings").with(board))
                .andExpect(jsonPath("$[0].level").value("GOOD")).andExpect(jsonPath("$[0].year").value(2025));
        mvc.perform(get("/api/v1/members/" + member.get("Lý Văn Phúc") + "/ratings").with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evaluation-distribution?unitCode=" + p + "-W&fromYear=2024&toYear=2025").with(board))
                .andExpect(jsonPath("$[1].year").value(2025))
                .andExpect(jsonPath("$[1].members.GOOD").value(11))
                .andExpect(jsonPath("$[1].members.EXCELLENT").value(1))
                .andExpect(jsonPath("$[1].notRated").value(1));
    }

    @Test
    void aDisciplineRecordedInTheYearCapsTheLevelUntilItIsAnnulled() throws Exception {
        long s = season(2025, null);
        step(rating(s, "-C1", null), "self-assessment", board, "level", "GOOD", "score", 80).andExpect(status().isOk());
        long cuong = rating(s, "-C1", "Lê Văn Cường");
        step(cuong, "self-assessment", board, "level", "GOOD", "score", 80).andExpect(status().isOk());
        long[] id = new long[1];
        asSystem(() -> id[0] = disciplines.record(new vn.chinhdon.conduct.NewDiscipline(member.get("Lê Văn Cường"),
                null, "REPRIMAND", null, p + "-W", "Ủy ban Kiểm tra Đảng ủy xã", "07-QĐ/UBKTĐU",
                LocalDate.of(2025, 5, 6), null, "Vi phạm quy định về đất đai.", false)).id());
        step(cuong, "proposal", board, "level", "GOOD", "score", 80).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("Không hoàn thành nhiệm vụ")));
        mvc.perform(get("/api/v1/ratings/" + cuong).with(board))
                .andExpect(jsonPath("$.evidence[0].kind").value("DISCIPLINE"))
                .andExpect(jsonPath("$.evidence[0].detail").value("REPRIMAND"));
        asSystem(() -> {
            disciplines.complain(id[0], LocalDate.of(2025, 5, 20), null);
            disciplines.resolve(id[0], new vn.chinhdon.conduct.DisciplineManagement.Resolution(LocalDate.of(2025, 7, 1),
                    "ANNULLED", null, "15-QĐ/UBKTTU", "Không đủ căn cứ."), null);
        });
        step(cuong, "proposal", board, "level", "GOOD", "score", 80).andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence", hasSize(0)));
    }

    @Test
    void aSeasonAboveThatDoesNotReachTheCommuneIsNotListedToIt() throws Exception {
        postJson("/api/v1/evaluation-seasons", board, obj("unitCode", p + "-P", "title", "Tập thể tỉnh 2024",
                "year", 2024, "depth", 0, "deadline", today().plusDays(5).toString())).andExpect(status().isCreated());
        long commune = season(2025, null);
        mvc.perform(get("/api/v1/evaluation-seasons?unitCode=" + p + "-W").with(communeStaff))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(commune));
        mvc.perform(get("/api/v1/evaluation-seasons?unitCode=" + p + "-W").with(board))
                .andExpect(jsonPath("$[*].id", hasSize(2)));
    }
}
