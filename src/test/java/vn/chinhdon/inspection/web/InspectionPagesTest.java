package vn.chinhdon.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.NewDocument;
import vn.chinhdon.inspection.InspectionManagement;
import vn.chinhdon.inspection.InspectionView;
import vn.chinhdon.inspection.NewInspection;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;

/**
 * The inspection pages in Vietnamese: a whole procedure taken through the page forms (propose with its errors,
 * delegation, steps, diary, findings, recommendation and answer, conclusion opening follow-up tasks, archive),
 * the printable conclusion notice, the list with its filters and overview, programs and time limits, a stale
 * form, and a user of another province who finds none of it.
 */
class InspectionPagesTest extends IntegrationTest {

    private static final java.util.concurrent.atomic.AtomicInteger RUN = new java.util.concurrent.atomic.AtomicInteger();

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    vn.chinhdon.platform.WorkingDays workingDays;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    DocumentRegister documents;

    @Autowired
    InspectionManagement inspections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String p;
    private LocalDate today;
    private List<Long> delegates;
    private RequestPostProcessor commission;
    private RequestPostProcessor outsider;
    private RequestPostProcessor cityStaff;

    /**
     * Long An (P) with the city of Tân An (D) below it and the cell of its inspection commission's staff (K, three
     * members); another province (Q); the commission of P, the staff of D and of Q.
     */
    private void province() {
        p = unique("ip");
        today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(2015, 1, 1);
        asSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(p + "-P", "Đảng bộ tỉnh Long An", "PROVINCIAL", null, from),
                    new UnitImportRow(p + "-D", "Đảng bộ thành phố Tân An", "DIRECTLY_UNDER", p + "-P", from),
                    new UnitImportRow(p + "-K", "Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy", "GRASSROOTS_CELL", p + "-P", from),
                    new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", null, from)), 1);
            // a person is a name and a birth date: another date each run
            LocalDate born = LocalDate.of(1970, 1, 1).plusDays(RUN.incrementAndGet());
            members.importMembers(List.of(
                    new MemberImportRow(p + "1", "Trần Văn Kiểm", "Nam", born.toString(), "1995-05-19", "1996-05-19", p + "-K", null),
                    new MemberImportRow(p + "2", "Lê Thị Tra", "Nữ", born.plusYears(5).toString(), "2001-05-19", "2002-05-19",
                            p + "-K", null),
                    new MemberImportRow(p + "3", "Phạm Văn Sát", "Nam", born.plusYears(10).toString(), "2005-05-19", "2006-05-19",
                            p + "-K", null)),
                    1);
        });
        List<List<Long>> found = new java.util.ArrayList<>();
        asSystem(() -> found.add(members.search(p + "-K", null, null, 0, 10).items().stream()
                .sorted(java.util.Comparator.comparing(m -> m.cardNumber())).map(m -> m.id()).toList()));
        delegates = found.get(0);
        commission = account("INSPECTION_COMMISSION", p + "-P");
        outsider = account("COMMITTEE_STAFF", p + "-Q");
        cityStaff = account("COMMITTEE_STAFF", p + "-D");
    }

    private long version(long id) {
        long[] v = new long[1];
        asSystem(() -> v[0] = inspections.inspection(id).version());
        return v[0];
    }

    private InspectionView view(long id) {
        InspectionView[] v = new InspectionView[1];
        asSystem(() -> v[0] = inspections.inspection(id));
        return v[0];
    }

    private MockHttpServletRequestBuilder form(String url, RequestPostProcessor who) {
        return post(url).with(who).with(csrf());
    }

    private String d(LocalDate date) {
        return VI.format(date);
    }

    @Test
    void aWholeProcedureThroughThePageFormsAndItsConclusionNotice() throws Exception {
        province();
        long[] docs = new long[2];
        asSystem(() -> {
            docs[0] = documents.register(new NewDocument("12-QĐ/TU", p + "-P", today.minusDays(1),
                    "Quyết định thành lập đoàn kiểm tra", "Nguyễn Văn Nam", "", false, List.of())).id();
            docs[1] = documents.register(new NewDocument("45-TB/TU", p + "-P", today,
                    "Thông báo kết luận kiểm tra", "Nguyễn Văn Nam", "", false, List.of())).id();
        });

        mvc.perform(get("/inspections").param("unitCode", p + "-P").with(commission)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có cuộc kiểm tra, giám sát nào theo bộ lọc này.")));
        mvc.perform(get("/inspections/new").param("unitCode", p + "-P").with(commission)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"propose-form\"")));

        // proposing with every field missing or wrong: each problem in Vietnamese, beside its field
        mvc.perform(form("/inspections", commission).param("unitCode", p + "-P").param("body", "").param("kind", "")
                .param("title", " ").param("periodTo", today.plusDays(3).toString()).param("targetMemberIds", "abc"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(form("/inspections", commission).param("unitCode", p + "-P").param("body", "").param("kind", "")
                .param("title", " ").param("periodTo", today.plusDays(3).toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("<strong>Cơ quan tiến hành: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("<strong>Loại: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("<strong>Tên cuộc kiểm tra, giám sát: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("<strong>Thời kỳ kiểm tra từ ngày: </strong><span>Bắt buộc nhập.</span>"),
                        containsString("Ngày „" + d(today.plusDays(3)) + "“ ở tương lai."),
                        containsString("Cần ít nhất một đối tượng kiểm tra"), containsString("is-invalid"))));

        String title = "Kiểm tra việc thực hiện Nghị quyết Trung ương 4 khóa XII";
        String location = mvc.perform(form("/inspections", commission).param("unitCode", p + "-P")
                .param("body", "COMMISSION").param("kind", "THEMATIC_INSPECTION").param("title", title)
                .param("periodFrom", today.minusYears(2).toString()).param("periodTo", today.minusMonths(1).toString())
                .param("targetUnitCodes", p + "-D").param("plan", "Kiểm tra trong 45 ngày."))
                .andExpect(redirectedUrlPattern("/inspections/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/inspections/".length()));
        String page = "/inspections/" + id;
        mvc.perform(get(page).with(commission)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("Đảng bộ thành phố Tân An"),
                        containsString("id=\"delegate-form\""), containsString("id=\"targets-form\""),
                        containsString("stepper-current"))));
        // the city's staff sees the inspection of their unit, without the issuing side's forms
        mvc.perform(get(page).with(cityStaff)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), not(containsString("id=\"delegate-form\"")))));

        // the delegation: a head and two members; a stale form asks for a reload
        String[] roles = {"HEAD", "MEMBER", "SECRETARY"};
        for (int i = 0; i < 3; i++) {
            mvc.perform(form(page + "/delegates", commission).param("memberId", String.valueOf(delegates.get(i)))
                    .param("role", roles[i]).param("version", String.valueOf(version(id))))
                    .andExpect(redirectedUrl(page + "#delegation"));
        }
        mvc.perform(form(page + "/delegates", commission).param("memberId", String.valueOf(delegates.get(0)))
                .param("role", "MEMBER").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Bản ghi đã được người khác thay đổi"),
                        containsString("Tải lại trang"))));

        // decided (the decision typed by its number), kicked off: the time limit of a province starts
        mvc.perform(form(page + "/step", commission).param("step", "DECIDED").param("on", today.toString())
                .param("version", String.valueOf(version(id)))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Cần quyết định thành lập đoàn (văn bản đã vào sổ).")));
        mvc.perform(form(page + "/step", commission).param("step", "DECIDED").param("on", today.toString())
                .param("decisionDocumentId", "12-QĐ/TU").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#procedure"));
        mvc.perform(form(page + "/step", commission).param("step", "KICKED_OFF").param("on", today.toString())
                .param("note", "Công bố quyết định").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#procedure"))
                .andExpect(flash().attribute("notice", "Đã chuyển sang bước „Triển khai“."));
        mvc.perform(get(page).with(commission)).andExpect(content().string(allOf(containsString("12-QĐ/TU"),
                containsString("45 ngày"), containsString(d(today.plusDays(45))), containsString("id=\"diary-form\""),
                containsString("id=\"finding-form\""), containsString("id=\"extend-form\""))));

        // the delegation's work
        long target = view(id).targets().get(0).id();
        mvc.perform(form(page + "/diary", commission).param("entryOn", today.toString())
                .param("text", "Làm việc với Ban Thường vụ Thành ủy Tân An").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#diary"));
        mvc.perform(form(page + "/findings", commission).param("targetId", String.valueOf(target)).param("kind", "STRENGTH")
                .param("text", "Ban hành kịp thời kế hoạch thực hiện Nghị quyết").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#findings"));
        mvc.perform(form(page + "/findings", commission).param("targetId", String.valueOf(target)).param("kind", "SHORTCOMING")
                .param("text", "Sinh hoạt chi bộ chưa đổi mới").param("causeKind", "SUBJECTIVE")
                .param("cause", "Cấp ủy chưa sâu sát").param("responsibility", "COLLECTIVE")
                .param("degradationCodes", "g1.1, G2.3").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#findings"));
        mvc.perform(form(page + "/findings", commission).param("targetId", String.valueOf(target)).param("kind", "STRENGTH")
                .param("text", "Có nguyên nhân").param("causeKind", "OBJECTIVE").param("version", String.valueOf(version(id))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Ưu điểm không có nguyên nhân, trách nhiệm hay biểu hiện suy thoái.")));
        // the city recommends to the province; the commission answers
        mvc.perform(form(page + "/recommendations", cityStaff).param("targetId", String.valueOf(target))
                .param("toUnitCode", p + "-P").param("text", "Đề nghị Tỉnh ủy hướng dẫn việc sinh hoạt chuyên đề")
                .param("madeOn", today.toString()).param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#recommendations"));
        InspectionView.Recommendation rec = view(id).recommendations().get(0);
        mvc.perform(form(page + "/recommendations/" + rec.id() + "/answer", commission).param("answer", "Sẽ hướng dẫn trong quý tới")
                .param("version", String.valueOf(rec.version()))).andExpect(redirectedUrl(page + "#recommendations"));

        // the target's self-report (by the city's staff), verification, the draft
        mvc.perform(form(page + "/step", cityStaff).param("step", "SELF_REPORT_SUBMITTED").param("on", today.toString())
                .param("version", String.valueOf(version(id)))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("<strong>Báo cáo: </strong><span>Bắt buộc nhập.</span>")));
        mvc.perform(form(page + "/step", cityStaff).param("step", "SELF_REPORT_SUBMITTED").param("on", today.toString())
                .param("report", "Báo cáo tự kiểm tra của Ban Thường vụ Thành ủy").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#procedure"));
        mvc.perform(form(page + "/step", commission).param("step", "VERIFYING").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#procedure"));
        mvc.perform(form(page + "/step", commission).param("step", "DRAFT_REPORT").param("report", "Dự thảo báo cáo kết quả")
                .param("version", String.valueOf(version(id)))).andExpect(redirectedUrl(page + "#procedure"));
        mvc.perform(get(page).with(commission)).andExpect(content().string(allOf(containsString("id=\"conclusion-form\""),
                containsString("requirements[2].text"), not(containsString("requirements[3].text")))));
        mvc.perform(get(page).param("rows", "6").with(commission))
                .andExpect(content().string(containsString("requirements[5].text")));

        // the conclusion: a row without a target is named by its number; empty rows are left out
        LocalDate deadline = today.plusDays(60);
        mvc.perform(form(page + "/conclusion", commission).param("documentId", String.valueOf(docs[1]))
                .param("on", today.toString()).param("requirements[0].targetId", String.valueOf(target))
                .param("requirements[0].text", "Chấn chỉnh sinh hoạt chi bộ").param("requirements[0].deadline", deadline.toString())
                .param("requirements[2].text", "Thiếu đối tượng").param("requirements[2].deadline", deadline.toString())
                .param("version", String.valueOf(version(id))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Yêu cầu 3 – Đối tượng")));
        mvc.perform(form(page + "/conclusion", commission).param("documentId", String.valueOf(docs[1]))
                .param("on", today.toString()).param("summary", "Đảng bộ thành phố đã lãnh đạo thực hiện nghiêm túc.")
                .param("requirements[0].targetId", String.valueOf(target))
                .param("requirements[0].text", "Chấn chỉnh sinh hoạt chi bộ.").param("requirements[0].deadline", deadline.toString())
                .param("requirements[2].targetId", String.valueOf(target))
                .param("requirements[2].text", "Báo cáo kết quả khắc phục")
                .param("requirements[2].deadlineWorkingDays", "60")
                .param("version", String.valueOf(version(id)))).andExpect(redirectedUrl(page + "#conclusion"));
        InspectionView concluded = view(id);
        assertThat(concluded.requirements()).hasSize(2);
        mvc.perform(get(page).with(commission)).andExpect(content().string(allOf(
                containsString("/follow-ups/" + concluded.requirements().get(0).followUpId()), containsString("Đang thực hiện"),
                containsString("Sẽ hướng dẫn trong quý tới"), containsString("Cấp ủy chưa sâu sát"),
                containsString("Biểu hiện suy thoái: G1.1, G2.3"), containsString("/inspections/" + id + "/notice"))));

        // the printable notice, in the Party document layout
        mvc.perform(get(page + "/notice").with(cityStaff)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("TỈNH ỦY LONG AN"), containsString("ỦY BAN KIỂM TRA"),
                        containsString("Số 45-TB/TU"), containsString("ĐẢNG CỘNG SẢN VIỆT NAM"),
                        containsString("Long An, ngày " + String.format("%02d", today.getDayOfMonth()) + " tháng "
                                + String.format("%02d", today.getMonthValue()) + " năm " + today.getYear()),
                        containsString("THÔNG BÁO KẾT LUẬN"),
                        containsString("kiểm tra chuyên đề việc thực hiện Nghị quyết Trung ương 4 khóa XII"),
                        containsString("Quyết định số 12-QĐ/TU ngày " + d(today.minusDays(1))),
                        containsString("Đối với Đảng bộ thành phố Tân An"), containsString("a) Ưu điểm"),
                        containsString("b) Hạn chế, khuyết điểm"), containsString("Nguyên nhân chủ quan: Cấp ủy chưa sâu sát"),
                        containsString("1. Đảng bộ thành phố Tân An: Chấn chỉnh sinh hoạt chi bộ. Thời hạn hoàn thành: " + d(deadline)),
                        containsString("2. Đảng bộ thành phố Tân An: Báo cáo kết quả khắc phục. Thời hạn hoàn thành: "
                                + d(workingDays.plusWorkingDays(today, 60))), containsString("Nơi nhận:"),
                        containsString("Lưu hồ sơ kiểm tra"), containsString("T/M ỦY BAN KIỂM TRA"),
                        containsString("Nguyễn Văn Nam"), containsString("size: A4"))));

        // delivered, archived: the procedure is over
        mvc.perform(form(page + "/step", commission).param("step", "FOLLOW_UP").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#procedure"));
        mvc.perform(form(page + "/step", commission).param("step", "ARCHIVED").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl(page + "#procedure"));
        mvc.perform(get(page).with(commission)).andExpect(content().string(allOf(
                containsString("đã lưu hồ sơ ngày " + d(today)), not(containsString("id=\"step-form\"")))));
        mvc.perform(get("/inspections").param("unitCode", p + "-P").param("step", "ARCHIVED").with(commission))
                .andExpect(content().string(allOf(containsString(title), containsString("Đã lưu hồ sơ"))));

        // the other province's staff finds nothing
        for (String url : List.of(page, page + "/notice")) {
            mvc.perform(get(url).with(outsider)).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Tân An"))));
        }
    }

    @Test
    void theListWithItsFiltersOverviewAndHomeCardAndNothingForAnotherProvince() throws Exception {
        province();
        long[] ids = new long[2];
        asSystem(() -> {
            ids[0] = inspections.propose(new NewInspection(p + "-P", "COMMISSION", "THEMATIC_INSPECTION",
                    "Kiểm tra việc sinh hoạt chi bộ", null, today.minusYears(1), today.minusMonths(2), null,
                    List.of(p + "-D"), List.of(), List.of(), null)).id();
            ids[1] = inspections.propose(new NewInspection(p + "-P", "COMMITTEE", "REGULAR_SUPERVISION",
                    "Giám sát việc thực hiện quy chế làm việc", null, today.minusYears(1), today.minusMonths(2), null,
                    List.of(p + "-D"), List.of(), List.of(), null)).id();
        });
        // the first has been running for 48 days of a 45-day limit
        jdbc.sql("update inspection set step = 'KICKED_OFF', step_on = ?, started_on = ?, limit_days = 45, due_on = ? where id = ?")
                .params(today.minusDays(48), today.minusDays(48), today.minusDays(3), ids[0]).update();

        String list = "/inspections";
        mvc.perform(get(list).param("unitCode", p + "-P").with(commission)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kiểm tra việc sinh hoạt chi bộ"),
                        containsString("Giám sát việc thực hiện quy chế làm việc"), containsString("Kiểm tra chuyên đề"),
                        containsString("Giám sát thường xuyên"), containsString("Đối tượng: Đảng bộ thành phố Tân An"),
                        containsString("hạn " + d(today.minusDays(3))), containsString("quá hạn 3 ngày"),
                        containsString("Quá thời hạn kiểm tra"))));
        mvc.perform(get(list).param("unitCode", p + "-P").param("overdue", "true").with(commission))
                .andExpect(content().string(allOf(containsString("Kiểm tra việc sinh hoạt chi bộ"),
                        not(containsString("Giám sát việc thực hiện quy chế")))));
        mvc.perform(get(list).param("unitCode", p + "-P").param("kind", "REGULAR_SUPERVISION").with(commission))
                .andExpect(content().string(allOf(containsString("Giám sát việc thực hiện quy chế"),
                        not(containsString("Kiểm tra việc sinh hoạt chi bộ")))));
        mvc.perform(get(list).param("unitCode", p + "-P").param("step", "PROPOSED").with(commission))
                .andExpect(content().string(allOf(containsString("Giám sát việc thực hiện quy chế"),
                        not(containsString("Kiểm tra việc sinh hoạt chi bộ")))));
        mvc.perform(get(list).param("unitCode", p + "-P").param("year", String.valueOf(today.getYear() - 3)).with(commission))
                .andExpect(content().string(containsString("Không có cuộc kiểm tra, giám sát nào theo bộ lọc này.")));
        // seen from the city: both are of it, none by it
        mvc.perform(get(list).param("unitCode", p + "-D").param("side", "OF").with(cityStaff))
                .andExpect(content().string(allOf(containsString("Kiểm tra việc sinh hoạt chi bộ"),
                        containsString("Giám sát việc thực hiện quy chế"))));
        mvc.perform(get(list).param("unitCode", p + "-D").param("side", "BY").with(cityStaff))
                .andExpect(content().string(containsString("Không có cuộc kiểm tra, giám sát nào theo bộ lọc này.")));
        mvc.perform(get(list).param("unitCode", p + "-P").param("side", "XYZ").with(commission))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Phạm vi „XYZ“ không hợp lệ")));
        // the caller's first unit by default, the home card, the unit page's link
        mvc.perform(get(list).with(commission)).andExpect(content().string(containsString("Kiểm tra việc sinh hoạt chi bộ")));
        mvc.perform(get("/").with(commission)).andExpect(content().string(allOf(containsString("id=\"inspection-overview\""),
                containsString("Quá thời hạn kiểm tra: 1"), containsString("/inspections?unitCode=" + p + "-P"))));
        mvc.perform(get("/units/" + p + "-D").with(cityStaff))
                .andExpect(content().string(containsString("/inspections?unitCode=" + p + "-D")));
        mvc.perform(get("/inspections/" + ids[0] + "/notice").with(commission)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("chưa có thông báo kết luận")));

        // proposing is offered only to those who may: a member reading the district sees the list, not the button
        mvc.perform(get(list).param("unitCode", p + "-D").with(account("MEMBER", p + "-D"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/inspections/new"))));
        mvc.perform(get(list).param("unitCode", p + "-P").with(commission))
                .andExpect(content().string(containsString("/inspections/new?unitCode=" + p + "-P")));

        // the list as CSV with the same filters: the header, the overdue one only
        mvc.perform(get("/inspections/export.csv").param("unitCode", p + "-P").param("overdue", "true").with(commission))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("kiem-tra-giam-sat-" + p + "-P")))
                .andExpect(content().string(allOf(startsWith("\uFEFFSố,\"Tên cuộc kiểm tra, giám sát\",Loại"),
                        containsString(ids[0] + ",Kiểm tra việc sinh hoạt chi bộ,Kiểm tra chuyên đề,Đảng bộ tỉnh Long An,"
                                + "Ủy ban kiểm tra,Đảng bộ thành phố Tân An,Triển khai,"),
                        containsString("," + d(today.minusDays(3)) + ",,3\r\n"),
                        not(containsString("Giám sát việc thực hiện quy chế")))));

        // another province: not found, by every page and form
        for (String url : List.of(list + "?unitCode=" + p + "-P", "/inspections/" + ids[0], "/inspections/" + ids[0] + "/notice",
                "/inspections/export.csv?unitCode=" + p + "-P",
                "/inspections/new?unitCode=" + p + "-P", "/inspection-programs?unitCode=" + p + "-P")) {
            mvc.perform(get(url).with(outsider)).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("sinh hoạt chi bộ"))));
        }
        mvc.perform(form("/inspections/" + ids[0] + "/diary", outsider).param("text", "Lạ").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(form("/inspections/" + ids[1] + "/targets", outsider).param("targetUnitCodes", p + "-Q")
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(form("/inspections", outsider).param("unitCode", p + "-P").param("body", "COMMISSION")
                .param("kind", "THEMATIC_INSPECTION").param("title", "Lạ").param("targetUnitCodes", p + "-D"))
                .andExpect(status().isNotFound());
        mvc.perform(get(list).with(outsider))
                .andExpect(content().string(not(containsString("sinh hoạt chi bộ"))));
    }

    @Test
    void programsAndTimeLimits() throws Exception {
        province();
        int year = today.getYear();
        mvc.perform(get("/inspection-programs").param("unitCode", p + "-P").with(commission)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có chương trình kiểm tra, giám sát nào.")));
        String programTitle = "Chương trình kiểm tra, giám sát năm " + year + " của Ủy ban Kiểm tra Tỉnh ủy";
        String location = mvc.perform(form("/inspection-programs", commission).param("unitCode", p + "-P")
                .param("body", "COMMISSION").param("year", String.valueOf(year)).param("title", programTitle))
                .andExpect(redirectedUrlPattern("/inspection-programs/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(form("/inspection-programs", commission).param("unitCode", p + "-P").param("body", "COMMISSION")
                .param("year", String.valueOf(year)).param("title", "Lần nữa"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Đơn vị đã có chương trình kiểm tra, giám sát năm " + year)));
        long programId = Long.parseLong(location.substring("/inspection-programs/".length()));
        mvc.perform(get("/inspections/new").param("unitCode", p + "-P").param("programId", String.valueOf(programId))
                .with(commission)).andExpect(content().string(containsString(year + " – " + programTitle)));
        mvc.perform(form("/inspections", commission).param("unitCode", p + "-P").param("body", "COMMISSION")
                .param("kind", "INSPECTION_DUTIES").param("title", "Kiểm tra việc thực hiện nhiệm vụ kiểm tra của Thành ủy")
                .param("programId", String.valueOf(programId)).param("periodFrom", today.minusYears(1).toString())
                .param("periodTo", today.minusDays(1).toString()).param("targetUnitCodes", p + "-D"))
                .andExpect(redirectedUrlPattern("/inspections/*"));
        mvc.perform(get(location).with(commission)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(programTitle),
                        containsString("Kiểm tra việc thực hiện nhiệm vụ kiểm tra của Thành ủy"),
                        containsString("Đề xuất cuộc kiểm tra trong chương trình"))));
        mvc.perform(get("/inspection-programs").param("unitCode", p + "-P").with(commission))
                .andExpect(content().string(allOf(containsString(programTitle), containsString("1 cuộc kiểm tra, giám sát"))));
        mvc.perform(get(location).with(outsider)).andExpect(status().isNotFound());

        // the time limits: read by all, saved (and so confirmed) by administrators only
        mvc.perform(get("/inspection-time-limits").with(commission)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đảng bộ tỉnh, thành phố"), containsString("45 ngày"),
                        containsString("331-QĐ/TW"), not(containsString("id=\"days-PROVINCIAL\"")))));
        RequestPostProcessor admin = admin();
        mvc.perform(get("/inspection-time-limits").with(admin))
                .andExpect(content().string(containsString("id=\"days-PROVINCIAL\"")));
        String basis = jdbc.sql("select basis from inspection_time_limit where unit_kind = 'PROVINCIAL'").query(String.class).single();
        long limitVersion = jdbc.sql("select version from inspection_time_limit where unit_kind = 'PROVINCIAL'")
                .query(Long.class).single();
        mvc.perform(form("/inspection-time-limits/PROVINCIAL", commission).param("days", "45").param("workingDays", "false")
                .param("extensionDivisor", "3").param("basis", basis).param("version", String.valueOf(limitVersion)))
                .andExpect(status().isForbidden());
        mvc.perform(form("/inspection-time-limits/PROVINCIAL", admin).param("days", "0").param("workingDays", "false")
                .param("extensionDivisor", "3").param("basis", basis).param("version", String.valueOf(limitVersion)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Thời hạn phải từ 1 đến 365 ngày.")));
        mvc.perform(form("/inspection-time-limits/PROVINCIAL", admin).param("days", "45").param("workingDays", "false")
                .param("extensionDivisor", "3").param("basis", basis).param("version", String.valueOf(limitVersion)))
                .andExpect(redirectedUrl("/inspection-time-limits"));
        mvc.perform(form("/inspection-time-limits/PROVINCIAL", admin).param("days", "45").param("workingDays", "false")
                .param("extensionDivisor", "3").param("basis", basis).param("version", String.valueOf(limitVersion)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("Tải lại trang")));
        mvc.perform(get("/inspection-time-limits").with(admin)).andExpect(content().string(matchesPattern("(?s).*45 ngày.*")));
    }
}
