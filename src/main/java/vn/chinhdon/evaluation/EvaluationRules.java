package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException.Problem;

/**
 * The rule sets of evaluation as data (132-QĐ/TW, 124-QĐ/TW, 366-QĐ/TW seeded by Flyway): every signed-in user reads
 * them; the record of a period is judged by the set in force on the period's end date; an administrator edits a set
 * or adds the next one — adding a set after the one still in force closes that one the day before.
 */
@Service
public class EvaluationRules {

    /** The scope of the quota: counted per grassroots Party organization. */
    public static final String GRASSROOTS_ORGANIZATION = "GRASSROOTS_ORGANIZATION";
    static final String NOT_RATED = "NOT_RATED";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    EvaluationRules(JdbcClient jdbc, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rule set, the earliest first. */
    @Transactional(readOnly = true)
    public List<RuleSetView> all() {
        return jdbc.sql("select code from evaluation_rule_set order by effective_from").query(String.class).list()
                .stream().map(this::read).toList();
    }

    /** The set that judges a record of the period ending on this date (404 when none is in force then). */
    @Transactional(readOnly = true)
    public RuleSetView inForce(LocalDate periodEnd) {
        LocalDate on = periodEnd == null ? LocalDate.now(clock) : periodEnd;
        String code = jdbc.sql("""
                select code from evaluation_rule_set
                where effective_from <= ? and (effective_to is null or effective_to >= ?)
                order by effective_from desc limit 1""")
                .params(on, on).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("error.evaluation.noneInForce", on.toString()));
        return read(code);
    }

    /** One set by its code, e.g. {@code 366-QĐ/TW}. */
    @Transactional(readOnly = true)
    public RuleSetView get(String code) {
        String c = code == null ? "" : code.trim();
        if (!exists(c)) {
            throw new NotFoundException("error.evaluation.notFound", c);
        }
        return read(c);
    }

