package vn.chinhdon.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who did what, when, to which record. Written in the same transaction as the change it describes,
 * so a change that is rolled back leaves no audit line and a change that is kept always has one.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    private final CopyIn copy;

    AuditLog(JdbcClient jdbc, CopyIn copy, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.clock = clock;
        this.json = json;
    }

    public void record(String action, String entityType, Object entityId, Long unitId, String summary,
            Map<String, ?> changes) {
        String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse(CurrentUser.SYSTEM);
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, entity_type, entity_id, unit_id, summary, changes)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(OffsetDateTime.now(clock), actor, action, entityType, String.valueOf(entityId), unitId,
                        truncate(summary), changes == null ? null : json.writeValueAsString(changes))
                .update();
    }

    /** Many audit lines at once (imports), one per record, in one COPY. */
    public void recordAll(String action, String entityType, List<Line> lines) {
        String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse(CurrentUser.SYSTEM);
        OffsetDateTime now = OffsetDateTime.now(clock);
        CopyIn.Rows rows = new CopyIn.Rows();
        for (Line l : lines) {
            rows.add(now, actor, action, entityType, String.valueOf(l.entityId()), l.unitId(), truncate(l.summary()));
        }
        copy.copy("audit_event", "occurred_at, actor, action, entity_type, entity_id, unit_id, summary", rows);
    }

    /** One record's line in a batch. */
    public record Line(Object entityId, Long unitId, String summary) {
    }

    public List<Entry> history(String entityType, Object entityId, int limit) {
        return jdbc.sql("""
                select occurred_at, actor, action, summary, changes::text as changes from audit_event
                where entity_type = ? and entity_id = ? order by occurred_at desc, id desc limit ?""")
                .params(entityType, String.valueOf(entityId), limit)
                .query((rs, i) -> new Entry(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("action"), rs.getString("summary"), rs.getString("changes")))
                .list();
    }

    private static String truncate(String s) {
        return s == null ? "" : s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    public record Entry(OffsetDateTime occurredAt, String actor, String action, String summary, String changes) {
    }
}
