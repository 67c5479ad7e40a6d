package vn.chinhdon.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords verified with bcrypt in the last minutes, so that a stateless API client sending HTTP Basic
 * on every request pays the deliberately slow bcrypt check once per period instead of on every call
 * (decision 0013). An entry is keyed by the username and the stored hash, so a changed password misses at
 * once; it holds a salted SHA-256 of the password (the salt is random per process and never stored), so
 * the memory of the process holds no password. Disabled accounts are refused before this check, because
 * the account is loaded from the database on every request.
 */
final class VerifiedCredentials {

    private static final int MAX_ENTRIES = 50_000;

    private record Entry(byte[] digest, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];
    private final Duration ttl;
    private final Clock clock;

    VerifiedCredentials(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    boolean enabled() {
        return !ttl.isZero() && !ttl.isNegative();
    }

    /** Whether this password was verified against this stored hash within the period. */
    boolean verified(String username, String storedHash, String password) {
        if (!enabled() || password == null) {
            return false;
        }
        Entry e = entries.get(key(username, storedHash));
        if (e == null) {
            return false;
        }
        if (e.until().isBefore(clock.instant())) {
            entries.remove(key(username, storedHash), e);
            return false;
        }
        return MessageDigest.isEqual(e.digest(), digest(password));
    }

    /** Records a password bcrypt has just accepted. */
    void remember(String username, String storedHash, String password) {
        if (!enabled() || password == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, storedHash), new Entry(digest(password), clock.instant().plus(ttl)));
    }

    private static String key(String username, String storedHash) {
        return username + '\u0000' + storedHash;
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
