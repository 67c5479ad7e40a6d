package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UserManagement;
import vn.chinhdon.platform.BoundSql;
import vn.chinhdon.platform.Versions;
import vn.chinhdon.platform.NotFoundException;

/**
 * The rows of seasons and ratings, and who may see them: a collective's rating by the readers of its unit, a member's
 * rating by those who read the members of the unit, and by the member rated; a season by the readers of its unit or of
 * a unit taking part.
 */
@Component
class RatingRows {

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final AccessControl access;
    private final UserManagement users;

    RatingRows(JdbcClient jdbc, TreeQueries tree, AccessControl access, UserManagement users) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.access = access;
        this.users = users;
    }

    record Season(long id, long unitId, String title, int year, Integer quarter, LocalDate periodFrom,
            LocalDate periodTo, String ruleSetCode, int depth, LocalDate openedOn, LocalDate deadline, long version) {
    }

    record Row(long id, long seasonId, long unitId, Long memberId, boolean head, String unitPath, int depth,
            long deciderUnitId, Long quotaUnitId, RatingState state, Level selfLevel, Level proposedLevel,
            BigDecimal proposedScore, boolean sickLeave, Level level, String flags, long version) {
    }

    static final String SEASON_COLUMNS = """
            id, unit_id, title, year, quarter, period_from, period_to, rule_set_code, depth, opened_on, deadline, version""";

    static Season season(ResultSet rs) throws SQLException {
        return new Season(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"), rs.getInt("year"),
                (Integer) rs.getObject("quarter"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("rule_set_code"), rs.getInt("depth"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getLong("version"));
    }

    Optional<Season> season(long id) {
        return jdbc.sql("select " + SEASON_COLUMNS + " from evaluation_season where id = ?").param(id)
                .query((rs, i) -> season(rs)).optional();
    }

    Optional<Row> row(long id) {
        return jdbc.sql("""
                select id, season_id, unit_id, member_id, head, unit_path, level_depth, decider_unit_id, quota_unit_id,
                  state, self_level, proposed_level, proposed_score, sick_leave, level, flags, version
                from evaluation_rating where id = ?""")
                .param(id)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4),
                        rs.getBoolean(5), rs.getString(6), rs.getInt(7), rs.getLong(8), (Long) rs.getObject(9),
                        RatingState.valueOf(rs.getString(10)), level(rs.getString(11)), level(rs.getString(12)),
                        rs.getBigDecimal(13), rs.getBoolean(14), level(rs.getString(15)), rs.getString(16),
                        rs.getLong(17)))
                .optional();
    }

    static Level level(String s) {
        return s == null ? null : Level.valueOf(s);
    }

    /** The season if the caller may see it (its unit, or a unit taking part); otherwise "not found". */
    Season visibleSeason(long id) {
        return season(id).filter(this::mayRead)
                .orElseThrow(() -> new NotFoundException("error.evaluation.seasonNotFound", id));
    }

    /** Whether the caller may see the season: they read its unit, or one of its ratings. */
    boolean mayRead(Season s) {
        if (tree.allows(s.unitId(), Permission.READ_UNITS)) {
            return true;
        }
        BoundSql readable = readable("r");
        return readable.bind(jdbc.sql("select exists (select 1 from evaluation_rating r where r.season_id = :season and "
                + readable.sql() + ")")).param("season", s.id()).query(Boolean.class).single();
    }

    /** The rating if the caller may see it; otherwise "not found". */
    Row visible(long id) {
        return row(id).filter(this::mayRead).orElseThrow(() -> new NotFoundException("error.evaluation.ratingNotFound", id));
    }

    boolean mayRead(Row r) {
        return isSubject(r) || tree.allows(r.unitId(), r.memberId() == null ? Permission.READ_UNITS
                : Permission.READ_MEMBERS);
    }

    /** Whether the caller is the member this rating is about. */
    boolean isSubject(Row r) {
        return r.memberId() != null && r.memberId().equals(callerMemberId());
    }

    Long callerMemberId() {
        return users.callerMemberId();
    }

    void update(Row r, String set, Map<String, Object> params) {
        Versions.update(jdbc, "evaluation_rating", r.id(), r.version(), set, params);
    }

    static void checkVersion(long current, Long version) {
        Versions.check(current, version);
    }

    /**
     * A SQL condition restricting the rows aliased {@code alias} to those the caller may read, with its parameters
     * (see {@link AccessControl#readableRows}).
     */
    BoundSql readable(String alias) {
        return access.readableRows(alias, Permission.READ_UNITS, Permission.READ_MEMBERS, callerMemberId());
    }

    /**
     * The condition for the ratings of one season: none when the caller reads the whole season — the collectives and
     * the members of its unit's subtree — so that a province's lists do not check each of their ratings.
     */
    BoundSql readableIn(Season season, String alias) {
        if (tree.allows(season.unitId(), Permission.READ_UNITS)
                && tree.allows(season.unitId(), Permission.READ_MEMBERS)) {
            return new BoundSql("true", Map.of());
        }
        return readable(alias);
    }

    static String latestName(String unitIdColumn) {
        return vn.chinhdon.organization.TreeQueries.latestNameSql(unitIdColumn);
    }
}
