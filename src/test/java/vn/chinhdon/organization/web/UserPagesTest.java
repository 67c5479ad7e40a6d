package vn.chinhdon.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts and grants: administrators only. */
class UserPagesTest extends PageTestSupport {

    private RequestPostProcessor admin;

    @BeforeEach
    void setUp() {
        tree();
        admin = admin();
    }

    @Test
    void onlyAdministratorsSeeAccounts() throws Exception {
        mvc.perform(get("/users").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tạo tài khoản")))
                .andExpect(content().string(containsString("href=\"/users\"")))
                .andExpect(content().string(not(containsString("??"))));
        RequestPostProcessor board = account("ORGANIZATION_BOARD", p + "-A");
        mvc.perform(get("/users").with(board))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bạn không có quyền")));
        mvc.perform(get("/").with(board))
                .andExpect(content().string(not(containsString("href=\"/users\""))));
    }

    @Test
    void anAccountIsCreatedGrantedAndDisabled() throws Exception {
        String username = unique("bt").toLowerCase();
        String location = mvc.perform(post("/users").with(admin).with(csrf()).param("username", username)
                        .param("password", "mat-khau-2025").param("displayName", "Bí thư Chi bộ ấp Cống Cả")
                        .param("role", "CELL_SECRETARY").param("unitCode", p + "-C1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/users/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bí thư Chi bộ ấp Cống Cả")))
                .andExpect(content().string(containsString("Bí thư chi bộ")))
                .andExpect(content().string(containsString("Chi bộ ấp Cống Cả")));
        mvc.perform(post(location + "/grants").with(admin).with(csrf()).param("role", "MEMBER").param("unitCode", p + "-C1"))
                .andExpect(redirectedUrl(location));
        mvc.perform(post(location + "/grants").with(admin).with(csrf()).param("role", "MEMBER").param("unitCode", p + "-C1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tài khoản đã có quyền này")));
        mvc.perform(post(location + "/grants").with(admin).with(csrf()).param("role", "HEAD").param("unitCode", "NO-SUCH"))
                .andExpect(content().string(containsString("Không tìm thấy đơn vị „NO-SUCH“")));
        mvc.perform(post(location + "/grants/remove").with(admin).with(csrf()).param("role", "MEMBER").param("unitCode", p + "-C1"))
                .andExpect(flash().attribute("notice", startsWith("Đã thu hồi quyền")));
        mvc.perform(post(location + "/enabled").with(admin).with(csrf()).param("enabled", "false").param("version", "0"))
                .andExpect(flash().attribute("notice", startsWith("Đã khóa tài khoản")));
        mvc.perform(post(location + "/enabled").with(admin).with(csrf()).param("enabled", "true").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bản ghi đã được người khác thay đổi")));
        mvc.perform(get("/users").param("q", username).with(admin))
                .andExpect(content().string(containsString("Đã khóa")));
    }

    @Test
    void aBadNewAccountShowsEveryProblem() throws Exception {
        mvc.perform(post("/users").with(admin).with(csrf()).param("username", "a b").param("password", "ngan")
                        .param("displayName", "Người thử").param("role", "HEAD").param("unitCode", "NO-SUCH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập gồm 3–100 ký tự")))
                .andExpect(content().string(containsString("Mật khẩu cần ít nhất 8 ký tự")))
                .andExpect(content().string(containsString("Không tìm thấy đơn vị „NO-SUCH“")))
                .andExpect(content().string(containsString("value=\"Người thử\"")));
        mvc.perform(post("/users").with(admin).param("username", "abc").param("password", "mat-khau-2025")
                        .param("displayName", "X").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
    }
}
