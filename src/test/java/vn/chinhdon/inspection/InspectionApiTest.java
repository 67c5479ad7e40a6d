package vn.chinhdon.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.WorkingDays;

/**
 * A province's inspection commission inspects a district through the API: the procedure from the proposal to the
 * archive, dated and attributed, with each of its refusals; the delegation and its conflicts of interest; the time
 * limit by level and its one extension; findings, recommendations and the conclusion whose requirements become
 * follow-up tasks; the overview; the delegation's reading of the targets while the inspection runs; and nothing of
 * it for a user of another province.
 */
class InspectionApiTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final String API = "/api/v1/inspections";

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;


    @Autowired
    Clock clock;

    /** Today in the application's time zone (Vietnam). */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An account and the request post-processor acting as it. */
    private record Who(String username, RequestPostProcessor as) {
    }

    private String p;
    private Who commission;
    private Who districtCommission;
    private Who districtStaff;
    private Who outsider;
    /** Reads the province, manages no inspection. */
    private Who board;
    private final Map<String, Long> member = new LinkedHashMap<>();

    @BeforeEach
    void tree() {
        p = unique("ins");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, FROM),
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Long An", "PROVINCIAL", p + "-R", FROM),
                new UnitImportRow(p + "-PK", "Chi bộ cơ quan Ủy ban Kiểm tra Tỉnh ủy", "GRASSROOTS_CELL", p + "-P", FROM),
                new UnitImportRow(p + "-D", "Đảng bộ thành phố Tân An", "DIRECTLY_UNDER", p + "-P", FROM),
                new UnitImportRow(p + "-DK", "Chi bộ cơ quan Ủy ban Kiểm tra Thành ủy", "GRASSROOTS_CELL", p + "-D", FROM),
                new UnitImportRow(p + "-C", "Đảng bộ Phường 1", "GRASSROOTS_COMMITTEE", p + "-D", FROM),
                new UnitImportRow(p + "-C1", "Chi bộ Khu phố 1", "GRASSROOTS_CELL", p + "-C", FROM),
                new UnitImportRow(p + "-D2", "Đảng bộ huyện Cần Giuộc", "DIRECTLY_UNDER", p + "-P", FROM),
                new UnitImportRow(p + "-D2C", "Chi bộ Ấp 3", "GRASSROOTS_CELL", p + "-D2", FROM),
                new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", p + "-R", FROM)), 1));
        birthDate = LocalDate.of(1960, 1, 1).plusDays(BIRTHDAYS.incrementAndGet());
        asSystem(() -> members.importMembers(List.of(
                row("Nguyễn Văn An", "-PK"), row("Trần Thị Bình", "-PK"), row("Lê Văn Cường", "-PK"),
                row("Phạm Thị Dung", "-PK"), row("Hoàng Văn Em", "-PK"), row("Vũ Thị Giang", "-PK"),
                row("Trương Văn Khoa", "-DK"), row("Ngô Thị Mai", "-DK"), row("Lý Văn Nam", "-DK"),
                row("Đặng Văn Hùng", "-C1"), row("Bùi Thị Lan", "-C1"), row("Đỗ Văn Minh", "-D2C")), 1));
        asSystem(() -> members.search(p + "-P", null, null, 0, 50).items().forEach(m -> member.put(m.fullName(), m.id())));
        commission = who("INSPECTION_COMMISSION", p + "-P");
        districtCommission = who("INSPECTION_COMMISSION", p + "-D");
        districtStaff = who("COMMITTEE_STAFF", p + "-D");
        outsider = who("COMMITTEE_STAFF", p + "-Q");
        board = who("ORGANIZATION_BOARD", p + "-P");
    }

    /** The same names in every test: a birth date of the test's own tells the people apart. */
    private static final java.util.concurrent.atomic.AtomicInteger BIRTHDAYS = new java.util.concurrent.atomic.AtomicInteger();

    private LocalDate birthDate;

    private MemberImportRow row(String name, String unit) {
        return new MemberImportRow(null, name, name.contains("Thị") ? "Nữ" : "Nam", birthDate.toString(), "2000-01-01",
                null, p + unit, null);
    }

    private Who who(String role, String unitCode) {
        String username = unique("u");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Cán bộ " + username, null,
                List.of(new UserManagement.GrantRequest(role, unitCode)))));
        return new Who(username, as(username));
    }

    // ---- requests ----


    private ResultActions post(String url, Who who, Map<String, Object> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(who.as()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private ResultActions read(String url, Who who) throws Exception {
        return mvc.perform(get(url).with(who.as()));
    }


    private static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(body(result), path)).longValue();
    }

    /** Registers a document of the unit through the API (the commission manages the documents of its subtree). */
    private long document(String number, String unit, String issuedOn) throws Exception {
        return id(post("/api/v1/documents", commission, obj("number", number, "issuerUnitCode", p + unit, "issuedOn",
                issuedOn, "title", "Văn bản " + number)).andExpect(status().isCreated()), "$.id");
    }

    /** The period inspected: the last four whole years (within the last five). */
    private Map<String, Object> proposal(String unit, String title, List<String> targetUnits, List<Long> targetMembers) {
        return proposal(unit, title, targetUnits, targetMembers, null);
    }

    /**
     * A proposal made on a date ({@code proposedOn}, null: today), to tell the story of an inspection of the past
     * with fixed dates; the period inspected: the four whole years before that date.
     */
    private Map<String, Object> proposal(String unit, String title, List<String> targetUnits, List<Long> targetMembers,
            LocalDate on) {
        LocalDate periodFrom = (on == null ? today() : on).minusYears(4).withDayOfYear(1);
        LocalDate periodTo = periodFrom.plusYears(4).minusDays(1);
        Map<String, Object> body = obj("unitCode", p + unit, "body", "COMMISSION", "kind", "THEMATIC_INSPECTION",
                "title", title, "periodFrom", periodFrom.toString(), "periodTo", periodTo.toString(), "plan",
                "Kế hoạch kiểm tra", "targetUnitCodes", targetUnits.stream().map(u -> p + u).toList(), "targetMemberIds",
                targetMembers);
        if (on != null) {
            body.put("proposedOn", on.toString());
        }
        return body;
    }

    private long propose(Who who, String unit, String title, String... targets) throws Exception {
        return proposeOn(null, who, unit, title, targets);
    }

    private long proposeOn(LocalDate on, Who who, String unit, String title, String... targets) throws Exception {
        return id(post(API, who, proposal(unit, title, List.of(targets), List.of(), on)).andExpect(status().isCreated()),
                "$.id");
    }

    private ResultActions delegate(long id, Who who, String name, String role) throws Exception {
        return post(API + "/" + id + "/delegates", who, obj("memberId", member.get(name), "role", role));
    }

    /** A delegation of three from the commission's cell: head, member, secretary. */
    private void delegation(long id, Who who) throws Exception {
        delegate(id, who, "Nguyễn Văn An", "HEAD").andExpect(status().isCreated());
        delegate(id, who, "Trần Thị Bình", "MEMBER").andExpect(status().isCreated());
        delegate(id, who, "Lê Văn Cường", "SECRETARY").andExpect(status().isCreated());
    }

    /** The delegation of the district's commission, from its own cell. */
    private void districtDelegation(long id) throws Exception {
        delegate(id, districtCommission, "Trương Văn Khoa", "HEAD").andExpect(status().isCreated());
        delegate(id, districtCommission, "Ngô Thị Mai", "MEMBER").andExpect(status().isCreated());
        delegate(id, districtCommission, "Lý Văn Nam", "SECRETARY").andExpect(status().isCreated());
    }

    private ResultActions step(long id, Who who, String step, Object on, Object... more) throws Exception {
        Map<String, Object> b = obj("step", step, "on", on == null ? null : on.toString());
        b.putAll(obj(more));
        return post(API + "/" + id + "/steps", who, b);
    }

    /** PROPOSED → … → DRAFT_REPORT, every step on the date given (or today), by the issuing side. */
    private void runToDraftReport(long id, Who who, long decision, LocalDate on) throws Exception {
        step(id, who, "DECIDED", on, "decisionDocumentId", decision).andExpect(status().isOk());
        step(id, who, "KICKED_OFF", on).andExpect(status().isOk());
        step(id, who, "SELF_REPORT_SUBMITTED", on, "report", "Báo cáo tự kiểm tra").andExpect(status().isOk());
        step(id, who, "VERIFYING", on).andExpect(status().isOk());
        step(id, who, "DRAFT_REPORT", on, "report", "Dự thảo báo cáo kết quả kiểm tra").andExpect(status().isOk());
    }

    private long target(long id, Who who, String unit) throws Exception {
        List<Object> ids = JsonPath.read(body(read(API + "/" + id, who)), "$.targets[?(@.unitCode == '" + p + unit + "')].id");
        return ((Number) ids.get(0)).longValue();
    }

    /** The id of the inspection's target that is a member. */
    private long memberTarget(long id) throws Exception {
        List<Object> ids = JsonPath.read(body(read(API + "/" + id, commission)), "$.targets[?(@.memberId != null)].id");
        return ((Number) ids.get(0)).longValue();
    }

    private ResultActions finding(long id, Who who, long targetId) throws Exception {
        return post(API + "/" + id + "/findings", who, obj("targetId", targetId, "kind", "SHORTCOMING", "text",
                "Sinh hoạt chi bộ chưa đều", "causeKind", "SUBJECTIVE", "cause", "Cấp ủy chưa sâu sát",
                "responsibility", "COLLECTIVE", "degradationCodes", List.of("G2.1")));
    }

    /** A date as the Vietnamese messages write it. */
    private static String vi(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private long version(long id) throws Exception {
        return id(read(API + "/" + id, commission), "$.version");
    }

    // ---- the procedure ----

    @Test
    void theWholeProcedureFromProposalToArchiveDatedAndAttributed() throws Exception {
        long decision = document("12-QĐ/UBKTTU", "-P", "2025-12-02");
        long notice = document("05-TB/UBKTTU", "-P", "2026-01-29");
        String title = "Kiểm tra việc thực hiện Quy định 37-QĐi/TW về những điều đảng viên không được làm";
        long id = id(post(API, commission, proposal("-P", title, List.of("-D"), List.of(), LocalDate.of(2025, 12, 1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stepOn").value("2025-12-01"))
                .andExpect(jsonPath("$.step").value("PROPOSED")).andExpect(jsonPath("$.unitCode").value(p + "-P"))
                .andExpect(jsonPath("$.targets[0].unitName").value("Đảng bộ thành phố Tân An"))
                .andExpect(jsonPath("$.actions.next").value("DECIDED")), "$.id");
        String url = API + "/" + id;
        delegation(id, commission);
        delegate(id, commission, "Phạm Thị Dung", "DEPUTY").andExpect(status().isCreated());

        // a step cannot be skipped: 409, and nothing changes
        long before = version(id);
        step(id, commission, "KICKED_OFF", "2025-12-03").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Không thể chuyển từ bước Đề xuất sang Triển khai: bước tiếp theo "
                        + "phải là Có quyết định, không được bỏ qua bước nào."));
        step(id, commission, "CONCLUDED", "2025-12-03").andExpect(status().isConflict());
        mvc.perform(MockMvcRequestBuilders.post(url + "/steps").with(commission.as()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"step\": \"VERIFYING\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Cannot move from Proposed to Verifying: the next step is Decided; "
                        + "no step may be skipped."));
        read(url, commission).andExpect(jsonPath("$.step").value("PROPOSED")).andExpect(jsonPath("$.steps", hasSize(1)))
                .andExpect(jsonPath("$.version").value(before));
        // a stale version is refused
        step(id, commission, "DECIDED", "2025-12-03", "decisionDocumentId", decision, "version", before - 1)
                .andExpect(status().isConflict());

        step(id, commission, "DECIDED", "2025-12-03", "decisionDocumentId", decision, "version", before)
                .andExpect(status().isOk()).andExpect(jsonPath("$.step").value("DECIDED"))
                .andExpect(jsonPath("$.decision.number").value("12-QĐ/UBKTTU"))
                .andExpect(jsonPath("$.delegationApproval").doesNotExist());
        // the provincial level's time limit, 45 days, starts at the kick-off
        step(id, commission, "KICKED_OFF", "2025-12-05").andExpect(status().isOk())
                .andExpect(jsonPath("$.limitDays").value(45)).andExpect(jsonPath("$.limitWorkingDays").value(false))
                .andExpect(jsonPath("$.startedOn").value("2025-12-05")).andExpect(jsonPath("$.dueOn").value("2026-01-19"));
        // one extension of at most a third (15 days)
        post(url + "/extension", commission, obj("days", 16, "reason", "Đối tượng có nhiều nội dung phức tạp"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].message").value("Số ngày gia hạn từ 1 đến 15 (không quá một phần ba thời hạn)."));
        post(url + "/extension", commission, obj("days", 15, "reason", "Đối tượng có nhiều nội dung phức tạp"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.extensionDays").value(15))
                .andExpect(jsonPath("$.dueOn").value("2026-02-03")).andExpect(jsonPath("$.extendedOn").value(today().toString()));
        post(url + "/extension", commission, obj("days", 1, "reason", "Lần nữa")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("chỉ gia hạn một lần")));
        // the target's side submits its self-report
        step(id, districtStaff, "SELF_REPORT_SUBMITTED", "2025-12-20", "report", "Báo cáo tự kiểm tra của Thành ủy Tân An")
                .andExpect(status().isOk());
        // not before the previous step's date, not in the future
        step(id, commission, "VERIFYING", "2025-12-19").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        step(id, commission, "VERIFYING", today().plusDays(1)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        step(id, commission, "VERIFYING", "2026-01-05").andExpect(status().isOk());
        post(url + "/diary", commission, obj("entryOn", "2026-01-06", "text", "Làm việc với Ban Thường vụ Thành ủy"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.diary[0].entryOn").value("2026-01-06"));
        long targetId = target(id, commission, "-D");
        finding(id, commission, targetId).andExpect(status().isCreated());
        step(id, commission, "DRAFT_REPORT", "2026-01-20", "report", "Dự thảo báo cáo kết quả").andExpect(status().isOk());

        // the conclusion: each requirement becomes a follow-up task of the target; the archive is due 15 working days
        // later, across Tết Bính Ngọ (16–20/02/2026 off): 30/01/2026 → 27/02/2026
        post(url + "/conclusion", commission, obj("documentId", notice, "summary", "Thông báo kết luận kiểm tra",
                "on", "2026-01-30", "requirements", List.of(
                        obj("targetId", targetId, "text", "Khắc phục việc sinh hoạt chi bộ chưa đều", "deadline", "2026-03-31"),
                        obj("targetId", targetId, "text", "Báo cáo kết quả khắc phục", "deadlineWorkingDays", 20))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.step").value("CONCLUDED"))
                .andExpect(jsonPath("$.concludedOn").value("2026-01-30")).andExpect(jsonPath("$.concludedLate").value(false))
                .andExpect(jsonPath("$.conclusion.number").value("05-TB/UBKTTU"))
                .andExpect(jsonPath("$.archiveDueOn").value("2026-02-27"))
                .andExpect(jsonPath("$.requirements", hasSize(2)))
                .andExpect(jsonPath("$.requirements[0].deadline").value("2026-03-06"))
                .andExpect(jsonPath("$.requirements[1].deadline").value("2026-03-31"))
                .andExpect(jsonPath("$.requirements[*].state").value(contains("OPEN", "OPEN")));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 1, 30), 15)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 1, 30), 20)).isEqualTo(LocalDate.of(2026, 3, 6));
        long task = id(read(url, commission), "$.requirements[1].followUpId");
        read("/api/v1/follow-ups/" + task, commission).andExpect(status().isOk())
                .andExpect(jsonPath("$.source.kind").value("INSPECTION")).andExpect(jsonPath("$.source.id").value(id))
                .andExpect(jsonPath("$.source.label").value("Thông báo kết luận 05-TB/UBKTTU: " + title))
                .andExpect(jsonPath("$.ownerCode").value(p + "-D")).andExpect(jsonPath("$.verifierCode").value(p + "-P"))
                .andExpect(jsonPath("$.openedOn").value("2026-01-30")).andExpect(jsonPath("$.deadline").value("2026-03-31"))
                .andExpect(jsonPath("$.state").value("OPEN"));
        read("/api/v1/follow-ups/" + task, districtStaff).andExpect(jsonPath("$.canSubmit").value(true));

        // past the archive's due date and not archived: overdue
        read(url, commission).andExpect(jsonPath("$.archiveOverdue").value(true));
        mvc.perform(get(API).param("unitCode", p + "-P").param("overdue", "true").with(commission.as()))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) id)))
                .andExpect(jsonPath("$.items[0].archiveDueOn").value("2026-02-27"))
                .andExpect(jsonPath("$.items[0].overdue").value(true));
        step(id, commission, "FOLLOW_UP", "2026-02-02").andExpect(status().isOk());
        // archived after its due date: recorded as late
        step(id, commission, "ARCHIVED", "2026-03-02", "note", "Lưu hồ sơ cuộc kiểm tra").andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("ARCHIVED")).andExpect(jsonPath("$.archivedOn").value("2026-03-02"))
                .andExpect(jsonPath("$.archiveOverdue").value(true))
                .andExpect(jsonPath("$.steps[*].step").value(contains("PROPOSED", "DECIDED", "KICKED_OFF",
                        "SELF_REPORT_SUBMITTED", "VERIFYING", "DRAFT_REPORT", "CONCLUDED", "FOLLOW_UP", "ARCHIVED")))
                .andExpect(jsonPath("$.steps[*].occurredOn").value(contains("2025-12-01", "2025-12-03", "2025-12-05",
                        "2025-12-20", "2026-01-05", "2026-01-20", "2026-01-30", "2026-02-02", "2026-03-02")))
                .andExpect(jsonPath("$.steps[*].actor").value(contains(commission.username(), commission.username(),
                        commission.username(), districtStaff.username(), commission.username(), commission.username(),
                        commission.username(), commission.username(), commission.username())))
                .andExpect(jsonPath("$.steps[3].actorName").value("Cán bộ " + districtStaff.username()))
                .andExpect(jsonPath("$.steps[8].note").value("Lưu hồ sơ cuộc kiểm tra"))
                .andExpect(jsonPath("$.actions.next").doesNotExist());
        step(id, commission, "ARCHIVED", null).andExpect(status().isConflict());
        mvc.perform(get(API).param("unitCode", p + "-P").param("overdue", "true").with(commission.as()))
                .andExpect(jsonPath("$.total").value(0));
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'INSPECTION' and entity_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("INSPECTION_PROPOSED",
                        "INSPECTION_DELEGATE_ADDED", "INSPECTION_DELEGATE_ADDED", "INSPECTION_DELEGATE_ADDED",
                        "INSPECTION_DELEGATE_ADDED", "INSPECTION_STEP", "INSPECTION_STEP", "INSPECTION_EXTENDED",
                        "INSPECTION_STEP", "INSPECTION_STEP", "INSPECTION_DIARY", "INSPECTION_FINDING", "INSPECTION_STEP",
                        "INSPECTION_CONCLUDED", "INSPECTION_STEP", "INSPECTION_STEP");
        assertThat(jdbc.sql("""
                select summary from audit_event where entity_type = 'INSPECTION' and entity_id = ? order by id desc limit 1""")
                .param(String.valueOf(id)).query(String.class).single()).contains("quá hạn lưu trữ 2026-02-27");
    }

    @Test
    void theDecisionNeedsItsDocumentAHeadAndADelegationOfThreeToFive() throws Exception {
        long decision = document("14-QĐ/UBKTTU", "-P", "2026-01-02");
        long notice = document("06-TB/UBKTTU", "-P", "2026-01-02");
        long districtDecision = document("03-QĐ/HU", "-D", "2026-01-02");
        long id = proposeOn(LocalDate.of(2026, 1, 5), commission, "-P", "Kiểm tra khi có dấu hiệu vi phạm", "-D");
        String url = API + "/" + id;
        delegate(id, commission, "Trần Thị Bình", "MEMBER").andExpect(status().isCreated());
        delegate(id, commission, "Lê Văn Cường", "SECRETARY").andExpect(status().isCreated());
        // a second secretary is refused
        delegate(id, commission, "Phạm Thị Dung", "SECRETARY").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        long before = version(id);

        // no decision, a delegation of 2, no head: every problem at once, nothing changes
        step(id, commission, "DECIDED", "2026-01-06").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("decisionDocumentId", "delegationApproval", "delegates")))
                .andExpect(jsonPath("$.errors[0].message").value("Cần quyết định thành lập đoàn (văn bản đã vào sổ)."))
                .andExpect(jsonPath("$.errors[1].message").value("Đoàn có 2 người; đoàn kiểm tra gồm từ 3 đến 5 người, "
                        + "trường hợp khác cần ghi ý kiến chấp thuận."))
                .andExpect(jsonPath("$.errors[2].message").value("Đoàn cần có trưởng đoàn."));
        // the decision is a QĐ of the issuing unit, issued by the step's date
        step(id, commission, "DECIDED", "2026-01-06", "decisionDocumentId", notice).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Văn bản 06-TB/UBKTTU không phải là quyết định (QĐ)."));
        step(id, commission, "DECIDED", "2026-01-06", "decisionDocumentId", districtDecision)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Văn bản 03-QĐ/HU không do Đảng bộ tỉnh Long An ban hành."));
        step(id, commission, "DECIDED", "2026-01-06", "decisionDocumentId", 999_999_999L)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("decisionDocumentId"));
        read(url, commission).andExpect(jsonPath("$.step").value("PROPOSED")).andExpect(jsonPath("$.version").value(before))
                .andExpect(jsonPath("$.decision").doesNotExist());

        // a head and three more: six, refused without an approval, recorded with one
        delegate(id, commission, "Nguyễn Văn An", "HEAD").andExpect(status().isCreated());
        delegate(id, commission, "Phạm Thị Dung", "DEPUTY").andExpect(status().isCreated());
        delegate(id, commission, "Hoàng Văn Em", "MEMBER").andExpect(status().isCreated());
        delegate(id, commission, "Vũ Thị Giang", "MEMBER").andExpect(status().isCreated());
        step(id, commission, "DECIDED", "2026-01-06", "decisionDocumentId", decision)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("delegationApproval")))
                .andExpect(jsonPath("$.errors[0].message", containsString("Đoàn có 6 người")));
        step(id, commission, "DECIDED", "2026-01-06", "decisionDocumentId", decision, "delegationApproval",
                "Thường trực Ủy ban Kiểm tra đồng ý đoàn 6 người (phiếu trình ngày 05/01/2026)")
                .andExpect(status().isOk()).andExpect(jsonPath("$.step").value("DECIDED"))
                .andExpect(jsonPath("$.delegationApproval")
                        .value("Thường trực Ủy ban Kiểm tra đồng ý đoàn 6 người (phiếu trình ngày 05/01/2026)"))
                .andExpect(jsonPath("$.delegates[0].role").value("HEAD"))
                .andExpect(jsonPath("$.delegates[0].name").value("Nguyễn Văn An"));
        // after the decision the delegation and targets are fixed
        delegate(id, commission, "Đỗ Văn Minh", "MEMBER").andExpect(status().isConflict());
        post(url + "/targets", commission, obj("unitCodes", List.of(p + "-D2"))).andExpect(status().isConflict());
    }

    @Test
    void theDecisionOfADelegationOfTwoNeedsAnApprovalToo() throws Exception {
        long decision = document("15-QĐ/UBKTTU", "-P", "2026-01-02");
        long id = propose(commission, "-P", "Giám sát chuyên đề", "-D");
        delegate(id, commission, "Nguyễn Văn An", "HEAD").andExpect(status().isCreated());
        delegate(id, commission, "Trần Thị Bình", "SECRETARY").andExpect(status().isCreated());
        step(id, commission, "DECIDED", null, "decisionDocumentId", decision).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("delegationApproval")));
        step(id, commission, "DECIDED", null, "decisionDocumentId", decision, "delegationApproval", "Đồng ý đoàn 2 người")
                .andExpect(status().isOk()).andExpect(jsonPath("$.delegationApproval").value("Đồng ý đoàn 2 người"))
                .andExpect(jsonPath("$.steps[1].occurredOn").value(today().toString()));
    }

    @Test
    void aDelegateRelatedToATargetIsRefusedUnlessAnApprovalIsRecorded() throws Exception {
        long lan = member.get("Bùi Thị Lan");
        long id = id(post(API, commission, proposal("-P", "Kiểm tra Đảng ủy Phường 1", List.of("-C"), List.of(lan)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.targets", hasSize(2)))
                .andExpect(jsonPath("$.targets[1].memberName").value("Bùi Thị Lan")), "$.id");
        String url = API + "/" + id;
        long before = version(id);
        // belongs to a target unit
        delegate(id, commission, "Đặng Văn Hùng", "MEMBER").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("approval"))
                .andExpect(jsonPath("$.errors[0].message").value("Đặng Văn Hùng có xung đột lợi ích (sinh hoạt trong "
                        + "Đảng bộ Phường 1 (đối tượng kiểm tra)): chỉ được tham gia đoàn khi có ý kiến chấp thuận được ghi lại."));
        // is a target member
        delegate(id, commission, "Bùi Thị Lan", "MEMBER").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("là đối tượng kiểm tra")));
        // declares a conflict
        post(url + "/delegates", commission, obj("memberId", member.get("Trần Thị Bình"), "role", "MEMBER", "conflict",
                "Là em ruột của Bí thư Đảng ủy Phường 1")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("Là em ruột của Bí thư Đảng ủy Phường 1")));
        read(url, commission).andExpect(jsonPath("$.delegates", hasSize(0))).andExpect(jsonPath("$.version").value(before));

        // with an approval: they serve, and the conflict and approval are recorded
        post(url + "/delegates", commission, obj("memberId", member.get("Đặng Văn Hùng"), "role", "MEMBER", "approval",
                "Chủ nhiệm Ủy ban Kiểm tra đồng ý")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.delegates[0].name").value("Đặng Văn Hùng"))
                .andExpect(jsonPath("$.delegates[0].conflict").value("sinh hoạt trong Đảng bộ Phường 1 (đối tượng kiểm tra)"))
                .andExpect(jsonPath("$.delegates[0].approval").value("Chủ nhiệm Ủy ban Kiểm tra đồng ý"))
                .andExpect(jsonPath("$.delegates[0].approvedBy").value(commission.username()));
        post(url + "/delegates", commission, obj("memberId", member.get("Trần Thị Bình"), "role", "HEAD", "conflict",
                "Là em ruột của Bí thư Đảng ủy Phường 1", "approval", "Thường trực Ủy ban Kiểm tra đồng ý"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.delegates[0].conflict").value("Là em ruột của Bí thư Đảng ủy Phường 1"));
        // an approval without a conflict records nothing
        post(url + "/delegates", commission, obj("memberId", member.get("Lê Văn Cường"), "role", "SECRETARY", "approval",
                "Không cần")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.delegates[2].name").value("Lê Văn Cường"))
                .andExpect(jsonPath("$.delegates[2].conflict").doesNotExist())
                .andExpect(jsonPath("$.delegates[2].approval").doesNotExist());
        assertThat(jdbc.sql("""
                select changes ->> 'approval' from audit_event where entity_type = 'INSPECTION' and entity_id = ?
                  and action = 'INSPECTION_DELEGATE_ADDED' order by id""").param(String.valueOf(id)).query(String.class)
                .list()).containsExactly("Chủ nhiệm Ủy ban Kiểm tra đồng ý", "Thường trực Ủy ban Kiểm tra đồng ý", null);

        // a target added after a delegate joined: the conflict found then refuses the decision
        long decision = document("16-QĐ/UBKTTU", "-P", "2026-01-02");
        long other = propose(commission, "-P", "Kiểm tra Đảng bộ thành phố", "-D");
        delegate(other, commission, "Nguyễn Văn An", "HEAD").andExpect(status().isCreated());
        delegate(other, commission, "Lê Văn Cường", "SECRETARY").andExpect(status().isCreated());
        delegate(other, commission, "Đỗ Văn Minh", "MEMBER").andExpect(status().isCreated());
        post(API + "/" + other + "/targets", commission, obj("unitCodes", List.of(p + "-D2"), "version", version(other)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.targets", hasSize(2)));
        step(other, commission, "DECIDED", null, "decisionDocumentId", decision).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("delegates"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Đỗ Văn Minh có xung đột lợi ích")));
        long d2 = target(other, commission, "-D2");
        mvc.perform(delete(API + "/" + other + "/targets/" + d2).param("version", String.valueOf(version(other)))
                .with(commission.as())).andExpect(status().isOk()).andExpect(jsonPath("$.targets", hasSize(1)));
        long d = target(other, commission, "-D");
        mvc.perform(delete(API + "/" + other + "/targets/" + d).with(commission.as()))
                .andExpect(status().isUnprocessableContent());
        step(other, commission, "DECIDED", null, "decisionDocumentId", decision).andExpect(status().isOk());
    }

    @Test
    void theProposalIsValidatedAllAtOnceAndThePeriodIsAtMostTheLastFiveYears() throws Exception {
        long count = jdbc.sql("select count(*) from inspection").query(Long.class).single();
        LocalDate earliest = today().minusYears(5);
        post(API, commission, obj("unitCode", p + "-P", "body", "TINH_UY", "kind", "KIEM_TRA", "title", " ",
                "periodFrom", earliest.minusDays(1).toString(), "periodTo", today().plusDays(1).toString(),
                "targetUnitCodes", List.of(p + "-Q", p + "-P", "khong-co")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("body", "kind", "title", "periodFrom", "periodTo",
                        "targetUnitCodes", "targetUnitCodes", "targetUnitCodes")))
                .andExpect(jsonPath("$.errors[3].message").value("Mốc thời gian kiểm tra không quá 5 năm gần nhất: từ "
                        + vi(earliest)
                        + " trở về sau."))
                .andExpect(jsonPath("$.errors[5].message").value("Không tìm thấy đơn vị „" + p + "-Q“."))
                .andExpect(jsonPath("$.errors[6].message").value("Đảng bộ tỉnh Long An không thuộc phạm vi Đảng bộ tỉnh Long An: "
                        + "chỉ kiểm tra, giám sát tổ chức đảng và đảng viên cấp dưới."))
                .andExpect(jsonPath("$.errors[7].message").value("Không tìm thấy đơn vị „khong-co“."));
        post(API, commission, obj("unitCode", p + "-P", "body", "COMMISSION", "kind", "THEMATIC_INSPECTION", "title", "x",
                "periodFrom", "2025-01-01", "periodTo", "2024-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("periodTo", "targetUnitCodes")));
        assertThat(jdbc.sql("select count(*) from inspection").query(Long.class).single()).isEqualTo(count);
        // exactly five years back is allowed; the content documents are listed (an empty entry is ignored)
        long plan = document("196-KH/TU", "-P", "2025-06-13");
        post(API, commission, obj("unitCode", p + "-P", "body", "commission", "kind", "thematic_supervision", "title",
                "Giám sát chuyên đề", "periodFrom", earliest.toString(), "periodTo", today().toString(),
                "targetUnitCodes", List.of(p + "-D"), "documentIds", java.util.Arrays.asList(plan, null, plan)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.periodFrom").value(earliest.toString()))
                .andExpect(jsonPath("$.kind").value("THEMATIC_SUPERVISION"))
                .andExpect(jsonPath("$.documents[*].number").value(contains("196-KH/TU")));
        // a reader of the province who does not manage its inspections: refused; a unit below it: the province is
        // not found for it, nor is an unknown unit
        post(API, board, proposal("-P", "Kiểm tra", List.of("-D"), List.of())).andExpect(status().isForbidden());
        post(API, districtCommission, proposal("-P", "Kiểm tra cấp trên", List.of("-D"), List.of()))
                .andExpect(status().isNotFound());
        post(API, commission, proposal("-X", "Không có", List.of("-D"), List.of())).andExpect(status().isNotFound());
    }

    @Test
    void theTimeLimitByLevelAndOneExtensionOfAtMostAThird() throws Exception {
        mvc.perform(get("/api/v1/inspection-time-limits").with(districtStaff.as())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unitKind", contains("CENTRAL", "PROVINCIAL", "DIRECTLY_UNDER",
                        "GRASSROOTS_COMMITTEE", "PARTIAL_COMMITTEE", "GRASSROOTS_CELL", "SUBORDINATE_CELL")))
                .andExpect(jsonPath("$[?(@.unitKind == 'PROVINCIAL')].days").value(contains(45)))
                .andExpect(jsonPath("$[?(@.unitKind == 'DIRECTLY_UNDER')].days").value(contains(20)));
        long decision = document("04-QĐ/HU", "-D", "2026-03-02");
        long id = proposeOn(LocalDate.of(2026, 3, 2), districtCommission, "-D", "Kiểm tra Đảng ủy Phường 1", "-C");
        String url = API + "/" + id;
        districtDelegation(id);
        // no extension before the kick-off
        post(url + "/extension", districtCommission, obj("days", 3, "reason", "Sớm")).andExpect(status().isConflict());
        step(id, districtCommission, "DECIDED", "2026-03-03", "decisionDocumentId", decision).andExpect(status().isOk());
        // the level directly above the grassroots: 20 days from the kick-off
        step(id, districtCommission, "KICKED_OFF", "2026-03-04").andExpect(status().isOk())
                .andExpect(jsonPath("$.limitDays").value(20)).andExpect(jsonPath("$.dueOn").value("2026-03-24"))
                .andExpect(jsonPath("$.overdue").value(true)).andExpect(jsonPath("$.actions.canExtend").value(true));
        // at most a third of 20: 6; every problem at once
        post(url + "/extension", districtCommission, obj("days", 7, "reason", " ")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("days", "reason")))
                .andExpect(jsonPath("$.errors[0].message").value("Số ngày gia hạn từ 1 đến 6 (không quá một phần ba thời hạn)."));
        post(url + "/extension", who("ORGANIZATION_BOARD", p + "-D"), obj("days", 6, "reason", "Bổ sung hồ sơ"))
                .andExpect(status().isForbidden());
        post(url + "/extension", districtCommission, obj("days", 6, "reason", "Bổ sung hồ sơ", "version", version(id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dueOn").value("2026-03-30"))
                .andExpect(jsonPath("$.extensionReason").value("Bổ sung hồ sơ"))
                .andExpect(jsonPath("$.actions.canExtend").value(false));
        post(url + "/extension", districtCommission, obj("days", 1, "reason", "Thêm")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Cuộc kiểm tra đã được gia hạn ngày "
                        + vi(today())
                        + "; chỉ gia hạn một lần."));
        mvc.perform(get(API).param("unitCode", p + "-D").param("overdue", "true").with(districtCommission.as()))
                .andExpect(jsonPath("$.items[0].id").value(id)).andExpect(jsonPath("$.items[0].dueOn").value("2026-03-30"))
                .andExpect(jsonPath("$.items[0].daysOverdue").value(today().toEpochDay() - LocalDate.of(2026, 3, 30).toEpochDay()));
    }

    @Test
    void timeLimitsAreReferenceDataThatOnlyAdministratorsSet() throws Exception {
        Who admin = who("ADMIN", null);
        String central = "/api/v1/inspection-time-limits/CENTRAL";
        String body = json.writeValueAsString(obj("days", 60, "workingDays", false, "extensionDivisor", 3, "basis",
                "Quyết định 331-QĐ/TW ngày 18/6/2025: Trung ương không quá 60 ngày"));
        mvc.perform(put(central).with(commission.as()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put(central).with(admin.as()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(obj("days", 0, "extensionDivisor", 11, "basis", " "))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("days", "workingDays", "extensionDivisor", "basis")));
        mvc.perform(put("/api/v1/inspection-time-limits/HAMLET").with(admin.as()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isNotFound());
        long version = ((Number) JsonPath.read(body(mvc.perform(get("/api/v1/inspection-time-limits").with(admin.as()))),
                "$[0].version")).longValue();
        mvc.perform(put(central).with(admin.as()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(obj("days", 60, "workingDays", false, "basis", "x", "version", version + 7))))
                .andExpect(status().isConflict());
        mvc.perform(put(central).with(admin.as()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.days").value(60)).andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.version").value(version + 1));
    }

    // ---- findings, conclusion, recommendations ----

    @Test
    void findingsWithCausesResponsibilityAndDegradationCodes() throws Exception {
        long decision = document("17-QĐ/UBKTTU", "-P", "2026-01-02");
        long hung = member.get("Đặng Văn Hùng");
        long id = id(post(API, commission, proposal("-P", "Kiểm tra Đảng ủy Phường 1", List.of("-C"), List.of(hung)))
                .andExpect(status().isCreated()), "$.id");
        String url = API + "/" + id;
        delegation(id, commission);
        // nothing to record before the decision, no findings before the kick-off
        post(url + "/diary", commission, obj("text", "Sớm")).andExpect(status().isConflict());
        step(id, commission, "DECIDED", null, "decisionDocumentId", decision).andExpect(status().isOk());
        long unit = target(id, commission, "-C");
        finding(id, commission, unit).andExpect(status().isConflict());
        step(id, commission, "KICKED_OFF", null).andExpect(status().isOk());
        long person = memberTarget(id);
        long before = version(id);

        post(url + "/findings", commission, obj("targetId", unit, "kind", "WEAKNESS", "text", " ", "causeKind", "CHU_QUAN",
                "responsibility", "BOTH", "degradationCodes", List.of("G1.1", "G4.1", "G3.10")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("kind", "text", "causeKind", "responsibility",
                        "degradationCodes", "degradationCodes")))
                .andExpect(jsonPath("$.errors[4].message").value("Mã biểu hiện „G3.10“ không hợp lệ: từ G1.1 đến G3.9."))
                .andExpect(jsonPath("$.errors[5].message").value("Mã biểu hiện „G4.1“ không hợp lệ: từ G1.1 đến G3.9."));
        post(url + "/findings", commission, obj("targetId", unit, "kind", "STRENGTH", "text", "Đoàn kết tốt",
                "causeKind", "SUBJECTIVE", "degradationCodes", List.of("G1.1"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("kind", "degradationCodes")));
        post(url + "/findings", commission, obj("targetId", unit, "kind", "VIOLATION", "text", "Vi phạm", "responsibility",
                "INDIVIDUAL")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("responsibleMemberId"));
        post(url + "/findings", commission, obj("targetId", unit, "kind", "VIOLATION", "text", "Vi phạm", "responsibility",
                "INDIVIDUAL", "responsibleMemberId", member.get("Đỗ Văn Minh"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("Đỗ Văn Minh")));
        post(url + "/findings", commission, obj("targetId", 1L, "kind", "STRENGTH", "text", "x"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("targetId"));
        read(url, commission).andExpect(jsonPath("$.findings", hasSize(0))).andExpect(jsonPath("$.version").value(before));

        post(url + "/findings", commission, obj("targetId", unit, "kind", "STRENGTH", "text", "Đoàn kết, thống nhất"))
                .andExpect(status().isCreated());
        post(url + "/findings", commission, obj("targetId", unit, "kind", "violation", "text",
                "Buông lỏng quản lý đảng viên", "causeKind", "SUBJECTIVE", "cause", "Cấp ủy thiếu kiểm tra",
                "responsibility", "INDIVIDUAL", "responsibleMemberId", member.get("Bùi Thị Lan"),
                "degradationCodes", List.of("g2.3", "G1.2", "G2.3"))).andExpect(status().isCreated());
        post(url + "/findings", commission, obj("targetId", person, "kind", "SHORTCOMING", "text", "Chưa gương mẫu",
                "causeKind", "OBJECTIVE", "responsibility", "INDIVIDUAL", "degradationCodes", List.of("G3.9")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings", hasSize(3)))
                .andExpect(jsonPath("$.findings[0].kind").value("STRENGTH"))
                .andExpect(jsonPath("$.findings[0].degradationCodes", hasSize(0)))
                .andExpect(jsonPath("$.findings[1].kind").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[1].causeKind").value("SUBJECTIVE"))
                .andExpect(jsonPath("$.findings[1].cause").value("Cấp ủy thiếu kiểm tra"))
                .andExpect(jsonPath("$.findings[1].responsibility").value("INDIVIDUAL"))
                .andExpect(jsonPath("$.findings[1].responsibleMemberName").value("Bùi Thị Lan"))
                .andExpect(jsonPath("$.findings[1].degradationCodes").value(contains("G1.2", "G2.3")))
                .andExpect(jsonPath("$.findings[2].targetLabel").value("Đặng Văn Hùng (Chi bộ Khu phố 1)"))
                .andExpect(jsonPath("$.findings[2].responsibleMemberName").value("Đặng Văn Hùng"))
                .andExpect(jsonPath("$.findings[2].degradationCodes").value(contains("G3.9")));
    }

    @Test
    void theConclusionNeedsFindingsAndANoticeAndEachRequirementBecomesATask() throws Exception {
        long decision = document("18-QĐ/UBKTTU", "-P", "2026-01-02");
        long notice = document("07-TB/UBKTTU", "-P", "2026-01-02");
        // a title as long as allowed: the task's source reads "Thông báo kết luận <number>: <title>", shortened
        String title = "Kiểm tra việc lãnh đạo, chỉ đạo thực hiện Nghị quyết Trung ương 4 khóa XII ".repeat(6).trim();
        assertThat(title.length()).isBetween(400, 500);
        long hung = member.get("Đặng Văn Hùng");
        long id = id(post(API, commission, proposal("-P", title, List.of("-D"), List.of(hung)))
                .andExpect(status().isCreated()), "$.id");
        String url = API + "/" + id;
        delegation(id, commission);
        runToDraftReport(id, commission, decision, null);
        long unit = target(id, commission, "-D");
        long person = memberTarget(id);
        long before = version(id);

        // no findings, no notice, a bad requirement: every problem at once, no task opened
        post(url + "/conclusion", commission, obj("summary", "Kết luận", "requirements", List.of(
                obj("targetId", 12345L, "text", " "), obj("targetId", unit, "text", "Khắc phục", "deadline", "2020-01-01"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("documentId", "findings", "requirements[0].targetId",
                        "requirements[0].text", "requirements[0].deadline", "requirements[1].deadline")))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("Chưa có nội dung kết quả kiểm tra (ưu điểm, hạn chế, vi phạm) để kết luận."));
        finding(id, commission, unit).andExpect(status().isCreated());
        // the notice is a TB of the issuing unit
        post(url + "/conclusion", commission, obj("documentId", decision)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Văn bản 18-QĐ/UBKTTU không phải là thông báo (TB)."));
        // not by the delegation nor the target's side
        post(url + "/conclusion", districtStaff, obj("documentId", notice)).andExpect(status().isForbidden());
        read(url, commission).andExpect(jsonPath("$.step").value("DRAFT_REPORT")).andExpect(jsonPath("$.version").value(before));
        assertThat(jdbc.sql("select count(*) from follow_up where source_kind = 'INSPECTION' and source_id = ?").param(id)
                .query(Long.class).single()).isZero();

        LocalDate deadline = today().plusDays(60);
        post(url + "/conclusion", commission, obj("documentId", notice, "requirements", List.of(
                obj("targetId", unit, "text", "Kiểm điểm tập thể Ban Thường vụ", "deadline", deadline.toString()),
                obj("targetId", person, "text", "Kiểm điểm cá nhân, báo cáo kết quả", "deadline", deadline.toString()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.step").value("CONCLUDED"))
                .andExpect(jsonPath("$.archiveDueOn").value(workingDays.plusWorkingDays(today(), 15).toString()))
                .andExpect(jsonPath("$.requirements[*].targetLabel").value(contains("Đảng bộ thành phố Tân An",
                        "Đặng Văn Hùng (Chi bộ Khu phố 1)")));
        List<Map<String, Object>> tasks = jdbc.sql("""
                select f.id, u.code, f.owner_member_id, f.source_label from follow_up f join org_unit u on u.id = f.owner_unit_id
                where f.source_kind = 'INSPECTION' and f.source_id = ? order by f.id""").param(id).query().listOfRows();
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).get("code")).isEqualTo(p + "-D");
        assertThat(tasks.get(1).get("code")).isEqualTo(p + "-C1");
        assertThat(tasks.get(1).get("owner_member_id")).isEqualTo(hung);
        assertThat((String) tasks.get(0).get("source_label")).startsWith("Thông báo kết luận 07-TB/UBKTTU: Kiểm tra việc")
                .hasSizeLessThanOrEqualTo(300);
        read("/api/v1/follow-ups/" + tasks.get(1).get("id"), commission)
                .andExpect(jsonPath("$.source.id").value(id)).andExpect(jsonPath("$.ownerMemberName").value("Đặng Văn Hùng"));
        // the tasks of the inspection's requirements are listed by source
        mvc.perform(get("/api/v1/follow-ups").param("unitCode", p + "-P").param("sourceKind", "INSPECTION")
                .with(commission.as())).andExpect(jsonPath("$.total").value(2));
        // concluded: no more findings or diary, no second conclusion
        finding(id, commission, unit).andExpect(status().isConflict());
        post(url + "/conclusion", commission, obj("documentId", notice)).andExpect(status().isConflict());
    }

    @Test
    void recommendationsGoToAUnitAboveTheTargetAndAreAnsweredByTheAddresseeOnly() throws Exception {
        long decision = document("19-QĐ/UBKTTU", "-P", "2026-01-02");
        Who communeStaff = who("COMMITTEE_STAFF", p + "-C");
        long id = propose(commission, "-P", "Giám sát Đảng ủy Phường 1", "-C");
        String url = API + "/" + id;
        delegation(id, commission);
        step(id, commission, "DECIDED", null, "decisionDocumentId", decision).andExpect(status().isOk());
        long target = target(id, commission, "-C");
        post(url + "/recommendations", communeStaff, obj("targetId", target, "toUnitCode", p + "-D", "text", "Sớm"))
                .andExpect(status().isConflict());
        step(id, commission, "KICKED_OFF", null).andExpect(status().isOk());

        // not above the target: a sibling district, the target itself; with a missing text: every problem at once
        post(url + "/recommendations", communeStaff, obj("targetId", target, "toUnitCode", p + "-D2", "text", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("text", "toUnitCode")))
                .andExpect(jsonPath("$.errors[1].message").value("Đơn vị " + p + "-D2 không phải cấp trên của Đảng bộ Phường 1: "
                        + "kiến nghị gửi cấp trên."));
        post(url + "/recommendations", communeStaff, obj("targetId", target, "toUnitCode", p + "-C", "text", "Tự gửi"))
                .andExpect(status().isUnprocessableContent());
        // dated from the kick-off on, not in the future
        post(url + "/recommendations", communeStaff, obj("targetId", target, "toUnitCode", p + "-D", "text", "Cũ",
                "madeOn", "2019-06-01")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("madeOn")))
                .andExpect(jsonPath("$.errors[0].message").value("Kiến nghị được ghi từ ngày triển khai cuộc kiểm tra ("
                        + vi(today()) + ") trở đi."));
        post(url + "/recommendations", communeStaff, obj("targetId", target, "toUnitCode", p + "-D", "text", "Mai",
                "madeOn", today().plusDays(1).toString())).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("madeOn")));
        // a side unrelated to the target may not recommend for it
        Who d2Staff = who("COMMITTEE_STAFF", p + "-D2");
        post(url + "/recommendations", d2Staff, obj("targetId", target, "toUnitCode", p + "-D", "text", "Lạ"))
                .andExpect(status().isNotFound());
        read(url, commission).andExpect(jsonPath("$.recommendations", hasSize(0)));

        post(url + "/recommendations", communeStaff, obj("targetId", target, "toUnitCode", p + "-D", "text",
                "Đề nghị Thành ủy bổ sung biên chế cán bộ kiểm tra", "madeOn", today().toString()))
                .andExpect(status().isCreated());
        post(url + "/recommendations", commission, obj("targetId", target, "toUnitCode", p + "-P", "text",
                "Đề nghị Tỉnh ủy hướng dẫn quy trình")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.recommendations", hasSize(2)))
                .andExpect(jsonPath("$.recommendations[0].toUnitName").value("Đảng bộ thành phố Tân An"))
                .andExpect(jsonPath("$.recommendations[1].toUnitName").value("Đảng bộ tỉnh Long An"));
        mvc.perform(get(API + "/overview").param("unitCode", p + "-D").with(districtCommission.as()))
                .andExpect(jsonPath("$.openRecommendations").value(1));
        List<Object> recIds = JsonPath.read(body(read(url, commission)), "$.recommendations[*].id");
        long toDistrict = ((Number) recIds.get(0)).longValue();
        long toProvince = ((Number) recIds.get(1)).longValue();
        read(url, districtCommission).andExpect(jsonPath("$.recommendations[0].canAnswer").value(true))
                .andExpect(jsonPath("$.recommendations[1].canAnswer").value(false));

        // only the unit addressed answers, with a text, once
        String answer = url + "/recommendations/" + toDistrict + "/answer";
        post(answer, communeStaff, obj("answer", "Tự trả lời")).andExpect(status().isForbidden());
        post(url + "/recommendations/" + toProvince + "/answer", districtCommission, obj("answer", "Không phải nơi nhận"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail")
                        .value("Chỉ Đảng bộ tỉnh Long An (nơi nhận kiến nghị) mới trả lời kiến nghị này."));
        post(answer, districtCommission, obj("answer", " ")).andExpect(status().isUnprocessableContent());
        post(answer, districtCommission, obj("answer", "Thành ủy bổ sung một biên chế trong quý II", "version", 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendations[0].answer").value("Thành ủy bổ sung một biên chế trong quý II"))
                .andExpect(jsonPath("$.recommendations[0].answeredOn").value(today().toString()))
                .andExpect(jsonPath("$.recommendations[0].answeredBy").value(districtCommission.username()))
                .andExpect(jsonPath("$.recommendations[1].answer").doesNotExist());
        post(answer, districtCommission, obj("answer", "Lần nữa")).andExpect(status().isConflict());
        post(url + "/recommendations/" + toProvince + "/answer", commission, obj("answer", "Sẽ hướng dẫn", "version", 3))
                .andExpect(status().isConflict());
        post(url + "/recommendations/99999999/answer", commission, obj("answer", "x")).andExpect(status().isNotFound());
        mvc.perform(get(API + "/overview").param("unitCode", p + "-D").with(districtCommission.as()))
                .andExpect(jsonPath("$.openRecommendations").value(0));
        mvc.perform(get(API + "/overview").param("unitCode", p + "-P").with(commission.as()))
                .andExpect(jsonPath("$.openRecommendations").value(1));
        // the province's list: the unanswered first, then the answered; the district sees only its own
        mvc.perform(get(API + "/recommendations").param("unitCode", p + "-P").with(commission.as()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].toUnitCode").value(p + "-P"))
                .andExpect(jsonPath("$.items[0].answer").doesNotExist())
                .andExpect(jsonPath("$.items[0].inspectionId").value(id))
                .andExpect(jsonPath("$.items[1].answer").value("Thành ủy bổ sung một biên chế trong quý II"));
        mvc.perform(get(API + "/recommendations").param("unitCode", p + "-P").param("open", "true")
                .with(commission.as())).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(API + "/recommendations").param("unitCode", p + "-D").with(districtCommission.as()))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].toUnitCode").value(p + "-D"));
    }

    // ---- lists and overview ----

    @Test
    void theOverviewCountsByAndOfPerStepOverdueAndTheShareOfRequirementsVerified() throws Exception {
        long decisionA = document("20-QĐ/UBKTTU", "-P", "2026-01-02");
        long noticeA = document("08-TB/UBKTTU", "-P", "2026-01-02");
        long decisionC = document("05-QĐ/HU", "-D", "2026-01-02");
        // A: the province inspects the district, concluded today with two requirements
        long a = propose(commission, "-P", "Kiểm tra Đảng bộ thành phố Tân An", "-D");
        delegation(a, commission);
        runToDraftReport(a, commission, decisionA, null);
        long targetA = target(a, commission, "-D");
        finding(a, commission, targetA).andExpect(status().isCreated());
        String deadline = today().plusDays(30).toString();
        post(API + "/" + a + "/conclusion", commission, obj("documentId", noticeA, "requirements", List.of(
                obj("targetId", targetA, "text", "Yêu cầu thứ nhất", "deadline", deadline),
                obj("targetId", targetA, "text", "Yêu cầu thứ hai", "deadline", deadline)))).andExpect(status().isOk());
        List<Object> tasks = JsonPath.read(body(read(API + "/" + a, commission)), "$.requirements[*].followUpId");
        post("/api/v1/follow-ups/" + tasks.get(0) + "/submission", districtStaff, obj("evidence", "Đã khắc phục"))
                .andExpect(status().isOk());
        post("/api/v1/follow-ups/" + tasks.get(0) + "/verification", commission, obj("remark", "Đạt")).andExpect(status().isOk());
        // B: a supervision of the other district, proposed
        Map<String, Object> supervision = proposal("-P", "Giám sát Đảng bộ huyện Cần Giuộc", List.of("-D2"), List.of());
        supervision.put("body", "COMMITTEE");
        supervision.put("kind", "THEMATIC_SUPERVISION");
        long b = id(post(API, commission, supervision).andExpect(status().isCreated()), "$.id");
        // C: the district inspects the ward, kicked off on 06/01/2026 with 20 days: overdue since 27/01/2026
        long c = proposeOn(LocalDate.of(2026, 1, 5), districtCommission, "-D", "Kiểm tra Đảng ủy Phường 1", "-C");
        districtDelegation(c);
        step(c, districtCommission, "DECIDED", "2026-01-05", "decisionDocumentId", decisionC).andExpect(status().isOk());
        step(c, districtCommission, "KICKED_OFF", "2026-01-06").andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value("2026-01-26"));

        mvc.perform(get(API + "/overview").param("unitCode", p + "-P").with(commission.as())).andExpect(status().isOk())
                .andExpect(jsonPath("$.byStep.PROPOSED").value(1)).andExpect(jsonPath("$.byStep.KICKED_OFF").value(1))
                .andExpect(jsonPath("$.byStep.CONCLUDED").value(1)).andExpect(jsonPath("$.byTotal").value(3))
                .andExpect(jsonPath("$.ofTotal").value(3)).andExpect(jsonPath("$.overdue").value(1))
                .andExpect(jsonPath("$.archiveOverdue").value(0))
                .andExpect(jsonPath("$.requirements").value(2)).andExpect(jsonPath("$.requirementsOpen").value(1))
                .andExpect(jsonPath("$.requirementsVerified").value(1))
                .andExpect(jsonPath("$.requirementsVerifiedPercent").value(50.0));
        mvc.perform(get(API + "/overview").param("unitCode", p + "-D").with(districtCommission.as()))
                .andExpect(jsonPath("$.byStep.KICKED_OFF").value(1)).andExpect(jsonPath("$.byStep.CONCLUDED").doesNotExist())
                .andExpect(jsonPath("$.ofStep.CONCLUDED").value(1)).andExpect(jsonPath("$.ofStep.KICKED_OFF").value(1))
                .andExpect(jsonPath("$.ofStep.PROPOSED").doesNotExist())
                .andExpect(jsonPath("$.byTotal").value(1)).andExpect(jsonPath("$.ofTotal").value(2))
                .andExpect(jsonPath("$.overdue").value(1)).andExpect(jsonPath("$.requirements").value(2))
                .andExpect(jsonPath("$.requirementsVerifiedPercent").value(50.0));
        mvc.perform(get(API + "/overview").param("unitCode", p + "-D2").with(commission.as()))
                .andExpect(jsonPath("$.byTotal").value(0)).andExpect(jsonPath("$.ofStep.PROPOSED").value(1))
                .andExpect(jsonPath("$.requirements").value(0)).andExpect(jsonPath("$.requirementsVerifiedPercent").value(0.0));

        mvc.perform(get(API).param("unitCode", p + "-P").param("side", "BY").with(commission.as()))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder((int) a, (int) b, (int) c)));
        mvc.perform(get(API).param("unitCode", p + "-D").param("side", "by").with(districtCommission.as()))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) c)));
        mvc.perform(get(API).param("unitCode", p + "-D").param("side", "OF").with(districtCommission.as()))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) a, (int) c)))
                .andExpect(jsonPath("$.items[0].targets").value("Đảng bộ thành phố Tân An"));
        mvc.perform(get(API).param("unitCode", p + "-P").param("overdue", "true").with(commission.as()))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) c)))
                .andExpect(jsonPath("$.items[0].daysOverdue").value(today().toEpochDay() - LocalDate.of(2026, 1, 26).toEpochDay()));
        mvc.perform(get(API).param("unitCode", p + "-P").param("step", "PROPOSED").with(commission.as()))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) b)));
        mvc.perform(get(API).param("unitCode", p + "-P").param("kind", "THEMATIC_SUPERVISION").with(commission.as()))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) b)));
        // the year of the kick-off (else of the current step): C in 2026, A and B this year
        mvc.perform(get(API).param("unitCode", p + "-P").param("year", String.valueOf(today().getYear())).param("size", "2")
                .with(commission.as())).andExpect(jsonPath("$.total").value(today().getYear() == 2026 ? 3 : 2))
                .andExpect(jsonPath("$.items", hasSize(2))).andExpect(jsonPath("$.size").value(2));
        mvc.perform(get(API).param("unitCode", p + "-P").param("year", "2024").with(commission.as()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API).param("unitCode", p + "-P").param("side", "UP").param("step", "DONE").param("kind", "AUDIT")
                .with(commission.as())).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("side", "step", "kind")));
        // the target's side sees the inspections of its subtree, not the province's others
        Who communeStaff = who("COMMITTEE_STAFF", p + "-C");
        mvc.perform(get(API).param("unitCode", p + "-C").with(communeStaff.as()))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) c)));
        read(API + "/" + b, communeStaff).andExpect(status().isNotFound());
    }

    @Test
    void programsOfAYearWithTheirInspections() throws Exception {
        String programs = "/api/v1/inspection-programs";
        long program = id(post(programs, commission, obj("unitCode", p + "-P", "body", "COMMISSION", "year", 2026, "title",
                "Chương trình kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Tỉnh ủy")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(2026)).andExpect(jsonPath("$.canManage").value(true)), "$.id");
        post(programs, commission, obj("unitCode", p + "-P", "body", "COMMISSION", "year", 2026, "title", "Lần nữa"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("year"));
        post(programs, commission, obj("unitCode", p + "-P", "body", "BAN", "year", 1999, "title", " ", "documentId", 1L))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("body", "year", "title", "documentId")));
        post(programs, board, obj("unitCode", p + "-P", "body", "COMMITTEE", "year", 2026, "title", "x"))
                .andExpect(status().isForbidden());
        post(programs, districtStaff, obj("unitCode", p + "-P", "body", "COMMITTEE", "year", 2026, "title", "x"))
                .andExpect(status().isNotFound());
        Map<String, Object> proposal = proposal("-P", "Kiểm tra theo chương trình", List.of("-D"), List.of());
        proposal.put("programId", program);
        long id = id(post(API, commission, proposal).andExpect(status().isCreated())
                .andExpect(jsonPath("$.programTitle").value("Chương trình kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Tỉnh ủy")),
                "$.id");
        long districtProgram = id(post(programs, districtCommission, obj("unitCode", p + "-D", "body", "COMMISSION",
                "year", 2026, "title", "Chương trình của Ủy ban Kiểm tra Thành ủy")).andExpect(status().isCreated()), "$.id");
        proposal.put("programId", districtProgram);
        post(API, commission, proposal).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("programId"));
        read(programs + "/" + program, districtStaff).andExpect(status().isNotFound());
        read(programs + "/" + program, commission).andExpect(status().isOk())
                .andExpect(jsonPath("$.inspections[*].id").value(contains((int) id)));
        mvc.perform(get(programs).param("unitCode", p + "-P").param("year", "2026").with(commission.as()))
                .andExpect(jsonPath("$[*].id").value(contains((int) program, (int) districtProgram)));
        mvc.perform(get(programs).param("unitCode", p + "-D").with(districtStaff.as()))
                .andExpect(jsonPath("$[*].id").value(contains((int) districtProgram)));
        mvc.perform(get(programs).param("unitCode", p + "-P").param("year", "2025").with(commission.as()))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theOpenApiDocumentDescribesTheInspectionApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/inspections'].get.tags[0]").value("Inspections"))
                .andExpect(jsonPath("$.paths['/api/v1/inspections'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inspections/overview'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/steps'].post.summary", containsString("skipped")))
                .andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/targets/{targetId}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/delegates/{delegateId}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/conclusion'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/recommendations/{recId}/answer'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inspection-programs/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inspection-time-limits/{unitKind}'].put").exists());
    }

    // ---- who sees what ----

    @Test
    void aDelegationMemberReadsTheTargetsMembersOnlyWhileTheInspectionRuns() throws Exception {
        long decision = document("21-QĐ/UBKTTU", "-P", "2026-01-02");
        long notice = document("09-TB/UBKTTU", "-P", "2026-01-02");
        String username = unique("dv");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Nguyễn Văn An",
                member.get("Nguyễn Văn An"), List.of(new UserManagement.GrantRequest("MEMBER", p + "-PK")))));
        Who head = new Who(username, as(username));
        long id = propose(commission, "-P", "Kiểm tra Đảng bộ thành phố Tân An", "-D");
        String url = API + "/" + id;
        delegation(id, commission);
        long hung = member.get("Đặng Văn Hùng");

        // the delegate sees the inspection, not yet the target's members
        read(url, head).andExpect(status().isOk()).andExpect(jsonPath("$.actions.delegation").value(true))
                .andExpect(jsonPath("$.actions.manage").value(false));
        step(id, commission, "DECIDED", null, "decisionDocumentId", decision).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members").param("unitCode", p + "-D").with(head.as())).andExpect(status().isNotFound());
        read("/api/v1/members/" + hung, head).andExpect(status().isNotFound());
        // the delegation keeps its diary from the decision on, never dated before it
        post(url + "/diary", head, obj("text", "Họp đoàn phân công nhiệm vụ")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.diary[0].authorName").value("Nguyễn Văn An"));
        post(url + "/diary", head, obj("text", "Trước quyết định", "entryOn", today().minusDays(1).toString()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("entryOn"));
        // the delegate finds the inspection among their delegations; the commission has none
        mvc.perform(get(API + "/mine").with(head.as())).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id)).andExpect(jsonPath("$.items[0].step").value("DECIDED"));
        mvc.perform(get(API + "/mine").with(commission.as())).andExpect(jsonPath("$.total").value(0));
        // a step must be named
        post(url + "/steps", commission, obj("note", "x")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("step"));
        // only the issuing side kicks off
        step(id, head, "KICKED_OFF", null).andExpect(status().isForbidden());
        step(id, commission, "KICKED_OFF", null).andExpect(status().isOk());

        // running: the target's members are readable
        mvc.perform(get("/api/v1/members").param("unitCode", p + "-D").with(head.as())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/v1/members").param("unitCode", p + "-C").with(head.as())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].fullName").value(containsInAnyOrder("Đặng Văn Hùng", "Bùi Thị Lan")));
        read("/api/v1/members/" + hung, head).andExpect(status().isOk())
                .andExpect(jsonPath("$.member.fullName").value("Đặng Văn Hùng"));
        // but not another district's
        read("/api/v1/members/" + member.get("Đỗ Văn Minh"), head).andExpect(status().isNotFound());
        step(id, districtStaff, "SELF_REPORT_SUBMITTED", null, "report", "Báo cáo tự kiểm tra").andExpect(status().isOk());
        // the head takes the steps of the conduct and records findings
        step(id, head, "VERIFYING", null).andExpect(status().isOk());
        finding(id, head, target(id, head, "-D")).andExpect(status().isCreated());
        step(id, head, "DRAFT_REPORT", null, "report", "Dự thảo của đoàn").andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[4].actor").value(username))
                .andExpect(jsonPath("$.steps[5].actorName").value("Nguyễn Văn An"));
        mvc.perform(get("/api/v1/members").param("unitCode", p + "-D").with(head.as())).andExpect(status().isOk());
        post(url + "/conclusion", head, obj("documentId", notice)).andExpect(status().isForbidden());
        post(url + "/conclusion", commission, obj("documentId", notice)).andExpect(status().isOk());

        // concluded: the targets' records are closed to the delegation again; the inspection is not
        mvc.perform(get("/api/v1/members").param("unitCode", p + "-D").with(head.as())).andExpect(status().isNotFound());
        read("/api/v1/members/" + hung, head).andExpect(status().isNotFound());
        read(url, head).andExpect(status().isOk()).andExpect(jsonPath("$.findings", hasSize(1)));
        post(url + "/diary", head, obj("text", "Sau kết luận")).andExpect(status().isConflict());
    }

    @Test
    void aUserOfAnotherProvinceGetsNotFoundOnEveryInspectionEndpointAndSeesNothingInLists() throws Exception {
        long decision = document("22-QĐ/UBKTTU", "-P", "2026-01-02");
        long program = id(post("/api/v1/inspection-programs", commission, obj("unitCode", p + "-P", "body", "COMMITTEE",
                "year", 2026, "title", "Chương trình năm 2026")).andExpect(status().isCreated()), "$.id");
        long id = propose(commission, "-P", "Kiểm tra Đảng bộ thành phố Tân An", "-D");
        String url = API + "/" + id;
        delegation(id, commission);
        step(id, commission, "DECIDED", null, "decisionDocumentId", decision).andExpect(status().isOk());
        step(id, commission, "KICKED_OFF", null).andExpect(status().isOk());
        long target = target(id, commission, "-D");
        finding(id, commission, target).andExpect(status().isCreated());
        post(url + "/recommendations", districtStaff, obj("targetId", target, "toUnitCode", p + "-P", "text", "Đề nghị"))
                .andExpect(status().isCreated());
        String view = body(read(url, commission));
        long recId = ((Number) JsonPath.read(view, "$.recommendations[0].id")).longValue();
        long delegateId = ((Number) JsonPath.read(view, "$.delegates[0].id")).longValue();
        long version = ((Number) JsonPath.read(view, "$.version")).longValue();
        long audits = jdbc.sql("select count(*) from audit_event where entity_type = 'INSPECTION' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();

        read(url, outsider).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy cuộc kiểm tra, giám sát " + id + "."));
        Map<String, Object> everything = obj("version", version, "unitCodes", List.of(p + "-D2"), "memberId",
                member.get("Hoàng Văn Em"), "role", "MEMBER", "step", "SELF_REPORT_SUBMITTED", "report", "Lạ", "days", 1,
                "reason", "Lạ", "text", "Lạ", "targetId", target, "kind", "STRENGTH", "toUnitCode", p + "-P", "answer", "Lạ",
                "documentId", decision);
        for (String path : List.of("/targets", "/delegates", "/steps", "/conclusion", "/extension", "/diary", "/findings",
                "/recommendations", "/recommendations/" + recId + "/answer")) {
            post(url + path, outsider, everything).andExpect(status().isNotFound());
        }
        mvc.perform(delete(url + "/targets/" + target).with(outsider.as())).andExpect(status().isNotFound());
        mvc.perform(delete(url + "/delegates/" + delegateId).with(outsider.as())).andExpect(status().isNotFound());
        mvc.perform(get(API).param("unitCode", p + "-P").with(outsider.as())).andExpect(status().isNotFound());
        mvc.perform(get(API).param("unitCode", p + "-Q").with(outsider.as())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API + "/overview").param("unitCode", p + "-P").with(outsider.as())).andExpect(status().isNotFound());
        mvc.perform(get(API + "/overview").param("unitCode", p + "-Q").with(outsider.as()))
                .andExpect(jsonPath("$.byTotal").value(0)).andExpect(jsonPath("$.ofTotal").value(0))
                .andExpect(jsonPath("$.openRecommendations").value(0)).andExpect(jsonPath("$.requirements").value(0));
        mvc.perform(get("/api/v1/inspection-programs").param("unitCode", p + "-P").with(outsider.as()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspection-programs").param("unitCode", p + "-Q").with(outsider.as()))
                .andExpect(jsonPath("$", hasSize(0)));
        read("/api/v1/inspection-programs/" + program, outsider).andExpect(status().isNotFound());
        post(API, outsider, proposal("-P", "Lạ", List.of("-D"), List.of())).andExpect(status().isNotFound());
        post("/api/v1/inspection-programs", outsider, obj("unitCode", p + "-P", "body", "COMMITTEE", "year", 2025,
                "title", "Lạ")).andExpect(status().isNotFound());
        // an inspection of their own province may not aim at this one
        post(API, outsider, proposal("-Q", "Lạ", List.of("-D"), List.of())).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Không tìm thấy đơn vị „" + p + "-D“."));

        read(url, commission).andExpect(jsonPath("$.version").value(version)).andExpect(jsonPath("$.step").value("KICKED_OFF"))
                .andExpect(jsonPath("$.recommendations[0].answer").doesNotExist());
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'INSPECTION' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(audits);
    }
}
