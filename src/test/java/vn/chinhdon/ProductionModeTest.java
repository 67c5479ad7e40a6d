package vn.chinhdon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Production mode (no dev profile): refuses to start without database settings and names them; with
 * them, starts on an empty database, creates the bootstrap administrator on first start only, respects
 * --server.port, exposes only health/info, and throttles repeated failed logins.
 */
class ProductionModeTest extends IntegrationTest {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesToStartWithoutDatabaseSettingsAndNamesThem() {
        assertThatThrownBy(() -> SpringApplication.run(ChinhDonApplication.class, "--spring.datasource.url=",
                "--spring.datasource.username=", "--server.port=0", "--spring.main.banner-mode=off"))
                .hasStackTraceContaining("SPRING_DATASOURCE_URL")
                .hasStackTraceContaining("SPRING_DATASOURCE_USERNAME")
                .hasStackTraceContaining("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void startsOnAnEmptyDatabaseWithTheBootstrapAdministrator() throws Exception {
        String db = "prod_" + unique("m").toLowerCase();
        jdbc.sql("create database " + db).update();
        String url = dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1");
        String[] args = {"--spring.datasource.url=" + url, "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=", "--server.port=0", "--spring.main.banner-mode=off",
                "--chinhdon.bootstrap.admin.username=quantri", "--chinhdon.bootstrap.admin.password=mat-khau-rat-dai",
                "--chinhdon.security.login-throttle.max-failures=3"};
        try (ConfigurableApplicationContext app = SpringApplication.run(ChinhDonApplication.class, args)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(port).isPositive();
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, port, "/api/v1/org-units", "quantri", "mat-khau-rat-dai").statusCode()).isEqualTo(200);
            assertThat(get(http, port, "/actuator/health", null, null).statusCode()).isEqualTo(200);
            assertThat(get(http, port, "/actuator/env", "quantri", "mat-khau-rat-dai").statusCode()).isIn(302, 401, 403, 404);
            for (int i = 0; i < 3; i++) {
                assertThat(get(http, port, "/api/v1/org-units", "quantri", "sai").statusCode()).isEqualTo(401);
            }
            HttpResponse<String> locked = get(http, port, "/api/v1/org-units", "quantri", "mat-khau-rat-dai");
            assertThat(locked.statusCode()).isEqualTo(401);
            assertThat(locked.body()).contains("thử lại sau");
        }
        // a second start does not create another administrator
        try (ConfigurableApplicationContext app = SpringApplication.run(ChinhDonApplication.class, args)) {
            JdbcClient prod = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
            assertThat(prod.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("drop database if exists " + db + " with (force)").update();
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path, String user, String password)
            throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            req.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
