package vn.chinhdon.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.organization.MemberView;

/** The members list and a member's page: corrections, transfers, statuses, stale edits, scope. */
class MemberPagesTest extends PageTestSupport {

    private RequestPostProcessor boardOfA;
    private MemberView an;

    @BeforeEach
    void setUp() {
        tree();
        boardOfA = account("ORGANIZATION_BOARD", p + "-A");
        an = member("01");
    }

    private MockHttpServletRequestBuilder edit(long version, String birthDate, String admissionDate) {
        return edit(version, "Nguyễn Văn An", birthDate, admissionDate);
    }

    private MockHttpServletRequestBuilder edit(long version, String name, String birthDate, String admissionDate) {
        return post("/members/" + an.id()).with(boardOfA).with(csrf())
                .param("fullName", name).param("cardNumber", p + "01").param("gender", "MALE")
                .param("birthDate", birthDate).param("admissionDate", admissionDate).param("officialDate", "1996-03-02")
                .param("version", String.valueOf(version));
    }

    @Test
    void theListSearchesWithoutDiacriticsWithinTheUsersUnits() throws Exception {
        mvc.perform(get("/members").param("q", "nguyen van an").param("unitCode", p + "-A").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn An")))
                .andExpect(content().string(containsString("Chi bộ ấp Cống Cả")))
                .andExpect(content().string(containsString("Chính thức")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/members").param("q", "dang thi anh").with(boardOfA))
                .andExpect(content().string(containsString("Không có đảng viên nào khớp")));
        mvc.perform(get("/members").param("unitCode", p + "-B").with(boardOfA))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListIsExportedAsCsvInTheImportFormat() throws Exception {
        byte[] csv = mvc.perform(get("/members/export.csv").param("unitCode", p + "-A").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFFSố thẻ,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Mã đơn vị,")
                .contains(p + "01,Nguyễn Văn An,Nam," + birthVi(1950) + ",02/03/1995,02/03/1996," + p + "-C1,Chi bộ ấp Cống Cả,Chính thức")
                .doesNotContain("Đặng Thị Ánh");
        assertThat(vn.chinhdon.platform.CsvExport.cell("Số 5, \"Khu phố 1\"")).isEqualTo("\"Số 5, \"\"Khu phố 1\"\"\"");
        assertThat(vn.chinhdon.platform.CsvExport.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    }

    @Test
    void theMemberPageShowsTheRecordHistoryAndForms() throws Exception {
        mvc.perform(get("/members/" + an.id()).with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn An")))
                .andExpect(content().string(containsString("02/03/1995")))
                .andExpect(content().string(containsString("Quá trình sinh hoạt")))
                .andExpect(content().string(containsString("Nhập dữ liệu")))
                .andExpect(content().string(containsString("Sửa hồ sơ")))
                .andExpect(content().string(containsString("Chuyển sinh hoạt đảng")))
                .andExpect(content().string(containsString("Ghi nhận trạng thái")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aReadOnlyRoleSeesTheMemberButNoForms() throws Exception {
        RequestPostProcessor staff = account("COMMITTEE_STAFF", p + "-A");
        mvc.perform(get("/members/" + an.id()).with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn An")))
                .andExpect(content().string(not(containsString("Sửa hồ sơ"))));
    }

    @Test
    void aUserOfAnotherUnitGets404() throws Exception {
        RequestPostProcessor boardOfB = account("ORGANIZATION_BOARD", p + "-B");
        mvc.perform(get("/members/" + an.id()).with(boardOfB))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Nguyễn Văn An"))));
        mvc.perform(edit(0, "1970-05-01", "1995-03-02").with(boardOfB))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionIsSavedAndAStaleOneIsRefusedClearly() throws Exception {
        java.time.LocalDate changed = birth(1951);
        String birth = changed.toString();
        mvc.perform(edit(an.version(), birth, "1995-03-02"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/members/" + an.id()))
                .andExpect(flash().attribute("notice", containsString("Đã lưu hồ sơ")));
        mvc.perform(get("/members/" + an.id()).with(boardOfA))
                .andExpect(content().string(containsString(changed.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        // the same form again, with the version read before the first save
        mvc.perform(edit(an.version(), birth, "1995-03-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bản ghi đã được người khác thay đổi")))
                .andExpect(content().string(containsString("Tải lại trang")));
    }

    @Test
    void aBadCorrectionShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(edit(an.version(), "1990-01-01", "2000-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đủ 18 tuổi")))
                .andExpect(content().string(containsString("value=\"1990-01-01\"")));
        mvc.perform(edit(an.version(), " ", "1970-05-05", "1995-03-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Họ và tên: </strong><span>Bắt buộc nhập.")));
        mvc.perform(edit(an.version(), "không phải ngày", "1995-03-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày sinh: </strong><span>Ngày không đúng định dạng.")));
    }

    @Test
    void aTransferMovesTheMemberAndKeepsTheOldCellInTheHistory() throws Exception {
        mvc.perform(post("/members/" + an.id() + "/transfer").with(boardOfA).with(csrf())
                        .param("unitCode", p + "-X1").param("date", "2024-03-01").param("version", String.valueOf(an.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("Đảng bộ xã Vĩnh Phú")));
        mvc.perform(get("/members/" + an.id()).with(boardOfA))
                .andExpect(content().string(containsString("từ ngày 01/01/2020 đến ngày 01/03/2024")))
                .andExpect(content().string(containsString("Chuyển sinh hoạt")));
        // a unit of another province is not found, and says so on the form
        mvc.perform(post("/members/" + an.id() + "/transfer").with(boardOfA).with(csrf())
                        .param("unitCode", p + "-Y1").param("date", "2024-06-01").param("version", String.valueOf(an.version() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy đơn vị „" + p + "-Y1“")));
    }

    @Test
    void aStatusChangeIsRecorded() throws Exception {
        mvc.perform(post("/members/" + an.id() + "/status").with(boardOfA).with(csrf())
                        .param("status", "EXEMPT").param("date", "2024-05-01").param("note", "Tuổi cao, sức yếu")
                        .param("version", String.valueOf(an.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/members/" + an.id()).with(boardOfA))
                .andExpect(content().string(containsString("Miễn sinh hoạt")))
                .andExpect(content().string(containsString("Tuổi cao, sức yếu")));
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/members/" + an.id() + "/status").with(boardOfA)
                        .param("status", "EXEMPT").param("date", "2024-05-01").param("version", "0"))
                .andExpect(status().isForbidden());
    }
}
