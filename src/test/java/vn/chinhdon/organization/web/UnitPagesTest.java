package vn.chinhdon.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The tree, the unit page and the home page, as a provincial organization board sees them. */
class UnitPagesTest extends PageTestSupport {

    private RequestPostProcessor boardOfA;

    @BeforeEach
    void setUp() {
        tree();
        boardOfA = account("ORGANIZATION_BOARD", p + "-A");
    }

    @Test
    void homeShowsTheUsersTopUnitWithItsCounts() throws Exception {
        mvc.perform(get("/").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị của tôi")))
                .andExpect(content().string(containsString("Đảng bộ tỉnh Kiên Giang")))
                .andExpect(content().string(containsString("Đảng bộ huyện Giang Thành")))
                .andExpect(content().string(not(containsString("Đảng bộ tỉnh An Giang"))))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theTreeShowsTopUnitsAndLoadsChildrenOnDemand() throws Exception {
        mvc.perform(get("/units").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cây tổ chức")))
                .andExpect(content().string(containsString("Đảng bộ tỉnh Kiên Giang")))
                .andExpect(content().string(containsString("Đảng bộ tỉnh, thành phố")))
                .andExpect(content().string(containsString("/units/children?parent=" + p + "-A")))
                .andExpect(content().string(not(containsString("Đảng bộ tỉnh An Giang"))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/units/children").param("parent", p + "-H1").param("at", "2024-01-01").with(boardOfA)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng bộ xã Vĩnh Phú")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theTreeSearchIgnoresDiacriticsAndStaysInTheUsersScope() throws Exception {
        mvc.perform(get("/units/tree").param("q", "vinh phu").with(boardOfA).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng bộ xã Vĩnh Phú")))
                .andExpect(content().string(containsString("Tìm thấy 1 đơn vị")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/units/tree").param("q", "My Binh").with(boardOfA).header("HX-Request", "true"))
                .andExpect(content().string(containsString("Không tìm thấy đơn vị nào")));
    }

    @Test
    void theUnitPageShowsCountsSubunitsMembersAndHistory() throws Exception {
        mvc.perform(get("/units/" + p + "-A").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng bộ tỉnh Kiên Giang")))
                .andExpect(content().string(containsString("Đang hoạt động")))
                .andExpect(content().string(containsString("từ ngày 01/01/2020")))
                .andExpect(content().string(containsString("Đảng bộ huyện Giang Thành")))
                .andExpect(content().string(containsString("Nguyễn Văn An")))
                .andExpect(content().string(containsString("Thành lập")))
                .andExpect(content().string(containsString("Nhật ký thay đổi")))
                .andExpect(content().string(containsString("Nhập đảng viên")))
                .andExpect(content().string(containsString("Đảng viên chờ xác nhận nơi sinh hoạt")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/units/" + p + "-A").param("q", "khong co ai").with(boardOfA))
                .andExpect(content().string(containsString("Không có đảng viên nào khớp")));
    }

    @Test
    void theUnitPageTellsWhetherTheUnitExistedOnTheDateAsked() throws Exception {
        mvc.perform(get("/units/" + p + "-A").param("at", "2019-12-31").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa thành lập")))
                .andExpect(content().string(containsString("Đơn vị không hoạt động vào ngày 31/12/2019")));
    }

    @Test
    void theLoginPageExplainsWhatHappened() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Chỉnh Đốn – Xây dựng, chỉnh đốn Đảng</title>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
        mvc.perform(get("/login").param("locked", "15"))
                .andExpect(content().string(containsString("Đăng nhập sai quá nhiều lần; thử lại sau 15 phút")));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(containsString("Đã đăng xuất")));
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aReadOnlyRoleSeesNoManagementLinks() throws Exception {
        RequestPostProcessor staff = account("COMMITTEE_STAFF", p + "-A");
        mvc.perform(get("/units/" + p + "-X1").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng bộ xã Vĩnh Phú")))
                .andExpect(content().string(not(containsString("/import/members"))));
    }

    @Test
    void aUserOfAnotherUnitGets404() throws Exception {
        RequestPostProcessor boardOfB = account("ORGANIZATION_BOARD", p + "-B");
        mvc.perform(get("/units/" + p + "-A").with(boardOfB))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy đơn vị")))
                .andExpect(content().string(not(containsString("Đảng bộ tỉnh Kiên Giang"))));
        mvc.perform(get("/units/children").param("parent", p + "-H1").with(boardOfB))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownPagesAndBadDatesGetAFriendlyPage() throws Exception {
        mvc.perform(get("/no-such-page").with(boardOfA))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units").param("at", "hôm qua").with(boardOfA))
                .andExpect(status().isBadRequest());
    }

    @Test
    void postingAFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/units/" + p + "-A/placements/1").param("version", "0").with(boardOfA))
                .andExpect(status().isForbidden());
        // with the token the request reaches the facade (which knows no member 1 in this unit)
        mvc.perform(post("/units/" + p + "-A/placements/1").param("version", "0").with(boardOfA).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void pagesSwitchToEnglish() throws Exception {
        mvc.perform(get("/units").param("lang", "en").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Organization tree")))
                .andExpect(content().string(not(containsString("??"))));
    }
}
