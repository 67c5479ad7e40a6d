package vn.chinhdon.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repeated failed logins lock a username for a while. Kept in the database so that every node of a
 * scaled-out deployment sees the same count; unknown usernames are throttled like known ones so that
 * the lock does not reveal which accounts exist.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${chinhdon.security.login-throttle.max-failures:5}") int maxFailures,
            @Value("${chinhdon.security.login-throttle.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    /** Whether failures are on record for the username, and for how many more minutes it is locked. */
    record State(boolean failures, long minutesLocked) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public State state(String username) {
        return jdbc.sql("select locked_until from login_failure where username = ?")
                .param(key(username))
                .query((rs, i) -> {
                    OffsetDateTime until = rs.getObject(1, OffsetDateTime.class);
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    return new State(true, until == null || !until.isAfter(now) ? 0
                            : Math.max(1, Duration.between(now, until).toMinutes() + 1));
                })
                .optional()
                .orElse(new State(false, 0));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into login_failure (username, failures, first_at) values (?, 1, ?)
                on conflict (username) do update set
                  failures = case when login_failure.first_at < ? then 1 else login_failure.failures + 1 end,
                  first_at = case when login_failure.first_at < ? then excluded.first_at else login_failure.first_at end""")
                .params(key(username), now, now.minus(lock), now.minus(lock))
                .update();
        jdbc.sql("update login_failure set locked_until = ?, failures = 0, first_at = ? where username = ? and failures >= ?")
                .params(now.plus(lock), now, key(username), maxFailures)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
    }

    private static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }
}
