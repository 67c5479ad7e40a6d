package vn.chinhdon.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.CommitteeView;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.remediation.FollowUpLine;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.NewFollowUp;
import vn.chinhdon.remediation.Source;
import vn.chinhdon.remediation.SourceKind;

/**
 * Expressions of degradation identified in a unit, and the yearly remedy plans of its committee and its head. Each
 * use case checks the caller's grants — reading needs {@code READ_UNITS} over the unit, identifying and recording a
 * plan {@code MANAGE_CONDUCT} over it, accepting a plan {@code VERIFY_FOLLOW_UPS} over the unit above — validates
 * every input problem at once, writes, and records who did what in the audit log, in one transaction. A unit the
 * caller may not read is "not found".
 */
@Service
public class ConductManagement {

    static final int MAX_WORDING = 2000;
    static final int MAX_EVIDENCE = 8000;
    static final int MAX_ITEMS = 30;
    static final int MAX_ITEM = 4000;
    /** The longest source label of a follow-up task (follow_up.source_label). */
    static final int SOURCE_LABEL = 300;

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final DegradationCatalogue catalogue;
    private final CommitteeManagement committees;
    private final FollowUpManagement followUps;
    private final AuditLog audit;
    private final Clock clock;

    ConductManagement(JdbcClient jdbc, ConductAccess access, DegradationCatalogue catalogue,
            CommitteeManagement committees, FollowUpManagement followUps, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.catalogue = catalogue;
        this.committees = committees;
        this.followUps = followUps;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- expressions identified ----

    /**
     * Records an expression identified in a unit ({@code MANAGE_CONDUCT} over it, the unit active on the date
     * identified), under one or more catalogue codes, with the catalogue version in force on that date.
     */
    @Transactional
    public ExpressionView identify(NewExpression c) {
        List<Problem> problems = new ArrayList<>();
        LocalDate on = c.identifiedOn() == null ? today() : c.identifiedOn();
        if (on.isAfter(today())) {
            problems.add(Problem.field("identifiedOn", "error.date.future", on));
            on = today();
        }
        UnitRef unit = access.managed(c.unitCode(), on, "unitCode", problems);
        int year = c.year() == null ? on.getYear() : c.year();
        if (year < 2000 || year > on.getYear() + 1) {
            problems.add(Problem.field("year", "error.conduct.year", "2000", String.valueOf(on.getYear() + 1)));
        }
        List<String> codes = catalogue.codes(c.codes(), "codes", problems);
        if (codes.isEmpty() && problems.stream().noneMatch(p -> "codes".equals(p.field()))) {
            problems.add(Problem.field("codes", "error.conduct.codesRequired"));
        }
        String wording = Inputs.text(c.wording(), "wording", MAX_WORDING, true, problems);
        String evidence = Inputs.text(c.evidence(), "evidence", MAX_EVIDENCE, false, problems);
        String sourceKind = Inputs.text(c.sourceKind(), "sourceKind", 200, true, problems);
        String reference = Inputs.text(c.sourceReference(), "sourceReference", 500, false, problems);
        String by = Inputs.text(c.identifiedBy(), "identifiedBy", 300, true, problems);
        Inputs.refuseIfAny(problems);
        long id = access.nextId();
        CurrentUser me = CurrentUser.require();
        jdbc.sql("""
                insert into conduct_expression (id, unit_id, year, codes, wording, evidence, source_kind, source_reference,
                  identified_on, identified_by, catalogue_id, created_at, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, unit.id(), year, ConductAccess.array(codes), wording, evidence, sourceKind, reference, on, by,
                        catalogue.versionIdOn(on), OffsetDateTime.now(clock), me.getUsername(), me.displayName())
                .update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("codes", codes);
        changes.put("year", year);
        changes.put("source", sourceKind);
        audit.record("CONDUCT_EXPRESSION_IDENTIFIED", "CONDUCT_EXPRESSION", id, unit.id(),
                "Biểu hiện suy thoái (" + String.join(", ", codes) + ") tại " + unit.name() + ": "
                        + Inputs.abbreviate(wording, 200), changes);
        return expression(id);
    }

    /** An identified expression, if the caller may read its unit. */
    @Transactional(readOnly = true)
    public ExpressionView expression(long id) {
        List<ExpressionView> found = expressions(List.of(id));
        if (found.isEmpty() || !access.allows(unitOf("conduct_expression", id), Permission.READ_UNITS)) {
            throw new NotFoundException("error.conduct.expressionNotFound", id);
        }
        return found.get(0);
    }

    /** The expressions of the ids, in the order given, without a grants check. */
    List<ExpressionView> expressions(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ExpressionView> byId = new HashMap<>();
        jdbc.sql("""
                select e.id, u.code, %s, e.year, e.codes, e.wording, e.evidence, e.source_kind, e.source_reference,
                  e.identified_on, e.identified_by, c.number, e.created_by, e.created_by_name
                from conduct_expression e join org_unit u on u.id = e.unit_id
                join degradation_catalogue c on c.id = e.catalogue_id where e.id = any(:ids)"""
                .formatted(ConductAccess.nameOn("e.unit_id", "e.identified_on")))
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    byId.put(rs.getLong(1), new ExpressionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            ConductAccess.list(rs.getArray(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getInt(12),
                            rs.getString(13), rs.getString(14)));
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private long unitOf(String table, long id) {
        return jdbc.sql("select unit_id from " + table + " where id = ?").param(id).query(Long.class).optional()
                .orElse(-1L);
    }

    // ---- remedy plans ----

    /**
     * Records the yearly remedy plan of a unit's committee, or of its head ({@code headMemberId}: the head of the unit
     * on the date adopted), with at least one item ({@code MANAGE_CONDUCT} over the unit). One plan per unit, year and
     * head. The unit above on that date is the plan's verifier: it accepts the plan ({@link #accept}).
     */
    @Transactional
    public RemedyPlanView record(NewRemedyPlan c) {
        List<Problem> problems = new ArrayList<>();
        LocalDate on = c.adoptedOn() == null ? today() : c.adoptedOn();
        if (on.isAfter(today())) {
            problems.add(Problem.field("adoptedOn", "error.date.future", on));
            on = today();
        }
        UnitRef unit = access.managed(c.unitCode(), on, "unitCode", problems);
        int year = c.year() == null ? on.getYear() : c.year();
        if (year < 2000 || year > on.getYear() + 1) {
            problems.add(Problem.field("year", "error.conduct.year", "2000", String.valueOf(on.getYear() + 1)));
        }
        String headName = null;
        if (unit != null && c.headMemberId() != null) {
            var head = committees.headOn(unit.code(), on);
            if (head.isEmpty() || head.get().memberId() != c.headMemberId()) {
                problems.add(Problem.field("headMemberId", "error.conduct.notHead", String.valueOf(c.headMemberId()),
                        unit.name(), on));
            } else {
                headName = head.get().memberName();
            }
        }
        String title = Inputs.text(c.title(), "title", 500, true, problems);
        String number = Inputs.text(c.documentNumber(), "documentNumber", 100, false, problems);
        List<NewRemedyPlan.Item> items = c.items() == null ? List.of()
                : c.items().stream().filter(Objects::nonNull).toList();
        if (items.isEmpty()) {
            problems.add(Problem.field("items", "error.conduct.itemsRequired"));
        } else if (items.size() > MAX_ITEMS) {
            problems.add(Problem.field("items", "error.conduct.tooManyItems", String.valueOf(MAX_ITEMS)));
        }
        List<List<String>> itemCodes = new ArrayList<>();
        List<String> itemTexts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NewRemedyPlan.Item item = items.get(i);
            String f = "items[" + i + "].";
            itemTexts.add(Inputs.text(item.text(), f + "text", MAX_ITEM, true, problems));
            List<String> codes = catalogue.codes(item.codes(), f + "codes", problems);
            if (codes.isEmpty() && problems.stream().noneMatch(p -> (f + "codes").equals(p.field()))) {
                problems.add(Problem.field(f + "codes", "error.conduct.codesRequired"));
            }
            itemCodes.add(codes);
            if (item.deadline() == null) {
                problems.add(Problem.field(f + "deadline", "error.required.named", f + "deadline"));
            } else if (item.deadline().isBefore(on)) {
                problems.add(Problem.field(f + "deadline", "error.conduct.deadlineBeforeAdopted", on));
            }
        }
        UnitRef verifier = null;
        if (unit != null) {
            List<UnitRef> above = access.tree().ancestors(unit, on);
            verifier = above.isEmpty() ? unit : above.get(above.size() - 1);
            if (jdbc.sql("""
                    select count(*) from remedy_plan where unit_id = ? and year = ?
                      and coalesce(head_member_id, -1) = coalesce(cast(? as bigint), -1)""")
                    .params(unit.id(), year, c.headMemberId()).query(Long.class).single() > 0) {
                problems.add(Problem.field("year", c.headMemberId() == null ? "error.conduct.planExists"
                        : "error.conduct.headPlanExists", String.valueOf(year)));
            }
        }
        Inputs.refuseIfAny(problems);
        long id = access.nextId();
        CurrentUser me = CurrentUser.require();
        jdbc.sql("""
                insert into remedy_plan (id, unit_id, head_member_id, year, title, adopted_on, document_number,
                  verifier_unit_id, created_at, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, unit.id(), c.headMemberId(), year, title, on, number, verifier.id(), OffsetDateTime.now(clock),
                        me.getUsername(), me.displayName())
                .update();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("""
                    insert into remedy_plan_item (id, plan_id, ordinal, text, codes, deadline)
                    values (nextval('org_seq'), ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, itemTexts.get(i), ConductAccess.array(itemCodes.get(i)), items.get(i).deadline())
                    .update();
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("year", year);
        changes.put("items", items.size());
        changes.put("verifier", verifier.code());
        if (headName != null) {
            changes.put("head", headName);
        }
        audit.record("REMEDY_PLAN_RECORDED", "REMEDY_PLAN", id, unit.id(), "Kế hoạch khắc phục năm " + year + " của "
                + (headName == null ? unit.name() : "người đứng đầu " + unit.name() + " (" + headName + ")") + ": "
                + title, changes);
        return plan(id);
    }

    /**
     * The unit above accepts the plan ({@code VERIFY_FOLLOW_UPS} over it): each item becomes a follow-up task of the
     * unit (of its head, for a head's plan), opened on {@code acceptedOn} (default today) with the item's deadline,
     * verified by the unit above ({@code FollowUpManagement.open}, source {@code REMEDY_PLAN}).
     */
    @Transactional
    public RemedyPlanView accept(long id, LocalDate acceptedOn, Long version) {
        PlanRow p = visiblePlan(id);
        if (!access.allows(p.verifierUnitId(), Permission.VERIFY_FOLLOW_UPS)) {
            throw new ForbiddenException("error.conduct.notVerifier", access.unitName(p.verifierUnitId(), p.adoptedOn()));
        }
        if (version != null && version != p.version()) {
            throw new ConflictException("error.stale");
        }
        if (p.state() != PlanState.RECORDED) {
            throw new ConflictException("error.conduct.planAccepted", p.acceptedOn());
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate on = acceptedOn == null ? today() : acceptedOn;
        if (on.isAfter(today())) {
            problems.add(Problem.field("acceptedOn", "error.date.future", on));
        } else if (on.isBefore(p.adoptedOn())) {
            problems.add(Problem.field("acceptedOn", "error.conduct.acceptedBeforeAdopted", p.adoptedOn()));
        }
        List<ItemRow> items = items(id);
        for (ItemRow item : items) {
            if (item.deadline().isBefore(on)) {
                problems.add(Problem.field("items[" + (item.ordinal() - 1) + "].deadline",
                        "error.conduct.deadlineBeforeAccepted", String.valueOf(item.ordinal()), item.deadline(), on));
            }
        }
        Inputs.refuseIfAny(problems);
        String unitCode = access.unitCode(p.unitId());
        String verifierCode = access.unitCode(p.verifierUnitId());
        String label = "Kế hoạch khắc phục biểu hiện suy thoái năm " + p.year()
                + (p.documentNumber() == null ? "" : " (" + p.documentNumber() + ")") + " của "
                + (p.headMemberId() == null ? "" : "người đứng đầu ") + access.unitName(p.unitId(), p.adoptedOn());
        String source = label.length() <= SOURCE_LABEL ? label : label.substring(0, SOURCE_LABEL - 1) + "…";
        for (ItemRow item : items) {
            var task = followUps.open(new NewFollowUp(new Source(SourceKind.REMEDY_PLAN, id, source), unitCode,
                    p.headMemberId(), verifierCode, item.text(), item.deadline(), null, on, null));
            jdbc.sql("update remedy_plan_item set follow_up_id = ? where id = ?").params(task.id(), item.id()).update();
        }
        CurrentUser me = CurrentUser.require();
        int n = jdbc.sql("""
                update remedy_plan set state = 'ACCEPTED', accepted_on = ?, accepted_by = ?, accepted_by_name = ?,
                  version = version + 1 where id = ? and version = ?""")
                .params(on, me.getUsername(), me.displayName(), id, p.version()).update();
        if (n == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record("REMEDY_PLAN_ACCEPTED", "REMEDY_PLAN", id, p.unitId(), "Tiếp nhận, theo dõi kế hoạch khắc phục năm "
                + p.year() + " của " + access.unitName(p.unitId(), p.adoptedOn()) + ": " + items.size()
                + " việc khắc phục", Map.of("verifier", verifierCode, "acceptedOn", on.toString()));
        return plan(id);
    }

    /** A plan, if the caller may read its unit or the unit above that verifies it. */
    @Transactional(readOnly = true)
    public RemedyPlanView plan(long id) {
        PlanRow p = visiblePlan(id);
        Map<Long, FollowUpLine> tasks = new HashMap<>();
        for (FollowUpLine l : followUps.ofSource(SourceKind.REMEDY_PLAN, id)) {
            tasks.put(l.id(), l);
        }
        List<RemedyPlanView.Item> items = items(id).stream().map(i -> {
            FollowUpLine t = i.followUpId() == null ? null : tasks.get(i.followUpId());
            return new RemedyPlanView.Item(i.id(), i.ordinal(), i.text(), i.codes(), i.deadline(), i.followUpId(),
                    t == null ? null : t.state(), t != null && t.late());
        }).toList();
        boolean canAccept = p.state() == PlanState.RECORDED && access.allows(p.verifierUnitId(), Permission.VERIFY_FOLLOW_UPS);
        return new RemedyPlanView(p.id(), access.unitCode(p.unitId()), access.unitName(p.unitId(), p.adoptedOn()),
                p.headMemberId(), p.headMemberId() == null ? null : access.memberName(p.headMemberId()), p.year(), p.title(),
                p.adoptedOn(), p.documentNumber(), access.unitCode(p.verifierUnitId()),
                access.unitName(p.verifierUnitId(), p.adoptedOn()), p.state(), p.acceptedOn(), p.acceptedByName(),
                p.recordedByName(), items, canAccept, p.version());
    }

    record PlanRow(long id, long unitId, Long headMemberId, int year, String title, LocalDate adoptedOn,
            String documentNumber, long verifierUnitId, PlanState state, LocalDate acceptedOn, String acceptedByName,
            String recordedByName, long version) {
    }

    record ItemRow(long id, int ordinal, String text, List<String> codes, LocalDate deadline, Long followUpId) {
    }

    private PlanRow visiblePlan(long id) {
        return jdbc.sql("""
                select id, unit_id, head_member_id, year, title, adopted_on, document_number, verifier_unit_id, state,
                  accepted_on, accepted_by_name, created_by_name, version from remedy_plan where id = ?""")
                .param(id)
                .query((rs, i) -> new PlanRow(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getInt(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getLong(8),
                        PlanState.valueOf(rs.getString(9)), rs.getObject(10, LocalDate.class), rs.getString(11),
                        rs.getString(12), rs.getLong(13)))
                .optional()
                .filter(p -> access.allows(p.unitId(), Permission.READ_UNITS)
                        || access.allows(p.verifierUnitId(), Permission.READ_UNITS))
                .orElseThrow(() -> new NotFoundException("error.conduct.planNotFound", id));
    }

    private List<ItemRow> items(long planId) {
        return jdbc.sql("""
                select id, ordinal, text, codes, deadline, follow_up_id from remedy_plan_item where plan_id = ?
                order by ordinal""")
                .param(planId)
                .query((rs, i) -> new ItemRow(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        ConductAccess.list(rs.getArray(4)), rs.getObject(5, LocalDate.class), (Long) rs.getObject(6)))
                .list();
    }

    /** The head of the unit on the date, if the committee records one (for the plan form). */
    @Transactional(readOnly = true)
    public java.util.Optional<CommitteeView.Seat> headOn(String unitCode, LocalDate on) {
        UnitRef unit = access.readable(unitCode, on);
        return committees.headOn(unit.code(), on);
    }
}
