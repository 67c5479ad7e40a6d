package vn.chinhdon.review;

import java.time.LocalDate;
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
 * The rows of rounds and reviews, and who may see and do what: a review is seen by the readers of its unit and by
 * the member reviewed; a round by the readers of its unit or of a unit taking part. Who gave a piece of feedback is
 * read only with a grant of {@code READ_FEEDBACK_GIVERS} (the organization board) over the round's unit — never
 * through administration, never by the member the feedback is about.
 */
@Component
class ReviewRows {

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final AccessControl access;
    private final UserManagement users;

    ReviewRows(JdbcClient jdbc, TreeQueries tree, AccessControl access, UserManagement users) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.access = access;
        this.users = users;
    }

    record Round(long id, long unitId, String title, PeriodKind periodKind, String periodLabel, LocalDate periodFrom,
            LocalDate periodTo, int depth, LocalDate openedOn, LocalDate deadline, LocalDate reportDeadline,
            long version) {
    }

    record Row(long id, long roundId, long unitId, Long memberId, boolean head, String unitPath, int level,
            ReviewState state, long version) {
    }

    Optional<Round> round(long id) {
        return jdbc.sql("""
                select id, unit_id, title, period_kind, period_label, period_from, period_to, depth, opened_on, deadline,
                  report_deadline, version from review_round where id = ?""")
                .param(id)
                .query((rs, i) -> new Round(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        PeriodKind.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getLong(12)))
                .optional();
    }

    Optional<Row> row(long id) {
        return jdbc.sql("""
                select id, round_id, unit_id, member_id, head, unit_path, level, state, version
                from review_subject where id = ?""")
                .param(id)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4),
                        rs.getBoolean(5), rs.getString(6), rs.getInt(7), ReviewState.valueOf(rs.getString(8)),
                        rs.getLong(9)))
                .optional();
    }

    /** The round if the caller may see it (its unit, or a unit taking part); otherwise "not found". */
    Round visibleRound(long id) {
        Round r = round(id).orElseThrow(() -> new NotFoundException("error.review.roundNotFound", id));
        if (tree.allows(r.unitId(), Permission.READ_UNITS)) {
            return r;
        }
        BoundSql readable = readable("r");
        if (readable.bind(jdbc.sql("select count(*) from review_subject r where r.round_id = :round and "
                + readable.sql())).param("round", id).query(Long.class).single() == 0) {
            throw new NotFoundException("error.review.roundNotFound", id);
        }
        return r;
    }

    /** The review if the caller may see it; otherwise "not found". */
    Row visible(long id) {
        return row(id).filter(this::mayRead).orElseThrow(() -> new NotFoundException("error.review.notFound", id));
    }

    boolean mayRead(Row r) {
        return tree.allows(r.unitId(), Permission.READ_UNITS) || isSubject(r);
    }

    /** Whether the caller is the member this review is about. */
    boolean isSubject(Row r) {
        return r.memberId() != null && r.memberId().equals(callerMemberId());
    }

    /** Whether the caller may read who gave the feedback of this review. */
    boolean seesGivers(Round round, Row r) {
        return !isSubject(r) && access.grantedExplicitly(round.unitId(), Permission.READ_FEEDBACK_GIVERS);
    }

    boolean allows(long unitId, Permission permission) {
        return tree.allows(unitId, permission);
    }

    Long callerMemberId() {
        return users.callerMemberId();
    }

    void update(Row r, String set, Map<String, Object> params) {
        Versions.update(jdbc, "review_subject", r.id(), r.version(), set, params);
    }

    static void checkVersion(long current, Long version) {
        Versions.check(current, version);
    }

    /**
     * A SQL condition restricting the rows aliased {@code alias} to those the caller may read, with its parameters
     * (see {@link AccessControl#readableRows}).
     */
    BoundSql readable(String alias) {
        return access.readableRows(alias, Permission.READ_UNITS, Permission.READ_UNITS, callerMemberId());
    }

    static String latestName(String unitIdColumn) {
        return vn.chinhdon.organization.TreeQueries.latestNameSql(unitIdColumn);
    }
}
