package vn.chinhdon.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.DocumentView;
import vn.chinhdon.inspection.Inspections.Row;
import vn.chinhdon.inspection.Inspections.TargetRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.platform.WorkingDays;
import vn.chinhdon.remediation.FollowUpLine;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.NewFollowUp;
import vn.chinhdon.remediation.Source;
import vn.chinhdon.remediation.SourceKind;
import vn.chinhdon.shared.EnumValues;
import vn.chinhdon.shared.VietnameseText;

/**
 * Programs, inspections and supervisions, from the proposal to the archive. Each use case checks the caller's
 * grants (see {@link Inspections}), validates every input problem at once, writes, and records who did what in
 * the audit log, in one transaction. The procedure is enforced: a step is taken only after the one before it,
 * with the conditions of {@link #advance}.
 */
@Service
public class InspectionManagement {

    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 8000;
    static final int MAX_REPORT = 16000;
    /** The longest source label of a follow-up task (follow_up.source_label). */
    static final int SOURCE_LABEL = 300;

    private final JdbcClient jdbc;
    private final Inspections inspections;
    private final TreeQueries tree;
    private final MemberManagement members;
    private final DocumentRegister documents;
    private final FollowUpManagement followUps;
    private final TimeLimits limits;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InspectionManagement(JdbcClient jdbc, Inspections inspections, TreeQueries tree, MemberManagement members,
            DocumentRegister documents, FollowUpManagement followUps, TimeLimits limits, WorkingDays workingDays,
            AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.inspections = inspections;
        this.tree = tree;
        this.members = members;
        this.documents = documents;
        this.followUps = followUps;
        this.limits = limits;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- programs ----

    /** Creates the yearly program of a unit's committee or inspection commission (one per unit, body and year). */
    @Transactional
    public ProgramView createProgram(NewProgram p) {
        List<Problem> problems = new ArrayList<>();
        UnitRef unit = managedUnit(p.unitCode(), today(), problems);
        InspectionBody body = Inputs.choice(InspectionBody.class, p.body(), "body", "error.inspection.body", problems);
        if (p.year() == null || p.year() < 2000 || p.year() > today().getYear() + 1) {
            problems.add(Problem.field("year", "error.inspection.programYear", String.valueOf(today().getYear() + 1)));
        }
        String title = Inputs.text(p.title(), "title", MAX_TITLE, true, problems);
        if (p.documentId() != null) {
            document(p.documentId(), "documentId", problems);
        }
        if (unit != null && body != null && p.year() != null && jdbc.sql("""
                select count(*) from inspection_program where unit_id = ? and body = ? and year = ?""")
                .params(unit.id(), body.name(), p.year()).query(Long.class).single() > 0) {
            problems.add(Problem.field("year", "error.inspection.programExists", String.valueOf(p.year())));
        }
        Inputs.refuseIfAny(problems);
        long id = nextId();
        jdbc.sql("""
                insert into inspection_program (id, unit_id, body, year, title, document_id, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, unit.id(), body.name(), p.year(), title, p.documentId(), OffsetDateTime.now(clock), username())
                .update();
        audit.record("INSPECTION_PROGRAM_CREATED", "INSPECTION_PROGRAM", id, unit.id(),
                "Chương trình kiểm tra, giám sát năm " + p.year() + ": " + title, Map.of("body", body.name()));
        return program(id);
    }

    /** A program with its inspections the caller may see. */
    @Transactional(readOnly = true)
    public ProgramView program(long id) {
        var row = jdbc.sql("""
                select p.id, p.unit_id, u.code, p.body, p.year, p.title, p.document_id, d.number_text, p.version
                from inspection_program p join org_unit u on u.id = p.unit_id left join document d on d.id = p.document_id
                where p.id = ?""")
                .param(id)
                .query((rs, i) -> new Object[] {rs.getLong(2), rs.getString(3), InspectionBody.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getString(6), rs.getObject(7), rs.getString(8), rs.getLong(9)})
                .optional().orElseThrow(() -> new NotFoundException("error.inspection.programNotFound", id));
        long unitId = (Long) row[0];
        if (!tree.allows(unitId, Permission.READ_UNITS)) {
            throw new NotFoundException("error.inspection.programNotFound", id);
        }
        LocalDate on = today();
        List<Long> visible = jdbc.sql("select id from inspection where program_id = ? order by id").param(id)
                .query(Long.class).list().stream()
                .filter(i -> inspections.row(i).filter(inspections::mayRead).isPresent()).toList();
        List<InspectionLine> lines = lines(visible, on);
        return new ProgramView(id, (String) row[1], inspections.unitName(unitId, on), (InspectionBody) row[2],
                (Integer) row[3], (String) row[4], row[5] == null ? null : ((Number) row[5]).longValue(), (String) row[6],
                lines, tree.allows(unitId, Permission.MANAGE_INSPECTIONS), (Long) row[7]);
    }

    /** The inspections in the order of the ids, as list lines on the date, in one statement. */
    List<InspectionLine> lines(List<Long> ids, LocalDate on) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, InspectionLine> byId = new java.util.HashMap<>();
        jdbc.sql("""
                select i.id, u.code, %s, i.body, i.kind, i.title,
                  (select string_agg(case when m.id is null then %s else m.full_name || ' (' || %s || ')' end, '; '
                            order by t.id)
                   from inspection_target t left join member m on m.id = t.member_id where t.inspection_id = i.id),
                  i.step, i.step_on, i.due_on, i.archive_due_on, i.concluded_on, i.archived_on
                from inspection i join org_unit u on u.id = i.unit_id where i.id = any(:ids)"""
                .formatted(Inspections.nameOn("i.unit_id", "i.proposed_on"),
                        Inspections.nameOn("t.unit_id", "i.proposed_on"), Inspections.nameOn("t.unit_id", "i.proposed_on")))
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    LocalDate due = rs.getObject(10, LocalDate.class);
                    LocalDate archiveDue = rs.getObject(11, LocalDate.class);
                    boolean late = due != null && rs.getObject(12) == null && on.isAfter(due);
                    boolean archiveLate = archiveDue != null && rs.getObject(13) == null && on.isAfter(archiveDue);
                    LocalDate missed = late ? due : archiveLate ? archiveDue : null;
                    byId.put(rs.getLong(1), new InspectionLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                            InspectionBody.valueOf(rs.getString(4)), InspectionKind.valueOf(rs.getString(5)), rs.getString(6),
                            rs.getString(7), InspectionStep.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class), due,
                            archiveDue, missed != null, missed == null ? 0 : (int) (on.toEpochDay() - missed.toEpochDay())));
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    // ---- proposing and preparing ----

    /** Proposes an inspection or supervision (step PROPOSED), with its targets and content. */
    @Transactional
    public InspectionView propose(NewInspection c) {
        List<Problem> problems = new ArrayList<>();
        LocalDate on = c.proposedOn() == null ? today() : c.proposedOn();
        if (on.isAfter(today())) {
            problems.add(Problem.field("proposedOn", "error.date.future", on));
            on = today();
        }
        UnitRef unit = managedUnit(c.unitCode(), on, problems);
        InspectionBody body = Inputs.choice(InspectionBody.class, c.body(), "body", "error.inspection.body", problems);
        InspectionKind kind = Inputs.choice(InspectionKind.class, c.kind(), "kind", "error.inspection.kind", problems);
        String title = Inputs.text(c.title(), "title", MAX_TITLE, true, problems);
        String plan = Inputs.text(c.plan(), "plan", MAX_TEXT, false, problems);
        if (c.periodFrom() == null) {
            problems.add(Problem.field("periodFrom", "error.required.named", "periodFrom"));
        } else if (c.periodFrom().isBefore(InspectionRules.earliestPeriodStart(on))) {
            problems.add(Problem.field("periodFrom", "error.inspection.periodTooOld",
                    String.valueOf(InspectionRules.MAX_PERIOD_YEARS), InspectionRules.earliestPeriodStart(on)));
        }
        if (c.periodTo() == null) {
            problems.add(Problem.field("periodTo", "error.required.named", "periodTo"));
        } else if (c.periodTo().isAfter(on)) {
            problems.add(Problem.field("periodTo", "error.date.future", c.periodTo()));
        } else if (c.periodFrom() != null && c.periodTo().isBefore(c.periodFrom())) {
            problems.add(Problem.field("periodTo", "error.inspection.periodOrder"));
        }
        if (c.programId() != null && unit != null) {
            Long programUnit = jdbc.sql("select unit_id from inspection_program where id = ?").param(c.programId())
                    .query(Long.class).optional().orElse(null);
            if (programUnit == null || programUnit != unit.id()) {
                problems.add(Problem.field("programId", "error.inspection.programNotFound", c.programId()));
            }
        }
        List<UnitRef> targetUnits = new ArrayList<>();
        List<long[]> targetMembers = new ArrayList<>();
        collectTargets(unit, on, c.targetUnitCodes(), c.targetMemberIds(), targetUnits, targetMembers, problems);
        if (targetUnits.isEmpty() && targetMembers.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("target"))) {
            problems.add(Problem.field("targetUnitCodes", "error.inspection.targetsRequired"));
        }
        List<Long> docs = c.documentIds() == null ? List.of()
                : c.documentIds().stream().filter(d -> d != null).distinct().toList();
        for (Long d : docs) {
            document(d, "documentIds", problems);
        }
        Inputs.refuseIfAny(problems);
        long id = nextId();
        jdbc.sql("""
                insert into inspection (id, program_id, unit_id, body, kind, title, period_from, period_to, plan_text,
                  proposed_on, step, step_on, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?)""")
                .params(id, c.programId(), unit.id(), body.name(), kind.name(), title, c.periodFrom(), c.periodTo(), plan,
                        on, on, OffsetDateTime.now(clock), username())
                .update();
        for (UnitRef t : targetUnits) {
            insertTarget(id, t.id(), null);
        }
        for (long[] m : targetMembers) {
            insertTarget(id, m[1], m[0]);
        }
        for (Long d : docs) {
            jdbc.sql("insert into inspection_document (inspection_id, document_id) values (?, ?)").params(id, d).update();
        }
        step(id, InspectionStep.PROPOSED, on, null);
        audit.record("INSPECTION_PROPOSED", "INSPECTION", id, unit.id(), title,
                Map.of("kind", kind.name(), "targets", targetUnits.size() + targetMembers.size()));
        return inspection(id);
    }

    /**
     * Resolves target units (codes, each active, below the issuing unit) and members (ids, each in the issuing
     * unit's subtree, with their unit) into the lists; problems for the rest.
     */
    private void collectTargets(UnitRef issuer, LocalDate on, List<String> codes, List<Long> memberIds,
            List<UnitRef> units, List<long[]> targetMembers, List<Problem> problems) {
        Set<Long> seen = new HashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            try {
                UnitRef u = tree.unit(code.trim(), on, Permission.READ_UNITS);
                if (!u.active()) {
                    problems.add(Problem.field("targetUnitCodes", "error.unit.ended", u.code()));
                } else if (issuer != null && (!issuer.contains(u) || issuer.id() == u.id())) {
                    problems.add(Problem.field("targetUnitCodes", "error.inspection.targetNotBelow", u.name(), issuer.name()));
                } else if (seen.add(u.id())) {
                    units.add(u);
                }
            } catch (NotFoundException e) {
                problems.add(Problem.field("targetUnitCodes", "error.unit.notFound", code.trim()));
            }
        }
        Set<Long> seenMembers = new HashSet<>();
        for (Long memberId : memberIds == null ? List.<Long>of() : memberIds) {
            if (memberId == null || !seenMembers.add(memberId)) {
                continue;
            }
            UnitRef cell = memberUnit(memberId, on, "targetMemberIds", problems);
            if (cell != null && issuer != null && !issuer.contains(cell)) {
                problems.add(Problem.field("targetMemberIds", "error.inspection.targetNotBelow",
                        memberName(memberId), issuer.name()));
            } else if (cell != null) {
                targetMembers.add(new long[] {memberId, cell.id()});
            }
        }
    }

    /** The unit a member belonged to on the date, if the caller may read the member. */
    private UnitRef memberUnit(long memberId, LocalDate on, String field, List<Problem> problems) {
        try {
            var detail = members.member(memberId);
            String code = detail.assignments().stream()
                    .filter(a -> !a.from().isAfter(on) && (a.to() == null || a.to().isAfter(on)))
                    .map(a -> a.unitCode()).findFirst().orElse(detail.member().unitCode());
            return tree.unit(code, on, Permission.READ_UNITS);
        } catch (NotFoundException e) {
            problems.add(Problem.field(field, "error.member.notFound", String.valueOf(memberId)));
            return null;
        }
    }

    private String memberName(long memberId) {
        return jdbc.sql("select full_name from member where id = ?").param(memberId).query(String.class).optional()
                .orElse(String.valueOf(memberId));
    }

    private void insertTarget(long inspectionId, long unitId, Long memberId) {
        jdbc.sql("insert into inspection_target (id, inspection_id, unit_id, member_id) values (nextval('org_seq'), ?, ?, ?)")
                .params(inspectionId, unitId, memberId).update();
    }

    /** Adds targets while the inspection is proposed. */
    @Transactional
    public InspectionView addTargets(long id, List<String> unitCodes, List<Long> memberIds, Long version) {
        Row r = managed(id, version);
        requirePreparing(r);
        List<Problem> problems = new ArrayList<>();
        LocalDate on = r.proposedOn();
        UnitRef issuer = tree.unit(r.unitId(), on).orElseThrow();
        List<UnitRef> units = new ArrayList<>();
        List<long[]> targetMembers = new ArrayList<>();
        collectTargets(issuer, on, unitCodes, memberIds, units, targetMembers, problems);
        List<TargetRow> existing = inspections.targets(id);
        for (UnitRef u : units) {
            if (existing.stream().anyMatch(t -> t.memberId() == null && t.unitId() == u.id())) {
                problems.add(Problem.field("targetUnitCodes", "error.inspection.targetExists", u.name()));
            }
        }
        for (long[] m : targetMembers) {
            if (existing.stream().anyMatch(t -> Long.valueOf(m[0]).equals(t.memberId()))) {
                problems.add(Problem.field("targetMemberIds", "error.inspection.targetExists", memberName(m[0])));
            }
        }
        if (units.isEmpty() && targetMembers.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.field("targetUnitCodes", "error.inspection.targetsRequired"));
        }
        Inputs.refuseIfAny(problems);
        units.forEach(u -> insertTarget(id, u.id(), null));
        targetMembers.forEach(m -> insertTarget(id, m[1], m[0]));
        inspections.update(r, "step_on = step_on", Map.of());
        audit.record("INSPECTION_TARGETS_ADDED", "INSPECTION", id, r.unitId(),
                "Thêm đối tượng: " + String.join("; ", units.stream().map(UnitRef::name).toList())
                        + (targetMembers.isEmpty() ? "" : " và " + targetMembers.size() + " đảng viên"), null);
        return inspection(id);
    }

    /** Removes a target while the inspection is proposed (its last target cannot be removed). */
    @Transactional
    public InspectionView removeTarget(long id, long targetId, Long version) {
        Row r = managed(id, version);
        requirePreparing(r);
        List<TargetRow> targets = inspections.targets(id);
        TargetRow t = targets.stream().filter(x -> x.id() == targetId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.inspection.targetNotFound", targetId));
        if (targets.size() == 1) {
            throw ValidationException.of("targetId", "error.inspection.targetsRequired");
        }
        jdbc.sql("delete from inspection_target where id = ?").param(t.id()).update();
        inspections.update(r, "step_on = step_on", Map.of());
        audit.record("INSPECTION_TARGET_REMOVED", "INSPECTION", id, r.unitId(), "Bỏ đối tượng "
                + (t.memberId() == null ? inspections.unitName(t.unitId(), today()) : memberName(t.memberId())), null);
        return inspection(id);
    }

    /**
     * Adds a person to the delegation while the inspection is proposed. A conflict of interest — declared, or
     * found because the person is a target or belongs to a target unit — refuses them unless an approval is
     * recorded with them.
     */
    @Transactional
    public InspectionView addDelegate(long id, NewDelegate d, Long version) {
        Row r = managed(id, version);
        requirePreparing(r);
        List<Problem> problems = new ArrayList<>();
        DelegateRole role = Inputs.choice(DelegateRole.class, d.role(), "role", "error.inspection.delegateRole", problems);
        UnitRef unit = null;
        if (d.memberId() == null) {
            problems.add(Problem.field("memberId", "error.required.named", "memberId"));
        } else {
            unit = memberUnit(d.memberId(), r.proposedOn(), "memberId", problems);
            if (jdbc.sql("select count(*) from inspection_delegate where inspection_id = ? and member_id = ?")
                    .params(id, d.memberId()).query(Long.class).single() > 0) {
                problems.add(Problem.field("memberId", "error.inspection.delegateExists", memberName(d.memberId())));
            }
        }
        if (role != null && InspectionRules.single(role) && jdbc.sql("""
                select count(*) from inspection_delegate where inspection_id = ? and role = ?""")
                .params(id, role.name()).query(Long.class).single() > 0) {
            problems.add(Problem.field("role", "error.inspection.delegateRoleTaken", label(role.messageKey())));
        }
        String declared = Inputs.text(d.conflict(), "conflict", 1000, false, problems);
        String approval = Inputs.text(d.approval(), "approval", 1000, false, problems);
        String conflict = null;
        if (unit != null) {
            conflict = conflict(id, d.memberId(), unit, declared, r.proposedOn());
            if (conflict != null && approval == null) {
                problems.add(Problem.field("approval", "error.inspection.delegateConflict", memberName(d.memberId()),
                        conflict));
            }
        }
        Inputs.refuseIfAny(problems);
        jdbc.sql("""
                insert into inspection_delegate (id, inspection_id, member_id, role, conflict, approval, approved_by, added_at,
                  added_by) values (nextval('org_seq'), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.memberId(), role.name(), conflict, conflict == null ? null : approval,
                        conflict == null ? null : username(), OffsetDateTime.now(clock), username())
                .update();
        inspections.update(r, "step_on = step_on", Map.of());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("role", role.name());
        if (conflict != null) {
            changes.put("conflict", conflict);
            changes.put("approval", approval);
        }
        audit.record("INSPECTION_DELEGATE_ADDED", "INSPECTION", id, r.unitId(),
                "Thêm vào đoàn: " + memberName(d.memberId()), changes);
        return inspection(id);
    }

    /**
     * The conflict of interest of a delegate: what they declared, and whether they are a target or belong to a
     * target unit's subtree (on the date); null when none.
     */
    private String conflict(long inspectionId, long memberId, UnitRef memberUnit, String declared, LocalDate on) {
        List<String> parts = new ArrayList<>();
        if (declared != null) {
            parts.add(declared);
        }
        for (TargetRow t : inspections.targets(inspectionId)) {
            if (t.memberId() != null && t.memberId() == memberId) {
                parts.add("là đối tượng kiểm tra");
            } else if (t.memberId() == null) {
                tree.unit(t.unitId(), on).filter(u -> u.contains(memberUnit))
                        .ifPresent(u -> parts.add("sinh hoạt trong " + u.name() + " (đối tượng kiểm tra)"));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** Removes a person from the delegation while the inspection is proposed. */
    @Transactional
    public InspectionView removeDelegate(long id, long delegateId, Long version) {
        Row r = managed(id, version);
        requirePreparing(r);
        Long memberId = jdbc.sql("select member_id from inspection_delegate where id = ? and inspection_id = ?")
                .params(delegateId, id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("error.inspection.delegateNotFound", delegateId));
        jdbc.sql("delete from inspection_delegate where id = ?").param(delegateId).update();
        inspections.update(r, "step_on = step_on", Map.of());
        audit.record("INSPECTION_DELEGATE_REMOVED", "INSPECTION", id, r.unitId(), "Bỏ khỏi đoàn: " + memberName(memberId),
                null);
        return inspection(id);
    }

    // ---- the procedure ----

    /**
     * What a step needs besides the date: the establishing decision (DECIDED), an approval of a delegation of
     * another size (DECIDED, optional), the self-report (SELF_REPORT_SUBMITTED), the draft report (DRAFT_REPORT),
     * a note (any step).
     */
    public record StepInput(String step, LocalDate on, String note, Long decisionDocumentId, String delegationApproval,
            String report) {
    }

    /**
     * Takes the next step of the procedure (never skips one; the date is not before the current step's and not in
     * the future):
     * <ul>
     * <li>DECIDED — the establishing decision (a Quyết định of the issuing unit, issued by that date), at least one
     * target, a delegation of 3 to 5 with a head (another size needs a recorded approval), every conflict approved;
     * <li>KICKED_OFF — the time limit of the issuing level (reference data) starts: the due date is set;
     * <li>SELF_REPORT_SUBMITTED — the target's report (also by the target's side);
     * <li>VERIFYING, DRAFT_REPORT (the draft's text) — by the issuing side or the delegation's head;
     * <li>CONCLUDED — through {@link #conclude};
     * <li>FOLLOW_UP — the conclusion delivered to the targets;
     * <li>ARCHIVED — the file archived (due 15 working days after the conclusion; later is recorded as late).
     * </ul>
     */
    @Transactional
    public InspectionView advance(long id, StepInput in, Long version) {
        Row r = inspections.visible(id);
        Inspections.checkVersion(r, version);
        if (in.step() == null || in.step().isBlank()) {
            throw ValidationException.of("step", "error.required.named", "step");
        }
        InspectionStep to = EnumValues.parse(InspectionStep.class, in.step());
        if (to == null) {
            throw ValidationException.of("step", "error.inspection.step", in.step());
        }
        if (to != r.step().next()) {
            throw new ConflictException("error.inspection.stepOrder", label(r.step()), label(to), label(r.step().next()));
        }
        if (to == InspectionStep.CONCLUDED) {
            throw ValidationException.of("step", "error.inspection.concludeWithNotice");
        }
        requireMayTake(r, to);
        List<Problem> problems = new ArrayList<>();
        LocalDate on = stepDate(r, in.on(), problems);
        String note = Inputs.text(in.note(), "note", MAX_TEXT, false, problems);
        Map<String, Object> set = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("step = :step, step_on = :on");
        set.put("step", to.name());
        set.put("on", on);
        switch (to) {
            case DECIDED -> decideChecks(r, in, on, problems, sql, set);
            case KICKED_OFF -> {
                TimeLimit limit = limits.forUnit(r.unitId(), on);
                LocalDate due = limit.workingDays() ? workingDays.plusWorkingDays(on, limit.days()) : on.plusDays(limit.days());
                sql.append(", started_on = :on, limit_days = :days, limit_working = :working, "
                        + "limit_max_extension = :maxExtension, due_on = :due");
                set.put("maxExtension", limit.maxExtension());
                set.put("days", limit.days());
                set.put("working", limit.workingDays());
                set.put("due", due);
            }
            case SELF_REPORT_SUBMITTED -> {
                sql.append(", self_report = :report");
                set.put("report", Inputs.text(in.report(), "report", MAX_REPORT, true, problems));
            }
            case DRAFT_REPORT -> {
                sql.append(", draft_report = :report");
                set.put("report", Inputs.text(in.report(), "report", MAX_REPORT, true, problems));
            }
            case ARCHIVED -> sql.append(", archived_on = :on");
            default -> {
            }
        }
        Inputs.refuseIfAny(problems);
        inspections.update(r, sql.toString(), set);
        step(id, to, on, note);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("step", to.name());
        changes.put("on", on.toString());
        audit.record("INSPECTION_STEP", "INSPECTION", id, r.unitId(), "Chuyển bước: " + to.name()
                + (to == InspectionStep.ARCHIVED && r.archiveDueOn() != null && on.isAfter(r.archiveDueOn())
                        ? " (quá hạn lưu trữ " + r.archiveDueOn() + ")" : ""), changes);
        return inspection(id);
    }

    private void decideChecks(Row r, StepInput in, LocalDate on, List<Problem> problems, StringBuilder sql,
            Map<String, Object> set) {
        issuedDocument(r, in.decisionDocumentId(), "decisionDocumentId", "QĐ", "error.inspection.decisionRequired",
                "error.inspection.decisionType", on, problems);
        String approval = Inputs.text(in.delegationApproval(), "delegationApproval", 1000, false, problems);
        List<Object[]> delegates = jdbc.sql("""
                select member_id, role, conflict, approval from inspection_delegate where inspection_id = ?""")
                .param(r.id())
                .query((rs, i) -> new Object[] {rs.getLong(1), DelegateRole.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4)})
                .list();
        if (!InspectionRules.delegationSizeAllowed(delegates.size()) && approval == null) {
            problems.add(Problem.field("delegationApproval", "error.inspection.delegationSize",
                    String.valueOf(delegates.size()), String.valueOf(InspectionRules.MIN_DELEGATION),
                    String.valueOf(InspectionRules.MAX_DELEGATION)));
        }
        if (delegates.stream().noneMatch(d -> d[1] == DelegateRole.HEAD)) {
            problems.add(Problem.field("delegates", "error.inspection.delegationHead"));
        }
        // targets may have been added after a delegate: every conflict must be approved by now
        for (Object[] d : delegates) {
            long memberId = (Long) d[0];
            UnitRef unit = memberUnit(memberId, on, "delegates", problems);
            String found = unit == null ? null : conflict(r.id(), memberId, unit, (String) d[2], on);
            if (found != null && d[3] == null) {
                problems.add(Problem.field("delegates", "error.inspection.delegateConflict", memberName(memberId), found));
            }
        }
        if (inspections.targets(r.id()).isEmpty()) {
            problems.add(Problem.field("targetUnitCodes", "error.inspection.targetsRequired"));
        }
        sql.append(", decision_document_id = :decision, delegation_approval = :approval");
        set.put("decision", in.decisionDocumentId());
        set.put("approval", InspectionRules.delegationSizeAllowed(delegates.size()) ? null : approval);
    }

    /** Who takes which step: the issuing side always; the delegation's head the steps of the conduct; a target's
     * side its self-report. */
    private void requireMayTake(Row r, InspectionStep to) {
        if (inspections.manages(r)) {
            return;
        }
        boolean conduct = to == InspectionStep.SELF_REPORT_SUBMITTED || to == InspectionStep.VERIFYING
                || to == InspectionStep.DRAFT_REPORT;
        if (conduct && inspections.isDelegationHead(r.id())) {
            return;
        }
        if (to == InspectionStep.SELF_REPORT_SUBMITTED && inspections.targets(r.id()).stream()
                .anyMatch(inspections::actsForTarget)) {
            return;
        }
        throw new ForbiddenException("error.inspection.mayNotTakeStep", label(to));
    }

    private LocalDate stepDate(Row r, LocalDate on, List<Problem> problems) {
        LocalDate d = on == null ? today() : on;
        if (d.isAfter(today())) {
            problems.add(Problem.field("on", "error.date.future", d));
        } else if (d.isBefore(r.stepOn())) {
            problems.add(Problem.field("on", "error.inspection.stepBeforePrevious", r.stepOn()));
        }
        return d;
    }

    /**
     * Concludes: DRAFT_REPORT → CONCLUDED with the conclusion notice (a Thông báo of the issuing unit), at least one
     * finding, and the requirements, each opened as a follow-up task of its target (verified by the issuing unit).
     * The archive becomes due 15 working days later. Publishes {@link InspectionConcluded} once the tasks are open.
     */
    @Transactional
    public InspectionView conclude(long id, Conclusion c, Long version) {
        Row r = inspections.visible(id);
        Inspections.checkVersion(r, version);
        if (r.step() != InspectionStep.DRAFT_REPORT) {
            throw new ConflictException("error.inspection.stepOrder", label(r.step()), label(InspectionStep.CONCLUDED),
                    label(r.step().next()));
        }
        if (!inspections.manages(r)) {
            throw new ForbiddenException("error.inspection.mayNotTakeStep", label(InspectionStep.CONCLUDED));
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate on = stepDate(r, c.on(), problems);
        issuedDocument(r, c.documentId(), "documentId", "TB", "error.inspection.noticeRequired",
                "error.inspection.noticeType", on, problems);
        String summary = Inputs.text(c.summary(), "summary", MAX_REPORT, false, problems);
        if (jdbc.sql("select count(*) from inspection_finding where inspection_id = ?").param(id).query(Long.class)
                .single() == 0) {
            problems.add(Problem.field("findings", "error.inspection.findingsRequired"));
        }
        List<TargetRow> targets = inspections.targets(id);
        List<Conclusion.Requirement> reqs = c.requirements() == null ? List.of() : c.requirements();
        List<LocalDate> deadlines = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            Conclusion.Requirement q = reqs.get(i);
            String f = "requirements[" + i + "]";
            if (q == null || q.targetId() == null || targets.stream().noneMatch(t -> t.id() == q.targetId())) {
                problems.add(Problem.field(f + ".targetId", "error.inspection.targetNotFound",
                        q == null ? "" : String.valueOf(q.targetId())));
            }
            if (q != null) {
                Inputs.text(q.text(), f + ".text", 4000, true, problems);
            }
            LocalDate deadline = q == null ? null : q.deadline();
            if (q != null && deadline == null && q.deadlineWorkingDays() != null) {
                if (q.deadlineWorkingDays() < 1 || q.deadlineWorkingDays() > 1000) {
                    problems.add(Problem.field(f + ".deadlineWorkingDays", "error.followUp.workingDays"));
                } else {
                    deadline = workingDays.plusWorkingDays(on, q.deadlineWorkingDays());
                }
            } else if (q != null && deadline == null) {
                problems.add(Problem.field(f + ".deadline", "error.followUp.deadlineRequired"));
            } else if (deadline != null && deadline.isBefore(on)) {
                problems.add(Problem.field(f + ".deadline", "error.followUp.deadlineBeforeOpened", on));
            }
            deadlines.add(deadline);
        }
        Inputs.refuseIfAny(problems);
        LocalDate archiveDue = workingDays.plusWorkingDays(on, InspectionRules.ARCHIVE_WORKING_DAYS);
        inspections.update(r, "step = 'CONCLUDED', step_on = :on, concluded_on = :on, conclusion_document_id = :doc, "
                + "conclusion_summary = :summary, archive_due_on = :archive",
                mapOf("on", on, "doc", c.documentId(), "summary", summary, "archive", archiveDue));
        step(id, InspectionStep.CONCLUDED, on, summary);
        String issuerCode = unitCode(r.unitId());
        DocumentView notice = documents.document(c.documentId());
        // a task's source label holds 300 characters; the title may hold 500
        String label = "Thông báo kết luận " + notice.number() + ": " + r.title();
        String source = label.length() <= SOURCE_LABEL ? label : label.substring(0, SOURCE_LABEL - 1) + "…";
        for (int i = 0; i < reqs.size(); i++) {
            Conclusion.Requirement q = reqs.get(i);
            TargetRow t = targets.stream().filter(x -> x.id() == q.targetId()).findFirst().orElseThrow();
            String text = VietnameseText.clean(q.text());
            var task = followUps.open(new NewFollowUp(new Source(SourceKind.INSPECTION, id, source), unitCode(t.unitId()),
                    t.memberId(), issuerCode, text, deadlines.get(i), null, on, null));
            jdbc.sql("""
                    insert into inspection_requirement (id, inspection_id, target_id, text, deadline, follow_up_id)
                    values (nextval('org_seq'), ?, ?, ?, ?, ?)""")
                    .params(id, t.id(), text, task.deadline(), task.id()).update();
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("notice", notice.number());
        changes.put("requirements", reqs.size());
        changes.put("archiveDue", archiveDue.toString());
        audit.record("INSPECTION_CONCLUDED", "INSPECTION", id, r.unitId(), "Kết luận: " + notice.number()
                + (r.overdue(on) ? " (quá thời hạn " + r.dueOn() + ")" : ""), changes);
        // after the requirements' tasks are open: a finding stays open while its subject has a task to do
        events.publishEvent(new InspectionConcluded(id, on, "Thông báo kết luận " + notice.number(), concludedFindings(id)));
        return inspection(id);
    }

    /**
     * The shortcomings and violations of an inspection with their subject: the member personally responsible, else the
     * target (a member, or the unit's collective).
     */
    private List<InspectionConcluded.Finding> concludedFindings(long id) {
        return jdbc.sql("""
                select f.id, t.unit_id,
                  case when f.responsibility = 'INDIVIDUAL' and f.responsible_member_id is not null
                       then f.responsible_member_id else t.member_id end,
                  f.kind, f.degradation_codes, f.text
                from inspection_finding f join inspection_target t on t.id = f.target_id
                where f.inspection_id = ? and f.kind in ('SHORTCOMING', 'VIOLATION') order by f.id""")
                .param(id)
                .query((rs, i) -> new InspectionConcluded.Finding(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** One extension of the time limit, of at most a third of it (reference data), before the conclusion. */
    @Transactional
    public InspectionView extend(long id, Integer days, String reason, Long version) {
        Row r = managed(id, version);
        if (r.startedOn() == null || r.concludedOn() != null) {
            throw new ConflictException("error.inspection.extendWhenRunning");
        }
        if (r.extensionDays() != null) {
            throw new ConflictException("error.inspection.extendedAlready", r.extendedOn());
        }
        List<Problem> problems = new ArrayList<>();
        int max = r.limitMaxExtension();
        if (days == null || days < 1 || days > max) {
            problems.add(Problem.field("days", "error.inspection.extensionDays", String.valueOf(max)));
        }
        String why = Inputs.text(reason, "reason", 1000, true, problems);
        Inputs.refuseIfAny(problems);
        LocalDate due = Boolean.TRUE.equals(r.limitWorking()) ? workingDays.plusWorkingDays(r.dueOn(), days)
                : r.dueOn().plusDays(days);
        inspections.update(r, "extension_days = :days, extension_reason = :reason, extended_on = :on, due_on = :due",
                mapOf("days", days, "reason", why, "on", today(), "due", due));
        audit.record("INSPECTION_EXTENDED", "INSPECTION", id, r.unitId(), "Gia hạn " + days + " ngày: " + why,
                Map.of("due", due.toString()));
        return inspection(id);
    }

    // ---- the delegation's work ----

    /** A dated entry of the delegation's diary, by a delegate or the issuing side, from the decision to the conclusion. */
    @Transactional
    public InspectionView addDiaryEntry(long id, LocalDate entryOn, String text) {
        return addDiaryEntry(id, entryOn, text, null);
    }

    /** The same, refused as stale if the inspection changed since the caller read {@code version}. */
    @Transactional
    public InspectionView addDiaryEntry(long id, LocalDate entryOn, String text, Long version) {
        Row r = recording(id);
        Inspections.checkVersion(r, version);
        List<Problem> problems = new ArrayList<>();
        LocalDate on = entryOn == null ? today() : entryOn;
        LocalDate decided = stepDate(id, InspectionStep.DECIDED);
        if (on.isAfter(today())) {
            problems.add(Problem.field("entryOn", "error.date.future", on));
        } else if (decided != null && on.isBefore(decided)) {
            problems.add(Problem.field("entryOn", "error.inspection.diaryBeforeDecision", decided));
        }
        String t = Inputs.text(text, "text", MAX_TEXT, true, problems);
        Inputs.refuseIfAny(problems);
        CurrentUser me = CurrentUser.require();
        jdbc.sql("""
                insert into inspection_diary (id, inspection_id, entry_on, text, author, author_name, created_at)
                values (nextval('org_seq'), ?, ?, ?, ?, ?, ?)""")
                .params(id, on, t, me.getUsername(), me.displayName(), OffsetDateTime.now(clock)).update();
        audit.record("INSPECTION_DIARY", "INSPECTION", id, r.unitId(), "Nhật ký đoàn ngày " + on, null);
        return inspection(id);
    }

    /** A finding about one target, by a delegate or the issuing side, before the conclusion. */
    @Transactional
    public InspectionView addFinding(long id, NewFinding f) {
        return addFinding(id, f, null);
    }

    /** The same, refused as stale if the inspection changed since the caller read {@code version}. */
    @Transactional
    public InspectionView addFinding(long id, NewFinding f, Long version) {
        Row r = recording(id);
        Inspections.checkVersion(r, version);
        if (r.step().ordinal() < InspectionStep.KICKED_OFF.ordinal()) {
            throw new ConflictException("error.inspection.findingsWhenRunning");
        }
        List<Problem> problems = new ArrayList<>();
        TargetRow target = f.targetId() == null ? null
                : inspections.targets(id).stream().filter(t -> t.id() == f.targetId()).findFirst().orElse(null);
        if (target == null) {
            problems.add(Problem.field("targetId", "error.inspection.targetNotFound", String.valueOf(f.targetId())));
        }
        FindingKind kind = Inputs.choice(FindingKind.class, f.kind(), "kind", "error.inspection.findingKind", problems);
        String text = Inputs.text(f.text(), "text", MAX_TEXT, true, problems);
        FindingKind.Cause cause = f.causeKind() == null || f.causeKind().isBlank() ? null
                : Inputs.choice(FindingKind.Cause.class, f.causeKind(), "causeKind", "error.inspection.causeKind", problems);
        String causeText = Inputs.text(f.cause(), "cause", 4000, false, problems);
        FindingKind.Responsibility resp = f.responsibility() == null || f.responsibility().isBlank() ? null
                : Inputs.choice(FindingKind.Responsibility.class, f.responsibility(), "responsibility",
                        "error.inspection.responsibility", problems);
        if (kind == FindingKind.STRENGTH && (cause != null || resp != null || f.responsibleMemberId() != null)) {
            problems.add(Problem.field("kind", "error.inspection.strengthHasNoCause"));
        }
        if (resp == FindingKind.Responsibility.INDIVIDUAL && f.responsibleMemberId() == null && target != null
                && target.memberId() == null) {
            problems.add(Problem.field("responsibleMemberId", "error.inspection.individualNeedsMember"));
        }
        Long responsible = resp == FindingKind.Responsibility.INDIVIDUAL
                ? (f.responsibleMemberId() != null ? f.responsibleMemberId() : target == null ? null : target.memberId())
                : null;
        if (responsible != null && target != null && f.responsibleMemberId() != null) {
            UnitRef cell = memberUnit(responsible, r.stepOn(), "responsibleMemberId", problems);
            UnitRef targetUnit = tree.unit(target.unitId(), r.stepOn()).orElse(null);
            if (cell != null && targetUnit != null && !targetUnit.contains(cell)) {
                problems.add(Problem.field("responsibleMemberId", "error.followUp.memberNotInUnit", memberName(responsible),
                        targetUnit.name()));
            }
        }
        if (resp == FindingKind.Responsibility.COLLECTIVE && f.responsibleMemberId() != null) {
            problems.add(Problem.field("responsibleMemberId", "error.inspection.collectiveHasNoMember"));
        }
        List<String> codes = InspectionRules.codes(f.degradationCodes());
        for (String code : codes) {
            if (!InspectionRules.DEGRADATION_CODE.matcher(code).matches()) {
                problems.add(Problem.field("degradationCodes", "error.inspection.degradationCode", code));
            }
        }
        if (kind == FindingKind.STRENGTH && !codes.isEmpty()) {
            problems.add(Problem.field("degradationCodes", "error.inspection.strengthHasNoCause"));
        }
        Inputs.refuseIfAny(problems);
        long findingId = nextId();
        jdbc.sql("""
                insert into inspection_finding (id, inspection_id, target_id, kind, text, cause_kind, cause, responsibility,
                  responsible_member_id, degradation_codes, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(findingId, id, target.id(), kind.name(), text, cause == null ? null : cause.name(), causeText,
                        resp == null ? null : resp.name(), responsible, String.join(",", codes), OffsetDateTime.now(clock),
                        username())
                .update();
        audit.record("INSPECTION_FINDING", "INSPECTION", id, r.unitId(), kind.name() + ": " + Inputs.abbreviate(text, 200),
                Map.of("target", target.id(), "codes", codes));
        return inspection(id);
    }

    /** Diary and findings: the issuing side or a delegate, from the decision until the conclusion. */
    private Row recording(long id) {
        Row r = inspections.visible(id);
        if (!inspections.manages(r) && !inspections.isDelegate(id)) {
            throw new ForbiddenException("error.inspection.notDelegation");
        }
        if (r.step().ordinal() < InspectionStep.DECIDED.ordinal() || r.step().ordinal() >= InspectionStep.CONCLUDED.ordinal()) {
            throw new ConflictException("error.inspection.recordWhenRunning", label(r.step()));
        }
        return r;
    }

    // ---- recommendations of the inspected ----

    /**
     * A recommendation of a target unit to a higher level (the unit addressed lies above the target), from the
     * kick-off on, by the target's side or recorded by the issuing side or a delegate.
     */
    @Transactional
    public InspectionView recommend(long id, NewRecommendation n) {
        return recommend(id, n, null);
    }

    /** The same, refused as stale if the inspection changed since the caller read {@code version}. */
    @Transactional
    public InspectionView recommend(long id, NewRecommendation n, Long version) {
        Row r = inspections.visible(id);
        Inspections.checkVersion(r, version);
        if (r.step().ordinal() < InspectionStep.KICKED_OFF.ordinal()) {
            throw new ConflictException("error.inspection.recommendWhenRunning");
        }
        List<Problem> problems = new ArrayList<>();
        TargetRow target = n.targetId() == null ? null
                : inspections.targets(id).stream().filter(t -> t.id() == n.targetId()).findFirst().orElse(null);
        if (target == null) {
            throw ValidationException.of("targetId", "error.inspection.targetNotFound", String.valueOf(n.targetId()));
        }
        if (!inspections.manages(r) && !inspections.isDelegate(id) && !inspections.actsForTarget(target)) {
            throw new ForbiddenException("error.inspection.notTargetSide");
        }
        LocalDate on = n.madeOn() == null ? today() : n.madeOn();
        if (on.isAfter(today())) {
            problems.add(Problem.field("madeOn", "error.date.future", on));
        } else if (r.startedOn() != null && on.isBefore(r.startedOn())) {
            problems.add(Problem.field("madeOn", "error.inspection.recommendationBeforeKickOff", r.startedOn()));
        }
        // the units above the target as they stood on a valid date
        LocalDate asOf = problems.isEmpty() ? on : today();
        String text = Inputs.text(n.text(), "text", 4000, true, problems);
        UnitRef to = null;
        if (n.toUnitCode() == null || n.toUnitCode().isBlank()) {
            problems.add(Problem.field("toUnitCode", "error.required.named", "toUnitCode"));
        } else {
            // the unit addressed need not be readable by the target's side: it is found among the target's ancestors
            UnitRef targetUnit = tree.unit(target.unitId(), asOf).orElseThrow();
            to = tree.ancestors(targetUnit, asOf).stream().filter(u -> u.code().equals(n.toUnitCode().trim())).findFirst()
                    .orElse(null);
            if (to == null) {
                problems.add(Problem.field("toUnitCode", "error.inspection.recommendationNotAbove", n.toUnitCode().trim(),
                        targetUnit.name()));
            }
        }
        Inputs.refuseIfAny(problems);
        long recId = nextId();
        jdbc.sql("""
                insert into inspection_recommendation (id, inspection_id, target_id, to_unit_id, text, made_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(recId, id, target.id(), to.id(), text, on, username()).update();
        audit.record("INSPECTION_RECOMMENDATION", "INSPECTION", id, target.unitId(),
                "Kiến nghị gửi " + to.name() + ": " + Inputs.abbreviate(text, 200), null);
        return inspection(id);
    }

    /** Answers a recommendation: {@code MANAGE_INSPECTIONS} over the unit it was addressed to. */
    @Transactional
    public InspectionView answer(long id, long recommendationId, String answer, Long version) {
        inspections.visible(id);
        Object[] rec = jdbc.sql("""
                select to_unit_id, answered_on, version from inspection_recommendation where id = ? and inspection_id = ?""")
                .params(recommendationId, id)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3)})
                .optional().orElseThrow(() -> new NotFoundException("error.inspection.recommendationNotFound",
                        recommendationId));
        long toUnit = (Long) rec[0];
        if (!tree.allows(toUnit, Permission.MANAGE_INSPECTIONS)) {
            throw new ForbiddenException("error.inspection.notAddressee", inspections.unitName(toUnit, today()));
        }
        if (rec[1] != null) {
            throw new ConflictException("error.inspection.answeredAlready", rec[1]);
        }
        if (version != null && !version.equals(rec[2])) {
            throw new ConflictException("error.stale");
        }
        String text = Inputs.text(answer, "answer", MAX_TEXT, true, new ArrayList<>());
        if (text == null) {
            throw ValidationException.of("answer", "error.inspection.answerRequired");
        }
        if (text.length() > MAX_TEXT) {
            throw ValidationException.of("answer", "error.text.tooLong", String.valueOf(MAX_TEXT));
        }
        int n = jdbc.sql("""
                update inspection_recommendation set answer = ?, answered_on = ?, answered_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(text, today(), username(), recommendationId, rec[2]).update();
        if (n == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record("INSPECTION_RECOMMENDATION_ANSWERED", "INSPECTION", id, toUnit, "Trả lời kiến nghị: "
                + Inputs.abbreviate(text, 200), null);
        return inspection(id);
    }

    // ---- reading ----

    /** The inspection as the caller may see it. */
    @Transactional(readOnly = true)
    public InspectionView inspection(long id) {
        return InspectionReader.read(this, inspections.visible(id));
    }

    // ---- helpers shared with the reader and the queries ----

    JdbcClient jdbc() {
        return jdbc;
    }

    Inspections inspections() {
        return inspections;
    }

    TreeQueries tree() {
        return tree;
    }

    DocumentRegister documents() {
        return documents;
    }

    List<FollowUpLine> requirementTasks(long id) {
        return followUps.ofSource(SourceKind.INSPECTION, id);
    }

    LocalDate todayDate() {
        return today();
    }

    String unitCode(long unitId) {
        return jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single();
    }

    private Row managed(long id, Long version) {
        Row r = inspections.visible(id);
        if (!inspections.manages(r)) {
            throw new ForbiddenException("error.inspection.notManager", inspections.unitName(r.unitId(), today()));
        }
        Inspections.checkVersion(r, version);
        return r;
    }

    /** A step's name in the reader's language, as a message argument. */
    static Object label(InspectionStep step) {
        return step == null ? "—" : label(step.messageKey());
    }

    static Object label(String key) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    /** The date the step was taken, if it was. */
    private LocalDate stepDate(long id, InspectionStep step) {
        return jdbc.sql("select min(occurred_on) from inspection_step where inspection_id = ? and step = ?")
                .params(id, step.name()).query(LocalDate.class).optional().orElse(null);
    }


    private static void requirePreparing(Row r) {
        if (!r.step().preparing()) {
            throw new ConflictException("error.inspection.notPreparing", label(r.step()));
        }
    }

    private UnitRef managedUnit(String code, LocalDate on, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.field("unitCode", "error.required.named", "unitCode"));
            return null;
        }
        UnitRef unit = tree.unit(code.trim(), on, Permission.READ_UNITS);
        if (!tree.allows(unit.id(), Permission.MANAGE_INSPECTIONS)) {
            throw new ForbiddenException("error.inspection.notManager", unit.name());
        }
        if (!unit.active()) {
            problems.add(Problem.field("unitCode", "error.unit.ended", unit.code()));
            return null;
        }
        return unit;
    }

    /**
     * Checks a document a step rests on: given, visible, of the type ({@code QĐ} decision, {@code TB} notice),
     * issued by the inspection's issuing unit, not after the step's date.
     */
    private void issuedDocument(Row r, Long id, String field, String typeCode, String requiredKey, String typeKey,
            LocalDate on, List<Problem> problems) {
        if (id == null) {
            problems.add(Problem.field(field, requiredKey));
            return;
        }
        DocumentView d = document(id, field, problems);
        if (d == null) {
            return;
        }
        if (!typeCode.equals(d.typeCode())) {
            problems.add(Problem.field(field, typeKey, d.number()));
        } else if (!d.issuerUnitCode().equals(unitCode(r.unitId()))) {
            problems.add(Problem.field(field, "error.inspection.documentIssuer", d.number(),
                    inspections.unitName(r.unitId(), on)));
        } else if (d.issuedOn().isAfter(on)) {
            problems.add(Problem.field(field, "error.inspection.documentAfterStep", d.number(), on));
        }
    }

    private DocumentView document(long id, String field, List<Problem> problems) {
        try {
            return documents.document(id);
        } catch (NotFoundException e) {
            problems.add(Problem.field(field, "error.document.notFound", String.valueOf(id)));
            return null;
        }
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private long nextId() {
        return jdbc.sql("select nextval('org_seq')").query(Long.class).single();
    }

    private static String username() {
        return CurrentUser.require().getUsername();
    }

    private void step(long id, InspectionStep step, LocalDate on, String note) {
        CurrentUser user = CurrentUser.require();
        jdbc.sql("""
                insert into inspection_step (id, inspection_id, step, occurred_on, occurred_at, actor, actor_name, note)
                values (nextval('org_seq'), ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, step.name(), on, OffsetDateTime.now(clock), user.getUsername(), user.displayName(), note)
                .update();
    }
}
