package vn.chinhdon.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.review.FeedbackView;
import vn.chinhdon.review.ReviewManagement;

/**
 * The review pages in Vietnamese (seed 004's method, the same ward as {@code ReviewApiTest}): a round opened through
 * its form (and refused with every problem at once), its progress saying what waits on whom, the order of the reviews
 * kept by the session forms, feedback recorded, verified and assigned through the forms with its giver shown to the
 * province's organization board only, the previous period beside this one, a stale form, and a user of another
 * province who finds none of it.
 */
class ReviewPagesTest extends IntegrationTest {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final String GIVER = "Ông Trần Văn Tư, tổ trưởng tổ dân phố số 3";
    private static final java.util.concurrent.atomic.AtomicInteger BIRTHDAYS = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    CommitteeManagement committees;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    Clock clock;

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

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @BeforeEach
    void tree() {
        p = unique("rp");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-R", "Trung ương thử", "CENTRAL", null, FROM),
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Thái Bình", "PROVINCIAL", p + "-R", FROM),
                new UnitImportRow(p + "-W", "Đảng bộ phường Đề Thám", "GRASSROOTS_COMMITTEE", p + "-P", FROM),
                new UnitImportRow(p + "-W1", "Chi bộ tổ dân phố số 1", "SUBORDINATE_CELL", p + "-W", FROM),
                new UnitImportRow(p + "-W2", "Chi bộ tổ dân phố số 2", "SUBORDINATE_CELL", p + "-W", FROM),
                new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", p + "-R", FROM)), 1));
        LocalDate birth = LocalDate.of(1961, 1, 1).plusDays(BIRTHDAYS.incrementAndGet());
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

    private MockHttpServletRequestBuilder form(String url, Who who) {
        return post(url).with(who.as()).with(csrf());
    }

    private ResultActions open(Who who, String label, LocalDate from, LocalDate to) throws Exception {
        return mvc.perform(form("/reviews/rounds", who).param("unitCode", p + "-W").param("title", "Kiểm điểm năm " + label)
                .param("periodKind", "YEAR").param("periodLabel", label).param("periodFrom", from.toString())
                .param("periodTo", to.toString()).param("depth", "1").param("deadline", today().plusDays(30).toString())
                .param("reportDeadline", today().plusDays(40).toString()));
    }

    /** Opens the ward's round for a year through the page, its cells taking part; its id. */
    private long round(String label, LocalDate from, LocalDate to) throws Exception {
        String location = open(board, label, from, to).andExpect(redirectedUrlPattern("/reviews/rounds/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/reviews/rounds/".length()));
    }

    /** The review of a unit's collective (name null) or of one of its members in the round. */
    private long review(long round, String unit, String name) {
        long[] id = new long[1];
        asSystem(() -> id[0] = reviews.reviewsOf(round, p + unit).stream()
                .filter(l -> name == null ? l.collective() : name.equals(l.memberName())).findFirst().orElseThrow().id());
        return id[0];
    }

    private long version(long review) {
        long[] v = new long[1];
        asSystem(() -> v[0] = reviews.review(review).version());
        return v[0];
    }

    private long feedbackVersion(long feedback) {
        long[] v = new long[1];
        asSystem(() -> v[0] = reviews.feedback(feedback).version());
        return v[0];
    }

    private String html(String url, Who who) throws Exception {
        return mvc.perform(get(url).with(who.as())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The session form of a review, sent with its required fields and {@code extra} name/value pairs. */
    private ResultActions hold(long review, Who who, String... extra) throws Exception {
        MockHttpServletRequestBuilder req = form("/reviews/" + review + "/session", who).param("heldOn", today().toString())
                .param("durationMinutes", "120").param("present", "9").param("expected", "10")
                .param("chair", "Đồng chí Bí thư").param("report", "Báo cáo kiểm điểm năm 2026")
                .param("version", String.valueOf(version(review)));
        for (int i = 0; i < extra.length; i += 2) {
            req.param(extra[i], extra[i + 1]);
        }
        return mvc.perform(req);
    }

    private static int at(String html, String text) {
        int i = html.indexOf(text);
        assertThat(i).as(text).isGreaterThanOrEqualTo(0);
        return i;
    }

    @Test
    void aRoundIsOpenedThroughItsFormAndARefusalSaysWhyInVietnamese() throws Exception {
        mvc.perform(get("/reviews").param("unitCode", p + "-W").with(board.as())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa có đợt kiểm điểm nào của đơn vị này."),
                        containsString("id=\"open-form\""), containsString("Đảng bộ phường Đề Thám"))));
        // the ward's staff records reviews but does not open rounds: no form
        mvc.perform(get("/reviews").param("unitCode", p + "-W").with(wardStaff.as())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"open-form\""))));

        // every problem at once, each beside its field
        mvc.perform(form("/reviews/rounds", board).param("unitCode", p + "-W").param("title", " ").param("periodKind", "")
                .param("periodLabel", "2026").param("periodFrom", "2026-12-31").param("periodTo", "2026-01-01")
                .param("deadline", today().minusDays(1).toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(
                        containsString("<strong>Tên đợt kiểm điểm: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("<strong>Loại kỳ: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("Ngày cuối của kỳ kiểm điểm không được trước ngày đầu."),
                        containsString("<strong>Hạn kiểm điểm: </strong><span>Thời hạn không được trước ngày mở đợt (" + VI.format(today()) + ").</span>"),
                        containsString("is-invalid"))));
        // a date that is not a date
        mvc.perform(form("/reviews/rounds", board).param("unitCode", p + "-W").param("periodFrom", "31/12"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("<strong>Từ ngày: </strong><span>Ngày không đúng định dạng.</span>")));
        // who may not open one is told so
        open(wardStaff, "2026", LocalDate.of(2026, 1, 1), today()).andExpect(status().isForbidden())
                .andExpect(content().string(containsString(
                        "Chỉ Ban Tổ chức của Đảng bộ phường Đề Thám mới tổ chức đợt kiểm điểm, ghi nhận và xác minh góp ý.")));

        open(board, "2026", LocalDate.of(2026, 1, 1), today()).andExpect(redirectedUrlPattern("/reviews/rounds/*"))
                .andExpect(flash().attribute("notice",
                        "Đã mở đợt „Kiểm điểm năm 2026“: 3 tập thể và 7 đảng viên kiểm điểm."));
        open(board, "2026", LocalDate.of(2026, 1, 1), today()).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("<strong>Kỳ: </strong><span>Đơn vị đã mở đợt kiểm điểm kỳ „2026“.</span>")));
        // the round is listed for the ward, for its cells, and for the province
        for (String unit : List.of("-W", "-W1", "-P")) {
            mvc.perform(get("/reviews").param("unitCode", p + unit).with(board.as())).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Kiểm điểm năm 2026"), containsString("Tập thể: 0/3"),
                            containsString("Đảng viên: 0/7"))));
        }
        // the unit page links to its reviews
        mvc.perform(get("/units/" + p + "-W").with(board.as())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/reviews?unitCode=" + p + "-W\"")));
    }

    @Test
    void theProgressSaysWhatWaitsOnWhomAndTheSessionFormsKeepTheOrder() throws Exception {
        long round = round("2026", LocalDate.of(2026, 1, 1), today());
        String progress = html("/reviews/rounds/" + round, board);
        // in tree order: the ward waits for its cells, each cell for its collective's session
        assertThat(at(progress, "Đảng bộ phường Đề Thám")).isLessThan(at(progress, "Chi bộ tổ dân phố số 1"));
        assertThat(progress).contains("Chờ tập thể cấp dưới kiểm điểm", "Chờ kiểm điểm tập thể",
                "href=\"/reviews/rounds/" + round + "/units/" + p + "-W1\"", "review-level-1");

        // a cell's reviews: its collective first, its members, the head last
        String cell = html("/reviews/rounds/" + round + "/units/" + p + "-W1", secretary1);
        assertThat(at(cell, "Tập thể Chi bộ tổ dân phố số 1")).isLessThan(at(cell, "Trần Thị Bình"));
        assertThat(at(cell, "Lê Văn Cường")).isLessThan(at(cell, "Nguyễn Văn An"));
        assertThat(at(cell, "Nguyễn Văn An")).isLessThan(at(cell, "Người đứng đầu"));

        long ward = review(round, "-W", null);
        long cellOne = review(round, "-W1", null);
        long an = review(round, "-W1", "Nguyễn Văn An");
        long binh = review(round, "-W1", "Trần Thị Bình");
        long cuong = review(round, "-W1", "Lê Văn Cường");

        // out of order: the page says whose turn it is instead of offering the session form; a forged POST is refused
        mvc.perform(get("/reviews/" + binh).with(secretary1.as())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa đến lượt: tập thể của đơn vị chưa kiểm điểm."),
                        not(containsString("id=\"session-form\"")))));
        mvc.perform(get("/reviews/" + ward).with(wardStaff.as()))
                .andExpect(content().string(allOf(containsString("Chưa đến lượt: tập thể Chi bộ tổ dân phố số"),
                        not(containsString("id=\"session-form\"")))));
        hold(binh, secretary1).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Chưa đến lượt: tập thể của đơn vị chưa kiểm điểm.")));

        // the cell's collective: the form, its problems, then recorded
        mvc.perform(get("/reviews/" + cellOne).with(secretary1.as()))
                .andExpect(content().string(allOf(containsString("id=\"session-form\""), containsString("Biện pháp 3"),
                        not(containsString("của đảng viên")))));
        mvc.perform(get("/reviews/" + cellOne).param("rows", "6").with(secretary1.as()))
                .andExpect(content().string(containsString("Biện pháp 6")));
        mvc.perform(form("/reviews/" + cellOne + "/session", secretary1).param("heldOn", today().plusDays(2).toString())
                .param("present", "12").param("expected", "10").param("remedies[1].text", "Sinh hoạt chuyên đề hằng quý")
                .param("version", String.valueOf(version(cellOne))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("<strong>Chủ trì: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("<strong>Báo cáo kiểm điểm: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("Số có mặt phải từ 0 đến tổng số triệu tập."),
                        containsString("<strong>Biện pháp 2 – Hạn hoàn thành: </strong>"),
                        containsString("Sinh hoạt chuyên đề hằng quý"))));
        long stale = version(cellOne);
        hold(cellOne, secretary1, "remedies[0].text", "Sinh hoạt chuyên đề hằng quý", "remedies[0].deadline",
                today().plusDays(90).toString())
                .andExpect(redirectedUrl("/reviews/" + cellOne + "#session"))
                .andExpect(flash().attribute("notice", "Đã ghi kết quả buổi kiểm điểm (1 biện pháp khắc phục)."));
        // the same form sent again from the page read before: someone changed this, reload
        mvc.perform(form("/reviews/" + cellOne + "/session", secretary1).param("heldOn", today().toString())
                .param("chair", "X").param("report", "Y").param("version", String.valueOf(stale)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Bản ghi đã được người khác thay đổi"),
                        containsString("Tải lại trang"))));
        String held = html("/reviews/" + cellOne, secretary1);
        assertThat(held).contains("Đã kiểm điểm", "Báo cáo kiểm điểm năm 2026", "9/10 đồng chí", "120 phút",
                "Sinh hoạt chuyên đề hằng quý", "href=\"/follow-ups/",
                "Chưa hoàn chỉnh được báo cáo tập thể: còn 3 đảng viên chưa kiểm điểm cá nhân.").doesNotContain("id=\"final-form\"");

        // the head after the others
        mvc.perform(get("/reviews/" + an).with(secretary1.as())).andExpect(content().string(containsString(
                "Chưa đến lượt: người đứng đầu kiểm điểm sau cùng; còn 2 đảng viên khác chưa kiểm điểm.")));
        hold(binh, secretary1, "remedies[0].text", "Chuẩn bị ý kiến trước mỗi kỳ sinh hoạt", "remedies[0].deadline",
                today().plusDays(30).toString(), "remedies[0].ofMember", "true")
                .andExpect(redirectedUrl("/reviews/" + binh + "#session"));
        hold(cuong, secretary1).andExpect(redirectedUrl("/reviews/" + cuong + "#session"));
        hold(an, secretary1).andExpect(redirectedUrl("/reviews/" + an + "#session"));
        mvc.perform(get("/reviews/" + binh).with(subject.as())).andExpect(content().string(allOf(
                containsString("Chuẩn bị ý kiến trước mỗi kỳ sinh hoạt"), containsString("Trần Thị Bình"))));

        // the collective's report completed with what the members added
        mvc.perform(get("/reviews/" + cellOne).with(secretary1.as()))
                .andExpect(content().string(containsString("id=\"final-form\"")));
        mvc.perform(form("/reviews/" + cellOne + "/final-report", secretary1).param("finalReport", "")
                .param("additions", "").param("version", String.valueOf(version(cellOne))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("<strong>Báo cáo hoàn chỉnh: </strong><span>Bắt buộc nhập.</span>")));
        mvc.perform(form("/reviews/" + cellOne + "/final-report", secretary1)
                .param("finalReport", "Báo cáo kiểm điểm tập thể chi ủy đã hoàn chỉnh")
                .param("additions", "Tiếp thu ý kiến của đồng chí Bình: bổ sung hạn chế về sinh hoạt chuyên đề")
                .param("version", String.valueOf(version(cellOne))))
                .andExpect(redirectedUrl("/reviews/" + cellOne + "#final"))
                .andExpect(flash().attribute("notice", "Đã hoàn chỉnh báo cáo kiểm điểm tập thể."));
        mvc.perform(get("/reviews/" + cellOne).with(secretary1.as())).andExpect(content().string(allOf(
                containsString("Đã hoàn chỉnh báo cáo"), containsString("bổ sung hạn chế về sinh hoạt chuyên đề"),
                not(containsString("id=\"final-form\"")), not(containsString("id=\"session-form\"")))));

        // the round: cell 1 done, cell 2 waits for its collective, the ward for cell 2
        String after = html("/reviews/rounds/" + round, board);
        assertThat(after).contains("3/7", "1/3", "Đã xong", "Chờ kiểm điểm tập thể", "Chờ tập thể cấp dưới kiểm điểm");
        // a cell's secretary sees their own cell's line only
        assertThat(html("/reviews/rounds/" + round, secretary2)).contains("Chi bộ tổ dân phố số 2")
                .doesNotContain("Chi bộ tổ dân phố số 1");
    }

    @Test
    void feedbackIsRecordedVerifiedAndAssignedThroughTheFormsAndItsGiverIsShownToTheBoardOnly() throws Exception {
        long round = round("2026", LocalDate.of(2026, 1, 1), today());
        long cellOne = review(round, "-W1", null);
        long binh = review(round, "-W1", "Trần Thị Bình");
        hold(cellOne, secretary1).andExpect(redirectedUrl("/reviews/" + cellOne + "#session"));

        // the province's board records feedback; the cell's secretary has no form and is refused
        mvc.perform(get("/reviews/" + binh).with(board.as())).andExpect(content().string(containsString("id=\"feedback-form\"")));
        mvc.perform(get("/reviews/" + binh).with(secretary1.as()))
                .andExpect(content().string(not(containsString("id=\"feedback-form\""))));
        mvc.perform(form("/reviews/" + binh + "/feedback", secretary1).param("sourceKind", "PEOPLE").param("giver", GIVER)
                .param("text", "x").param("version", String.valueOf(version(binh))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ Ban Tổ chức của")));
        mvc.perform(form("/reviews/" + binh + "/feedback", board).param("sourceKind", "").param("giver", "")
                .param("text", " ").param("codes", "G4.1").param("version", String.valueOf(version(binh))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("<strong>Nguồn góp ý: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("<strong>Người góp ý: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("<strong>Nội dung: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("„G4.1“ không phải mã biểu hiện suy thoái"))));
        mvc.perform(form("/reviews/" + binh + "/feedback", board).param("sourceKind", "PEOPLE").param("giver", GIVER)
                .param("text", "Đồng chí ít tham gia sinh hoạt tổ dân phố").param("codes", "g1.4")
                .param("version", String.valueOf(version(binh))))
                .andExpect(redirectedUrl("/reviews/" + binh + "#feedback"));
        mvc.perform(form("/reviews/" + binh + "/feedback", board).param("sourceKind", "RESIDENCE_CELL").param("giver", GIVER)
                .param("text", "Trong phê bình còn nể nang, né tránh").param("codes", "G1.5")
                .param("version", String.valueOf(version(binh))))
                .andExpect(redirectedUrl("/reviews/" + binh + "#feedback"));
        long[] ids = new long[2];
        asSystem(() -> {
            List<FeedbackView> all = reviews.review(binh).feedback();
            ids[0] = all.get(0).id();
            ids[1] = all.get(1).id();
        });
        long unfounded = ids[0];
        long founded = ids[1];

        // unverified: the board sees both with their giver and the home page says so; the member sees none
        assertThat(html("/reviews/" + binh, board)).contains(GIVER, "Chưa xác minh", "G1.4",
                "Đồng chí ít tham gia sinh hoạt tổ dân phố", "Người góp ý (giữ kín)");
        assertThat(html("/", board)).contains("Góp ý chờ xác minh: 2", "href=\"/reviews/rounds/" + round + "\"");
        assertThat(html("/reviews/feedback?unitCode=" + p + "-P", board)).contains("Trong phê bình còn nể nang, né tránh",
                "href=\"/reviews/" + binh + "#feedback-" + founded + "\"", GIVER);
        assertThat(html("/reviews/" + binh, subject)).contains("Chưa có ý kiến góp ý nào.")
                .doesNotContain(GIVER, "nể nang", "ít tham gia");
        assertThat(html("/reviews/" + binh, secretary1)).doesNotContain(GIVER, "nể nang");
        // the session form offers no unverified item to cite
        assertThat(html("/reviews/" + binh, secretary1)).contains("Không có góp ý nào đã xác minh là có cơ sở.");

        // verification: its problems, then once with how; a stale form asks for a reload
        String verifyUnfounded = "/reviews/" + binh + "/feedback/" + unfounded + "/verification";
        long before = feedbackVersion(unfounded);
        mvc.perform(form(verifyUnfounded, board).param("outcome", "").param("verification", "")
                .param("version", String.valueOf(before))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("<strong>Kết quả xác minh: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("<strong>Cách xác minh: </strong><span>Bắt buộc nhập.</span>"))));
        mvc.perform(form(verifyUnfounded, board).param("outcome", "UNFOUNDED")
                .param("verification", "Tổ trưởng tổ dân phố xác nhận đồng chí tham gia đầy đủ")
                .param("version", String.valueOf(before)))
                .andExpect(redirectedUrl("/reviews/" + binh + "#feedback-" + unfounded))
                .andExpect(flash().attribute("notice", "Đã xác minh ý kiến " + unfounded + ": Không có cơ sở."));
        mvc.perform(form(verifyUnfounded, board).param("outcome", "SUBSTANTIATED").param("verification", "Lần nữa")
                .param("version", String.valueOf(before))).andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Bản ghi đã được người khác thay đổi"),
                        containsString("Tải lại trang"))));
        mvc.perform(form("/reviews/" + binh + "/feedback/" + founded + "/verification", board).param("outcome", "SUBSTANTIATED")
                .param("verification", "Đối chiếu biên bản sinh hoạt chi bộ quý III và IV")
                .param("version", String.valueOf(feedbackVersion(founded))))
                .andExpect(redirectedUrl("/reviews/" + binh + "#feedback-" + founded));
        // a piece of feedback of another review is not found under this one
        mvc.perform(form("/reviews/" + cellOne + "/feedback/" + founded + "/verification", board).param("outcome", "UNFOUNDED")
                .param("verification", "x").param("version", "0")).andExpect(status().isNotFound());

        // the substantiated item assigned for an explanation: a follow-up task of the member herself
        String assign = "/reviews/" + binh + "/feedback/" + founded + "/assignments";
        mvc.perform(form(assign, board).param("kind", "EXPLAIN").param("deadline", today().minusDays(1).toString())
                .param("version", String.valueOf(feedbackVersion(founded)))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Thời hạn không được trước hôm nay")));
        mvc.perform(form(assign, board).param("kind", "EXPLAIN").param("deadline", today().plusDays(10).toString())
                .param("version", String.valueOf(feedbackVersion(founded))))
                .andExpect(redirectedUrl("/reviews/" + binh + "#feedback-" + founded))
                .andExpect(flash().attribute("notice", "Đã giao giải trình, hạn "
                        + VI.format(today().plusDays(10)) + "."));
        mvc.perform(form("/reviews/" + binh + "/feedback/" + unfounded + "/assignments", board).param("kind", "ACCEPT")
                .param("deadline", today().plusDays(10).toString()).param("version", String.valueOf(feedbackVersion(unfounded))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Chỉ ý kiến đã xác minh là có cơ sở mới được giao giải trình, tiếp thu.")));

        // the session cites the substantiated item only: it is offered, the unfounded one is not
        String offered = html("/reviews/" + binh, secretary1);
        assertThat(offered).contains("id=\"cite-" + founded + "\"").doesNotContain("id=\"cite-" + unfounded + "\"");
        hold(binh, secretary1, "conclusion", "Đồng chí nhận khuyết điểm, cam kết khắc phục", "citedFeedbackIds",
                String.valueOf(unfounded)).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("chưa được xác minh là có cơ sở")));
        hold(binh, secretary1, "conclusion", "Đồng chí nhận khuyết điểm, cam kết khắc phục", "citedFeedbackIds",
                String.valueOf(founded)).andExpect(redirectedUrl("/reviews/" + binh + "#session"));

        // the member sees the substantiated item, cited, with its explanation, never who gave it
        String own = html("/reviews/" + binh, subject);
        assertThat(own).contains("Trong phê bình còn nể nang, né tránh", "Có cơ sở", "Giải trình, hạn " + VI.format(today().plusDays(10)),
                "Góp ý nêu trong kết luận (1)", "href=\"#feedback-" + founded + "\"")
                .doesNotContain(GIVER, "Người góp ý (giữ kín)", "ít tham gia sinh hoạt", "Không có cơ sở");
        // the board sees every item with its giver; an administrator does not see the giver
        assertThat(html("/reviews/" + binh, board)).contains(GIVER, "Có cơ sở", "Không có cơ sở",
                "Đối chiếu biên bản sinh hoạt chi bộ quý III và IV");
        assertThat(html("/reviews/" + binh, who("ADMIN", null, null))).doesNotContain(GIVER);
        // nothing waits for verification any more
        assertThat(html("/reviews/feedback?unitCode=" + p + "-P", board)).contains("Không có góp ý nào chờ xác minh.");
    }

    @Test
    void eachReviewShowsThePreviousPeriodBesideItWithWhatItLeftOpen() throws Exception {
        long last = round("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        long lastCell = review(last, "-W1", null);
        hold(lastCell, secretary1).andExpect(redirectedUrl("/reviews/" + lastCell + "#session"));
        long before = review(last, "-W1", "Trần Thị Bình");
        hold(before, secretary1, "report", "Báo cáo năm 2025: còn ngại phát biểu trong sinh hoạt", "conclusion",
                "Cần mạnh dạn góp ý", "remedies[0].text", "Chuẩn bị ý kiến trước mỗi kỳ sinh hoạt", "remedies[0].deadline",
                today().plusDays(30).toString(), "remedies[0].ofMember", "true", "remedies[2].text",
                "Đăng ký một việc làm theo Chỉ thị 05", "remedies[2].deadline", today().plusDays(45).toString())
                .andExpect(redirectedUrl("/reviews/" + before + "#session"));

        // her commitment with the cell for 2025, recorded by the secretary on her behalf: this year's review checks it
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/commitments")
                .with(secretary1.as()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"memberId\": " + member.get("Trần Thị Bình") + ", \"cellCode\": \"" + p + "-W1\", "
                        + "\"year\": 2025, \"codes\": [\"G1.5\"], \"actions\": [\"Thẳng thắn góp ý trong sinh hoạt\"], "
                        + "\"signedOn\": \"2025-01-15\"}"))
                .andExpect(status().isCreated());
        long now = round("2026", LocalDate.of(2026, 1, 1), today());
        long binh = review(now, "-W1", "Trần Thị Bình");
        assertThat(html("/reviews/" + binh, secretary1)).contains("Bản cam kết với chi bộ", "Năm 2025",
                "Thẳng thắn góp ý trong sinh hoạt", "Bí thư ghi thay", "Chưa kiểm tra việc thực hiện",
                "/conduct/commitments?unitCode=" + p + "-W1&amp;year=2025");
        String page = html("/reviews/" + binh, subject);
        assertThat(page).contains("Kỳ trước (2025): kiểm điểm ngày " + VI.format(today()) + ", còn 2 việc chưa xong",
                "id=\"previous\"", "Kỳ trước: 2025", "Kỳ này: 2026", "Báo cáo năm 2025: còn ngại phát biểu trong sinh hoạt",
                "Cần mạnh dạn góp ý", "Việc kỳ trước chưa xong (2)", "Chuẩn bị ý kiến trước mỗi kỳ sinh hoạt",
                "Đăng ký một việc làm theo Chỉ thị 05", "href=\"/reviews/" + before + "\"");
        assertThat(at(page, "id=\"previous\"")).isLessThan(at(page, "id=\"session\""));
        // the cell's secretary writes this year's report beside last year's
        String recording = html("/reviews/" + review(now, "-W1", null), secretary1);
        assertThat(recording).contains("Kỳ trước: 2025", "id=\"session-form\"", "Liên hệ với kỳ trước");
        // the ward's collective had no previous review
        assertThat(html("/reviews/" + review(now, "-W", null), wardStaff))
                .contains("Chưa có bản kiểm điểm kỳ trước để so sánh.").doesNotContain("id=\"previous\"");
    }

    @Test
    void aUserOfAnotherProvinceFindsNoneOfIt() throws Exception {
        long round = round("2026", LocalDate.of(2026, 1, 1), today());
        long cellOne = review(round, "-W1", null);
        long binh = review(round, "-W1", "Trần Thị Bình");
        hold(cellOne, secretary1).andExpect(redirectedUrl("/reviews/" + cellOne + "#session"));
        mvc.perform(form("/reviews/" + binh + "/feedback", board).param("sourceKind", "PEOPLE").param("giver", GIVER)
                .param("text", "Góp ý riêng").param("version", String.valueOf(version(binh))))
                .andExpect(redirectedUrl("/reviews/" + binh + "#feedback"));
        long[] feedback = new long[1];
        asSystem(() -> feedback[0] = reviews.review(binh).feedback().get(0).id());

        for (String url : List.of("/reviews?unitCode=" + p + "-W", "/reviews/rounds/" + round,
                "/reviews/rounds/" + round + "/units/" + p + "-W1", "/reviews/" + binh, "/reviews/" + cellOne,
                "/reviews/feedback?unitCode=" + p + "-W")) {
            mvc.perform(get(url).with(outsider.as())).andExpect(status().isNotFound())
                    .andExpect(content().string(allOf(not(containsString("Trần Thị Bình")), not(containsString(GIVER)))));
        }
        mvc.perform(form("/reviews/" + binh + "/session", outsider).param("chair", "X").param("report", "Y")
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(form("/reviews/" + binh + "/feedback", outsider).param("sourceKind", "PEOPLE").param("giver", "X")
                .param("text", "Y").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(form("/reviews/" + binh + "/feedback/" + feedback[0] + "/verification", outsider)
                .param("outcome", "UNFOUNDED").param("verification", "X").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(form("/reviews/" + binh + "/suggestions", outsider).param("text", "X").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(form("/reviews/" + cellOne + "/final-report", outsider).param("finalReport", "X").param("additions", "Y")
                .param("version", "1")).andExpect(status().isNotFound());
        open(outsider, "2027", LocalDate.of(2026, 1, 1), today()).andExpect(status().isNotFound());
        // their own province: no round, no home card
        assertThat(html("/reviews?unitCode=" + p + "-Q", outsider)).contains("Chưa có đợt kiểm điểm nào của đơn vị này.")
                .doesNotContain("Kiểm điểm năm 2026");
        assertThat(html("/", outsider)).doesNotContain("id=\"review-card\"");
        assertThat(html("/reviews/feedback?unitCode=" + p + "-Q", outsider)).contains("Không có góp ý nào chờ xác minh.");
    }
}
