package vn.chinhdon.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.conduct.CommitmentManagement;
import vn.chinhdon.conduct.CommitmentOutcome;
import vn.chinhdon.conduct.NewCommitment;
import vn.chinhdon.evaluation.EvidenceQueries.Counts;
import vn.chinhdon.evaluation.EvidenceItem;
import vn.chinhdon.evaluation.EvidenceQueries.Tally;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.NewFollowUp;
import vn.chinhdon.remediation.Source;
import vn.chinhdon.remediation.SourceKind;
import vn.chinhdon.review.FeedbackSubstantiated;
import vn.chinhdon.review.NewFeedback;
import vn.chinhdon.review.NewRound;
import vn.chinhdon.review.ReviewManagement;

/**
 * The evidence ledger fed by the other modules' facts, through their facades: a follow-up task open, late after its
 * deadline, closed when verified; an inspection's violations and shortcomings with the expressions of degradation they
 * name, a finding closing when its subject's tasks of the inspection are verified; substantiated feedback without its
 * giver, unfounded feedback not at all; a broken commitment, replaced by a later check; nothing of a failed use case;
 * the counts of many subjects; and the backfill (V17), which writes the same rows again.
 */
class EvidenceLedgerTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final String API = "/api/v1/inspections";
    private static final String GIVER = "Ông Kínđáo Văn Nguồn, tổ trưởng tổ dân phố";
    private static final AtomicInteger BIRTHDAYS = new AtomicInteger();

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    FollowUpManagement followUps;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    EvidenceQueries evidence;

    @Autowired
    JdbcClient jdbc;


    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    private record Who(String username, RequestPostProcessor as) {
    }

    private String p;
    private Who commission;
    private Who districtStaff;
    private Who board;
    private Who secretary;
    private final Map<String, Long> member = new LinkedHashMap<>();
    private final Map<String, Long> unit = new LinkedHashMap<>();

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A province (P) with its inspection commission's cell (PK: the delegation), a district (D), a commune (C) and its
     * cell (C1: Hùng, Lan, Minh); the commission, the district's staff, the province's organization board, C1's secretary.
     */
    @BeforeEach
    void tree() {
        p = unique("ev");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, FROM),
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Đồng Tháp", "PROVINCIAL", p + "-R", FROM),
                new UnitImportRow(p + "-PK", "Chi bộ cơ quan Ủy ban Kiểm tra Tỉnh ủy", "GRASSROOTS_CELL", p + "-P", FROM),
                new UnitImportRow(p + "-D", "Đảng bộ huyện Tháp Mười", "DIRECTLY_UNDER", p + "-P", FROM),
                new UnitImportRow(p + "-C", "Đảng bộ xã Mỹ An", "GRASSROOTS_COMMITTEE", p + "-D", FROM),
                new UnitImportRow(p + "-C1", "Chi bộ ấp Mỹ Thạnh", "SUBORDINATE_CELL", p + "-C", FROM)), 1));
        LocalDate born = LocalDate.of(1953, 1, 1).plusDays(BIRTHDAYS.incrementAndGet() * 3L);
        asSystem(() -> members.importMembers(List.of(
                row("Nguyễn Văn An", born, "-PK"), row("Trần Thị Bình", born, "-PK"), row("Lê Văn Cường", born, "-PK"),
                row("Đặng Văn Hùng", born, "-C1"), row("Bùi Thị Lan", born, "-C1"), row("Đỗ Văn Minh", born, "-C1")), 1));
        asSystem(() -> members.search(p + "-P", null, null, 0, 50).items().forEach(m -> member.put(m.fullName(), m.id())));
        for (String u : List.of("-P", "-D", "-C", "-C1")) {
            unit.put(u, jdbc.sql("select id from org_unit where code = ?").param(p + u).query(Long.class).single());
        }
        commission = who("INSPECTION_COMMISSION", p + "-P");
        districtStaff = who("COMMITTEE_STAFF", p + "-D");
        board = who("ORGANIZATION_BOARD", p + "-P");
        secretary = who("CELL_SECRETARY", p + "-C1");
    }

    private MemberImportRow row(String name, LocalDate born, String unitCode) {
        return new MemberImportRow(null, name, name.contains("Thị") ? "Nữ" : "Nam", born.toString(), "2000-01-01",
                "2001-01-01", p + unitCode, null);
    }

    private Who who(String role, String unitCode) {
        String username = unique("u");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Cán bộ " + username, null,
                List.of(new UserManagement.GrantRequest(role, unitCode)))));
        return new Who(username, as(username));
    }

    /** Calls a facade as an account (its grants apply), as a request would. */
    private <T> T runAs(Who who, Supplier<T> work) {
        Object[] user = new Object[1];
        asSystem(() -> user[0] = users.loadUserByUsername(who.username()));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user[0], null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    // ---- requests ----


    private ResultActions post(String url, Who who, Map<String, Object> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(who.as()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), path))
                .longValue();
    }

    /** The district submits the task's evidence, the commission verifies it (today). */
    private void submitAndVerify(long task) throws Exception {
        post("/api/v1/follow-ups/" + task + "/submission", districtStaff, obj("evidence", "Đã khắc phục, có biên bản"))
                .andExpect(status().isOk());
        post("/api/v1/follow-ups/" + task + "/verification", commission, obj("remark", "Đạt yêu cầu"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("VERIFIED"));
    }

    // ---- the ledger as the tests read it ----

    /** The entries of one source record. */
    private List<Map<String, Object>> entries(String kind, long sourceId) {
        return jdbc.sql("""
                select member_id, unit_id, kind, source_kind, source_id, group_id, summary, detail, occurred_on, due_on,
                  closed_on from evidence_entry where kind = ? and source_id = ? order by id""")
                .params(kind, sourceId).query().listOfRows();
    }

    private Map<String, Object> entry(String kind, long sourceId) {
        List<Map<String, Object>> rows = entries(kind, sourceId);
        assertThat(rows).as(kind + " " + sourceId).hasSize(1);
        return rows.get(0);
    }

    private static LocalDate date(Object sqlDate) {
        return sqlDate == null ? null : ((java.sql.Date) sqlDate).toLocalDate();
    }

    /** Every entry of this test's units, as the backfill must write it again (without id and creation time). */
    private List<Map<String, Object>> ledgerOfTheTest() {
        return jdbc.sql("""
                select member_id, unit_id, kind, source_kind, source_id, group_id, summary, detail, occurred_on, due_on,
                  closed_on, self_remedied
                from evidence_entry where unit_id = any(?) order by kind, source_id, unit_id, coalesce(member_id, 0)""")
                .param(unit.values().toArray(Long[]::new)).query().listOfRows();
    }

    // ---- the stories ----

    /** An inspection concluded 30 days ago, with the ids of its findings and of its requirements' tasks. */
    private record Concluded(long id, long violationOfHung, long shortcomingOfC, long violationOfLan, long strength,
            long hungLate, long hungLater, long taskOfC) {
    }

    /**
     * The province's commission inspects the commune (C) and Hùng, from 40 days ago; concluded 30 days ago with notice
     * 21-TB/UBKTTU: a violation of Hùng (G2.3, G1.2), a shortcoming of the commune's collective, a violation of the
     * commune for which Lan is personally responsible (G3.9), a strength. Two tasks for Hùng (one due 20 days ago, one in
     * 30 days), one for the commune; none for Lan.
     */
    private Concluded concludeAnInspection() throws Exception {
        LocalDate proposed = today().minusDays(40);
        LocalDate concluded = today().minusDays(30);
        long decision = id(post("/api/v1/documents", commission, obj("number", "20-QĐ/UBKTTU", "issuerUnitCode", p + "-P",
                "issuedOn", proposed.toString(), "title", "Quyết định kiểm tra")).andExpect(status().isCreated()), "$.id");
        long notice = id(post("/api/v1/documents", commission, obj("number", "21-TB/UBKTTU", "issuerUnitCode", p + "-P",
                "issuedOn", concluded.toString(), "title", "Thông báo kết luận kiểm tra")).andExpect(status().isCreated()),
                "$.id");
        long hung = member.get("Đặng Văn Hùng");
        LocalDate periodFrom = proposed.minusYears(4).withDayOfYear(1);
        long id = id(post(API, commission, obj("unitCode", p + "-P", "body", "COMMISSION", "kind", "THEMATIC_INSPECTION",
                "title", "Kiểm tra Đảng ủy xã Mỹ An", "periodFrom", periodFrom.toString(), "periodTo",
                periodFrom.plusYears(4).minusDays(1).toString(), "plan", "Kế hoạch kiểm tra", "targetUnitCodes",
                List.of(p + "-C"), "targetMemberIds", List.of(hung), "proposedOn", proposed.toString()))
                .andExpect(status().isCreated()), "$.id");
        String url = API + "/" + id;
        post(url + "/delegates", commission, obj("memberId", member.get("Nguyễn Văn An"), "role", "HEAD"))
                .andExpect(status().isCreated());
        post(url + "/delegates", commission, obj("memberId", member.get("Trần Thị Bình"), "role", "MEMBER"))
                .andExpect(status().isCreated());
        post(url + "/delegates", commission, obj("memberId", member.get("Lê Văn Cường"), "role", "SECRETARY"))
                .andExpect(status().isCreated());
        String on = proposed.plusDays(1).toString();
        post(url + "/steps", commission, obj("step", "DECIDED", "on", on, "decisionDocumentId", decision))
                .andExpect(status().isOk());
        post(url + "/steps", commission, obj("step", "KICKED_OFF", "on", on)).andExpect(status().isOk());
        post(url + "/steps", commission, obj("step", "SELF_REPORT_SUBMITTED", "on", on, "report", "Báo cáo tự kiểm tra"))
                .andExpect(status().isOk());
        post(url + "/steps", commission, obj("step", "VERIFYING", "on", on)).andExpect(status().isOk());
        long targetC = jdbc.sql("select id from inspection_target where inspection_id = ? and member_id is null")
                .param(id).query(Long.class).single();
        long targetHung = jdbc.sql("select id from inspection_target where inspection_id = ? and member_id = ?")
                .params(id, hung).query(Long.class).single();
        post(url + "/findings", commission, obj("targetId", targetHung, "kind", "VIOLATION", "text",
                "Không gương mẫu trong thực hiện nhiệm vụ", "causeKind", "SUBJECTIVE", "responsibility", "INDIVIDUAL",
                "degradationCodes", List.of("G2.3", "G1.2"))).andExpect(status().isCreated());
        post(url + "/findings", commission, obj("targetId", targetC, "kind", "SHORTCOMING", "text",
                "Sinh hoạt chi bộ chưa đều", "causeKind", "SUBJECTIVE", "responsibility", "COLLECTIVE"))
                .andExpect(status().isCreated());
        post(url + "/findings", commission, obj("targetId", targetC, "kind", "VIOLATION", "text",
                "Buông lỏng quản lý đảng viên", "causeKind", "SUBJECTIVE", "responsibility", "INDIVIDUAL",
                "responsibleMemberId", member.get("Bùi Thị Lan"), "degradationCodes", List.of("G3.9")))
                .andExpect(status().isCreated());
        post(url + "/findings", commission, obj("targetId", targetC, "kind", "STRENGTH", "text", "Đoàn kết, thống nhất"))
                .andExpect(status().isCreated());
        post(url + "/steps", commission, obj("step", "DRAFT_REPORT", "on", on, "report", "Dự thảo báo cáo"))
                .andExpect(status().isOk());
        // nothing is evidence before the conclusion
        assertThat(jdbc.sql("select count(*) from evidence_entry where group_id = ?").param(id).query(Long.class).single())
                .isZero();
        post(url + "/conclusion", commission, obj("documentId", notice, "summary", "Kết luận", "on", concluded.toString(),
                "requirements", List.of(
                        obj("targetId", targetHung, "text", "Kiểm điểm cá nhân", "deadline", today().minusDays(20).toString()),
                        obj("targetId", targetHung, "text", "Báo cáo kết quả khắc phục", "deadline",
                                today().plusDays(30).toString()),
                        obj("targetId", targetC, "text", "Kiểm điểm tập thể Đảng ủy", "deadline",
                                today().plusDays(30).toString()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.step").value("CONCLUDED"));
        List<Long> findings = jdbc.sql("select id from inspection_finding where inspection_id = ? order by id").param(id)
                .query(Long.class).list();
        List<Long> tasks = jdbc.sql("select follow_up_id from inspection_requirement where inspection_id = ? order by id")
                .param(id).query(Long.class).list();
        assertThat(findings).hasSize(4);
        assertThat(tasks).hasSize(3);
        return new Concluded(id, findings.get(0), findings.get(1), findings.get(2), findings.get(3), tasks.get(0),
                tasks.get(1), tasks.get(2));
    }

    private long openTask(String ownerUnit, Long ownerMember, LocalDate opened, LocalDate deadline, String description) {
        long[] id = new long[1];
        asSystem(() -> id[0] = followUps.open(new NewFollowUp(new Source(SourceKind.REVIEW, 1L, "Kiểm điểm năm"),
                p + ownerUnit, ownerMember, p + "-P", description, deadline, null, opened, null)).id());
        return id[0];
    }

    /** A round over the commune and its cell; Hùng's review; feedback about him recorded by the board. */
    private long feedbackAboutHung(String text, List<String> codes) {
        return runAs(board, () -> {
            long round = reviews.rounds(p + "-C").stream().findFirst().map(r -> r.id()).orElseGet(() -> reviews.open(
                    new NewRound(p + "-C", "Kiểm điểm năm " + today().getYear(), "YEAR", String.valueOf(today().getYear()),
                            today().withDayOfYear(1), today(), 1, today().plusDays(20), null, null)).id());
            long review = reviews.reviewsOf(round, p + "-C1").stream()
                    .filter(l -> "Đặng Văn Hùng".equals(l.memberName())).findFirst().orElseThrow().id();
            return reviews.addFeedback(review, new NewFeedback("PEOPLE", GIVER, text, codes, today().minusDays(3))).id();
        });
    }

    private long commitmentOf(String name) {
        return runAs(secretary, () -> commitments.record(new NewCommitment(member.get(name), p + "-C1", today().getYear(),
                List.of("G1.4"), List.of("Sinh hoạt chi bộ đầy đủ", "Nêu gương ở khu dân cư"), today().minusDays(60), null))
                .id());
    }

    // ---- follow-up tasks ----

    @Test
    void aTaskIsOpenLateAfterItsDeadlineAndClosedWhenVerified() throws Exception {
        long hung = member.get("Đặng Văn Hùng");
        LocalDate opened = today().minusDays(5);
        LocalDate deadline = today().plusDays(10);
        long task = openTask("-C1", hung, opened, deadline, "Khắc phục việc vắng sinh hoạt chi bộ");

        Map<String, Object> row = entry("FOLLOW_UP", task);
        assertThat(row.get("member_id")).isEqualTo(hung);
        assertThat(row.get("unit_id")).isEqualTo(unit.get("-C1"));
        assertThat(row.get("source_kind")).isEqualTo("REMEDIATION");
        assertThat(row.get("group_id")).isNull();
        assertThat(row.get("summary")).isEqualTo("Khắc phục việc vắng sinh hoạt chi bộ");
        assertThat(date(row.get("occurred_on"))).isEqualTo(opened);
        assertThat(date(row.get("due_on"))).isEqualTo(deadline);

        List<EvidenceItem> now = evidence.of(hung, unit.get("-C1"), today().withDayOfYear(1), today(), today());
        assertThat(now).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.FOLLOW_UP);
            assertThat(e.sourceId()).isEqualTo(task);
            assertThat(e.open()).isTrue();
            assertThat(e.late()).isFalse();
            assertThat(e.dueOn()).isEqualTo(deadline);
        });
        // as of the day after the deadline: late
        assertThat(evidence.of(hung, unit.get("-C1"), today().withDayOfYear(1), today(), deadline.plusDays(1)))
                .singleElement().satisfies(e -> assertThat(e.late()).isTrue());
        // the cell's collective is another subject
        assertThat(evidence.of(null, unit.get("-C1"), today().withDayOfYear(1), today(), today())).isEmpty();

        submitAndVerify(task);
        assertThat(date(entry("FOLLOW_UP", task).get("closed_on"))).isEqualTo(today());
        assertThat(evidence.of(hung, unit.get("-C1"), today().withDayOfYear(1), today(), today())).singleElement()
                .satisfies(e -> {
                    assertThat(e.closedOn()).isEqualTo(today());
                    assertThat(e.open()).isFalse();
                    assertThat(e.late()).isFalse();
                });
        // yesterday it was still open; a period before it was opened shows it only while it was open
        assertThat(evidence.of(hung, unit.get("-C1"), opened.minusYears(1), opened.minusDays(1), today().minusDays(1)))
                .singleElement().satisfies(e -> assertThat(e.open()).isTrue());
        assertThat(evidence.of(hung, unit.get("-C1"), opened.minusYears(1), opened.minusDays(1), today())).isEmpty();
    }

    // ---- inspections ----

    @Test
    void aConcludedViolationIsAFindingAndADegradationOfItsSubjectClosedWhenItsTasksAreVerified() throws Exception {
        Concluded c = concludeAnInspection();
        long hung = member.get("Đặng Văn Hùng");
        long lan = member.get("Bùi Thị Lan");
        LocalDate concluded = today().minusDays(30);

        // Hùng's violation: a finding, open while his tasks are; the expressions it names
        Map<String, Object> finding = entry("FINDING", c.violationOfHung());
        assertThat(finding.get("member_id")).isEqualTo(hung);
        assertThat(finding.get("unit_id")).isEqualTo(unit.get("-C1"));
        assertThat(finding.get("source_kind")).isEqualTo("INSPECTION");
        assertThat(finding.get("group_id")).isEqualTo(c.id());
        assertThat(finding.get("detail")).isEqualTo("VIOLATION");
        assertThat(finding.get("summary"))
                .isEqualTo("Thông báo kết luận 21-TB/UBKTTU: Không gương mẫu trong thực hiện nhiệm vụ");
        assertThat(date(finding.get("occurred_on"))).isEqualTo(concluded);
        assertThat(finding.get("closed_on")).isNull();
        Map<String, Object> degradation = entry("DEGRADATION", c.violationOfHung());
        assertThat(degradation.get("member_id")).isEqualTo(hung);
        assertThat(degradation.get("detail")).isEqualTo(jdbc.sql("select degradation_codes from inspection_finding where id = ?")
                .param(c.violationOfHung()).query(String.class).single());
        assertThat(((String) degradation.get("detail")).split(",")).containsExactlyInAnyOrder("G1.2", "G2.3");
        assertThat(date(degradation.get("occurred_on"))).isEqualTo(concluded);
        // his tasks: follow-ups of the inspection's group, the first one late
        assertThat(entry("FOLLOW_UP", c.hungLate()).get("group_id")).isEqualTo(c.id());
        assertThat(evidence.of(hung, unit.get("-C1"), concluded, concluded, today()))
                .extracting(e -> e.kind() + " " + e.open() + " " + e.late())
                .containsExactlyInAnyOrder("FINDING true false", "DEGRADATION false false", "FOLLOW_UP true true",
                        "FOLLOW_UP true false");

        // the commune's shortcoming: its collective's, open while the commune's task is
        Map<String, Object> shortcoming = entry("FINDING", c.shortcomingOfC());
        assertThat(shortcoming.get("member_id")).isNull();
        assertThat(shortcoming.get("unit_id")).isEqualTo(unit.get("-C"));
        assertThat(shortcoming.get("detail")).isEqualTo("SHORTCOMING");
        assertThat(shortcoming.get("closed_on")).isNull();
        assertThat(entries("DEGRADATION", c.shortcomingOfC())).isEmpty();
        assertThat(evidence.of(null, unit.get("-C"), concluded, today(), today()))
                .extracting(e -> e.kind() + " " + e.sourceId() + " " + e.open())
                .containsExactlyInAnyOrder("FINDING " + c.shortcomingOfC() + " true", "FOLLOW_UP " + c.taskOfC() + " true");
        // Lan, personally responsible for the commune's violation, has no task of it: closed on the conclusion
        Map<String, Object> ofLan = entry("FINDING", c.violationOfLan());
        assertThat(ofLan.get("member_id")).isEqualTo(lan);
        assertThat(ofLan.get("unit_id")).isEqualTo(unit.get("-C"));
        assertThat(date(ofLan.get("closed_on"))).isEqualTo(concluded);
        assertThat(entry("DEGRADATION", c.violationOfLan()).get("detail")).isEqualTo("G3.9");
        assertThat(entry("DEGRADATION", c.violationOfLan()).get("closed_on")).isNull();
        // a strength is no evidence
        assertThat(jdbc.sql("select count(*) from evidence_entry where source_id = ?").param(c.strength())
                .query(Long.class).single()).isZero();

        // one of Hùng's two tasks verified: his finding stays open
        submitAndVerify(c.hungLate());
        assertThat(date(entry("FOLLOW_UP", c.hungLate()).get("closed_on"))).isEqualTo(today());
        assertThat(entry("FINDING", c.violationOfHung()).get("closed_on")).isNull();
        // the commune's task verified: the commune's finding closes, not Hùng's
        submitAndVerify(c.taskOfC());
        assertThat(date(entry("FINDING", c.shortcomingOfC()).get("closed_on"))).isEqualTo(today());
        assertThat(entry("FINDING", c.violationOfHung()).get("closed_on")).isNull();
        // the last one: closed on the day of its verification; the expressions concluded stay
        submitAndVerify(c.hungLater());
        assertThat(date(entry("FINDING", c.violationOfHung()).get("closed_on"))).isEqualTo(today());
        assertThat(entry("DEGRADATION", c.violationOfHung()).get("closed_on")).isNull();
        assertThat(date(entry("FINDING", c.violationOfLan()).get("closed_on"))).isEqualTo(concluded);
    }

    // ---- reviews ----

    @Test
    void theInspectionsConclusionStandsBesideTheYearsProposals() throws Exception {
        Concluded c = concludeAnInspection();
        int year = today().minusDays(30).getYear();
        long season = id(post("/api/v1/evaluation-seasons", board, obj("unitCode", p + "-C", "title",
                "Xếp loại năm " + year, "year", year, "depth", 1, "deadline", today().plusDays(20).toString()))
                .andExpect(status().isCreated()), "$.id");
        List<Map<String, Object>> lines = JsonPath.read(body(mvc.perform(MockMvcRequestBuilders.get(
                "/api/v1/evaluation-seasons/" + season + "/ratings").with(board.as()))), "$.items");
        java.util.function.Function<Object, Long> idOf = key -> lines.stream()
                .filter(l -> key instanceof Long m ? l.get("memberId") != null && m.equals(((Number) l.get("memberId")).longValue())
                        : l.get("memberId") == null && key.equals(l.get("unitCode")))
                .map(l -> ((Number) l.get("id")).longValue()).findFirst().orElseThrow();
        Map<String, Object> self = obj("level", "GOOD", "score", 80, "text", "Tự đánh giá.");
        for (Object subject : List.of(p + "-C1", p + "-C", member.get("Đặng Văn Hùng"))) {
            post("/api/v1/ratings/" + idOf.apply(subject) + "/self-assessment", board, self).andExpect(status().isOk());
        }
        // Hùng: the conclusion named expressions of degradation — Không hoàn thành, whatever was proposed
        post("/api/v1/ratings/" + idOf.apply(member.get("Đặng Văn Hùng")) + "/proposal", board,
                obj("level", "GOOD", "score", 80, "text", "Thẩm định.")).andExpect(status().isUnprocessableEntity());
        post("/api/v1/ratings/" + idOf.apply(member.get("Đặng Văn Hùng")) + "/proposal", board,
                obj("level", "NOT_COMPLETED", "score", 40, "text", "Thẩm định.")).andExpect(status().isOk())
                .andExpect(jsonPath("$.capsHolding[0]").value("DEGRADATION_CONCLUDED"));
        // the commune: Hoàn thành tốt proposed while its shortcoming is not remedied — flagged, the evidence beside it
        post("/api/v1/ratings/" + idOf.apply(p + "-C") + "/proposal", board,
                obj("level", "GOOD", "score", 80, "text", "Thẩm định.")).andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[0].kind").value("OPEN_FINDINGS"))
                .andExpect(jsonPath("$.evidence[?(@.kind == 'FINDING')].sourceId").value(
                        org.hamcrest.Matchers.hasItem(((Number) c.shortcomingOfC()).intValue())));
    }

    @Test
    void substantiatedFeedbackIsEvidenceWithoutItsGiverAndUnfoundedFeedbackIsNot() {
        long hung = member.get("Đặng Văn Hùng");
        long founded = feedbackAboutHung("Còn nể nang trong tự phê bình", List.of("G1.5"));
        long unfounded = feedbackAboutHung("Ý kiến không có cơ sở", List.of("G2.1"));
        long unverified = feedbackAboutHung("Ý kiến chưa xác minh", List.of());
        LocalDate verifiedOn = today().minusDays(1);
        runAs(board, () -> reviews.verify(founded, "SUBSTANTIATED", "Đã xác minh tại chi bộ", verifiedOn, null));
        runAs(board, () -> reviews.verify(unfounded, "UNFOUNDED", "Đã xác minh tại chi bộ", null));

        Map<String, Object> row = entry("FEEDBACK", founded);
        assertThat(row.get("member_id")).isEqualTo(hung);
        assertThat(row.get("unit_id")).isEqualTo(unit.get("-C1"));
        assertThat(row.get("source_kind")).isEqualTo("REVIEW");
        assertThat(row.get("summary")).isEqualTo("Còn nể nang trong tự phê bình");
        assertThat(row.get("detail")).isEqualTo("G1.5");
        assertThat(date(row.get("occurred_on"))).isEqualTo(verifiedOn);
        assertThat(entries("FEEDBACK", unfounded)).isEmpty();
        assertThat(entries("FEEDBACK", unverified)).isEmpty();
        // no trace of who gave it: not in the ledger, not in the event
        assertThat(jdbc.sql("select count(*) from evidence_entry where summary like '%Kínđáo%' or detail like '%Kínđáo%'")
                .query(Long.class).single()).isZero();
        assertThat(Arrays.stream(FeedbackSubstantiated.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("feedbackId", "unitId", "memberId", "codes", "verifiedOn", "text");
        assertThat(evidence.of(hung, 0L, verifiedOn, verifiedOn, today())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.FEEDBACK);
            assertThat(e.open()).isFalse();
        });
    }

    // ---- commitments ----

    @Test
    void aBrokenCommitmentIsEvidenceUntilALaterCheckFindsItKept() {
        long hung = member.get("Đặng Văn Hùng");
        long commitment = commitmentOf("Đặng Văn Hùng");
        long kept = commitmentOf("Bùi Thị Lan");
        runAs(secretary, () -> commitments.check(kept, CommitmentOutcome.KEPT, null, today(), null));
        assertThat(entries("COMMITMENT", kept)).isEmpty();

        runAs(secretary, () -> commitments.check(commitment, CommitmentOutcome.NOT_KEPT, "Vắng sinh hoạt ba kỳ liền",
                today().minusDays(2), null));
        Map<String, Object> row = entry("COMMITMENT", commitment);
        assertThat(row.get("member_id")).isEqualTo(hung);
        assertThat(row.get("unit_id")).isEqualTo(unit.get("-C1"));
        assertThat(row.get("source_kind")).isEqualTo("COMMITMENT");
        assertThat(row.get("detail")).isEqualTo("NOT_KEPT");
        assertThat(row.get("summary")).isEqualTo("Vắng sinh hoạt ba kỳ liền");
        assertThat(date(row.get("occurred_on"))).isEqualTo(today().minusDays(2));

        // checked again: partly kept replaces it; kept removes it
        runAs(secretary, () -> commitments.check(commitment, CommitmentOutcome.PARTLY, "Đã dự sinh hoạt từ tháng trước",
                today(), null));
        row = entry("COMMITMENT", commitment);
        assertThat(row.get("detail")).isEqualTo("PARTLY");
        assertThat(row.get("summary")).isEqualTo("Đã dự sinh hoạt từ tháng trước");
        assertThat(date(row.get("occurred_on"))).isEqualTo(today());
        runAs(secretary, () -> commitments.check(commitment, CommitmentOutcome.KEPT, null, today(), null));
        assertThat(entries("COMMITMENT", commitment)).isEmpty();
    }

    // ---- failures ----

    @Test
    void aFailedUseCaseRecordsNoEvidence() {
        long hung = member.get("Đặng Văn Hùng");
        // invalid input: a deadline before the opening
        assertThatThrownBy(() -> openTask("-C1", hung, today(), today().minusDays(1), "Khắc phục"))
                .isInstanceOf(ValidationException.class);
        // a commitment checked as not kept without the note it needs
        long commitment = commitmentOf("Đỗ Văn Minh");
        assertThatThrownBy(() -> runAs(secretary, () -> commitments.check(commitment, CommitmentOutcome.NOT_KEPT, " ",
                today(), null))).isInstanceOf(ValidationException.class);
        assertThat(entries("COMMITMENT", commitment)).isEmpty();
        // the task opened, then the transaction it belongs to fails: its evidence goes with it
        long[] task = new long[1];
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            task[0] = openTask("-C1", hung, today(), today().plusDays(5), "Khắc phục trong giao dịch thất bại");
            assertThat(entries("FOLLOW_UP", task[0])).hasSize(1);
            tx.setRollbackOnly();
        });
        assertThat(entries("FOLLOW_UP", task[0])).isEmpty();
        assertThat(jdbc.sql("select count(*) from follow_up where id = ?").param(task[0]).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from evidence_entry where unit_id = any(?)")
                .param(unit.values().toArray(Long[]::new)).query(Long.class).single()).isZero();
    }

    // ---- counts ----

    @Test
    void theCountsOfManySubjectsInOneStatement() throws Exception {
        Concluded c = concludeAnInspection();
        long hung = member.get("Đặng Văn Hùng");
        long lan = member.get("Bùi Thị Lan");
        long minh = member.get("Đỗ Văn Minh");
        long commitment = commitmentOf("Đặng Văn Hùng");
        runAs(secretary, () -> commitments.check(commitment, CommitmentOutcome.NOT_KEPT, "Chưa thực hiện", today(), null));
        LocalDate year = today().minusDays(364);

        Map<Long, Counts> counts = evidence.countsForMembers(List.of(hung, lan, minh), year, today(), today());
        assertThat(counts).containsOnlyKeys(hung, lan, minh);
        Counts ofHung = counts.get(hung);
        assertThat(ofHung.of(EvidenceKind.FINDING)).isEqualTo(new Tally(1, 1, 0));
        assertThat(ofHung.of(EvidenceKind.DEGRADATION)).isEqualTo(new Tally(1, 0, 0));
        assertThat(ofHung.of(EvidenceKind.FOLLOW_UP)).isEqualTo(new Tally(2, 2, 1));
        assertThat(ofHung.of(EvidenceKind.COMMITMENT)).isEqualTo(new Tally(1, 0, 0));
        assertThat(ofHung.of(EvidenceKind.FEEDBACK)).isEqualTo(Tally.NONE);
        assertThat(ofHung.inPeriod()).isEqualTo(5);
        assertThat(ofHung.open()).isEqualTo(3);
        assertThat(ofHung.late()).isEqualTo(1);
        assertThat(counts.get(lan).byKind()).containsOnly(Map.entry(EvidenceKind.FINDING, new Tally(1, 0, 0)),
                Map.entry(EvidenceKind.DEGRADATION, new Tally(1, 0, 0)));
        assertThat(counts.get(minh)).isEqualTo(Counts.NONE);
        // a period after the conclusion: the facts of that day are out of it; what is open still counts
        Counts later = evidence.countsForMembers(List.of(hung), today().minusDays(10), today(), today()).get(hung);
        assertThat(later.of(EvidenceKind.FINDING)).isEqualTo(new Tally(0, 1, 0));
        assertThat(later.of(EvidenceKind.FOLLOW_UP)).isEqualTo(new Tally(0, 2, 1));
        assertThat(later.of(EvidenceKind.DEGRADATION)).isEqualTo(Tally.NONE);
        assertThat(later.of(EvidenceKind.COMMITMENT)).isEqualTo(new Tally(1, 0, 0));
        // the units' collectives: the commune's finding and task; the cell's collective has nothing
        Map<Long, Counts> units = evidence.countsForUnits(List.of(unit.get("-C"), unit.get("-C1")), year, today(), today());
        assertThat(units.get(unit.get("-C")).byKind()).containsOnly(Map.entry(EvidenceKind.FINDING, new Tally(1, 1, 0)),
                Map.entry(EvidenceKind.FOLLOW_UP, new Tally(1, 1, 0)));
        assertThat(units.get(unit.get("-C1"))).isEqualTo(Counts.NONE);

        // once Hùng's tasks are verified, nothing of his is open
        submitAndVerify(c.hungLate());
        submitAndVerify(c.hungLater());
        Counts after = evidence.countsForMembers(List.of(hung), year, today(), today()).get(hung);
        assertThat(after.open()).isZero();
        assertThat(after.late()).isZero();
        assertThat(after.inPeriod()).isEqualTo(5);
        assertThat(evidence.countsForMembers(List.of(), year, today(), today())).isEmpty();
    }

    // ---- the backfill ----

    @Test
    void theBackfillWritesTheSameEntriesAgain() throws Exception {
        Concluded c = concludeAnInspection();
        submitAndVerify(c.hungLate());
        submitAndVerify(c.hungLater());
        long task = openTask("-C1", member.get("Đỗ Văn Minh"), today().minusDays(3), today().plusDays(3),
                "Khắc phục " + "việc chậm nộp đảng phí, ".repeat(60).trim());
        long founded = feedbackAboutHung("Còn nể nang trong tự phê bình", List.of("G1.5", "G2.1"));
        runAs(board, () -> reviews.verify(founded, "SUBSTANTIATED", "Đã xác minh", null));
        long unfounded = feedbackAboutHung("Ý kiến không có cơ sở", List.of());
        runAs(board, () -> reviews.verify(unfounded, "UNFOUNDED", "Đã xác minh", null));
        long broken = commitmentOf("Đặng Văn Hùng");
        runAs(secretary, () -> commitments.check(broken, CommitmentOutcome.PARTLY, "Thực hiện chưa đủ", today(), null));
        long kept = commitmentOf("Bùi Thị Lan");
        runAs(secretary, () -> commitments.check(kept, CommitmentOutcome.NOT_KEPT, "Chưa thực hiện", today(), null));
        runAs(secretary, () -> commitments.check(kept, CommitmentOutcome.KEPT, null, today(), null));

        List<Map<String, Object>> written = ledgerOfTheTest();
        // every kind, open and closed findings, a summary cut to 1000 characters
        assertThat(written).extracting(r -> r.get("kind")).contains("FINDING", "DEGRADATION", "FOLLOW_UP", "FEEDBACK",
                "COMMITMENT");
        assertThat(written).filteredOn(r -> "FINDING".equals(r.get("kind"))).extracting(r -> r.get("closed_on") == null)
                .contains(true, false);
        assertThat((String) entry("FOLLOW_UP", task).get("summary")).hasSize(1000).endsWith("…");

        int deleted = jdbc.sql("delete from evidence_entry where unit_id = any(?)")
                .param(unit.values().toArray(Long[]::new)).update();
        assertThat(deleted).isEqualTo(written.size());
        ResourceDatabasePopulator backfill = new ResourceDatabasePopulator(
                new ClassPathResource("db/migration/V17__evidence_backfill.sql"));
        backfill.setSqlScriptEncoding("UTF-8");
        backfill.execute(dataSource);

        assertThat(ledgerOfTheTest()).isEqualTo(written);
        // and run again, it adds nothing
        backfill.execute(dataSource);
        assertThat(ledgerOfTheTest()).hasSize(written.size());
    }
}
