package vn.chinhdon.conduct;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberStatus;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException.Problem;

/**
 * Party discipline decisions (Quy định 69-QĐ/TW) about a member or a party organization, complaints against them and
 * their resolution, and when each stops being in force ({@link DisciplineLapse}, recomputed for the subject's every
 * decision whenever one of them changes). Recording needs {@code MANAGE_DISCIPLINE} over the deciding unit, which is
 * the subject's unit or one above it; so do the complaint and its resolution. Reading needs {@code READ_MEMBERS} over
 * the subject's unit — for a member, reading the member (the member himself sees his own). Anything else is "not
 * found"; a forbidden action is "forbidden". Each change is audited and published as {@link DisciplineRecorded} in
 * the same transaction.
 */
@Service
public class DisciplineManagement {

    static final int MAX_VIOLATION = 4000;
    static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final MemberManagement members;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisciplineManagement(JdbcClient jdbc, ConductAccess access, MemberManagement members, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.members = members;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records a decision, every problem at once: the subject readable (else "not found"); the deciding unit readable
     * with {@code MANAGE_DISCIPLINE} over it (else "forbidden") and at or above the subject's unit on the decision
     * date; the form allowed for the subject (a probationary member: khiển trách, cảnh cáo; cách chức with the post
     * held); the texts; decided not in the future, announced not before.
     */
    @Transactional
    public DisciplineView record(NewDiscipline c) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = today();
        LocalDate decided = c.decidedOn();
        if (decided == null) {
            problems.add(Problem.field("decidedOn", "error.required.named", "decidedOn"));
            decided = today;
        } else if (decided.isAfter(today)) {
            problems.add(Problem.field("decidedOn", "error.date.future", decided));
            decided = today;
        }
        LocalDate announced = c.announcedOn() == null ? decided : c.announcedOn();
        if (c.announcedOn() != null && c.announcedOn().isAfter(today)) {
            problems.add(Problem.field("announcedOn", "error.date.future", c.announcedOn()));
        } else if (c.announcedOn() != null && c.decidedOn() != null && c.announcedOn().isBefore(c.decidedOn())) {
            problems.add(Problem.field("announcedOn", "error.discipline.announcedBeforeDecided", c.decidedOn()));
        }

        // the subject: a member (their unit on the decision date) or an organization
        boolean ofMember = c.memberId() != null;
        String unitCode = c.unitCode() == null || c.unitCode().isBlank() ? null : c.unitCode().trim();
        String memberName = null;
        boolean probationary = false;
        UnitRef unit = null;
        if (ofMember) {
            // the member's unit on the decision date; the caller reads its members then, or reads the member now
            Optional<Long> unitId = access.memberExists(c.memberId()) ? access.unitOfMember(c.memberId(), decided)
                    : Optional.empty();
            if (unitId.isEmpty() || !access.allows(unitId.get(), Permission.READ_MEMBERS)) {
                try {
                    members.member(c.memberId());
                } catch (ForbiddenException e) {
                    throw new NotFoundException("error.member.notFound", c.memberId());
                }
            }
            memberName = access.memberName(c.memberId());
            probationary = MemberStatus.PROBATIONARY.name().equals(access.memberStatus(c.memberId()));
            if (unitId.isEmpty()) {
                problems.add(Problem.field("memberId", "error.discipline.memberWithoutUnit", memberName, decided));
            } else {
                unit = access.tree().unit(unitId.get(), decided).orElse(null);
                if (unit != null && unitCode != null && !unit.code().equalsIgnoreCase(unitCode)) {
                    problems.add(Problem.field("unitCode", "error.discipline.notMembersUnit", memberName, unit.name(),
                            decided));
                }
            }
        } else if (unitCode == null) {
            problems.add(Problem.field("unitCode", "error.discipline.subjectRequired"));
        } else {
            unit = access.tree().unit(unitCode, decided, Permission.READ_MEMBERS);
        }

        // the deciding unit
        UnitRef deciding = null;
        if (c.decidingUnitCode() == null || c.decidingUnitCode().isBlank()) {
            problems.add(Problem.field("decidingUnitCode", "error.required.named", "decidingUnitCode"));
        } else {
            deciding = access.readable(c.decidingUnitCode(), decided);
            if (!access.allows(deciding.id(), Permission.MANAGE_DISCIPLINE)) {
                throw new ForbiddenException("error.discipline.notManager", deciding.name());
            }
            if (!deciding.active()) {
                problems.add(Problem.field("decidingUnitCode", "error.discipline.decidingEnded", deciding.name(),
                        decided));
            } else if (unit != null && !deciding.contains(unit)) {
                problems.add(Problem.field("decidingUnitCode", "error.discipline.decidingNotAbove", deciding.name(),
                        unit.name(), decided));
            }
        }

        // the form
        DisciplineForm form = c.form() == null || c.form().isBlank() ? null
                : Inputs.choice(DisciplineForm.class, c.form(), "form", "error.discipline.form", problems);
        if (c.form() == null || c.form().isBlank()) {
            problems.add(Problem.field("form", "error.required.named", "form"));
        }
        if (form != null) {
            formProblem(form, ofMember, probationary, memberName, "form", problems);
        }
        String post = Inputs.text(c.post(), "post", 300, ofMember && form == DisciplineForm.DISMISSAL, problems);
        if (post != null && !ofMember) {
            problems.add(Problem.field("post", "error.discipline.postOfOrganization"));
        }
        String body = Inputs.text(c.decidingBody(), "decidingBody", 300, true, problems);
        String number = Inputs.text(c.decisionNumber(), "decisionNumber", 60, true, problems);
        String violation = Inputs.text(c.violation(), "violation", MAX_VIOLATION, true, problems);
        if (number != null && deciding != null && unit != null && jdbc.sql("""
                select count(*) from discipline where deciding_unit_id = ? and decision_number = ? and unit_id = ?
                  and coalesce(member_id, 0) = coalesce(cast(? as bigint), 0)""")
                .params(deciding.id(), number, unit.id(), c.memberId()).query(Long.class).single() > 0) {
            problems.add(Problem.field("decisionNumber", "error.discipline.exists", number));
        }
        Inputs.refuseIfAny(problems);

        long id = access.nextId();
        CurrentUser me = CurrentUser.require();
        boolean remedied = Boolean.TRUE.equals(c.selfDetectedRemedied());
        jdbc.sql("""
                insert into discipline (id, member_id, unit_id, form, original_form, post, deciding_unit_id, deciding_body,
                  decision_number, decided_on, announced_on, violation, self_remedied, lapse, created_at, created_by,
                  created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEVER', ?, ?, ?)""")
                .params(id, c.memberId(), unit.id(), form.name(), form.name(), post, deciding.id(), body, number, decided,
                        announced, violation, remedied, OffsetDateTime.now(clock), me.getUsername(), me.displayName())
                .update();
        List<Long> changed = refresh(c.memberId(), unit.id());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("form", form.name());
        changes.put("decidedOn", decided.toString());
        changes.put("decidingUnit", deciding.code());
        changes.put("selfDetectedRemedied", remedied);
        if (post != null) {
            changes.put("post", post);
        }
        audit.record("DISCIPLINE_RECORDED", "DISCIPLINE", id, unit.id(), "Kỷ luật " + form.label().toLowerCase()
                + " " + (ofMember ? "đảng viên " + memberName + " (" + unit.name() + ")" : unit.name()) + " — "
                + number + ", " + body, changes);
        publish(id);
        changed.stream().filter(x -> x != id).forEach(this::publish);
        return discipline(id);
    }

