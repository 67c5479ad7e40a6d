package vn.chinhdon.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.TreeQueries;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.platform.AuditLog;

/**
 * "Today" comes from the injected clock: the same campaign is pending, then late, as the clock moves; the
 * scheduled job reads its day from the clock and runs once for it.
 */
class CampaignClockTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    TreeQueries tree;

    @Autowired
    DocumentRegister documents;

    @Autowired
    AuditLog audit;

    @Autowired
    AccessControl access;

    @Autowired
    vn.chinhdon.platform.JobRuns runs;

    @Autowired
    OrganizationManagement organization;

    private static Clock on(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void statusesAndTheDailyJobFollowTheClock() {
        String p = unique("clk");
        long[] campaign = new long[1];
        asSystem(() -> {
            organization.importUnits(List.of(
                    new UnitImportRow(p + "-P", "Đảng bộ tỉnh Thử", "PROVINCIAL", null, LocalDate.of(2020, 1, 1)),
                    new UnitImportRow(p + "-X", "Đảng bộ xã Thử", "DIRECTLY_UNDER", p + "-P", LocalDate.of(2020, 1, 1))), 1);
            long source = documents.register(new NewDocument("41-KH/TU", p + "-P", LocalDate.of(2024, 1, 2),
                    "Kế hoạch thử", null, "", false, List.of())).id();
            campaign[0] = campaigns(on("2024-01-05")).open(new CampaignManagement.OpenCampaign(source, p + "-P", 1, "PLAN",
                    LocalDate.of(2024, 3, 31), null, null, 10)).id();
        });
        asSystem(() -> {
            assertThat(campaigns(on("2024-03-31")).compliance(campaign[0], null, null).totals().pending()).isEqualTo(1);
            assertThat(campaigns(on("2024-04-01")).compliance(campaign[0], null, null).totals().late()).isEqualTo(1);
            assertThat(campaigns(on("2024-04-01")).campaign(campaign[0], null).obligations().get(0).status())
                    .isEqualTo(ObligationStatus.LATE);
        });
        ObligationReminders job = new ObligationReminders(jdbc, access, runs, on("2024-03-25"));
        job.daily();
        job.daily();
        assertThat(jdbc.sql("select count(*) from job_run where job = ? and run_key = '2024-03-25'")
                .param(ObligationReminders.JOB).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from notification n join obligation o on o.id = n.obligation_id
                where o.campaign_id = ? and n.kind = 'REMINDER' and n.created_on = date '2024-03-25'""")
                .param(campaign[0]).query(Long.class).single()).isEqualTo(1);
    }

    private CampaignManagement campaigns(Clock clock) {
        return new CampaignManagement(jdbc, template, tree, documents, audit, clock);
    }
}
