package vn.chinhdon.directives;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;

/** The register: numbers, series per term, the implementation chain, search, grants and confidentiality. */
class DocumentRegisterApiTest extends IntegrationTest {

    private String p;
    private RequestPostProcessor admin;
    private RequestPostProcessor central;
    private RequestPostProcessor provinceStaff;

    @BeforeEach
    void tree() throws Exception {
        p = unique("d");
        admin = admin();
        mvc.perform(post("/api/v1/org-units/import").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"units": [
                  {"code": "%1$s-TW", "name": "Ban Chấp hành Trung ương", "kind": "CENTRAL", "validFrom": "2010-01-01"},
                  {"code": "%1$s-NA", "name": "Đảng bộ tỉnh Nghệ An", "kind": "PROVINCIAL", "parentCode": "%1$s-TW", "validFrom": "2010-01-01"},
                  {"code": "%1$s-XA", "name": "Đảng bộ xã Diễn Lâm", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-NA", "validFrom": "2010-01-01"},
                  {"code": "%1$s-LA", "name": "Đảng bộ tỉnh Long An", "kind": "PROVINCIAL", "parentCode": "%1$s-TW", "validFrom": "2010-01-01"}
                ]}""".formatted(p))).andExpect(status().isOk());
        central = account("COMMITTEE_STAFF", p + "-TW");
        provinceStaff = account("COMMITTEE_STAFF", p + "-NA");
        mvc.perform(post("/api/v1/org-units/" + p + "-NA/committee/terms").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\": \"2015–2020\", \"startsOn\": \"2015-10-01\", \"endsOn\": \"2020-10-15\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/org-units/" + p + "-NA/committee/terms").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\": \"2020–2025\", \"startsOn\": \"2020-10-15\", \"endsOn\": \"2025-10-15\"}"))
                .andExpect(status().isCreated());
    }

    private long register(RequestPostProcessor who, String number, String unit, String date, String title, String body,
            boolean confidential, Long implementsId) throws Exception {
        String json = """
                {"number": "%s", "issuerUnitCode": "%s", "issuedOn": "%s", "title": "%s", "body": "%s",
                 "confidential": %s, "implements": %s}""".formatted(number, unit, date, title, body, confidential,
                implementsId == null ? "[]" : "[" + implementsId + "]");
        String response = mvc.perform(post("/api/v1/documents").with(who).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    @Test
    void numbersAreParsedAndTheStateFormIsRefused() throws Exception {
        mvc.perform(get("/api/v1/documents/parse-number?value=196-KH/TU").with(provinceStaff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(196)).andExpect(jsonPath("$.typeCode").value("KH"))
                .andExpect(jsonPath("$.typeName").value("Kế hoạch")).andExpect(jsonPath("$.issuerCode").value("TU"))
                .andExpect(jsonPath("$.issuerName").value("Tỉnh ủy"));
        mvc.perform(get("/api/v1/documents/parse-number").param("value", "123/QĐ-UBND").with(provinceStaff))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("Nhà nước")));
        mvc.perform(get("/api/v1/documents/parse-number").param("value", "196-XYZ/TU").with(provinceStaff))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("XYZ")));
    }

    @Test
    void theChainFromTheCentralResolutionToTheCommunePlan() throws Exception {
        long nq = register(central, "04-NQ/TW", p + "-TW", "2016-10-30",
                "Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng",
                "Ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống", false, null);
        long kh = register(provinceStaff, "196-KH/TU", p + "-NA", "2019-06-13",
                "Kế hoạch thực hiện chủ đề Nghệ An làm theo lời Bác dặn", "Ban Thường vụ Tỉnh ủy Nghệ An ...", false, nq);
        long commune = register(account("COMMITTEE_STAFF", p + "-XA"), "09-KH/ĐU", p + "-XA", "2019-07-01",
                "Kế hoạch của Đảng ủy xã thực hiện Kế hoạch 196-KH/TU", "", false, kh);

        // same number in the same series and term: refused; in the next term: accepted
        mvc.perform(post("/api/v1/documents").with(provinceStaff).contentType(MediaType.APPLICATION_JSON).content("""
                {"number": "196-KH/TU", "issuerUnitCode": "%s-NA", "issuedOn": "2019-12-01", "title": "Kế hoạch khác"}"""
                .formatted(p)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("2015–2020")));
        register(provinceStaff, "196-KH/TU", p + "-NA", "2021-03-01", "Kế hoạch năm 2021", "", false, null);

        mvc.perform(get("/api/v1/documents/" + nq + "/implementation-tree").with(central))
                .andExpect(jsonPath("$.implementedBy[0].number").value("196-KH/TU"))
                .andExpect(jsonPath("$.implementedBy[0].issuerUnitName").value("Đảng bộ tỉnh Nghệ An"))
                .andExpect(jsonPath("$.implementedBy[0].implementedBy[0].number").value("09-KH/ĐU"));
        mvc.perform(get("/api/v1/documents/" + commune + "/chain").with(central))
                .andExpect(jsonPath("$[0].number").value("09-KH/ĐU"))
                .andExpect(jsonPath("$[1].number").value("196-KH/TU"))
                .andExpect(jsonPath("$[2].number").value("04-NQ/TW"));
        // a cycle is refused
        mvc.perform(post("/api/v1/documents/" + nq + "/relations").with(central).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toId\": " + commune + ", \"kind\": \"IMPLEMENTS\"}"))
                .andExpect(status().isUnprocessableContent());
        // another province sees the central resolution, not Nghệ An's plans
        RequestPostProcessor longAn = account("COMMITTEE_STAFF", p + "-LA");
        mvc.perform(get("/api/v1/documents/" + nq).with(longAn)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/" + kh).with(longAn)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + nq + "/implementation-tree").with(longAn))
                .andExpect(jsonPath("$.implementedBy.length()").value(0));
        mvc.perform(get("/api/v1/documents").param("q", "ke hoach").param("unitCode", p + "-TW").with(longAn))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void searchIgnoresDiacriticsCaseAndNormalizationAndHighlights() throws Exception {
        register(central, "04-NQ/TW", p + "-TW", "2016-10-30",
                "Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng",
                "Kiên quyết đấu tranh ngăn chặn, đẩy lùi sự suy thoái; xây dựng Đảng trong sạch, vững mạnh.", false, null);
        mvc.perform(get("/api/v1/documents").param("q", "nghi quyet trung uong 4").param("unitCode", p + "-TW").with(provinceStaff))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].number").value("04-NQ/TW"));
        mvc.perform(get("/api/v1/documents").param("q", "DANG").param("unitCode", p + "-TW").with(provinceStaff))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].snippetHtml", containsString("<mark>Đảng</mark>")));
        mvc.perform(get("/api/v1/documents").param("q", Normalizer.normalize("suy thoái", Normalizer.Form.NFD))
                        .param("unitCode", p + "-TW").with(provinceStaff))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].snippetHtml", containsString("<mark>suy</mark> <mark>thoái</mark>")));
        mvc.perform(get("/api/v1/documents").param("q", "khong co tu nay").param("unitCode", p + "-TW").with(provinceStaff))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void attachedDocxAndPdfTextBecomesSearchable() throws Exception {
        long id = register(provinceStaff, "60-KH/TU", p + "-NA", "2025-05-01", "Kế hoạch thực hiện Nghị quyết 60", "", false, null);
        byte[] docx;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hiệu năng, hiệu lực, hiệu quả");
            doc.write(out);
            docx = out.toByteArray();
        }
        byte[] pdf;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Phu luc so lieu chinh quyen dia phuong hai cap");
                content.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/documents/" + id + "/attachments")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "ke-hoach.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx))
                        .with(provinceStaff))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body", containsString("tinh gọn, hiệu năng")))
                .andExpect(jsonPath("$.attachments[0].filename").value("ke-hoach.docx"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/documents/" + id + "/attachments")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "phu-luc.pdf", "application/pdf", pdf))
                        .with(provinceStaff))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/documents").param("q", "tinh gon hieu nang").param("unitCode", p + "-NA").with(provinceStaff))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/documents").param("q", "chinh quyen dia phuong hai cap").param("unitCode", p + "-NA")
                        .with(provinceStaff))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/documents/" + id + "/attachments")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "hong.pdf", "application/pdf",
                                "not a pdf".getBytes(StandardCharsets.UTF_8)))
                        .with(provinceStaff))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void confidentialTextStaysWithTheIssuersSubtree() throws Exception {
        long secret = register(provinceStaff, "15-TB/TU", p + "-NA", "2020-01-10", "Thông báo kết luận về cán bộ",
                "Nội dung mật về nhân sự", true, null);
        mvc.perform(get("/api/v1/documents/" + secret).with(provinceStaff))
                .andExpect(jsonPath("$.body").value("Nội dung mật về nhân sự"));
        mvc.perform(get("/api/v1/documents/" + secret).with(account("COMMITTEE_STAFF", p + "-TW")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/" + secret).with(account("MEMBER", p + "-XA")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + secret).with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.body", nullValue()));
        mvc.perform(get("/api/v1/documents").param("q", "nhan su").param("unitCode", p + "-NA").with(admin))
                .andExpect(jsonPath("$.items[0].snippetHtml", not(containsString("mật"))));
        mvc.perform(get("/api/v1/documents/reference").with(provinceStaff))
                .andExpect(jsonPath("$[*].code", hasItem("QĐi")));
    }
}
