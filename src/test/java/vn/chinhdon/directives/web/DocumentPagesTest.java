package vn.chinhdon.directives.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.directives.NewDocument;

/** The document register's pages, as the staff of a provincial party committee sees them. */
class DocumentPagesTest extends DirectivesPageTestSupport {

    private RequestPostProcessor staffOfP;

    @BeforeEach
    void setUp() {
        cascade();
        staffOfP = account("COMMITTEE_STAFF", p + "-P");
    }

    @Test
    void theSearchHighlightsAMatchTypedWithoutDiacritics() throws Exception {
        mvc.perform(get("/documents").param("q", "ke hoach thuc hien").param("unitCode", p + "-P").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tìm thấy")))
                .andExpect(content().string(containsString("196-KH/TU")))
                .andExpect(content().string(containsString("<mark>")))
                .andExpect(content().string(containsString("Đảng bộ tỉnh Nghệ An")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/documents").param("q", "khong co van ban nao nhu the").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy văn bản nào")));
    }

    @Test
    void withoutAQueryTheNewestDocumentsAreListed() throws Exception {
        mvc.perform(get("/documents").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng ký văn bản")))
                .andExpect(content().string(containsString("07-KH/ĐU")))
                .andExpect(content().string(containsString("13/06/2019")))
                .andExpect(content().string(containsString("/documents/" + plan)))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theRegisterFormTellsAStateNumberApart() throws Exception {
        mvc.perform(get("/documents/new").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng ký văn bản")))
                .andExpect(content().string(containsString("Cụ thể hóa văn bản")))
                .andExpect(content().string(containsString("value=\"" + p + "-P\"")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/documents/number-check").param("number", "123/QĐ-UBND").with(staffOfP)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("theo thể thức của Nhà nước")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/documents/number-check").param("number", "196-KH/TU").with(staffOfP))
                .andExpect(content().string(containsString("Kế hoạch · Tỉnh ủy")));
        mvc.perform(post("/documents").with(staffOfP).with(csrf()).param("number", "123/QĐ-UBND")
                        .param("issuerUnitCode", p + "-P").param("issuedOn", "2024-01-02").param("title", "Quyết định lạ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số và ký hiệu")))
                .andExpect(content().string(containsString("theo thể thức của Nhà nước")))
                .andExpect(content().string(containsString("Quyết định lạ")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void registeringADocumentByNumberOfWhatItImplementsOpensItsPage() throws Exception {
        String location = mvc.perform(post("/documents").with(staffOfP).with(csrf()).param("number", "201-KH/TU")
                        .param("issuerUnitCode", p + "-P").param("issuedOn", "2020-03-02")
                        .param("title", "Kế hoạch tổng kết").param("implementsText", "04-NQ/TW, " + plan))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/documents/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số 201-KH/TU")))
                .andExpect(content().string(containsString("Cụ thể hóa")))
                .andExpect(content().string(containsString("04-NQ/TW")))
                .andExpect(content().string(containsString("Còn hiệu lực")));
        mvc.perform(post("/documents").with(staffOfP).with(csrf()).param("number", "202-KH/TU")
                        .param("issuerUnitCode", p + "-P").param("issuedOn", "không phải ngày").param("title", "X"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày ban hành")))
                .andExpect(content().string(containsString("Ngày không đúng định dạng")));
    }

    @Test
    void theDocumentPageShowsItsTreeChainRelationsAndCampaigns() throws Exception {
        mvc.perform(get("/documents/" + nq).with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số 04-NQ/TW")))
                .andExpect(content().string(containsString("Cây văn bản cụ thể hóa (2)")))
                .andExpect(content().string(containsString("196-KH/TU")))
                .andExpect(content().string(containsString("07-KH/ĐU")))
                .andExpect(content().string(containsString("Đảng bộ phường Trường Vinh")))
                .andExpect(content().string(containsString("Được cụ thể hóa bởi")))
                .andExpect(content().string(containsString("Mở đợt triển khai")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/documents/" + communePlan).with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuỗi văn bản cấp trên")))
                .andExpect(content().string(containsString("04-NQ/TW")))
                .andExpect(content().string(containsString("Chưa có nội dung")));
        mvc.perform(get("/documents/" + plan).with(staffOfP))
                .andExpect(content().string(containsString("Nhiệm kỳ")))
                .andExpect(content().string(containsString("Nguyễn Văn Nam")))
                .andExpect(content().string(containsString("Đợt triển khai theo văn bản này (1)")))
                .andExpect(content().string(containsString("Xây dựng kế hoạch thực hiện 196-KH/TU")))
                .andExpect(content().string(containsString("/campaigns/new?sourceDocumentId=" + plan)))
                .andExpect(content().string(containsString("Quán triệt, học tập trong Đảng bộ tỉnh Nghệ An")));
    }

    @Test
    void aRelationIsAddedAndAReplacedDocumentSaysSo() throws Exception {
        long old = register("150-KH/TU", "2018-01-05", false);
        mvc.perform(post("/documents/" + plan + "/relations").with(staffOfP).with(csrf()).param("kind", "REPLACES")
                        .param("other", "150-KH/TU"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/" + old).with(staffOfP))
                .andExpect(content().string(containsString("Đã được thay thế")))
                .andExpect(content().string(containsString("Bị thay thế bởi")));
        mvc.perform(post("/documents/" + plan + "/relations").with(staffOfP).with(csrf()).param("kind", "REFERS_TO")
                        .param("other", String.valueOf(plan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn bản không thể liên kết với chính nó")));
    }

    @Test
    void aFileIsAttachedAndDownloadedWithTheSession() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "ke-hoach.txt", "text/plain",
                "Nội dung tệp đính kèm".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/documents/" + communePlan + "/attachments").file(file).with(staffOfP).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/documents/" + communePlan).with(staffOfP))
                .andExpect(content().string(containsString("ke-hoach.txt")))
                .andExpect(content().string(containsString("Nội dung tệp đính kèm")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String link = page.replaceAll("(?s).*href=\"(/documents/" + communePlan + "/attachments/\\d+)\".*", "$1");
        mvc.perform(get(link).with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes("Nội dung tệp đính kèm".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get(link).with(account("COMMITTEE_STAFF", p + "-Q"))).andExpect(status().isNotFound());
    }

    @Test
    void confidentialContentIsNotShownToAnAdministrator() throws Exception {
        long secret = register("09-TB/TU", "2021-03-02", true);
        mvc.perform(get("/documents/" + secret).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật")))
                .andExpect(content().string(containsString("Nội dung mật")))
                .andExpect(content().string(not(containsString("Nội dung riêng"))));
        mvc.perform(get("/documents/" + secret).with(staffOfP))
                .andExpect(content().string(containsString("Nội dung riêng")));
    }

    @Test
    void anotherProvinceGets404() throws Exception {
        RequestPostProcessor staffOfQ = account("COMMITTEE_STAFF", p + "-Q");
        mvc.perform(get("/documents/" + plan).with(staffOfQ))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy văn bản")))
                .andExpect(content().string(not(containsString("Ban Thường vụ Tỉnh ủy"))));
        mvc.perform(get("/documents").param("q", "ke hoach").with(staffOfQ))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("196-KH/TU"))));
        mvc.perform(get("/documents/picker").param("q", "ke hoach").with(staffOfQ))
                .andExpect(content().string(not(containsString("196-KH/TU"))));
    }

    @Test
    void thePickerFindsDocumentsAsYouType() throws Exception {
        mvc.perform(get("/documents/picker").param("q", "nghi quyet").param("target", "implementsText").with(staffOfP)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-id=\"" + nq + "\"")))
                .andExpect(content().string(containsString("04-NQ/TW")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/documents").with(staffOfP).param("number", "300-KH/TU").param("issuerUnitCode", p + "-P")
                        .param("issuedOn", "2024-01-02").param("title", "Không có mã CSRF"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/documents/" + plan + "/relations").with(staffOfP).param("kind", "REFERS_TO").param("other",
                String.valueOf(nq))).andExpect(status().isForbidden());
    }

    @Test
    void theAbbreviationsAreListedAndEditedByAnAdministratorOnly() throws Exception {
        mvc.perform(get("/documents/reference").with(staffOfP))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Danh mục chữ viết tắt")))
                .andExpect(content().string(containsString("Loại văn bản")))
                .andExpect(content().string(containsString("Kế hoạch")))
                .andExpect(content().string(containsString("đã xác nhận")))
                .andExpect(content().string(containsString("chưa xác nhận")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(post("/documents/reference").with(staffOfP).with(csrf()).param("kind", "TYPE").param("code", "KH")
                        .param("name", "Kế hoạch sửa").param("active", "true").param("version", "0"))
                .andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này")));
        String code = "Zq" + Character.toString('a' + (int) (System.nanoTime() % 26)) + Character.toString('a' + (int) (System.nanoTime() / 7 % 26))
                + Character.toString('a' + (int) (System.nanoTime() / 13 % 26));
        RequestPostProcessor admin = admin();
        mvc.perform(get("/documents/reference").with(admin))
                .andExpect(content().string(containsString("Thêm chữ viết tắt")));
        mvc.perform(post("/documents/reference").with(admin).with(csrf()).param("kind", "TYPE").param("code", code)
                        .param("name", "Loại thử nghiệm").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/reference").param("kind", "TYPE").param("code", code).with(admin))
                .andExpect(content().string(containsString("Sửa chữ viết tắt " + code)))
                .andExpect(content().string(containsString("Loại thử nghiệm")));
    }

    private long register(String number, String date, boolean confidential) {
        long[] id = new long[1];
        asSystem(() -> id[0] = documents.register(new NewDocument(number, p + "-P", LocalDate.parse(date),
                "Văn bản " + number, null, "Nội dung riêng của " + number, confidential, List.of())).id());
        return id[0];
    }
}
