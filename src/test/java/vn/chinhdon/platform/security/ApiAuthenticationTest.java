package vn.chinhdon.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.UserManagement;

/** HTTP Basic on the API: a verified password is remembered for minutes, a disabled account is not. */
class ApiAuthenticationTest extends IntegrationTest {

    @Test
    void aDisabledAccountIsRefusedAtOnceEvenWithARememberedPassword() throws Exception {
        String username = unique("basic");
        long[] id = new long[1];
        asSystem(() -> id[0] = users.create(new UserManagement.NewUser(username, "mat-khau-2026", "Nguyễn Thị Thử", null,
                List.of(new UserManagement.GrantRequest("ADMIN", null)))).id());
        String url = "/api/v1/documents/parse-number?value=196-KH/TU";
        mvc.perform(get(url).with(httpBasic(username, "mat-khau-2026"))).andExpect(status().isOk());
        mvc.perform(get(url).with(httpBasic(username, "mat-khau-2026"))).andExpect(status().isOk());
        mvc.perform(get(url).with(httpBasic(username, "sai-mat-khau"))).andExpect(status().isUnauthorized());

        asSystem(() -> users.setEnabled(id[0], false, users.find(id[0]).version()));
        mvc.perform(get(url).with(httpBasic(username, "mat-khau-2026"))).andExpect(status().isUnauthorized());
    }
}
