package vn.chinhdon.remediation.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.NewFollowUp;
import vn.chinhdon.remediation.Source;
import vn.chinhdon.remediation.SourceKind;

/** The list over a subtree (with its empty state) and the task page with its forms, in Vietnamese. */
class FollowUpPagesTest extends IntegrationTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    FollowUpManagement followUps;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    vn.chinhdon.remediation.FollowUpReminders reminders;

    @Test
    void theHomePageShowsTheEscalationsOfTheUnitsBelow() throws Exception {
        String p = unique("fh");
        LocalDate from = LocalDate.of(2018, 1, 1);
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Thử", "PROVINCIAL", null, from),
                new UnitImportRow(p + "-D", "Đảng bộ huyện Thử", "DIRECTLY_UNDER", p + "-P", from)), 1));
        LocalDate today = LocalDate.now(clock);
        asSystem(() -> followUps.open(new NewFollowUp(new Source(SourceKind.REVIEW, 9L, "Kiểm điểm"), p + "-D", null,
                p + "-P", "Khắc phục việc chậm nộp báo cáo kiểm điểm", today.minusDays(10), null, today.minusDays(20), null)));
        reminders.run(today.minusDays(1));
        mvc.perform(get("/").with(account("INSPECTION_COMMISSION", p + "-P"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Quá hạn, chuyển cấp trên (1)"),
                        containsString("Khắc phục việc chậm nộp báo cáo kiểm điểm"))));
        mvc.perform(get("/").with(account("COMMITTEE_STAFF", p + "-D"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Khắc phục việc chậm nộp"))));
    }

    @Test
    void theListOfASubtreeAndATaskTakenFromOpenToVerifiedThroughItsForms() throws Exception {
        String p = unique("fp");
        LocalDate from = LocalDate.of(2018, 1, 1);
        asSystem(() -> organization.importUnits(List.of(
                new UnitImportRow(p + "-P", "Đảng bộ tỉnh Long An", "PROVINCIAL", null, from),
                new UnitImportRow(p + "-D", "Đảng bộ thành phố Tân An", "DIRECTLY_UNDER", p + "-P", from),
                new UnitImportRow(p + "-Q", "Đảng bộ tỉnh Khác", "PROVINCIAL", null, from)), 1));
        RequestPostProcessor owner = account("COMMITTEE_STAFF", p + "-D");
        RequestPostProcessor commission = account("INSPECTION_COMMISSION", p + "-P");
        RequestPostProcessor outsider = account("COMMITTEE_STAFF", p + "-Q");

        mvc.perform(get("/follow-ups").param("unitCode", p + "-P").with(commission)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có nhiệm vụ khắc phục nào theo bộ lọc này.")));

        long[] id = new long[1];
        asSystem(() -> id[0] = followUps.open(new NewFollowUp(new Source(SourceKind.INSPECTION, 3L,
                "Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy, tháng 3/2019"), p + "-D", null, p + "-P",
                "Chấn chỉnh việc kiểm điểm còn nêu ưu điểm nhiều", LocalDate.of(2019, 6, 28), null,
                LocalDate.of(2019, 4, 15), null)).id());
        mvc.perform(get("/follow-ups").param("unitCode", p + "-P").with(commission)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chấn chỉnh việc kiểm điểm"), containsString("hạn 28/06/2019"),
                        containsString("Quá hạn"), containsString("Kiểm tra, giám sát: Đoàn kiểm tra số 3"))));
        mvc.perform(get("/follow-ups").param("unitCode", p + "-P").param("state", "VERIFIED").with(commission))
                .andExpect(content().string(containsString("Không có nhiệm vụ khắc phục nào")));
        mvc.perform(get("/follow-ups").param("unitCode", p + "-P").with(outsider)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Chấn chỉnh"))));
        mvc.perform(get("/follow-ups/" + id[0]).with(outsider)).andExpect(status().isNotFound());

        String task = "/follow-ups/" + id[0];
        mvc.perform(get(task).with(owner)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("15/04/2019"), containsString("id=\"submit-form\""),
                        not(containsString("id=\"verify-form\"")))));
        mvc.perform(multipart(task + "/files").file(new MockMultipartFile("file", "bien-ban.txt", "text/plain",
                "Biên bản".getBytes(StandardCharsets.UTF_8))).with(owner).with(csrf()))
                .andExpect(redirectedUrl(task + "#evidence"));
        mvc.perform(post(task + "/submit").param("evidence", "Đã kiểm điểm lại").param("version", "1").with(owner).with(csrf()))
                .andExpect(redirectedUrl(task));
        mvc.perform(get(task).with(commission)).andExpect(content().string(allOf(containsString("id=\"verify-form\""),
                containsString("bien-ban.txt"), containsString("Đã kiểm điểm lại"))));
        mvc.perform(post(task + "/send-back").param("reason", " ").param("version", "2").with(commission).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Cần ghi rõ lý do trả lại.")));
        mvc.perform(post(task + "/send-back").param("reason", "Thiếu chữ ký").param("version", "2").with(commission)
                .with(csrf())).andExpect(redirectedUrl(task));
        mvc.perform(post(task + "/verify").param("version", "3").with(commission).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Không thể chuyển nhiệm vụ từ trạng thái SENT_BACK sang VERIFIED.")));
        mvc.perform(post(task + "/submit").param("evidence", "Đã bổ sung chữ ký").with(owner).with(csrf()))
                .andExpect(redirectedUrl(task));
        mvc.perform(post(task + "/verify").param("remark", "Đạt").with(commission).with(csrf())).andExpect(redirectedUrl(task));
        mvc.perform(get(task).with(owner)).andExpect(content().string(allOf(containsString("Đã xác nhận khắc phục"),
                containsString("Thiếu chữ ký"), containsString("Tệp của các lần nộp trước (1)"),
                not(containsString("id=\"submit-form\"")))));
        mvc.perform(get("/units/" + p + "-D").with(owner))
                .andExpect(content().string(containsString("/follow-ups?unitCode=" + p + "-D")));
    }
}
