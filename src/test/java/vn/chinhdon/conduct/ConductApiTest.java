package vn.chinhdon.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;

/**
 * The conduct module through the API: the catalogue of the 27 expressions and its versions (a new one loaded all or
 * nothing, every bad row reported, the earlier one still readable); expressions identified in units and their counts
 * per code and per unit over a subtree; a remedy plan recorded by the district and accepted by the province, which
 * opens its items as follow-up tasks; commitments recorded by the member, on their behalf by the cell's secretary
 * (marked so), refused for a member of another cell, checked at the review; and none of it for another province.
 */
class ConductApiTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final AtomicInteger BIRTHDAYS = new AtomicInteger();

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

    private record Who(String username, RequestPostProcessor as) {
    }

    private String p;
    private Who staff;
    private Who districtBoard;
    private Who secretary;
    private Who an;
    private Who outsider;
    private final Map<String, Long> member = new LinkedHashMap<>();

    /**
     * A province (P) with a district (D), a commune (C) and its two cells (C1: An, Bình, Cường; C2: Dũng); another
     * province (Q). The province's staff, the district's organization board, C1's secretary, An's own account and the
     * staff of Q.
     */
    @BeforeEach
    void tree() {
        p = unique("cd");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, FROM),
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Kiên Giang", "PROVINCIAL", p + "-R", FROM),
                new UnitImportRow(p + "-D", "Đảng bộ huyện Giang Thành", "DIRECTLY_UNDER", p + "-P", FROM),
                new UnitImportRow(p + "-C", "Đảng bộ xã Phú Mỹ", "GRASSROOTS_COMMITTEE", p + "-D", FROM),
                new UnitImportRow(p + "-C1", "Chi bộ ấp Trà Phô", "SUBORDINATE_CELL", p + "-C", FROM),
                new UnitImportRow(p + "-C2", "Chi bộ ấp Cây Gáo", "SUBORDINATE_CELL", p + "-C", FROM),
                new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", p + "-R", FROM)), 1));
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(BIRTHDAYS.incrementAndGet() * 7L);
        asSystem(() -> members.importMembers(List.of(
                row("Nguyễn Văn An", born, "-C1"), row("Trần Thị Bình", born, "-C1"), row("Lê Văn Cường", born, "-C1"),
                row("Phạm Văn Dũng", born, "-C2")), 1));
        asSystem(() -> members.search(p + "-P", null, null, 0, 50).items().forEach(m -> member.put(m.fullName(), m.id())));
        staff = who("COMMITTEE_STAFF", p + "-P", null);
        districtBoard = who("ORGANIZATION_BOARD", p + "-D", null);
        secretary = who("CELL_SECRETARY", p + "-C1", null);
        an = who("MEMBER", p + "-C1", member.get("Nguyễn Văn An"));
        outsider = who("COMMITTEE_STAFF", p + "-Q", null);
    }

    private MemberImportRow row(String name, LocalDate born, String unit) {
        return new MemberImportRow(null, name, name.contains("Thị") ? "Nữ" : "Nam", born.toString(), "2000-01-01", null,
                p + unit, null);
    }

    private Who who(String role, String unitCode, Long memberId) {
        String username = unique("u");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Cán bộ " + username, memberId,
                List.of(new UserManagement.GrantRequest(role, unitCode)))));
        return new Who(username, as(username));
    }

    private Who adminWho() {
        String username = unique("adm");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Quản trị " + username, null,
                List.of(new UserManagement.GrantRequest("ADMIN", null)))));
        return new Who(username, as(username));
    }


    private ResultActions post(String url, Who who, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(who.as()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private ResultActions read(String url, Who who) throws Exception {
        return mvc.perform(get(url).with(who.as()));
    }


    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }

    private long identify(Who who, String unit, int year, List<String> codes, String wording) throws Exception {
        return id(post("/api/v1/expressions", who, obj("unitCode", p + unit, "year", year, "codes", codes, "wording", wording,
                "evidence", "Báo cáo sơ kết", "sourceKind", "Hội nghị sơ kết", "sourceReference", "Biên bản ngày 22/02/2019",
                "identifiedOn", year + "-02-22", "identifiedBy", "Ban Thường vụ Huyện ủy")).andExpect(status().isCreated()));
    }

    // ---- the catalogue ----

    @Test
    void theCatalogueHas27EntriesInThreeGroupsWithTheirStatuses() throws Exception {
        read("/api/v1/degradation-catalogue/versions/1", staff).andExpect(status().isOk())
                .andExpect(jsonPath("$.document").value("04-NQ/TW"))
                .andExpect(jsonPath("$.effectiveFrom").value("2016-10-30"))
                .andExpect(jsonPath("$.entries", hasSize(27)))
                .andExpect(jsonPath("$.entries[?(@.group == 1)]", hasSize(9)))
                .andExpect(jsonPath("$.entries[?(@.group == 2)]", hasSize(9)))
                .andExpect(jsonPath("$.entries[?(@.group == 3)]", hasSize(9)))
                .andExpect(jsonPath("$.entries[0].code").value("G1.1"))
                .andExpect(jsonPath("$.entries[26].code").value("G3.9"))
                .andExpect(jsonPath("$.entries[?(@.code == 'G1.4')].status").value(contains("VERBATIM")))
                .andExpect(jsonPath("$.entries[?(@.code == 'G1.1')].status").value(contains("SUMMARY")))
                .andExpect(jsonPath("$.entries[?(@.code == 'G1.6')].status").value(contains("LABEL")))
                .andExpect(jsonPath("$.entries[?(@.code == 'G3.1')].status").value(contains("VERBATIM")))
                .andExpect(jsonPath("$.entries[?(@.code == 'G2.5')].text").value(contains(
                        "Quan liêu, xa dân, vô cảm: „thờ ơ, vô cảm, thiếu trách nhiệm trước những khó khăn, bức xúc và đòi "
                                + "hỏi chính đáng của nhân dân“.")));
        String v1 = body(read("/api/v1/degradation-catalogue/versions/1", staff));
        assertThat(JsonPath.<List<String>>read(v1, "$.entries[*].status")).containsOnly("VERBATIM", "SUMMARY", "LABEL")
                .contains("VERBATIM", "SUMMARY", "LABEL");
        assertThat(JsonPath.<List<String>>read(v1, "$.entries[*].source")).allSatisfy(s -> assertThat(s).isNotBlank());
        // any signed-in user reads the version in force, every version and the codes
        read("/api/v1/degradation-catalogue", outsider).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(27)));
        read("/api/v1/degradation-catalogue/versions", secretary).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.number == 1)].verbatim").value(contains(7)))
                .andExpect(jsonPath("$[?(@.number == 1)].summary").value(contains(4)))
                .andExpect(jsonPath("$[?(@.number == 1)].label").value(contains(16)));
        read("/api/v1/degradation-catalogue/versions/999", staff).andExpect(status().isNotFound());
    }

    /** The 27 entries of a version, with G1.4's text as given. */
    private List<Map<String, Object>> entries(String g14) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String code : DegradationCatalogue.CODES) {
            out.add(obj("code", code, "text", code.equals("G1.4") ? g14 : "Nguyên văn chính thức của biểu hiện " + code,
                    "status", "VERBATIM", "source", "Văn kiện chính thức"));
        }
        return out;
    }

    @Test
    void aNewVersionIsLoadedAllOrNothingWithEveryBadRowReportedAndTheEarlierOneStaysReadable() throws Exception {
        Who admin = adminWho();
        List<String> v1G14 = JsonPath.read(body(read("/api/v1/degradation-catalogue/versions/1", staff)),
                "$.entries[?(@.code == 'G1.4')].text");
        int versions = JsonPath.<List<Object>>read(body(read("/api/v1/degradation-catalogue/versions", staff)), "$").size();
        String name = "Kết luận 21-KL/TW " + unique("v");

        // every bad row at once: a missing code, a duplicate, a code outside G1.1–G3.9, an empty text, a bad status
        List<Map<String, Object>> bad = entries("Nội dung mới");
        bad.set(0, obj("code", "", "text", "Không có mã"));
        bad.set(2, obj("code", "g1.2", "text", "Trùng mã"));
        bad.set(3, obj("code", "G4.1", "text", "Ngoài danh mục"));
        bad.set(4, obj("code", "G1.5", "text", "   "));
        bad.set(5, obj("code", "G1.6", "text", "Mức lạ", "status", "GUESS"));
        post("/api/v1/degradation-catalogue/versions", admin, obj("name", name, "document", "21-KL/TW", "effectiveFrom",
                "2021-10-25", "entries", bad))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.row == 1)].field").value(contains("entries[0].code")))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].field").value(contains("entries[2].code")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field").value(contains("entries[3].code")))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].field").value(contains("entries[4].text")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].field").value(contains("entries[5].status")))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].message").value(contains("Mã G1.2 trùng với dòng 2.")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].message").value(contains(
                        "Mã „G4.1“ nằm ngoài danh mục: từ G1.1 đến G3.9.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'entries')].message").value(containsInAnyOrder(
                        "Thiếu biểu hiện G1.1.", "Thiếu biểu hiện G1.3.", "Thiếu biểu hiện G1.4.")));
        // too few entries: every missing code named
        post("/api/v1/degradation-catalogue/versions", admin, obj("name", name, "document", "21-KL/TW", "effectiveFrom",
                "2021-10-25", "entries", entries("x").subList(0, 25)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].message").value(containsInAnyOrder("Thiếu biểu hiện G3.8.",
                        "Thiếu biểu hiện G3.9.")));
        assertThat(JsonPath.<List<Object>>read(body(read("/api/v1/degradation-catalogue/versions", staff)), "$"))
                .as("nothing loaded").hasSize(versions);
        // only administrators load
        post("/api/v1/degradation-catalogue/versions", staff, obj("name", name, "document", "21-KL/TW", "effectiveFrom",
                "2021-10-25", "entries", entries("x"))).andExpect(status().isForbidden());

        String official = "Không chấp hành nghiêm các nguyên tắc tổ chức của Đảng (lời văn của phiên bản mới).";
        ResultActions loaded = post("/api/v1/degradation-catalogue/versions", admin, obj("name", name, "document",
                "21-KL/TW", "effectiveFrom", "2021-10-25", "note", "Nạp thử", "entries", entries(official)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entries", hasSize(27)))
                .andExpect(jsonPath("$.entries[?(@.code == 'G1.4')].text").value(contains(official)))
                .andExpect(jsonPath("$.entries[?(@.code == 'G1.4')].label").value(contains(
                        "Không gương mẫu, né tránh trách nhiệm")));
        int number = JsonPath.read(body(loaded), "$.number");
        assertThat(number).isGreaterThan(1);
        read("/api/v1/degradation-catalogue/versions/" + number, outsider).andExpect(status().isOk())
                .andExpect(jsonPath("$.document").value("21-KL/TW"));
        // the earlier version keeps its wording, and is the one in force before the new one's date
        read("/api/v1/degradation-catalogue/versions/1", staff)
                .andExpect(jsonPath("$.entries[?(@.code == 'G1.4')].text").value(contains(v1G14.get(0))));
        read("/api/v1/degradation-catalogue?on=2019-02-22", staff).andExpect(jsonPath("$.number").value(1));
        read("/api/v1/degradation-catalogue/versions", staff).andExpect(jsonPath("$", hasSize(versions + 1)));
        // the same name twice is refused
        post("/api/v1/degradation-catalogue/versions", admin, obj("name", name, "document", "21-KL/TW", "effectiveFrom",
                "2021-10-25", "entries", entries(official))).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DEGRADATION_CATALOGUE_LOADED' and summary like ?")
                .param("%" + name).query(Long.class).single()).isEqualTo(1);
    }

    // ---- expressions identified ----

    @Test
    void expressionsIdentifiedAreCountedPerCodeAndPerUnitOverASubtree() throws Exception {
        long first = identify(staff, "-D", 2019, List.of("G1.3"), "Chưa tích cực nghiên cứu, học tập lý luận.");
        identify(staff, "-D", 2019, List.of("g1.6", "G1.5"), "Nể nang, né tránh; nói không đi đôi với làm.");
        identify(districtBoard, "-C1", 2019, List.of("G1.5"), "Sinh hoạt chi bộ còn nể nang.");
        identify(districtBoard, "-C2", 2019, List.of("G2.5"), "Chưa sâu sát dân.");
        identify(districtBoard, "-D", 2020, List.of("G2.9"), "Thiếu tu dưỡng, rèn luyện.");

        read("/api/v1/expressions/" + first, districtBoard).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Đảng bộ huyện Giang Thành"))
                .andExpect(jsonPath("$.codes", contains("G1.3")))
                .andExpect(jsonPath("$.identifiedOn").value("2019-02-22"))
                .andExpect(jsonPath("$.identifiedBy").value("Ban Thường vụ Huyện ủy"))
                .andExpect(jsonPath("$.sourceKind").value("Hội nghị sơ kết"))
                .andExpect(jsonPath("$.catalogueNumber").value(1))
                .andExpect(jsonPath("$.recordedBy").value(staff.username()));
        // the district's subtree in 2019: four expressions, codes counted once per expression, three units
        read("/api/v1/expressions?unitCode=" + p + "-D&year=2019", districtBoard).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(4)))
                .andExpect(jsonPath("$.byCode['G1.3']").value(1))
                .andExpect(jsonPath("$.byCode['G1.5']").value(2))
                .andExpect(jsonPath("$.byCode['G1.6']").value(1))
                .andExpect(jsonPath("$.byCode['G2.5']").value(1))
                .andExpect(jsonPath("$.byCode['G2.9']").doesNotExist())
                .andExpect(jsonPath("$.byUnit", hasSize(3)))
                .andExpect(jsonPath("$.byUnit[?(@.unitCode == '" + p + "-D')].expressions").value(contains(2)))
                .andExpect(jsonPath("$.byUnit[?(@.unitCode == '" + p + "-C1')].expressions").value(contains(1)))
                .andExpect(jsonPath("$.canIdentify").value(true));
        String byCode = body(read("/api/v1/expressions?unitCode=" + p + "-D&year=2019", districtBoard));
        assertThat(JsonPath.<Map<String, Object>>read(byCode, "$.byCode").keySet()).as("catalogue order")
                .containsExactly("G1.3", "G1.5", "G1.6", "G2.5");
        read("/api/v1/expressions?unitCode=" + p + "-D", districtBoard).andExpect(jsonPath("$.items", hasSize(5)));
        read("/api/v1/expressions?unitCode=" + p + "-C&year=2019", staff).andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.byUnit[*].unitCode", containsInAnyOrder(p + "-C1", p + "-C2")));
        read("/api/v1/expressions?unitCode=" + p + "-P&year=2019", staff).andExpect(jsonPath("$.items", hasSize(4)));
        // the cell's secretary reads its own cell, not its neighbour, and identifies nothing
        read("/api/v1/expressions?unitCode=" + p + "-C1", secretary).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1))).andExpect(jsonPath("$.canIdentify").value(false));
        read("/api/v1/expressions?unitCode=" + p + "-C2", secretary).andExpect(status().isNotFound());
        post("/api/v1/expressions", secretary, obj("unitCode", p + "-C1", "codes", List.of("G1.5"), "wording", "x",
                "sourceKind", "Kiểm điểm", "identifiedBy", "Chi bộ")).andExpect(status().isForbidden());
        // every problem at once
        post("/api/v1/expressions", staff, obj("unitCode", p + "-D", "codes", List.of("G4.1", "G1.0"), "wording", " ",
                "sourceKind", "", "identifiedOn", LocalDate.now(clock).plusDays(3).toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("identifiedOn", "codes", "codes", "wording",
                        "sourceKind", "identifiedBy")));
        post("/api/v1/expressions", staff, obj("unitCode", p + "-D", "wording", "Không có mã", "sourceKind", "Kiểm tra",
                "identifiedBy", "Ủy ban Kiểm tra")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("codes"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CONDUCT_EXPRESSION_IDENTIFIED' and entity_id = ?")
                .param(String.valueOf(first)).query(Long.class).single()).isEqualTo(1);
    }

    // ---- remedy plans ----

    @Test
    void aRemedyPlanRecordedByTheDistrictOpensFollowUpTasksWhenTheProvinceAcceptsIt() throws Exception {
        identify(districtBoard, "-D", 2019, List.of("G1.3"), "Chưa tích cực học tập lý luận.");
        Map<String, Object> plan = obj("unitCode", p + "-D", "year", 2019, "title", "Kế hoạch khắc phục năm 2019",
                "adoptedOn", "2019-03-12", "documentNumber", "25-KH/HU", "items", List.of(
                        obj("text", "Tổ chức học tập lý luận cho cán bộ, đảng viên", "codes", List.of("G1.3"), "deadline",
                                "2019-09-30"),
                        obj("text", "Sinh hoạt chuyên đề tự phê bình và phê bình", "codes", List.of("G1.5", "G1.6"),
                                "deadline", "2019-06-30")));
        ResultActions recorded = post("/api/v1/remedy-plans", districtBoard, plan).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("RECORDED"))
                .andExpect(jsonPath("$.verifierCode").value(p + "-P"))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].followUpId").doesNotExist())
                .andExpect(jsonPath("$.canAccept").value(false));
        long id = id(recorded);
        // one plan of the committee per year
        post("/api/v1/remedy-plans", districtBoard, plan).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        // the district does not accept its own plan: the province does, which then verifies the tasks
        post("/api/v1/remedy-plans/" + id + "/acceptance", districtBoard, obj("acceptedOn", "2019-03-20"))
                .andExpect(status().isForbidden());
        post("/api/v1/remedy-plans/" + id + "/acceptance", staff, obj("acceptedOn", "2019-10-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", contains("items[0].deadline", "items[1].deadline")));
        read("/api/v1/remedy-plans/" + id, staff).andExpect(jsonPath("$.canAccept").value(true));
        String accepted = body(post("/api/v1/remedy-plans/" + id + "/acceptance", staff, obj("acceptedOn", "2019-03-20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptedOn").value("2019-03-20"))
                .andExpect(jsonPath("$.items[0].followUpState").value("OPEN"))
                .andExpect(jsonPath("$.items[0].late").value(true)));
        long task = ((Number) JsonPath.read(accepted, "$.items[0].followUpId")).longValue();
        read("/api/v1/follow-ups/" + task, districtBoard).andExpect(status().isOk())
                .andExpect(jsonPath("$.source.kind").value("REMEDY_PLAN"))
                .andExpect(jsonPath("$.source.id").value(id))
                .andExpect(jsonPath("$.ownerCode").value(p + "-D"))
                .andExpect(jsonPath("$.verifierCode").value(p + "-P"))
                .andExpect(jsonPath("$.openedOn").value("2019-03-20"))
                .andExpect(jsonPath("$.deadline").value("2019-09-30"))
                .andExpect(jsonPath("$.description").value("Tổ chức học tập lý luận cho cán bộ, đảng viên"));
        read("/api/v1/follow-ups?unitCode=" + p + "-D&sourceKind=REMEDY_PLAN&state=ALL", staff)
                .andExpect(jsonPath("$.total").value(2));
        post("/api/v1/remedy-plans/" + id + "/acceptance", staff, obj()).andExpect(status().isConflict());
        read("/api/v1/remedy-plans?unitCode=" + p + "-P&year=2019", staff).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(id));
        read("/api/v1/remedy-plans?unitCode=" + p + "-C&year=2019", staff).andExpect(jsonPath("$", hasSize(0)));

        // the head's plan: only the member heading the unit on the date; the tasks are theirs
        long headId = member.get("Nguyễn Văn An");
        asSystem(() -> {
            var term = committees.openTerm(p + "-D", "2015–2020", LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 1));
            committees.appoint(p + "-D", term.id(), headId, "SECRETARY", true, null);
        });
        Map<String, Object> headPlan = obj("unitCode", p + "-D", "headMemberId", member.get("Trần Thị Bình"), "year", 2019,
                "title", "Kế hoạch của Bí thư Huyện ủy", "adoptedOn", "2019-03-15", "items", List.of(obj("text",
                        "Đi cơ sở mỗi tháng", "codes", List.of("G2.5"), "deadline", "2019-12-31")));
        post("/api/v1/remedy-plans", districtBoard, headPlan).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("headMemberId"));
        headPlan.put("headMemberId", headId);
        long headPlanId = id(post("/api/v1/remedy-plans", districtBoard, headPlan).andExpect(status().isCreated())
                .andExpect(jsonPath("$.headName").value("Nguyễn Văn An")));
        long headTask = ((Number) JsonPath.read(body(post("/api/v1/remedy-plans/" + headPlanId + "/acceptance", staff,
                obj("acceptedOn", "2019-03-20")).andExpect(status().isOk())), "$.items[0].followUpId")).longValue();
        read("/api/v1/follow-ups/" + headTask, staff).andExpect(jsonPath("$.ownerMemberId").value(headId));
        // a plan without items or codes, or with a deadline before its date
        post("/api/v1/remedy-plans", districtBoard, obj("unitCode", p + "-C", "title", "Kế hoạch", "adoptedOn",
                "2019-03-12", "items", List.of(obj("text", "Việc", "deadline", "2019-01-01"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("items[0].codes", "items[0].deadline")));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'REMEDY_PLAN' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).as("recorded, accepted").isEqualTo(2);
    }

    // ---- commitments ----

    private Map<String, Object> commitment(String name, String cell) {
        return obj("memberId", member.get(name), "cellCode", p + cell, "year", 2019, "codes", List.of("G1.5", "G1.3"),
                "actions", List.of("Thẳng thắn góp ý trong sinh hoạt chi bộ", "  ", "Học tập nghị quyết đầy đủ"), "signedOn",
                "2019-03-25");
    }

    @Test
    void commitmentsAreRecordedByTheMemberOrOnTheirBehalfByTheSecretaryAndCheckedAtTheReview() throws Exception {
        long own = id(post("/api/v1/commitments", an, commitment("Nguyễn Văn An", "-C1")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedOnBehalf").value(false))
                .andExpect(jsonPath("$.codes", contains("G1.3", "G1.5")))
                .andExpect(jsonPath("$.actions", contains("Thẳng thắn góp ý trong sinh hoạt chi bộ",
                        "Học tập nghị quyết đầy đủ")))
                .andExpect(jsonPath("$.dueBy").value("2019-12-31"))
                .andExpect(jsonPath("$.cellName").value("Chi bộ ấp Trà Phô")));
        long behalf = id(post("/api/v1/commitments", secretary, commitment("Trần Thị Bình", "-C1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedOnBehalf").value(true))
                .andExpect(jsonPath("$.recordedBy").value(secretary.username()))
                .andExpect(jsonPath("$.recordedByName").value("Cán bộ " + secretary.username())));
        assertThat(jdbc.sql("""
                select changes ->> 'recordedOnBehalf' from audit_event where action = 'COMMITMENT_RECORDED' and entity_id = ?""")
                .param(String.valueOf(behalf)).query(String.class).single()).isEqualTo("true");
        assertThat(jdbc.sql("select summary from audit_event where action = 'COMMITMENT_RECORDED' and entity_id = ?")
                .param(String.valueOf(behalf)).query(String.class).single()).contains("ghi thay");
        // a member of another cell is refused; a member does not record for someone else; once per member and year
        post("/api/v1/commitments", secretary, commitment("Phạm Văn Dũng", "-C1")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"));
        post("/api/v1/commitments", secretary, commitment("Phạm Văn Dũng", "-C2")).andExpect(status().isNotFound());
        post("/api/v1/commitments", an, commitment("Lê Văn Cường", "-C1")).andExpect(status().isForbidden());
        post("/api/v1/commitments", secretary, commitment("Trần Thị Bình", "-C1")).andExpect(status().isConflict());
        post("/api/v1/commitments", secretary, obj("memberId", member.get("Lê Văn Cường"), "cellCode", p + "-C1", "year",
                2019, "codes", List.of("G9.9"), "actions", List.of(" "), "signedOn", "2017-01-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("signedOn", "codes", "actions")));

        // the cell's year: who has signed and who has not
        read("/api/v1/commitments?unitCode=" + p + "-C1&year=2019", secretary).andExpect(status().isOk())
                .andExpect(jsonPath("$.members").value(3))
                .andExpect(jsonPath("$.signed").value(2))
                .andExpect(jsonPath("$.unchecked").value(2))
                .andExpect(jsonPath("$.canRecord").value(true))
                .andExpect(jsonPath("$.lines[?(@.memberName == 'Lê Văn Cường')].commitment").value(contains((Object) null)));
        read("/api/v1/commitments?unitCode=" + p + "-C1&year=2019", an).andExpect(status().isForbidden());

        // checked at the review: by the secretary, not by the member; a note unless kept
        post("/api/v1/commitments/" + own + "/check", an, obj("outcome", "KEPT")).andExpect(status().isForbidden());
        post("/api/v1/commitments/" + own + "/check", secretary, obj("outcome", "KEPT", "checkedOn", "2019-12-20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("KEPT"))
                .andExpect(jsonPath("$.checkedOn").value("2019-12-20"))
                .andExpect(jsonPath("$.checkedByName").value("Cán bộ " + secretary.username()));
        post("/api/v1/commitments/" + behalf + "/check", secretary, obj("outcome", "NOT_KEPT", "checkedOn", "2019-12-20"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("note"));
        post("/api/v1/commitments/" + behalf + "/check", secretary, obj("outcome", "MAYBE", "note", "x"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        post("/api/v1/commitments/" + behalf + "/check", secretary, obj("outcome", "NOT_KEPT", "note",
                "Vắng sinh hoạt nhiều lần", "checkedOn", "2019-03-01")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("checkedOn"));
        post("/api/v1/commitments/" + behalf + "/check", secretary, obj("outcome", "NOT_KEPT", "note",
                "Vắng sinh hoạt nhiều lần", "checkedOn", "2019-12-20")).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("NOT_KEPT"))
                .andExpect(jsonPath("$.outcomeNote").value("Vắng sinh hoạt nhiều lần"));
        read("/api/v1/commitments?unitCode=" + p + "-C1&year=2019", staff)
                .andExpect(jsonPath("$.kept").value(1)).andExpect(jsonPath("$.notKept").value(1))
                .andExpect(jsonPath("$.unchecked").value(0));

        // the member's commitments and outcomes per year (for the evaluation): their own, the cell's readers
        read("/api/v1/commitments/members/" + member.get("Nguyễn Văn An"), an).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].outcome").value("KEPT"))
                .andExpect(jsonPath("$[0].year").value(2019));
        read("/api/v1/commitments/members/" + member.get("Trần Thị Bình") + "?year=2019", districtBoard)
                .andExpect(jsonPath("$[0].outcome").value("NOT_KEPT"));
        read("/api/v1/commitments/members/" + member.get("Trần Thị Bình") + "?year=2020", districtBoard)
                .andExpect(jsonPath("$", hasSize(0)));
        read("/api/v1/commitments/members/" + member.get("Trần Thị Bình"), an).andExpect(status().isNotFound());
        read("/api/v1/commitments/" + behalf, an).andExpect(status().isNotFound());
        read("/api/v1/commitments/" + own, an).andExpect(status().isOk()).andExpect(jsonPath("$.canCheck").value(false));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'COMMITMENT_CHECKED' and entity_id = ?")
                .param(String.valueOf(behalf)).query(Long.class).single()).isEqualTo(1);
    }

    // ---- another province ----

    @Test
    void anotherProvinceFindsNoneOfIt() throws Exception {
        long expression = identify(staff, "-D", 2019, List.of("G1.3"), "Bí mật của huyện");
        long plan = id(post("/api/v1/remedy-plans", staff, obj("unitCode", p + "-D", "year", 2019, "title", "Kế hoạch",
                "adoptedOn", "2019-03-12", "items", List.of(obj("text", "Việc", "codes", List.of("G1.3"), "deadline",
                        "2019-12-31")))).andExpect(status().isCreated()));
        long commitment = id(post("/api/v1/commitments", secretary, commitment("Lê Văn Cường", "-C1"))
                .andExpect(status().isCreated()));
        for (String url : List.of("/api/v1/expressions?unitCode=" + p + "-D", "/api/v1/expressions/" + expression,
                "/api/v1/remedy-plans?unitCode=" + p + "-D", "/api/v1/remedy-plans/" + plan,
                "/api/v1/commitments?unitCode=" + p + "-C1&year=2019", "/api/v1/commitments/" + commitment,
                "/api/v1/commitments/members/" + member.get("Lê Văn Cường"))) {
            read(url, outsider).andExpect(status().isNotFound());
        }
        post("/api/v1/expressions", outsider, obj("unitCode", p + "-D", "codes", List.of("G1.3"), "wording", "x",
                "sourceKind", "x", "identifiedBy", "x")).andExpect(status().isNotFound());
        post("/api/v1/remedy-plans", outsider, obj("unitCode", p + "-D", "title", "x", "items", List.of()))
                .andExpect(status().isNotFound());
        post("/api/v1/remedy-plans/" + plan + "/acceptance", outsider, obj()).andExpect(status().isNotFound());
        post("/api/v1/commitments", outsider, commitment("Nguyễn Văn An", "-C1")).andExpect(status().isNotFound());
        post("/api/v1/commitments/" + commitment + "/check", outsider, obj("outcome", "KEPT"))
                .andExpect(status().isNotFound());
        read("/api/v1/expressions?unitCode=" + p + "-Q", outsider).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        read("/api/v1/remedy-plans/" + plan, staff).andExpect(jsonPath("$.state").value("RECORDED"));
        assertThat(jdbc.sql("select count(*) from commitment where id = ? and outcome is null").param(commitment)
                .query(Long.class).single()).as("not checked").isEqualTo(1);
        read("/api/v1/expressions?unitCode=" + p + "-P", staff)
                .andExpect(jsonPath("$.items[*].wording", hasItem("Bí mật của huyện")));
    }
}
