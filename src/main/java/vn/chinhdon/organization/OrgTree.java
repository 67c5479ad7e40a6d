package vn.chinhdon.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * As-of reads of the organization tree. Every state row holds the unit's name, kind, parent and
 * materialized path for a half-open period, so "the tree as it stood on a date" is one indexed
 * condition: {@code valid_from <= at and (valid_to is null or valid_to > at)}.
 */
@Repository
class OrgTree {

    static final String VALID_AT = "%1$s.valid_from <= :at and (%1$s.valid_to is null or %1$s.valid_to > :at)";

    private final JdbcClient jdbc;

    OrgTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String validAt(String alias) {
        return VALID_AT.formatted(alias);
    }

    private static final String SELECT = """
            select u.id, u.code, u.valid_from as unit_from, u.valid_to as unit_to, u.version,
                   s.name, s.kind, s.parent_id, s.path, s.valid_from as state_from, s.valid_to as state_to,
                   p.code as parent_code,
                   (select ps.name from org_unit_state ps where ps.unit_id = s.parent_id
                      and ps.valid_from <= greatest(s.valid_from, least(:at, coalesce(s.valid_to - 1, :at)))
                      order by ps.valid_from desc limit 1) as parent_name,
                   exists (select 1 from org_unit_state c where c.parent_id = u.id and %s) as has_children
            """.formatted(validAt("c"));

    /** The unit with the state it had on {@code at}; if it did not exist then, its nearest state. */
    Optional<UnitRow> find(String code, LocalDate at) {
        return Optional.ofNullable(findAll(List.of(code), at).get(code));
    }

    /** {@link #find(String, LocalDate)} for many codes in one statement, by code. */
    Map<String, UnitRow> findAll(java.util.Collection<String> codes, LocalDate at) {
        Map<String, UnitRow> out = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.sql(SELECT + """
                from org_unit u
                join lateral (select * from org_unit_state s where s.unit_id = u.id
                    order by (s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)) desc,
                             (s.valid_from <= :at) desc, s.valid_from desc limit 1) s on true
                left join org_unit p on p.id = s.parent_id
                where u.code = any(:codes)""")
                .param("at", at).param("codes", codes.toArray(String[]::new))
                .query(OrgTree::row).list().forEach(r -> out.put(r.code(), r));
        return out;
    }

    Optional<UnitRow> find(long id, LocalDate at) {
        return jdbc.sql("select code from org_unit where id = ?").param(id).query(String.class).optional()
                .flatMap(code -> find(code, at));
    }

    List<UnitRow> children(long parentId, LocalDate at, AccessControl.PathFilter filter) {
        return list("s.parent_id = :parent", Map.of("parent", parentId), at, filter, 5000);
    }

    /** Units valid on {@code at} without a parent (normally the Central Committee). */
    List<UnitRow> roots(LocalDate at, AccessControl.PathFilter filter) {
        return list("s.parent_id is null", Map.of(), at, filter, 500);
    }

