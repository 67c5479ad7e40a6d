package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;

/**
 * The one place that decides what the caller may see and do. Grants are read fresh from the database
 * for every request (and every use case outside a request), so a revoked grant takes effect with the
 * next request on every node.
 *
 * <p>A grant (role, unit) covers every unit whose path (as of the date asked) passes through the granted
 * unit or through one of its predecessors (the units merged, split or dissolved into it: their history
 * is the successor's history); a cell-scoped role covers its unit (and predecessors) only. A record
 * outside the caller's grants is reported as not found, so that its existence is not revealed.
 */
@Component
public class AccessControl implements vn.chinhdon.platform.AdministratorCheck {

    /** What a temporary grant lets its holder do over the target's subtree. */
    static final Set<Permission> TEMPORARY = EnumSet.of(Permission.READ_UNITS, Permission.READ_MEMBERS);

    private final JdbcClient jdbc;
    private final List<TemporaryGrants> temporary;
    private final java.time.Clock clock;

    AccessControl(JdbcClient jdbc, List<TemporaryGrants> temporary, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.temporary = temporary;
        this.clock = clock;
    }

    /**
     * The caller and their grants, each with the units it covers through lineage: one statement, read
     * once per HTTP request (kept as a request attribute) and on every call outside a request.
     */
    public Scope scope() {
        CurrentUser user = CurrentUser.require();
        if (user.isSystem()) {
            return new Scope(user, true, List.of());
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = Scope.class.getName() + "#" + user.userId();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Scope cached) {
            return cached;
        }
        List<Grant> grants = jdbc.sql("""
                with recursive granted as (select role, unit_id from user_grant where user_id = ?),
                covered(grant_unit, id) as (
                  select unit_id, unit_id from granted where unit_id is not null
                  union
                  select c.grant_unit, l.predecessor_id from org_unit_lineage l join covered c on l.successor_id = c.id)
                select g.role, g.unit_id, (select array_agg(c.id) from covered c where c.grant_unit = g.unit_id)
                from granted g""")
                .param(user.userId())
                .query((rs, i) -> Grant.of(Role.valueOf(rs.getString(1)), (Long) rs.getObject(2), ids(rs.getArray(3))))
                .list();
        boolean admin = grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
        Set<Long> members = new java.util.HashSet<>();
        if (!admin && !temporary.isEmpty()) {
            List<Grant> all = new ArrayList<>(grants);
            LocalDate today = LocalDate.now(clock);
            for (TemporaryGrants source : temporary) {
                for (TemporaryGrants.TemporaryGrant t : source.of(user.userId(), today)) {
                    if (t.memberId() != null) {
                        members.add(t.memberId());
                    } else {
                        all.add(new Grant(Role.DELEGATION_MEMBER, t.unitId(), List.of(t.unitId()), false, TEMPORARY));
                    }
                }
            }
            grants = List.copyOf(all);
        }
        Scope scope = new Scope(user, admin, grants, Set.copyOf(members));
        if (request != null) {
            request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    private static List<Long> ids(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(((Number) o).longValue());
        }
        return List.copyOf(out);
    }

    /** Grants were changed in this request: the next check reads them again. */
    void grantsChanged() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        CurrentUser user = CurrentUser.get().orElse(null);
        if (request != null && user != null && !user.isSystem()) {
            request.removeAttribute(Scope.class.getName() + "#" + user.userId(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * Requires that the caller may do {@code permission} on the unit, judged on any period of the unit's
     * history. Not visible at all → not found; visible but not allowed → forbidden.
     */
    public void require(long unitId, Permission permission) {
        Scope scope = scope();
        if (scope.admin()) {
            return;
        }
        List<String> paths = jdbc.sql("select distinct path from org_unit_state where unit_id = ?").param(unitId)
                .query(String.class).list();
        if (paths.stream().noneMatch(p -> scope.covers(p, Permission.READ_UNITS))) {
            throw new NotFoundException("error.unit.notFound", jdbc.sql("select code from org_unit where id = ?")
                    .param(unitId).query(String.class).optional().orElse(String.valueOf(unitId)));
        }
        if (paths.stream().noneMatch(p -> scope.covers(p, permission))) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    /** Administrators, or the user reading their own account. */
    public void requireAdminOrSelf(long userId) {
        Scope scope = scope();
        if (!scope.admin() && scope.user().userId() != userId) {
            throw new NotFoundException("error.user.notFound", userId);
        }
    }

    public boolean allows(long unitId, Permission permission) {
        Scope scope = scope();
        if (scope.admin()) {
            return true;
        }
        return jdbc.sql("select distinct path from org_unit_state where unit_id = ?").param(unitId)
                .query(String.class).list().stream().anyMatch(p -> scope.covers(p, permission));
    }

    /**
     * Whether one of the caller's grants (not administration) gives the permission over the unit, judged on any
     * period of its history: for what administrators must not see (confidential content, who gave feedback).
     */
    public boolean grantedExplicitly(long unitId, Permission permission) {
        Scope scope = scope();
        Scope withoutAdmin = new Scope(scope.user(), false, scope.grants(), scope.members());
        return jdbc.sql("select distinct path from org_unit_state where unit_id = ?").param(unitId)
                .query(String.class).list().stream().anyMatch(p -> withoutAdmin.covers(p, permission));
    }

    /** Only administrators (or the system) may do this. */
    public void requireAdmin() {
        if (!scope().admin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    @Override
    public void requireAdministrator() {
        requireAdmin();
    }

    /**
     * A SQL condition on a path column restricting rows to the caller's grants with the permission, as
     * the tree stood on {@code at}. Administrators get {@code true}; a caller without such grants gets
     * {@code false}.
     */
    public PathFilter filter(Permission permission, LocalDate at, String pathColumn) {
        Scope scope = scope();
        if (scope.admin()) {
            return new PathFilter("true", List.of());
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Grant g : scope.grants()) {
            if (g.unitId() == null || !g.allows(permission)) {
                continue;
            }
            List<String> paths = jdbc.sql("""
                    select path from org_unit_state where unit_id in (:ids) and valid_from <= :at
                      and (valid_to is null or valid_to > :at)""")
                    .param("ids", g.covered()).param("at", at).query(String.class).list();
            for (String path : paths) {
                sql.append(sql.isEmpty() ? "" : " or ");
                if (g.cellScoped()) {
                    sql.append(pathColumn).append(" = ?");
                    params.add(path);
                } else {
                    sql.append(pathColumn).append(" like ?");
                    params.add(path + "%");
                }
            }
        }
        return sql.isEmpty() ? new PathFilter("false", List.of()) : new PathFilter("(" + sql + ")", params);
    }

    /**
     * A SQL condition, with its named parameters, on rows aliased {@code alias} that belong to a unit
     * ({@code unit_id}) and may be about a member ({@code member_id}): the caller's grants cover the unit with
     * {@code collectives} for the unit's own rows (no member) or with {@code members} for rows about a member, or
     * the row is about the caller ({@code callerMemberId}, null for none).
     */
    public vn.chinhdon.platform.BoundSql readableRows(String alias, Permission collectives, Permission members,
            Long callerMemberId) {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        String units = coverage(collectives, "rs.path").named("rdu", params);
        String people = collectives == members ? units : coverage(members, "rs.path").named("rdm", params);
        params.put("rdMember", callerMemberId == null ? -1L : callerMemberId);
        String inUnit = collectives == members ? units
                : "((" + alias + ".member_id is null and " + units + ") or (" + alias + ".member_id is not null and "
                        + people + "))";
        return new vn.chinhdon.platform.BoundSql("(exists (select 1 from org_unit_state rs where rs.unit_id = " + alias
                + ".unit_id and " + inUnit + ") or " + alias + ".member_id = :rdMember)", params);
    }

    /**
     * A SQL condition on a path column that holds for any path passing through a unit the caller's grants
     * with the permission cover (at any time: the column may be any state's path). Administrators get
     * {@code true}.
     */
    public PathFilter coverage(Permission permission, String pathColumn) {
        Scope scope = scope();
        if (scope.admin()) {
            return new PathFilter("true", List.of());
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Grant g : scope.grants()) {
            if (g.unitId() == null || !g.allows(permission)) {
                continue;
            }
            for (Long id : g.covered()) {
                sql.append(sql.isEmpty() ? "" : " or ").append(pathColumn).append(" like ?");
                params.add(g.cellScoped() ? "%/" + id + "/" : "%/" + id + "/%");
            }
        }
        return sql.isEmpty() ? new PathFilter("false", List.of()) : new PathFilter("(" + sql + ")", params);
    }

    /**
     * The units above the caller's granted units (their ancestors, at any time): documents issued there
     * concern the caller (a central resolution is read by every province).
     */
    public List<Long> ancestorsOfGrants() {
        Scope scope = scope();
        List<Long> granted = scope.grants().stream().filter(g -> g.unitId() != null).flatMap(g -> g.covered().stream())
                .distinct().toList();
        if (granted.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        jdbc.sql("select distinct path from org_unit_state where unit_id in (:ids)").param("ids", granted)
                .query(String.class).list().forEach(path -> ids.addAll(OrgTree.idsOfPath(path)));
        return List.copyOf(ids);
    }

    /**
     * One grant of the caller. ADMIN grants have no unit. {@code covered}: the unit and its predecessors. A
     * grant given by an administrator does what its role does; a temporary one ({@link TemporaryGrants}) reads
     * its unit's subtree.
     */
    public record Grant(Role role, Long unitId, List<Long> covered, boolean cellScoped, Set<Permission> permissions) {

        static Grant of(Role role, Long unitId, List<Long> covered) {
            return new Grant(role, unitId, covered, role.cellScoped(), role.permissions());
        }

        public boolean allows(Permission permission) {
            return permissions.contains(permission);
        }
    }

    /**
     * The caller with their grants; {@code members}: members the caller may read one by one (temporary grants
     * over a single member).
     */
    public record Scope(CurrentUser user, boolean admin, List<Grant> grants, Set<Long> members) {

        public Scope(CurrentUser user, boolean admin, List<Grant> grants) {
            this(user, admin, grants, Set.of());
        }

        public boolean covers(String path, Permission permission) {
            if (admin) {
                return true;
            }
            for (Grant g : grants) {
                if (g.unitId() == null || !g.allows(permission)) {
                    continue;
                }
                for (Long id : g.covered()) {
                    String segment = "/" + id + "/";
                    if (g.cellScoped() ? path.endsWith(segment) : path.contains(segment)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A SQL condition and its parameters. */
    public record PathFilter(String sql, List<Object> params) {

        /** The condition with its '?' replaced by named parameters {@code prefix0, prefix1, …}, added to params. */
        public String named(String prefix, java.util.Map<String, Object> named) {
            StringBuilder out = new StringBuilder();
            int n = 0;
            for (char ch : sql.toCharArray()) {
                if (ch == '?') {
                    String name = prefix + n;
                    named.put(name, params.get(n++));
                    out.append(':').append(name);
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }
    }
}
