package vn.chinhdon.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;

/**
 * The page of the evaluation rule sets in Vietnamese, read by a plain member: the three seeded sets newest first with
 * their dates, the 366 score bands, the unconfirmed quota of 366 flagged, the caps and levels in Vietnamese (no enum
 * name leaks); the look-up of the set for a period's end date, and its not-found message (status 200: the page exists,
 * only the look-up found nothing).
 */
class EvaluationPagesTest extends IntegrationTest {

    @Autowired
    OrganizationManagement organization;

    private RequestPostProcessor member() {
        String p = unique("ev");
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p, "Đảng bộ tỉnh Thử", "PROVINCIAL", null, LocalDate.parse("2020-01-01"))), 1));
        return account("MEMBER", p);
    }

    private String page(RequestPostProcessor who, String on) throws Exception {
        var request = get("/evaluation-rule-sets").with(who);
        if (on != null) {
            request = request.param("on", on);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The part of the page about one set: from its heading to the next set. */
    private static String section(String html, String code) {
        String anchor = "id=\"" + RuleSetPageController.anchor(code) + "\"";
        int start = html.indexOf(anchor);
        assertThat(start).as(code).isPositive();
        int end = html.indexOf("<section", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void everySignedInUserReadsTheSetsNewestFirstInVietnamese() throws Exception {
        String html = page(member(), null);
        assertThat(html).contains("Quy định đánh giá, xếp loại", "366-QĐ/TW", "124-QĐ/TW", "132-QĐ/TW");
        assertThat(html.indexOf("366-QĐ/TW")).isLessThan(html.indexOf("124-QĐ/TW"));
        assertThat(html.indexOf("124-QĐ/TW")).isLessThan(html.indexOf("132-QĐ/TW"));

        String s366 = section(html, "366-QĐ/TW");
        assertThat(s366).contains("Hiệu lực từ 30/08/2025", "Đang áp dụng", "Chấm điểm theo thang 100 điểm",
                "Hoàn thành xuất sắc nhiệm vụ</span>:", "từ 90 đến 100 điểm", "từ 70 đến dưới 90 điểm",
                "từ 50 đến dưới 70 điểm", "quý I, II, III");
        // the quota of 366 is unconfirmed: its badge sits with the quota text and its basis
        int quota = s366.indexOf("không quá 20% số được xếp loại Hoàn thành tốt nhiệm vụ");
        assertThat(quota).isPositive();
        assertThat(s366.substring(quota, s366.indexOf("Căn cứ:", quota))).contains("Chưa xác nhận");
        assertThat(s366).contains("rule-unconfirmed", "Nghị định 335/2025/NĐ-CP");

        String s124 = section(html, "124-QĐ/TW");
        assertThat(s124).contains("Hiệu lực từ 04/10/2023 đến 29/08/2025", "Không chấm điểm")
                .doesNotContain("Đang áp dụng");
        // the caps in Vietnamese: kind, what it caps to or not rated, the exception
        assertThat(s124).contains("Bị xử lý kỷ luật trong năm đánh giá", "xếp loại không cao hơn Không hoàn thành nhiệm vụ",
                "Ngoại lệ: trừ trường hợp tự phát hiện và khắc phục xong hậu quả", "Nghỉ ốm từ 3 tháng trở lên trong năm",
                "xếp loại không cao hơn Hoàn thành nhiệm vụ", "Đảng viên mới kết nạp dưới 6 tháng", "không xếp loại",
                "Chi bộ Hoàn thành tốt nhiệm vụ: tất cả từ Hoàn thành nhiệm vụ trở lên và ít nhất 50% từ Hoàn thành tốt");

        String s132 = section(html, "132-QĐ/TW");
        assertThat(s132).contains("Hiệu lực từ 08/03/2018 đến 03/10/2023", "Đã xác nhận").doesNotContain("Chưa xác nhận");

        assertThat(html).doesNotContain("EXCELLENT", "NOT_COMPLETED", "COMPLETED", "DISCIPLINED_IN_YEAR",
                "DEGRADATION_CONCLUDED", "SICK_LEAVE", "ADMITTED_UNDER", "NOT_RATED", "CELL_GOOD", "GRASSROOTS",
                "??", "2025-08-30", "Confirmed", "In force");
        // the footer links the page
        assertThat(page(admin(), null)).contains("href=\"/evaluation-rule-sets\"");
    }

    @Test
    void theSetForAPeriodEndingOnADay() throws Exception {
        RequestPostProcessor member = member();
        assertThat(page(member, "2024-12-31")).contains("Kỳ kết thúc ngày 31/12/2024 được đánh giá, xếp loại theo",
                "href=\"#set-124-QTW\">124-QĐ/TW</a>", "value=\"2024-12-31\"");
        assertThat(page(member, "2025-08-30")).contains("href=\"#set-366-QTW\">366-QĐ/TW</a>");
        // before the first set: the message in place of the result, the page itself still there (200)
        String none = page(member, "2017-01-01");
        assertThat(none).contains("Không có bộ quy tắc đánh giá, xếp loại nào có hiệu lực vào ngày 01/01/2017.",
                "132-QĐ/TW").doesNotContain("được đánh giá, xếp loại theo");
        assertThat(page(member, "31/12/2024")).contains("Ngày „31/12/2024“ không hợp lệ");
        assertThat(page(member, null)).doesNotContain("lookup-result");
    }
}