    List<UnitRow> byIds(List<Long> ids, LocalDate at) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("u.id in (:ids)", Map.of("ids", ids), at, new AccessControl.PathFilter("true", List.of()), ids.size());
    }

    /** Units whose name contains the folded query, within the filter, as of {@code at}. */
    List<UnitRow> search(String folded, LocalDate at, AccessControl.PathFilter filter, int limit) {
        return list("(s.name_folded like :q or lower(u.code) = :code)",
                Map.of("q", "%" + folded.replace("%", "").replace("_", "") + "%", "code", folded), at, filter, limit);
    }

    private List<UnitRow> list(String condition, Map<String, Object> params, LocalDate at,
            AccessControl.PathFilter filter, int limit) {
        String filterSql = bindPositional(filter);
        var spec = jdbc.sql(SELECT + """
                from org_unit_state s
                join org_unit u on u.id = s.unit_id
                left join org_unit p on p.id = s.parent_id
                where %s and %s and %s
                order by s.name_folded, u.code
                limit %d""".formatted(validAt("s"), condition, filterSql, limit))
                .param("at", at);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        for (int i = 0; i < filter.params().size(); i++) {
            spec = spec.param("f" + i, filter.params().get(i));
        }
        return spec.query(OrgTree::row).list();
    }

    /** Turns the positional parameters of a filter into named ones (:f0, :f1, ...). */
    static String bindPositional(AccessControl.PathFilter filter) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : filter.sql().toCharArray()) {
            if (c == '?') {
                out.append(":f").append(n++);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final String MEMBERS = "MEMBERS";

    /** Every metric of the maintained counts: members, then one per unit kind. */
    private static final String[] METRICS = Stream.concat(Stream.of(MEMBERS),
            Arrays.stream(UnitKind.values()).map(Enum::name)).toArray(String[]::new);

    /**
     * The counts of a unit's subtree on a date from the running totals (V5__subtree_totals.sql): for each
     * metric one backward step in the primary key, whatever the subtree's size or history.
     */
    private static final String TOTALS_OF = """
            from unnest(cast(:metrics as varchar[])) m(metric)
            cross join lateral (select t.total from subtree_total t
                 where t.unit_id = %s and t.metric = m.metric and t.from_date <= :at
                 order by t.from_date desc limit 1) x
            where x.total <> 0""";

    /** Units by kind in the unit's subtree (itself included) on the date. */
    Map<UnitKind, Long> countKinds(long unitId, LocalDate at) {
        return counts(unitId, at, new long[1]);
    }

    /** Members in the unit's subtree on the date. */
    long countMembers(long unitId, LocalDate at) {
        return jdbc.sql("""
                select coalesce((select t.total from subtree_total t where t.unit_id = ? and t.metric = 'MEMBERS'
                   and t.from_date <= ? order by t.from_date desc limit 1), 0)""")
                .params(unitId, at).query(Long.class).single();
    }

    /** Members (into members[0]) and units by kind in the subtree on the date. */
    Map<UnitKind, Long> counts(long unitId, LocalDate at, long[] members) {
        Map<UnitKind, Long> counts = new EnumMap<>(UnitKind.class);
        jdbc.sql("select m.metric, x.total " + TOTALS_OF.formatted(":unit"))
                .param("metrics", METRICS).param("unit", unitId).param("at", at)
                .query((ResultSet rs) -> {
                    while (rs.next()) {
                        putCount(rs.getString(1), rs.getLong(2), counts, members);
                    }
                    return counts;
                });
        return counts;
    }

    private static void putCount(String metric, long total, Map<UnitKind, Long> counts, long[] members) {
        if (MEMBERS.equals(metric)) {
            members[0] = total;
        } else {
            counts.put(UnitKind.valueOf(metric), total);
        }
    }

    /**
     * The unit for a summary, with its counts on the date, in one statement: name and activity on the
     * date, every path it ever had (for the grant check), and the running totals of its subtree.
     */
    record SummaryRow(long id, String code, String name, boolean active, List<String> paths, Map<UnitKind, Long> units,
            long members) {
    }

    Optional<SummaryRow> summaryRow(String code, LocalDate at) {
        return jdbc.sql("""
                select u.id, u.code, s.name, (s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)) as active,
                  (select string_agg(distinct p.path, ' ') from org_unit_state p where p.unit_id = u.id) as paths,
                  (select array_agg(m.metric || '=' || x.total) %s) as totals
                from org_unit u
                join lateral (select * from org_unit_state s where s.unit_id = u.id
                    order by (s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)) desc,
                             (s.valid_from <= :at) desc, s.valid_from desc limit 1) s on true
                where u.code = :code""".formatted(TOTALS_OF.formatted("u.id")))
                .param("at", at).param("code", code).param("metrics", METRICS)
                .query((rs, i) -> {
                    Map<UnitKind, Long> units = new EnumMap<>(UnitKind.class);
                    long[] members = new long[1];
                    java.sql.Array totals = rs.getArray(6);
                    if (totals != null && rs.getBoolean(4)) {
                        for (String t : (String[]) totals.getArray()) {
                            int eq = t.indexOf('=');
                            putCount(t.substring(0, eq), Long.parseLong(t.substring(eq + 1)), units, members);
                        }
                    }
                    return new SummaryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            List.of(rs.getString(5).split(" ")), units, members[0]);
                })
                .optional();
    }

    /** The same count by scanning the subtree: the reference the maintained deltas are checked against. */
    Map<UnitKind, Long> countKindsScanning(String pathPrefix, LocalDate at) {
        Map<UnitKind, Long> counts = new EnumMap<>(UnitKind.class);
        jdbc.sql("select kind, count(*) from org_unit_state s where s.path like :p and " + validAt("s")
                + " group by kind")
                .param("p", pathPrefix + "%").param("at", at)
                .query((ResultSet rs) -> {
                    while (rs.next()) {
                        counts.put(UnitKind.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                    return counts;
                });
        return counts;
    }

    /** The same count by scanning the subtree: the reference the maintained deltas are checked against. */
    long countMembersScanning(String pathPrefix, LocalDate at) {
        return jdbc.sql("""
                select count(*) from member_assignment a
                join org_unit_state s on s.unit_id = a.unit_id and %s
                where %s and s.path like :p""".formatted(validAt("s"), validAt("a")))
                .param("p", pathPrefix + "%").param("at", at)
                .query(Long.class).single();
    }

    List<String> predecessors(long unitId) {
        return jdbc.sql("""
                select distinct u.code from org_unit_lineage l join org_unit u on u.id = l.predecessor_id
                where l.successor_id = ? and l.predecessor_id <> l.successor_id order by u.code""")
                .param(unitId).query(String.class).list();
    }

    List<String> successors(long unitId) {
        return jdbc.sql("""
                select distinct u.code from org_unit_lineage l join org_unit u on u.id = l.successor_id
                where l.predecessor_id = ? and l.predecessor_id <> l.successor_id order by u.code""")
                .param(unitId).query(String.class).list();
    }

    /** The unit's states over time, oldest first. */
    List<StateRow> states(long unitId) {
        return jdbc.sql("""
                select s.valid_from, s.valid_to, s.name, s.kind, s.path,
                  (select ps.name from org_unit_state ps where ps.unit_id = s.parent_id and ps.valid_from <= s.valid_from
                     order by ps.valid_from desc limit 1) as parent_name
                from org_unit_state s where s.unit_id = ? order by s.valid_from""")
                .param(unitId)
                .query((rs, i) -> new StateRow(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), UnitKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Lineage links of the unit in either direction, with the restructuring's decision. */
    List<LinkRow> links(long unitId) {
        return jdbc.sql("""
                select l.effective_date, l.relation, r.decision, l.predecessor_id = ? as outgoing,
                       o.code, (select os.name from org_unit_state os where os.unit_id = o.id
                                order by os.valid_from desc limit 1) as other_name
                from org_unit_lineage l join restructuring r on r.id = l.restructuring_id
                join org_unit o on o.id = case when l.predecessor_id = ? then l.successor_id else l.predecessor_id end
                where (l.predecessor_id = ? or l.successor_id = ?) and l.predecessor_id <> l.successor_id
                order by l.effective_date, o.code""")
                .params(unitId, unitId, unitId, unitId)
                .query((rs, i) -> new LinkRow(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    static UnitRow row(ResultSet rs, int i) throws SQLException {
        return new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), (Long) rs.getObject("parent_id"), rs.getString("parent_code"),
                rs.getString("parent_name"), rs.getString("path"), rs.getObject("unit_from", LocalDate.class),
                rs.getObject("unit_to", LocalDate.class), rs.getObject("state_from", LocalDate.class),
                rs.getObject("state_to", LocalDate.class), rs.getLong("version"), rs.getBoolean("has_children"));
    }

    record UnitRow(long id, String code, String name, UnitKind kind, Long parentId, String parentCode,
            String parentName, String path, LocalDate unitFrom, LocalDate unitTo, LocalDate stateFrom,
            LocalDate stateTo, long version, boolean hasChildren) {

        boolean activeAt(LocalDate at) {
            return !stateFrom.isAfter(at) && (stateTo == null || stateTo.isAfter(at));
        }
    }

    record StateRow(LocalDate from, LocalDate to, String name, UnitKind kind, String path, String parentName) {
    }

    record LinkRow(LocalDate date, String relation, String decision, boolean outgoing, String otherCode,
            String otherName) {
    }

    static List<Long> idsOfPath(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }
}
