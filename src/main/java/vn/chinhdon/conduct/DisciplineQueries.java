package vn.chinhdon.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.BoundSql;
import vn.chinhdon.shared.PageResult;

/**
 * Discipline decisions seen from a unit: those whose subject's unit lay in its subtree or in its predecessors'
 * subtrees (a merged unit's history is its successor's), restricted to the units whose members the caller may read
 * ({@code READ_MEMBERS}); filtered by year and form, a page at a time; and those in force on a date.
 */
@Service
public class DisciplineQueries {

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final AccessControl grants;
    private final DisciplineManagement management;
    private final Clock clock;

    DisciplineQueries(JdbcClient jdbc, ConductAccess access, AccessControl grants, DisciplineManagement management,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.grants = grants;
        this.management = management;
        this.clock = clock;
    }

    /** What to list: the year decided and the form (null: any of them). */
    public record Filter(Integer year, DisciplineForm form) {
    }

    /** The decisions over the unit's subtree ({@code READ_MEMBERS} over the unit), the latest decided first. */
    @Transactional(readOnly = true)
    public PageResult<DisciplineView> list(String unitCode, Filter filter, Integer page, Integer size) {
        UnitRef unit = unit(unitCode);
        int p = PageResult.clampPage(page);
        int n = PageResult.clampSize(size);
        BoundSql q = scoped(unit);
        StringBuilder where = new StringBuilder(" where true");
        if (filter != null && filter.year() != null) {
            where.append(" and extract(year from x.decided_on) = :year");
            q.params().put("year", filter.year());
        }
        if (filter != null && filter.form() != null) {
            where.append(" and x.form = :form");
            q.params().put("form", filter.form().name());
        }
        long total = q.bind(jdbc.sql(q.sql() + "select count(*) from x" + where)).query(Long.class).single();
        q.params().put("lim", n);
        q.params().put("off", (long) p * n);
        List<Long> ids = q.bind(jdbc.sql(q.sql() + "select x.id from x" + where
                + " order by x.decided_on desc, x.id desc limit :lim offset :off")).query(Long.class).list();
        return new PageResult<>(management.views(ids), p, n, total);
    }

    /** The decisions over the unit's subtree in force on the date (default today): decided by then, not ended. */
    @Transactional(readOnly = true)
    public List<DisciplineView> inForce(String unitCode, LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        UnitRef unit = unit(unitCode);
        BoundSql q = scoped(unit);
        q.params().put("on", day);
        return management.views(q.bind(jdbc.sql(q.sql() + """
                select x.id from x where x.decided_on <= :on and (x.ends_on is null or x.ends_on > :on)
                order by x.decided_on desc, x.id desc""")).query(Long.class).list());
    }

    /** The years with decisions in the unit's subtree the caller may read, the latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(String unitCode) {
        BoundSql q = scoped(unit(unitCode));
        return q.bind(jdbc.sql(q.sql() + "select distinct cast(extract(year from x.decided_on) as int) y from x order by y desc"))
                .query(Integer.class).list();
    }

    /** Whether the caller may record decisions taken by the unit ({@code MANAGE_DISCIPLINE} over it). */
    @Transactional(readOnly = true)
    public boolean canRecord(String unitCode) {
        UnitRef unit = unit(unitCode);
        return unit.active() && access.allows(unit.id(), Permission.MANAGE_DISCIPLINE);
    }

    private UnitRef unit(String unitCode) {
        return access.tree().unit(unitCode == null ? null : unitCode.trim(), LocalDate.now(clock), Permission.READ_MEMBERS);
    }

    /**
     * The CTE {@code x}: the decisions whose subject's unit lay (at any time) in the subtree of the unit or of one of
     * its predecessors, and whose members the caller may read.
     */
    private BoundSql scoped(UnitRef unit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", unit.id());
        String visible = grants.coverage(Permission.READ_MEMBERS, "sv.path").named("v", params);
        String sql = """
                with recursive scope(id) as (
                  select cast(:unit as bigint)
                  union select l.predecessor_id from org_unit_lineage l join scope s on l.successor_id = s.id),
                x as (
                  select d.* from discipline d
                  where exists (select 1 from org_unit_state s join scope sc on s.path like '%%/' || sc.id || '/%%'
                                where s.unit_id = d.unit_id)
                    and exists (select 1 from org_unit_state sv where sv.unit_id = d.unit_id and %s))
                """.formatted(visible);
        return new BoundSql(sql, params);
    }
}
