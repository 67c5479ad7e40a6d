package vn.chinhdon.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.BoundSql;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.shared.PageResult;

/**
 * What a season and its ratings look like to the caller: seasons of a unit, one season's ratings, a rating with its
 * steps and evidence, who waits on whom, the quota in use per grassroots organization, the flagged proposals, the
 * levels of a subtree year over year, the units rated high against their evidence, a member's and a unit's history.
 * Every list holds only the ratings the caller may read.
 */
@Service
public class EvaluationQueries {

    private static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final RatingRows rows;
    private final RatingOrder order;
    private final TreeQueries tree;
    private final EvaluationRules rules;
    private final EvidenceQueries evidenceQueries;
    private final java.time.Clock clock;

    EvaluationQueries(JdbcClient jdbc, RatingRows rows, RatingOrder order, TreeQueries tree, EvaluationRules rules,
            EvidenceQueries evidenceQueries, java.time.Clock clock) {
        this.evidenceQueries = evidenceQueries;
        this.clock = clock;
        this.jdbc = jdbc;
        this.rows = rows;
        this.order = order;
        this.tree = tree;
        this.rules = rules;
    }

    private String unitCode(long id) {
        return jdbc.sql("select code from org_unit where id = ?").param(id).query(String.class).single();
    }

    // ---- seasons ----

