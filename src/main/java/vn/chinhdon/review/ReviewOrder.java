package vn.chinhdon.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order of a round (Hướng dẫn on kiểm điểm; domain-rules §2): lower collectives before higher ones; a unit's
 * collective before its members; the head of a unit after the unit's other members; the collective's final
 * report after all its members' reviews, so that it takes in what they added. Judged in SQL over the round's
 * reviews (a province's round holds hundreds of thousands), by the units' paths at the end of the period.
 */
@Component
class ReviewOrder {

    private final JdbcClient jdbc;

    ReviewOrder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A reason a review must wait: a message key and its argument. */
    record Blocker(String key, String arg) {
    }

    /** Why the review cannot be held yet, or null. */
    Blocker toHold(ReviewRows.Row s) {
        if (s.memberId() == null) {
            return jdbc.sql("""
                    select %s from review_subject r where r.round_id = :round and r.member_id is null
                      and r.state = 'PENDING' and r.unit_path like :path and r.unit_id <> :unit
                    order by r.level desc, r.id limit 1""".formatted(ReviewRows.latestName("r.unit_id")))
                    .param("round", s.roundId()).param("path", s.unitPath() + "%").param("unit", s.unitId())
                    .query(String.class).optional().map(name -> new Blocker("review.waiting.lowerCollective", name))
                    .orElse(null);
        }
        boolean collectiveHeld = jdbc.sql("""
                select count(*) from review_subject where round_id = ? and unit_id = ? and member_id is null
                  and state <> 'PENDING'""").params(s.roundId(), s.unitId()).query(Long.class).single() > 0;
        if (!collectiveHeld) {
            return new Blocker("review.waiting.collective", null);
        }
        if (s.head()) {
            long others = pendingMembers(s.roundId(), s.unitId(), s.id());
            if (others > 0) {
                return new Blocker("review.waiting.members", String.valueOf(others));
            }
        }
        return null;
    }

    /** Why the collective's final report cannot be completed yet, or null. */
    Blocker toFinalize(ReviewRows.Row s) {
        if (!s.state().held()) {
            return new Blocker("review.waiting.session", null);
        }
        long pending = pendingMembers(s.roundId(), s.unitId(), -1);
        return pending > 0 ? new Blocker("review.waiting.individuals", String.valueOf(pending)) : null;
    }

    private long pendingMembers(long round, long unit, long except) {
        return jdbc.sql("""
                select count(*) from review_subject where round_id = ? and unit_id = ? and member_id is not null
                  and state = 'PENDING' and id <> ?""").params(round, unit, except).query(Long.class).single();
    }
}
