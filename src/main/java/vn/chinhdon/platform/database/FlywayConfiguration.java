package vn.chinhdon.platform.database;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Migrations run at start. The test profile asks for a clean schema once per JVM so that the suite
 * starts from the same state on the embedded database and on CI's PostgreSQL server; this is refused
 * outside the embedded-database profiles so that production data can never be cleaned.
 */
@Configuration(proxyBeanMethods = false)
class FlywayConfiguration {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy migrationStrategy(Environment env) {
        boolean cleanOnStart = env.getProperty("chinhdon.database.clean-on-start", Boolean.class, false)
                && env.getProperty("chinhdon.embedded-database", Boolean.class, false);
        return flyway -> {
            if (cleanOnStart && CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