    /** Whether the form suits the subject: a member's, a probationary member's, an organization's. */
    private static void formProblem(DisciplineForm form, boolean ofMember, boolean probationary, String name,
            String field, List<Problem> problems) {
        if (!ofMember && !form.forOrganization()) {
            problems.add(Problem.field(field, "error.discipline.formNotForOrganization", form.label()));
        } else if (ofMember && !form.forMember()) {
            problems.add(Problem.field(field, "error.discipline.formNotForMember", form.label()));
        } else if (ofMember && probationary && !form.forProbationaryMember()) {
            problems.add(Problem.field(field, "error.discipline.formNotForProbationary", form.label(), name));
        }
    }

    /**
     * Records a complaint against the decision ({@code MANAGE_DISCIPLINE} over its deciding unit), made on
     * {@code complainedOn} (default today; not before the announcement, not in the future): the 12 months before it
     * lapses will count from the resolution. One complaint per decision.
     */
    @Transactional
    public DisciplineView complain(long id, LocalDate complainedOn, Long version) {
        Row r = managed(id, version);
        if (r.complainedOn() != null) {
            throw new ConflictException("error.discipline.complained", r.complainedOn());
        }
        LocalDate on = complainedOn == null ? today() : complainedOn;
        List<Problem> problems = new ArrayList<>();
        if (on.isAfter(today())) {
            problems.add(Problem.field("complainedOn", "error.date.future", on));
        } else if (on.isBefore(r.announcedOn())) {
            problems.add(Problem.field("complainedOn", "error.discipline.complaintBeforeAnnounced", r.announcedOn()));
        }
        Inputs.refuseIfAny(problems);
        update(jdbc.sql("update discipline set complained_on = ?, version = version + 1 where id = ? and version = ?")
                .params(on, id, r.version()).update());
        List<Long> changed = refresh(r.memberId(), r.unitId());
        audit.record("DISCIPLINE_COMPLAINED", "DISCIPLINE", id, r.unitId(), "Khiếu nại quyết định kỷ luật "
                + r.form().label().toLowerCase() + " " + r.decisionNumber() + " ngày " + on,
                Map.of("complainedOn", on.toString()));
        changed.forEach(this::publish);
        return discipline(id);
    }

