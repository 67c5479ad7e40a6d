package vn.chinhdon.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitRef;
import vn.chinhdon.platform.CurrentUser;
import vn.chinhdon.platform.JobRuns;
import vn.chinhdon.platform.WorkingDays;

/**
 * Every morning: a reminder to the owner unit of each task awaiting its evidence whose deadline is within the
 * task's reminder days (working days), and an escalation to the owner's superior unit for each task that is
 * late while still awaiting the owner (open or sent back: a task submitted in time and not yet verified waits
 * on the verifier, not on the owner). The superior is the owner's parent when the deadline passed, or, if that
 * unit has since been merged or dissolved, the unit holding its records. The day is claimed in {@code job_run}
 * first (decision 0006), and notices are unique per task and kind, so the job runs once across nodes.
 */
@Component
public class FollowUpReminders {

    static final String JOB = "follow-up-reminders";
    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    private final JdbcClient jdbc;
    private final TreeQueries tree;
    private final AccessControl access;
    private final WorkingDays workingDays;
    private final JobRuns runs;
    private final Clock clock;

    FollowUpReminders(JdbcClient jdbc, TreeQueries tree, AccessControl access, WorkingDays workingDays, JobRuns runs,
            Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.access = access;
        this.workingDays = workingDays;
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 6 * * *", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        CurrentUser.runAsSystem(() -> log.info("Follow-up reminders: {}", run(LocalDate.now(clock))));
    }

    /** What one run did; {@code ran=false} if the day had been run already (here or on another node). */
    public record Result(LocalDate day, boolean ran, int reminders, int escalations) {
    }

    @Transactional
    public Result run(LocalDate day) {
        if (!runs.claim(JOB, day.toString())) {
            return new Result(day, false, 0, 0);
        }
        int reminders = 0;
        for (Map<String, Object> t : jdbc.sql("""
                select f.id, f.owner_unit_id, f.deadline, f.remind_days from follow_up f
                where f.state in ('OPEN', 'SENT_BACK') and f.opened_on <= :day and f.deadline >= :day
                  and f.deadline <= cast(:day as date) + 130
                  and not exists (select 1 from follow_up_notice n where n.follow_up_id = f.id and n.kind = 'REMINDER')
                order by f.deadline, f.id""").param("day", day).query().listOfRows()) {
            LocalDate deadline = toDate(t.get("deadline"));
            if (workingDays.workingDaysBetween(day, deadline) <= ((Number) t.get("remind_days")).intValue()) {
                reminders += notice((Long) t.get("id"), "REMINDER", (Long) t.get("owner_unit_id"), deadline, day);
            }
        }
        int escalations = 0;
        for (Map<String, Object> t : jdbc.sql("""
                select f.id, f.owner_unit_id, f.deadline from follow_up f
                where f.state in ('OPEN', 'SENT_BACK') and f.deadline < :day
                  and not exists (select 1 from follow_up_notice n where n.follow_up_id = f.id and n.kind = 'ESCALATION')
                order by f.deadline, f.id""").param("day", day).query().listOfRows()) {
            LocalDate deadline = toDate(t.get("deadline"));
            long superior = superior((Long) t.get("owner_unit_id"), deadline, day);
            escalations += notice((Long) t.get("id"), "ESCALATION", superior, deadline, day);
        }
        runs.finish(JOB, day.toString(), "reminders=" + reminders + ", escalations=" + escalations);
        return new Result(day, true, reminders, escalations);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private int notice(long taskId, String kind, long unitId, LocalDate deadline, LocalDate day) {
        return jdbc.sql("""
                insert into follow_up_notice (id, follow_up_id, kind, unit_id, deadline, created_on)
                values (nextval('org_seq'), ?, ?, ?, ?, ?) on conflict (follow_up_id, kind) do nothing""")
                .params(taskId, kind, unitId, deadline, day).update();
    }

    /** The owner's parent on the deadline, or the unit now holding that parent's records; the owner if a root. */
    private long superior(long ownerId, LocalDate deadline, LocalDate day) {
        UnitRef owner = tree.unit(ownerId, deadline).orElseThrow();
        String[] ids = owner.path().split("/");
        if (ids.length < 3) {
            return ownerId;
        }
        long parent = Long.parseLong(ids[ids.length - 2]);
        UnitRef holder = tree.holders(List.of(parent), day).get(parent);
        return holder == null ? parent : holder.id();
    }

    /** A reminder or an escalation for one of the caller's units. */
    public record Notice(String kind, LocalDate createdOn, LocalDate deadline, long followUpId, String description,
            String ownerCode, String ownerName, String unitCode, String unitName, FollowUpState state) {
    }

    /** Reminders and escalations addressed to units the caller may read, since a date, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> notices(LocalDate since) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        String cond = access.coverage(Permission.READ_UNITS, "s.path").named("f", params);
        var spec = jdbc.sql("""
                select n.kind, n.created_on, n.deadline, t.id, t.description, ou.code,
                  (select name from org_unit_state x where x.unit_id = t.owner_unit_id order by x.valid_from desc limit 1),
                  u.code, (select name from org_unit_state x where x.unit_id = n.unit_id order by x.valid_from desc limit 1),
                  t.state
                from follow_up_notice n join follow_up t on t.id = n.follow_up_id join org_unit u on u.id = n.unit_id
                join org_unit ou on ou.id = t.owner_unit_id
                where n.created_on >= :since
                  and exists (select 1 from org_unit_state s where s.unit_id = n.unit_id and %s)
                order by n.created_on desc, n.kind, t.deadline, t.id limit 500""".formatted(cond))
                .param("since", since);
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, i) -> new Notice(rs.getString(1), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), FollowUpState.valueOf(rs.getString(10)))).list();
    }
}
