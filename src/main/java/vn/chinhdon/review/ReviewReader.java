package vn.chinhdon.review;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chinhdon.platform.BoundSql;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.remediation.FollowUpLine;
import vn.chinhdon.remediation.FollowUpState;
import vn.chinhdon.remediation.SourceKind;
import vn.chinhdon.review.ReviewRows.Round;
import vn.chinhdon.review.ReviewRows.Row;

/**
 * Builds the views of rounds, reviews and feedback as the caller may see them. Feedback: the round's organization
 * board sees every item (and, unless the item is about them, who gave it); everyone else who may see the review sees
 * only the substantiated items, without their givers.
 */
final class ReviewReader {

    private ReviewReader() {
    }

    static RoundView round(ReviewManagement m, Round round) {
        JdbcClient jdbc = m.jdbc();
        LocalDate today = m.todayDate();
        BoundSql readable = m.rows().readable("r");
        long[] c = readable.bind(jdbc.sql("""
                select count(*) filter (where r.member_id is null),
                  count(*) filter (where r.member_id is null and r.state <> 'PENDING'),
                  count(*) filter (where r.member_id is null and r.state = 'FINALIZED'),
                  count(*) filter (where r.member_id is not null),
                  count(*) filter (where r.member_id is not null and r.state <> 'PENDING')
                from review_subject r where r.round_id = :round and %s""".formatted(readable.sql())))
                .param("round", round.id())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
        long unverified = m.manages(round) ? readable.bind(jdbc.sql("""
                select count(*) from review_feedback f join review_subject r on r.id = f.subject_id
                where r.round_id = :round and f.state = 'UNVERIFIED' and %s""".formatted(readable.sql())))
                .param("round", round.id()).query(Long.class).single() : 0;
        long open = openFollowUps(m, round);
        boolean late = today.isAfter(round.deadline()) && c[1] + c[4] < c[0] + c[3];
        UnitRef unit = m.tree().unit(round.unitId(), round.periodTo()).orElseThrow();
        return new RoundView(round.id(), unit.code(), unit.name(), round.title(), round.periodKind(),
                round.periodLabel(), round.periodFrom(), round.periodTo(), round.depth(), round.openedOn(),
                round.deadline(), round.reportDeadline(), c[0], c[1], c[2], c[3], c[4],
                unverified, open, late, m.manages(round), round.version());
    }

    /** Explanations, acceptances and remedies of the round's reviews that the caller may see, not yet verified. */
    private static long openFollowUps(ReviewManagement m, Round round) {
        BoundSql readable = m.rows().readable("r");
        List<Long> ids = readable.bind(m.jdbc().sql("select r.id from review_subject r where r.round_id = :round and "
                + readable.sql())).param("round", round.id()).query(Long.class).list();
        return m.followUps().countNotVerified(SourceKind.REVIEW, ids);
    }

