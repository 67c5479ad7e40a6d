package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chinhdon.inspection.Inspections.Row;
import vn.chinhdon.inspection.Inspections.TargetRow;
import vn.chinhdon.inspection.InspectionView.Doc;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.remediation.FollowUpLine;

/**
 * Builds the {@link InspectionView} of an inspection the caller may see: the issuing side and the delegation
 * see every target's findings, recommendations and requirements; a target's side sees those of the targets it
 * may read.
 */
final class InspectionReader {

    private InspectionReader() {
    }

    static InspectionView read(InspectionManagement m, Row r) {
        JdbcClient jdbc = m.jdbc();
        Inspections ins = m.inspections();
        LocalDate today = m.todayDate();
        boolean manage = ins.manages(r);
        boolean delegation = ins.isDelegate(r.id());
        boolean whole = ins.issuingSide(r) || delegation;
        List<TargetRow> targetRows = ins.targets(r.id());
        Set<Long> seen = targetRows.stream().filter(t -> whole || ins.readsTarget(t) || ins.actsForTarget(t))
                .map(TargetRow::id).collect(Collectors.toSet());
        boolean targetSide = targetRows.stream().anyMatch(ins::actsForTarget);
        Map<Long, InspectionView.Target> targets = new HashMap<>();
        List<InspectionView.Target> targetList = jdbc.sql("""
                select t.id, u.code, %s, t.member_id, m.full_name from inspection_target t
                join org_unit u on u.id = t.unit_id left join member m on m.id = t.member_id
                where t.inspection_id = :id order by t.id""".formatted(Inspections.nameOn("t.unit_id", ":on")))
                .param("on", r.proposedOn()).param("id", r.id())
                .query((rs, i) -> new InspectionView.Target(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5)))
                .list();
        targetList.forEach(t -> targets.put(t.id(), t));
        List<Doc> docs = jdbc.sql("select document_id from inspection_document where inspection_id = ? order by document_id")
                .param(r.id()).query(Long.class).list().stream().map(id -> doc(m, id)).filter(d -> d != null).toList();
        List<InspectionView.Delegate> delegates = jdbc.sql("""
                select d.id, d.member_id, m.full_name,
                  (select %s from member_assignment a where a.member_id = d.member_id
                     order by a.valid_to is null desc, a.valid_from desc limit 1),
                  d.role, d.conflict, d.approval, d.approved_by
                from inspection_delegate d join member m on m.id = d.member_id where d.inspection_id = ?
                order by case d.role when 'HEAD' then 0 when 'DEPUTY' then 1 when 'MEMBER' then 2 else 3 end, d.id"""
                .formatted(Inspections.latestName("a.unit_id")))
                .param(r.id())
                .query((rs, i) -> new InspectionView.Delegate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        DelegateRole.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        List<InspectionView.Step> steps = jdbc.sql("""
                select step, occurred_on, occurred_at, actor, actor_name, note from inspection_step
                where inspection_id = ? order by id""")
                .param(r.id())
                .query((rs, i) -> new InspectionView.Step(InspectionStep.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        List<InspectionView.DiaryEntry> diary = whole ? jdbc.sql("""
                select id, entry_on, text, author_name, created_at from inspection_diary where inspection_id = ?
                order by entry_on, id""")
                .param(r.id())
                .query((rs, i) -> new InspectionView.DiaryEntry(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list() : List.of();
        List<InspectionView.Finding> findings = jdbc.sql("""
                select f.id, f.target_id, f.kind, f.text, f.cause_kind, f.cause, f.responsibility, f.responsible_member_id,
                  m.full_name, f.degradation_codes
                from inspection_finding f left join member m on m.id = f.responsible_member_id
                where f.inspection_id = ?
                order by f.target_id, case f.kind when 'STRENGTH' then 0 when 'SHORTCOMING' then 1 else 2 end, f.id""")
                .param(r.id())
                .query((rs, i) -> new InspectionView.Finding(rs.getLong(1), rs.getLong(2),
                        targets.get(rs.getLong(2)).label(), FindingKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5) == null ? null : FindingKind.Cause.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7) == null ? null : FindingKind.Responsibility.valueOf(rs.getString(7)),
                        (Long) rs.getObject(8), rs.getString(9),
                        rs.getString(10).isEmpty() ? List.of() : Arrays.asList(rs.getString(10).split(","))))
                .list().stream().filter(f -> seen.contains(f.targetId())).toList();
        List<InspectionView.Recommendation> recommendations = jdbc.sql("""
                select r.id, r.target_id, u.code, %s, r.text, r.made_on, r.answer, r.answered_on, r.answered_by, r.version,
                  r.to_unit_id
                from inspection_recommendation r join org_unit u on u.id = r.to_unit_id where r.inspection_id = ?
                order by r.made_on, r.id""".formatted(Inspections.latestName("r.to_unit_id")))
                .param(r.id())
                .query((rs, i) -> new InspectionView.Recommendation(rs.getLong(1), rs.getLong(2),
                        targets.get(rs.getLong(2)).label(), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                        rs.getObject(8) == null && m.tree().allows(rs.getLong(11), Permission.MANAGE_INSPECTIONS),
                        rs.getLong(10)))
                .list().stream().filter(x -> seen.contains(x.targetId())).toList();
        Map<Long, FollowUpLine> tasks = new HashMap<>();
        m.requirementTasks(r.id()).forEach(t -> tasks.put(t.id(), t));
        List<InspectionView.Requirement> requirements = jdbc.sql("""
                select id, target_id, text, deadline, follow_up_id from inspection_requirement where inspection_id = ?
                order by deadline, id""")
                .param(r.id())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5)})
                .list().stream().filter(x -> seen.contains((Long) x[1]) && tasks.containsKey((Long) x[4]))
                .map(x -> {
                    FollowUpLine t = tasks.get((Long) x[4]);
                    return new InspectionView.Requirement((Long) x[0], (Long) x[1], targets.get((Long) x[1]).label(),
                            (String) x[2], (LocalDate) x[3], t.id(), t.state(), t.late());
                })
                .toList();
        InspectionStep next = r.step().next();
        boolean conduct = next == InspectionStep.SELF_REPORT_SUBMITTED || next == InspectionStep.VERIFYING
                || next == InspectionStep.DRAFT_REPORT;
        boolean canAdvance = next != null && (manage || (conduct && ins.isDelegationHead(r.id()))
                || (next == InspectionStep.SELF_REPORT_SUBMITTED && targetSide));
        boolean canRecord = (manage || delegation) && r.step().ordinal() >= InspectionStep.DECIDED.ordinal()
                && r.step().ordinal() < InspectionStep.CONCLUDED.ordinal();
        boolean canExtend = manage && r.startedOn() != null && r.concludedOn() == null && r.extensionDays() == null;
        var actions = new InspectionView.Actions(manage, delegation, targetSide, next, canAdvance, canExtend, canRecord);
        String programTitle = r.programId() == null ? null : jdbc.sql("select title from inspection_program where id = ?")
                .param(r.programId()).query(String.class).single();
        var unit = m.tree().unit(r.unitId(), r.proposedOn()).orElseThrow();
        return new InspectionView(r.id(), r.programId(), programTitle, unit.code(), unit.name(), unit.kind().name(),
                r.body(), r.kind(), r.title(), r.periodFrom(), r.periodTo(), r.plan(), r.step(), r.stepOn(),
                r.decisionDocumentId() == null ? null : doc(m, r.decisionDocumentId()), r.delegationApproval(),
                r.limitDays(), r.limitWorking(), r.startedOn(), r.dueOn(), r.extensionDays(), r.extensionReason(),
                r.extendedOn(), r.overdue(today), whole || targetSide ? r.selfReport() : null,
                whole ? r.draftReport() : null, r.concludedOn(),
                r.concludedOn() != null && r.dueOn() != null && r.concludedOn().isAfter(r.dueOn()),
                r.conclusionDocumentId() == null ? null : doc(m, r.conclusionDocumentId()), r.conclusionSummary(),
                r.archiveDueOn(), r.archivedOn(), r.archiveOverdue(today)
                        || (r.archivedOn() != null && r.archiveDueOn() != null && r.archivedOn().isAfter(r.archiveDueOn())),
                targetList, docs, delegates, steps, diary, findings, recommendations, requirements, actions, today,
                r.version());
    }

    /** The document if the caller may see it (its number and title), otherwise null. */
    private static Doc doc(InspectionManagement m, long id) {
        try {
            var d = m.documents().document(id);
            return new Doc(d.id(), d.number(), d.title(), d.issuedOn(), d.signer());
        } catch (NotFoundException e) {
            return null;
        }
    }
}
