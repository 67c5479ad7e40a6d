package vn.chinhdon.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.conduct.ComplaintOutcome;
import vn.chinhdon.conduct.DisciplineForm;
import vn.chinhdon.conduct.DisciplineManagement;
import vn.chinhdon.conduct.DisciplineView;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.platform.AuditLog;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;

/**
 * Whether a member may be planned for or appointed to a post on a date (Quy định 377-QĐ/TW), with every reason when
 * not: a discipline decided within its window before the date (khiển trách 24, cảnh cáo 36, cách chức 60 months; for
 * a higher post; an annulled one does not count; khai trừ: no longer a member), expressions of degradation concluded
 * within the lookback (the evidence ledger), the two most recent decided yearly ratings in consecutive years both
 * Không hoàn thành nhiệm vụ. The windows are the {@code planning_rule} rows, edited by administrators. The caller must
 * read the member ("not found" otherwise).
 */
@Service
public class PlanningEligibility {

    static final String DEGRADATION = "DEGRADATION_CONCLUDED";
    static final String NOT_COMPLETED = "NOT_COMPLETED_TWO_YEARS";
    static final Set<String> KINDS = Set.of("DISCIPLINE_REPRIMAND", "DISCIPLINE_WARNING", "DISCIPLINE_DISMISSAL",
            DEGRADATION, NOT_COMPLETED);
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final MemberManagement members;
    private final DisciplineManagement disciplines;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    PlanningEligibility(JdbcClient jdbc, MemberManagement members, DisciplineManagement disciplines,
            AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.disciplines = disciplines;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member's eligibility for the target post (default a higher one) on the date (default today). */
    @Transactional(readOnly = true)
    public PlanningResult check(long memberId, TargetPost target, LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        TargetPost post = target == null ? TargetPost.HIGHER : target;
        MemberView member;
        try {
            member = members.member(memberId).member(); // "not found" for a member the caller may not read
        } catch (vn.chinhdon.platform.ForbiddenException e) {
            throw new vn.chinhdon.platform.NotFoundException("error.member.notFound", memberId);
        }
        Map<String, PlanningRuleView> rules = new LinkedHashMap<>();
        rules().forEach(r -> rules.put(r.kind(), r));
        List<PlanningReason> reasons = new ArrayList<>();

        for (DisciplineView d : disciplines.ofMember(memberId)) {
            if (d.resolution() == ComplaintOutcome.ANNULLED || d.decidedOn().isAfter(day)) {
                continue;
            }
            String fact = d.summary() + ", quyết định ngày " + d.decidedOn().format(VI) + " (" + d.decidingBody() + ")";
            if (d.form() == DisciplineForm.EXPULSION) {
                reasons.add(new PlanningReason(PlanningReasonKind.EXPELLED, fact, d.decidedOn(), null, d.id(), true,
                        "Điều 7 Quy định 69-QĐ/TW: khai trừ ra khỏi Đảng."));
                continue;
            }
            PlanningRuleView rule = rules.get("DISCIPLINE_" + d.form().name());
            if (rule == null || !applies(rule, post)) {
                continue;
            }
            LocalDate until = d.decidedOn().plusMonths(rule.months());
            if (day.isBefore(until)) {
                reasons.add(new PlanningReason(PlanningReasonKind.valueOf(rule.kind()), fact, d.decidedOn(), until,
                        d.id(), rule.confirmed(), rule.basis()));
            }
        }

        PlanningRuleView degradation = rules.get(DEGRADATION);
        if (degradation != null && applies(degradation, post)) {
            record Entry(long id, LocalDate on, String summary, String detail) {
            }
            List<Entry> entries = jdbc.sql("""
                    select id, occurred_on, summary, detail from evidence_entry
                    where kind = 'DEGRADATION' and member_id = ? and occurred_on <= ? and occurred_on > ?
                    order by occurred_on desc, id desc""")
                    .params(memberId, day, day.minusMonths(degradation.months()))
                    .query((rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getString(4)))
                    .list();
            for (Entry e : entries) {
                String fact = e.summary() + (e.detail() == null || e.detail().isBlank() ? "" : " (" + e.detail() + ")")
                        + ", kết luận ngày " + e.on().format(VI);
                reasons.add(new PlanningReason(PlanningReasonKind.DEGRADATION_CONCLUDED, fact, e.on(),
                        e.on().plusMonths(degradation.months()), e.id(), degradation.confirmed(), degradation.basis()));
            }
        }

        PlanningRuleView notCompleted = rules.get(NOT_COMPLETED);
        if (notCompleted != null && applies(notCompleted, post)) {
            notCompletedTwoYears(memberId, day, notCompleted).ifPresent(reasons::add);
        }
        reasons.sort(Comparator.comparing(PlanningReason::from).reversed());
        return new PlanningResult(member.id(), member.fullName(), member.unitCode(), member.unitName(), post, day,
                reasons.isEmpty(), List.copyOf(reasons));
    }

    private static boolean applies(PlanningRuleView rule, TargetPost post) {
        return "ANY".equals(rule.appliesTo()) || post == TargetPost.HIGHER;
    }

    /**
     * The member's yearly ratings decided by the date (the latest decision of each year), the two most recent: when
     * their years are consecutive and both are Không hoàn thành nhiệm vụ.
     */
    private java.util.Optional<PlanningReason> notCompletedTwoYears(long memberId, LocalDate day,
            PlanningRuleView rule) {
        record Rating(long id, int year, String level, LocalDate decidedOn) {
        }
        Map<Integer, Rating> byYear = new LinkedHashMap<>();
        jdbc.sql("""
                select r.id, s.year, r.level, r.decided_on from evaluation_rating r
                join evaluation_season s on s.id = r.season_id
                where r.member_id = ? and s.quarter is null and r.state = 'DECIDED' and s.year <= ?
                  and (r.decided_on is null or r.decided_on <= ?)
                order by s.year desc, r.decided_on desc nulls last, r.id desc""")
                .params(memberId, day.getYear(), day)
                .query((rs, i) -> new Rating(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list().forEach(r -> byYear.putIfAbsent(r.year(), r));
        List<Rating> latest = byYear.values().stream().limit(2).toList();
        if (latest.size() < 2 || latest.get(0).year() != latest.get(1).year() + 1
                || !latest.stream().allMatch(r -> Level.NOT_COMPLETED.name().equals(r.level()))) {
            return java.util.Optional.empty();
        }
        Rating last = latest.get(0);
        String fact = "Năm " + latest.get(1).year() + " và năm " + last.year() + " xếp loại "
                + Level.NOT_COMPLETED.label();
        LocalDate from = last.decidedOn() != null ? last.decidedOn() : LocalDate.of(last.year(), 12, 31);
        return java.util.Optional.of(new PlanningReason(PlanningReasonKind.NOT_COMPLETED_TWO_YEARS, fact, from, null,
                last.id(), rule.confirmed(), rule.basis()));
    }

    // ---- the rules ----

    /** The planning rules, for every signed-in user. */
    @Transactional(readOnly = true)
    public List<PlanningRuleView> rules() {
        return jdbc.sql("""
                select kind, months, applies_to, source, confirmed, basis, version from planning_rule
                order by case kind when 'DISCIPLINE_REPRIMAND' then 1 when 'DISCIPLINE_WARNING' then 2
                  when 'DISCIPLINE_DISMISSAL' then 3 when 'DEGRADATION_CONCLUDED' then 4 else 5 end""")
                .query((rs, i) -> new PlanningRuleView(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getInt(7)))
                .list();
    }

    /**
     * Edits planning rules (administrators only), every problem at once, each named by its row: a known kind given
     * once, the window in months (1–600; none for NOT_COMPLETED_TWO_YEARS), HIGHER or ANY, the source, the version
     * read. A stale version is refused (409). Each changed rule is audited.
     */
    @Transactional
    public List<PlanningRuleView> saveRules(List<PlanningRuleCommand> edits) {
        access.requireAdmin();
        List<PlanningRuleCommand> rows = edits == null ? List.of() : edits.stream().filter(Objects::nonNull).toList();
        List<Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(Problem.field("rules", "error.planning.rulesRequired"));
        }
        Map<String, PlanningRuleView> current = new LinkedHashMap<>();
        rules().forEach(r -> current.put(r.kind(), r));
        Set<String> seen = new HashSet<>();
        List<String[]> texts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlanningRuleCommand c = rows.get(i);
            int row = i + 1;
            String kind = c.kind() == null ? "" : c.kind().trim();
            if (!KINDS.contains(kind)) {
                problems.add(Problem.row(row, "kind", "error.planning.kind", kind));
            } else if (!seen.add(kind)) {
                problems.add(Problem.row(row, "kind", "error.planning.kindTwice", kind));
            }
            if (NOT_COMPLETED.equals(kind) && c.months() != null) {
                problems.add(Problem.row(row, "months", "error.planning.noMonths"));
            } else if (!NOT_COMPLETED.equals(kind) && (c.months() == null || c.months() < 1 || c.months() > 600)) {
                problems.add(Problem.row(row, "months", "error.planning.months", "1", "600"));
            }
            String applies = c.appliesTo() == null ? "" : c.appliesTo().trim().toUpperCase(java.util.Locale.ROOT);
            if (!applies.equals("HIGHER") && !applies.equals("ANY")) {
                problems.add(Problem.row(row, "appliesTo", "error.planning.appliesTo", applies));
            }
            List<Problem> textProblems = new ArrayList<>();
            String source = Inputs.text(c.source(), "source", 500, true, textProblems);
            String basis = Inputs.text(c.basis(), "basis", 2000, false, textProblems);
            textProblems.forEach(p -> problems.add(Problem.row(row, p.field(), p.messageKey(), p.args())));
            if (c.version() == null) {
                problems.add(Problem.row(row, "version", "error.required.named", "version"));
            }
            texts.add(new String[] {kind, applies, source, basis});
        }
        Inputs.refuseIfAny(problems);
        for (int i = 0; i < rows.size(); i++) {
            PlanningRuleCommand c = rows.get(i);
            String[] t = texts.get(i);
            PlanningRuleView before = current.get(t[0]);
            boolean confirmed = Boolean.TRUE.equals(c.confirmed());
            int updated = jdbc.sql("""
                    update planning_rule set months = ?, applies_to = ?, source = ?, confirmed = ?, basis = ?,
                      version = version + 1 where kind = ? and version = ?""")
                    .params(c.months(), t[1], t[2], confirmed, t[3], t[0], c.version()).update();
            if (updated == 0) {
                throw new ConflictException("error.stale");
            }
            Map<String, Object> changes = new LinkedHashMap<>();
            diff(changes, "months", before.months(), c.months());
            diff(changes, "appliesTo", before.appliesTo(), t[1]);
            diff(changes, "source", before.source(), t[2]);
            diff(changes, "confirmed", before.confirmed(), confirmed);
            diff(changes, "basis", before.basis(), t[3]);
            audit.record("PLANNING_RULE_CHANGED", "PLANNING_RULE", t[0], null, "Quy tắc quy hoạch cán bộ " + t[0]
                    + (c.months() == null ? "" : ": " + c.months() + " tháng") + ("HIGHER".equals(t[1])
                            ? ", chức vụ cao hơn" : ", mọi chức vụ"), changes);
        }
        return rules();
    }

    private static void diff(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("from", before);
            c.put("to", after);
            changes.put(field, c);
        }
    }

    /** Refuses a target typed that is neither HIGHER nor SAME (empty: HIGHER). */
    public static TargetPost target(String typed) {
        if (typed == null || typed.isBlank()) {
            return TargetPost.HIGHER;
        }
        TargetPost t = vn.chinhdon.shared.EnumValues.parse(TargetPost.class, typed);
        if (t == null) {
            throw ValidationException.of("target", "error.planning.target", typed.trim());
        }
        return t;
    }
}
