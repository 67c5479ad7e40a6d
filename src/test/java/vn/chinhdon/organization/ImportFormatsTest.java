package vn.chinhdon.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;
import vn.chinhdon.shared.LegacyVietnamese;

/** Imports from the files offices really have: XLSX with date cells, NFD text, VNI fonts, semicolon CSV. */
class ImportFormatsTest extends IntegrationTest {

    private String p;
    private RequestPostProcessor admin;

    @BeforeEach
    void units() throws Exception {
        p = unique("f");
        admin = admin();
        String csv = "code;name;kind;parentCode;validFrom\n"
                + p + "-P;Đảng bộ tỉnh Ninh Thuận;PROVINCIAL;;01/01/2015\n"
                + p + "-K;Đảng bộ Khối các cơ quan tỉnh;DIRECTLY_UNDER;" + p + "-P;01/01/2015\n"
                + p + "-C;Chi bộ Sở Tài chính;GRASSROOTS_CELL;" + p + "-K;2015-01-01\n";
        mvc.perform(multipart("/api/v1/org-units/import")
                        .file(new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
    }

    @Test
    void anXlsxWithDateCellsAndDecomposedTextIsImportedInNfc() throws Exception {
        String nfd = Normalizer.normalize("Trần Thị Thu Hường", Normalizer.Form.NFD);
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Đảng viên");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[] headers = {"Số thẻ", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức", "Mã đơn vị"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(p + "X1");
            r.createCell(1).setCellValue(nfd);
            r.createCell(2).setCellValue("Nữ");
            r.createCell(3).setCellValue(toDate(LocalDate.of(1984, 7, 27)));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellValue(toDate(LocalDate.of(2008, 5, 19)));
            r.getCell(4).setCellStyle(date);
            r.createCell(5).setCellValue("19/05/2009");
            r.createCell(6).setCellValue(p + "-C");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "dang-vien.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, xlsx))
                        .with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        mvc.perform(get("/api/v1/members?unitCode=" + p + "-P&q=huong").with(admin))
                .andExpect(jsonPath("$.items[0].fullName").value("Trần Thị Thu Hường"))
                .andExpect(jsonPath("$.items[0].birthDate").value("1984-07-27"))
                .andExpect(jsonPath("$.items[0].admissionDate").value("2008-05-19"))
                .andExpect(jsonPath("$.items[0].status").value("OFFICIAL"));
    }

    @Test
    void aVniSheetIsConvertedAndAGarbledOneIsReported() throws Exception {
        String unicode = "Số thẻ,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Mã đơn vị\n"
                + p + "V1,Phạm Thị Ngọc Diệp,Nữ,12/12/1979,03/02/2004," + p + "-C\n";
        byte[] vni = LegacyVietnamese.encode(unicode, LegacyVietnamese.Encoding.VNI).getBytes("windows-1252");
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "vni.csv", "text/csv", vni)).with(admin))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/members?unitCode=" + p + "-C&q=ngoc diep").with(admin))
                .andExpect(jsonPath("$.items[0].fullName").value("Phạm Thị Ngọc Diệp"));

        // UTF-8 bytes shown as Windows-1252 in one cell of an otherwise clean file: not stored as garbage
        String garbled = "fullName,gender,birthDate,admissionDate,unitCode\n"
                + "Vũ Văn Hòa,Nam,01/01/1970,01/01/1995," + p + "-C\n"
                + "Nguyá»…n VÄƒn Lá»—i\uFFFD,Nam,01/01/1971,01/01/1996," + p + "-C\n";
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", garbled.getBytes(StandardCharsets.UTF_8)))
                        .with(admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message", containsString("lỗi mã hóa")));
    }

    @Test
    void problemsReadInEnglishWhenAsked() throws Exception {
        mvc.perform(post("/api/v1/org-units/import").with(admin).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"units\": [{\"code\": \"" + p + "-C\", \"name\": \"x\", \"kind\": \"NOPE\", \"validFrom\": \"2020-01-01\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid data"))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("is already used"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("Unit kind \"NOPE\" is invalid"))));
    }

    @Test
    void theOpenApiDocumentDescribesTheContracts() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/org-units/{code}/summary']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/restructurings']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/members/import']").exists());
    }

    private static Date toDate(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }
}
