package vn.chinhdon.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.JobRuns;

/**
 * Every morning: a reminder for each open obligation coming due within its campaign's reminder days, and
 * the list of obligations that became late. The run of a day is recorded first (job_run), so with several
 * nodes exactly one does the work; notifications are unique per obligation and kind, so a rerun adds none.
 */
@Component
public class ObligationReminders {

    static final String JOB = "obligation-reminders";
    private static final Logger log = LoggerFactory.getLogger(ObligationReminders.class);

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final JobRuns runs;
    private final Clock clock;

    ObligationReminders(JdbcClient jdbc, AccessControl access, JobRuns runs, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 6 * * *", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        CurrentUser.runAsSystem(() -> {
            Result r = run(LocalDate.now(clock));
            log.info("Obligation reminders: {}", r);
        });
    }

    /** What one run did; {@code ran=false} if another node (or an earlier call) ran that day already. */
    public record Result(LocalDate day, boolean ran, int reminders, int late) {
    }

    @Transactional
    public Result run(LocalDate day) {
        if (!runs.claim(JOB, day.toString())) {
            return new Result(day, false, 0, 0);
        }
        int reminders = jdbc.sql("""
                insert into notification (id, unit_id, kind, obligation_id, due_on, created_on)
                select nextval('org_seq'), o.unit_id, 'REMINDER', o.id, o.due_on, :day
                from obligation o join campaign c on c.id = o.campaign_id
                where o.state = 'OPEN' and o.due_on >= :day and o.due_on - c.remind_days <= :day
                on conflict (obligation_id, kind) do nothing""").param("day", day).update();
        int late = jdbc.sql("""
                insert into notification (id, unit_id, kind, obligation_id, due_on, created_on)
                select nextval('org_seq'), o.unit_id, 'LATE', o.id, o.due_on, :day
                from obligation o where o.state = 'OPEN' and o.due_on < :day
                on conflict (obligation_id, kind) do nothing""").param("day", day).update();
        runs.finish(JOB, day.toString(), "reminders=" + reminders + ", late=" + late);
        return new Result(day, true, reminders, late);
    }

    /** A notification for the caller's units. */
    public record Notice(String kind, LocalDate createdOn, LocalDate dueOn, long campaignId, String campaignTitle,
            String unitCode, String unitName, String state) {
    }

    /** Reminders and late notices for units the caller may deliver for (or oversee), newest first. */
    @Transactional(readOnly = true)
    public List<Notice> notices(LocalDate since) {
        AccessControl.PathFilter f = access.coverage(Permission.READ_UNITS, "s.path");
        StringBuilder sql = new StringBuilder();
        int n = 0;
        for (char ch : f.sql().toCharArray()) {
            sql.append(ch == '?' ? ":f" + n++ : String.valueOf(ch));
        }
        var spec = jdbc.sql("""
                select n.kind, n.created_on, n.due_on, c.id, c.title, u.code,
                  (select name from org_unit_state x where x.unit_id = n.unit_id order by x.valid_from desc limit 1), o.state
                from notification n join obligation o on o.id = n.obligation_id join campaign c on c.id = o.campaign_id
                join org_unit u on u.id = n.unit_id
                where n.created_on >= :since
                  and exists (select 1 from org_unit_state s where s.unit_id = n.unit_id and %s)
                order by n.created_on desc, n.kind, u.code limit 500""".formatted(sql))
                .param("since", since);
        for (int i = 0; i < f.params().size(); i++) {
            spec = spec.param("f" + i, f.params().get(i));
        }
        return spec.query((rs, i) -> new Notice(rs.getString(1), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8))).list();
    }
}
