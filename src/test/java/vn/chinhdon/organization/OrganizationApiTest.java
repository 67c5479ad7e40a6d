package vn.chinhdon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chinhdon.IntegrationTest;

/** The organization contracts of API.md, told as the stories of a provincial organization board. */
class OrganizationApiTest extends IntegrationTest {

    private static final java.util.concurrent.atomic.AtomicInteger RUN = new java.util.concurrent.atomic.AtomicInteger();

    private String p;
    private RequestPostProcessor admin;
    /** Birth days differ per test: same name and birth date is a duplicate person. */
    private int d;

    @BeforeEach
    void tree() throws Exception {
        p = unique("t");
        d = 1 + RUN.incrementAndGet() % 28;
        admin = admin();
        // children before parents on purpose: the import orders them
        String units = """
                {"units": [
                  {"code": "%1$s-X1", "name": "Đảng bộ xã Vĩnh Phú", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-H1", "validFrom": "2020-01-01"},
                  {"code": "%1$s-A", "name": "Đảng bộ tỉnh Kiên Giang", "kind": "PROVINCIAL", "parentCode": null, "validFrom": "2020-01-01"},
                  {"code": "%1$s-H1", "name": "Đảng bộ huyện Giang Thành", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-A", "validFrom": "2020-01-01"},
                  {"code": "%1$s-X2", "name": "Đảng bộ xã Phú Mỹ", "kind": "GRASSROOTS_COMMITTEE", "parentCode": "%1$s-H1", "validFrom": "2020-01-01"},
                  {"code": "%1$s-B", "name": "Đảng bộ tỉnh An Giang", "kind": "PROVINCIAL", "parentCode": null, "validFrom": "2020-01-01"},
                  {"code": "%1$s-Y1", "name": "Đảng bộ phường Mỹ Bình", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-B", "validFrom": "2020-01-01"}
                ]}""".formatted(p);
        mvc.perform(post("/api/v1/org-units/import").with(admin).contentType(MediaType.APPLICATION_JSON).content(units))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(6));
        String members = """
                {"members": [
                  {"cardNumber": "%1$s01", "fullName": "Nguyễn Văn An", "gender": "Nam", "birthDate": "1970-05-%2$02d", "admissionDate": "1995-03-02", "officialDate": "1996-03-02", "unitCode": "%1$s-X1"},
                  {"cardNumber": "%1$s02", "fullName": "Trần Thị Bình", "gender": "Nữ", "birthDate": "%2$02d/08/1980", "admissionDate": "2005-01-10", "unitCode": "%1$s-X2"},
                  {"cardNumber": "%1$s03", "fullName": "Lê Văn Bình", "gender": "Nam", "birthDate": "1982-01-%2$02d", "admissionDate": "2006-01-10", "officialDate": "2007-01-10", "unitCode": "%1$s-X2"},
                  {"cardNumber": "%1$s04", "fullName": "Đặng Thị Ánh", "gender": "Nữ", "birthDate": "1985-01-%2$02d", "admissionDate": "2010-01-10", "officialDate": "2011-01-10", "unitCode": "%1$s-Y1"}
                ]}""".formatted(p, d);
        mvc.perform(post("/api/v1/members/import").with(admin).contentType(MediaType.APPLICATION_JSON).content(members))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(4));
    }

    private String restructuring() {
        return """
                {"effectiveDate": "2025-07-01", "decision": "60-NQ/TW", "operations": [
                  {"type": "MERGE", "sources": ["%1$s-A", "%1$s-B"], "target": {"code": "%1$s-B", "name": "Đảng bộ tỉnh An Giang", "kind": "PROVINCIAL"}},
                  {"type": "MERGE", "sources": ["%1$s-X1", "%1$s-X2"], "target": {"code": "%1$s-N1", "name": "Đảng bộ xã Giang Thành", "kind": "DIRECTLY_UNDER", "parentCode": "%1$s-B"}},
                  {"type": "DISSOLVE", "unit": "%1$s-H1", "successor": "%1$s-B"}
                ]}""".formatted(p);
    }

    @Test
    void mergedProvinceShowsItsPredecessorsMembersAndThePastStaysIntact() throws Exception {
        mvc.perform(post("/api/v1/restructurings/preview").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(restructuring()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems", hasSize(0)))
                .andExpect(jsonPath("$.counts.ENDED").value(4))
                .andExpect(jsonPath("$.counts.CREATED").value(1))
                .andExpect(jsonPath("$.membersMoved").value(3));
        // preview changed nothing
        mvc.perform(get("/api/v1/org-units/" + p + "-A/summary").with(admin))
                .andExpect(jsonPath("$.active").value(true)).andExpect(jsonPath("$.members").value(3));

        mvc.perform(post("/api/v1/restructurings").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(restructuring()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(3));

        mvc.perform(get("/api/v1/org-units/" + p + "-B/summary?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.members").value(4))
                .andExpect(jsonPath("$.units.PROVINCIAL").value(1))
                .andExpect(jsonPath("$.units.DIRECTLY_UNDER").value(2));
        mvc.perform(get("/api/v1/org-units/" + p + "-A/summary?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.members").value(3))
                .andExpect(jsonPath("$.units.GRASSROOTS_COMMITTEE").value(2));
        mvc.perform(get("/api/v1/org-units/" + p + "-B/summary?at=2025-06-30").with(admin))
                .andExpect(jsonPath("$.members").value(1));
        mvc.perform(get("/api/v1/org-units/" + p + "-A/summary?at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.active").value(false)).andExpect(jsonPath("$.members").value(0));
        mvc.perform(get("/api/v1/org-units/" + p + "-A").with(admin))
                .andExpect(jsonPath("$.validTo").value("2025-07-01"))
                .andExpect(jsonPath("$.successors", hasItem(p + "-B")));
        mvc.perform(get("/api/v1/org-units/" + p + "-N1").with(admin))
                .andExpect(jsonPath("$.predecessors", hasItem(p + "-X1")))
                .andExpect(jsonPath("$.parentCode").value(p + "-B"));
        // the old tree as of the day before
        mvc.perform(get("/api/v1/org-units?parentCode=" + p + "-H1&at=2025-06-30").with(admin))
                .andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/v1/org-units?parentCode=" + p + "-B&at=2025-07-01").with(admin))
                .andExpect(jsonPath("$[*].code", hasItem(p + "-N1")));
        // the successor's staff read their predecessors' history, not the other way round
        RequestPostProcessor successorStaff = account("COMMITTEE_STAFF", p + "-B");
        mvc.perform(get("/api/v1/org-units/" + p + "-A/summary?at=2025-06-30").with(successorStaff))
                .andExpect(status().isOk()).andExpect(jsonPath("$.members").value(3));
        mvc.perform(get("/api/v1/members?unitCode=" + p + "-X1&at=2025-06-30").with(successorStaff))
                .andExpect(jsonPath("$.total").value(1));
        // members keep their history
        mvc.perform(get("/api/v1/members?unitCode=" + p + "-B&at=2025-07-01").with(admin))
                .andExpect(jsonPath("$.total").value(4));
    }

    @Test
    void anInvalidRestructuringIsRejectedWholeWithEveryProblem() throws Exception {
        String bad = """
                {"effectiveDate": "2025-07-01", "decision": "60-NQ/TW", "operations": [
                  {"type": "RENAME", "unit": "%1$s-X1", "name": "Đảng bộ xã Mới"},
                  {"type": "MOVE", "unit": "%1$s-A", "newParentCode": "%1$s-X2"},
                  {"type": "MERGE", "sources": ["%1$s-X1", "NO-SUCH-UNIT"], "target": {"code": "%1$s-X1"}},
                  {"type": "DISSOLVE", "unit": "%1$s-H1"}
                ]}""".formatted(p);
        mvc.perform(post("/api/v1/restructurings").with(admin).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("vòng lặp"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("NO-SUCH-UNIT"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("nhiều thao tác"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("kế thừa"))));
        mvc.perform(get("/api/v1/org-units/" + p + "-X1").with(admin))
                .andExpect(jsonPath("$.name").value("Đảng bộ xã Vĩnh Phú"));
    }

    @Test
    void aBadImportSavesNothingAndReportsEveryRow() throws Exception {
        String csv = "cardNumber,fullName,gender,birthDate,admissionDate,officialDate,unitCode\n"
                + p + "11,Phạm Văn Rạnh,Nam,01/01/1960,01/01/1985,01/01/1986," + p + "-X1\n"
                + p + "12,,Nam,01/01/1960,01/01/1985,," + p + "-X1\n"
                + p + "13,Hà Ngọc Anh,Nữ,31/02/1970,01/01/1995,," + p + "-X1\n"
                + p + "01,Võ Văn Trùng,Nam,01/01/1970,01/01/1995,," + p + "-X1\n"
                + p + "14,Ngô Văn Trẻ,Nam,01/01/2000,01/01/2010,," + p + "-X1\n"
                + p + "15,Bùi Văn Khác,X,01/01/1970,01/01/1995,,NOWHERE\n";
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "dv.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].row", hasItem(3)))
                .andExpect(jsonPath("$.errors[*].row", hasItem(4)))
                .andExpect(jsonPath("$.errors[*].row", hasItem(5)))
                .andExpect(jsonPath("$.errors[*].row", hasItem(6)))
                .andExpect(jsonPath("$.errors[*].row", hasItem(7)))
                .andExpect(jsonPath("$.errors[?(@.row == 2)]", hasSize(0)))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("đã có trong hệ thống"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("đủ 18 tuổi"))));
        mvc.perform(get("/api/v1/members?unitCode=" + p + "-X1&q=pham van ranh").with(admin))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void legacyEncodedNamesAreConvertedAndSearchIgnoresDiacritics() throws Exception {
        // a whole sheet typed with a TCVN3 (.VnTime) font and saved as a Windows-1252 CSV
        String unicode = "Số thẻ;Họ và tên;Giới tính;Ngày sinh;Ngày vào Đảng;Mã đơn vị\n"
                + p + "21;Nguyễn Thị Hồng Nhung;Nữ;" + String.format("%02d", d) + "/09/1975;19/05/2000;" + p + "-Y1\n";
        byte[] tcvn3 = vn.chinhdon.shared.LegacyVietnamese.encode(unicode, vn.chinhdon.shared.LegacyVietnamese.Encoding.TCVN3)
                .getBytes("windows-1252");
        assertThat(new String(tcvn3, "windows-1252")).contains("NguyÔn");
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "dv.csv", "text/csv", tcvn3))
                        .with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        mvc.perform(get("/api/v1/members?unitCode=" + p + "-Y1&q=NGUYEN THI HONG").with(admin))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Thị Hồng Nhung"));
    }

    @Test
    void membersAreListedInVietnameseOrder() throws Exception {
        mvc.perform(get("/api/v1/members?unitCode=" + p + "-A").with(admin))
                .andExpect(jsonPath("$.items[*].fullName").value(org.hamcrest.Matchers.contains(
                        "Nguyễn Văn An", "Lê Văn Bình", "Trần Thị Bình")));
    }

    @Test
    void aStaleEditIsRefusedWith409() throws Exception {
        String body = mvc.perform(get("/api/v1/members?unitCode=" + p + "-Y1").with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int id = JsonPath.read(body, "$.items[0].id");
        String edit = """
                {"fullName": "Đặng Thị Ánh", "cardNumber": "%s04", "gender": "Nữ", "birthDate": "1985-02-02",
                 "admissionDate": "2010-01-10", "officialDate": "2011-01-10", "version": 0}""".formatted(p);
        mvc.perform(put("/api/v1/members/" + id).with(admin).contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/members/" + id).with(admin).contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("người khác thay đổi")));
        mvc.perform(get("/api/v1/members/" + id).with(admin))
                .andExpect(jsonPath("$.member.birthDate").value("1985-02-02"))
                .andExpect(jsonPath("$.audit[0].action").value("MEMBER_UPDATED"));
    }

    @Test
    void aTransferKeepsTheHistoryOfCells() throws Exception {
        String body = mvc.perform(get("/api/v1/members?unitCode=" + p + "-X1").with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int id = JsonPath.read(body, "$.items[0].id");
        mvc.perform(post("/api/v1/members/" + id + "/transfer").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\": \"" + p + "-X2\", \"date\": \"2024-03-01\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitCode").value(p + "-X2"));
        mvc.perform(get("/api/v1/members/" + id).with(admin))
                .andExpect(jsonPath("$.assignments", hasSize(2)))
                .andExpect(jsonPath("$.assignments[1].unitCode").value(p + "-X1"))
                .andExpect(jsonPath("$.assignments[1].to").value("2024-03-01"));
        mvc.perform(get("/api/v1/org-units/" + p + "-X1/summary?at=2024-02-29").with(admin))
                .andExpect(jsonPath("$.members").value(1));
        mvc.perform(get("/api/v1/org-units/" + p + "-X1/summary?at=2024-03-01").with(admin))
                .andExpect(jsonPath("$.members").value(0));
    }

    @Test
    void aUserOfOneProvinceSeesNothingOfAnother() throws Exception {
        RequestPostProcessor boardOfB = account("ORGANIZATION_BOARD", p + "-B");
        mvc.perform(get("/api/v1/org-units/" + p + "-A").with(boardOfB)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/org-units/" + p + "-A/summary").with(boardOfB)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members?unitCode=" + p + "-X1").with(boardOfB)).andExpect(status().isNotFound());
        String all = mvc.perform(get("/api/v1/members?size=500").with(boardOfB)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("Đặng Thị Ánh").doesNotContain("Nguyễn Văn An");
        mvc.perform(get("/api/v1/org-units").with(boardOfB))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].code").value(p + "-B"));
        mvc.perform(get("/api/v1/org-units?q=giang thanh").with(boardOfB)).andExpect(jsonPath("$", hasSize(0)));
        // writing into the other province is refused and changes nothing
        mvc.perform(post("/api/v1/org-units/import").with(boardOfB).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"units\": [{\"code\": \"" + p + "-Z\", \"name\": \"Chi bộ lạ\", \"kind\": \"SUBORDINATE_CELL\", \"parentCode\": \"" + p + "-X1\", \"validFrom\": \"2024-01-01\"}]}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/restructurings").with(boardOfB).contentType(MediaType.APPLICATION_JSON)
                        .content(restructuring()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("Không tìm thấy đơn vị"))));
        mvc.perform(get("/api/v1/org-units/" + p + "-A/summary").with(admin)).andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void accountsAreFoundByVietnameseDisplayName() throws Exception {
        String username = "nghean" + p;
        mvc.perform(post("/api/v1/users").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"username": "%s", "password": "password-123", "displayName": "Ban Tổ chức Tỉnh ủy Nghệ An %s",
                 "grants": [{"role": "ORGANIZATION_BOARD", "unitCode": "%s-A"}]}""".formatted(username, p, p)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/users").param("q", "tỉnh ủy nghệ an " + p).with(admin))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].grants[0].unitCode").value(p + "-A"));
        mvc.perform(get("/api/v1/users").param("q", username.toUpperCase()).with(admin))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aReadOnlyRoleCannotWrite() throws Exception {
        RequestPostProcessor staff = account("COMMITTEE_STAFF", p + "-A");
        mvc.perform(get("/api/v1/org-units/" + p + "-A").with(staff)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/users").with(staff).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"x" + p + "\", \"password\": \"password-123\", \"displayName\": \"X\", \"grants\": []}"))
                .andExpect(status().isForbidden());
    }
}
