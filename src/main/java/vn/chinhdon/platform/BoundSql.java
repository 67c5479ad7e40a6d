package vn.chinhdon.platform;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A piece of SQL (e.g. a CTE that restricts rows to the caller's grants) with its named parameters. */
public record BoundSql(String sql, Map<String, Object> params) {

    /** Binds the parameters to a statement built on this SQL. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec;
    }
}
