package vn.chinhdon.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.TextExtraction;
import vn.chinhdon.platform.BoundSql;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.platform.WorkingDays;
import vn.chinhdon.shared.EnumValues;
import vn.chinhdon.shared.PageResult;
import vn.chinhdon.shared.VietnameseText;

/**
 * Follow-up tasks: opened by the module whose record requires them (through {@link #open}), the evidence
 * submitted by the owner unit's staff (or the member responsible), verified or sent back by the verifier
 * unit's staff — never by the person who submitted it. Every transition is dated, attributed and audited.
 *
 * <p>Who may do what: the task is visible to whoever may read the owner unit or the verifier unit (and to the
 * member responsible); opening needs {@code VERIFY_FOLLOW_UPS} over the verifier unit; submitting needs
 * {@code DELIVER_OBLIGATIONS} over the owner unit (or being the member responsible); verifying and sending
 * back need {@code VERIFY_FOLLOW_UPS} over the verifier unit.
 *
 * <p>Opening publishes {@link FollowUpOpened}, verifying {@link FollowUpVerified}, inside the same transaction (no
 * deadline changes once a task is open).
 */
@Service
public class FollowUpManagement {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_EVIDENCE = 8000;
    static final int MAX_LABEL = 300;

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final AccessControl access;
    private final MemberManagement members;
    private final UserManagement users;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FollowUpManagement(JdbcClient jdbc, TreeQueries tree, AccessControl access, MemberManagement members,
            UserManagement users, WorkingDays workingDays, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.tree = tree;
        this.access = access;
        this.members = members;
        this.users = users;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- opening (other modules) ----

    /**
     * Opens a task required by the caller as the verifier ({@code VERIFY_FOLLOW_UPS} over the verifier unit); every
     * problem of the command is reported at once.
     */
    @Transactional
    public FollowUpView open(NewFollowUp c) {
        return open(c, true);
    }

    /**
     * Opens a task that the source module's own use case has already allowed the caller to require — e.g. the remedy
     * plan a cell secretary records in a review, verified by the unit that opened the round. The owner and verifier
     * units must still be visible to the caller.
     */
    @Transactional
    public FollowUpView openAllowedBySource(NewFollowUp c) {
        return open(c, false);
    }

    private FollowUpView open(NewFollowUp c, boolean callerVerifies) {
        List<Problem> problems = new ArrayList<>();
        LocalDate opened = c.openedOn() == null ? today() : c.openedOn();
        if (opened.isAfter(today())) {
            problems.add(Problem.field("openedOn", "error.date.future", opened));
        }
        Source source = c.source();
        String label = source == null ? null : VietnameseText.clean(source.label());
        if (source == null || source.kind() == null) {
            problems.add(Problem.field("source.kind", "error.required.named", "source.kind"));
        }
        if (source == null || source.id() == null) {
            problems.add(Problem.field("source.id", "error.required.named", "source.id"));
        }
        if (label == null || label.isEmpty()) {
            problems.add(Problem.field("source.label", "error.required.named", "source.label"));
        } else if (label.length() > MAX_LABEL) {
            problems.add(Problem.field("source.label", "error.text.tooLong", String.valueOf(MAX_LABEL)));
        }
        UnitRef owner = unitField("ownerUnitCode", c.ownerUnitCode(), opened, problems);
        UnitRef verifier = callerVerifies ? unitField("verifierUnitCode", c.verifierUnitCode(), opened, problems)
                : tree.find(c.verifierUnitCode(), opened).filter(UnitRef::active).orElse(null);
        if (!callerVerifies && verifier == null) {
            problems.add(Problem.field("verifierUnitCode", "error.unit.notFound", String.valueOf(c.verifierUnitCode())));
        }
        if (callerVerifies && verifier != null && !tree.allows(verifier.id(), Permission.VERIFY_FOLLOW_UPS)) {
            throw new ForbiddenException("error.followUp.notVerifier", verifier.code());
        }
        String ownerMemberName = null;
        if (owner != null && c.ownerMemberId() != null) {
            ownerMemberName = memberOf(owner, c.ownerMemberId(), opened, problems);
        }
        String description = VietnameseText.clean(c.description());
        if (description == null || description.isEmpty()) {
            problems.add(Problem.field("description", "error.followUp.descriptionRequired"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(Problem.field("description", "error.text.tooLong", String.valueOf(MAX_DESCRIPTION)));
        }
        LocalDate deadline = c.deadline();
        if (deadline == null && c.deadlineWorkingDays() != null) {
            if (c.deadlineWorkingDays() < 1 || c.deadlineWorkingDays() > 1000) {
                problems.add(Problem.field("deadlineWorkingDays", "error.followUp.workingDays"));
            } else if (problems.stream().noneMatch(p -> "openedOn".equals(p.field()))) {
                deadline = workingDays.plusWorkingDays(opened, c.deadlineWorkingDays());
            }
        }
        if (deadline == null && problems.stream().noneMatch(p -> "deadlineWorkingDays".equals(p.field()))) {
            problems.add(Problem.field("deadline", "error.followUp.deadlineRequired"));
        } else if (deadline != null && deadline.isBefore(opened)) {
            problems.add(Problem.field("deadline", "error.followUp.deadlineBeforeOpened", opened));
        }
        int remind = c.remindDays() == null ? 5 : c.remindDays();
        if (remind < 0 || remind > 60) {
            problems.add(Problem.field("remindDays", "error.followUp.remindDays"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        CurrentUser user = CurrentUser.require();
        jdbc.sql("""
                insert into follow_up (id, source_kind, source_id, source_label, owner_unit_id, owner_member_id,
                  verifier_unit_id, description, opened_on, deadline, remind_days, state, created_at, created_by)
                values (:id, :kind, :sid, :label, :owner, :member, :verifier, :description, :opened, :deadline, :remind,
                  'OPEN', :now, :by)""")
                .param("id", id).param("kind", source.kind().name()).param("sid", source.id()).param("label", label)
                .param("owner", owner.id()).param("member", c.ownerMemberId()).param("verifier", verifier.id())
                .param("description", description).param("opened", opened).param("deadline", deadline)
                .param("remind", remind).param("now", now).param("by", user.getUsername())
                .update();
        event(id, "OPENED", FollowUpState.OPEN, opened, null);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("owner", owner.code());
        changes.put("verifier", verifier.code());
        changes.put("deadline", deadline.toString());
        changes.put("source", source.kind() + " " + source.id());
        if (ownerMemberName != null) {
            changes.put("member", ownerMemberName);
        }
        audit.record("FOLLOW_UP_OPENED", "FOLLOW_UP", id, owner.id(),
                "Giao khắc phục cho " + owner.name() + ", hạn " + deadline + ": " + label, changes);
        events.publishEvent(new FollowUpOpened(id, owner.id(), c.ownerMemberId(), source.kind().name(), source.id(),
                description, opened, deadline));
        return task(id, null);
    }

    private UnitRef unitField(String field, String code, LocalDate at, List<Problem> problems) {
        String c = code == null ? null : code.trim();
        if (c == null || c.isEmpty()) {
            problems.add(Problem.field(field, "error.required.named", field));
            return null;
        }
        UnitRef unit = tree.unit(c, at, Permission.READ_UNITS);
        if (!unit.active()) {
            problems.add(Problem.field(field, "error.unit.ended", unit.code()));
            return null;
        }
        return unit;
    }

    /** The member's name if they belong to the owner unit's subtree (their cell as of the opening date). */
    private String memberOf(UnitRef owner, long memberId, LocalDate at, List<Problem> problems) {
        try {
            var m = members.member(memberId).member();
            UnitRef cell = tree.unit(m.unitCode(), at, Permission.READ_UNITS);
            if (!owner.contains(cell)) {
                problems.add(Problem.field("ownerMemberId", "error.followUp.memberNotInUnit", m.fullName(), owner.name()));
                return null;
            }
            return m.fullName();
        } catch (NotFoundException e) {
            problems.add(Problem.field("ownerMemberId", "error.followUp.memberNotFound", String.valueOf(memberId)));
            return null;
        }
    }

    // ---- the owner: evidence and submission ----

    /** Attaches a file of evidence to the submission being prepared (open or sent back). */
    @Transactional
    public FollowUpView attach(long id, String filename, String contentType, byte[] bytes) {
        Row r = visibleRow(id);
        requireOwnerSide(r);
        if (!r.state().awaitsOwner()) {
            throw new ConflictException("error.followUp.notAwaitingEvidence");
        }
        String name = VietnameseText.clean(filename);
        if (name == null || name.isEmpty() || bytes == null || bytes.length == 0) {
            throw ValidationException.of("file", "error.attachment.empty");
        }
        if (bytes.length > TextExtraction.MAX_BYTES) {
            throw ValidationException.of("file", "error.attachment.tooLarge", TextExtraction.MAX_BYTES / 1024 / 1024);
        }
        if (name.length() > MAX_LABEL) {
            name = name.substring(name.length() - MAX_LABEL);
        }
        String type = contentType == null || contentType.isBlank() || contentType.length() > 100
                ? "application/octet-stream" : contentType;
        jdbc.sql("""
                insert into follow_up_file (id, follow_up_id, round, filename, content_type, size_bytes, content, created_at,
                  created_by) values (nextval('org_seq'), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, r.round(), name, type, bytes.length, bytes, OffsetDateTime.now(clock),
                        CurrentUser.require().getUsername())
                .update();
        bump(r);
        audit.record("FOLLOW_UP_FILE_ATTACHED", "FOLLOW_UP", id, r.ownerUnitId(),
                "Đính kèm minh chứng " + name + " (" + bytes.length + " byte)", null);
        return task(id, null);
    }

    /**
     * Submits the evidence (its text; files attached before): OPEN or SENT_BACK → SUBMITTED. Text or at least
     * one file of this submission is required.
     */
    @Transactional
    public FollowUpView submit(long id, String evidence, Long version) {
        Row r = visibleRow(id);
        requireOwnerSide(r);
        checkVersion(r, version);
        if (!r.state().awaitsOwner()) {
            throw new ConflictException("error.followUp.transition", r.state().name(), FollowUpState.SUBMITTED.name());
        }
        String text = VietnameseText.clean(evidence);
        boolean files = jdbc.sql("select count(*) from follow_up_file where follow_up_id = ? and round = ?")
                .params(id, r.round()).query(Long.class).single() > 0;
        if ((text == null || text.isEmpty()) && !files) {
            throw ValidationException.of("evidence", "error.followUp.evidenceRequired");
        }
        if (text != null && text.length() > MAX_EVIDENCE) {
            throw ValidationException.of("evidence", "error.text.tooLong", String.valueOf(MAX_EVIDENCE));
        }
        String by = CurrentUser.require().getUsername();
        update(r, "update follow_up set state = 'SUBMITTED', evidence_text = :text, submitted_by = :by, "
                + "version = version + 1 where id = :id and version = :v", Map.of("text", text == null ? "" : text, "by", by));
        event(id, "SUBMITTED", FollowUpState.SUBMITTED, today(), text);
        audit.record("FOLLOW_UP_SUBMITTED", "FOLLOW_UP", id, r.ownerUnitId(),
                "Nộp minh chứng khắc phục (lần " + r.round() + ")", Map.of("state", "SUBMITTED"));
        return task(id, null);
    }

    // ---- the verifier ----

    /** SUBMITTED → VERIFIED, by the verifier unit's staff; never by the person who submitted. */
    @Transactional
    public FollowUpView verify(long id, String remark, Long version) {
        Row r = verifiable(id, version, FollowUpState.VERIFIED);
        String note = VietnameseText.clean(remark);
        if (note != null && note.length() > MAX_EVIDENCE) {
            throw ValidationException.of("remark", "error.text.tooLong", String.valueOf(MAX_EVIDENCE));
        }
        update(r, "update follow_up set state = 'VERIFIED', version = version + 1 where id = :id and version = :v", Map.of());
        LocalDate on = today();
        event(id, "VERIFIED", FollowUpState.VERIFIED, on, note == null || note.isEmpty() ? null : note);
        audit.record("FOLLOW_UP_VERIFIED", "FOLLOW_UP", id, r.ownerUnitId(), "Xác nhận đã khắc phục",
                Map.of("state", "VERIFIED"));
        events.publishEvent(new FollowUpVerified(id, on));
        return task(id, null);
    }

    /** SUBMITTED → SENT_BACK with the reason (required); the owner prepares a new submission. */
    @Transactional
    public FollowUpView sendBack(long id, String reason, Long version) {
        Row r = verifiable(id, version, FollowUpState.SENT_BACK);
        String text = VietnameseText.clean(reason);
        if (text == null || text.isEmpty()) {
            throw ValidationException.of("reason", "error.followUp.reasonRequired");
        }
        if (text.length() > MAX_EVIDENCE) {
            throw ValidationException.of("reason", "error.text.tooLong", String.valueOf(MAX_EVIDENCE));
        }
        update(r, "update follow_up set state = 'SENT_BACK', round = round + 1, version = version + 1 "
                + "where id = :id and version = :v", Map.of());
        event(id, "SENT_BACK", FollowUpState.SENT_BACK, today(), text);
        audit.record("FOLLOW_UP_SENT_BACK", "FOLLOW_UP", id, r.ownerUnitId(), "Trả lại: " + text,
                Map.of("state", "SENT_BACK"));
        return task(id, null);
    }

    private Row verifiable(long id, Long version, FollowUpState to) {
        Row r = visibleRow(id);
        if (!tree.allows(r.verifierUnitId(), Permission.VERIFY_FOLLOW_UPS)) {
            throw new ForbiddenException("error.followUp.notVerifier", unitCode(r.verifierUnitId()));
        }
        checkVersion(r, version);
        if (r.state() != FollowUpState.SUBMITTED) {
            throw new ConflictException("error.followUp.transition", r.state().name(), to.name());
        }
        if (CurrentUser.require().getUsername().equals(r.submittedBy())) {
            throw new ForbiddenException("error.followUp.ownSubmission");
        }
        return r;
    }

    // ---- reads ----

    /** A task with its evidence and history; {@code at}: the date lateness is judged on (default today). */
    @Transactional(readOnly = true)
    public FollowUpView task(long id, LocalDate at) {
        Row r = visibleRow(id);
        LocalDate on = at == null ? today() : at;
        UnitRef owner = tree.unit(r.ownerUnitId(), on).orElseThrow();
        UnitRef verifier = tree.unit(r.verifierUnitId(), on).orElseThrow();
        String memberName = r.ownerMemberId() == null ? null
                : jdbc.sql("select full_name from member where id = ?").param(r.ownerMemberId()).query(String.class)
                        .optional().orElse(null);
        List<FollowUpView.EvidenceFile> files = jdbc.sql("""
                select id, round, filename, content_type, size_bytes, created_at, created_by from follow_up_file
                where follow_up_id = ? order by round, id""")
                .param(id)
                .query((rs, i) -> new FollowUpView.EvidenceFile(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list();
        List<FollowUpView.Event> history = jdbc.sql("""
                select action, state, occurred_on, occurred_at, actor, actor_name, note from follow_up_event
                where follow_up_id = ? order by occurred_on, id""")
                .param(id)
                .query((rs, i) -> new FollowUpView.Event(rs.getString(1), FollowUpState.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                        rs.getString(6), rs.getString(7)))
                .list();
        FollowUpState stateOn = history.stream().filter(e -> !e.occurredOn().isAfter(on)).reduce((a, b) -> b)
                .map(FollowUpView.Event::state).orElse(null);
        boolean late = stateOn != null && stateOn != FollowUpState.VERIFIED && r.deadline().isBefore(on);
        String me = CurrentUser.require().getUsername();
        boolean canSubmit = r.state().awaitsOwner() && ownerSide(r);
        boolean canVerify = r.state() == FollowUpState.SUBMITTED && !me.equals(r.submittedBy())
                && tree.allows(r.verifierUnitId(), Permission.VERIFY_FOLLOW_UPS);
        return new FollowUpView(r.id(), new Source(r.sourceKind(), r.sourceId(), r.sourceLabel()), owner.code(),
                owner.name(), r.ownerMemberId(), memberName, verifier.code(), verifier.name(), r.description(),
                r.openedOn(), r.deadline(), r.remindDays(), r.state(), late, on, r.evidenceText(), r.submittedBy(),
                r.round(), files, history, canSubmit, canVerify, r.version());
    }

    /** A file of evidence: name, type, bytes. */
    public record FileContent(String filename, String contentType, byte[] content) {
    }

    @Transactional(readOnly = true)
    public FileContent file(long id, long fileId) {
        visibleRow(id);
        return jdbc.sql("select filename, content_type, content from follow_up_file where id = ? and follow_up_id = ?")
                .params(fileId, id)
                .query((rs, i) -> new FileContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("error.followUp.fileNotFound", fileId));
    }

    /** The filters of the list: not verified (default), one state, late, or all. */
    public enum Filter {
        ACTIVE, OPEN, SUBMITTED, SENT_BACK, VERIFIED, LATE, ALL
    }

    /**
     * The tasks owned in the unit's subtree (and its predecessors' subtrees) as they stood on {@code at}
     * (default today), sorted by deadline; {@code state}: a {@link Filter} (default ACTIVE: not verified),
     * {@code sourceKind}: one kind of source.
     */
    @Transactional(readOnly = true)
    public PageResult<FollowUpLine> list(String unitCode, String state, String sourceKind, LocalDate at, Integer page,
            Integer size) {
        LocalDate on = at == null ? today() : at;
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), on, Permission.READ_UNITS);
        Filter filter = state == null || state.isBlank() ? Filter.ACTIVE : EnumValues.parse(Filter.class, state);
        List<Problem> problems = new ArrayList<>();
        if (filter == null) {
            problems.add(Problem.field("state", "error.followUp.filter", state));
        }
        SourceKind kind = sourceKind == null || sourceKind.isBlank() ? null : EnumValues.parse(SourceKind.class, sourceKind);
        if (kind == null && sourceKind != null && !sourceKind.isBlank()) {
            problems.add(Problem.field("sourceKind", "error.followUp.sourceKind", sourceKind));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int sz = PageResult.clampSize(size);
        int pg = PageResult.clampPage(page);
        BoundSql q = scoped(unit, on);
        String where = " where true" + switch (filter) {
            case ACTIVE -> " and t.state_at <> 'VERIFIED'";
            case ALL -> "";
            case LATE -> " and t.state_at <> 'VERIFIED' and t.deadline < :at";
            default -> " and t.state_at = '" + filter.name() + "'";
        } + (kind == null ? "" : " and t.source_kind = '" + kind.name() + "'");
        long total = q.bind(jdbc.sql(q.sql() + "select count(*) from t" + where)).query(Long.class).single();
        List<FollowUpLine> items = q.bind(jdbc.sql(q.sql() + """
                select t.id, t.source_kind, t.source_id, t.source_label, ou.code, %s, vu.code, %s, t.description,
                  t.opened_on, t.deadline, t.state_at
                from t join org_unit ou on ou.id = t.owner_unit_id join org_unit vu on vu.id = t.verifier_unit_id
                """.formatted(latestName("t.owner_unit_id"), latestName("t.verifier_unit_id")) + where
                + " order by t.deadline, t.id limit :limit offset :offset"))
                .param("limit", sz).param("offset", (long) pg * sz)
                .query((rs, i) -> {
                    FollowUpState s = FollowUpState.valueOf(rs.getString(12));
                    LocalDate deadline = rs.getObject(11, LocalDate.class);
                    boolean late = s != FollowUpState.VERIFIED && deadline.isBefore(on);
                    return new FollowUpLine(rs.getLong(1), SourceKind.valueOf(rs.getString(2)), rs.getLong(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getObject(10, LocalDate.class), deadline, s, late,
                            late ? (int) (on.toEpochDay() - deadline.toEpochDay()) : 0);
                })
                .list();
        return new PageResult<>(items, pg, sz, total);
    }

    /** The counts of the unit's subtree on a date. */
    @Transactional(readOnly = true)
    public FollowUpCounts counts(String unitCode, LocalDate at) {
        return counts(unitCode, at, null);
    }

    /** The counts of the unit's subtree on a date, of one kind of source (all when null). */
    @Transactional(readOnly = true)
    public FollowUpCounts counts(String unitCode, LocalDate at, SourceKind kind) {
        LocalDate on = at == null ? today() : at;
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), on, Permission.READ_UNITS);
        BoundSql q = scoped(unit, on);
        return q.bind(jdbc.sql(q.sql() + """
                select count(*),
                  count(*) filter (where t.state_at in ('OPEN', 'SENT_BACK')),
                  count(*) filter (where t.state_at = 'SENT_BACK'),
                  count(*) filter (where t.state_at = 'SUBMITTED'),
                  count(*) filter (where t.state_at = 'VERIFIED'),
                  count(*) filter (where t.state_at <> 'VERIFIED' and t.deadline < :at)
                from t""" + (kind == null ? "" : " where t.source_kind = '" + kind.name() + "'")))
                .query((rs, i) -> {
                    long total = rs.getLong(1);
                    long verified = rs.getLong(5);
                    double percent = total == 0 ? 0 : Math.round(verified * 1000.0 / total) / 10.0;
                    return new FollowUpCounts(unit.code(), unit.name(), on, total, rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), verified, rs.getLong(6), percent);
                })
                .single();
    }

    /**
     * How many tasks of these source records are not verified (the source module has checked that the caller may see
     * the records).
     */
    @Transactional(readOnly = true)
    public long countNotVerified(SourceKind kind, java.util.Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from follow_up where source_kind = ? and source_id = any(?) and state <> 'VERIFIED'")
                .params(kind.name(), sourceIds.toArray(Long[]::new)).query(Long.class).single();
    }

    /** The tasks of one source record (e.g. the requirements of one conclusion) the caller may see. */
    @Transactional(readOnly = true)
    public List<FollowUpLine> ofSource(SourceKind kind, long sourceId) {
        LocalDate on = today();
        List<Long> ids = jdbc.sql("select id from follow_up where source_kind = ? and source_id = ? order by deadline, id")
                .params(kind.name(), sourceId).query(Long.class).list();
        List<FollowUpLine> out = new ArrayList<>();
        for (Long id : ids) {
            Optional<Row> r = row(id).filter(this::visible);
            r.ifPresent(row -> {
                FollowUpView v = task(row.id(), on);
                out.add(new FollowUpLine(v.id(), kind, sourceId, v.source().label(), v.ownerCode(), v.ownerName(),
                        v.verifierCode(), v.verifierName(), v.description(), v.openedOn(), v.deadline(), v.state(), v.late(),
                        v.late() ? (int) (on.toEpochDay() - v.deadline().toEpochDay()) : 0));
            });
        }
        return out;
    }

    private static String latestName(String unitIdColumn) {
        return vn.chinhdon.organization.TreeQueries.latestNameSql(unitIdColumn);
    }

    /**
     * The CTE {@code t}: the tasks opened by {@code :at} whose owner unit lay (at any time) in the subtree of the
     * unit or of one of its predecessors, that the caller may see, with their state on that date.
     */
    private BoundSql scoped(UnitRef unit, LocalDate at) {
        AccessControl.PathFilter owner = access.coverage(Permission.READ_UNITS, "so.path");
        AccessControl.PathFilter verifier = access.coverage(Permission.READ_UNITS, "sv.path");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", unit.id());
        params.put("at", at);
        String sql = """
                with recursive scope(id) as (
                  select cast(:unit as bigint)
                  union select l.predecessor_id from org_unit_lineage l join scope s on l.successor_id = s.id),
                t as (
                  select f.*, (select e.state from follow_up_event e where e.follow_up_id = f.id and e.occurred_on <= :at
                                order by e.occurred_on desc, e.id desc limit 1) as state_at
                  from follow_up f
                  where f.opened_on <= :at
                    and exists (select 1 from org_unit_state s join scope x on s.path like '%%/' || x.id || '/%%'
                                where s.unit_id = f.owner_unit_id)
                    and (exists (select 1 from org_unit_state so where so.unit_id = f.owner_unit_id and %s)
                      or exists (select 1 from org_unit_state sv where sv.unit_id = f.verifier_unit_id and %s)))
                """.formatted(owner.named("fo", params), verifier.named("fv", params));
        return new BoundSql(sql, params);
    }


    // ---- rows, rules, writes ----

    record Row(long id, SourceKind sourceKind, long sourceId, String sourceLabel, long ownerUnitId, Long ownerMemberId,
            long verifierUnitId, String description, LocalDate openedOn, LocalDate deadline, int remindDays,
            FollowUpState state, String evidenceText, String submittedBy, int round, long version) {
    }

    private Optional<Row> row(long id) {
        return jdbc.sql("""
                select id, source_kind, source_id, source_label, owner_unit_id, owner_member_id, verifier_unit_id,
                  description, opened_on, deadline, remind_days, state, evidence_text, submitted_by, round, version
                from follow_up where id = ?""")
                .param(id)
                .query((rs, i) -> new Row(rs.getLong(1), SourceKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), (Long) rs.getObject(6), rs.getLong(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getInt(11), FollowUpState.valueOf(rs.getString(12)),
                        rs.getString(13), rs.getString(14), rs.getInt(15), rs.getLong(16)))
                .optional();
    }

    /** The task if the caller may see it; otherwise "not found" (its existence is not revealed). */
    private Row visibleRow(long id) {
        return row(id).filter(this::visible).orElseThrow(() -> new NotFoundException("error.followUp.notFound", id));
    }

    private boolean visible(Row r) {
        return tree.allows(r.ownerUnitId(), Permission.READ_UNITS) || tree.allows(r.verifierUnitId(), Permission.READ_UNITS)
                || isResponsibleMember(r);
    }

    private boolean ownerSide(Row r) {
        return tree.allows(r.ownerUnitId(), Permission.DELIVER_OBLIGATIONS) || isResponsibleMember(r);
    }

    private void requireOwnerSide(Row r) {
        if (!ownerSide(r)) {
            throw new ForbiddenException("error.followUp.notOwner", unitCode(r.ownerUnitId()));
        }
    }

    /** Whether the caller's account is the member responsible for the task. */
    private boolean isResponsibleMember(Row r) {
        CurrentUser me = CurrentUser.require();
        if (r.ownerMemberId() == null || me.isSystem()) {
            return false;
        }
        return r.ownerMemberId().equals(users.find(me.userId()).memberId());
    }

    private String unitCode(long unitId) {
        return tree.unit(unitId, today()).map(UnitRef::code).orElse(String.valueOf(unitId));
    }

    private static void checkVersion(Row r, Long version) {
        if (version != null && version != r.version()) {
            throw new ConflictException("error.stale");
        }
    }

    private void update(Row r, String sql, Map<String, Object> params) {
        var spec = jdbc.sql(sql).param("id", r.id()).param("v", r.version());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        if (spec.update() == 0) {
            throw new ConflictException("error.stale");
        }
    }

    private void bump(Row r) {
        update(r, "update follow_up set version = version + 1 where id = :id and version = :v", Map.of());
    }

    private void event(long id, String action, FollowUpState state, LocalDate on, String note) {
        CurrentUser user = CurrentUser.require();
        jdbc.sql("""
                insert into follow_up_event (id, follow_up_id, action, state, occurred_on, occurred_at, actor, actor_name, note)
                values (nextval('org_seq'), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, action, state.name(), on, OffsetDateTime.now(clock), user.getUsername(), user.displayName(), note)
                .update();
    }
}
