package vn.chinhdon.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.BoundSql;

/**
 * Expressions and remedy plans seen from a unit: those of its subtree and of its predecessors' subtrees (a merged
 * unit's history is its successor's), restricted to the units the caller may read, with counts per code and per
 * unit — "the expressions identified per unit across the tree".
 */
@Service
public class ConductQueries {

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final AccessControl grants;
    private final ConductManagement management;
    private final Clock clock;

    ConductQueries(JdbcClient jdbc, ConductAccess access, AccessControl grants, ConductManagement management,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.grants = grants;
        this.management = management;
        this.clock = clock;
    }

    /**
     * The expressions identified across the unit's subtree (and its predecessors'), of the year (every year when
     * null), newest first, with the counts per code and per unit.
     */
    @Transactional(readOnly = true)
    public ExpressionOverview expressions(String unitCode, Integer year) {
        LocalDate on = LocalDate.now(clock);
        UnitRef unit = access.readable(unitCode, on);
        BoundSql q = scoped(unit, "conduct_expression", "e");
        String where = year == null ? "" : " where x.year = :year";
        if (year != null) {
            q.params().put("year", year);
        }
        List<Long> ids = q.bind(jdbc.sql(q.sql() + "select x.id from x" + where
                + " order by x.identified_on desc, x.id")).query(Long.class).list();
        List<ExpressionView> items = management.expressions(ids);
        Map<String, Long> byCode = new LinkedHashMap<>();
        Map<String, ExpressionOverview.UnitCount> byUnit = new LinkedHashMap<>();
        Map<String, Map<String, Long>> unitCodes = new LinkedHashMap<>();
        Map<String, long[]> unitTotals = new LinkedHashMap<>();
        Map<String, String> unitNames = new LinkedHashMap<>();
        Map<String, Long> counted = new TreeMap<>();
        for (ExpressionView e : items) {
            for (String code : e.codes()) {
                counted.merge(code, 1L, Long::sum);
                unitCodes.computeIfAbsent(e.unitCode(), k -> new TreeMap<>()).merge(code, 1L, Long::sum);
            }
            unitTotals.computeIfAbsent(e.unitCode(), k -> new long[1])[0]++;
            unitNames.putIfAbsent(e.unitCode(), e.unitName());
        }
        DegradationCatalogue.CODES.stream().filter(counted::containsKey).forEach(c -> byCode.put(c, counted.get(c)));
        unitTotals.keySet().stream().sorted((a, b) -> vn.chinhdon.shared.VietnameseText.COLLATOR.compare(unitNames.get(a),
                unitNames.get(b))).forEach(code -> {
                    Map<String, Long> ordered = new LinkedHashMap<>();
                    DegradationCatalogue.CODES.stream().filter(unitCodes.getOrDefault(code, Map.of())::containsKey)
                            .forEach(c -> ordered.put(c, unitCodes.get(code).get(c)));
                    byUnit.put(code, new ExpressionOverview.UnitCount(code, unitNames.get(code), unitTotals.get(code)[0],
                            ordered));
                });
        return new ExpressionOverview(unit.code(), unit.name(), year, items, byCode, new ArrayList<>(byUnit.values()),
                unit.active() && access.allows(unit.id(), Permission.MANAGE_CONDUCT));
    }

    /** The remedy plans of units of the unit's subtree (and its predecessors'), of the year (every year when null). */
    @Transactional(readOnly = true)
    public List<RemedyPlanView> plans(String unitCode, Integer year) {
        LocalDate on = LocalDate.now(clock);
        UnitRef unit = access.readable(unitCode, on);
        BoundSql q = scoped(unit, "remedy_plan", "p");
        String where = year == null ? "" : " where x.year = :year";
        if (year != null) {
            q.params().put("year", year);
        }
        List<Long> ids = q.bind(jdbc.sql(q.sql() + "select x.id from x" + where
                + " order by x.year desc, x.adopted_on desc, x.id desc")).query(Long.class).list();
        return ids.stream().map(management::plan).toList();
    }

    /** The years with expressions or plans in the unit's subtree the caller may read, the latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(String unitCode) {
        UnitRef unit = access.readable(unitCode, LocalDate.now(clock));
        BoundSql e = scoped(unit, "conduct_expression", "e");
        BoundSql p = scoped(unit, "remedy_plan", "p");
        List<Integer> out = new ArrayList<>(e.bind(jdbc.sql(e.sql() + "select distinct x.year from x")).query(Integer.class)
                .list());
        p.bind(jdbc.sql(p.sql() + "select distinct x.year from x")).query(Integer.class).list().stream()
                .filter(y -> !out.contains(y)).forEach(out::add);
        out.sort(java.util.Comparator.reverseOrder());
        return out;
    }

    /**
     * The CTE {@code x}: the rows of the table whose unit lay (at any time) in the subtree of the unit or of one of
     * its predecessors and that the caller may read.
     */
    private BoundSql scoped(UnitRef unit, String table, String alias) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", unit.id());
        String visible = grants.coverage(Permission.READ_UNITS, "sv.path").named("v", params);
        String sql = """
                with recursive scope(id) as (
                  select cast(:unit as bigint)
                  union select l.predecessor_id from org_unit_lineage l join scope s on l.successor_id = s.id),
                x as (
                  select %2$s.* from %1$s %2$s
                  where exists (select 1 from org_unit_state s join scope sc on s.path like '%%/' || sc.id || '/%%'
                                where s.unit_id = %2$s.unit_id)
                    and exists (select 1 from org_unit_state sv where sv.unit_id = %2$s.unit_id and %3$s))
                """.formatted(table, alias, visible);
        return new BoundSql(sql, params);
    }
}
