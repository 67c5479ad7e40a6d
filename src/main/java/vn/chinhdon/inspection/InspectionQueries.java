package vn.chinhdon.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.BoundSql;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.remediation.FollowUpCounts;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.SourceKind;
import vn.chinhdon.shared.EnumValues;
import vn.chinhdon.shared.PageResult;

/**
 * Inspections seen from a unit: those issued in its subtree (by), those whose targets lie in it (of), their step
 * and due dates, the overdue ones; programs of a year; and the overview of the unit's inspections and of the
 * follow-up of their requirements. Only inspections the caller may see are listed or counted.
 */
@Service
public class InspectionQueries {

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final AccessControl access;
    private final Inspections inspections;
    private final InspectionManagement management;
    private final FollowUpManagement followUps;
    private final Clock clock;

    InspectionQueries(JdbcClient jdbc, TreeQueries tree, AccessControl access, Inspections inspections,
            InspectionManagement management, FollowUpManagement followUps, Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.access = access;
        this.inspections = inspections;
        this.management = management;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** Which inspections of a unit: issued in its subtree, aimed at its subtree, or either. */
    public enum Side {
        BY, OF, ALL
    }

    /** Filters of the list: every step, still open (not archived), overdue, or one step. */
    public record Filter(String side, String step, String kind, Integer year, Boolean overdue) {
    }

    /**
     * The inspections of and by the unit's subtree (and its predecessors'), newest first, with their step and due
     * dates; {@code overdue}: only those past the conduct's or the archive's due date.
     */
    @Transactional(readOnly = true)
    public PageResult<InspectionLine> list(String unitCode, Filter f, Integer page, Integer size) {
        LocalDate on = LocalDate.now(clock);
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), on, Permission.READ_UNITS);
        List<Problem> problems = new ArrayList<>();
        Side side = f.side() == null || f.side().isBlank() ? Side.ALL : EnumValues.parse(Side.class, f.side());
        if (side == null) {
            problems.add(Problem.field("side", "error.inspection.side", f.side()));
        }
        InspectionStep step = f.step() == null || f.step().isBlank() ? null : EnumValues.parse(InspectionStep.class, f.step());
        if (step == null && f.step() != null && !f.step().isBlank()) {
            problems.add(Problem.field("step", "error.inspection.step", f.step()));
        }
        InspectionKind kind = f.kind() == null || f.kind().isBlank() ? null : EnumValues.parse(InspectionKind.class, f.kind());
        if (kind == null && f.kind() != null && !f.kind().isBlank()) {
            problems.add(Problem.field("kind", "error.inspection.kind", f.kind()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        BoundSql q = scoped(unit);
        q.params().put("today", on);
        StringBuilder where = new StringBuilder(switch (side) {
            case BY -> " where x.by_sub";
            case OF -> " where x.of_sub";
            case ALL -> " where (x.by_sub or x.of_sub)";
        });
        if (step != null) {
            where.append(" and x.step = :step");
            q.params().put("step", step.name());
        }
        if (kind != null) {
            where.append(" and x.kind = :kind");
            q.params().put("kind", kind.name());
        }
        if (f.year() != null) {
            where.append(" and extract(year from coalesce(x.started_on, x.step_on)) = :year");
            q.params().put("year", f.year());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and (").append(OVERDUE).append(')');
        }
        int sz = PageResult.clampSize(size);
        int pg = PageResult.clampPage(page);
        long total = q.bind(jdbc.sql(q.sql() + "select count(*) from x" + where)).query(Long.class).single();
        List<Long> ids = q.bind(jdbc.sql(q.sql() + "select x.id from x" + where
                + " order by x.step_on desc, x.id desc limit :limit offset :offset"))
                .param("limit", sz).param("offset", (long) pg * sz).query(Long.class).list();
        return new PageResult<>(management.lines(ids, on), pg, sz, total);
    }

    /**
     * The inspections whose delegation the caller belongs to (through the member their account is linked to),
     * the running first, then the newest.
     */
    @Transactional(readOnly = true)
    public PageResult<InspectionLine> mine(Integer page, Integer size) {
        Long member = inspections.callerMemberId();
        int sz = PageResult.clampSize(size);
        int pg = PageResult.clampPage(page);
        if (member == null) {
            return new PageResult<>(List.of(), pg, sz, 0);
        }
        long total = jdbc.sql("select count(*) from inspection_delegate where member_id = ?").param(member)
                .query(Long.class).single();
        List<Long> ids = jdbc.sql("""
                select i.id from inspection i join inspection_delegate d on d.inspection_id = i.id and d.member_id = :member
                order by i.step in ('KICKED_OFF', 'SELF_REPORT_SUBMITTED', 'VERIFYING', 'DRAFT_REPORT') desc,
                  i.step_on desc, i.id desc limit :limit offset :offset""")
                .param("member", member).param("limit", sz).param("offset", (long) pg * sz).query(Long.class).list();
        return new PageResult<>(management.lines(ids, LocalDate.now(clock)), pg, sz, total);
    }

    private static final String OVERDUE = """
            (x.due_on is not null and x.concluded_on is null and x.due_on < :today)
            or (x.archive_due_on is not null and x.archived_on is null and x.archive_due_on < :today)""";

    /** Counts for the unit's page and the dashboard: by and of the subtree per step, overdue, follow-up. */
    @Transactional(readOnly = true)
    public InspectionOverview overview(String unitCode) {
        LocalDate on = LocalDate.now(clock);
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), on, Permission.READ_UNITS);
        BoundSql q = scoped(unit);
        q.params().put("today", on);
        Map<InspectionStep, Long> by = new EnumMap<>(InspectionStep.class);
        Map<InspectionStep, Long> of = new EnumMap<>(InspectionStep.class);
        long[] overdue = new long[2];
        q.bind(jdbc.sql(q.sql() + """
                select x.step, count(*) filter (where x.by_sub), count(*) filter (where x.of_sub),
                  count(*) filter (where x.due_on is not null and x.concluded_on is null and x.due_on < :today),
                  count(*) filter (where x.archive_due_on is not null and x.archived_on is null and x.archive_due_on < :today)
                from x where x.by_sub or x.of_sub group by x.step"""))
                .query(rs -> {
                    InspectionStep s = InspectionStep.valueOf(rs.getString(1));
                    if (rs.getLong(2) > 0) {
                        by.put(s, rs.getLong(2));
                    }
                    if (rs.getLong(3) > 0) {
                        of.put(s, rs.getLong(3));
                    }
                    overdue[0] += rs.getLong(4);
                    overdue[1] += rs.getLong(5);
                });
        long openRecommendations = recommendations(unit.code(), true, 0, 1).total();
        FollowUpCounts c = followUps.counts(unit.code(), on, SourceKind.INSPECTION);
        return new InspectionOverview(unit.code(), unit.name(), on, by, of,
                by.values().stream().mapToLong(Long::longValue).sum(), of.values().stream().mapToLong(Long::longValue).sum(),
                overdue[0], overdue[1], openRecommendations, c.total(), c.open() + c.submitted(), c.late(), c.verified(),
                c.percentVerified(),
                tree.allows(unit.id(), Permission.MANAGE_INSPECTIONS));
    }

    /**
     * The recommendations addressed to units of the unit's subtree (and its predecessors') that the caller may
     * read, the unanswered first (oldest first), then the answered (newest first); {@code open}: only unanswered.
     */
    @Transactional(readOnly = true)
    public PageResult<RecommendationLine> recommendations(String unitCode, Boolean open, Integer page, Integer size) {
        LocalDate on = LocalDate.now(clock);
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), on, Permission.READ_UNITS);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", unit.id());
        String visible = access.coverage(Permission.READ_UNITS, "sv.path").named("v", params);
        String from = """
                with recursive scope(id) as (
                  select cast(:unit as bigint)
                  union select l.predecessor_id from org_unit_lineage l join scope s on l.successor_id = s.id)
                select %s from inspection_recommendation r
                join inspection i on i.id = r.inspection_id
                join inspection_target t on t.id = r.target_id left join member m on m.id = t.member_id
                join org_unit u on u.id = r.to_unit_id
                where exists (select 1 from org_unit_state s join scope x on s.path like '%%/' || x.id || '/%%'
                              where s.unit_id = r.to_unit_id)
                  and exists (select 1 from org_unit_state sv where sv.unit_id = r.to_unit_id and %s)"""
                + (Boolean.TRUE.equals(open) ? " and r.answered_on is null" : "");
        int sz = PageResult.clampSize(size);
        int pg = PageResult.clampPage(page);
        BoundSql bound = new BoundSql(from, params);
        long total = bound.bind(jdbc.sql(from.formatted("count(*)", visible))).query(Long.class).single();
        var spec = bound.bind(jdbc.sql(from.formatted("""
                r.id, i.id, i.title, case when m.id is null then %s else m.full_name || ' (' || %s || ')' end,
                  u.code, %s, r.text, r.made_on, r.answer, r.answered_on""".formatted(Inspections.latestName("t.unit_id"),
                Inspections.latestName("t.unit_id"), Inspections.latestName("r.to_unit_id")), visible)
                + " order by r.answered_on is not null, case when r.answered_on is null then r.made_on end,"
                + " r.answered_on desc, r.id limit :limit offset :offset"));
        List<RecommendationLine> items = spec.param("limit", sz).param("offset", (long) pg * sz)
                .query((rs, i) -> {
                    LocalDate made = rs.getObject(8, LocalDate.class);
                    LocalDate answered = rs.getObject(10, LocalDate.class);
                    return new RecommendationLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), made, rs.getString(9), answered,
                            answered == null ? (int) (on.toEpochDay() - made.toEpochDay()) : 0);
                })
                .list();
        return new PageResult<>(items, pg, sz, total);
    }

    /** The programs of units the caller may read in the unit's subtree, of a year (all years when null). */
    @Transactional(readOnly = true)
    public List<ProgramView> programs(String unitCode, Integer year) {
        LocalDate on = LocalDate.now(clock);
        UnitRef unit = tree.unit(unitCode == null ? null : unitCode.trim(), on, Permission.READ_UNITS);
        List<Long> ids = jdbc.sql("""
                select p.id from inspection_program p
                where exists (select 1 from org_unit_state s where s.unit_id = p.unit_id and s.path like :path)
                  and (cast(:year as int) is null or p.year = :year)
                order by p.year desc, p.id""")
                .param("path", unit.path() + "%").param("year", year).query(Long.class).list();
        List<ProgramView> out = new ArrayList<>();
        for (Long id : ids) {
            try {
                out.add(management.program(id));
            } catch (vn.chinhdon.platform.NotFoundException e) {
                // a program of a unit in the subtree the caller's grants do not cover
            }
        }
        return out;
    }

    /**
     * The CTE {@code x}: every inspection the caller may see (the issuing unit or a target unit readable, or the
     * caller in its delegation), marked whether it was issued in the subtree of the unit or of one of its
     * predecessors ({@code by_sub}) and whether a target lies there ({@code of_sub}).
     */
    private BoundSql scoped(UnitRef unit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", unit.id());
        params.put("member", inspections.callerMemberId() == null ? -1L : inspections.callerMemberId());
        String issuer = access.coverage(Permission.READ_UNITS, "si.path").named("fi", params);
        String target = access.coverage(Permission.READ_UNITS, "st.path").named("ft", params);
        String sql = """
                with recursive scope(id) as (
                  select cast(:unit as bigint)
                  union select l.predecessor_id from org_unit_lineage l join scope s on l.successor_id = s.id),
                x as (
                  select i.*,
                    exists (select 1 from org_unit_state s join scope sc on s.path like '%%/' || sc.id || '/%%'
                            where s.unit_id = i.unit_id) as by_sub,
                    exists (select 1 from inspection_target t join org_unit_state s on s.unit_id = t.unit_id
                              join scope sc on s.path like '%%/' || sc.id || '/%%' where t.inspection_id = i.id) as of_sub
                  from inspection i
                  where exists (select 1 from org_unit_state si where si.unit_id = i.unit_id and %s)
                     or exists (select 1 from inspection_target t join org_unit_state st on st.unit_id = t.unit_id
                                where t.inspection_id = i.id and %s)
                     or exists (select 1 from inspection_delegate d where d.inspection_id = i.id and d.member_id = :member))
                """.formatted(issuer, target);
        return new BoundSql(sql, params);
    }
}