    static ReviewView review(ReviewManagement m, Row r) {
        JdbcClient jdbc = m.jdbc();
        Round round = m.rows().round(r.roundId()).orElseThrow();
        LocalDate today = m.todayDate();
        boolean seesGivers = m.rows().seesGivers(round, r);
        Map<String, Object> s = jdbc.sql("""
                select held_on, duration_minutes, present, expected, chair, superior_representative, report, conclusion,
                  held_by, final_report, additions, finalized_on from review_subject where id = ?""")
                .param(r.id()).query().singleRow();
        UnitRef unit = m.tree().unit(r.unitId(), round.periodTo()).orElseThrow();
        String memberName = r.memberId() == null ? null
                : jdbc.sql("select full_name from member where id = ?").param(r.memberId()).query(String.class).single();
        List<ReviewView.Suggestion> suggestions = jdbc.sql("""
                select g.id, %s, g.text, g.given_on from review_suggestion g where g.subject_id = ?
                order by g.given_on, g.id""".formatted(ReviewRows.latestName("g.from_unit_id")))
                .param(r.id())
                .query((rs, i) -> new ReviewView.Suggestion(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
        List<FeedbackView> feedback = feedback(m, round, r, seesGivers, null);
        List<Long> cited = jdbc.sql("select feedback_id from review_citation where subject_id = ? order by feedback_id")
                .param(r.id()).query(Long.class).list();
        List<Long> remedyIds = jdbc.sql("select follow_up_id from review_remedy where subject_id = ?").param(r.id())
                .query(Long.class).list();
        List<FollowUpLine> remedies = m.followUps().ofSource(SourceKind.REVIEW, r.id()).stream()
                .filter(t -> remedyIds.contains(t.id())).toList();
        ReviewOrder.Blocker blocker = r.state() == ReviewState.PENDING ? m.order().toHold(r)
                : r.state() == ReviewState.HELD && r.memberId() == null ? m.order().toFinalize(r) : null;
        boolean superior = m.tree().ancestors(m.tree().unit(r.unitId(), today).orElseThrow(), today).stream()
                .reduce((a, b) -> b).map(u -> m.tree().allows(u.id(), Permission.RECORD_REVIEWS)
                        || m.tree().allows(u.id(), Permission.MANAGE_REVIEWS)).orElse(false);
        boolean own = m.rows().isSubject(r);
        var actions = new ReviewView.Actions(m.records(r) && !own && r.state() != ReviewState.FINALIZED,
                m.manages(round) && !own, seesGivers, superior && !own && r.state() == ReviewState.PENDING);
        return new ReviewView(r.id(), round.id(), round.title(), round.periodLabel(), unit.code(), unit.name(),
                r.memberId(), memberName, r.head(), r.state(), (LocalDate) date(s.get("held_on")),
                (Integer) s.get("duration_minutes"), (Integer) s.get("present"), (Integer) s.get("expected"),
                (String) s.get("chair"), (String) s.get("superior_representative"), (String) s.get("report"),
                (String) s.get("conclusion"), (String) s.get("held_by"), (String) s.get("final_report"),
                (String) s.get("additions"), (LocalDate) date(s.get("finalized_on")), suggestions, feedback, cited,
                remedies, previous(m, round, r), blocker == null ? null : blocker.key(),
                blocker == null ? null : blocker.arg(), actions, r.version(),
                r.memberId() == null ? List.of() : m.commitmentsOf(r.memberId(), round.periodFrom(), round.periodTo()));
    }

    private static Object date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : value;
    }

    /**
     * The same subject's latest review held in an earlier period (the member's, wherever they were; the unit's
     * collective), if the caller may see it, with the items it left open.
     */
    private static ReviewView.Previous previous(ReviewManagement m, Round round, Row r) {
        JdbcClient jdbc = m.jdbc();
        List<Long> candidates = jdbc.sql("""
                select s.id from review_subject s join review_round o on o.id = s.round_id
                where s.state <> 'PENDING' and o.period_to < :from and s.id <> :id
                  and (case when cast(:member as bigint) is null then s.member_id is null and s.unit_id = :unit
                            else s.member_id = :member end)
                order by o.period_to desc, s.held_on desc limit 5""")
                .param("from", round.periodFrom()).param("id", r.id()).param("member", r.memberId())
                .param("unit", r.unitId()).query(Long.class).list();
        for (Long id : candidates) {
            Row p = m.rows().row(id).orElseThrow();
            if (!m.rows().mayRead(p)) {
                continue;
            }
            Round pr = m.rows().round(p.roundId()).orElseThrow();
            Map<String, Object> s = jdbc.sql("select held_on, report, conclusion from review_subject where id = ?")
                    .param(id).query().singleRow();
            List<FollowUpLine> open = m.followUps().ofSource(SourceKind.REVIEW, id).stream()
                    .filter(t -> t.state() != FollowUpState.VERIFIED).toList();
            return new ReviewView.Previous(id, pr.title(), pr.periodLabel(), (LocalDate) date(s.get("held_on")),
                    (String) s.get("report"), (String) s.get("conclusion"), open);
        }
        return null;
    }

    /**
     * The feedback of a review ({@code ids} null: all of it) as the caller may see it: the round's board sees every
     * item, others only the substantiated ones; the giver only when {@code seesGivers}.
     */
    static List<FeedbackView> feedback(ReviewManagement m, Round round, Row r, boolean seesGivers, List<Long> ids) {
        boolean all = m.manages(round) && !m.rows().isSubject(r);
        Map<Long, FollowUpLine> tasks = new HashMap<>();
        m.followUps().ofSource(SourceKind.REVIEW, r.id()).forEach(t -> tasks.put(t.id(), t));
        Map<Long, List<FeedbackView.Assignment>> assignments = new HashMap<>();
        m.jdbc().sql("""
                select a.feedback_id, a.kind, a.follow_up_id from review_assignment a
                join review_feedback f on f.id = a.feedback_id where f.subject_id = ? order by a.id""")
                .param(r.id())
                .query(rs -> {
                    FollowUpLine t = tasks.get(rs.getLong(3));
                    if (t != null) {
                        assignments.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                                .add(new FeedbackView.Assignment(AssignmentKind.valueOf(rs.getString(2)), t.id(),
                                        t.ownerName(), t.deadline(), t.state()));
                    }
                });
        String label = m.subjectLabel(r);
        return m.jdbc().sql("""
                select id, source_kind, giver, text, codes, received_on, state, verified_on, verified_by, verification, version
                from review_feedback where subject_id = :subject and (cast(:all as boolean) or state = 'SUBSTANTIATED')
                  and (cast(:ids as bigint[]) is null or id = any(cast(:ids as bigint[])))
                order by received_on, id""")
                .param("subject", r.id()).param("all", all)
                .param("ids", ids == null ? null : ids.toArray(Long[]::new))
                .query((rs, i) -> new FeedbackView(rs.getLong(1), r.id(), label, FeedbackSource.valueOf(rs.getString(2)),
                        seesGivers ? rs.getString(3) : null, rs.getString(4),
                        rs.getString(5).isEmpty() ? List.of() : Arrays.asList(rs.getString(5).split(",")),
                        rs.getObject(6, LocalDate.class), FeedbackState.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10),
                        assignments.getOrDefault(rs.getLong(1), List.of()), rs.getLong(11)))
                .list();
    }

