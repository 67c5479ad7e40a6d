package vn.chinhdon.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.shared.LegacyVietnamese;

/** Imports from files: every bad row shown and nothing saved; good files saved; legacy encodings converted. */
class ImportPagesTest extends PageTestSupport {

    private static final String HEADER = "Số thẻ,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Mã đơn vị\n";

    private RequestPostProcessor boardOfA;

    @BeforeEach
    void setUp() {
        tree();
        boardOfA = account("ORGANIZATION_BOARD", p + "-A");
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "dang-vien.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private long membersOf(String unit, String q) {
        long[] n = new long[1];
        asSystem(() -> n[0] = members.search(unit, q, null, 0, 10).total());
        return n[0];
    }

    @Test
    void theImportPageExplainsTheColumnsAndOffersATemplate() throws Exception {
        mvc.perform(get("/import/members").param("unitCode", p + "-A").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập đảng viên từ tệp")))
                .andExpect(content().string(containsString("Ngày vào Đảng")))
                .andExpect(content().string(containsString("/import/members/template.csv")))
                .andExpect(content().string(containsString("Đang kiểm tra và nhập dữ liệu…")))
                .andExpect(content().string(not(containsString("??"))));
        byte[] template = mvc.perform(get("/import/members/template.csv").with(boardOfA))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(template, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFSố thẻ,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Mã đơn vị\r\n");
        mvc.perform(get("/import/units/template.csv").with(boardOfA))
                .andExpect(content().string(containsString("code,name,kind,parentCode,validFrom")));
    }

    @Test
    void aBadFileShowsEveryBadRowAndSavesNothing() throws Exception {
        String file = HEADER
                + p + "11,Phạm Văn Rạnh,Nam,01/01/1960,01/01/1985,01/01/1986," + p + "-C1\n"
                + p + "12,,Nam,01/01/1960,01/01/1985,," + p + "-C1\n"
                + p + "13,Hà Ngọc Anh,Nữ,31/02/1970,01/01/1995,," + p + "-C1\n"
                + p + "14,Ngô Văn Trẻ,Nam,01/01/2000,01/01/2010,," + p + "-C1\n"
                + p + "15,Bùi Văn Khác,X,01/01/1970,01/01/1995,," + p + "-Y1\n";
        String page = mvc.perform(multipart("/import/members").file(csv(file)).with(boardOfA).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có dòng nào được lưu")))
                .andExpect(content().string(not(containsString("<html"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (int row = 3; row <= 6; row++) {
            assertThat(page).contains("<td>" + row + "</td>");
        }
        assertThat(page).doesNotContain("<td>2</td>")
                .contains("Họ và tên").contains("Ngày sinh").contains("đủ 18 tuổi").contains("Giới tính „X“")
                .contains("Không tìm thấy đơn vị „" + p + "-Y1“");
        assertThat(membersOf(p + "-A", "pham van ranh")).isZero();
    }

    @Test
    void aGoodFileIsSavedAndSaysHowMany() throws Exception {
        String file = HEADER + p + "21,Trần Văn Bình,Nam,%s,01/01/2005,01/01/2006,%s-C1\n".formatted(birthVi(1978), p);
        mvc.perform(multipart("/import/members").file(csv(file)).with(boardOfA).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nhập 1 đảng viên")));
        assertThat(membersOf(p + "-C1", "tran van binh")).isEqualTo(1);
        // without htmx the whole page comes back with the result
        mvc.perform(multipart("/import/members").file(csv(file)).with(boardOfA).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("đã có trong hệ thống")));
    }

    @Test
    void aTcvn3FileIsConvertedAndSaysSo() throws Exception {
        String unicode = HEADER + p + "31,Nguyễn Thị Hồng Nhung,Nữ,%s,19/05/2000,,%s-C1\n".formatted(birthVi(1971), p);
        byte[] tcvn3 = LegacyVietnamese.encode(unicode, LegacyVietnamese.Encoding.TCVN3).getBytes("windows-1252");
        mvc.perform(multipart("/import/members").file(new MockMultipartFile("file", "dv.csv", "text/csv", tcvn3))
                        .with(boardOfA).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nhập 1 đảng viên")))
                .andExpect(content().string(containsString("TCVN3")));
        assertThat(membersOf(p + "-C1", "Nguyen Thi Hong Nhung")).isEqualTo(1);
    }

    @Test
    void noFileAndUnreadableFilesAreExplained() throws Exception {
        mvc.perform(multipart("/import/members").with(boardOfA).with(csrf()).header("HX-Request", "true"))
                .andExpect(content().string(containsString("Hãy chọn một tệp")));
        mvc.perform(multipart("/import/members")
                        .file(new MockMultipartFile("file", "cu.xls", "application/vnd.ms-excel", new byte[] {1, 2, 3, 4}))
                        .with(boardOfA).with(csrf()).header("HX-Request", "true"))
                .andExpect(content().string(containsString(".xlsx")));
    }

    @Test
    void unitsAreImportedUnderTheUsersUnitsOnly() throws Exception {
        String good = "code,name,kind,parentCode,validFrom\n" + p + "-C2,Chi bộ ấp Rạch Dừa,SUBORDINATE_CELL," + p
                + "-X1,01/01/2024\n";
        mvc.perform(multipart("/import/units").file(csv(good)).with(boardOfA).with(csrf()).header("HX-Request", "true"))
                .andExpect(content().string(containsString("Đã nhập 1 đơn vị")));
        String bad = "code,name,kind,parentCode,validFrom\n" + p + "-Z1,Chi bộ lạ,SUBORDINATE_CELL," + p
                + "-Y1,01/01/2024\n" + p + "-Z2,Chi bộ sai,NO_KIND," + p + "-X1,hôm qua\n";
        mvc.perform(multipart("/import/units").file(csv(bad)).with(boardOfA).with(csrf()).header("HX-Request", "true"))
                .andExpect(content().string(containsString("Chưa có dòng nào được lưu")))
                .andExpect(content().string(containsString("hôm qua")));
    }

    @Test
    void uploadsNeedTheCsrfToken() throws Exception {
        String file = HEADER + p + "41,Lê Thị Hoa,Nữ,01/01/1980,01/01/2005,,%s-C1\n".formatted(p);
        mvc.perform(multipart("/import/members").file(csv(file)).with(boardOfA))
                .andExpect(status().isForbidden());
        assertThat(membersOf(p + "-C1", "le thi hoa")).isZero();
    }
}
