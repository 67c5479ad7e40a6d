package vn.chinhdon.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.evaluation.CommuneFixture;
import vn.chinhdon.evaluation.EvaluationQueries;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;

/**
 * The pages of a rating season in Vietnamese, for a commune of Nghệ An: the season opened through its form (and
 * refused with its problems), a member's rating walked through the forms — self-assessment, a proposal the ledger's
 * open finding flags, a decision refused until the flag is answered, the decision, the province's re-rating — each
 * redirecting to the page that shows the new state with dd/MM/yyyy dates; the season's sections (who waits on whom, the
 * quota, the flagged proposals, the units rated high against their evidence), the histories, the home card; another
 * province finding none of it, and the CSV export holding only the rows its reader may read.
 */
class SeasonPagesTest extends IntegrationTest {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final String[] CELL_ONE = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"};
    private static final String[] CELL_TWO = {"Cao Văn Sơn", "Lưu Thị Tâm", "Mai Văn Út"};

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    CommitteeManagement committees;

    @Autowired
    EvaluationQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String p;
    private RequestPostProcessor board;
    private RequestPostProcessor communeStaff;
    private RequestPostProcessor secretaryTwo;
    private RequestPostProcessor outsider;
    private RequestPostProcessor binh;
    private final Map<String, Long> member = new LinkedHashMap<>();

    @BeforeEach
    void tree() {
        p = unique("sp");
        CommuneFixture f = CommuneFixture.create(p, uniqueBirthDate(), List.of(CELL_ONE), List.of(CELL_TWO), organization, members,
                committees);
        member.putAll(f.member);
        board = account("ORGANIZATION_BOARD", p + "-P");
        communeStaff = account("COMMITTEE_STAFF", p + "-W");
        secretaryTwo = account("CELL_SECRETARY", p + "-C2");
        outsider = account("ORGANIZATION_BOARD", p + "-Q");
        String u = unique("u");
        asSystem(() -> users.create(new UserManagement.NewUser(u, "password-1234", "Trần Thị Bình",
                member.get("Trần Thị Bình"), List.of(new UserManagement.GrantRequest("MEMBER", p + "-C1")))));
        binh = as(u);
    }


    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String html(String url, RequestPostProcessor who) throws Exception {
        return body(mvc.perform(get(url).with(who)).andExpect(status().isOk()));
    }

    private MockHttpServletRequestBuilder form(String url, RequestPostProcessor who) {
        return post(url).with(who).with(csrf());
    }

    /** Opens the commune's season of 2025 through the page, its cells taking part; its id. */
    private long season() throws Exception {
        String location = mvc.perform(form("/evaluation/seasons", board).param("unitCode", p + "-W")
                .param("title", "Đánh giá, xếp loại chất lượng năm 2025").param("year", "2025").param("quarter", "")
                .param("depth", "1").param("deadline", today().plusDays(30).toString()))
                .andExpect(redirectedUrlPattern("/evaluation/seasons/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/evaluation/seasons/".length()));
    }

    /** The rating of a unit's collective (name null) or of one of its members. */
    private long rating(long season, String unit, String name) {
        long[] id = new long[1];
        asSystem(() -> id[0] = queries.ratings(season, p + unit, null, false, null, 0).items().stream()
                .filter(l -> name == null ? l.memberId() == null && (p + unit).equals(l.unitCode())
                        : name.equals(l.memberName()))
                .findFirst().orElseThrow().id());
        return id[0];
    }

    private long version(long rating) {
        long[] v = new long[1];
        asSystem(() -> v[0] = queries.rating(rating).version());
        return v[0];
    }

    /** A step's form sent with the version read and {@code kv} name/value pairs. */
    private ResultActions step(long rating, String step, RequestPostProcessor who, String... kv) throws Exception {
        MockHttpServletRequestBuilder req = form("/evaluation/ratings/" + rating + "/" + step, who)
                .param("on", today().toString()).param("version", String.valueOf(version(rating)));
        for (int i = 0; i < kv.length; i += 2) {
            req.param(kv[i], kv[i + 1]);
        }
        return mvc.perform(req);
    }