    /** The resolution of a complaint, as typed: the outcome, the new form when changed, the decision's number, a note. */
    public record Resolution(LocalDate resolvedOn, String outcome, String newForm, String resolutionNumber,
            String note) {
    }

    /**
     * Records the resolution of the complaint ({@code MANAGE_DISCIPLINE} over the deciding unit), every problem at
     * once: the outcome (UPHELD, CHANGED with the new form allowed for the subject, ANNULLED: the effect ends that
     * day), the date (default today; not before the complaint, not in the future). Once per complaint.
     */
    @Transactional
    public DisciplineView resolve(long id, Resolution c, Long version) {
        Row r = managed(id, version);
        if (r.complainedOn() == null) {
            throw new ConflictException("error.discipline.noComplaint");
        }
        if (r.resolvedOn() != null) {
            throw new ConflictException("error.discipline.resolved", r.resolvedOn());
        }
        List<Problem> problems = new ArrayList<>();
        ComplaintOutcome outcome = c.outcome() == null || c.outcome().isBlank() ? null
                : Inputs.choice(ComplaintOutcome.class, c.outcome(), "outcome", "error.discipline.outcome", problems);
        if (c.outcome() == null || c.outcome().isBlank()) {
            problems.add(Problem.field("outcome", "error.required.named", "outcome"));
        }
        LocalDate on = c.resolvedOn() == null ? today() : c.resolvedOn();
        if (on.isAfter(today())) {
            problems.add(Problem.field("resolvedOn", "error.date.future", on));
        } else if (on.isBefore(r.complainedOn())) {
            problems.add(Problem.field("resolvedOn", "error.discipline.resolvedBeforeComplaint", r.complainedOn()));
        }
        DisciplineForm newForm = null;
        boolean typed = c.newForm() != null && !c.newForm().isBlank();
        if (outcome == ComplaintOutcome.CHANGED) {
            if (!typed) {
                problems.add(Problem.field("newForm", "error.discipline.newFormRequired"));
            } else {
                newForm = Inputs.choice(DisciplineForm.class, c.newForm(), "newForm", "error.discipline.form", problems);
                if (newForm != null) {
                    formProblem(newForm, r.memberId() != null, r.memberId() != null
                            && MemberStatus.PROBATIONARY.name().equals(access.memberStatus(r.memberId())),
                            r.memberName(), "newForm", problems);
                    if (newForm == r.form()) {
                        problems.add(Problem.field("newForm", "error.discipline.sameForm", newForm.label()));
                    } else if (newForm == DisciplineForm.DISMISSAL && r.post() == null) {
                        problems.add(Problem.field("newForm", "error.discipline.dismissalWithoutPost"));
                    }
                }
            }
        } else if (typed && outcome != null) {
            problems.add(Problem.field("newForm", "error.discipline.newFormOnlyChanged"));
        }
        String number = Inputs.text(c.resolutionNumber(), "resolutionNumber", 60, false, problems);
        String note = Inputs.text(c.note(), "note", MAX_NOTE, false, problems);
        Inputs.refuseIfAny(problems);
        DisciplineForm form = newForm == null ? r.form() : newForm;
        update(jdbc.sql("""
                update discipline set resolved_on = ?, resolution = ?, resolution_number = ?, resolution_note = ?, form = ?,
                  version = version + 1 where id = ? and version = ?""")
                .params(on, outcome.name(), number, note, form.name(), id, r.version()).update());
        List<Long> changed = new ArrayList<>(refresh(r.memberId(), r.unitId()));
        if (newForm != null && !changed.contains(id)) {
            changed.add(id);
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("outcome", outcome.name());
        changes.put("resolvedOn", on.toString());
        if (newForm != null) {
            changes.put("form", Map.of("from", r.form().name(), "to", newForm.name()));
        }
        audit.record("DISCIPLINE_COMPLAINT_RESOLVED", "DISCIPLINE", id, r.unitId(), "Giải quyết khiếu nại quyết định kỷ "
                + "luật " + r.decisionNumber() + ": " + switch (outcome) {
                    case UPHELD -> "giữ nguyên";
                    case CHANGED -> "thay đổi thành " + form.label().toLowerCase();
                    case ANNULLED -> "hủy bỏ";
                }, changes);
        changed.forEach(this::publish);
        return discipline(id);
    }

    private static void update(int rows) {
        if (rows == 0) {
            throw new ConflictException("error.stale");
        }
    }

    /** A decision, if the caller may read its subject. */
    @Transactional(readOnly = true)
    public DisciplineView discipline(long id) {
        return view(visible(id));
    }

    /**
     * A member's decisions, the latest first: for whoever reads the member (the member himself included); "not found"
     * otherwise. The evaluation module reads them for the member's planning eligibility.
     */
    @Transactional(readOnly = true)
    public List<DisciplineView> ofMember(long memberId) {
        if (!Objects.equals(access.callerMemberId(), memberId) && !readsMember(memberId)) {
            throw new NotFoundException("error.member.notFound", memberId);
        }
        return jdbc.sql(SELECT + " where d.member_id = ? order by d.decided_on desc, d.id desc").param(memberId)
                .query(DisciplineManagement::row).list().stream().map(this::view).toList();
    }

    /**
     * A unit's own decisions — about the organization itself and about the members who belonged to it on the decision
     * date — the latest first ({@code READ_MEMBERS} over it).
     */
    @Transactional(readOnly = true)
    public List<DisciplineView> ofUnit(String unitCode) {
        UnitRef unit = access.tree().unit(unitCode == null ? null : unitCode.trim(), today(), Permission.READ_MEMBERS);
        return jdbc.sql(SELECT + " where d.unit_id = ? order by d.decided_on desc, d.id desc").param(unit.id())
                .query(DisciplineManagement::row).list().stream().map(this::view).toList();
    }

    /** The decisions of the ids, in the order given, without a grants check (the caller's queries have scoped them). */
    List<DisciplineView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DisciplineView> byId = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where d.id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(DisciplineManagement::row).list().forEach(r -> byId.put(r.id(), view(r)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    // ---- the lapse and the event ----

    /**
     * Recomputes the end of every decision of the subject (a member, or an organization) with {@link DisciplineLapse}
     * and stores those that changed; returns their ids.
     */
    private List<Long> refresh(Long memberId, long unitId) {
        List<Row> rows = jdbc.sql(SELECT + (memberId != null ? " where d.member_id = :m"
                : " where d.member_id is null and d.unit_id = :u") + " order by d.decided_on, d.id")
                .param("m", memberId == null ? 0L : memberId).param("u", unitId)
                .query(DisciplineManagement::row).list();
        List<Long> changed = new ArrayList<>();
        for (Row r : rows) {
            List<LocalDate> later = rows.stream()
                    .filter(o -> o.id() != r.id() && o.resolution() != ComplaintOutcome.ANNULLED)
                    .filter(o -> o.decidedOn().isAfter(r.decidedOn())
                            || (o.decidedOn().equals(r.decidedOn()) && o.id() > r.id()))
                    .map(Row::decidedOn).toList();
            DisciplineLapse.Lapse l = DisciplineLapse.of(r.form(), r.announcedOn(), r.complainedOn(), r.resolvedOn(),
                    r.resolution(), later);
            if (l.kind() != r.lapse() || !Objects.equals(l.endsOn(), r.endsOn())) {
                jdbc.sql("update discipline set lapse = ?, ends_on = ? where id = ?")
                        .params(l.kind().name(), l.endsOn(), r.id()).update();
                changed.add(r.id());
            }
        }
        return changed;
    }

    private void publish(long id) {
        Row r = jdbc.sql(SELECT + " where d.id = ?").param(id).query(DisciplineManagement::row).single();
        events.publishEvent(new DisciplineRecorded(r.id(), r.memberId(), r.unitId(), r.form().name(), r.decidedOn(),
                r.endsOn(), r.selfRemedied(), r.form().label() + " — " + r.decisionNumber(),
                r.resolution() == ComplaintOutcome.ANNULLED));
    }

    // ---- rows ----

    record Row(long id, Long memberId, String memberName, long unitId, String unitCode, String unitName,
            DisciplineForm form, DisciplineForm originalForm, String post, long decidingUnitId, String decidingUnitCode,
            String decidingUnitName, String decidingBody, String decisionNumber, LocalDate decidedOn,
            LocalDate announcedOn, String violation, boolean selfRemedied, LocalDate complainedOn, LocalDate resolvedOn,
            ComplaintOutcome resolution, String resolutionNumber, String resolutionNote, LocalDate endsOn,
            DisciplineLapse.Kind lapse, String recordedByName, long version) {
    }

    static final String SELECT = """
            select d.id, d.member_id, m.full_name, d.unit_id, u.code, %s, d.form, d.original_form, d.post,
              d.deciding_unit_id, du.code, %s, d.deciding_body, d.decision_number, d.decided_on, d.announced_on,
              d.violation, d.self_remedied, d.complained_on, d.resolved_on, d.resolution, d.resolution_number,
              d.resolution_note, d.ends_on, d.lapse, d.created_by_name, d.version
            from discipline d join org_unit u on u.id = d.unit_id join org_unit du on du.id = d.deciding_unit_id
            left join member m on m.id = d.member_id"""
            .formatted(ConductAccess.nameOn("d.unit_id", "d.decided_on"),
                    ConductAccess.nameOn("d.deciding_unit_id", "d.decided_on"));

    private static Row row(ResultSet rs, int i) throws SQLException {
        String resolution = rs.getString(21);
        return new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), DisciplineForm.valueOf(rs.getString(7)), DisciplineForm.valueOf(rs.getString(8)),
                rs.getString(9), rs.getLong(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class), rs.getString(17), rs.getBoolean(18),
                rs.getObject(19, LocalDate.class), rs.getObject(20, LocalDate.class),
                resolution == null ? null : ComplaintOutcome.valueOf(resolution), rs.getString(22), rs.getString(23),
                rs.getObject(24, LocalDate.class), DisciplineLapse.Kind.valueOf(rs.getString(25)), rs.getString(26),
                rs.getLong(27));
    }

    /** The decision if the caller may read its subject: {@code READ_MEMBERS} over its unit, or reading the member. */
    private Row visible(long id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(DisciplineManagement::row).optional()
                .filter(this::mayRead)
                .orElseThrow(() -> new NotFoundException("error.discipline.notFound", id));
    }

    private boolean mayRead(Row r) {
        if (access.allows(r.unitId(), Permission.READ_MEMBERS)) {
            return true;
        }
        return r.memberId() != null
                && (Objects.equals(access.callerMemberId(), r.memberId()) || readsMember(r.memberId()));
    }

    /** Whether the caller reads the member ({@code READ_MEMBERS} over the unit they belong to, or last belonged to). */
    private boolean readsMember(long memberId) {
        try {
            members.member(memberId);
            return true;
        } catch (NotFoundException | ForbiddenException e) {
            return false;
        }
    }

    /** A decision the caller may change: visible, {@code MANAGE_DISCIPLINE} over its deciding unit, not stale. */
    private Row managed(long id, Long version) {
        Row r = visible(id);
        if (!access.allows(r.decidingUnitId(), Permission.MANAGE_DISCIPLINE)) {
            throw new ForbiddenException("error.discipline.notManager", r.decidingUnitName());
        }
        if (version != null && version != r.version()) {
            throw new ConflictException("error.stale");
        }
        return r;
    }

    private DisciplineView view(Row r) {
        DisciplineLapse.Lapse lapse = new DisciplineLapse.Lapse(r.lapse(), r.endsOn());
        return new DisciplineView(r.id(), r.memberId(), r.memberName(), r.unitCode(), r.unitName(), r.form(),
                r.originalForm(), r.post(), r.decidingUnitCode(), r.decidingUnitName(), r.decidingBody(),
                r.decisionNumber(), r.decidedOn(), r.announcedOn(), r.violation(), r.selfRemedied(), r.complainedOn(),
                r.resolvedOn(), r.resolution(), r.resolutionNumber(), r.resolutionNote(), r.lapse(), r.endsOn(),
                lapse.statusOn(today()), r.recordedByName(), access.allows(r.decidingUnitId(),
                        Permission.MANAGE_DISCIPLINE), r.version());
    }
}
