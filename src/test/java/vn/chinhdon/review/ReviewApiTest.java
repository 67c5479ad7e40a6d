package vn.chinhdon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;

/**
 * A ward's year-end review (seed 004's method): the cells' collectives before the ward's, each collective before its
 * members, the head last, the collective's report completed after its members' reviews; feedback recorded by the
 * province's organization board, verified before anything is made of it, its giver kept from the member it is about;
 * the previous year's review beside this year's.
 */
class ReviewApiTest extends IntegrationTest {

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

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final String GIVER = "Ông Trần Văn Tư, tổ trưởng tổ dân phố số 3";

    private record Who(String username, RequestPostProcessor as) {
    }

    private String p;
    private Who board;
    private Who secretary1;
    private Who secretary2;
    private Who wardStaff;
    private Who outsider;
    private Who subject;
    private final Map<String, Long> member = new LinkedHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger BIRTHDAYS = new java.util.concurrent.atomic.AtomicInteger();

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @BeforeEach
    void tree() {
        p = unique("rv");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, FROM),
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Thái Bình", "PROVINCIAL", p + "-R", FROM),
                new UnitImportRow(p + "-W", "Đảng bộ phường Đề Thám", "GRASSROOTS_COMMITTEE", p + "-P", FROM),
                new UnitImportRow(p + "-W1", "Chi bộ tổ dân phố số 1", "SUBORDINATE_CELL", p + "-W", FROM),
                new UnitImportRow(p + "-W2", "Chi bộ tổ dân phố số 2", "SUBORDINATE_CELL", p + "-W", FROM),
                new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", p + "-R", FROM)), 1));
        LocalDate birth = LocalDate.of(1962, 1, 1).plusDays(BIRTHDAYS.incrementAndGet());
        asSystem(() -> members.importMembers(List.of(
                row("Nguyễn Văn An", "-W1", birth), row("Trần Thị Bình", "-W1", birth), row("Lê Văn Cường", "-W1", birth),
                row("Phạm Thị Dung", "-W2", birth), row("Hoàng Văn Em", "-W2", birth)), 1));
        asSystem(() -> members.search(p + "-P", null, null, 0, 50).items().forEach(m -> member.put(m.fullName(), m.id())));
        // An is secretary of his cell and of the ward (the head of both); Dung is the ward's deputy secretary
        asSystem(() -> {
            var cell = committees.openTerm(p + "-W1", "2020–2025", LocalDate.of(2020, 1, 1), null);
            committees.appoint(p + "-W1", cell.id(), member.get("Nguyễn Văn An"), "SECRETARY", true, LocalDate.of(2020, 1, 1));
            var ward = committees.openTerm(p + "-W", "2020–2025", LocalDate.of(2020, 1, 1), null);
            committees.appoint(p + "-W", ward.id(), member.get("Nguyễn Văn An"), "SECRETARY", true, LocalDate.of(2020, 1, 1));
            committees.appoint(p + "-W", ward.id(), member.get("Phạm Thị Dung"), "DEPUTY_SECRETARY", false,
                    LocalDate.of(2020, 1, 1));
        });
        board = who("ORGANIZATION_BOARD", p + "-P", null);
        secretary1 = who("CELL_SECRETARY", p + "-W1", null);
        secretary2 = who("CELL_SECRETARY", p + "-W2", null);
        wardStaff = who("COMMITTEE_STAFF", p + "-W", null);
        outsider = who("ORGANIZATION_BOARD", p + "-Q", null);
        subject = who("MEMBER", p + "-W1", member.get("Trần Thị Bình"));
    }

    private MemberImportRow row(String name, String unit, LocalDate birth) {
        return new MemberImportRow(null, name, name.contains("Thị") ? "Nữ" : "Nam", birth.toString(), "2000-01-01",
                "2001-01-01", p + unit, null);
    }

    private Who who(String role, String unitCode, Long memberId) {
        String username = unique("u");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Cán bộ " + username, memberId,
                List.of(new UserManagement.GrantRequest(role, unitCode)))));
        return new Who(username, as(username));
    }


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

    /** Opens the ward's round for a year, its cells taking part. */
    private long round(String label, LocalDate from, LocalDate to) throws Exception {
        return id(post("/api/v1/review-rounds", board, obj("unitCode", p + "-W", "title", "Kiểm điểm năm " + label,
                "periodKind", "YEAR", "periodLabel", label, "periodFrom", from.toString(), "periodTo", to.toString(),
                "depth", 1, "deadline", today().plusDays(30).toString(), "reportDeadline", today().plusDays(40).toString()))
                .andExpect(status().isCreated()), "$.id");
    }

    /** The review of a unit's collective (name null) or of one of its members in the round. */
    private long review(long round, String unit, String name) throws Exception {
        List<Map<String, Object>> lines = JsonPath.read(body(read("/api/v1/review-rounds/" + round + "/reviews?unitCode="
                + p + unit, board)), "$");
        return lines.stream().filter(l -> name == null ? l.get("memberId") == null : name.equals(l.get("memberName")))
                .map(l -> ((Number) l.get("id")).longValue()).findFirst().orElseThrow();
    }

    private ResultActions hold(long review, Who who, Object... extra) throws Exception {
        Map<String, Object> body = obj("heldOn", today().toString(), "durationMinutes", 120, "present", 9, "expected", 10,
                "chair", "Đồng chí Nguyễn Văn An", "superiorRepresentative", "Đồng chí Lý Văn Sơn, Phó Trưởng Ban Tổ chức",
                "report", "Báo cáo tự kiểm điểm năm: ưu điểm, hạn chế, nguyên nhân, phương hướng khắc phục.");
        body.putAll(obj(extra));
        return post("/api/v1/reviews/" + review + "/session", who, body);
    }

    @Test
    void theOrderIsEnforcedAndTheCollectiveReportIsCompletedAfterItsMembers() throws Exception {
        long round = round("2026", LocalDate.of(2026, 1, 1), today());
        // 3 collectives (the ward, 2 cells); the cells' 5 members; the ward committee's 2 members (An, head)
        read("/api/v1/review-rounds/" + round, board).andExpect(status().isOk())
                .andExpect(jsonPath("$.collectives").value(3)).andExpect(jsonPath("$.individuals").value(7))
                .andExpect(jsonPath("$.collectivesHeld").value(0));
        List<Map<String, Object>> cell1 = JsonPath.read(body(read("/api/v1/review-rounds/" + round + "/reviews?unitCode="
                + p + "-W1", secretary1)), "$");
        assertThat(cell1).extracting(l -> l.get("memberName")).containsExactly(null, "Trần Thị Bình", "Lê Văn Cường",
                "Nguyễn Văn An");
        assertThat(cell1.get(3).get("head")).isEqualTo(true);

        long ward = review(round, "-W", null);
        long cellOne = review(round, "-W1", null);
        long cellTwo = review(round, "-W2", null);
        long an = review(round, "-W1", "Nguyễn Văn An");
        long binh = review(round, "-W1", "Trần Thị Bình");
        long cuong = review(round, "-W1", "Lê Văn Cường");

        // the ward's collective waits for its cells'; a member waits for their cell's collective
        hold(ward, wardStaff).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Chưa đến lượt: tập thể Chi bộ tổ dân phố số")));
        read("/api/v1/reviews/" + ward, wardStaff).andExpect(jsonPath("$.blockedKey").value("review.waiting.lowerCollective"));
        hold(binh, secretary1).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Chưa đến lượt: tập thể của đơn vị chưa kiểm điểm."));
        // a cell's secretary records their own cell only
        hold(cellTwo, secretary1).andExpect(status().isNotFound());
        hold(cellOne, secretary1).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("HELD"))
                .andExpect(jsonPath("$.heldBy").value(secretary1.username()));
        hold(cellOne, secretary1).andExpect(status().isConflict());
        // the head reviews last
        hold(an, secretary1).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("còn 2 đảng viên khác chưa kiểm điểm")));
        // the collective's final report waits for its members
        post("/api/v1/reviews/" + cellOne + "/final-report", secretary1, obj("finalReport", "Báo cáo hoàn chỉnh",
                "additions", "Bổ sung")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("còn 3 đảng viên chưa kiểm điểm cá nhân")));
        hold(binh, secretary1).andExpect(status().isOk());
        hold(cuong, secretary1).andExpect(status().isOk());
        hold(an, secretary1).andExpect(status().isOk());
        post("/api/v1/reviews/" + cellOne + "/final-report", secretary1, obj("finalReport",
                "Báo cáo kiểm điểm tập thể chi ủy đã hoàn chỉnh", "additions",
                "Tiếp thu ý kiến của đồng chí Bình: bổ sung hạn chế về sinh hoạt chuyên đề")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FINALIZED"))
                .andExpect(jsonPath("$.additions").value("Tiếp thu ý kiến của đồng chí Bình: bổ sung hạn chế về sinh hoạt chuyên đề"));

        // the progress of the round: the ward waits for cell 2, cell 2 for its collective's review
        List<Map<String, Object>> progress = JsonPath.read(body(read("/api/v1/review-rounds/" + round + "/progress",
                board)), "$.items");
        assertThat(progress).extracting(l -> l.get("unitCode"), l -> l.get("collective"), l -> l.get("waitingOnKey"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p + "-W", "PENDING", "review.waiting.lowerCollectives"),
                        org.assertj.core.groups.Tuple.tuple(p + "-W1", "FINALIZED", null),
                        org.assertj.core.groups.Tuple.tuple(p + "-W2", "PENDING", "review.waiting.collectiveSession"));

        hold(cellTwo, secretary2).andExpect(status().isOk());
        hold(review(round, "-W2", "Phạm Thị Dung"), secretary2).andExpect(status().isOk());
        hold(review(round, "-W2", "Hoàng Văn Em"), secretary2).andExpect(status().isOk());
        // now the ward: its collective, then its deputy, its secretary (the head) last
        hold(ward, wardStaff).andExpect(status().isOk());
        hold(review(round, "-W", "Nguyễn Văn An"), wardStaff).andExpect(status().isConflict());
        hold(review(round, "-W", "Phạm Thị Dung"), wardStaff).andExpect(status().isOk());
        hold(review(round, "-W", "Nguyễn Văn An"), wardStaff).andExpect(status().isOk());
        read("/api/v1/review-rounds/" + round, board).andExpect(jsonPath("$.collectivesHeld").value(3))
                .andExpect(jsonPath("$.individualsHeld").value(7)).andExpect(jsonPath("$.collectivesFinalized").value(1));
        // another province sees none of it
        read("/api/v1/review-rounds/" + round, outsider).andExpect(status().isNotFound());
        read("/api/v1/reviews/" + binh, outsider).andExpect(status().isNotFound());
        read("/api/v1/review-rounds?unitCode=" + p + "-Q", outsider).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void feedbackIsVerifiedBeforeUseAndItsGiverIsKeptFromTheMemberItIsAbout() throws Exception {
        long round = round("2026", LocalDate.of(2026, 1, 1), today());
        long cellOne = review(round, "-W1", null);
        long binh = review(round, "-W1", "Trần Thị Bình");
        hold(cellOne, secretary1).andExpect(status().isOk());
        // the province's board records two pieces of feedback; the cell's secretary cannot
        post("/api/v1/reviews/" + binh + "/feedback", secretary1, obj("sourceKind", "PEOPLE", "giver", GIVER,
                "text", "x")).andExpect(status().isForbidden());
        post("/api/v1/reviews/" + binh + "/feedback", board, obj("sourceKind", "PEOPLE", "giver", "", "text", " ",
                "codes", List.of("G4.1"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("giver", "text", "codes")));
        long unfounded = id(post("/api/v1/reviews/" + binh + "/feedback", board, obj("sourceKind", "PEOPLE", "giver", GIVER,
                "text", "Đồng chí ít tham gia sinh hoạt tổ dân phố", "codes", List.of("g1.4")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.giver").value(GIVER))
                .andExpect(jsonPath("$.codes[0]").value("G1.4")).andExpect(jsonPath("$.state").value("UNVERIFIED")), "$.id");
        long founded = id(post("/api/v1/reviews/" + binh + "/feedback", board, obj("sourceKind", "RESIDENCE_CELL",
                "giver", GIVER, "text", "Trong phê bình còn nể nang, né tránh", "codes", List.of("G1.5")))
                .andExpect(status().isCreated()), "$.id");
        // unverified: seen by the board only, never by the member nor the cell's secretary
        read("/api/v1/reviews/" + binh, subject).andExpect(status().isOk()).andExpect(jsonPath("$.feedback", hasSize(0)));
        read("/api/v1/reviews/" + binh, secretary1).andExpect(jsonPath("$.feedback", hasSize(0)));
        read("/api/v1/review-feedback/" + founded, subject).andExpect(status().isNotFound());
        read("/api/v1/reviews/" + binh, board).andExpect(jsonPath("$.feedback", hasSize(2)))
                .andExpect(jsonPath("$.actions.seesGivers").value(true));
        read("/api/v1/review-rounds/" + round, board).andExpect(jsonPath("$.feedbackUnverified").value(2));
        read("/api/v1/review-feedback?unitCode=" + p + "-P", board).andExpect(jsonPath("$", hasSize(2)));
        // an unverified item cannot be cited in a conclusion
        hold(binh, secretary1, "conclusion", "Kết luận", "citedFeedbackIds", List.of(founded))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("chưa được xác minh là có cơ sở")));
        // verification: once, with how; unfounded stays out of everything
        post("/api/v1/review-feedback/" + unfounded + "/verification", board, obj("outcome", "UNVERIFIED",
                "verification", "")).andExpect(status().isUnprocessableContent());
        post("/api/v1/review-feedback/" + unfounded + "/verification", board, obj("outcome", "UNFOUNDED",
                "verification", "Tổ trưởng tổ dân phố xác nhận đồng chí tham gia đầy đủ")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNFOUNDED")).andExpect(jsonPath("$.verifiedBy").value(board.username()));
        post("/api/v1/review-feedback/" + unfounded + "/verification", board, obj("outcome", "SUBSTANTIATED",
                "verification", "Lần nữa")).andExpect(status().isConflict());
        post("/api/v1/review-feedback/" + unfounded + "/assignments", board, obj("kind", "EXPLAIN", "deadline",
                today().plusDays(10).toString())).andExpect(status().isConflict());
        post("/api/v1/review-feedback/" + founded + "/verification", board, obj("outcome", "SUBSTANTIATED",
                "verification", "Đối chiếu biên bản sinh hoạt chi bộ quý III và IV")).andExpect(status().isOk());
        hold(binh, secretary1, "conclusion", "Kết luận", "citedFeedbackIds", List.of(unfounded))
                .andExpect(status().isUnprocessableContent());
        // the substantiated item: assigned for an explanation, a follow-up task of the member herself
        long task = id(post("/api/v1/review-feedback/" + founded + "/assignments", board, obj("kind", "EXPLAIN",
                "deadline", today().plusDays(10).toString())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignments[0].kind").value("EXPLAIN")), "$.assignments[0].followUpId");
        read("/api/v1/follow-ups/" + task, subject).andExpect(status().isOk())
                .andExpect(jsonPath("$.source.kind").value("REVIEW")).andExpect(jsonPath("$.canSubmit").value(true))
                .andExpect(jsonPath("$.ownerMemberName").value("Trần Thị Bình"))
                .andExpect(content().string(not(containsString(GIVER))));
        hold(binh, secretary1, "conclusion", "Đồng chí nhận khuyết điểm, cam kết khắc phục", "citedFeedbackIds",
                List.of(founded), "remedies", List.of(obj("text", "Thẳng thắn góp ý trong sinh hoạt chi bộ", "deadline",
                        today().plusDays(60).toString(), "ofMember", true))).andExpect(status().isOk())
                .andExpect(jsonPath("$.citedFeedbackIds[0]").value(founded))
                .andExpect(jsonPath("$.remedies", hasSize(1)));
        // the member sees the substantiated item, never who gave it; the board does; an administrator does not
        read("/api/v1/reviews/" + binh, subject).andExpect(jsonPath("$.feedback", hasSize(1)))
                .andExpect(jsonPath("$.feedback[0].text").value("Trong phê bình còn nể nang, né tránh"))
                .andExpect(jsonPath("$.feedback[0].giver").doesNotExist())
                .andExpect(jsonPath("$.actions.seesGivers").value(false))
                .andExpect(content().string(not(containsString(GIVER))));
        read("/api/v1/review-feedback/" + founded, subject).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(GIVER))));
        read("/api/v1/reviews/" + binh, board).andExpect(jsonPath("$.feedback[1].giver").value(GIVER));
        read("/api/v1/reviews/" + binh, who("ADMIN", null, null)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(GIVER))));
        // the audit never names the giver
        assertThat(jdbc.sql("select count(*) from audit_event where summary like ? or cast(changes as text) like ?")
                .params("%" + GIVER + "%", "%" + GIVER + "%").query(Long.class).single()).isZero();
    }

    @Test
    void eachReviewShowsTheSameSubjectsPreviousReviewAndWhatItLeftOpen() throws Exception {
        long last = round("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        hold(review(last, "-W1", null), secretary1).andExpect(status().isOk());
        long before = review(last, "-W1", "Trần Thị Bình");
        hold(before, secretary1, "report", "Báo cáo năm 2025: còn ngại phát biểu trong sinh hoạt", "conclusion",
                "Cần mạnh dạn góp ý", "remedies", List.of(obj("text", "Chuẩn bị ý kiến trước mỗi kỳ sinh hoạt", "deadline",
                        today().plusDays(30).toString(), "ofMember", true),
                        obj("text", "Đăng ký một việc làm theo Chỉ thị 05", "deadline", today().plusDays(45).toString(),
                                "ofMember", true))).andExpect(status().isOk());
        // her commitment with the cell for last year, recorded by the secretary on her behalf
        long commitment = id(post("/api/v1/commitments", secretary1, obj("memberId", member.get("Trần Thị Bình"),
                "cellCode", p + "-W1", "year", 2025, "codes", List.of("G1.5"), "actions",
                List.of("Thẳng thắn góp ý trong mỗi kỳ sinh hoạt"), "signedOn", "2025-01-15"))
                .andExpect(status().isCreated()), "$.id");
        long now = round("2026", LocalDate.of(2026, 1, 1), today());
        long binh = review(now, "-W1", "Trần Thị Bình");
        // this year's review shows it to be checked; once checked, its outcome
        read("/api/v1/reviews/" + binh, secretary1).andExpect(jsonPath("$.commitments", hasSize(1)))
                .andExpect(jsonPath("$.commitments[0].year").value(2025))
                .andExpect(jsonPath("$.commitments[0].recordedOnBehalf").value(true))
                .andExpect(jsonPath("$.commitments[0].canCheck").value(true));
        post("/api/v1/commitments/" + commitment + "/check", secretary1, obj("outcome", "PARTLY", "note",
                "Đã góp ý nhưng chưa thường xuyên")).andExpect(status().isOk());
        read("/api/v1/reviews/" + binh, subject).andExpect(jsonPath("$.commitments[0].outcome").value("PARTLY"));
        read("/api/v1/reviews/" + binh, subject).andExpect(status().isOk())
                .andExpect(jsonPath("$.previous.id").value(before))
                .andExpect(jsonPath("$.previous.periodLabel").value("2025"))
                .andExpect(jsonPath("$.previous.report").value("Báo cáo năm 2025: còn ngại phát biểu trong sinh hoạt"))
                .andExpect(jsonPath("$.previous.conclusion").value("Cần mạnh dạn góp ý"))
                .andExpect(jsonPath("$.previous.openItems", hasSize(2)))
                .andExpect(jsonPath("$.previous.openItems[0].description").value("Chuẩn bị ý kiến trước mỗi kỳ sinh hoạt"));
        // the cell's collective has its own previous review; the ward's collective had none
        read("/api/v1/reviews/" + review(now, "-W1", null), secretary1)
                .andExpect(jsonPath("$.previous.periodLabel").value("2025"));
        read("/api/v1/reviews/" + review(now, "-W", null), wardStaff).andExpect(jsonPath("$.previous").doesNotExist());
        // the same label twice is refused; every problem at once
        post("/api/v1/review-rounds", board, obj("unitCode", p + "-W", "title", "", "periodKind", "DECADE",
                "periodLabel", "2026", "periodFrom", "2026-12-31", "periodTo", "2026-01-01", "deadline", "2020-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title",
                        "periodKind", "periodTo", "deadline")));
        post("/api/v1/review-rounds", wardStaff, obj("unitCode", p + "-W", "title", "Kiểm điểm", "periodKind", "YEAR",
                "periodLabel", "2027", "periodFrom", "2027-01-01", "periodTo", "2027-12-31", "deadline",
                today().plusDays(5).toString())).andExpect(status().isForbidden());
    }
}