    private void openFinding(String name, LocalDate on) {
        jdbc.sql("""
                insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, summary, detail,
                  occurred_on, closed_on, self_remedied, created_at)
                values (nextval('org_seq'), ?, (select id from org_unit where code = ?), 'FINDING', 'TEST',
                  nextval('org_seq'), ?, '', ?, null, false, now())""")
                .params(member.get(name), p + "-C1", "Chưa thực hiện đúng chế độ sinh hoạt chi bộ (" + name + ")", on)
                .update();
    }

    @Test
    void aSeasonIsOpenedThroughItsFormAndARatingWalksThroughThePages() throws Exception {
        // no season yet: what a season is, and the form for who may open one; a member has no form
        String empty = html("/evaluation?unitCode=" + p + "-W", board);
        assertThat(empty).contains("Chưa có đợt đánh giá, xếp loại nào có đơn vị này tham gia.",
                "lập một phiếu cho tập thể mỗi đơn vị", "id=\"open-form\"", "Đảng bộ xã Nam Đàn");
        assertThat(html("/evaluation?unitCode=" + p + "-C1", binh)).doesNotContain("id=\"open-form\"");
        // every problem at once, beside its field, in Vietnamese
        mvc.perform(form("/evaluation/seasons", board).param("unitCode", p + "-W").param("title", " ")
                .param("year", "2025").param("quarter", "4").param("deadline", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
                        "<strong>Tên đợt: </strong><span>Bắt buộc nhập.</span>",
                        "<strong>Quý: </strong><span>Quý phải là 1, 2 hoặc 3",
                        "<strong>Hạn hoàn thành: </strong><span>Bắt buộc nhập.</span>", "is-invalid"));
        mvc.perform(form("/evaluation/seasons", board).param("unitCode", p + "-W").param("title", "X")
                .param("year", "năm nay"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("<strong>Năm: </strong>"));

        long s = season();
        mvc.perform(get("/evaluation/seasons/" + s).with(board)).andExpect(status().isOk());
        String opened = html("/evaluation/seasons/" + s, board);
        assertThat(opened).contains("Đánh giá, xếp loại chất lượng năm 2025", "Năm 2025", "01/01/2025 – 31/12/2025",
                "hạn hoàn thành " + VI.format(today().plusDays(30)), "href=\"/evaluation-rule-sets?on=2025-12-31\"",
                "366-QĐ/TW", "Ai đang chờ ai", "Chờ tự đánh giá: ", "Tỷ lệ Hoàn thành xuất sắc",
                "Đề xuất có cảnh báo (0)", "Không có đề xuất nào có cảnh báo.", "Đơn vị xếp loại cao so với chứng cứ",
                "Tập thể Chi bộ xóm 1", "Lê Văn Cường", "Người đứng đầu", "10 phiếu", "Tải danh sách (CSV)")
                .doesNotContain("??", "2025-01-01");
        // the list says the season; the home card of the province's board shows it
        assertThat(html("/evaluation?unitCode=" + p + "-C1", board)).contains("Đánh giá, xếp loại chất lượng năm 2025",
                "Đã xong: 0/10").doesNotContain("Chưa có đợt");
        assertThat(html("/", board)).contains("id=\"evaluation-card\"", "Chờ quyết định: 0", "Cảnh báo: 0",
                "href=\"/evaluation/seasons/" + s + "\"");

        // the collective first, then the member: Lê Văn Cường, with an open finding in the ledger
        long cell = rating(s, "-C1", null);
        long cuong = rating(s, "-C1", "Lê Văn Cường");
        openFinding("Lê Văn Cường", LocalDate.of(2025, 4, 1));
        // out of order: the page says what the rating waits for instead of offering the form; a forged POST is refused
        assertThat(html("/evaluation/ratings/" + cuong, board)).contains("Chờ tập thể chi bộ, đơn vị tự đánh giá trước.",
                "Chưa đến lượt. Chờ tập thể chi bộ", "Chưa thực hiện đúng chế độ sinh hoạt chi bộ", "Chưa xong",
                "ngày 01/04/2025").doesNotContain("id=\"self-form\"", "id=\"propose-form\"", "id=\"decide-form\"");
        step(cuong, "self-assessment", board, "level", "GOOD", "score", "80", "text", "Sớm quá.")
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Chờ tập thể chi bộ, đơn vị tự đánh giá trước."));
        step(cell, "self-assessment", board, "level", "GOOD", "score", "80", "text", "Chi bộ hoàn thành tốt nhiệm vụ.")
                .andExpect(redirectedUrl("/evaluation/ratings/" + cell + "#steps"))
                .andExpect(flash().attribute("notice", "Đã ghi bản tự đánh giá: Hoàn thành tốt nhiệm vụ."));
        // the member sees her own rating with the self-assessment form only
        String own = html("/evaluation/ratings/" + rating(s, "-C1", "Trần Thị Bình"), binh);
        assertThat(own).contains("Trần Thị Bình", "id=\"self-form\"").doesNotContain("id=\"propose-form\"",
                "id=\"decide-form\"", "id=\"rerate-form\"");

        step(cuong, "self-assessment", board, "level", "GOOD", "score", "82", "text", "Tự nhận hoàn thành tốt.")
                .andExpect(redirectedUrl("/evaluation/ratings/" + cuong + "#steps"));
        // a proposal without its score is refused on the page, the form as typed
        step(cuong, "proposal", board, "level", "GOOD", "text", "Đề nghị Hoàn thành tốt.")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
                        "Bộ quy tắc 366-QĐ/TW chấm theo thang 100 điểm: nhập điểm.", "Đề nghị Hoàn thành tốt.",
                        "id=\"propose-form\""));
        step(cuong, "proposal", board, "level", "GOOD", "score", "80", "text", "Đề nghị Hoàn thành tốt.")
                .andExpect(redirectedUrl("/evaluation/ratings/" + cuong + "#steps"))
                .andExpect(flash().attribute("notice",
                        "Đã ghi đề xuất: Hoàn thành tốt nhiệm vụ, kèm 1 cảnh báo trái với chứng cứ."));
        String proposed = html("/evaluation/ratings/" + cuong, communeStaff);
        assertThat(proposed).contains("Đã đề xuất", "Cảnh báo: mức đề xuất trái với chứng cứ (1)",
                "1 kết luận kiểm tra, giám sát (khuyết điểm, vi phạm) chưa khắc phục xong",
                "Chứng cứ trong sổ theo dõi (1)", "Thẩm định, đề xuất", "80 điểm",
                "ngày " + VI.format(today()), "id=\"decide-form\"", "id=\"acknowledgement\"")
                .doesNotContain("id=\"self-form\"", "??");
        // the proposal sits before the evidence, both before the steps and the forms
        assertThat(proposed.indexOf("id=\"ledger\"")).isLessThan(proposed.indexOf("id=\"timeline\""));
        assertThat(proposed.indexOf("id=\"timeline\"")).isLessThan(proposed.indexOf("id=\"decide-form\""));

