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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UserManagement;

/**
 * The conduct pages in Vietnamese: the catalogue with its groups, codes, texts and statuses; a district's
 * expressions identified through the form (refused first with every problem beside its label), counted per code and
 * per unit; a remedy plan recorded by the district and accepted by the province through the forms, its items becoming
 * follow-up tasks; a cell's commitments recorded on behalf by the secretary and by the member, checked at the review;
 * the links from the unit and home pages; and a user of another province who finds none of it.
 */
class ConductPagesTest extends IntegrationTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    OrganizationManagement organization;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String p;
    private long an;
    private long binh;
    private RequestPostProcessor staff;
    private RequestPostProcessor board;
    private RequestPostProcessor secretary;
    private RequestPostProcessor member;
    private RequestPostProcessor outsider;

    /** A province (P), its district (D), commune (C) and cell (C1: An, Bình); another province (Q). */
    private void tree() {
        p = unique("cp");
        LocalDate from = LocalDate.of(2015, 1, 1);
        asSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(p + "-P", "Đảng bộ tỉnh Kiên Giang", "PROVINCIAL", null, from),
                    new UnitImportRow(p + "-D", "Đảng bộ huyện Giang Thành", "DIRECTLY_UNDER", p + "-P", from),
                    new UnitImportRow(p + "-C", "Đảng bộ xã Phú Mỹ", "GRASSROOTS_COMMITTEE", p + "-D", from),
                    new UnitImportRow(p + "-C1", "Chi bộ ấp Trà Phô", "SUBORDINATE_CELL", p + "-C", from),
                    new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", null, from)), 1);
            LocalDate born = LocalDate.of(1972, 1, 1).plusDays(RUN.incrementAndGet() * 5L);
            members.importMembers(List.of(
                    new MemberImportRow(null, "Nguyễn Văn An", "Nam", born.toString(), "2000-01-01", null, p + "-C1", null),
                    new MemberImportRow(null, "Trần Thị Bình", "Nữ", born.toString(), "2000-01-01", null, p + "-C1", null)),
                    1);
        });
        long[] ids = new long[2];
        asSystem(() -> members.search(p + "-C1", null, null, 0, 10).items().forEach(m -> {
            if (m.fullName().equals("Nguyễn Văn An")) {
                ids[0] = m.id();
            } else {
                ids[1] = m.id();
            }
        }));
        an = ids[0];
        binh = ids[1];
        staff = account("COMMITTEE_STAFF", p + "-P");
        board = account("ORGANIZATION_BOARD", p + "-D");
        secretary = account("CELL_SECRETARY", p + "-C1");
        outsider = account("COMMITTEE_STAFF", p + "-Q");
        String username = unique("dv");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Nguyễn Văn An", an,
                List.of(new UserManagement.GrantRequest("MEMBER", p + "-C1")))));
        member = as(username);
    }

    private MockHttpServletRequestBuilder form(String url, RequestPostProcessor who) {
        return post(url).with(who).with(csrf());
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCatalogueShowsItsThreeGroupsWithCodesTextsAndStatuses() throws Exception {
        tree();
        String html = page("/conduct/catalogue?version=1", secretary);
        assertThat(html).contains("Danh mục 27 biểu hiện suy thoái", "Phiên bản 1 · 04-NQ/TW · hiệu lực từ 30/10/2016",
                "Nhóm 1. Suy thoái về tư tưởng chính trị", "Nhóm 2. Suy thoái về đạo đức, lối sống",
                "Nhóm 3. Biểu hiện „tự diễn biến“, „tự chuyển hóa“ trong nội bộ", "id=\"G3.9\"", "Nguyên văn", "Tóm lược",
                "Chỉ có ý chính", "Không chấp hành nghiêm các nguyên tắc tổ chức của Đảng",
                "Nguồn: plo.vn/thoi-su/chinh-tri/diem-mat-hang-loat-bieu-hien-suy-thoai-662223.html");
        assertThat(html.split("class=\"badge conduct-code\"", -1)).as("27 codes").hasSize(28);
        mvc.perform(get("/conduct/catalogue?version=999").with(secretary)).andExpect(status().isNotFound());
    }

    @Test
    void expressionsAndARemedyPlanThroughTheForms() throws Exception {
        tree();
        // refused: every problem beside its label, what was typed kept
        mvc.perform(form("/conduct/expressions", board).param("unitCode", p + "-D").param("year", "2019")
                .param("identifiedOn", "2019-02-22").param("wording", " ").param("sourceKind", "Hội nghị sơ kết")
                .param("identifiedBy", "Ban Thường vụ Huyện ủy"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("Mã biểu hiện: </strong><span>Cần ít nhất một mã"),
                        containsString("Diễn đạt của đơn vị: </strong><span>Bắt buộc nhập."),
                        containsString("value=\"Ban Thường vụ Huyện ủy\""), containsString("<details open"))));
        mvc.perform(form("/conduct/expressions", board).param("unitCode", p + "-D").param("year", "2019")
                .param("identifiedOn", "2019-02-22").param("codes", "G1.5", "G1.6")
                .param("wording", "Trong tự phê bình và phê bình thì nể nang, né tránh; nói không đi đôi với làm.")
                .param("sourceKind", "Hội nghị sơ kết").param("sourceReference", "Biên bản ngày 22/02/2019")
                .param("identifiedBy", "Ban Thường vụ Huyện ủy"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/conduct/expressions?unitCode=" + p + "-D&year=2019#expressions"))
                .andExpect(flash().attribute("notice", "Đã ghi nhận biểu hiện (G1.5, G1.6)."));
        mvc.perform(form("/conduct/expressions", board).param("unitCode", p + "-C1").param("year", "2019")
                .param("identifiedOn", "2019-12-20").param("codes", "G1.5").param("wording", "Sinh hoạt còn nể nang.")
                .param("sourceKind", "Kiểm điểm").param("identifiedBy", "Chi bộ")).andExpect(status().isFound());
        String html = page("/conduct/expressions?unitCode=" + p + "-D&year=2019", board);
        assertThat(html).contains("Đã nhận diện 2 biểu hiện", "Tự phê bình và phê bình nể nang, né tránh",
                "Đảng bộ huyện Giang Thành", "Chi bộ ấp Trà Phô", "nhận diện ngày 22/02/2019, Ban Thường vụ Huyện ủy",
                "Văn bản: Biên bản ngày 22/02/2019", "Ghi kế hoạch khắc phục hằng năm");
        assertThat(html).containsPattern("(?s)G1\\.5</span>.{0,200}Tự phê bình.{0,300}>2</strong>");

        // the district's plan, typed row by row; an empty row is left out
        mvc.perform(form("/conduct/remedy-plans", board).param("unitCode", p + "-D").param("year", "2019")
                .param("title", "Kế hoạch khắc phục năm 2019").param("adoptedOn", "2019-03-12")
                .param("items[0].text", "Sinh hoạt chuyên đề tự phê bình").param("items[0].codes", "G1.5, g1.6")
                .param("items[0].deadline", "2019-06-30").param("items[1].text", "").param("items[2].text", "Học tập")
                .param("items[2].codes", "G9.1").param("items[2].deadline", "2019-09-30"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Việc 3 – Mã biểu hiện: </strong><span>„G9.1“ không phải mã")));
        mvc.perform(form("/conduct/remedy-plans", board).param("unitCode", p + "-D").param("year", "2019")
                .param("title", "Kế hoạch khắc phục năm 2019").param("adoptedOn", "2019-03-12")
                .param("items[0].text", "Sinh hoạt chuyên đề tự phê bình").param("items[0].codes", "G1.5, g1.6")
                .param("items[0].deadline", "2019-06-30").param("items[1].text", "").param("items[2].text", "Học tập")
                .param("items[2].codes", "G1.3").param("items[2].deadline", "2019-09-30"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Đã ghi kế hoạch với 2 việc; chờ Đảng bộ tỉnh Kiên Giang tiếp nhận."));
        long plan = jdbc.sql("select id from remedy_plan where unit_id = (select id from org_unit where code = ?)")
                .param(p + "-D").query(Long.class).single();
        assertThat(page("/conduct/expressions?unitCode=" + p + "-D&year=2019", board)).contains("Chờ cấp trên tiếp nhận")
                .doesNotContain("/conduct/remedy-plans/" + plan + "/accept");
        String province = page("/conduct/expressions?unitCode=" + p + "-P&year=2019", staff);
        assertThat(province).contains("/conduct/remedy-plans/" + plan + "/accept", "Tiếp nhận");
        long version = jdbc.sql("select version from remedy_plan where id = ?").param(plan).query(Long.class).single();
        mvc.perform(form("/conduct/remedy-plans/" + plan + "/accept", board).param("acceptedOn", "2019-03-20")
                .param("version", String.valueOf(version))).andExpect(status().isForbidden());
        mvc.perform(form("/conduct/remedy-plans/" + plan + "/accept", staff).param("acceptedOn", "2019-03-20")
                .param("version", String.valueOf(version)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Đã tiếp nhận kế hoạch: 2 việc khắc phục được giao."));
        List<Long> tasks = jdbc.sql("select follow_up_id from remedy_plan_item where plan_id = ? order by ordinal")
                .param(plan).query(Long.class).list();
        assertThat(tasks).hasSize(2).doesNotContainNull();
        assertThat(page("/conduct/expressions?unitCode=" + p + "-D&year=2019", board)).contains("Cấp trên đã tiếp nhận",
                "/follow-ups/" + tasks.get(0), "Đang thực hiện · quá hạn");
        assertThat(page("/follow-ups/" + tasks.get(0), board)).contains("Kế hoạch khắc phục suy thoái",
                "Sinh hoạt chuyên đề tự phê bình");
        // a stale acceptance form
        mvc.perform(form("/conduct/remedy-plans/" + plan + "/accept", staff).param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
    }

    @Test
    void aCellsCommitmentsRecordedOnBehalfAndByTheMemberThenChecked() throws Exception {
        tree();
        int year = LocalDate.now(clock).getYear();
        String url = "/conduct/commitments?unitCode=" + p + "-C1&year=" + year;
        String html = page(url, secretary);
        assertThat(html).contains("0/2 đảng viên đã ký", "Ghi bản cam kết", "Nguyễn Văn An", "Trần Thị Bình", "Chưa ký");
        // a member outside the cell is refused beside the member field
        mvc.perform(form("/conduct/commitments", secretary).param("cellCode", p + "-C1").param("year", String.valueOf(year))
                .param("memberId", "0").param("actions", "Học tập"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Đảng viên: </strong><span>Đảng viên 0 không sinh hoạt tại")));
        mvc.perform(form("/conduct/commitments", secretary).param("cellCode", p + "-C1").param("year", String.valueOf(year))
                .param("memberId", String.valueOf(binh)).param("codes", "G1.3").param("actions",
                        "- Học tập nghị quyết đầy đủ\n\n- Góp ý thẳng thắn trong sinh hoạt"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Đã ghi thay bản cam kết năm " + year + " của Trần Thị Bình."));
        html = page(url, secretary);
        assertThat(html).contains("1/2 đảng viên đã ký", "Bí thư ghi thay", "người ghi thay: Người dùng thử",
                "<li>Học tập nghị quyết đầy đủ</li>", "<li>Góp ý thẳng thắn trong sinh hoạt</li>");
        // the member records their own; they read only their own commitments
        String own = page(url, member);
        assertThat(own).contains("Bạn chỉ xem được bản cam kết của chính mình.", "Tôi: Nguyễn Văn An")
                .doesNotContain("Trần Thị Bình");
        mvc.perform(form("/conduct/commitments", member).param("cellCode", p + "-C1").param("year", String.valueOf(year))
                .param("memberId", String.valueOf(an)).param("actions", "Gương mẫu trong công tác"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Đã ghi bản cam kết năm " + year + " của Nguyễn Văn An."));
        assertThat(page(url, member)).contains("Bản cam kết của tôi", "đảng viên tự ghi", "Gương mẫu trong công tác")
                .doesNotContain("Ghi kết quả thực hiện cam kết");
        // checked at the review by the secretary
        long commitment = jdbc.sql("select id from commitment where member_id = ?").param(binh).query(Long.class).single();
        mvc.perform(form("/conduct/commitments/" + commitment + "/check", secretary).param("outcome", "PARTLY")
                .param("version", "0"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Nhận xét: </strong><span>Bắt buộc nhập.")));
        mvc.perform(form("/conduct/commitments/" + commitment + "/check", secretary).param("outcome", "PARTLY")
                .param("note", "Chưa góp ý thẳng thắn").param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Đã ghi kết quả cam kết của Trần Thị Bình: Thực hiện một phần."));
        assertThat(page(url, secretary)).contains("2/2 đảng viên đã ký", "conduct-outcome-PARTLY", "Chưa góp ý thẳng thắn");
        mvc.perform(form("/conduct/commitments/" + commitment + "/check", secretary).param("outcome", "KEPT")
                .param("version", "0")).andExpect(status().isConflict());
        // the links: the cell's page, the home page of its secretary
        assertThat(page("/units/" + p + "-C1", secretary)).contains("/conduct/commitments?unitCode=" + p + "-C1",
                "/conduct/expressions?unitCode=" + p + "-C1");
        assertThat(page("/units/" + p + "-D", board)).contains("/conduct/expressions?unitCode=" + p + "-D")
                .doesNotContain("/conduct/commitments?unitCode=" + p + "-D");
        assertThat(page("/", secretary)).contains("id=\"conduct-card\"", "Chi bộ ấp Trà Phô: 2/2 đảng viên đã ký");
    }

    @Test
    void aUserOfAnotherProvinceFindsNoneOfIt() throws Exception {
        tree();
        mvc.perform(form("/conduct/expressions", board).param("unitCode", p + "-D").param("codes", "G1.3")
                .param("wording", "Bímật").param("sourceKind", "x").param("identifiedBy", "x")).andExpect(status().isFound());
        mvc.perform(form("/conduct/commitments", secretary).param("cellCode", p + "-C1").param("memberId",
                String.valueOf(an)).param("actions", "Bímật")).andExpect(status().isFound());
        long commitment = jdbc.sql("select id from commitment where member_id = ?").param(an).query(Long.class).single();
        for (String url : List.of("/conduct/expressions?unitCode=" + p + "-D", "/conduct/commitments?unitCode=" + p + "-C1")) {
            mvc.perform(get(url).with(outsider)).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Bímật"))));
        }
        mvc.perform(form("/conduct/commitments/" + commitment + "/check", outsider).param("outcome", "KEPT")
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(form("/conduct/expressions", outsider).param("unitCode", p + "-D").param("codes", "G1.3")
                .param("wording", "x").param("sourceKind", "x").param("identifiedBy", "x")).andExpect(status().isNotFound());
        assertThat(page("/conduct/expressions", outsider)).contains("Đảng bộ tỉnh Khác").doesNotContain("Bímật");
        assertThat(jdbc.sql("select count(*) from commitment where member_id = ? and outcome is null").param(an)
                .query(Long.class).single()).isEqualTo(1);
    }
}
