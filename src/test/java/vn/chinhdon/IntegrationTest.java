package vn.chinhdon;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.CurrentUser;

/**
 * Base of the full-context tests: one Spring context for all of them (same configuration), on the
 * embedded PostgreSQL or on the server named by SPRING_DATASOURCE_URL. Each test makes its own units
 * with unique codes, so tests do not depend on each other's data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger BIRTHS = new AtomicInteger();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected UserManagement users;

    @Autowired
    protected JsonMapper json;

    /** A unique prefix for codes and usernames of one test. */
    protected static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    /**
     * A birth date no other test uses (1920–1940, one day per call), since an import refuses a member with the name and
     * birth date of one already recorded.
     */
    protected static java.time.LocalDate uniqueBirthDate() {
        return java.time.LocalDate.of(1920, 1, 1).plusDays(BIRTHS.incrementAndGet());
    }

    /** Runs as the system (no grants check), for test set-up through the facades. */
    protected static void asSystem(Runnable work) {
        CurrentUser.runAsSystem(work);
    }

    /** Creates an account with grants and returns a request post-processor that acts as it. */
    protected RequestPostProcessor account(String role, String unitCode) {
        String username = unique("u");
        asSystem(() -> users.create(new UserManagement.NewUser(username, "password-1234", "Người dùng thử " + username,
                null, List.of(new UserManagement.GrantRequest(role, unitCode)))));
        return as(username);
    }

    protected RequestPostProcessor as(String username) {
        CurrentUser[] holder = new CurrentUser[1];
        asSystem(() -> holder[0] = (CurrentUser) users.loadUserByUsername(username));
        return user(holder[0]);
    }

    protected RequestPostProcessor admin() {
        return account("ADMIN", null);
    }

    /** A JSON object from keys and values, in order. */
    protected static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** POSTs the body as JSON, acting as {@code who}. */
    protected ResultActions postJson(String url, RequestPostProcessor who, Map<String, Object> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    /** The response's body as text. */
    protected static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
