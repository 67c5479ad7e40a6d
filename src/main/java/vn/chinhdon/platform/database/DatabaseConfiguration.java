package vn.chinhdon.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one DataSource of the application.
 *
 * <ul>
 * <li>{@code spring.datasource.url} set: that PostgreSQL server (production, and CI's second run).</li>
 * <li>not set, and {@code chinhdon.embedded-database=true} (the dev and test profiles): an embedded
 * PostgreSQL started here, its data under {@code chinhdon.data-dir} in dev mode, a fresh temporary
 * directory in tests.</li>
 * <li>not set in production: refuse to start, naming the missing settings.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final List<String> REQUIRED = List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD");

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        HikariConfig config = new HikariConfig();
        config.setPoolName("chinhdon");
        config.setMaximumPoolSize(env.getProperty("chinhdon.database.pool-size", Integer.class, 10));
        // batched inserts become multi-row statements: fewer round trips, and the statement-level triggers
        // that maintain subtree counts fire once per few hundred rows instead of once per row
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (url != null && !url.isBlank()) {
            boolean production = env.getProperty("chinhdon.embedded-database", Boolean.class, false) == false;
            List<String> missing = new ArrayList<>();
            String username = env.getProperty("spring.datasource.username");
            String password = env.getProperty("spring.datasource.password");
            if (production && (username == null || username.isBlank())) {
                missing.add("SPRING_DATASOURCE_USERNAME");
            }
            if (production && password == null) {
                missing.add("SPRING_DATASOURCE_PASSWORD");
            }
            if (!missing.isEmpty()) {
                throw new MissingDatabaseSettingsException(missing);
            }
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
            return new HikariDataSource(config);
        }
        if (!env.getProperty("chinhdon.embedded-database", Boolean.class, false)) {
            throw new MissingDatabaseSettingsException(REQUIRED);
        }
        Path dir = null;
        if (!env.getProperty("chinhdon.embedded-database-temporary", Boolean.class, false)) {
            dir = Path.of(env.getProperty("chinhdon.data-dir", "./data")).toAbsolutePath().normalize()
                    .resolve("postgres");
        }
        EmbeddedPostgres pg = EmbeddedPostgresServer.start(dir);
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        return new HikariDataSource(config);
    }
}
