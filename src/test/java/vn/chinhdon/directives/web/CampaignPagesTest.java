package vn.chinhdon.directives.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.directives.CampaignManagement;

/** Campaigns: the list, opening one, the compliance page with its drill-down, delivering, exempting, cascading. */
class CampaignPagesTest extends DirectivesPageTestSupport {

    private RequestPostProcessor staffOfP;

    @BeforeEach
    void setUp() {
        cascade();
        staffOfP = account("COMMITTEE_STAFF", p + "-P");
    }

    @Test
    void theCompliancePageShowsFiguresChartDataAndWhoHasNotDoneIt() throws Exception {
        mvc.perform(get("/campaigns/" + campaign).with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xây dựng kế hoạch thực hiện 196-KH/TU")))
                .andExpect(content().string(containsString("33,3%")))
                .andExpect(content().string(containsString("đã hoàn thành")))
                .andExpect(content().string(containsString("1/3 tổ chức trực thuộc đã xây dựng kế hoạch")))
                .andExpect(content().string(containsString("Quá hạn chưa làm")))
                .andExpect(content().string(containsString("Chưa hoàn thành (2)")))
                .andExpect(content().string(containsString("Đảng bộ xã Diễn Lâm")))
                .andExpect(content().string(containsString("hạn 30/09/2019")))
                .andExpect(content().string(containsString("<script type=\"application/json\" id=\"compliance-data\">")))
                .andExpect(content().string(containsString("\"labels\":[\"Đảng bộ phường Trường Vinh\",\"Đảng bộ xã Diễn Lâm\"]")))
                .andExpect(content().string(containsString("/webjars/chart.js/4.5.1/dist/chart.umd.min")))
                .andExpect(content().string(containsString("Minh chứng:")))
                .andExpect(content().string(containsString("07-KH/ĐU")))
                .andExpect(content().string(containsString("/campaigns/" + campaign + "?unitCode=" + p + "-X2")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void drillingDownShowsTheUnitsBelowWithABreadcrumbBackUp() throws Exception {
        mvc.perform(get("/campaigns/" + campaign).param("unitCode", p + "-X2").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tình hình thực hiện trong Đảng bộ phường Trường Vinh")))
                .andExpect(content().string(containsString("href=\"/campaigns/" + campaign + "\"")))
                .andExpect(content().string(containsString("Chi bộ khối 1")))
                .andExpect(content().string(containsString("50%")));
        // as of a date before the due date nothing is late yet
        mvc.perform(get("/campaigns/" + campaign).param("at", "2019-08-01").with(staffOfP))
                .andExpect(content().string(containsString("01/08/2019")))
                .andExpect(content().string(containsString("Đang thực hiện")))
                .andExpect(content().string(containsString("unitCode=" + p + "-X2&amp;at=2019-08-01")));
    }

    @Test
    void exemptingTheLastUnitMakesItAHundredPercent() throws Exception {
        long[] id = new long[1];
        asSystem(() -> id[0] = campaigns.open(new CampaignManagement.OpenCampaign(plan, p + "-P", 1, "PLAN",
                LocalDate.of(2019, 12, 31), "Kế hoạch của các xã", LocalDate.of(2019, 6, 20), null)).id());
        mvc.perform(post("/campaigns/" + id[0] + "/exempt").with(staffOfP).with(csrf()).param("unitCode", p + "-X1")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thiếu „Lý do“")));
        mvc.perform(post("/campaigns/" + id[0] + "/exempt").with(staffOfP).with(csrf()).param("unitCode", p + "-X1")
                        .param("reason", "Đã sáp nhập"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + id[0]));
        mvc.perform(get("/campaigns/" + id[0]).with(staffOfP))
                .andExpect(content().string(containsString("100% tổ chức trực thuộc đã xây dựng kế hoạch")))
                .andExpect(content().string(containsString("Lý do miễn: Đã sáp nhập")))
                .andExpect(content().string(containsString("Tất cả các đơn vị đã hoàn thành hoặc được miễn")));
    }

    @Test
    void aCommuneDeliversWithItsDocumentAndAForbiddenRoleIsTold() throws Exception {
        long[] doc = new long[1];
        asSystem(() -> doc[0] = documents.register(new vn.chinhdon.directives.NewDocument("03-KH/ĐU", p + "-X1",
                LocalDate.of(2019, 10, 20), "Kế hoạch của Đảng ủy xã Diễn Lâm", null, "", false, java.util.List.of())).id());
        RequestPostProcessor board = account("ORGANIZATION_BOARD", p + "-X1");
        mvc.perform(post("/campaigns/" + campaign + "/deliver").with(board).with(csrf()).param("unitCode", p + "-X1")
                        .param("document", "03-KH/ĐU"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này")))
                .andExpect(content().string(containsString("Báo cáo hoàn thành")));
        RequestPostProcessor commune = account("COMMITTEE_STAFF", p + "-X1");
        mvc.perform(get("/campaigns/" + campaign).with(commune))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tình hình thực hiện trong Đảng bộ xã Diễn Lâm")))
                .andExpect(content().string(not(containsString("Đảng bộ phường Trường Vinh"))));
        mvc.perform(post("/campaigns/" + campaign + "/deliver").with(commune).with(csrf()).param("unitCode", p + "-X1")
                        .param("document", String.valueOf(doc[0])))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaigns/" + campaign).with(staffOfP))
                .andExpect(content().string(containsString("Hoàn thành trễ hạn")))
                .andExpect(content().string(containsString("03-KH/ĐU")));
    }

    @Test
    void aCommuneCascadesToItsCells() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long[] id = new long[1];
        asSystem(() -> id[0] = campaigns.open(new CampaignManagement.OpenCampaign(plan, p + "-P", 1, "PLAN",
                today.plusDays(60), null, null, null)).id());
        RequestPostProcessor commune = account("COMMITTEE_STAFF", p + "-X2");
        mvc.perform(post("/campaigns/" + id[0] + "/cascade").with(commune).with(csrf()).param("unitCode", p + "-X2")
                        .param("depth", "1").param("dueOn", today.plusDays(90).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn của cấp dưới không thể sau hạn của cấp trên")));
        mvc.perform(post("/campaigns/" + id[0] + "/cascade").with(commune).with(csrf()).param("unitCode", p + "-X2")
                        .param("depth", "1").param("dueOn", today.plusDays(30).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/campaigns/*"));
    }

    @Test
    void theListAndTheFormOfCampaigns() throws Exception {
        mvc.perform(get("/campaigns").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đợt triển khai")))
                .andExpect(content().string(containsString("Xây dựng kế hoạch thực hiện 196-KH/TU")))
                .andExpect(content().string(containsString("1/3 đã hoàn thành")))
                .andExpect(content().string(containsString("hạn 30/09/2019")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/campaigns/new").param("sourceDocumentId", String.valueOf(plan)).with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mở đợt triển khai")))
                .andExpect(content().string(containsString("Kế hoạch của Ban Thường vụ Tỉnh ủy")))
                .andExpect(content().string(containsString("Hội nghị quán triệt")))
                .andExpect(content().string(containsString("Đến 5 cấp dưới")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(post("/campaigns").with(staffOfP).with(csrf()).param("source", "196-KH/TU")
                        .param("requiringUnitCode", p + "-P").param("depth", "1").param("deliverable", "CONFERENCE")
                        .param("dueOn", "2019-12-31").param("openedOn", "2019-07-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/campaigns/*"));
        mvc.perform(post("/campaigns").with(staffOfP).with(csrf()).param("source", "196-KH/TU")
                        .param("requiringUnitCode", p + "-P").param("depth", "1").param("deliverable", "PLAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thiếu „Hạn hoàn thành“")));
    }

    @Test
    void anotherProvinceGets404() throws Exception {
        RequestPostProcessor staffOfQ = account("COMMITTEE_STAFF", p + "-Q");
        mvc.perform(get("/campaigns/" + campaign).with(staffOfQ))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Diễn Lâm"))));
        mvc.perform(get("/campaigns/" + campaign).param("unitCode", p + "-P").with(staffOfQ))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns").with(staffOfQ))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có đợt triển khai nào")));
        mvc.perform(post("/campaigns/" + campaign + "/exempt").with(staffOfQ).with(csrf()).param("unitCode", p + "-X1")
                .param("reason", "x")).andExpect(status().isNotFound());
    }

    @Test
    void thePagesReadInEnglishToo() throws Exception {
        mvc.perform(get("/campaigns/" + campaign).param("lang", "en").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("33.3%")))
                .andExpect(content().string(containsString("1/3 subordinate organizations have issued their plan")))
                .andExpect(content().string(containsString("Overdue, not done")))
                .andExpect(content().string(not(containsString("??"))));
        for (String page : new String[] {"/documents", "/documents/new", "/documents/" + plan, "/documents/reference",
                "/campaigns", "/campaigns/new", "/conferences/new", "/"}) {
            mvc.perform(get(page).param("lang", "en").with(staffOfP))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/campaigns/" + campaign + "/exempt").with(staffOfP).param("unitCode", p + "-X1")
                .param("reason", "Không có mã")).andExpect(status().isForbidden());
    }

    @Test
    void aConferenceIsRecordedWithItsAttendance() throws Exception {
        RequestPostProcessor commune = account("COMMITTEE_STAFF", p + "-X2");
        mvc.perform(get("/conferences/new").param("unitCode", p + "-X2").param("documentId", String.valueOf(plan))
                        .with(commune))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ghi nhận hội nghị quán triệt")))
                .andExpect(content().string(containsString("Hội nghị quán triệt 196-KH/TU")))
                .andExpect(content().string(containsString("Trực tuyến")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(post("/conferences").with(commune).with(csrf()).param("unitCode", p + "-X2")
                        .param("heldOn", "2019-07-10").param("format", "IN_PERSON").param("title", "Hội nghị quán triệt")
                        .param("documents", String.valueOf(plan)).param("attendees", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nhiều hơn số đảng viên")));
        String location = mvc.perform(post("/conferences").with(commune).with(csrf()).param("unitCode", p + "-X2")
                        .param("heldOn", "2019-07-10").param("format", "ONLINE").param("title", "Hội nghị quán triệt")
                        .param("documents", "196-KH/TU").param("attendees", "1"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(commune))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1/1 đảng viên dự (100%)")))
                .andExpect(content().string(containsString("Trực tuyến")))
                .andExpect(content().string(containsString("10/07/2019")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/documents/" + plan).with(staffOfP))
                .andExpect(content().string(containsString("1 hội nghị, 1/1 đảng viên dự")))
                .andExpect(content().string(matchesPattern("(?s).*Đảng bộ phường Trường Vinh.*100%.*")));
        mvc.perform(get(location).with(account("COMMITTEE_STAFF", p + "-Q"))).andExpect(status().isNotFound());
    }
}
