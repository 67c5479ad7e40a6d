package vn.chinhdon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-22T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aPasswordBcryptAcceptedIsAcceptedAgainOnlyForTheSameStoredHashAndWithinThePeriod() {
        MovingClock clock = new MovingClock();
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock);
        assertThat(verified.verified("thu.nguyen", "{bcrypt}$2a$10$old", "mật-khẩu-1")).isFalse();

        verified.remember("thu.nguyen", "{bcrypt}$2a$10$old", "mật-khẩu-1");
        assertThat(verified.verified("thu.nguyen", "{bcrypt}$2a$10$old", "mật-khẩu-1")).isTrue();
        assertThat(verified.verified("thu.nguyen", "{bcrypt}$2a$10$old", "mật-khẩu-2")).as("another password").isFalse();
        assertThat(verified.verified("thu.nguyen", "{bcrypt}$2a$10$new", "mật-khẩu-1")).as("password changed").isFalse();
        assertThat(verified.verified("lan.tran", "{bcrypt}$2a$10$old", "mật-khẩu-1")).as("another user").isFalse();
        assertThat(verified.verified("thu.nguyen", "{bcrypt}$2a$10$old", null)).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThat(verified.verified("thu.nguyen", "{bcrypt}$2a$10$old", "mật-khẩu-1")).as("period over").isFalse();
    }

    @Test
    void aZeroPeriodRemembersNothing() {
        VerifiedCredentials off = new VerifiedCredentials(Duration.ZERO, new MovingClock());
        off.remember("thu.nguyen", "{bcrypt}$2a$10$old", "mật-khẩu-1");
        assertThat(off.verified("thu.nguyen", "{bcrypt}$2a$10$old", "mật-khẩu-1")).isFalse();
    }
}
