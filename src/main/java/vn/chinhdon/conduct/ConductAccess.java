package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;

/**
 * Who may do what in the conduct module, and small shared reads: a unit read ({@code READ_UNITS}) or managed
 * ({@code MANAGE_CONDUCT}) as it stood on a date, the member the caller's account is linked to, names of units and
 * members, and the cleaning of typed texts.
 */
@Component
class ConductAccess {

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final UserManagement users;

    ConductAccess(JdbcClient jdbc, TreeQueries tree, UserManagement users) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.users = users;
    }

    TreeQueries tree() {
        return tree;
    }

    /** The unit as it stood on the date if the caller may read it (else "not found"). */
    UnitRef readable(String code, LocalDate on) {
        return tree.unit(code == null ? null : code.trim(), on, Permission.READ_UNITS);
    }

    /**
     * The unit on the date for identifying expressions and recording plans: readable (else "not found"),
     * {@code MANAGE_CONDUCT} over it (else "forbidden"), active on that date (else a problem of the field).
     */
    UnitRef managed(String code, LocalDate on, String field, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.field(field, "error.required.named", field));
            return null;
        }
        UnitRef unit = readable(code, on);
        if (!tree.allows(unit.id(), Permission.MANAGE_CONDUCT)) {
            throw new ForbiddenException("error.conduct.notManager", unit.name());
        }
        if (!unit.active()) {
            problems.add(Problem.field(field, "error.unit.ended", unit.code()));
            return null;
        }
        return unit;
    }

    boolean allows(long unitId, Permission permission) {
        return tree.allows(unitId, permission);
    }

    /** The member the caller's account is linked to, if any. */
    Long callerMemberId() {
        return users.callerMemberId();
    }

    /** The unit's name as it stood on the date (or its nearest state). */
    String unitName(long unitId, LocalDate on) {
        return tree.unit(unitId, on).map(UnitRef::name).orElse(String.valueOf(unitId));
    }

    String unitCode(long unitId) {
        return jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single();
    }

    String memberName(long memberId) {
        return jdbc.sql("select full_name from member where id = ?").param(memberId).query(String.class).optional()
                .orElse(String.valueOf(memberId));
    }

    /** Whether the member belonged to the unit (its own members, not its subtree's) on the date. */
    boolean memberOf(long memberId, long unitId, LocalDate on) {
        return jdbc.sql("""
                select count(*) from member_assignment where member_id = ? and unit_id = ? and valid_from <= ?
                  and (valid_to is null or valid_to > ?)""")
                .params(memberId, unitId, on, on).query(Long.class).single() > 0;
    }

    /** The unit the member belonged to on the date (their latest assignment then), if any. */
    java.util.Optional<Long> unitOfMember(long memberId, LocalDate on) {
        return jdbc.sql("""
                select unit_id from member_assignment where member_id = ? and valid_from <= ?
                  and (valid_to is null or valid_to > ?) order by valid_from desc, id desc limit 1""")
                .params(memberId, on, on).query(Long.class).optional();
    }

    boolean memberExists(long memberId) {
        return jdbc.sql("select count(*) from member where id = ?").param(memberId).query(Long.class).single() > 0;
    }

        /** The member's status now (PROBATIONARY, OFFICIAL, …). */
    String memberStatus(long memberId) {
        return jdbc.sql("select status from member where id = ?").param(memberId).query(String.class).single();
    }

    long nextId() {
        return jdbc.sql("select nextval('org_seq')").query(Long.class).single();
    }

    /** The unit's name as it stood on a date, as a SQL expression (the nearest state for a date outside its life). */
    static String nameOn(String unitIdColumn, String dateExpression) {
        return "(select x.name from org_unit_state x where x.unit_id = " + unitIdColumn + " order by (x.valid_from <= "
                + dateExpression + ") desc, case when x.valid_from <= " + dateExpression
                + " then x.valid_from end desc, x.valid_from limit 1)";
    }

    static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    static List<String> list(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values).map(String::valueOf).toList();
    }
}