    /** The units of a round the caller may see, with their collective's state, their members' reviews, what waits. */
    static vn.chinhdon.shared.PageResult<ProgressLine> progress(ReviewManagement m, Round round, Integer page,
            Integer size) {
        int sz = vn.chinhdon.shared.PageResult.clampSize(size);
        int pg = vn.chinhdon.shared.PageResult.clampPage(page);
        BoundSql readable = m.rows().readable("c");
        long total = readable.bind(m.jdbc().sql("""
                select count(*) from review_subject c where c.round_id = :round and c.member_id is null and %s"""
                .formatted(readable.sql()))).param("round", round.id()).query(Long.class).single();
        List<ProgressLine> items = readable.bind(m.jdbc().sql("""
                select c.id, u.code, %s, c.level, c.state,
                  (select count(*) from review_subject i where i.round_id = c.round_id and i.unit_id = c.unit_id
                     and i.member_id is not null),
                  (select count(*) from review_subject i where i.round_id = c.round_id and i.unit_id = c.unit_id
                     and i.member_id is not null and i.state <> 'PENDING'),
                  exists (select 1 from review_subject l where l.round_id = c.round_id and l.member_id is null
                     and l.state = 'PENDING' and l.unit_path like c.unit_path || '%%' and l.unit_id <> c.unit_id)
                from review_subject c join org_unit u on u.id = c.unit_id
                where c.round_id = :round and c.member_id is null and %s
                order by c.unit_path limit :limit offset :offset""".formatted(ReviewRows.latestName("c.unit_id"),
                readable.sql())))
                .param("round", round.id()).param("limit", sz).param("offset", (long) pg * sz)
                .query((rs, i) -> {
                    ReviewState state = ReviewState.valueOf(rs.getString(5));
                    long individuals = rs.getLong(6);
                    long held = rs.getLong(7);
                    String key;
                    String arg = null;
                    if (state == ReviewState.PENDING) {
                        key = rs.getBoolean(8) ? "review.waiting.lowerCollectives" : "review.waiting.collectiveSession";
                    } else if (held < individuals) {
                        key = "review.waiting.individuals";
                        arg = String.valueOf(individuals - held);
                    } else if (state == ReviewState.HELD) {
                        key = "review.waiting.finalReport";
                    } else {
                        key = null;
                    }
                    return new ProgressLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), state,
                            individuals, held, key, arg);
                })
                .list();
        return new vn.chinhdon.shared.PageResult<>(items, pg, sz, total);
    }

    /** The reviews of one unit in a round (its collective first, the head last), if the caller may read the unit. */
    static List<ReviewLine> reviewsOf(ReviewManagement m, Round round, UnitRef unit) {
        return m.jdbc().sql("""
                select r.id, r.member_id, mb.full_name, r.head, r.state, r.held_on from review_subject r
                left join member mb on mb.id = r.member_id
                where r.round_id = ? and r.unit_id = ?""")
                .params(round.id(), unit.id())
                .query((rs, i) -> new ReviewLine(rs.getLong(1), unit.code(), unit.name(), (Long) rs.getObject(2),
                        rs.getString(3), rs.getBoolean(4), ReviewState.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class)))
                .list().stream()
                .sorted(java.util.Comparator.comparing((ReviewLine l) -> l.memberId() != null).thenComparing(ReviewLine::head)
                        .thenComparing(l -> l.memberName() == null ? "" : vn.chinhdon.shared.VietnameseSortKey.ofPersonName(l.memberName())))
                .collect(Collectors.toList());
    }
}
