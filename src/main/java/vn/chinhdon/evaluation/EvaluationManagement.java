package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.Versions;
import vn.chinhdon.platform.ValidationException.Problem;

/**
 * Rating seasons and the steps of each rating (decision 0018): the subject's self-assessment → the appraisal and
 * proposal by the competent unit → its decision, with the decision's number → the unit above may cancel it and
 * re-rate, with a reason. Every step is dated (back-dating allowed, never into the future), attributed and audited;
 * the order of the season is enforced ({@link RatingOrder}); the hard caps refuse a level they forbid; the evidence of
 * the ledger flags a proposal that contradicts it and the decider must acknowledge each flag; the quota of Hoàn thành
 * xuất sắc and the organization rules of the rule set in force at the period's end are checked at the decision.
 */
@Service
public class EvaluationManagement {

    private static final int MAX_TEXT = 8000;

    private final JdbcClient jdbc;
    private final RatingRows rows;
    private final RatingOrder order;
    private final EvaluationRules rules;
    private final EvaluationQueries queries;
    private final EvidenceQueries evidenceQueries;
    private final TreeQueries tree;
    private final AuditLog audit;
    private final Clock clock;

    EvaluationManagement(JdbcClient jdbc, RatingRows rows, RatingOrder order, EvaluationRules rules,
            EvaluationQueries queries, EvidenceQueries evidenceQueries, TreeQueries tree, AuditLog audit, Clock clock) {
        this.evidenceQueries = evidenceQueries;
        this.jdbc = jdbc;
        this.rows = rows;
        this.order = order;
        this.rules = rules;
        this.queries = queries;
        this.tree = tree;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- opening ----

    /**
     * Opens a season over the unit's subtree for a year, or a quarter 1–3 where the rule set in force at the quarter's
     * end rates quarters: one rating for the collective of every unit down to {@code depth} levels (but the top of
     * the tree) and one for every member of the cells there as things stood at the period's end (the cell's head
     * marked). No two seasons of the same period may cover the same unit.
     */
    @Transactional
    public SeasonView open(NewSeason n) {
        List<Problem> problems = new ArrayList<>();
        Integer year = n.year();
        if (year == null || year < 2000 || year > today().getYear() + 1) {
            problems.add(Problem.field("year", "error.evaluation.year"));
            year = null;
        }
        Integer quarter = n.quarter();
        if (quarter != null && (quarter < 1 || quarter > 3)) {
            problems.add(Problem.field("quarter", "error.evaluation.quarter"));
            quarter = null;
        }
        LocalDate from = year == null ? null
                : quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate to = year == null ? null
                : quarter == null ? LocalDate.of(year, 12, 31) : from.plusMonths(3).minusDays(1);
        UnitRef unit = null;
        if (n.unitCode() == null || n.unitCode().isBlank()) {
            problems.add(Problem.field("unitCode", "error.required.named", "unitCode"));
        } else {
            unit = tree.unit(n.unitCode().trim(), to == null ? today() : to, Permission.READ_UNITS);
            if (!tree.allows(unit.id(), Permission.MANAGE_EVALUATIONS)) {
                throw new ForbiddenException("error.evaluation.notManager", unit.name());
            }
            if (!unit.active()) {
                problems.add(Problem.field("unitCode", "error.unit.ended", unit.code()));
            }
        }
        String title = Inputs.text(n.title(), "title", 500, true, problems);
        LocalDate on = date(n.openedOn(), "openedOn", problems);
        if (n.deadline() == null) {
            problems.add(Problem.field("deadline", "error.required.named", "deadline"));
        } else if (n.deadline().isBefore(on)) {
            problems.add(Problem.field("deadline", "error.evaluation.deadlineBeforeOpening", on));
        }
        int depth = n.depth() == null ? 10 : n.depth();
        if (depth < 0 || depth > 10) {
            problems.add(Problem.field("depth", "error.evaluation.depth"));
        }
        RuleSetView set = to == null ? null : rules.inForce(to);
        if (set != null && quarter != null && !set.quarterly()) {
            problems.add(Problem.field("quarter", "error.evaluation.notQuarterly", set.code()));
        }
        if (unit != null && to != null) {
            String other = jdbc.sql("""
                    select s.title from evaluation_season s join org_unit_state u on u.unit_id = s.unit_id
                      and u.valid_from <= :to and (u.valid_to is null or u.valid_to > :to)
                    where s.year = :year and coalesce(s.quarter, 0) = :quarter
                      and (u.path like :path or :own like u.path || '%') limit 1""")
                    .param("to", to).param("year", year).param("quarter", quarter == null ? 0 : quarter)
                    .param("path", unit.path() + "%").param("own", unit.path()).query(String.class).optional()
                    .orElse(null);
            if (other != null) {
                problems.add(Problem.field("unitCode", "error.evaluation.seasonOverlaps", other));
            }
        }
        Inputs.refuseIfAny(problems);
        long id = nextId();
        jdbc.sql("""
                insert into evaluation_season (id, unit_id, title, year, quarter, period_from, period_to, rule_set_code,
                  depth, opened_on, deadline, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, unit.id(), title, year, quarter, from, to, set.code(), depth, on, n.deadline(),
                        OffsetDateTime.now(clock), username())
                .update();
        int ratings = createRatings(id, unit, to, depth);
        audit.record("EVALUATION_SEASON_OPENED", "EVALUATION_SEASON", id, unit.id(), title,
                Map.of("ratings", ratings, "ruleSet", set.code()));
        return queries.season(id);
    }

    /**
     * The ratings of a new season, set-based. The competent unit (decider) of a unit is its nearest ancestor that is
     * not a partial committee (a grassroots committee rates the organizations below it); of a member, the grassroots
     * organization of the cell (the cell itself when it is a grassroots cell), where the quota is counted too.
     */
    private int createRatings(long season, UnitRef unit, LocalDate at, int depth) {
        int base = unit.path().split("/").length - 2;
        Map<String, Object> p = Map.of("season", season, "path", unit.path() + "%", "at", at, "from", base,
                "to", base + depth);
        String units = """
                select s.unit_id, s.path, s.depth, s.kind,
                  (select a.unit_id from org_unit_state a
                   where a.unit_id = any (string_to_array(trim(both '/' from s.path), '/')::bigint[])
                     and a.unit_id <> s.unit_id and a.kind <> 'PARTIAL_COMMITTEE'
                     and a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)
                   order by a.depth desc limit 1) as decider,
                  (select a.unit_id from org_unit_state a
                   where a.unit_id = any (string_to_array(trim(both '/' from s.path), '/')::bigint[])
                     and a.kind in ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
                     and a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)
                   order by a.depth desc limit 1) as grassroots
                from org_unit_state s
                where s.path like :path and s.depth between :from and :to
                  and s.valid_from <= :at and (s.valid_to is null or s.valid_to > :at)""";
        int n = bind(jdbc.sql("""
                insert into evaluation_rating (id, season_id, unit_id, member_id, head, unit_path, level_depth,
                  decider_unit_id, quota_unit_id)
                select nextval('org_seq'), :season, u.unit_id, null, false, u.path, u.depth, u.decider, null
                from (%s) u where u.decider is not null""".formatted(units)), p).update();
        n += bind(jdbc.sql("""
                insert into evaluation_rating (id, season_id, unit_id, member_id, head, unit_path, level_depth,
                  decider_unit_id, quota_unit_id)
                select nextval('org_seq'), :season, u.unit_id, a.member_id,
                  exists (select 1 from committee_term t join committee_position cp on cp.term_id = t.id
                          where t.unit_id = u.unit_id and cp.member_id = a.member_id and cp.head
                            and cp.starts_on <= :at and (cp.ends_on is null or cp.ends_on > :at)),
                  u.path, u.depth, coalesce(u.grassroots, u.decider), coalesce(u.grassroots, u.decider)
                from (%s) u join member_assignment a on a.unit_id = u.unit_id
                  and a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)
                join member m on m.id = a.member_id and m.status in ('PROBATIONARY', 'OFFICIAL')
                where u.kind in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')
                  and coalesce(u.grassroots, u.decider) is not null""".formatted(units)), p).update();
        return n;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec;
    }

    // ---- the steps ----

    /**
     * The self-assessment: by the member rated (through the account linked to them), or on their behalf — and for a
     * collective — by whoever records the evaluations of the unit. May be repeated until the appraisal.
     */
    @Transactional
    public RatingView selfAssess(long ratingId, RatingCommand c) {
        RatingRows.Row r = rows.visible(ratingId);
        RatingRows.checkVersion(r.version(), c.version());
        boolean own = rows.isSubject(r);
        if (!own && !tree.allows(r.unitId(), Permission.RECORD_EVALUATIONS)) {
            throw new ForbiddenException("error.evaluation.notRecorder");
        }
        RatingRows.Season season = rows.season(r.seasonId()).orElseThrow();
        RuleSetView set = rules.get(season.ruleSetCode());
        List<Problem> problems = new ArrayList<>();
        Level level = level(c.level(), problems);
        BigDecimal score = score(set, c.score(), level, problems);
        String text = Inputs.text(c.text(), "text", MAX_TEXT, true, problems);
        LocalDate on = stepDate(c.on(), season, problems);
        Inputs.refuseIfAny(problems);
        if (r.state() != RatingState.PENDING && r.state() != RatingState.SELF_ASSESSED) {
            throw new ConflictException("error.evaluation.appraisedAlready");
        }
        refuseIfBlocked(order.toSelfAssess(r));
        Map<String, Object> p = Versions.params("level", level.name(), "score", score, "text", text, "on", on,
                "by", username(), "behalf", !own);
        rows.update(r, """
                state = 'SELF_ASSESSED', self_level = :level, self_score = :score, self_text = :text, self_on = :on,
                self_by = :by, self_on_behalf = :behalf""", p);
        step(r, "SELF_ASSESSED", level, score, text, null, on);
        audit.record("RATING_SELF_ASSESSED", "EVALUATION_RATING", r.id(), r.unitId(), level.label()
                + (own ? "" : " (ghi thay)"), Map.of());
        return queries.rating(r.id());
    }

    /**
     * The appraisal and proposal of the competent unit, after the self-assessment: a level the hard caps forbid is
     * refused (422 naming the caps); a proposal the evidence contradicts is kept with its flags. May be repeated until
     * the decision.
     */
    @Transactional
    public RatingView propose(long ratingId, RatingCommand c) {
        RatingRows.Row r = rows.visible(ratingId);
        RatingRows.checkVersion(r.version(), c.version());
        requireOnDecider(r, Permission.MANAGE_EVALUATIONS, "error.evaluation.notAppraiser");
        RatingRows.Season season = rows.season(r.seasonId()).orElseThrow();
        RuleSetView set = rules.get(season.ruleSetCode());
        List<Problem> problems = new ArrayList<>();
        Level level = level(c.level(), problems);
        BigDecimal score = score(set, c.score(), level, problems);
        String text = Inputs.text(c.text(), "text", MAX_TEXT, true, problems);
        LocalDate on = stepDate(c.on(), season, problems);
        boolean sick = Boolean.TRUE.equals(c.sickLeave());
        Inputs.refuseIfAny(problems);
        if (r.state() == RatingState.PENDING) {
            throw new ConflictException("error.evaluation.notSelfAssessed");
        }
        if (r.state().settled()) {
            throw new ConflictException("error.evaluation.decidedAlready");
        }
        List<EvidenceItem> evidence = evidence(r, season, on);
        String caps = capsAllowing(r, set, season, level, sick, evidence);
        List<Contradictions.Flag> flags = Contradictions.of(level, evidence, season.periodFrom(), season.periodTo());
        Map<String, Object> p = Versions.params("level", level.name(), "score", score, "text", text, "on", on,
                "by", username(), "sick", sick, "caps", caps, "flags", Contradictions.store(flags));
        rows.update(r, """
                state = 'PROPOSED', proposed_level = :level, proposed_score = :score, proposal_text = :text,
                proposed_on = :on, proposed_by = :by, sick_leave = :sick, caps_applied = :caps, flags = :flags""", p);
        step(r, "PROPOSED", level, score, text, null, on);
        audit.record("RATING_PROPOSED", "EVALUATION_RATING", r.id(), r.unitId(), level.label()
                + (flags.isEmpty() ? "" : " — " + flags.size() + " cảnh báo"), Map.of());
        return queries.rating(r.id());
    }

    /**
     * Not rated, with the reason (e.g. admitted less than 6 months before; only those who took part in the review are
     * rated): by the competent unit, before the decision.
     */
    @Transactional
    public RatingView notRated(long ratingId, RatingCommand c) {
        RatingRows.Row r = rows.visible(ratingId);
        RatingRows.checkVersion(r.version(), c.version());
        requireOnDecider(r, Permission.MANAGE_EVALUATIONS, "error.evaluation.notAppraiser");
        RatingRows.Season season = rows.season(r.seasonId()).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        String text = Inputs.text(c.text(), "text", MAX_TEXT, true, problems);
        LocalDate on = stepDate(c.on(), season, problems);
        Inputs.refuseIfAny(problems);
        if (r.state().settled()) {
            throw new ConflictException("error.evaluation.decidedAlready");
        }
        rows.update(r, "state = 'NOT_RATED'", Map.of());
        step(r, "NOT_RATED", null, null, text, null, on);
        audit.record("RATING_NOT_RATED", "EVALUATION_RATING", r.id(), r.unitId(), text, Map.of());
        return queries.rating(r.id());
    }

    /**
     * The decision of the competent unit, with its number, at the proposed level or a lower one: refused while the
     * ratings it depends on wait (409 saying which), when a cap forbids the level, when the flags of the evidence —
     * re-read now — are not acknowledged (422), when the quota of Hoàn thành xuất sắc of the grassroots organization
     * would be exceeded or an organization rule is not met (409).
     */
    @Transactional
    public RatingView decide(long ratingId, RatingCommand c) {
        RatingRows.Row r = rows.visible(ratingId);
        RatingRows.checkVersion(r.version(), c.version());
        requireOnDecider(r, Permission.DECIDE_EVALUATIONS, "error.evaluation.notDecider");
        RatingRows.Season season = rows.season(r.seasonId()).orElseThrow();
        RuleSetView set = rules.get(season.ruleSetCode());
        List<Problem> problems = new ArrayList<>();
        Level level = c.level() == null || c.level().isBlank() ? r.proposedLevel() : level(c.level(), problems);
        String number = Inputs.text(c.decisionNumber(), "decisionNumber", 60, true, problems);
        LocalDate on = stepDate(c.on(), season, problems);
        String ack = Inputs.text(c.acknowledgement(), "acknowledgement", 4000, false, problems);
        if (r.state() != RatingState.PROPOSED) {
            Inputs.refuseIfAny(problems);
            throw new ConflictException(r.state().settled() ? "error.evaluation.decidedAlready"
                    : "error.evaluation.notProposed");
        }
        if (level != null && r.proposedLevel() != null && !r.proposedLevel().atLeast(level)) {
            problems.add(Problem.field("level", "error.evaluation.aboveProposal", r.proposedLevel().label()));
        }
        List<EvidenceItem> evidence = evidence(r, season, on);
        List<Contradictions.Flag> flags = level == null ? List.of()
                : Contradictions.of(level, evidence, season.periodFrom(), season.periodTo());
        if (!flags.isEmpty() && ack == null) {
            problems.add(Problem.field("acknowledgement", "error.evaluation.acknowledge", flags.size()));
        }
        Inputs.refuseIfAny(problems);
        refuseIfBlocked(order.toDecide(r));
        String caps = capsAllowing(r, set, season, level, r.sickLeave(), evidence);
        checkOrganizationRules(r, set, level);
        Map<String, Object> p = Versions.params("level", level.name(), "number", number, "on", on, "by", username(),
                "ack", ack, "flags", Contradictions.store(flags), "caps", caps);
        rows.update(r, """
                state = 'DECIDED', level = :level, decision_number = :number, decided_on = :on, decided_by = :by,
                acknowledgement = :ack, flags = :flags, caps_applied = :caps""", p);
        step(r, "DECIDED", level, null, ack, number, on);
        checkQuota(r, set);
        audit.record("RATING_DECIDED", "EVALUATION_RATING", r.id(), r.unitId(), level.label() + " — " + number,
                Map.of("flags", flags.size()));
        return queries.rating(r.id());
    }

    /**
     * The unit above the competent one cancels the decision and re-rates, with the reason and its own decision's
     * number; the caps, the quota and the organization rules hold for the new level as for a decision.
     */
    @Transactional
    public RatingView rerate(long ratingId, RatingCommand c) {
        RatingRows.Row r = rows.visible(ratingId);
        RatingRows.checkVersion(r.version(), c.version());
        if (rows.isSubject(r)) {
            throw new ForbiddenException("error.evaluation.ownRating");
        }
        if (!queries.superiorDecides(r.deciderUnitId())) {
            throw new ForbiddenException("error.evaluation.notSuperior");
        }
        RatingRows.Season season = rows.season(r.seasonId()).orElseThrow();
        RuleSetView set = rules.get(season.ruleSetCode());
        List<Problem> problems = new ArrayList<>();
        Level level = level(c.level(), problems);
        String reason = Inputs.text(c.text(), "text", MAX_TEXT, true, problems);
        String number = Inputs.text(c.decisionNumber(), "decisionNumber", 60, true, problems);
        LocalDate on = stepDate(c.on(), season, problems);
        Inputs.refuseIfAny(problems);
        if (r.state() != RatingState.DECIDED) {
            throw new ConflictException("error.evaluation.notDecided");
        }
        List<EvidenceItem> evidence = evidence(r, season, on);
        String caps = capsAllowing(r, set, season, level, r.sickLeave(), evidence);
        checkOrganizationRules(r, set, level);
        List<Contradictions.Flag> flags = Contradictions.of(level, evidence, season.periodFrom(), season.periodTo());
        Map<String, Object> p = Versions.params("level", level.name(), "number", number, "on", on, "by", username(),
                "flags", Contradictions.store(flags), "caps", caps, "ack", reason);
        rows.update(r, """
                level = :level, decision_number = :number, decided_on = :on, decided_by = :by, rerated = true,
                flags = :flags, caps_applied = :caps, acknowledgement = :ack""", p);
        step(r, "CANCELLED", r.level(), null, reason, null, on);
        step(r, "RERATED", level, null, reason, number, on);
        checkQuota(r, set);
        checkDecidedOrganization(r, set);
        audit.record("RATING_RERATED", "EVALUATION_RATING", r.id(), r.unitId(), r.level().label() + " → "
                + level.label() + " — " + number, Map.of("reason", reason));
        return queries.rating(r.id());
    }

    // ---- rules ----

    /** The subject's evidence of the period and what is still open on the step's date. */
    private List<EvidenceItem> evidence(RatingRows.Row r, RatingRows.Season season, LocalDate on) {
        return evidenceQueries.of(r.memberId(), r.unitId(), season.periodFrom(), season.periodTo(), on);
    }

    private void requireOnDecider(RatingRows.Row r, Permission permission, String key) {
        if (!tree.allows(r.deciderUnitId(), permission)) {
            throw new ForbiddenException(key);
        }
        if (rows.isSubject(r)) {
            throw new ForbiddenException("error.evaluation.ownRating");
        }
    }

    private static void refuseIfBlocked(RatingOrder.Blocker b) {
        if (b != null) {
            throw b.arg() == null ? new ConflictException(b.key()) : new ConflictException(b.key(), b.arg());
        }
    }

    /** The caps that hold for the subject; refuses a level they forbid (or any level when they leave it unrated). */
    private String capsAllowing(RatingRows.Row r, RuleSetView set, RatingRows.Season season, Level level,
            boolean sickLeave, List<EvidenceItem> evidence) {
        LocalDate sixMonthsBefore = season.periodTo().minusMonths(6);
        boolean admittedLately = r.memberId() != null && jdbc.sql("""
                select count(*) from member where id = ? and admission_date > ?""")
                .params(r.memberId(), sixMonthsBefore).query(Long.class).single() > 0;
        boolean foundedLately = r.memberId() == null && jdbc.sql("""
                select count(*) from org_unit where id = ? and valid_from > ?""")
                .params(r.unitId(), sixMonthsBefore).query(Long.class).single() > 0;
        Caps.Facts facts = Contradictions.capFacts(evidence, season.periodFrom(), season.periodTo(), admittedLately,
                sickLeave, foundedLately);
        Caps.Outcome outcome = set.hardCaps().cap(level, facts);
        List<String> names = outcome.applied().stream().map(CapKind::name).toList();
        if (!outcome.rated()) {
            throw new ValidationException(List.of(Problem.field("level", "error.evaluation.notRatable",
                    String.join(", ", names))));
        }
        if (outcome.level() != level) {
            throw new ValidationException(List.of(Problem.field("level", "error.evaluation.capped",
                    outcome.level().label(), String.join(", ", names))));
        }
        return String.join(",", facts.holding().stream().map(CapKind::name).sorted().toList());
    }

    /**
     * The organization rules of the set for a unit's level: a cell's from its members' levels (the head's proposal
     * while undecided), another unit's from the levels of the units it rates.
     */
    /**
     * After a member's or a unit's level changed by a re-rating: the organization whose level was decided on it (the
     * member's cell, the unit's competent unit) must still meet its rules (409 otherwise, nothing saved).
     */
    private void checkDecidedOrganization(RatingRows.Row r, RuleSetView set) {
        long unit = r.memberId() != null ? r.unitId() : r.deciderUnitId();
        jdbc.sql("""
                select id from evaluation_rating where season_id = ? and unit_id = ? and member_id is null
                  and state = 'DECIDED'""").params(r.seasonId(), unit).query(Long.class).optional()
                .flatMap(rows::row).ifPresent(o -> checkOrganizationRules(o, set, o.level()));
    }

    private void checkOrganizationRules(RatingRows.Row r, RuleSetView set, Level level) {
        if (r.memberId() != null || set.organizationRules().isEmpty()) {
            return;
        }
        UnitRef unit = tree.unit(r.unitId(), rows.season(r.seasonId()).orElseThrow().periodTo()).orElseThrow();
        boolean cell = unit.kind().isCell();
        List<RuleSetView.OrgRule> applicable = set.organizationRules().stream()
                .filter(rule -> rule.kind().startsWith("CELL_") == cell).toList();
        if (applicable.isEmpty()) {
            return;
        }
        List<Level> levels = (cell ? jdbc.sql("""
                select coalesce(level, proposed_level) from evaluation_rating
                where season_id = ? and unit_id = ? and member_id is not null and state <> 'NOT_RATED'
                  and coalesce(level, proposed_level) is not null""").params(r.seasonId(), r.unitId())
                : jdbc.sql("""
                select level from evaluation_rating
                where season_id = ? and decider_unit_id = ? and member_id is null and state = 'DECIDED'""")
                        .params(r.seasonId(), r.unitId()))
                .query(String.class).list().stream().map(Level::valueOf).toList();
        Level allowed = new OrganizationRules(applicable).allowed(level, levels);
        if (allowed != level) {
            long atLeast = levels.stream().filter(l -> l.atLeast(Level.GOOD)).count();
            throw new ConflictException("error.evaluation.organizationRule", level.label(), levels.size(), atLeast,
                    allowed.label());
        }
    }

    /**
     * The quota of Hoàn thành xuất sắc in the rating's grassroots organization, after the step: the members decided
     * Hoàn thành xuất sắc at most the set's share of those rated Hoàn thành tốt — decided, or proposed and awaiting
     * the decision. Checked after the write in the same transaction, so a refusal leaves nothing.
     */
    private void checkQuota(RatingRows.Row r, RuleSetView set) {
        if (r.memberId() == null || r.quotaUnitId() == null || set.quotaPercent() == null) {
            return;
        }
        long[] n = jdbc.sql("""
                select count(*) filter (where state = 'DECIDED' and level = 'EXCELLENT'),
                  count(*) filter (where state = 'DECIDED' and level = 'GOOD'
                                   or state = 'PROPOSED' and proposed_level = 'GOOD')
                from evaluation_rating where season_id = ? and quota_unit_id = ? and member_id is not null""")
                .params(r.seasonId(), r.quotaUnitId())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        Quota quota = set.quota();
        if (!quota.allows(n[0], n[1])) {
            throw new ConflictException("error.evaluation.quota", n[0], quota.maxExcellent(n[1]), n[1],
                    set.quotaPercent().stripTrailingZeros().toPlainString());
        }
    }

    private static Level level(String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.field("level", "error.required.named", "level"));
            return null;
        }
        return Inputs.choice(Level.class, value, "level", "error.evaluation.level", problems);
    }

    /** The score where the set uses scores (required, 0–100, the level not above its band); none otherwise. */
    private static BigDecimal score(RuleSetView set, BigDecimal score, Level level, List<Problem> problems) {
        if (!set.usesScores()) {
            if (score != null) {
                problems.add(Problem.field("score", "error.evaluation.noScores", set.code()));
            }
            return null;
        }
        if (score == null) {
            problems.add(Problem.field("score", "error.evaluation.scoreRequired", set.code()));
            return null;
        }
        Level band = set.scoreBands().levelFor(score).orElse(null);
        if (band == null) {
            problems.add(Problem.field("score", "error.evaluation.scoreRange"));
        } else if (level != null && !band.atLeast(level)) {
            problems.add(Problem.field("level", "error.evaluation.levelAboveScore", score.stripTrailingZeros()
                    .toPlainString(), band.label()));
        }
        return score;
    }

    /** A step's date: today by default, never in the future, never before the season's period began. */
    private LocalDate stepDate(LocalDate value, RatingRows.Season season, List<Problem> problems) {
        LocalDate d = date(value, "on", problems);
        if (d.isBefore(season.periodFrom())) {
            problems.add(Problem.field("on", "error.evaluation.beforePeriod", season.periodFrom()));
        }
        return d;
    }

    private LocalDate date(LocalDate value, String field, List<Problem> problems) {
        LocalDate d = value == null ? today() : value;
        if (d.isAfter(today())) {
            problems.add(Problem.field(field, "error.date.future", d));
        }
        return d;
    }

    private void step(RatingRows.Row r, String step, Level level, BigDecimal score, String text, String number,
            LocalDate on) {
        jdbc.sql("""
                insert into evaluation_step (id, rating_id, step, level, score, text, decision_number, taken_on, taken_by,
                  created_at) values (nextval('org_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), step, level == null ? null : level.name(), score, text, number, on, username(),
                        OffsetDateTime.now(clock))
                .update();
    }

    private long nextId() {
        return jdbc.sql("select nextval('org_seq')").query(Long.class).single();
    }

    private static String username() {
        return CurrentUser.require().getUsername();
    }
}
