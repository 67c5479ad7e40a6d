package vn.chinhdon.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** The restructuring form: rows, preview with problems, apply exactly what was previewed, JSON upload. */
class RestructuringPagesTest extends PageTestSupport {

    private RequestPostProcessor boardOfA;

    @BeforeEach
    void setUp() {
        tree();
        boardOfA = account("ORGANIZATION_BOARD", p + "-A");
    }

    private MockHttpServletRequestBuilder form(String url) {
        return post(url).with(boardOfA).with(csrf()).param("effectiveDate", "2025-07-01").param("decision", "60-NQ/TW");
    }

    @Test
    void theFormStartsWithOneOperationAndGrowsRowByRow() throws Exception {
        mvc.perform(get("/restructurings/new").param("unitCode", p + "-A").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sắp xếp tổ chức")))
                .andExpect(content().string(containsString("Thao tác 1")))
                .andExpect(content().string(not(containsString("Thao tác 2"))))
                .andExpect(content().string(containsString("Hợp nhất")))
                .andExpect(content().string(containsString("Giải thể")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(form("/restructurings/rows").param("operations[0].type", "RENAME")
                        .param("operations[0].unit", p + "-X1").param("operations[0].name", "Đảng bộ xã Mới").param("action", "add"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thao tác 2")))
                .andExpect(content().string(containsString("value=\"Đảng bộ xã Mới\"")))
                .andExpect(content().string(containsString("value=\"60-NQ/TW\"")));
        mvc.perform(form("/restructurings/rows").param("operations[0].type", "RENAME")
                        .param("operations[1].type", "MOVE").param("operations[1].unit", p + "-C1").param("remove", "0"))
                .andExpect(content().string(containsString("value=\"" + p + "-C1\"")))
                .andExpect(content().string(not(containsString("Thao tác 2"))));
    }

    @Test
    void thePreviewListsEveryProblemWithItsOperationNumberAndOffersNoApply() throws Exception {
        mvc.perform(form("/restructurings/preview")
                        .param("operations[0].type", "RENAME").param("operations[0].unit", p + "-X1")
                        .param("operations[0].name", "Đảng bộ xã Vĩnh Phú Mới")
                        .param("operations[1].type", "DISSOLVE").param("operations[1].unit", p + "-H1")
                        .param("operations[2].type", "MERGE").param("operations[2].sources", p + "-X1, NO-SUCH-UNIT")
                        .param("operations[2].targetCode", p + "-X1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thao tác 2: </strong><span>Đơn vị „" + p + "-H1“ còn đơn vị trực thuộc")))
                .andExpect(content().string(containsString("Thao tác 3")))
                .andExpect(content().string(containsString("NO-SUCH-UNIT")))
                .andExpect(content().string(not(containsString("/restructurings/apply"))));
        assertThat(unitName(p + "-X1")).isEqualTo("Đảng bộ xã Vĩnh Phú");
    }

    @Test
    void aValidPreviewIsAppliedExactlyAsPreviewed() throws Exception {
        String page = mvc.perform(form("/restructurings/preview")
                        .param("operations[0].type", "MERGE").param("operations[0].sources", p + "-X1")
                        .param("operations[0].targetCode", p + "-N1").param("operations[0].targetName", "Đảng bộ xã Giang Thành")
                        .param("operations[0].targetKind", "DIRECTLY_UNDER").param("operations[0].targetParentCode", p + "-A")
                        .param("operations[1].type", "DISSOLVE").param("operations[1].unit", p + "-H1")
                        .param("operations[1].successor", p + "-A")
                        .param("operations[2].type", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xem trước: 60-NQ/TW, hiệu lực từ ngày 01/07/2025")))
                .andExpect(content().string(containsString("Đảng bộ xã Giang Thành")))
                .andExpect(content().string(containsString("Kết thúc")))
                .andExpect(content().string(containsString("Áp dụng")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("name=\"command\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String command = HtmlUtils.htmlUnescape(m.group(1));
        assertThat(unitName(p + "-X1")).isEqualTo("Đảng bộ xã Vĩnh Phú");
        mvc.perform(post("/restructurings/apply").param("command", command).with(boardOfA))
                .andExpect(status().isForbidden());
        mvc.perform(post("/restructurings/apply").param("command", command).with(boardOfA).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units?at=2025-07-01"))
                .andExpect(flash().attribute("notice", "Đã áp dụng: 2 thao tác, 0 đảng viên chuyển, 0 chờ xác nhận."));
        mvc.perform(get("/units/" + p + "-N1").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hợp nhất từ")))
                .andExpect(content().string(containsString("Nguyễn Văn An")));
        // applying the same command again is refused with the reasons, nothing changes
        mvc.perform(post("/restructurings/apply").param("command", command).with(boardOfA).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chưa thể áp dụng")));
    }

    @Test
    void aJsonFileOfTheApiCanBeUploaded() throws Exception {
        String json = """
                {"effectiveDate": "2025-07-01", "decision": "60-NQ/TW", "operations": [
                  {"type": "RENAME", "unit": "%1$s-C1", "name": "Chi bộ ấp Cống Cả Mới"},
                  {"type": "MOVE", "unit": "%1$s-B", "newParentCode": "%1$s-A"}
                ]}""".formatted(p);
        mvc.perform(multipart("/restructurings/preview")
                        .file(new MockMultipartFile("file", "sap-xep.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                        .with(boardOfA).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Chi bộ ấp Cống Cả Mới\"")))
                .andExpect(content().string(containsString("Thao tác 2: </strong><span>Không tìm thấy đơn vị „" + p + "-B“")));
        mvc.perform(multipart("/restructurings/preview")
                        .file(new MockMultipartFile("file", "sai.json", "application/json", "{không phải JSON".getBytes(StandardCharsets.UTF_8)))
                        .with(boardOfA).with(csrf()))
                .andExpect(content().string(containsString("Tệp JSON không đọc được")));
    }

    private String unitName(String code) {
        String[] name = new String[1];
        asSystem(() -> name[0] = organization.unit(code, LocalDate.of(2025, 6, 30)).name());
        return name[0];
    }
}
