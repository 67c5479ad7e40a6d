package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;

/**
 * The one place that decides what the caller may see and do. Grants are read fresh from the database
 * on every use case, so a revoked grant takes effect at once on every node.
 *
 * <p>A grant (role, unit) covers every unit whose path (as of the date asked) passes through the granted
 * unit or through one of its predecessors (the units merged, split or dissolved into it: their history
 * is the successor's history); a cell-scoped role covers its unit (and predecessors) only. A record
 * outside the caller's grants is reported as not found, so that its existence is not revealed.
 */
@Component
public class AccessControl implements vn.chinhdon.platform.AdministratorCheck {

    private final JdbcClient jdbc;

    AccessControl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller and their grants. */
    public Scope scope() {
        CurrentUser user = CurrentUser.require();
        if (user.isSystem()) {
            return new Scope(user, true, List.of());
        }
        List<Grant> grants = jdbc.sql("select role, unit_id from user_grant where user_id = ?")
                .param(user.userId())
                .query((rs, i) -> new Grant(Role.valueOf(rs.getString(1)), (Long) rs.getObject(2), List.of()))
                .list().stream()
                .map(g -> g.unitId() == null ? g : new Grant(g.role(), g.unitId(), lineageOf(g.unitId())))
                .toList();
        boolean admin = grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
        return new Scope(user, admin, grants);
    }

    /** The unit and all its predecessors, transitively. */
    private List<Long> lineageOf(long unitId) {
        return jdbc.sql("""
                with recursive preds(id) as (
                  select cast(? as bigint)
                  union
                  select l.predecessor_id from org_unit_lineage l join preds p on l.successor_id = p.id)
                select id from preds""")
                .param(unitId).query(Long.class).list();
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
            if (g.unitId() == null || !g.role().allows(permission)) {
                continue;
            }
            List<String> paths = jdbc.sql("""
                    select path from org_unit_state where unit_id in (:ids) and valid_from <= :at
                      and (valid_to is null or valid_to > :at)""")
                    .param("ids", g.covered()).param("at", at).query(String.class).list();
            for (String path : paths) {
                sql.append(sql.isEmpty() ? "" : " or ");
                if (g.role().cellScoped()) {
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
            if (g.unitId() == null || !g.role().allows(permission)) {
                continue;
            }
            for (Long id : g.covered()) {
                sql.append(sql.isEmpty() ? "" : " or ").append(pathColumn).append(" like ?");
                params.add(g.role().cellScoped() ? "%/" + id + "/" : "%/" + id + "/%");
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

    /** One grant of the caller. ADMIN grants have no unit. {@code covered}: the unit and its predecessors. */
    public record Grant(Role role, Long unitId, List<Long> covered) {
    }

    /** The caller with their grants. */
    public record Scope(CurrentUser user, boolean admin, List<Grant> grants) {

        public boolean covers(String path, Permission permission) {
            if (admin) {
                return true;
            }
            for (Grant g : grants) {
                if (g.unitId() == null || !g.role().allows(permission)) {
                    continue;
                }
                for (Long id : g.covered()) {
                    String segment = "/" + id + "/";
                    if (g.role().cellScoped() ? path.endsWith(segment) : path.contains(segment)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A SQL condition and its parameters. */
    public record PathFilter(String sql, List<Object> params) {
    }
}
