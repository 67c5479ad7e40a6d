package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.organization.TemporaryGrants;

/**
 * Delegation members read the targets of their inspection — the target units' subtrees, or the target members —
 * while it runs (from the kick-off until the draft report), through the account linked to their member record.
 * Before and after, they see the inspection itself but not the targets' records.
 */
@Component
class DelegationGrants implements TemporaryGrants {

    private final JdbcClient jdbc;

    DelegationGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TemporaryGrant> of(long userId, LocalDate on) {
        return jdbc.sql("""
                select t.unit_id, t.member_id, i.title
                from app_user a
                join inspection_delegate d on d.member_id = a.member_id
                join inspection i on i.id = d.inspection_id
                  and i.step in ('KICKED_OFF', 'SELF_REPORT_SUBMITTED', 'VERIFYING', 'DRAFT_REPORT')
                join inspection_target t on t.inspection_id = i.id
                where a.id = ?""")
                .param(userId)
                .query((rs, i) -> new TemporaryGrant(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)))
                .list();
    }
}
