package vn.chinhdon.conduct.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.conduct.DisciplineManagement;
import vn.chinhdon.conduct.NewDiscipline;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;

/**
 * The discipline pages in Vietnamese: a decision recorded through the form (refused first with every problem beside
 * its label, what was typed kept), its page with its status and the date its effect ends, a complaint and its
 * resolution through the forms, a lapsed decision in the list, the CSV export, the links from the unit's and the
 * member's pages, and a user of another province who finds none of it.
 */
class DisciplinePagesTest extends IntegrationTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    DisciplineManagement disciplines;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String p;
    private long an;
    private LocalDate today;
    private RequestPostProcessor commission;
    private RequestPostProcessor outsider;

    private void tree() {
        p = unique("kp");
        today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(2015, 1, 1);
        asSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(p + "-P", "Đảng bộ tỉnh An Giang", "PROVINCIAL", null, from),
                    new UnitImportRow(p + "-C", "Đảng bộ xã Phú Mỹ", "GRASSROOTS_COMMITTEE", p + "-P", from),
                    new UnitImportRow(p + "-C1", "Chi bộ ấp Trà Phô", "SUBORDINATE_CELL", p + "-C", from),
                    new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", null, from)), 1);
            LocalDate born = LocalDate.of(1974, 2, 1).plusDays(RUN.incrementAndGet() * 9L);
            members.importMembers(List.of(new MemberImportRow(null, "Nguyễn Văn An", "Nam", born.toString(), "2000-01-01",
                    "2001-01-01", p + "-C1", null)), 1);
        });
        long[] id = new long[1];
        asSystem(() -> id[0] = members.search(p + "-C1", null, null, 0, 10).items().get(0).id());
        an = id[0];
        commission = account("INSPECTION_COMMISSION", p + "-P");
        outsider = account("COMMITTEE_STAFF", p + "-Q");
    }

    private MockHttpServletRequestBuilder form(String url, RequestPostProcessor who) {
        return post(url).with(who).with(csrf());
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aDecisionThroughTheFormsItsComplaintAndResolution() throws Exception {
        tree();
        String list = page("/conduct/disciplines?unitCode=" + p + "-P", commission);
        assertThat(list).contains("Kỷ luật đảng", "Đảng bộ tỉnh An Giang (" + p + "-P) và các đơn vị trực thuộc",
                "Không có quyết định kỷ luật nào.", "Ghi quyết định kỷ luật");
        // from the member's page: the form open with the member
        assertThat(page("/conduct/disciplines?unitCode=" + p + "-C1&memberId=" + an, commission))
                .contains("<details open", "value=\"" + an + "\"");
        // refused: every problem beside its label, what was typed kept
        mvc.perform(form("/conduct/disciplines", commission).param("memberId", String.valueOf(an))
                .param("decidingUnitCode", p + "-P").param("decidingBody", "Ủy ban Kiểm tra Tỉnh ủy")
                .param("decidedOn", today.minusDays(3).toString()).param("violation", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("Hình thức kỷ luật: </strong><span>Bắt buộc nhập."),
                        containsString("Số quyết định: </strong><span>Bắt buộc nhập."),
                        containsString("Nội dung vi phạm: </strong><span>Bắt buộc nhập."),
                        containsString("value=\"Ủy ban Kiểm tra Tỉnh ủy\""), containsString("<details open"))));
        LocalDate decided = today.minusDays(3);
        mvc.perform(form("/conduct/disciplines", commission).param("memberId", String.valueOf(an))
                .param("form", "REPRIMAND").param("decidingUnitCode", p + "-P")
                .param("decidingBody", "Ủy ban Kiểm tra Tỉnh ủy").param("decisionNumber", "15-QĐ/UBKTTU")
                .param("decidedOn", decided.toString()).param("violation", "Vi phạm nguyên tắc tập trung dân chủ")
                .param("selfDetectedRemedied", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/conduct/disciplines/*"))
                .andExpect(flash().attribute("notice", "Đã ghi quyết định kỷ luật Khiển trách đối với Nguyễn Văn An."));
        long id = jdbc.sql("select id from discipline where member_id = ?").param(an).query(Long.class).single();
        String detail = page("/conduct/disciplines/" + id, commission);
        assertThat(detail).contains("Khiển trách", "Nguyễn Văn An", "Chi bộ ấp Trà Phô",
                "Quyết định 15-QĐ/UBKTTU ngày " + decided.format(VI) + ", Ủy ban Kiểm tra Tỉnh ủy",
                "Đang có hiệu lực (hết hiệu lực từ ngày " + decided.plusMonths(12).format(VI) + ")",
                "Đương nhiên chấm dứt hiệu lực từ ngày " + decided.plusMonths(12).format(VI),
                "/evaluation/planning-eligibility?memberId=" + an, "Ghi khiếu nại", "Không có khiếu nại.");
        assertThat(detail).containsPattern("Tự phát hiện, tự khắc phục</dt>\\s*<dd[^>]*>Có</dd>");

        // the complaint, then its resolution (refused first without an outcome)
        long version = jdbc.sql("select version from discipline where id = ?").param(id).query(Long.class).single();
        mvc.perform(form("/conduct/disciplines/" + id + "/complaint", commission)
                .param("complainedOn", today.minusDays(1).toString()).param("version", String.valueOf(version)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Đã ghi khiếu nại đối với quyết định 15-QĐ/UBKTTU."));
        detail = page("/conduct/disciplines/" + id, commission);
        assertThat(detail).contains("Khiếu nại ngày " + today.minusDays(1).format(VI),
                "Đang giải quyết khiếu nại: 12 tháng được tính từ ngày giải quyết.", "Ghi kết quả giải quyết khiếu nại")
                .doesNotContain("Ghi khiếu nại</summary>");
        version = jdbc.sql("select version from discipline where id = ?").param(id).query(Long.class).single();
        mvc.perform(form("/conduct/disciplines/" + id + "/resolution", commission).param("version",
                String.valueOf(version))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Kết quả giải quyết: </strong><span>Bắt buộc nhập.")));
        mvc.perform(form("/conduct/disciplines/" + id + "/resolution", commission).param("outcome", "ANNULLED")
                .param("resolutionNumber", "30-QĐ/UBKTTW").param("version", String.valueOf(version)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Đã ghi kết quả giải quyết khiếu nại: Hủy bỏ quyết định."));
        assertThat(page("/conduct/disciplines/" + id, commission)).contains("Đã hủy bỏ ngày " + today.format(VI),
                "Giải quyết ngày " + today.format(VI) + ": Hủy bỏ quyết định.", "30-QĐ/UBKTTW");
        // a stale form
        mvc.perform(form("/conduct/disciplines/" + id + "/complaint", commission).param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
    }

    @Test
    void aLapsedDecisionTheExportAndTheLinks() throws Exception {
        tree();
        LocalDate old = today.minusMonths(14);
        asSystem(() -> {
            disciplines.record(new NewDiscipline(an, null, "WARNING", null, p + "-P", "Ủy ban Kiểm tra Tỉnh ủy",
                    "3-QĐ/UBKTTU", old, null, "Vi phạm, cảnh cáo", false));
            disciplines.record(new NewDiscipline(null, p + "-C", "REPRIMAND", null, p + "-P", "Ban Thường vụ Tỉnh ủy",
                    "9-QĐ/TU", today.minusDays(2), null, "Buông lỏng lãnh đạo", false));
        });
        String list = page("/conduct/disciplines?unitCode=" + p + "-P", commission);
        assertThat(list).contains("2 quyết định kỷ luật; 1 đang có hiệu lực hôm nay",
                "Hết hiệu lực từ ngày " + old.plusMonths(12).format(VI), "Tổ chức đảng: Đảng bộ xã Phú Mỹ",
                "Nguyễn Văn An (Chi bộ ấp Trà Phô)", "/conduct/disciplines/export.csv?unitCode=" + p + "-P");
        assertThat(page("/conduct/disciplines?unitCode=" + p + "-P&form=REPRIMAND", commission))
                .contains("1 quyết định kỷ luật").doesNotContain("Vi phạm, cảnh cáo");
        String csv = mvc.perform(get("/conduct/disciplines/export.csv").param("unitCode", p + "-P").with(commission))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSố,Số quyết định,Ngày quyết định").contains("3-QĐ/UBKTTU",
                old.format(VI), "Cảnh cáo", "Nguyễn Văn An", "Hết hiệu lực từ ngày " + old.plusMonths(12).format(VI),
                "Đảng bộ xã Phú Mỹ");
        long warned = jdbc.sql("select id from discipline where member_id = ?").param(an).query(Long.class).single();
        assertThat(page("/conduct/disciplines/" + warned + "?lang=en", commission)).contains("Party discipline", "Warning",
                "Lapsed on " + old.plusMonths(12).format(VI), "Lapses by itself on " + old.plusMonths(12).format(VI));
        assertThat(page("/units/" + p + "-C", commission)).contains("/conduct/disciplines?unitCode=" + p + "-C");
        assertThat(page("/conduct/expressions?unitCode=" + p + "-C", commission))
                .contains("/conduct/disciplines?unitCode=" + p + "-C");
        assertThat(page("/members/" + an, commission)).contains("/evaluation/planning-eligibility?memberId=" + an);
        // another province finds none of it
        long id = jdbc.sql("select id from discipline where member_id = ?").param(an).query(Long.class).single();
        for (String url : List.of("/conduct/disciplines?unitCode=" + p + "-P", "/conduct/disciplines/" + id,
                "/conduct/disciplines/export.csv?unitCode=" + p + "-P")) {
            mvc.perform(get(url).with(outsider)).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Vi phạm, cảnh cáo"))));
        }
        mvc.perform(form("/conduct/disciplines/" + id + "/complaint", outsider).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(form("/conduct/disciplines", outsider).param("memberId", String.valueOf(an)).param("form",
                "EXPULSION").param("decidingUnitCode", p + "-Q")).andExpect(status().isNotFound());
        assertThat(page("/conduct/disciplines", outsider)).contains("Đảng bộ tỉnh Khác").doesNotContain("Nguyễn Văn An");
        assertThat(jdbc.sql("select count(*) from discipline where member_id = ? and complained_on is null").param(an)
                .query(Long.class).single()).isEqualTo(1);
    }
}
