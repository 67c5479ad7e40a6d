package vn.chinhdon.organization.web;

import vn.chinhdon.platform.ProblemLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.TabularFile;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.LegacyVietnamese;

/**
 * Imports of members and units from CSV or XLSX files: all or nothing, every bad row reported with its
 * line, column and reason; legacy TCVN3/VNI text converted to Unicode.
 */
@Controller
class ImportPageController {

    private static final String MEMBER_HEADERS = "Số thẻ,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Mã đơn vị";
    private static final String UNIT_HEADERS = "code,name,kind,parentCode,validFrom";

    private final MemberManagement members;
    private final OrganizationManagement organization;
    private final PageMessages messages;

    ImportPageController(MemberManagement members, OrganizationManagement organization, PageMessages messages) {
        this.members = members;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/import/{what:members|units}")
    String form(@PathVariable String what, @RequestParam(required = false) String unitCode, Model model) {
        model.addAttribute("what", what);
        model.addAttribute("unitCode", unitCode == null || unitCode.isBlank() ? null : unitCode.trim());
        model.addAttribute("kinds", vn.chinhdon.organization.UnitKind.values());
        return "import/import";
    }

    @PostMapping("/import/{what:members|units}")
    String upload(@PathVariable String what, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String unitCode,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
        String name = file == null ? null : file.getOriginalFilename();
        ImportResult result;
        if (file == null || file.isEmpty()) {
            result = ImportResult.refused(name, List.of(new ProblemLine(null, "file", messages.text("field.file"),
                    messages.text("import.noFile"))));
        } else {
            try {
                TabularFile table = TabularFile.read(name, file.getBytes());
                int created = "members".equals(what)
                        ? members.importMembers(MemberManagement.rowsOf(table), 2)
                        : organization.importUnits(OrgUnitApiController.unitRows(table), 2);
                LegacyVietnamese.Encoding encoding = table.encoding();
                result = ImportResult.saved(name, created, encoding == null || encoding == LegacyVietnamese.Encoding.UNICODE
                        ? null : "import.converted." + encoding.name());
            } catch (ValidationException e) {
                result = ImportResult.refused(name, messages.lines(e, "field."));
            }
        }
        model.addAttribute("result", result);
        if (htmx != null) {
            model.addAttribute("what", what);
            return "import/import :: result";
        }
        form(what, unitCode, model);
        return "import/import";
    }

    /** An empty sheet with the expected column names (UTF-8 with a BOM, so that Excel reads the diacritics). */
    @GetMapping("/import/{what:members|units}/template.csv")
    ResponseEntity<byte[]> template(@PathVariable String what) {
        String csv = "\uFEFF" + ("members".equals(what) ? MEMBER_HEADERS : UNIT_HEADERS) + "\r\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mau-nhap-" + ("members".equals(what) ? "dang-vien" : "don-vi") + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
