package vn.chinhdon.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.VietnameseText;

/** Dissemination conferences: unit, date, documents, format, attendance against the membership of that day. */
@Service
public class Dissemination {

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final DocumentRegister documents;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Dissemination(JdbcClient jdbc, TreeQueries tree, DocumentRegister documents, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** A conference to record. {@code format}: IN_PERSON or ONLINE. */
    public record NewConference(String unitCode, LocalDate heldOn, String format, String title, List<Long> documentIds,
            Integer attendees) {
    }

    @Transactional
    public ConferenceView record(NewConference c) {
        List<Problem> problems = new ArrayList<>();
        if (c.heldOn() == null) {
            throw ValidationException.of("heldOn", "error.required.named", "heldOn");
        }
        UnitRef unit = tree.unit(c.unitCode(), c.heldOn(), Permission.READ_UNITS);
        if (!tree.allows(unit.id(), Permission.DELIVER_OBLIGATIONS) && !tree.allows(unit.id(), Permission.MANAGE_CAMPAIGNS)) {
            throw new ForbiddenException("error.forbidden");
        }
        if (!unit.active()) {
            problems.add(Problem.field("heldOn", "error.document.issuerNotActive", unit.code(), c.heldOn()));
        }
        if (c.heldOn().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.field("heldOn", "error.date.future", c.heldOn()));
        }
        String format = c.format() == null ? "" : c.format().trim().toUpperCase(java.util.Locale.ROOT);
        if (!format.equals("IN_PERSON") && !format.equals("ONLINE")) {
            problems.add(Problem.field("format", "error.conference.format", String.valueOf(c.format())));
        }
        String title = VietnameseText.clean(c.title());
        if (title == null || title.isEmpty()) {
            problems.add(Problem.field("title", "error.required.named", "title"));
        }
        List<Long> docs = c.documentIds() == null ? List.of() : c.documentIds();
        if (docs.isEmpty()) {
            problems.add(Problem.field("documentIds", "error.conference.noDocuments"));
        }
        for (Long d : docs) {
            if (d == null || !documents.visible(d)) {
                problems.add(Problem.field("documentIds", "error.document.notFound", String.valueOf(d)));
            }
        }
        long membership = unit.active() ? tree.memberCount(unit, c.heldOn()) : 0;
        if (c.attendees() == null || c.attendees() < 0) {
            problems.add(Problem.field("attendees", "error.conference.attendees"));
        } else if (c.attendees() > membership) {
            problems.add(Problem.field("attendees", "error.conference.moreThanMembers", c.attendees(), membership));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into conference (id, unit_id, held_on, format, title, membership, attendees, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, unit.id(), c.heldOn(), format, title, (int) membership, c.attendees(), OffsetDateTime.now(clock),
                        CurrentUser.require().getUsername())
                .update();
        for (Long d : docs.stream().distinct().toList()) {
            jdbc.sql("insert into conference_document (conference_id, document_id) values (?, ?)").params(id, d).update();
        }
        audit.record("CONFERENCE_RECORDED", "CONFERENCE", id, unit.id(), title + ": " + c.attendees() + "/" + membership,
                null);
        events.publishEvent(new ConferenceHeld(id, unit.id(), c.heldOn(), docs));
        return conference(id);
    }

    @Transactional(readOnly = true)
    public ConferenceView conference(long id) {
        ConferenceView v = jdbc.sql("""
                select f.id, u.code, (select name from org_unit_state s where s.unit_id = f.unit_id and s.valid_from <= f.held_on
                    order by s.valid_from desc limit 1), f.held_on, f.format, f.title, f.membership, f.attendees, f.unit_id
                from conference f join org_unit u on u.id = f.unit_id where f.id = ?""")
                .param(id)
                .query((rs, i) -> {
                    if (!tree.allows(rs.getLong(9), Permission.READ_UNITS)) {
                        return null;
                    }
                    return new ConferenceView(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, java.time.LocalDate.class), rs.getString(5), rs.getString(6), rs.getInt(7),
                            rs.getInt(8), rate(rs.getInt(8), rs.getInt(7)), List.of());
                })
                .optional().orElse(null);
        if (v == null) {
            throw new vn.chinhdon.platform.NotFoundException("error.conference.notFound", id);
        }
        List<String> numbers = jdbc.sql("""
                select d.number_text from conference_document cd join document d on d.id = cd.document_id
                where cd.conference_id = ? order by d.issued_on""").param(id).query(String.class).list();
        return new ConferenceView(v.id(), v.unitCode(), v.unitName(), v.heldOn(), v.format(), v.title(), v.membership(),
                v.attendees(), v.attendanceRate(), numbers);
    }

    static double rate(int attendees, int membership) {
        return membership == 0 ? 0.0 : Math.round(1000.0 * attendees / membership) / 10.0;
    }

    /** Attendance on a document's conferences over the unit's subtree, rolled up per subordinate unit. */
    @Transactional(readOnly = true)
    public AttendanceView attendance(long documentId, String unitCode) {
        UnitRef scope = tree.unit(unitCode, LocalDate.now(clock), Permission.READ_UNITS);
        if (!documents.visible(documentId)) {
            throw new vn.chinhdon.platform.NotFoundException("error.document.notFound", documentId);
        }
        record Conf(long unitId, int membership, int attendees) {
        }
        List<Conf> confs = jdbc.sql("""
                select f.unit_id, f.membership, f.attendees from conference f
                join conference_document cd on cd.conference_id = f.id where cd.document_id = ?""")
                .param(documentId)
                .query((rs, i) -> new Conf(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
        Map<Long, UnitRef> holders = tree.holders(confs.stream().map(Conf::unitId).toList(), LocalDate.now(clock));
        Map<String, int[]> bySub = new LinkedHashMap<>();
        int[] total = new int[3];
        for (Conf f : confs) {
            UnitRef h = holders.get(f.unitId());
            if (h == null || !scope.contains(h)) {
                continue;
            }
            String rest = h.path().substring(scope.path().length());
            String sub = rest.isEmpty() ? String.valueOf(scope.id()) : rest.substring(0, rest.indexOf('/'));
            int[] t = bySub.computeIfAbsent(sub, k -> new int[3]);
            t[0]++;
            t[1] += f.membership();
            t[2] += f.attendees();
            total[0]++;
            total[1] += f.membership();
            total[2] += f.attendees();
        }
        List<AttendanceView.Row> rows = new ArrayList<>();
        for (var e : bySub.entrySet()) {
            UnitRef u = tree.unit(Long.parseLong(e.getKey()), LocalDate.now(clock)).orElseThrow();
            int[] t = e.getValue();
            rows.add(new AttendanceView.Row(u.code(), u.name(), t[0], t[1], t[2], rate(t[2], t[1])));
        }
        rows.sort(Comparator.comparing(AttendanceView.Row::name, VietnameseText.COLLATOR));
        return new AttendanceView(scope.code(), scope.name(), documentId, total[0], total[1], total[2],
                rate(total[2], total[1]), rows);
    }
}
