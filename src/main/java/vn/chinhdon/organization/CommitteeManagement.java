package vn.chinhdon.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.VietnameseText;

/**
 * Committee terms (nhiệm kỳ, e.g. 2020–2025) of a unit and the positions held in them. Terms matter for
 * document numbering (numbers restart each term); the head (người đứng đầu) is the one seat marked head.
 */
@Service
public class CommitteeManagement {

    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    CommitteeManagement(JdbcClient jdbc, OrgTree tree, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private OrgTree.UnitRow unit(String code, Permission permission) {
        OrgTree.UnitRow row = code == null ? null : tree.find(code.trim(), LocalDate.now(clock)).orElse(null);
        if (row == null) {
            throw new NotFoundException("error.unit.notFound", code);
        }
        access.require(row.id(), permission);
        return row;
    }

    /** Every term of the unit, newest first, with its seats. */
    @Transactional(readOnly = true)
    public CommitteeView committee(String unitCode) {
        OrgTree.UnitRow unit = unit(unitCode, Permission.READ_UNITS);
        Map<Long, List<CommitteeView.Seat>> seats = new HashMap<>();
        jdbc.sql("""
                select p.id, p.term_id, p.member_id, m.full_name, p.position, p.head, p.starts_on, p.ends_on
                from committee_position p join committee_term t on t.id = p.term_id join member m on m.id = p.member_id
                where t.unit_id = ? order by p.position, m.sort_key""")
                .param(unit.id())
                .query(rs -> {
                    seats.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new CommitteeView.Seat(rs.getLong(1),
                            rs.getLong(3), rs.getString(4), Position.valueOf(rs.getString(5)), rs.getBoolean(6),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)));
                });
        List<CommitteeView.Term> terms = jdbc.sql("""
                select id, label, starts_on, ends_on, version from committee_term where unit_id = ? order by starts_on desc""")
                .param(unit.id())
                .query((rs, i) -> new CommitteeView.Term(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), seats.getOrDefault(rs.getLong(1), List.of()), rs.getLong(5)))
                .list();
        return new CommitteeView(unit.code(), terms);
    }

    /** The term in force on a date, if any (for document numbering). */
    @Transactional(readOnly = true)
    public Optional<CommitteeView.Term> termOn(String unitCode, LocalDate date) {
        return committee(unitCode).terms().stream()
                .filter(t -> !t.startsOn().isAfter(date) && (t.endsOn() == null || t.endsOn().isAfter(date)))
                .findFirst();
    }

    /** The head (người đứng đầu) on a date, if any. */
    @Transactional(readOnly = true)
    public Optional<CommitteeView.Seat> headOn(String unitCode, LocalDate date) {
        return termOn(unitCode, date).flatMap(t -> t.seats().stream()
                .filter(s -> s.head() && !s.startsOn().isAfter(date) && (s.endsOn() == null || s.endsOn().isAfter(date)))
                .findFirst());
    }

    /** Opens a term; terms of one unit do not overlap. */
    @Transactional
    public CommitteeView.Term openTerm(String unitCode, String label, LocalDate startsOn, LocalDate endsOn) {
        OrgTree.UnitRow unit = unit(unitCode, Permission.MANAGE_UNITS);
        List<Problem> problems = new ArrayList<>();
        String clean = VietnameseText.clean(label);
        if (clean == null || clean.isEmpty()) {
            problems.add(Problem.field("label", "error.required.named", "label"));
        }
        if (startsOn == null) {
            problems.add(Problem.field("startsOn", "error.required.named", "startsOn"));
        }
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            problems.add(Problem.field("endsOn", "error.committee.endBeforeStart"));
        }
        if (startsOn != null && jdbc.sql("""
                select count(*) from committee_term where unit_id = ? and starts_on < coalesce(?, date '9999-12-31')
                  and coalesce(ends_on, date '9999-12-31') > ?""")
                .params(unit.id(), endsOn, startsOn).query(Long.class).single() > 0) {
            problems.add(Problem.field("startsOn", "error.committee.overlap"));
        }
        if (clean != null && jdbc.sql("select count(*) from committee_term where unit_id = ? and label = ?")
                .params(unit.id(), clean).query(Long.class).single() > 0) {
            problems.add(Problem.field("label", "error.committee.labelTaken", clean));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        jdbc.sql("insert into committee_term (id, unit_id, label, starts_on, ends_on) values (?, ?, ?, ?, ?)")
                .params(id, unit.id(), clean, startsOn, endsOn).update();
        audit.record("TERM_OPENED", "ORG_UNIT", unit.code(), unit.id(), "Nhiệm kỳ " + clean, null);
        return committee(unitCode).terms().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /** Appoints a member to a seat of a term. The member must belong to the unit's subtree. */
    @Transactional
    public CommitteeView.Seat appoint(String unitCode, long termId, long memberId, String position, boolean head,
            LocalDate startsOn) {
        OrgTree.UnitRow unit = unit(unitCode, Permission.MANAGE_UNITS);
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> term = jdbc.sql("select starts_on, ends_on from committee_term where id = ? and unit_id = ?")
                .params(termId, unit.id()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.committee.termNotFound", termId));
        Position p = Position.parse(position);
        if (p == null) {
            problems.add(Problem.field("position", "error.committee.position", String.valueOf(position)));
        }
        LocalDate from = startsOn != null ? startsOn : ((java.sql.Date) term.get("starts_on")).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        boolean inSubtree = jdbc.sql("""
                select count(*) from member_assignment a join org_unit_state s on s.unit_id = a.unit_id
                  and s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)
                where a.member_id = :m and a.valid_from <= :d and (a.valid_to is null or a.valid_to > :d)
                  and s.path like :p""")
                .param("d", today.isBefore(from) ? from : today).param("m", memberId).param("p", unit.path() + "%")
                .query(Long.class).single() > 0;
        if (!inSubtree) {
            problems.add(Problem.field("memberId", "error.committee.memberOutside", memberId));
        }
        if (head && jdbc.sql("select count(*) from committee_position where term_id = ? and head and ends_on is null")
                .param(termId).query(Long.class).single() > 0) {
            problems.add(Problem.field("head", "error.committee.headTaken"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into committee_position (id, term_id, member_id, position, head, starts_on) values (?, ?, ?, ?, ?, ?)""")
                .params(id, termId, memberId, p.name(), head, from).update();
        jdbc.sql("update committee_term set version = version + 1 where id = ?").param(termId).update();
        audit.record("POSITION_APPOINTED", "ORG_UNIT", unit.code(), unit.id(),
                "Bổ nhiệm " + p + (head ? " (người đứng đầu)" : "") + " cho đảng viên " + memberId, null);
        return committee(unitCode).terms().stream().flatMap(t -> t.seats().stream()).filter(s -> s.id() == id)
                .findFirst().orElseThrow();
    }

    /** Ends a seat on a date (resignation, transfer, end of term). */
    @Transactional
    public void endSeat(String unitCode, long seatId, LocalDate endsOn) {
        OrgTree.UnitRow unit = unit(unitCode, Permission.MANAGE_UNITS);
        if (endsOn == null) {
            throw ValidationException.of("endsOn", "error.required.named", "endsOn");
        }
        int n = jdbc.sql("""
                update committee_position p set ends_on = ? from committee_term t
                where p.id = ? and t.id = p.term_id and t.unit_id = ? and p.ends_on is null and p.starts_on < ?""")
                .params(endsOn, seatId, unit.id(), endsOn).update();
        if (n == 0) {
            throw new ConflictException("error.committee.seatNotOpen");
        }
        audit.record("POSITION_ENDED", "ORG_UNIT", unit.code(), unit.id(), "Kết thúc chức vụ " + seatId + " từ " + endsOn,
                null);
    }
}
