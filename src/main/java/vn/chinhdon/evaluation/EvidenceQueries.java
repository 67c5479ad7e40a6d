package vn.chinhdon.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the evidence ledger for the evaluation of a period: the entries of one subject, and the counts of many subjects
 * in one statement. No grants are checked here: the caller (the evaluation's use case) has checked that the subjects
 * may be read.
 *
 * <p>A subject is a member ({@code memberId} set: their entries from any unit) or a unit's collective ({@code memberId}
 * null: the unit's entries without a member). An entry is <em>in the period</em> when it occurred in
 * {@code [from, to]}; <em>open</em> on {@code asOf} when its kind closes ({@link EvidenceKind#closes()}: findings,
 * follow-up tasks, discipline), it occurred by then and was not closed by then; <em>late</em> when open and due before
 * {@code asOf}. Facts of a day (degradation, feedback, commitments) are never open: they count in their period only.
 */
@Component
class EvidenceQueries {

    /** The entries of one kind: in the period, open and late (late ones are open too). */
    public record Tally(int inPeriod, int open, int late) {

        public static final Tally NONE = new Tally(0, 0, 0);
    }

    /** A subject's tallies per kind; a kind without entries has {@link Tally#NONE}. */
    public record Counts(Map<EvidenceKind, Tally> byKind) {

        public static final Counts NONE = new Counts(Map.of());

        public Counts {
            byKind = Map.copyOf(byKind);
        }

        public Tally of(EvidenceKind kind) {
            return byKind.getOrDefault(kind, Tally.NONE);
        }

        /** The entries of every kind in the period. */
        public int inPeriod() {
            return byKind.values().stream().mapToInt(Tally::inPeriod).sum();
        }

        /** The open entries of every kind. */
        public int open() {
            return byKind.values().stream().mapToInt(Tally::open).sum();
        }

        /** The late entries of every kind. */
        public int late() {
            return byKind.values().stream().mapToInt(Tally::late).sum();
        }
    }

    /** Open on the date {@code p.at} (the CTE {@code p} holds the parameters). */
    private static final String OPEN = "(e.kind in (" + EvidenceKind.closingSql()
            + ") and e.occurred_on <= p.at and (e.closed_on is null or e.closed_on > p.at))";

    private final JdbcClient jdbc;

    EvidenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entries of a member ({@code memberId} set; {@code unitId} is then not used) or of a unit's collective that
     * occurred in {@code [from, to]} or are still open on {@code asOf}, in the order they occurred.
     */
    @Transactional(readOnly = true)
    public List<EvidenceItem> of(Long memberId, long unitId, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        String subject = memberId != null ? "e.member_id = p.subject" : "e.member_id is null and e.unit_id = p.subject";
        return jdbc.sql("""
                with p as (select cast(? as bigint) as subject, cast(? as date) as f, cast(? as date) as t,
                             cast(? as date) as at)
                select e.id, e.kind, e.source_kind, e.source_id, e.group_id, e.unit_id, e.member_id, e.summary, e.detail,
                  e.occurred_on, e.due_on, e.closed_on, e.self_remedied
                from p join evidence_entry e on %s
                where e.occurred_on between p.f and p.t or %s
                order by e.occurred_on, e.id""".formatted(subject, OPEN))
                .params(memberId != null ? memberId : unitId, from, to, asOf)
                .query((rs, i) -> {
                    EvidenceKind kind = EvidenceKind.valueOf(rs.getString(2));
                    LocalDate occurred = rs.getObject(10, LocalDate.class);
                    LocalDate due = rs.getObject(11, LocalDate.class);
                    LocalDate closed = rs.getObject(12, LocalDate.class);
                    boolean open = kind.closes() && !occurred.isAfter(asOf) && (closed == null || closed.isAfter(asOf));
                    boolean late = open && due != null && due.isBefore(asOf);
                    return new EvidenceItem(rs.getLong(1), kind, rs.getString(3), rs.getLong(4), (Long) rs.getObject(5),
                            rs.getLong(6), (Long) rs.getObject(7), rs.getString(8), rs.getString(9), occurred, due, closed,
                            rs.getBoolean(13), open, late);
                })
                .list();
    }

    /** The counts of each member (their entries from any unit), every member asked included; one statement. */
    @Transactional(readOnly = true)
    public Map<Long, Counts> countsForMembers(Collection<Long> memberIds, LocalDate from, LocalDate to, LocalDate asOf) {
        return counts(memberIds, "e.member_id = s.id", from, to, asOf);
    }

    /** The counts of each unit's collective (entries without a member), every unit asked included; one statement. */
    @Transactional(readOnly = true)
    public Map<Long, Counts> countsForUnits(Collection<Long> unitIds, LocalDate from, LocalDate to, LocalDate asOf) {
        return counts(unitIds, "e.member_id is null and e.unit_id = s.id", from, to, asOf);
    }

    private Map<Long, Counts> counts(Collection<Long> ids, String join, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        Map<Long, Map<EvidenceKind, Tally>> tallies = new LinkedHashMap<>();
        ids.stream().filter(Objects::nonNull).forEach(id -> tallies.putIfAbsent(id, new EnumMap<>(EvidenceKind.class)));
        if (tallies.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                with p as (select cast(? as bigint[]) as ids, cast(? as date) as f, cast(? as date) as t,
                             cast(? as date) as at)
                select s.id, e.kind,
                  count(*) filter (where e.occurred_on between p.f and p.t),
                  count(*) filter (where %2$s),
                  count(*) filter (where %2$s and e.due_on < p.at)
                from p cross join lateral unnest(p.ids) as s(id)
                  join evidence_entry e on %1$s
                group by s.id, e.kind""".formatted(join, OPEN))
                .params(tallies.keySet().toArray(Long[]::new), from, to, asOf)
                .query(rs -> {
                    Tally t = new Tally(rs.getInt(3), rs.getInt(4), rs.getInt(5));
                    if (!t.equals(Tally.NONE)) {
                        tallies.get(rs.getLong(1)).put(EvidenceKind.valueOf(rs.getString(2)), t);
                    }
                });
        Map<Long, Counts> out = new LinkedHashMap<>();
        tallies.forEach((id, byKind) -> out.put(id, byKind.isEmpty() ? Counts.NONE : new Counts(byKind)));
        return out;
    }
}
