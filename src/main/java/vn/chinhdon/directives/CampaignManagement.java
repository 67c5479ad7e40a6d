package vn.chinhdon.directives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitKind;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.VietnameseSortKey;
import vn.chinhdon.shared.VietnameseText;

/**
 * Implementation campaigns: a unit requires its subordinate units (direct, or down to a depth) to deliver a
 * plan, a dissemination conference or a report by a date. One obligation per target unit; delivering it
 * links the evidence; a subordinate may cascade the campaign further down. Compliance answers "who has
 * done it?" for any unit at any date, following restructurings (a merged unit's obligation belongs to its
 * successor).
 */
@Service
public class CampaignManagement {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TreeQueries tree;
    private final DocumentRegister documents;
    private final AuditLog audit;
    private final Clock clock;

    CampaignManagement(JdbcClient jdbc, JdbcTemplate template, TreeQueries tree, DocumentRegister documents, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.tree = tree;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new campaign; {@code openedOn} defaults to today (earlier dates record past campaigns). */
    public record OpenCampaign(Long sourceDocumentId, String requiringUnitCode, Integer depth, String deliverable,
            LocalDate dueOn, String title, LocalDate openedOn, Integer remindDays) {
    }

    /** Opens a campaign: one obligation for every unit 1..depth levels below the requiring unit. */
    @Transactional
    public CampaignView open(OpenCampaign c) {
        return open(c, null);
    }

    private CampaignView open(OpenCampaign c, Long parentObligationId) {
        List<Problem> problems = new ArrayList<>();
        LocalDate opened = c.openedOn() == null ? today() : c.openedOn();
        if (c.requiringUnitCode() == null || c.requiringUnitCode().isBlank()) {
            throw ValidationException.of("requiringUnitCode", "error.required.named", "requiringUnitCode");
        }
        UnitRef requiring = tree.unit(c.requiringUnitCode(), opened, Permission.READ_UNITS);
        if (parentObligationId == null && !tree.allows(requiring.id(), Permission.MANAGE_CAMPAIGNS)) {
            throw new ForbiddenException("error.forbidden");
        }
        if (!requiring.active()) {
            problems.add(Problem.field("requiringUnitCode", "error.unit.ended", requiring.code()));
        }
        Deliverable deliverable = vn.chinhdon.shared.EnumValues.parse(Deliverable.class, c.deliverable());
        if (deliverable == null) {
            problems.add(Problem.field("deliverable", "error.campaign.deliverable", String.valueOf(c.deliverable())));
        }
        int depth = c.depth() == null ? 1 : c.depth();
        if (depth < 1 || depth > 10) {
            problems.add(Problem.field("depth", "error.campaign.depth"));
        }
        if (c.dueOn() == null) {
            problems.add(Problem.field("dueOn", "error.required.named", "dueOn"));
        } else if (c.dueOn().isBefore(opened)) {
            problems.add(Problem.field("dueOn", "error.campaign.dueBeforeOpen", opened));
        }
        if (opened.isAfter(today())) {
            problems.add(Problem.field("openedOn", "error.date.future", opened));
        }
        DocumentView source = null;
        if (c.sourceDocumentId() == null) {
            problems.add(Problem.field("sourceDocumentId", "error.required.named", "sourceDocumentId"));
        } else if (!documents.visible(c.sourceDocumentId())) {
            problems.add(Problem.field("sourceDocumentId", "error.document.notFound", c.sourceDocumentId()));
        } else {
            source = documents.document(c.sourceDocumentId());
        }
        List<UnitRef> targets = problems.isEmpty() ? tree.subordinates(requiring, opened, depth) : List.of();
        if (problems.isEmpty() && targets.isEmpty()) {
            problems.add(Problem.field("requiringUnitCode", "error.campaign.noTargets", requiring.code()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String title = VietnameseText.clean(c.title());
        if (title == null || title.isEmpty()) {
            title = switch (deliverable) {
                case PLAN -> "Xây dựng kế hoạch thực hiện " + source.number();
                case CONFERENCE -> "Tổ chức hội nghị quán triệt " + source.number();
                case REPORT -> "Báo cáo kết quả thực hiện " + source.number();
            };
        }
        long id = jdbc.sql("select nextval('org_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into campaign (id, title, source_document_id, requiring_unit_id, depth, deliverable, due_on, opened_on,
                  remind_days, parent_obligation_id, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, title, source.id(), requiring.id(), depth, deliverable.name(), c.dueOn(), opened,
                        c.remindDays() == null ? 7 : c.remindDays(), parentObligationId, OffsetDateTime.now(clock),
                        CurrentUser.require().getUsername())
                .update();
        List<Long> ids = jdbc.sql("select nextval('org_seq') from generate_series(1, ?)").param(targets.size())
                .query(Long.class).list();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            rows.add(new Object[] {ids.get(i), id, targets.get(i).id(), c.dueOn()});
        }
        template.batchUpdate("insert into obligation (id, campaign_id, unit_id, due_on) values (?, ?, ?, ?)", rows);
        audit.record("CAMPAIGN_OPENED", "CAMPAIGN", id, requiring.id(), title + ": " + targets.size() + " đơn vị, hạn "
                + c.dueOn(), Map.of("targets", targets.size(), "deliverable", deliverable.name()));
        // deliverables that already exist count at once (a plan issued before the campaign was recorded)
        autoFulfil(id);
        return campaign(id, null);
    }

    private record Row(long id, long unitId, LocalDate dueOn, String state, LocalDate fulfilledOn, Long documentId,
            String documentNumber, Long conferenceId, String note, String exemptReason, long version) {
    }

    private static final String OBLIGATION_COLUMNS = """
            o.id, o.unit_id, o.due_on, o.state, o.fulfilled_on, o.evidence_document_id, d.number_text,
              o.evidence_conference_id, o.evidence_note, o.exempt_reason, o.version""";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getObject(5, LocalDate.class), (Long) rs.getObject(6), rs.getString(7), (Long) rs.getObject(8),
                rs.getString(9), rs.getString(10), rs.getLong(11));
    }

    private List<Row> obligations(long campaignId) {
        return jdbc.sql("select " + OBLIGATION_COLUMNS
                        + " from obligation o left join document d on d.id = o.evidence_document_id where o.campaign_id = ?")
                .param(campaignId)
                .query((rs, i) -> row(rs))
                .list();
    }

    /**
     * The campaign's obligations held on the date by units of the scope's subtree, each with its holder.
     * Targets that exist on the date are placed by their path in the same statement (only those inside the
     * scope come back); targets merged away by then are resolved to their successors.
     */
    private List<Map.Entry<Row, UnitRef>> obligationsWithin(long campaignId, UnitRef scope, LocalDate at) {
        List<Map.Entry<Row, UnitRef>> out = new ArrayList<>();
        List<Row> away = new ArrayList<>();
        jdbc.sql("select " + OBLIGATION_COLUMNS + """
                , u.code, s.name, s.kind, s.path
                from obligation o
                left join document d on d.id = o.evidence_document_id
                left join org_unit_state s on s.unit_id = o.unit_id
                  and s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)
                left join org_unit u on u.id = s.unit_id
                where o.campaign_id = :c and (s.unit_id is null or s.path like :prefix)""")
                .param("at", at).param("c", campaignId).param("prefix", scope.path() + "%")
                .query(rs -> {
                    Row r = row(rs);
                    if (rs.getString(15) == null) {
                        away.add(r);
                    } else {
                        out.add(Map.entry(r, new UnitRef(r.unitId(), rs.getString(12), rs.getString(13),
                                UnitKind.valueOf(rs.getString(14)), rs.getString(15), true)));
                    }
                });
        Map<Long, UnitRef> holders = tree.holders(away.stream().map(Row::unitId).toList(), at);
        for (Row r : away) {
            UnitRef holder = holders.get(r.unitId());
            if (holder != null && holder.active() && scope.contains(holder)) {
                out.add(Map.entry(r, holder));
            }
        }
        return out;
    }

    private record Head(long id, String title, long sourceId, String sourceNumber, long requiringUnitId, int depth,
            Deliverable deliverable, LocalDate dueOn, LocalDate openedOn, Long parentObligationId, long version) {
    }

    private Head head(long id) {
        Head h = jdbc.sql("""
                select c.id, c.title, c.source_document_id, d.number_text, c.requiring_unit_id, c.depth, c.deliverable,
                  c.due_on, c.opened_on, c.parent_obligation_id, c.version
                from campaign c join document d on d.id = c.source_document_id where c.id = ?""")
                .param(id)
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getInt(6), Deliverable.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), (Long) rs.getObject(10), rs.getLong(11)))
                .optional().orElseThrow(() -> new NotFoundException("error.campaign.notFound", id));
        // visible to the requiring unit's side, and to every unit that holds one of its obligations
        if (!tree.allows(h.requiringUnitId(), Permission.READ_UNITS) && obligations(id).stream()
                .noneMatch(o -> tree.allows(o.unitId(), Permission.READ_UNITS))) {
            throw new NotFoundException("error.campaign.notFound", id);
        }
        return h;
    }

    /** The campaign and every obligation the caller may see, statuses as of {@code at} (default today). */
    @Transactional(readOnly = true)
    public CampaignView campaign(long id, LocalDate at) {
        LocalDate date = at == null ? today() : at;
        Head h = head(id);
        UnitRef requiring = tree.unit(h.requiringUnitId(), date).orElseThrow();
        boolean requiringSide = tree.allows(h.requiringUnitId(), Permission.READ_UNITS);
        List<Row> rows = obligations(id);
        Map<Long, UnitRef> holders = tree.holders(rows.stream().map(Row::unitId).toList(), date);
        // the units as they stood when the campaign opened (before any later restructuring)
        Map<Long, UnitRef> originals = tree.holders(rows.stream().map(Row::unitId).toList(), h.openedOn());
        List<CampaignView.Obligation> out = new ArrayList<>();
        for (Row r : rows) {
            if (!requiringSide && !tree.allows(r.unitId(), Permission.READ_UNITS)) {
                continue;
            }
            UnitRef holder = holders.get(r.unitId());
            UnitRef original = originals.getOrDefault(r.unitId(), holder);
            out.add(new CampaignView.Obligation(r.id(), original.code(), original.name(), holder.code(), holder.name(),
                    r.dueOn(), ObligationStatus.on(date, r.dueOn(), r.state(), r.fulfilledOn()), r.fulfilledOn(),
                    r.documentId(), r.documentNumber(), r.conferenceId(), r.note(), r.exemptReason(), r.version()));
        }
        out.sort(Comparator.comparing(CampaignView.Obligation::holderName, VietnameseText.COLLATOR));
        return new CampaignView(h.id(), h.title(), h.sourceId(), h.sourceNumber(), requiring.code(), requiring.name(),
                h.depth(), h.deliverable(), h.dueOn(), h.openedOn(), h.parentObligationId(), date, out, h.version());
    }

    /** One line of a campaign list. */
    public record CampaignLine(long id, String title, String sourceNumber, String requiringUnitName, Deliverable deliverable,
            LocalDate dueOn, int targets, int done) {
    }

    /** Campaigns affecting the unit's subtree: required by it or below it, or with obligations in it. */
    @Transactional(readOnly = true)
    public List<CampaignLine> campaigns(String unitCode) {
        UnitRef unit = tree.unit(unitCode, today(), Permission.READ_UNITS);
        return jdbc.sql("""
                select c.id, c.title, d.number_text,
                  (select name from org_unit_state s where s.unit_id = c.requiring_unit_id order by s.valid_from desc limit 1),
                  c.deliverable, c.due_on,
                  (select count(*) from obligation o where o.campaign_id = c.id),
                  (select count(*) from obligation o where o.campaign_id = c.id and o.state = 'DONE')
                from campaign c join document d on d.id = c.source_document_id
                where exists (select 1 from org_unit_state s where s.unit_id = c.requiring_unit_id and s.path like :p)
                   or exists (select 1 from obligation o join org_unit_state s on s.unit_id = o.unit_id
                              where o.campaign_id = c.id and s.path like :p)
                order by c.due_on desc, c.id desc limit 500""")
                .param("p", unit.path() + "%")
                .query((rs, i) -> new CampaignLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Deliverable.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8)))
                .list();
    }

    /**
     * Compliance over the subtree of {@code unitCode} (default: the requiring unit) as of {@code at}.
     */
    @Transactional(readOnly = true)
    public ComplianceView compliance(long id, String unitCode, LocalDate at) {
        LocalDate date = at == null ? today() : at;
        Head h = head(id);
        UnitRef scope = unitCode == null || unitCode.isBlank()
                ? tree.unit(h.requiringUnitId(), date).orElseThrow()
                : tree.unit(unitCode, date, Permission.READ_UNITS);
        if (unitCode == null || unitCode.isBlank()) {
            if (!tree.allows(scope.id(), Permission.READ_UNITS)) {
                throw new NotFoundException("error.unit.notFound", scope.code());
            }
        }
        int[] totals = new int[6];
        Map<String, int[]> bySub = new LinkedHashMap<>();
        Map<String, String> subNames = new HashMap<>();
        Map<String, Boolean> drillable = new HashMap<>();
        List<ComplianceView.NotDone> notDone = new ArrayList<>();
        List<Long> subIds = new ArrayList<>();
        for (Map.Entry<Row, UnitRef> held : obligationsWithin(id, scope, date)) {
            Row r = held.getKey();
            UnitRef holder = held.getValue();
            ObligationStatus status = ObligationStatus.on(date, r.dueOn(), r.state(), r.fulfilledOn());
            count(totals, status);
            String rest = holder.path().substring(scope.path().length());
            String sub = rest.isEmpty() ? String.valueOf(scope.id()) : rest.substring(0, rest.indexOf('/'));
            count(bySub.computeIfAbsent(sub, k -> new int[6]), status);
            drillable.merge(sub, !rest.isEmpty() && rest.indexOf('/') < rest.length() - 1, Boolean::logicalOr);
            if (!rest.isEmpty()) {
                subIds.add(Long.parseLong(sub));
            }
            if (!status.done() && status != ObligationStatus.EXEMPT) {
                String originalCode = holder.id() == r.unitId() ? null
                        : tree.unit(r.unitId(), r.dueOn()).map(UnitRef::code).orElse(null);
                notDone.add(new ComplianceView.NotDone(holder.code(), holder.name(), originalCode, r.dueOn(), status));
            }
        }
        for (Long subId : subIds.stream().distinct().toList()) {
            tree.unit(subId, date).ifPresent(u -> subNames.put(String.valueOf(subId), u.code() + "\u0000" + u.name()));
        }
        subNames.put(String.valueOf(scope.id()), scope.code() + "\u0000" + scope.name());
        List<ComplianceView.Row> breakdown = new ArrayList<>();
        for (var e : bySub.entrySet()) {
            String[] cn = subNames.getOrDefault(e.getKey(), e.getKey() + "\u0000" + e.getKey()).split("\u0000", 2);
            breakdown.add(new ComplianceView.Row(cn[0], cn[1], counts(e.getValue()), drillable.getOrDefault(e.getKey(), false)));
        }
        breakdown.sort(Comparator.comparing(ComplianceView.Row::name, VietnameseText.COLLATOR));
        notDone = inVietnameseOrder(notDone, ComplianceView.NotDone::name);
        ComplianceView.Counts c = counts(totals);
        int considered = c.targets() - c.exempt();
        double percentDone = considered == 0 ? 100.0 : Math.round(1000.0 * c.done() / considered) / 10.0;
        double percentOnTime = considered == 0 ? 100.0 : Math.round(1000.0 * c.doneOnTime() / considered) / 10.0;
        return new ComplianceView(id, scope.code(), scope.name(), date, c, percentDone, percentOnTime, notDone, breakdown);
    }

    /** Sorts by name in Vietnamese order, computing each name's sort key once (thousands of rows). */
    private static <T> List<T> inVietnameseOrder(List<T> items, java.util.function.Function<T, String> name) {
        Map<String, String> keys = new HashMap<>();
        List<Map.Entry<String, T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            keyed.add(Map.entry(keys.computeIfAbsent(name.apply(item), VietnameseSortKey::of), item));
        }
        keyed.sort(Map.Entry.comparingByKey());
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    private static void count(int[] t, ObligationStatus s) {
        t[0]++;
        switch (s) {
            case DONE_ON_TIME -> t[1]++;
            case DONE_LATE -> t[2]++;
            case LATE -> t[3]++;
            case PENDING -> t[4]++;
            case EXEMPT -> t[5]++;
        }
    }

    private static ComplianceView.Counts counts(int[] t) {
        return new ComplianceView.Counts(t[0], t[1] + t[2], t[1], t[2], t[3], t[4], t[5]);
    }

    /** The obligations of a campaign held by a unit on a date: its own, and those of units merged into it. */
    private List<Row> held(long campaignId, UnitRef unit, LocalDate at) {
        return jdbc.sql("select " + OBLIGATION_COLUMNS + """
                 from obligation o left join document d on d.id = o.evidence_document_id
                where o.campaign_id = ? and o.unit_id = any(?)""")
                .params(campaignId, tree.heldBy(unit.id(), at).toArray(Long[]::new))
                .query((rs, i) -> row(rs))
                .list();
    }

    /** The campaign with only the lines the unit holds today: the answer to the unit's own delivery. */
    private CampaignView campaignLinesOf(long id, UnitRef unit) {
        LocalDate date = today();
        Head h = head(id);
        UnitRef requiring = tree.unit(h.requiringUnitId(), date).orElseThrow();
        List<Row> rows = held(id, unit, date);
        Map<Long, UnitRef> originals = tree.holders(rows.stream().map(Row::unitId).toList(), h.openedOn());
        List<CampaignView.Obligation> out = new ArrayList<>();
        for (Row r : rows) {
            UnitRef original = originals.getOrDefault(r.unitId(), unit);
            out.add(new CampaignView.Obligation(r.id(), original.code(), original.name(), unit.code(), unit.name(),
                    r.dueOn(), ObligationStatus.on(date, r.dueOn(), r.state(), r.fulfilledOn()), r.fulfilledOn(),
                    r.documentId(), r.documentNumber(), r.conferenceId(), r.note(), r.exemptReason(), r.version()));
        }
        return new CampaignView(h.id(), h.title(), h.sourceId(), h.sourceNumber(), requiring.code(), requiring.name(),
                h.depth(), h.deliverable(), h.dueOn(), h.openedOn(), h.parentObligationId(), date, out, h.version());
    }

    /**
     * Delivers the unit's obligation: a document of the unit (plan, program or report), a conference the unit
     * held, or (reports only) a note. The date of the evidence is the date it was done.
     */
    @Transactional
    public CampaignView fulfil(long id, String unitCode, Long documentId, Long conferenceId, String note) {
        Head h = head(id);
        UnitRef unit = tree.unit(unitCode, today(), Permission.READ_UNITS);
        requireDeliver(h, unit);
        List<Row> open = held(id, unit, today()).stream().filter(r -> "OPEN".equals(r.state())).toList();
        if (open.isEmpty()) {
            throw new ConflictException("error.campaign.noOpenObligation", unit.code());
        }
        LocalDate on;
        if (documentId != null) {
            if (!documents.visible(documentId)) {
                throw ValidationException.of("documentId", "error.document.notFound", documentId);
            }
            DocumentView doc = documents.document(documentId);
            UnitRef issuer = tree.unit(doc.issuerUnitCode(), doc.issuedOn(), Permission.READ_UNITS);
            boolean own = issuer.id() == unit.id() || open.stream().anyMatch(r -> r.unitId() == issuer.id());
            if (!own) {
                throw ValidationException.of("documentId", "error.campaign.notOwnDocument", doc.number(), unit.code());
            }
            if (h.deliverable() == Deliverable.CONFERENCE) {
                throw ValidationException.of("conferenceId", "error.campaign.needsConference");
            }
            on = doc.issuedOn();
        } else if (conferenceId != null) {
            LocalDate held = jdbc.sql("select held_on from conference where id = :c and unit_id in (:units)").param("c", conferenceId)
                    .param("units", unitsOf(unit, open)).query(LocalDate.class).optional().orElse(null);
            if (held == null) {
                throw ValidationException.of("conferenceId", "error.campaign.notOwnConference", conferenceId);
            }
            on = held;
        } else {
            if (h.deliverable() != Deliverable.REPORT || note == null || note.isBlank()) {
                throw ValidationException.of("documentId", "error.campaign.evidenceRequired");
            }
            on = today();
        }
        for (Row r : open) {
            deliver(r, on, documentId, conferenceId, VietnameseText.clean(note));
        }
        if (documentId != null && h.deliverable() == Deliverable.PLAN) {
            documents.linkImplements(documentId, h.sourceId());
        }
        audit.record("OBLIGATION_FULFILLED", "CAMPAIGN", id, unit.id(), unit.name() + " hoàn thành ngày " + on,
                null);
        return campaignLinesOf(id, unit);
    }

    private static List<Long> unitsOf(UnitRef unit, List<Row> rows) {
        List<Long> ids = new ArrayList<>(rows.stream().map(Row::unitId).toList());
        ids.add(unit.id());
        return ids;
    }

    private void deliver(Row r, LocalDate on, Long documentId, Long conferenceId, String note) {
        jdbc.sql("""
                update obligation set state = 'DONE', fulfilled_on = ?, evidence_document_id = ?, evidence_conference_id = ?,
                  evidence_note = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ? and state = 'OPEN'""")
                .params(on, documentId, conferenceId, note, OffsetDateTime.now(clock),
                        CurrentUser.get().map(CurrentUser::getUsername).orElse(CurrentUser.SYSTEM), r.id())
                .update();
    }

    private void requireDeliver(Head h, UnitRef unit) {
        if (!tree.allows(unit.id(), Permission.DELIVER_OBLIGATIONS) && !tree.allows(h.requiringUnitId(), Permission.MANAGE_CAMPAIGNS)) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    /** Exempts a unit (with a reason); only the requiring side may. */
    @Transactional
    public CampaignView exempt(long id, String unitCode, String reason) {
        Head h = head(id);
        if (!tree.allows(h.requiringUnitId(), Permission.MANAGE_CAMPAIGNS)) {
            throw new ForbiddenException("error.forbidden");
        }
        String clean = VietnameseText.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw ValidationException.of("reason", "error.required.named", "reason");
        }
        UnitRef unit = tree.unit(unitCode, today(), Permission.READ_UNITS);
        List<Row> open = held(id, unit, today()).stream().filter(r -> "OPEN".equals(r.state())).toList();
        if (open.isEmpty()) {
            throw new ConflictException("error.campaign.noOpenObligation", unit.code());
        }
        for (Row r : open) {
            jdbc.sql("update obligation set state = 'EXEMPT', exempt_reason = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ?")
                    .params(clean, OffsetDateTime.now(clock), CurrentUser.require().getUsername(), r.id()).update();
        }
        audit.record("OBLIGATION_EXEMPTED", "CAMPAIGN", id, unit.id(), unit.name() + " được miễn: " + clean, null);
        return campaign(id, null);
    }

    /** A target unit requires its own subordinates to deliver the same, down to a depth, by a date. */
    @Transactional
    public CampaignView cascade(long id, String unitCode, Integer depth, LocalDate dueOn, String deliverable,
            LocalDate openedOn) {
        Head h = head(id);
        UnitRef unit = tree.unit(unitCode, today(), Permission.READ_UNITS);
        if (!tree.allows(unit.id(), Permission.MANAGE_CAMPAIGNS)) {
            throw new ForbiddenException("error.forbidden");
        }
        Row own = held(id, unit, today()).stream().findFirst()
                .orElseThrow(() -> new ConflictException("error.campaign.noOpenObligation", unit.code()));
        if (dueOn != null && dueOn.isAfter(h.dueOn()) && h.deliverable() != Deliverable.REPORT) {
            // a cascade may end later than the parent campaign only for reports; plans and conferences below first
            throw ValidationException.of("dueOn", "error.campaign.cascadeAfterParent", h.dueOn());
        }
        return open(new OpenCampaign(h.sourceId(), unit.code(), depth, deliverable == null ? h.deliverable().name() : deliverable,
                dueOn, null, openedOn, null), own.id());
    }

    /** A document implementing a campaign's source delivers the open PLAN obligations of its issuer. */
    @EventListener
    void on(DocumentRegistered event) {
        if (event.implementsIds().isEmpty()) {
            return;
        }
        jdbc.sql("""
                select c.id from campaign c join obligation o on o.campaign_id = c.id
                where c.source_document_id in (:sources) and c.deliverable in ('PLAN', 'REPORT') and o.state = 'OPEN'
                  and o.unit_id = :unit""")
                .param("sources", event.implementsIds()).param("unit", event.issuerUnitId())
                .query(Long.class).list().stream().distinct()
                .forEach(campaignId -> obligations(campaignId).stream()
                        .filter(r -> r.unitId() == event.issuerUnitId() && "OPEN".equals(r.state()))
                        .forEach(r -> deliver(r, event.issuedOn(), event.documentId(), null, null)));
    }

    /** A conference on a campaign's source document delivers the open CONFERENCE obligations of its unit. */
    @EventListener
    void on(ConferenceHeld event) {
        jdbc.sql("""
                select o.id, o.unit_id from campaign c join obligation o on o.campaign_id = c.id
                where c.source_document_id in (:docs) and c.deliverable = 'CONFERENCE' and o.state = 'OPEN' and o.unit_id = :unit""")
                .param("docs", event.documentIds()).param("unit", event.unitId())
                .query((rs, i) -> rs.getLong(1)).list()
                .forEach(obligationId -> jdbc.sql("""
                        update obligation set state = 'DONE', fulfilled_on = ?, evidence_conference_id = ?, version = version + 1,
                          updated_at = ?, updated_by = ? where id = ? and state = 'OPEN'""")
                        .params(event.heldOn(), event.conferenceId(), OffsetDateTime.now(clock),
                                CurrentUser.get().map(CurrentUser::getUsername).orElse(CurrentUser.SYSTEM), obligationId)
                        .update());
    }

    /** Evidence registered before the campaign existed counts when the campaign opens. */
    private void autoFulfil(long campaignId) {
        jdbc.sql("""
                update obligation o set state = 'DONE', fulfilled_on = d.issued_on, evidence_document_id = d.id,
                  version = o.version + 1
                from campaign c, document_relation r, document d
                where o.campaign_id = :c and o.state = 'OPEN' and c.id = o.campaign_id
                  and c.deliverable = 'PLAN' and r.to_document_id = c.source_document_id and r.kind = 'IMPLEMENTS'
                  and d.id = r.from_document_id and d.issuer_unit_id = o.unit_id""")
                .param("c", campaignId).update();
        jdbc.sql("""
                update obligation o set state = 'DONE', fulfilled_on = f.held_on, evidence_conference_id = f.id,
                  version = o.version + 1
                from campaign c, conference_document cd, conference f
                where o.campaign_id = :c and o.state = 'OPEN' and c.id = o.campaign_id
                  and c.deliverable = 'CONFERENCE' and cd.document_id = c.source_document_id and f.id = cd.conference_id
                  and f.unit_id = o.unit_id""")
                .param("c", campaignId).update();
    }

    /**
     * The campaigns opened from a document (their source), newest due date first, as far as the caller may
     * see them: campaigns of the requiring unit's side, or with an obligation of the caller's units.
     */
    @Transactional(readOnly = true)
    public List<CampaignLine> campaignsFrom(long documentId) {
        if (!documents.visible(documentId)) {
            throw new NotFoundException("error.document.notFound", documentId);
        }
        record Line(CampaignLine line, long requiringUnitId) {
        }
        return jdbc.sql("""
                select c.id, c.title, d.number_text,
                  (select name from org_unit_state s where s.unit_id = c.requiring_unit_id order by s.valid_from desc limit 1),
                  c.deliverable, c.due_on,
                  (select count(*) from obligation o where o.campaign_id = c.id),
                  (select count(*) from obligation o where o.campaign_id = c.id and o.state = 'DONE'),
                  c.requiring_unit_id
                from campaign c join document d on d.id = c.source_document_id
                where c.source_document_id = ? order by c.due_on desc, c.id desc limit 200""")
                .param(documentId)
                .query((rs, i) -> new Line(new CampaignLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Deliverable.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8)),
                        rs.getLong(9)))
                .list().stream()
                .filter(l -> tree.allows(l.requiringUnitId(), Permission.READ_UNITS) || obligations(l.line().id()).stream()
                        .anyMatch(o -> tree.allows(o.unitId(), Permission.READ_UNITS)))
                .map(Line::line).toList();
    }
}
