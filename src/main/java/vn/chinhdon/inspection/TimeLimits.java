package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitKind;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.VietnameseText;

/**
 * The time limits of inspections by the level of the issuing unit: reference data seeded from 331-QĐ/TW
 * (60 / 45 / 20 days, one extension of at most a third), editable by administrators, who thereby confirm it.
 * Whether the days are working days was not found in public sources: each row says which.
 */
@Service
public class TimeLimits {

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final AccessControl access;
    private final AuditLog audit;

    TimeLimits(JdbcClient jdbc, TreeQueries tree, AccessControl access, AuditLog audit) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.access = access;
        this.audit = audit;
    }

    private static final String SELECT = """
            select unit_kind, days, working_days, extension_divisor, confirmed, basis, version from inspection_time_limit""";

    /** Every level's limit, from the Centre down. */
    @Transactional(readOnly = true)
    public List<TimeLimit> all() {
        return jdbc.sql(SELECT).query(TimeLimits::map).list().stream()
                .sorted(java.util.Comparator.comparing(t -> UnitKind.valueOf(t.unitKind()).ordinal())).toList();
    }

    /** The limit of inspections issued by the unit (by its kind on the date). */
    TimeLimit forUnit(long unitId, LocalDate on) {
        UnitKind kind = tree.unit(unitId, on).orElseThrow().kind();
        return jdbc.sql(SELECT + " where unit_kind = ?").param(kind.name()).query(TimeLimits::map).optional()
                .orElseThrow(() -> new NotFoundException("error.inspection.timeLimitNotFound", kind.name()));
    }

    /** Sets a level's limit (administrators); the row is then marked confirmed. */
    @Transactional
    public TimeLimit save(String unitKind, Integer days, Boolean workingDays, Integer extensionDivisor, String basis,
            Long version) {
        access.requireAdmin();
        UnitKind kind = UnitKind.parse(unitKind);
        if (kind == null) {
            throw new NotFoundException("error.inspection.timeLimitNotFound", String.valueOf(unitKind));
        }
        List<Problem> problems = new java.util.ArrayList<>();
        if (days == null || days < 1 || days > 365) {
            problems.add(Problem.field("days", "error.inspection.limitDays"));
        }
        if (workingDays == null) {
            problems.add(Problem.field("workingDays", "error.required.named", "workingDays"));
        }
        int divisor = extensionDivisor == null ? 3 : extensionDivisor;
        if (divisor < 1 || divisor > 10) {
            problems.add(Problem.field("extensionDivisor", "error.inspection.limitDivisor"));
        }
        String b = VietnameseText.clean(basis);
        if (b == null || b.isEmpty()) {
            problems.add(Problem.field("basis", "error.required.named", "basis"));
        } else if (b.length() > 300) {
            problems.add(Problem.field("basis", "error.text.tooLong", "300"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int n = jdbc.sql("""
                update inspection_time_limit set days = ?, working_days = ?, extension_divisor = ?, basis = ?,
                  confirmed = true, version = version + 1
                where unit_kind = ? and (cast(? as bigint) is null or version = ?)""")
                .params(days, workingDays, divisor, b, kind.name(), version, version).update();
        if (n == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record("INSPECTION_TIME_LIMIT_SAVED", "INSPECTION_TIME_LIMIT", kind.name(), null,
                kind.name() + ": " + days + (workingDays ? " ngày làm việc" : " ngày") + " — " + b,
                Map.of("days", days, "workingDays", workingDays, "extensionDivisor", divisor));
        return all().stream().filter(t -> t.unitKind().equals(kind.name())).findFirst().orElseThrow();
    }

    private static TimeLimit map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new TimeLimit(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getInt(4), rs.getBoolean(5),
                rs.getString(6), rs.getLong(7));
    }
}
