package vn.chinhdon.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs that run once per key (a day) across nodes (decision 0006): a job claims its run in
 * {@code job_run} inside its own transaction; the node whose insert succeeds does the work, the others (and
 * a rerun) get {@code false}. Used by every module's daily job (decision 0012).
 */
@Component
public class JobRuns {

    private final JdbcClient jdbc;
    private final Clock clock;

    JobRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the run; call inside the transaction that does the work, so a failed run can be retried. */
    public boolean claim(String job, String runKey) {
        return jdbc.sql("insert into job_run (job, run_key, started_at) values (?, ?, ?) on conflict do nothing")
                .params(job, runKey, OffsetDateTime.now(clock)).update() == 1;
    }

    /** Records what the claimed run did. */
    public void finish(String job, String runKey, String result) {
        jdbc.sql("update job_run set finished_at = ?, result = ? where job = ? and run_key = ?")
                .params(OffsetDateTime.now(clock), result.length() > 500 ? result.substring(0, 500) : result, job, runKey)
                .update();
    }
}
