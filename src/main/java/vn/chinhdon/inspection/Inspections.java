package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.NotFoundException;

/**
 * The rows of inspections and who may see and do what with them: the issuing side (readers of the issuing unit;
 * {@code MANAGE_INSPECTIONS} over it to act), the delegation (the members named in it, through their accounts),
 * the targets' side (readers of a target unit; {@code DELIVER_OBLIGATIONS} over it to submit).
 */
@Component
class Inspections {

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final UserManagement users;

    Inspections(JdbcClient jdbc, TreeQueries tree, UserManagement users) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.users = users;
    }

    record Row(long id, Long programId, long unitId, InspectionBody body, InspectionKind kind, String title,
            LocalDate periodFrom, LocalDate periodTo, String plan, LocalDate proposedOn, InspectionStep step, LocalDate stepOn,
            Long decisionDocumentId, String delegationApproval, Integer limitDays, Boolean limitWorking,
            Integer limitMaxExtension, LocalDate startedOn, LocalDate dueOn, Integer extensionDays, String extensionReason, LocalDate extendedOn,
            String selfReport, String draftReport, LocalDate concludedOn, Long conclusionDocumentId,
            String conclusionSummary, LocalDate archiveDueOn, LocalDate archivedOn, long version) {

        /** Past the due date before the conclusion. */
        boolean overdue(LocalDate on) {
            return dueOn != null && concludedOn == null && on.isAfter(dueOn);
        }

        boolean archiveOverdue(LocalDate on) {
            return archiveDueOn != null && archivedOn == null && on.isAfter(archiveDueOn);
        }
    }

    record TargetRow(long id, long unitId, Long memberId) {
    }

    static final String COLUMNS = """
            id, program_id, unit_id, body, kind, title, period_from, period_to, plan_text, proposed_on, step, step_on,
            decision_document_id, delegation_approval, limit_days, limit_working, limit_max_extension, started_on, due_on, extension_days,
            extension_reason, extended_on, self_report, draft_report, concluded_on, conclusion_document_id,
            conclusion_summary, archive_due_on, archived_on, version""";

    Optional<Row> row(long id) {
        return jdbc.sql("select " + COLUMNS + " from inspection where id = ?").param(id)
                .query((rs, i) -> new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3),
                        InspectionBody.valueOf(rs.getString(4)), InspectionKind.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9),
                        rs.getObject(10, LocalDate.class), InspectionStep.valueOf(rs.getString(11)),
                        rs.getObject(12, LocalDate.class), (Long) rs.getObject(13), rs.getString(14),
                        (Integer) rs.getObject(15), (Boolean) rs.getObject(16), (Integer) rs.getObject(17),
                        rs.getObject(18, LocalDate.class), rs.getObject(19, LocalDate.class), (Integer) rs.getObject(20),
                        rs.getString(21), rs.getObject(22, LocalDate.class), rs.getString(23), rs.getString(24),
                        rs.getObject(25, LocalDate.class), (Long) rs.getObject(26), rs.getString(27),
                        rs.getObject(28, LocalDate.class), rs.getObject(29, LocalDate.class), rs.getLong(30)))
                .optional();
    }

    List<TargetRow> targets(long inspectionId) {
        return jdbc.sql("select id, unit_id, member_id from inspection_target where inspection_id = ? order by id")
                .param(inspectionId).query((rs, i) -> new TargetRow(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3)))
                .list();
    }

    /** The inspection if the caller may see it; otherwise "not found" (its existence is not revealed). */
    Row visible(long id) {
        return row(id).filter(this::mayRead).orElseThrow(() -> new NotFoundException("error.inspection.notFound", id));
    }

    boolean mayRead(Row r) {
        return issuingSide(r) || isDelegate(r.id()) || targets(r.id()).stream().anyMatch(this::readsTarget);
    }

    boolean issuingSide(Row r) {
        return tree.allows(r.unitId(), Permission.READ_UNITS);
    }

    boolean manages(Row r) {
        return tree.allows(r.unitId(), Permission.MANAGE_INSPECTIONS);
    }

    boolean readsTarget(TargetRow t) {
        return tree.allows(t.unitId(), Permission.READ_UNITS);
    }

    /** Whether the caller may act for a target (submit its self-report, make its recommendations). */
    boolean actsForTarget(TargetRow t) {
        return tree.allows(t.unitId(), Permission.DELIVER_OBLIGATIONS)
                || (t.memberId() != null && t.memberId().equals(callerMemberId()));
    }

    /** Whether the caller's account is linked to a member of the inspection's delegation. */
    boolean isDelegate(long inspectionId) {
        Long member = callerMemberId();
        return member != null && jdbc.sql("select count(*) from inspection_delegate where inspection_id = ? and member_id = ?")
                .params(inspectionId, member).query(Long.class).single() > 0;
    }

    /** The head of the delegation may take the steps of the conduct. */
    boolean isDelegationHead(long inspectionId) {
        Long member = callerMemberId();
        return member != null && jdbc.sql("""
                select count(*) from inspection_delegate where inspection_id = ? and member_id = ? and role = 'HEAD'""")
                .params(inspectionId, member).query(Long.class).single() > 0;
    }

    Long callerMemberId() {
        return users.callerMemberId();
    }

    /** Writes a versioned update; none updated means someone changed the inspection since it was read. */
    void update(Row r, String set, Map<String, Object> params) {
        var spec = jdbc.sql("update inspection set " + set + ", version = version + 1 where id = :id and version = :v")
                .param("id", r.id()).param("v", r.version());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        if (spec.update() == 0) {
            throw new ConflictException("error.stale");
        }
    }

    static void checkVersion(Row r, Long version) {
        if (version != null && version != r.version()) {
            throw new ConflictException("error.stale");
        }
    }

    /** The unit's name as it stood on the date (or its nearest state). */
    String unitName(long unitId, LocalDate on) {
        return tree.unit(unitId, on).map(u -> u.name()).orElse(String.valueOf(unitId));
    }

    static String latestName(String unitIdColumn) {
        return vn.chinhdon.organization.TreeQueries.latestNameSql(unitIdColumn);
    }

    /**
     * The unit's name as it stood on the date (SQL expression; a unit founded later: its first name): an
     * inspection shows its issuer and targets as they were called when it was proposed.
     */
    static String nameOn(String unitIdColumn, String dateExpression) {
        return "(select x.name from org_unit_state x where x.unit_id = " + unitIdColumn + " order by (x.valid_from <= "
                + dateExpression + ") desc, case when x.valid_from <= " + dateExpression
                + " then x.valid_from end desc, x.valid_from limit 1)";
    }
}
