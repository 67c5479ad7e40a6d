package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.NotFoundException;

/**
 * Tree reads for other modules that keep records per unit: subordinates to a depth, and where a unit's
 * records belong on a date after restructurings (a merged unit's records belong to its successor).
 */
@Service
public class TreeQueries {

    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final AccessControl access;

    TreeQueries(JdbcClient jdbc, OrgTree tree, AccessControl access) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.access = access;
    }

    /** The unit as it stood on the date (or its nearest state), if the caller may read it. */
    @Transactional(readOnly = true)
    public UnitRef unit(String code, LocalDate at, Permission permission) {
        OrgTree.UnitRow row = code == null ? null : tree.find(code.trim(), at).orElse(null);
        if (row == null) {
            throw new NotFoundException("error.unit.notFound", code);
        }
        access.require(row.id(), permission);
        return ref(row, at);
    }

    /** The unit by code as it stood on the date, without a grants check, for facades that have checked already. */
    @Transactional(readOnly = true)
    public Optional<UnitRef> find(String code, LocalDate at) {
        return code == null ? Optional.empty() : tree.find(code.trim(), at).map(r -> ref(r, at));
    }

    /** The unit by id without a grants check, for facades that have checked already. */
    @Transactional(readOnly = true)
    public Optional<UnitRef> unit(long id, LocalDate at) {
        return tree.find(id, at).map(r -> ref(r, at));
    }

    private static UnitRef ref(OrgTree.UnitRow row, LocalDate at) {
        return new UnitRef(row.id(), row.code(), row.name(), row.kind(), row.path(), row.activeAt(at));
    }

    /** The units above the given one on the date (its path), from the root down, without a grants check. */
    @Transactional(readOnly = true)
    public List<UnitRef> ancestors(UnitRef unit, LocalDate at) {
        List<Long> ids = OrgTree.idsOfPath(unit.path());
        List<Long> above = ids.subList(0, Math.max(0, ids.size() - 1));
        Map<Long, OrgTree.UnitRow> rows = new HashMap<>();
        tree.byIds(above, at).forEach(r -> rows.put(r.id(), r));
        return above.stream().filter(rows::containsKey).map(id -> ref(rows.get(id), at)).toList();
    }

    /** Units below the given one on the date, 1 to {@code depth} levels down, names in Vietnamese order. */
    @Transactional(readOnly = true)
    public List<UnitRef> subordinates(UnitRef unit, LocalDate at, int depth) {
        int base = unit.path().split("/").length - 2;
        return jdbc.sql("""
                select u.id, u.code, s.name, s.kind, s.path from org_unit_state s join org_unit u on u.id = s.unit_id
                where s.path like :p and s.unit_id <> :id and s.depth between :from and :to and %s
                order by s.name_folded, u.code""".formatted(OrgTree.validAt("s")))
                .param("p", unit.path() + "%").param("id", unit.id()).param("from", base + 1).param("to", base + depth)
                .param("at", at)
                .query((rs, i) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), UnitKind.valueOf(rs.getString(4)),
                        rs.getString(5), true))
                .list();
    }

    /**
     * For each unit, the unit holding its records on the date: itself while it exists, else its principal
     * successor (following merges, dissolutions and splits) as it stood on the date. Units that ended
     * without a successor map to their last state (inactive).
     */
    @Transactional(readOnly = true)
    public Map<Long, UnitRef> holders(Collection<Long> unitIds, LocalDate at) {
        Map<Long, UnitRef> active = new HashMap<>();
        if (unitIds.isEmpty()) {
            return active;
        }
        Set<Long> wanted = new HashSet<>(unitIds);
        Map<Long, Long> successor = new HashMap<>();
        jdbc.sql("""
                select predecessor_id, successor_id from org_unit_lineage
                where principal and predecessor_id <> successor_id and effective_date <= ?""")
                .param(at).query(rs -> {
                    successor.putIfAbsent(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, Long> holderId = new HashMap<>();
        for (Long id : wanted) {
            Long cur = id;
            int guard = 0;
            while (successor.containsKey(cur) && guard++ < 50) {
                cur = successor.get(cur);
            }
            holderId.put(id, cur);
        }
        Map<Long, UnitRef> refs = new HashMap<>();
        jdbc.sql("""
                select u.id, u.code, s.name, s.kind, s.path,
                  (s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)) as active
                from org_unit u join lateral (select * from org_unit_state s where s.unit_id = u.id
                  order by (s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)) desc,
                           (s.valid_from <= :at) desc, s.valid_from desc limit 1) s on true
                where u.id = any(:ids)""")
                .param("at", at).param("ids", holderId.values().stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    refs.put(rs.getLong(1), new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                            UnitKind.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6)));
                });
        for (var e : holderId.entrySet()) {
            active.put(e.getKey(), refs.get(e.getValue()));
        }
        return active;
    }

    /**
     * The unit and every unit whose records it holds on the date: the predecessors whose principal
     * successors lead to it (the inverse of {@link #holders}), in one statement.
     */
    @Transactional(readOnly = true)
    public List<Long> heldBy(long unitId, LocalDate at) {
        return jdbc.sql("""
                with recursive held(id) as (
                  select cast(? as bigint)
                  union
                  select l.predecessor_id from org_unit_lineage l join held h on l.successor_id = h.id
                  where l.principal and l.predecessor_id <> l.successor_id and l.effective_date <= ?)
                select id from held""")
                .params(unitId, at).query(Long.class).list();
    }

    /** Members of the unit's subtree on the date. */
    @Transactional(readOnly = true)
    public long memberCount(UnitRef unit, LocalDate at) {
        return tree.countMembers(unit.id(), at);
    }

    /** Whether the caller may do this on the unit. */
    public boolean allows(long unitId, Permission permission) {
        return access.allows(unitId, permission);
    }

    /**
     * A scalar subquery giving the latest name of the unit whose id is in {@code unitIdColumn} (its alias must not be
     * {@code ln}), for lists that show units as they are called now.
     */
    public static String latestNameSql(String unitIdColumn) {
        return "(select ln.name from org_unit_state ln where ln.unit_id = " + unitIdColumn
                + " order by ln.valid_from desc limit 1)";
    }
}
