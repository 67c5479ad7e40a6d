package vn.chinhdon.conduct;

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
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.VietnameseText;

/**
 * Members' personal commitments (bản cam kết) signed with their cell. A member records their own (the account linked
 * to them); the cell's secretary ({@code DELIVER_OBLIGATIONS} over the cell) records one on behalf of a member without
 * a device, and the record says so. At the next review the commitment is checked — kept, partly kept, not kept, with a
 * note — by the cell's secretary or the conduct staff above ({@code MANAGE_CONDUCT}), never by the member; the review
 * module calls {@link #check}. Reading needs {@code READ_MEMBERS} over the cell, or being the member; anything else is
 * "not found".
 */
@Service
public class CommitmentManagement {

    static final int MAX_ACTIONS = 30;
    static final int MAX_ACTION = 1000;
    static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final DegradationCatalogue catalogue;
    private final MemberManagement members;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommitmentManagement(JdbcClient jdbc, ConductAccess access, DegradationCatalogue catalogue, MemberManagement members,
            AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.catalogue = catalogue;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records a commitment: by the member themself, or on their behalf by someone with {@code DELIVER_OBLIGATIONS} over
     * the cell (marked as such). The member belongs to the cell on the date signed; one commitment per member, cell and
     * year; signed in the year or the year before, not in the future; due by the year's end unless said.
     */
    @Transactional
    public CommitmentView record(NewCommitment c) {
        List<Problem> problems = new ArrayList<>();
        LocalDate signed = c.signedOn() == null ? today() : c.signedOn();
        if (signed.isAfter(today())) {
            problems.add(Problem.field("signedOn", "error.date.future", signed));
            signed = today();
        }
        if (c.cellCode() == null || c.cellCode().isBlank()) {
            throw ValidationException.of("cellCode", "error.required.named", "cellCode");
        }
        UnitRef cell = access.readable(c.cellCode(), signed);
        Long me = access.callerMemberId();
        boolean own = c.memberId() != null && c.memberId().equals(me);
        if (!own && !access.allows(cell.id(), Permission.DELIVER_OBLIGATIONS)) {
            throw new ForbiddenException("error.conduct.notCellSecretary", cell.name());
        }
        if (!cell.kind().isCell()) {
            problems.add(Problem.field("cellCode", "error.conduct.notCell", cell.name()));
        }
        if (c.memberId() == null) {
            problems.add(Problem.field("memberId", "error.required.named", "memberId"));
        } else if (!access.memberOf(c.memberId(), cell.id(), signed)) {
            problems.add(Problem.field("memberId", "error.conduct.memberNotInCell", String.valueOf(c.memberId()),
                    cell.name(), signed));
        }
        int year = c.year() == null ? signed.getYear() : c.year();
        if (year < 2000 || year > today().getYear() + 1) {
            problems.add(Problem.field("year", "error.conduct.year", "2000", String.valueOf(today().getYear() + 1)));
        } else if (signed.getYear() != year && signed.getYear() != year - 1) {
            problems.add(Problem.field("signedOn", "error.conduct.signedYear", String.valueOf(year)));
        }
        LocalDate due = c.dueBy() == null ? LocalDate.of(Math.max(2000, Math.min(year, 2100)), 12, 31) : c.dueBy();
        if (due.isBefore(signed)) {
            problems.add(Problem.field("dueBy", "error.conduct.dueBeforeSigned", signed));
        }
        List<String> codes = catalogue.codes(c.codes(), "codes", problems);
        List<String> actions = new ArrayList<>();
        for (String line : c.actions() == null ? List.<String>of() : c.actions()) {
            String a = VietnameseText.clean(line);
            if (a != null && !a.isEmpty()) {
                actions.add(a);
                if (a.length() > MAX_ACTION) {
                    problems.add(Problem.field("actions", "error.text.tooLong", String.valueOf(MAX_ACTION)));
                }
            }
        }
        if (actions.isEmpty()) {
            problems.add(Problem.field("actions", "error.conduct.actionsRequired"));
        } else if (actions.size() > MAX_ACTIONS) {
            problems.add(Problem.field("actions", "error.conduct.tooManyActions", String.valueOf(MAX_ACTIONS)));
        }
        Inputs.refuseIfAny(problems);
        if (jdbc.sql("select count(*) from commitment where member_id = ? and cell_id = ? and year = ?")
                .params(c.memberId(), cell.id(), year).query(Long.class).single() > 0) {
            throw new ConflictException("error.conduct.commitmentExists", access.memberName(c.memberId()),
                    String.valueOf(year));
        }
        long id = access.nextId();
        CurrentUser user = CurrentUser.require();
        jdbc.sql("""
                insert into commitment (id, member_id, cell_id, year, codes, actions, signed_on, due_by, recorded_on_behalf,
                  recorded_by, recorded_by_name, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.memberId(), cell.id(), year, ConductAccess.array(codes), ConductAccess.array(actions), signed,
                        due, !own, user.getUsername(), user.displayName(), OffsetDateTime.now(clock))
                .update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("year", year);
        changes.put("codes", codes);
        changes.put("actions", actions.size());
        changes.put("recordedOnBehalf", !own);
        audit.record("COMMITMENT_RECORDED", "COMMITMENT", id, cell.id(), "Bản cam kết năm " + year + " của "
                + access.memberName(c.memberId()) + " với " + cell.name()
                + (own ? "" : " — " + user.displayName() + " ghi thay đảng viên"), changes);
        return commitment(id);
    }

    /**
     * Checks a commitment at the review (today): kept, partly kept or not kept, with a note (required unless kept).
     * For the review module: the caller is the cell's secretary ({@code DELIVER_OBLIGATIONS} over the cell) or conduct
     * staff above ({@code MANAGE_CONDUCT}), never the member; a later check replaces the earlier one (both audited).
     * Publishes {@link CommitmentBroken} (not kept, partly kept) or {@link CommitmentKept}.
     */
    @Transactional
    public CommitmentView check(long commitmentId, CommitmentOutcome outcome, String note) {
        return check(commitmentId, outcome, note, null, null);
    }

    /**
     * The same on a date ({@code checkedOn}, default today: not before the signing, not in the future), with the
     * version the caller read (null: not compared).
     */
    @Transactional
    public CommitmentView check(long commitmentId, CommitmentOutcome outcome, String note, LocalDate checkedOn,
            Long version) {
        Row r = visible(commitmentId);
        if (!access.allows(r.cellId(), Permission.DELIVER_OBLIGATIONS)
                && !access.allows(r.cellId(), Permission.MANAGE_CONDUCT)) {
            throw new ForbiddenException("error.conduct.notChecker", access.unitName(r.cellId(), r.signedOn()));
        }
        if (Objects.equals(access.callerMemberId(), r.memberId())) {
            throw new ForbiddenException("error.conduct.ownCommitment");
        }
        if (version != null && version != r.version()) {
            throw new ConflictException("error.stale");
        }
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(Problem.field("outcome", "error.conduct.outcome", ""));
        }
        String text = Inputs.text(note, "note", MAX_NOTE, outcome != null && outcome != CommitmentOutcome.KEPT,
                problems);
        LocalDate on = checkedOn == null ? today() : checkedOn;
        if (on.isAfter(today())) {
            problems.add(Problem.field("checkedOn", "error.date.future", on));
        } else if (on.isBefore(r.signedOn())) {
            problems.add(Problem.field("checkedOn", "error.conduct.checkedBeforeSigned", r.signedOn()));
        }
        Inputs.refuseIfAny(problems);
        CurrentUser user = CurrentUser.require();
        int n = jdbc.sql("""
                update commitment set outcome = ?, outcome_note = ?, checked_on = ?, checked_by = ?, checked_by_name = ?,
                  version = version + 1 where id = ? and version = ?""")
                .params(outcome.name(), text, on, user.getUsername(), user.displayName(), r.id(), r.version()).update();
        if (n == 0) {
            throw new ConflictException("error.stale");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("outcome", outcome.name());
        changes.put("checkedOn", on.toString());
        if (r.outcome() != null) {
            changes.put("previous", r.outcome());
        }
        audit.record("COMMITMENT_CHECKED", "COMMITMENT", r.id(), r.cellId(), "Kiểm điểm việc thực hiện cam kết năm "
                + r.year() + " của " + access.memberName(r.memberId()) + ": " + outcome.name()
                + (text == null ? "" : " — " + Inputs.abbreviate(text, 200)), changes);
        events.publishEvent(outcome == CommitmentOutcome.KEPT ? new CommitmentKept(r.id(), r.memberId(), on)
                : new CommitmentBroken(r.id(), r.memberId(), r.cellId(), r.year(), outcome.name(), on, text));
        return commitment(r.id());
    }

    /** A commitment, if the caller may read the cell's members or is the member. */
    @Transactional(readOnly = true)
    public CommitmentView commitment(long id) {
        return view(visible(id));
    }

    /**
     * A member's commitments and their outcomes, the latest year first (of one year when given): for the evaluation of
     * the member. Only the commitments the caller may read (the cell's members, or their own); a member the caller may
     * not read at all is "not found".
     */
    @Transactional(readOnly = true)
    public List<CommitmentView> ofMember(long memberId, Integer year) {
        Long me = access.callerMemberId();
        if (!Objects.equals(me, memberId)) {
            members.member(memberId); // "not found" for a member outside the caller's grants
        }
        return jdbc.sql(SELECT + " where c.member_id = ? and (cast(? as int) is null or c.year = ?)"
                + " order by c.year desc, c.signed_on desc, c.id desc")
                .params(memberId, year, year).query(CommitmentManagement::row).list().stream()
                .filter(r -> mayRead(r, me)).map(r -> view(r, me)).toList();
    }

    /**
     * A cell's commitments of a year ({@code READ_MEMBERS} over the cell): its members at the year's end (today during
     * the year), each with their commitment or none, then the commitments of members who have left; the counts. The
     * year: default this year.
     */
    @Transactional(readOnly = true)
    public CellCommitments cell(String cellCode, Integer yearOrNull) {
        int year = yearOrNull == null ? today().getYear() : yearOrNull;
        if (year < 2000 || year > today().getYear() + 1) {
            throw ValidationException.of("year", "error.conduct.year", "2000", String.valueOf(today().getYear() + 1));
        }
        LocalDate asOf = LocalDate.of(year, 12, 31).isAfter(today()) ? today() : LocalDate.of(year, 12, 31);
        UnitRef cell = access.readable(cellCode, asOf);
        if (!access.allows(cell.id(), Permission.READ_MEMBERS)) {
            throw new ForbiddenException("error.conduct.notCellReader", cell.name());
        }
        Long me = access.callerMemberId();
        Map<Long, CommitmentView> byMember = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where c.cell_id = ? and c.year = ? order by c.signed_on, c.id").params(cell.id(), year)
                .query(CommitmentManagement::row).list().forEach(r -> byMember.putIfAbsent(r.memberId(), view(r, me)));
        List<CellCommitments.Line> lines = new ArrayList<>();
        List<MemberView> current = cell.kind().isCell()
                ? members.search(cell.code(), null, asOf, 0, vn.chinhdon.shared.PageResult.MAX_SIZE).items()
                : List.of();
        for (MemberView m : current) {
            if (m.unitCode().equals(cell.code())) {
                lines.add(new CellCommitments.Line(m.id(), m.fullName(), true, byMember.remove(m.id())));
            }
        }
        long inCell = lines.size();
        for (CommitmentView v : byMember.values()) {
            lines.add(new CellCommitments.Line(v.memberId(), v.memberName(), false, v));
        }
        long signed = lines.stream().filter(l -> l.inCell() && l.commitment() != null).count();
        long kept = count(lines, CommitmentOutcome.KEPT);
        long partly = count(lines, CommitmentOutcome.PARTLY);
        long notKept = count(lines, CommitmentOutcome.NOT_KEPT);
        return new CellCommitments(cell.code(), cell.name(), year, asOf, lines, inCell, signed, kept, partly, notKept,
                lines.stream().filter(l -> l.commitment() != null).count() - kept - partly - notKept, cell.kind().isCell() && access.allows(cell.id(), Permission.DELIVER_OBLIGATIONS));
    }

    /** The years of the cell's commitments ({@code READ_MEMBERS} over the cell), the latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(String cellCode) {
        UnitRef cell = access.readable(cellCode, today());
        if (!access.allows(cell.id(), Permission.READ_MEMBERS)) {
            return List.of();
        }
        return jdbc.sql("select distinct year from commitment where cell_id = ? order by year desc").param(cell.id())
                .query(Integer.class).list();
    }

    private static long count(List<CellCommitments.Line> lines, CommitmentOutcome outcome) {
        return lines.stream().filter(l -> l.commitment() != null && l.commitment().outcome() == outcome).count();
    }

    /** The member the caller's account is linked to, and the unit they belonged to on a date (null: none then). */
    public record Signer(long memberId, String fullName, String cellCode) {
    }

    /** The caller as a member who may sign their own commitment: their name and their cell on the date, if any. */
    @Transactional(readOnly = true)
    public Optional<Signer> me(LocalDate on) {
        Long me = access.callerMemberId();
        if (me == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select m.id, m.full_name, (select u.code from member_assignment a join org_unit u on u.id = a.unit_id
                  where a.member_id = m.id and a.valid_from <= ? and (a.valid_to is null or a.valid_to > ?)
                  order by a.valid_from desc limit 1)
                from member m where m.id = ?""")
                .params(on, on, me).query((rs, i) -> new Signer(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    // ---- rows ----

    record Row(long id, long memberId, String memberName, long cellId, String cellCode, String cellName, int year,
            List<String> codes, List<String> actions, LocalDate signedOn, LocalDate dueBy, boolean onBehalf,
            String recordedBy, String recordedByName, String outcome, String outcomeNote, LocalDate checkedOn,
            String checkedByName, long version) {
    }

    private static final String SELECT = """
            select c.id, c.member_id, m.full_name, c.cell_id, u.code, %s, c.year, c.codes, c.actions, c.signed_on,
              c.due_by, c.recorded_on_behalf, c.recorded_by, c.recorded_by_name, c.outcome, c.outcome_note, c.checked_on,
              c.checked_by_name, c.version
            from commitment c join member m on m.id = c.member_id join org_unit u on u.id = c.cell_id"""
            .formatted(ConductAccess.nameOn("c.cell_id", "c.signed_on"));

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getInt(7), ConductAccess.list(rs.getArray(8)), ConductAccess.list(rs.getArray(9)),
                rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getBoolean(12), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getObject(17, LocalDate.class), rs.getString(18),
                rs.getLong(19));
    }

    private Row visible(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CommitmentManagement::row).optional()
                .filter(this::mayRead).orElseThrow(() -> new NotFoundException("error.conduct.commitmentNotFound", id));
    }

    private boolean mayRead(Row r) {
        return mayRead(r, access.callerMemberId());
    }

    private boolean mayRead(Row r, Long me) {
        return access.allows(r.cellId(), Permission.READ_MEMBERS) || Objects.equals(me, r.memberId());
    }

    private CommitmentView view(Row r) {
        return view(r, access.callerMemberId());
    }

    private CommitmentView view(Row r, Long me) {
        boolean canCheck = (access.allows(r.cellId(), Permission.DELIVER_OBLIGATIONS)
                || access.allows(r.cellId(), Permission.MANAGE_CONDUCT))
                && !Objects.equals(me, r.memberId());
        return new CommitmentView(r.id(), r.memberId(), r.memberName(), r.cellCode(), r.cellName(), r.year(), r.codes(),
                r.actions(), r.signedOn(), r.dueBy(), r.onBehalf(), r.recordedBy(), r.recordedByName(),
                r.outcome() == null ? null : CommitmentOutcome.valueOf(r.outcome()), r.outcomeNote(), r.checkedOn(),
                r.checkedByName(), canCheck, r.version());
    }
}
