package vn.chinhdon.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order of a season (124-QĐ/TW Điều 11, 366-QĐ/TW; decision 0018), judged in SQL over the season's ratings by the
 * units' paths at the end of the period:
 * <ul>
 * <li>self-assessment: lower collectives before higher ones, a unit's collective before its members;</li>
 * <li>decision: a unit after its members (the head aside) and after the collectives below it, since its level depends
 * on theirs (the organization rules); the head of a unit after the unit.</li>
 * </ul>
 */
@Component
class RatingOrder {

    private final JdbcClient jdbc;

    RatingOrder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A reason a rating must wait: a message key and its argument. */
    record Blocker(String key, String arg) {
    }

    /** Why the subject cannot assess itself yet, or null. */
    Blocker toSelfAssess(RatingRows.Row r) {
        if (r.memberId() == null) {
            return lowerCollective(r, "state = 'PENDING'");
        }
        boolean collectivePending = jdbc.sql("""
                select count(*) from evaluation_rating where season_id = ? and unit_id = ? and member_id is null
                  and state = 'PENDING'""").params(r.seasonId(), r.unitId()).query(Long.class).single() > 0;
        return collectivePending ? new Blocker("evaluation.waiting.collective", null) : null;
    }

    /** Why the rating cannot be decided yet, or null. */
    Blocker toDecide(RatingRows.Row r) {
        if (r.memberId() == null) {
            long members = jdbc.sql("""
                    select count(*) from evaluation_rating where season_id = ? and unit_id = ? and member_id is not null
                      and not head and state not in ('DECIDED', 'NOT_RATED')""")
                    .params(r.seasonId(), r.unitId()).query(Long.class).single();
            if (members > 0) {
                return new Blocker("evaluation.waiting.members", String.valueOf(members));
            }
            return lowerCollective(r, "state not in ('DECIDED', 'NOT_RATED')");
        }
        if (r.head()) {
            boolean unitOpen = jdbc.sql("""
                    select count(*) from evaluation_rating where season_id = ? and unit_id = ? and member_id is null
                      and state not in ('DECIDED', 'NOT_RATED')""").params(r.seasonId(), r.unitId())
                    .query(Long.class).single() > 0;
            if (unitOpen) {
                return new Blocker("evaluation.waiting.unit", null);
            }
        }
        return null;
    }

    private Blocker lowerCollective(RatingRows.Row r, String waiting) {
        return jdbc.sql("""
                select %s from evaluation_rating o where o.season_id = :season and o.member_id is null and o.%s
                  and o.unit_path like :path and o.unit_id <> :unit
                order by o.level_depth desc, o.id limit 1""".formatted(RatingRows.latestName("o.unit_id"), waiting))
                .param("season", r.seasonId()).param("path", r.unitPath() + "%").param("unit", r.unitId())
                .query(String.class).optional().map(name -> new Blocker("evaluation.waiting.lowerCollective", name))
                .orElse(null);
    }
}