    @Transactional(readOnly = true)
    public SeasonView season(long id) {
        RatingRows.Season s = rows.visibleSeason(id);
        RuleSetView set = rules.get(s.ruleSetCode());
        BoundSql readable = rows.readableIn(s, "r");
        Map<RatingState, Long> byState = new EnumMap<>(RatingState.class);
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        long[] flagged = {0};
        readable.bind(jdbc.sql("""
                select r.state, r.level, count(*), count(*) filter (where r.flags <> '')
                from evaluation_rating r where r.season_id = :season and %s group by r.state, r.level"""
                .formatted(readable.sql()))).param("season", id)
                .query((ResultSet rs) -> {
                    RatingState st = RatingState.valueOf(rs.getString(1));
                    byState.merge(st, rs.getLong(3), Long::sum);
                    if (rs.getString(2) != null) {
                        byLevel.merge(Level.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
                    }
                    flagged[0] += rs.getLong(4);
                });
        long total = byState.values().stream().mapToLong(Long::longValue).sum();
        return new SeasonView(s.id(), unitCode(s.unitId()), name(s.unitId()), s.title(), s.year(), s.quarter(),
                s.periodFrom(), s.periodTo(), s.ruleSetCode(), set.name(), set.usesScores(), s.openedOn(),
                s.deadline(), s.version(), total, byState, byLevel, flagged[0]);
    }

    /** The seasons of a unit's subtree and of the units above it that take it in, the latest first. */
    @Transactional(readOnly = true)
    public List<SeasonView> seasons(String unitCode) {
        UnitRef unit = tree.unit(unitCode, LocalDate.now(clock), Permission.READ_UNITS);
        return seasonIds(unit, 100).stream().filter(this::readable).map(this::season).toList();
    }

    /** Whether the caller may see the season (a season above the unit may not reach down to it). */
    private boolean readable(long seasonId) {
        return rows.season(seasonId).map(rows::mayRead).orElse(false);
    }

    /** The seasons over the unit's subtree or over a unit above it, the latest first. */
    private List<Long> seasonIds(UnitRef unit, int limit) {
        return jdbc.sql("""
                select s.id from evaluation_season s
                where exists (select 1 from org_unit_state u where u.unit_id = s.unit_id
                                and u.valid_from <= s.period_to and (u.valid_to is null or u.valid_to > s.period_to)
                                and (u.path like :path or :own like u.path || '%'))
                order by s.year desc, coalesce(s.quarter, 4) desc, s.id desc limit :limit""")
                .param("path", unit.path() + "%").param("own", unit.path()).param("limit", limit)
                .query(Long.class).list();
    }

    // ---- ratings ----

    /** A rating with its steps, evidence and what it waits for. */
    @Transactional(readOnly = true)
    public RatingView rating(long id) {
        RatingRows.Row r = rows.visible(id);
        RatingRows.Season s = rows.season(r.seasonId()).orElseThrow();
        RuleSetView set = rules.get(s.ruleSetCode());
        RatingOrder.Blocker waiting = switch (r.state()) {
            case PENDING -> order.toSelfAssess(r);
            case PROPOSED -> order.toDecide(r);
            default -> null;
        };
        List<RatingView.Step> steps = jdbc.sql("""
                select step, level, score, text, decision_number, taken_on, taken_by from evaluation_step
                where rating_id = ? order by id""").param(id)
                .query((rs, i) -> new RatingView.Step(rs.getString(1), RatingRows.level(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
        List<EvidenceItem> evidence = evidenceQueries.of(r.memberId(), r.unitId(), s.periodFrom(), s.periodTo(),
                LocalDate.now(clock));
        return jdbc.sql("""
                select r.*, m.full_name, u.code, d.code as decider_code
                from evaluation_rating r join org_unit u on u.id = r.unit_id join org_unit d on d.id = r.decider_unit_id
                left join member m on m.id = r.member_id where r.id = ?""").param(id)
                .query((rs, i) -> new RatingView(id, s.id(), s.title(), s.year(), s.quarter(), s.ruleSetCode(),
                        set.usesScores(), rs.getString("code"), name(r.unitId()), r.memberId(),
                        rs.getString("full_name"), r.head(), rs.getString("decider_code"), name(r.deciderUnitId()),
                        r.state(), r.selfLevel(), rs.getBigDecimal("self_score"), rs.getString("self_text"),
                        rs.getObject("self_on", LocalDate.class), rs.getString("self_by"),
                        rs.getBoolean("self_on_behalf"), r.proposedLevel(), r.proposedScore(),
                        rs.getString("proposal_text"), rs.getObject("proposed_on", LocalDate.class),
                        rs.getString("proposed_by"), r.sickLeave(), caps(rs.getString("caps_applied")),
                        Contradictions.read(r.flags()), r.level(), rs.getString("decision_number"),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                        rs.getString("acknowledgement"), rs.getBoolean("rerated"),
                        waiting == null ? null : waiting.key(), waiting == null ? null : waiting.arg(), evidence, steps,
                        r.version(), actions(r)))
                .single();
    }

    private RatingView.Actions actions(RatingRows.Row r) {
        boolean own = rows.isSubject(r);
        boolean open = !r.state().settled();
        boolean selfAssess = (r.state() == RatingState.PENDING || r.state() == RatingState.SELF_ASSESSED)
                && (own || tree.allows(r.unitId(), Permission.RECORD_EVALUATIONS));
        boolean propose = open && r.state() != RatingState.PENDING && !own
                && tree.allows(r.deciderUnitId(), Permission.MANAGE_EVALUATIONS);
        boolean decide = r.state() == RatingState.PROPOSED && !own
                && tree.allows(r.deciderUnitId(), Permission.DECIDE_EVALUATIONS);
        boolean rerate = r.state() == RatingState.DECIDED && !own && superiorDecides(r.deciderUnitId());
        return new RatingView.Actions(selfAssess, propose, decide, rerate);
    }

    /** Whether the caller may decide for the unit directly above the competent one. */
    boolean superiorDecides(long deciderUnitId) {
        return tree.unit(deciderUnitId, LocalDate.now(clock))
                .flatMap(d -> tree.ancestors(d, LocalDate.now(clock)).stream().reduce((a, b) -> b))
                .map(u -> tree.allows(u.id(), Permission.DECIDE_EVALUATIONS)).orElse(false);
    }

    private static List<CapKind> caps(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : java.util.Arrays.stream(stored.split(",")).map(CapKind::valueOf).toList();
    }

    /**
     * A season's ratings the caller may read, in tree order (lower units last), collectives before members and
     * members in Vietnamese order; filtered by a unit's subtree, a state, the flagged ones, a name; pages of 50 counted
     * from 0.
     */
    @Transactional(readOnly = true)
    public PageResult<RatingLine> ratings(long seasonId, String unitCode, String state, boolean flaggedOnly,
            String query, Integer page) {
        RatingRows.Season s = rows.visibleSeason(seasonId);
        Map<String, Object> p = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("r.season_id = :season");
        p.put("season", seasonId);
        if (unitCode != null && !unitCode.isBlank()) {
            UnitRef unit = tree.unit(unitCode, s.periodTo(), Permission.READ_UNITS);
            where.append(" and r.unit_path like :path");
            p.put("path", unit.path() + "%");
        }
        if (state != null && !state.isBlank()) {
            RatingState st = vn.chinhdon.shared.EnumValues.parse(RatingState.class, state);
            if (st == null) {
                throw new vn.chinhdon.platform.ValidationException(List.of(vn.chinhdon.platform.ValidationException
                        .Problem.field("state", "error.evaluation.state", state)));
            }
            where.append(" and r.state = :state");
            p.put("state", st.name());
        }
        if (flaggedOnly) {
            where.append(" and r.flags <> ''");
        }
        if (query != null && !query.isBlank()) {
            where.append(" and m.name_folded like :q");
            p.put("q", "%" + vn.chinhdon.shared.VietnameseText.fold(query.trim()) + "%");
        }
        BoundSql readable = rows.readableIn(s, "r");
        p.putAll(readable.params());
        String from = " from evaluation_rating r left join member m on m.id = r.member_id where " + where + " and "
                + readable.sql();
        long total = new BoundSql("select count(*)" + from, p).bind(jdbc.sql("select count(*)" + from))
                .query(Long.class).single();
        int pg = PageResult.clampPage(page);
        List<RatingLine> items = new BoundSql("", p).bind(jdbc.sql("""
                select r.id, u.code, %s as unit_name, r.member_id, m.full_name, r.head, %s as decider_name, r.state,
                  r.self_level, r.proposed_level, r.level, r.flags, r.rerated
                %s
                order by r.unit_path, r.member_id is not null, r.head, m.sort_key, r.id
                limit %d offset %d""".formatted(RatingRows.latestName("r.unit_id"),
                RatingRows.latestName("r.decider_unit_id"), from.replace(" left join member",
                        " join org_unit u on u.id = r.unit_id left join member"), PAGE_SIZE, pg * PAGE_SIZE)))
                .query((rs, i) -> new RatingLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                        RatingState.valueOf(rs.getString(8)), RatingRows.level(rs.getString(9)),
                        RatingRows.level(rs.getString(10)), RatingRows.level(rs.getString(11)),
                        Contradictions.read(rs.getString(12)).size(), rs.getBoolean(13)))
                .list();
        return new PageResult<>(items, pg, PAGE_SIZE, total);
    }

    // ---- who waits on whom, quota, evidence ----

    /** Per competent unit: its ratings waiting for the self-assessment, the proposal, the decision; and settled. */
    public record Progress(String deciderCode, String deciderName, long pendingSelf, long awaitingProposal,
            long awaitingDecision, long decided, long notRated, long flagged) {
    }

    @Transactional(readOnly = true)
    public List<Progress> progress(long seasonId) {
        RatingRows.Season s = rows.visibleSeason(seasonId);
        BoundSql readable = rows.readableIn(s, "r");
        return readable.bind(jdbc.sql("""
                select d.code, %s, count(*) filter (where r.state = 'PENDING'),
                  count(*) filter (where r.state = 'SELF_ASSESSED'), count(*) filter (where r.state = 'PROPOSED'),
                  count(*) filter (where r.state = 'DECIDED'), count(*) filter (where r.state = 'NOT_RATED'),
                  count(*) filter (where r.flags <> '')
                from evaluation_rating r join org_unit d on d.id = r.decider_unit_id
                where r.season_id = :season and %s
                group by d.code, r.decider_unit_id
                order by count(*) filter (where r.state not in ('DECIDED', 'NOT_RATED')) desc, d.code limit 500"""
                .formatted(RatingRows.latestName("r.decider_unit_id"), readable.sql())))
                .param("season", seasonId)
                .query((rs, i) -> new Progress(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }

    /**
     * The quota of Hoàn thành xuất sắc per grassroots organization: decided and proposed Hoàn thành xuất sắc, Hoàn
     * thành tốt decided or proposed, and the most allowed.
     */
    public record QuotaUse(String unitCode, String unitName, long excellentDecided, long excellentProposed, long good,
            long allowed, boolean exceeded) {
    }

    @Transactional(readOnly = true)
    public List<QuotaUse> quota(long seasonId) {
        RatingRows.Season s = rows.visibleSeason(seasonId);
        Quota quota = rules.get(s.ruleSetCode()).quota();
        BoundSql readable = rows.readableIn(s, "r");
        return readable.bind(jdbc.sql("""
                select q.code, %s,
                  count(*) filter (where r.state = 'DECIDED' and r.level = 'EXCELLENT'),
                  count(*) filter (where r.state = 'PROPOSED' and r.proposed_level = 'EXCELLENT'),
                  count(*) filter (where r.state = 'DECIDED' and r.level = 'GOOD'
                                   or r.state = 'PROPOSED' and r.proposed_level = 'GOOD')
                from evaluation_rating r join org_unit q on q.id = r.quota_unit_id
                where r.season_id = :season and r.member_id is not null and %s
                group by q.code, r.quota_unit_id order by q.code limit 1000"""
                .formatted(RatingRows.latestName("r.quota_unit_id"), readable.sql())))
                .param("season", seasonId)
                .query((rs, i) -> {
                    long excellent = rs.getLong(3);
                    long good = rs.getLong(5);
                    long allowed = quota.maxExcellent(good);
                    return new QuotaUse(rs.getString(1), rs.getString(2), excellent, rs.getLong(4), good,
                            allowed, excellent + rs.getLong(4) > allowed);
                })
                .list();
    }

    /**
     * Units rated high against their evidence: per unit, the ratings at Hoàn thành tốt or above (proposed or decided)
     * that the evidence flags — the collective's own and its members' — most first.
     */
    public record HighAgainstEvidence(String unitCode, String unitName, Level unitLevel, int unitFlags,
            long membersFlaggedHigh, long membersHigh, long members) {
    }

    @Transactional(readOnly = true)
    public List<HighAgainstEvidence> highAgainstEvidence(long seasonId) {
        RatingRows.Season s = rows.visibleSeason(seasonId);
        BoundSql readable = rows.readableIn(s, "r");
        List<HighAgainstEvidence> out = new ArrayList<>();
        readable.bind(jdbc.sql("""
                with h as (
                  select r.unit_id, r.member_id, coalesce(r.level, r.proposed_level) as lv, r.flags
                  from evaluation_rating r where r.season_id = :season and %s)
                select u.code, %s, max(h.lv) filter (where h.member_id is null),
                  max(h.flags) filter (where h.member_id is null),
                  count(*) filter (where h.member_id is not null and h.lv in ('EXCELLENT', 'GOOD') and h.flags <> ''),
                  count(*) filter (where h.member_id is not null and h.lv in ('EXCELLENT', 'GOOD')),
                  count(*) filter (where h.member_id is not null)
                from h join org_unit u on u.id = h.unit_id
                group by u.code, h.unit_id
                having count(*) filter (where h.lv in ('EXCELLENT', 'GOOD') and h.flags <> '') > 0
                order by count(*) filter (where h.lv in ('EXCELLENT', 'GOOD') and h.flags <> '') desc, u.code
                limit 200""".formatted(readable.sql(), RatingRows.latestName("h.unit_id"))))
                .param("season", seasonId)
                .query((ResultSet rs) -> {
                    Level unitLevel = RatingRows.level(rs.getString(3));
                    int unitFlags = unitLevel != null && unitLevel.atLeast(Level.GOOD)
                            ? Contradictions.read(rs.getString(4)).size() : 0;
                    out.add(new HighAgainstEvidence(rs.getString(1), rs.getString(2), unitLevel, unitFlags,
                            rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                });
        return out;
    }

    // ---- year over year, history ----

    /** The decided levels of a year's ratings in the subtree: of members and of collectives. */
    public record YearDistribution(int year, Map<Level, Long> members, Map<Level, Long> collectives, long notRated) {
    }

    /**
     * The distribution of decided yearly levels over a unit's subtree, from {@code fromYear} to {@code toYear}:
     * ratings of units in the subtree as it stood at each period's end, or in it today.
     */
    @Transactional(readOnly = true)
    public List<YearDistribution> distribution(String unitCode, int fromYear, int toYear) {
        UnitRef unit = tree.unit(unitCode, LocalDate.now(clock), Permission.READ_UNITS);
        BoundSql readable = rows.readable("r");
        Map<Integer, YearDistribution> byYear = new LinkedHashMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            byYear.put(y, new YearDistribution(y, new EnumMap<>(Level.class), new EnumMap<>(Level.class), 0));
        }
        readable.bind(jdbc.sql("""
                select s.year, r.member_id is not null, r.state, r.level, count(*)
                from evaluation_rating r join evaluation_season s on s.id = r.season_id
                where s.quarter is null and s.year between :from and :to and r.state in ('DECIDED', 'NOT_RATED')
                  and (r.unit_path like :path or exists (select 1 from org_unit_state c where c.unit_id = r.unit_id
                       and c.valid_to is null and c.path like :path))
                  and %s
                group by s.year, r.member_id is not null, r.state, r.level""".formatted(readable.sql())))
                .param("from", fromYear).param("to", toYear).param("path", unit.path() + "%")
                .query((ResultSet rs) -> {
                    YearDistribution d = byYear.get(rs.getInt(1));
                    if (rs.getString(4) == null) {
                        byYear.put(d.year(), new YearDistribution(d.year(), d.members(), d.collectives(),
                                d.notRated() + rs.getLong(5)));
                        return;
                    }
                    (rs.getBoolean(2) ? d.members() : d.collectives()).merge(Level.valueOf(rs.getString(4)),
                            rs.getLong(5), Long::sum);
                });
        return List.copyOf(byYear.values());
    }

    /** A level of a subject in a period. */
    public record HistoryLine(long ratingId, long seasonId, int year, Integer quarter, String ruleSetCode,
            String unitName, RatingState state, Level level, String decisionNumber, LocalDate decidedOn,
            boolean rerated) {
    }

    /** A member's levels, the latest first (seen by those who read the member's unit, and by the member). */
    @Transactional(readOnly = true)
    public List<HistoryLine> memberHistory(long memberId) {
        return history("r.member_id = :id", memberId);
    }

    /** A unit's collective levels, the latest first. */
    @Transactional(readOnly = true)
    public List<HistoryLine> unitHistory(String unitCode) {
        UnitRef unit = tree.unit(unitCode, LocalDate.now(clock), Permission.READ_UNITS);
        return history("r.member_id is null and r.unit_id = :id", unit.id());
    }

    private List<HistoryLine> history(String condition, long id) {
        BoundSql readable = rows.readable("r");
        List<HistoryLine> lines = readable.bind(jdbc.sql("""
                select r.id, s.id, s.year, s.quarter, s.rule_set_code, %s, r.state, r.level, r.decision_number,
                  r.decided_on, r.rerated
                from evaluation_rating r join evaluation_season s on s.id = r.season_id
                where %s and %s order by s.year desc, coalesce(s.quarter, 4) desc, s.id desc limit 100"""
                .formatted(RatingRows.latestName("r.unit_id"), condition, readable.sql())))
                .param("id", id)
                .query((rs, i) -> new HistoryLine(rs.getLong(1), rs.getLong(2), rs.getInt(3), (Integer) rs.getObject(4),
                        rs.getString(5), rs.getString(6), RatingState.valueOf(rs.getString(7)),
                        RatingRows.level(rs.getString(8)), rs.getString(9), rs.getObject(10, LocalDate.class),
                        rs.getBoolean(11)))
                .list();
        if (lines.isEmpty() && condition.startsWith("r.member_id = ") && !memberReadable(id)) {
            throw new NotFoundException("error.member.notFound", id);
        }
        return lines;
    }

    private boolean memberReadable(long memberId) {
        Long me = rows.callerMemberId();
        return me != null && me == memberId || readsMemberRecord(memberId);
    }

    /** Whether the caller reads the member's record (READ_MEMBERS over the unit the member belongs to now). */
    @Transactional(readOnly = true)
    public boolean readsMemberRecord(long memberId) {
        return jdbc.sql("""
                select a.unit_id from member_assignment a where a.member_id = ? order by a.valid_from desc limit 1""")
                .param(memberId).query(Long.class).optional()
                .map(u -> tree.allows(u, Permission.READ_MEMBERS)).orElse(false);
    }

    private String name(long unitId) {
        return jdbc.sql(RatingRows.latestName("?").replace("(select", "select").replaceAll("\\)$", ""))
                .param(unitId).query(String.class).single();
    }

    static RatingState state(ResultSet rs, int col) throws SQLException {
        return RatingState.valueOf(rs.getString(col));
    }

    // ---- for the pages: the home card, the member's history ----

    /**
     * The latest season of a unit's subtree or of a unit above that takes it in (as {@link #seasons}), or none: for
     * the home page, one query for its id and the season's own.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<SeasonView> latestSeason(String unitCode) {
        UnitRef unit = tree.unit(unitCode, LocalDate.now(clock), Permission.READ_UNITS);
        return seasonIds(unit, 20).stream().filter(this::readable).findFirst().map(this::season);
    }

    /**
     * The name of a member whose levels the caller may read (the member, those who read the member's unit, or the
     * readers of one of the member's ratings); otherwise "not found".
     */
    @Transactional(readOnly = true)
    public String memberName(long memberId) {
        BoundSql readable = rows.readable("r");
        boolean rated = readable.bind(jdbc.sql("select count(*) from evaluation_rating r where r.member_id = :id and "
                + readable.sql())).param("id", memberId).query(Long.class).single() > 0;
        if (!rated && !memberReadable(memberId)) {
            throw new NotFoundException("error.member.notFound", memberId);
        }
        return jdbc.sql("select full_name from member where id = ?").param(memberId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("error.member.notFound", memberId));
    }
}