    /**
     * Adds a set ({@code version} null) or edits one (administrators only), every problem at once: required texts,
     * the period (to not before from; no overlap with another set), the bands when scores are used (each level once,
     * covering 0–100 without gap or overlap), the quota within 0–100, known levels and cap kinds. A stale version is
     * refused (409). Adding a set that starts after the one still in force closes that one the day before.
     */
    @Transactional
    public RuleSetView save(RuleSetCommand c) {
        access.requireAdmin();
        List<Problem> problems = new ArrayList<>();
        String code = Inputs.text(c.code(), "code", 40, true, problems);
        String name = Inputs.text(c.name(), "name", 300, true, problems);
        String document = Inputs.text(c.document(), "document", 500, true, problems);
        String quarterlyBasis = Inputs.text(c.quarterlyBasis(), "quarterlyBasis", 2000, false, problems);
        String quotaBasis = Inputs.text(c.quotaBasis(), "quotaBasis", 2000, false, problems);
        String note = Inputs.text(c.note(), "note", 2000, false, problems);
        String quotaScope = Inputs.text(c.quotaScope(), "quotaScope", 40, false, problems);
        boolean editing = c.version() != null;
        if (code != null && editing && !exists(code)) {
            throw new NotFoundException("error.evaluation.notFound", code);
        }
        if (code != null && !editing && exists(code)) {
            problems.add(Problem.field("code", "error.evaluation.exists", code));
        }
        if (c.effectiveFrom() == null) {
            problems.add(Problem.field("effectiveFrom", "error.required.named", "effectiveFrom"));
        } else if (c.effectiveTo() != null && c.effectiveTo().isBefore(c.effectiveFrom())) {
            problems.add(Problem.field("effectiveTo", "error.evaluation.toBeforeFrom", c.effectiveFrom().toString()));
        }
        if (c.quotaPercent() != null && (c.quotaPercent().signum() < 0 || c.quotaPercent().compareTo(HUNDRED) > 0)) {
            problems.add(Problem.field("quotaPercent", "error.evaluation.percent", c.quotaPercent().toPlainString()));
        }
        if (c.quotaPercent() != null && quotaScope != null && !GRASSROOTS_ORGANIZATION.equals(quotaScope)) {
            problems.add(Problem.field("quotaScope", "error.evaluation.quotaScope", quotaScope));
        }
        List<RuleSetCommand.Band> bands = c.bands() == null ? List.of() : c.bands();
        List<Object[]> bandRows = bands(bands, c.usesScores(), problems);
        List<Object[]> capRows = caps(c.caps() == null ? List.of() : c.caps(), problems);
        List<Object[]> ruleRows = orgRules(c.organizationRules() == null ? List.of() : c.organizationRules(), problems);

        // the period against the others; a new set after the open one closes it the day before
        String toClose = null;
        if (c.effectiveFrom() != null && code != null) {
            record Period(String code, LocalDate from, LocalDate to, int version) {
            }
            List<Period> others = jdbc.sql("""
                    select code, effective_from, effective_to, version from evaluation_rule_set where code <> ?""")
                    .param(code).query((rs, i) -> new Period(rs.getString(1), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getInt(4))).list();
            for (Period p : others) {
                LocalDate to = p.to();
                if (!editing && to == null && p.from().isBefore(c.effectiveFrom())) {
                    toClose = p.code();
                    to = c.effectiveFrom().minusDays(1);
                }
                boolean overlaps = (c.effectiveTo() == null || !p.from().isAfter(c.effectiveTo()))
                        && (to == null || !to.isBefore(c.effectiveFrom()));
                if (overlaps) {
                    problems.add(Problem.field("effectiveFrom", "error.evaluation.overlap", p.code(),
                            p.from().toString(), to == null ? "…" : to.toString()));
                }
            }
        }
        Inputs.refuseIfAny(problems);

        BigDecimal quota = c.quotaPercent();
        String scope = quota == null ? null : quotaScope == null ? GRASSROOTS_ORGANIZATION : quotaScope;
        String action;
        if (editing) {
            int updated = jdbc.sql("""
                    update evaluation_rule_set set name = ?, document = ?, effective_from = ?, effective_to = ?,
                      uses_scores = ?, quarterly = ?, quarterly_basis = ?, quota_percent = ?, quota_scope = ?,
                      quota_confirmed = ?, quota_basis = ?, note = ?, version = version + 1
                    where code = ? and version = ?""")
                    .params(name, document, c.effectiveFrom(), c.effectiveTo(), c.usesScores(), c.quarterly(),
                            quarterlyBasis, quota, scope, c.quotaConfirmed(), quotaBasis, note, code, c.version())
                    .update();
            if (updated == 0) {
                throw new ConflictException("error.stale");
            }
            for (String t : List.of("evaluation_score_band", "evaluation_cap", "evaluation_org_rule")) {
                jdbc.sql("delete from " + t + " where rule_set_code = ?").param(code).update();
            }
            action = "EVALUATION_RULE_SET_CHANGED";
        } else {
            if (toClose != null) {
                jdbc.sql("update evaluation_rule_set set effective_to = ?, version = version + 1 where code = ?")
                        .params(c.effectiveFrom().minusDays(1), toClose).update();
                audit.record("EVALUATION_RULE_SET_CLOSED", "EVALUATION_RULE_SET", toClose, null,
                        "Bộ quy tắc " + toClose + " hết hiệu lực từ " + c.effectiveFrom() + " (thay bằng " + code + ")",
                        Map.of("effectiveTo", c.effectiveFrom().minusDays(1).toString()));
            }
            jdbc.sql("""
                    insert into evaluation_rule_set (code, name, document, effective_from, effective_to, uses_scores,
                      quarterly, quarterly_basis, quota_percent, quota_scope, quota_confirmed, quota_basis, note, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(code, name, document, c.effectiveFrom(), c.effectiveTo(), c.usesScores(), c.quarterly(),
                            quarterlyBasis, quota, scope, c.quotaConfirmed(), quotaBasis, note)
                    .update();
            action = "EVALUATION_RULE_SET_ADDED";
        }
        for (Object[] b : bandRows) {
            jdbc.sql("""
                    insert into evaluation_score_band (rule_set_code, level, min_score, max_score, confirmed, basis)
                    values (?, ?, ?, ?, ?, ?)""").params(code, b[0], b[1], b[2], b[3], b[4]).update();
        }
        for (Object[] r : capRows) {
            jdbc.sql("""
                    insert into evaluation_cap (rule_set_code, kind, caps_to, exception, confirmed, basis)
                    values (?, ?, ?, ?, ?, ?)""").params(code, r[0], r[1], r[2], r[3], r[4]).update();
        }
        for (Object[] r : ruleRows) {
            jdbc.sql("""
                    insert into evaluation_org_rule (rule_set_code, kind, level, min_level_all, share_percent,
                      share_level, confirmed, basis) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code, r[0], r[1], r[2], r[3], r[4], r[5], r[6]).update();
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("effectiveFrom", c.effectiveFrom().toString());
        changes.put("effectiveTo", c.effectiveTo() == null ? null : c.effectiveTo().toString());
        changes.put("usesScores", c.usesScores());
        changes.put("quotaPercent", quota == null ? null : quota.toPlainString());
        changes.put("bands", bandRows.size());
        changes.put("caps", capRows.size());
        changes.put("organizationRules", ruleRows.size());
        audit.record(action, "EVALUATION_RULE_SET", code, null,
                (editing ? "Sửa bộ quy tắc đánh giá, xếp loại " : "Thêm bộ quy tắc đánh giá, xếp loại ") + code + ": "
                        + name, changes);
        return read(code);
    }

    /** The bands checked: known levels once each, 0–100, and when scores are used, 0–100 covered without gap. */
    private static List<Object[]> bands(List<RuleSetCommand.Band> bands, boolean usesScores, List<Problem> problems) {
        List<Object[]> rows = new ArrayList<>();
        Set<Level> seen = new HashSet<>();
        boolean allValid = true;
        for (int i = 0; i < bands.size(); i++) {
            RuleSetCommand.Band b = bands.get(i);
            String f = "bands[" + i + "].";
            if (b == null) {
                continue;
            }
            Level level = Inputs.choice(Level.class, b.level(), f + "level", "error.evaluation.level", problems);
            if (level != null && !seen.add(level)) {
                problems.add(Problem.row(i + 1, f + "level", "error.evaluation.bandTwice", level.label()));
            }
            BigDecimal min = b.minScore();
            BigDecimal max = b.maxScore();
            if (min == null || max == null || min.signum() < 0 || max.compareTo(HUNDRED) > 0 || min.compareTo(max) >= 0) {
                problems.add(Problem.row(i + 1, f + "minScore", "error.evaluation.bandRange",
                        min == null ? "?" : min.toPlainString(), max == null ? "?" : max.toPlainString()));
                allValid = false;
            }
            String basis = Inputs.text(b.basis(), f + "basis", 2000, false, problems);
            rows.add(new Object[] {level == null ? null : level.name(), min, max, b.confirmed(), basis});
        }
        if (!usesScores) {
            if (!rows.isEmpty()) {
                problems.add(Problem.field("bands", "error.evaluation.bandsWithoutScores"));
            }
            return rows;
        }
        if (rows.isEmpty()) {
            problems.add(Problem.field("bands", "error.evaluation.bandsRequired"));
            return rows;
        }
        if (!allValid) {
            return rows;
        }
        List<Object[]> sorted = rows.stream().sorted(Comparator.comparing(r -> (BigDecimal) r[1])).toList();
        BigDecimal reached = BigDecimal.ZERO;
        for (Object[] r : sorted) {
            BigDecimal min = (BigDecimal) r[1];
            int cmp = min.compareTo(reached);
            if (cmp > 0) {
                problems.add(Problem.field("bands", "error.evaluation.bandGap", reached.toPlainString(),
                        min.toPlainString()));
            } else if (cmp < 0) {
                problems.add(Problem.field("bands", "error.evaluation.bandOverlap", min.toPlainString(),
                        reached.min((BigDecimal) r[2]).toPlainString()));
            }
            reached = reached.max((BigDecimal) r[2]);
        }
        if (reached.compareTo(HUNDRED) < 0) {
            problems.add(Problem.field("bands", "error.evaluation.bandGap", reached.toPlainString(), "100"));
        }
        return rows;
    }

    private static List<Object[]> caps(List<RuleSetCommand.Cap> caps, List<Problem> problems) {
        List<Object[]> rows = new ArrayList<>();
        Set<CapKind> seen = new HashSet<>();
        for (int i = 0; i < caps.size(); i++) {
            RuleSetCommand.Cap c = caps.get(i);
            if (c == null) {
                continue;
            }
            String f = "caps[" + i + "].";
            CapKind kind = Inputs.choice(CapKind.class, c.kind(), f + "kind", "error.evaluation.capKind", problems);
            if (kind != null && !seen.add(kind)) {
                problems.add(Problem.row(i + 1, f + "kind", "error.evaluation.capTwice", kind.name()));
            }
            String to = c.capsTo() == null ? null : c.capsTo().trim().toUpperCase(java.util.Locale.ROOT);
            if (!NOT_RATED.equals(to)) {
                Level level = Inputs.choice(Level.class, c.capsTo(), f + "capsTo", "error.evaluation.capsTo", problems);
                to = level == null ? null : level.name();
            }
            String exception = Inputs.text(c.exception(), f + "exception", 1000, false, problems);
            String basis = Inputs.text(c.basis(), f + "basis", 2000, false, problems);
            rows.add(new Object[] {kind == null ? null : kind.name(), to, exception, c.confirmed(), basis});
        }
        return rows;
    }

    private static List<Object[]> orgRules(List<RuleSetCommand.OrgRule> rules, List<Problem> problems) {
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleSetCommand.OrgRule r = rules.get(i);
            if (r == null) {
                continue;
            }
            String f = "organizationRules[" + i + "].";
            String kind = r.kind() == null ? "" : r.kind().trim().toUpperCase(java.util.Locale.ROOT);
            if (!KIND.matcher(kind).matches()) {
                problems.add(Problem.row(i + 1, f + "kind", "error.evaluation.ruleKind", kind));
            } else if (!seen.add(kind)) {
                problems.add(Problem.row(i + 1, f + "kind", "error.evaluation.ruleTwice", kind));
            }
            Level level = Inputs.choice(Level.class, r.level(), f + "level", "error.evaluation.level", problems);
            Level all = Inputs.choice(Level.class, r.minLevelAll(), f + "minLevelAll", "error.evaluation.level", problems);
            Level share = Inputs.choice(Level.class, r.shareLevel(), f + "shareLevel", "error.evaluation.level", problems);
            BigDecimal percent = r.sharePercent();
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                problems.add(Problem.row(i + 1, f + "sharePercent", "error.evaluation.percent",
                        percent == null ? "" : percent.toPlainString()));
            }
            String basis = Inputs.text(r.basis(), f + "basis", 2000, false, problems);
            rows.add(new Object[] {kind, name(level), name(all), percent, name(share), r.confirmed(), basis});
        }
        return rows;
    }

    private static String name(Level level) {
        return level == null ? null : level.name();
    }

    private boolean exists(String code) {
        return jdbc.sql("select count(*) from evaluation_rule_set where code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    private RuleSetView read(String code) {
        LocalDate today = LocalDate.now(clock);
        List<RuleSetView.Band> bands = jdbc.sql("""
                select level, min_score, max_score, confirmed, basis from evaluation_score_band
                where rule_set_code = ? order by min_score desc""")
                .param(code).query((rs, i) -> {
                    Level level = Level.valueOf(rs.getString(1));
                    return new RuleSetView.Band(level, level.label(), rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getBoolean(4), rs.getString(5));
                }).list();
        List<RuleSetView.Cap> caps = jdbc.sql("""
                select kind, caps_to, exception, confirmed, basis from evaluation_cap where rule_set_code = ?""")
                .param(code).query((rs, i) -> {
                    boolean notRated = NOT_RATED.equals(rs.getString(2));
                    return new RuleSetView.Cap(CapKind.valueOf(rs.getString(1)),
                            notRated ? null : Level.valueOf(rs.getString(2)), notRated, rs.getString(3),
                            rs.getBoolean(4), rs.getString(5));
                }).list().stream().sorted(Comparator.comparing(RuleSetView.Cap::kind)).toList();
        List<RuleSetView.OrgRule> rules = jdbc.sql("""
                select kind, level, min_level_all, share_percent, share_level, confirmed, basis
                from evaluation_org_rule where rule_set_code = ? order by kind""")
                .param(code).query((rs, i) -> new RuleSetView.OrgRule(rs.getString(1), Level.valueOf(rs.getString(2)),
                        Level.valueOf(rs.getString(3)), rs.getBigDecimal(4), Level.valueOf(rs.getString(5)),
                        rs.getBoolean(6), rs.getString(7))).list();
        return jdbc.sql("""
                select code, name, document, effective_from, effective_to, uses_scores, quarterly, quarterly_basis,
                  quota_percent, quota_scope, quota_confirmed, quota_basis, note, version
                from evaluation_rule_set where code = ?""")
                .param(code).query((rs, i) -> view(rs, today, bands, caps, rules)).single();
    }

    private static RuleSetView view(ResultSet rs, LocalDate today, List<RuleSetView.Band> bands,
            List<RuleSetView.Cap> caps, List<RuleSetView.OrgRule> rules) throws SQLException {
        LocalDate from = rs.getObject(4, LocalDate.class);
        LocalDate to = rs.getObject(5, LocalDate.class);
        boolean inForce = !today.isBefore(from) && (to == null || !today.isAfter(to));
        return new RuleSetView(rs.getString(1), rs.getString(2), rs.getString(3), from, to, rs.getBoolean(6),
                rs.getBoolean(7), rs.getString(8), rs.getBigDecimal(9), rs.getString(10), rs.getBoolean(11),
                rs.getString(12), rs.getString(13), rs.getInt(14), inForce, bands, caps, rules);
    }
}