        // a decision without the answer to the flag: refused on the page with the API's message
        step(cuong, "decision", communeStaff, "level", "GOOD", "decisionNumber", "25-QĐ/ĐU")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
                        "<strong>Ý kiến xem xét các cảnh báo: </strong><span>Đề xuất có 1 cảnh báo trái với chứng cứ: "
                                + "ghi ý kiến xem xét từng cảnh báo trước khi quyết định.</span>",
                        "value=\"25-QĐ/ĐU\"", "is-invalid"));
        long stale = version(cuong);
        step(cuong, "decision", communeStaff, "level", "GOOD", "decisionNumber", "25-QĐ/ĐU", "acknowledgement",
                "Khuyết điểm đã được chi bộ kiểm điểm, đang khắc phục đúng tiến độ.")
                .andExpect(redirectedUrl("/evaluation/ratings/" + cuong + "#steps"))
                .andExpect(flash().attribute("notice",
                        "Đã quyết định xếp loại: Hoàn thành tốt nhiệm vụ (quyết định số 25-QĐ/ĐU)."));
        // the same form again from the page read before
        mvc.perform(form("/evaluation/ratings/" + cuong + "/decision", communeStaff).param("decisionNumber", "26-QĐ/ĐU")
                .param("acknowledgement", "x").param("version", String.valueOf(stale)))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Bản ghi đã được người khác thay đổi", "Tải lại trang"));
        String decided = html("/evaluation/ratings/" + cuong, board);
        assertThat(decided).contains("Đã quyết định", "Quyết định số 25-QĐ/ĐU ngày " + VI.format(today()),
                "Khuyết điểm đã được chi bộ kiểm điểm", "id=\"rerate-form\"")
                .doesNotContain("id=\"decide-form\"", "id=\"propose-form\"");
        // the commune decided: it may not re-rate its own decision
        assertThat(html("/evaluation/ratings/" + cuong, communeStaff)).doesNotContain("id=\"rerate-form\"");

        // the season: the flagged decision, the unit rated high against its evidence; the home card
        String flagged = html("/evaluation/seasons/" + s, board);
        assertThat(flagged).contains("Đề xuất có cảnh báo (1)", "href=\"/evaluation/ratings/" + cuong + "\"",
                "1 trong 1 đảng viên từ Hoàn thành tốt trở lên có cảnh báo");
        assertThat(flagged.indexOf("id=\"high-lines\"")).isPositive();
        assertThat(html("/evaluation/seasons/" + s + "?flagged=true", board)).contains("1 phiếu", "Lê Văn Cường")
                .doesNotContain("Trần Thị Bình");
        assertThat(html("/", board)).contains("Cảnh báo: 1");

        // the province cancels and re-rates, with the reason
        step(cuong, "rerating", board, "level", "COMPLETED", "decisionNumber", "112-QĐ/TU", "text",
                "Phát hiện sau quyết định: khuyết điểm chưa được khắc phục.")
                .andExpect(redirectedUrl("/evaluation/ratings/" + cuong + "#steps"))
                .andExpect(flash().attribute("notice",
                        "Đã hủy bỏ và xếp loại lại: Hoàn thành nhiệm vụ (quyết định số 112-QĐ/TU)."));
        assertThat(html("/evaluation/ratings/" + cuong, board)).contains("Đã xếp loại lại", "Hủy bỏ", "Xếp loại lại",
                "Hoàn thành nhiệm vụ", "Quyết định số 112-QĐ/TU", "Phát hiện sau quyết định");

        // not rated, with the reason
        long ut = rating(s, "-C2", "Mai Văn Út");
        step(rating(s, "-C2", null), "self-assessment", board, "level", "GOOD", "score", "80", "text", "Tự đánh giá.")
                .andExpect(status().is3xxRedirection());
        step(ut, "not-rated", board, "text", "").andExpect(status().isUnprocessableEntity())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("<strong>Lý do không xếp loại: </strong><span>Bắt buộc nhập.</span>"));
        step(ut, "not-rated", board, "text", "Kết nạp ngày 02/9/2025, chưa đủ 6 tháng.")
                .andExpect(flash().attribute("notice", "Đã ghi không xếp loại."));

        // the season's list filtered
        assertThat(html("/evaluation/seasons/" + s + "?q=cuong", board)).contains("1 phiếu", "Lê Văn Cường");
        assertThat(html("/evaluation/seasons/" + s + "?state=NOT_RATED", board)).contains("1 phiếu", "Mai Văn Út");
        // a state that does not exist is said beside the filters
        mvc.perform(get("/evaluation/seasons/" + s).param("state", "NONE").with(board))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Tình trạng „NONE“ không hợp lệ"));

        // the member reads her own levels, without a link to a record she may not open; the board has the link
        long binhId = member.get("Trần Thị Bình");
        assertThat(html("/evaluation/members/" + binhId, binh)).contains("Trần Thị Bình")
                .doesNotContain("href=\"/members/" + binhId + "\"");
        assertThat(html("/evaluation/members/" + binhId, board)).contains("href=\"/members/" + binhId + "\"");
        // the histories: the member's levels and the unit's distribution year over year
        assertThat(html("/evaluation/members/" + member.get("Lê Văn Cường"), board)).contains("Lê Văn Cường",
                "Năm 2025", "Hoàn thành nhiệm vụ", "Quyết định số 112-QĐ/TU ngày " + VI.format(today()),
                "Đã xếp loại lại", "href=\"/evaluation/ratings/" + cuong + "\"");
        String unit = html("/evaluation/units/" + p + "-C1?fromYear=2024&toYear=2025", board);
        assertThat(unit).contains("Chi bộ xóm 1", "Kết quả xếp loại trong đơn vị, 2024–2025", "HTXS", "100%",
                "Xếp loại tập thể", "Đã tự đánh giá");
        assertThat(html("/members/" + member.get("Lê Văn Cường"), board))
                .contains("href=\"/evaluation/members/" + member.get("Lê Văn Cường") + "\"");
        // and in English, every text found
        assertThat(html("/evaluation/seasons/" + s + "?lang=en", board)).contains("Who waits on whom",
                "Quota of Excellent", "Flagged proposals (0)", "Not rated").doesNotContain("??");
        assertThat(html("/evaluation/ratings/" + cuong + "?lang=en", board)).contains("The proposal and the evidence",
                "Evidence in the ledger (1)", "Re-rated").doesNotContain("??");
        assertThat(html("/evaluation/units/" + p + "-C1?lang=en", board)).contains("Levels in the unit")
                .doesNotContain("??");
    }

    @Test
    void anotherProvinceFindsNothingAndTheExportHoldsOnlyReadableRows() throws Exception {
        long s = season();
        long cuong = rating(s, "-C1", "Lê Văn Cường");
        mvc.perform(get("/evaluation/seasons/" + s).with(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/ratings/" + cuong).with(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/seasons/" + s + "/export.csv").with(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/members/" + member.get("Lê Văn Cường")).with(outsider))
                .andExpect(status().isNotFound());
        step(cuong, "self-assessment", outsider, "level", "GOOD", "score", "80", "text", "x")
                .andExpect(status().isNotFound());
        assertThat(html("/evaluation?unitCode=" + p + "-Q", outsider)).contains("Chưa có đợt đánh giá, xếp loại nào")
                .doesNotContain("Đánh giá, xếp loại chất lượng năm 2025");

        // the province's board exports every rating; the second cell's secretary only her cell's
        byte[] all = mvc.perform(get("/evaluation/seasons/" + s + "/export.csv").with(board)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(all, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSố,Mã đơn vị,Đơn vị,Đối tượng,Người đứng đầu,Cấp quyết định,Tình trạng")
                .contains("Lê Văn Cường", "Cao Văn Sơn", "Tập thể", "Chờ tự đánh giá", "Người đứng đầu");
        assertThat(csv.split("\r\n")).hasSize(1 + 10);
        String cellTwo = new String(mvc.perform(get("/evaluation/seasons/" + s + "/export.csv").with(secretaryTwo))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(cellTwo).contains("Cao Văn Sơn", "Lưu Thị Tâm", "Mai Văn Út").doesNotContain("Lê Văn Cường",
                "Trần Thị Bình", "Chi bộ xóm 1");
        assertThat(cellTwo.split("\r\n")).hasSize(1 + 4);
        // a filtered export keeps the filter
        String filtered = new String(mvc.perform(get("/evaluation/seasons/" + s + "/export.csv").param("q", "binh")
                .with(board)).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(filtered.split("\r\n")).hasSize(2);
        assertThat(filtered).contains("Trần Thị Bình");
        // the secretary's season page lists her cell only
        assertThat(html("/evaluation/seasons/" + s, secretaryTwo)).contains("Cao Văn Sơn", "4 phiếu")
                .doesNotContain("Lê Văn Cường");
    }
}
