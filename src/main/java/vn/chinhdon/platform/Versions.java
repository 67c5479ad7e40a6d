package vn.chinhdon.platform;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimistic locking of rows with a {@code version} column: a caller that read version n may change the row only while
 * it is still at n (409 "stale" otherwise), and each change moves it to n + 1.
 */
public final class Versions {

    private Versions() {
    }

    /** Refuses as stale when the caller read another version than the current one (null: the caller did not say). */
    public static void check(long current, Long read) {
        if (read != null && read != current) {
            throw new ConflictException("error.stale");
        }
    }

    /**
     * {@code update <table> set <set>, version = version + 1 where id = :id and version = :v} with the named
     * parameters (null values allowed); 409 "stale" when the row moved on since {@code version} was read.
     */
    public static void update(JdbcClient jdbc, String table, long id, long version, String set,
            Map<String, Object> params) {
        var spec = jdbc.sql("update " + table + " set " + set + ", version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", version);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        if (spec.update() == 0) {
            throw new ConflictException("error.stale");
        }
    }

    /** Named parameters from names and values in turn, nulls allowed (unlike {@code Map.of}). */
    public static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
