package vn.chinhdon.directives.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.organization.CommitteeManagement;

/** The home page's "Việc cần làm" card and the unit page's "Cấp ủy" section. */
class HomeAndUnitPagesTest extends DirectivesPageTestSupport {

    @Autowired
    CommitteeManagement committees;

    private RequestPostProcessor staffOfP;

    @BeforeEach
    void setUp() {
        cascade();
        staffOfP = account("COMMITTEE_STAFF", p + "-P");
    }

    @Test
    void theHomePageListsLateAndComingObligations() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long[] soon = new long[1];
        asSystem(() -> soon[0] = campaigns.open(new CampaignManagement.OpenCampaign(plan, p + "-P", 1, "CONFERENCE",
                today.plusDays(5), "Hội nghị quán triệt Kế hoạch 196", null, 7)).id());
        // what the morning run (ObligationReminders.run) writes, for today
        notice(obligation(campaign, p + "-X1"), "LATE", LocalDate.of(2019, 9, 30), today);
        notice(obligation(soon[0], p + "-X1"), "REMINDER", today.plusDays(5), today);
        mvc.perform(get("/").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Việc cần làm")))
                .andExpect(content().string(containsString("Quá hạn (1)")))
                .andExpect(content().string(containsString("Xây dựng kế hoạch thực hiện 196-KH/TU")))
                .andExpect(content().string(containsString("Sắp đến hạn (1)")))
                .andExpect(content().string(containsString("Hội nghị quán triệt Kế hoạch 196")))
                .andExpect(content().string(containsString("/campaigns/" + campaign)))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/").with(account("COMMITTEE_STAFF", p + "-Q")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có việc sắp đến hạn")))
                .andExpect(content().string(not(containsString("196-KH/TU"))));
    }

    @Test
    void theUnitPageShowsItsCommittee() throws Exception {
        asSystem(() -> {
            long member = members.search(p + "-P", null, null, 0, 1).items().get(0).id();
            var term = committees.openTerm(p + "-P", "2020–2025", LocalDate.of(2020, 10, 15), null);
            committees.appoint(p + "-P", term.id(), member, "SECRETARY", true, null);
            committees.openTerm(p + "-P", "2015–2020", LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 15));
        });
        String page = mvc.perform(get("/units/" + p + "-P").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp ủy")))
                .andExpect(content().string(containsString("Nhiệm kỳ 2020–2025")))
                .andExpect(content().string(containsString("Hồ Thị Lan")))
                .andExpect(content().string(containsString("Bí thư")))
                .andExpect(content().string(containsString("Người đứng đầu")))
                .andExpect(content().string(containsString("từ ngày 15/10/2020")))
                .andExpect(content().string(not(containsString("??"))))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // newest term first
        org.assertj.core.api.Assertions.assertThat(page.indexOf("Nhiệm kỳ 2020–2025")).isLessThan(page.indexOf("Nhiệm kỳ 2015–2020"));
        mvc.perform(get("/units/" + p + "-X1").with(staffOfP))
                .andExpect(content().string(containsString("Chưa có thông tin cấp ủy")));
    }

    private void notice(long obligationId, String kind, LocalDate dueOn, LocalDate createdOn) {
        jdbc.sql("""
                insert into notification (id, unit_id, kind, obligation_id, due_on, created_on)
                select nextval('org_seq'), unit_id, ?, id, ?, ? from obligation where id = ?""")
                .params(kind, dueOn, createdOn, obligationId).update();
    }
}
