package vn.chinhdon.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chinhdon.organization.LineageView;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.UnitImportRow;
import vn.chinhdon.organization.UnitSummary;
import vn.chinhdon.platform.TabularFile;
import vn.chinhdon.platform.ValidationException;

/** Organization units: import, as-of reads, summaries and history. */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organization units")
class OrgUnitApiController {

    private final OrganizationManagement organization;

    OrgUnitApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    record UnitImportRequest(List<UnitImportRow> units) {
    }

    record Created(int created) {
    }

    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import units (all or nothing); parents may come later than children")
    Created importJson(@RequestBody UnitImportRequest request) {
        return new Created(organization.importUnits(request.units(), 1));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import units from a CSV or XLSX file (columns code, name, kind, parentCode, validFrom)")
    Created importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return new Created(organization.importUnits(unitRows(TabularFile.read(file.getOriginalFilename(), file.getBytes())), 2));
    }

    static List<UnitImportRow> unitRows(TabularFile file) {
        List<UnitImportRow> rows = new ArrayList<>();
        List<ValidationException.Problem> problems = new ArrayList<>();
        int n = 2;
        for (Map<String, String> r : file.rows()) {
            if (r == null) {
                rows.add(null);
                n++;
                continue;
            }
            LocalDate from = null;
            String raw = TabularFile.value(r, "validFrom", "Ngày hiệu lực", "Hiệu lực từ");
            try {
                from = TabularFile.parseDate(raw);
            } catch (IllegalArgumentException e) {
                problems.add(ValidationException.Problem.row(n, "validFrom", "error.date.format", raw));
            }
            rows.add(new UnitImportRow(TabularFile.value(r, "code", "Mã", "Mã đơn vị"),
                    TabularFile.value(r, "name", "Tên", "Tên đơn vị"), TabularFile.value(r, "kind", "Loại"),
                    TabularFile.value(r, "parentCode", "Mã cấp trên", "Mã đơn vị cấp trên"), from));
            n++;
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return rows;
    }

    @GetMapping("/{code}")
    @Operation(summary = "A unit as it stood on a date (default today), with predecessors and successors")
    OrgUnitView unit(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return organization.unit(code, at);
    }

    @GetMapping
    @Operation(summary = "Children of a unit (or the caller's top units); q searches names without diacritics")
    List<OrgUnitView> list(@RequestParam(required = false) String parentCode, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return organization.list(parentCode, q, at);
    }

    @GetMapping("/{code}/summary")
    @Operation(summary = "Counts of units by kind and of members over the subtree as it stood on a date")
    UnitSummary summary(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return organization.summary(code, at);
    }

    @GetMapping("/{code}/timeline")
    @Operation(summary = "The unit's history: names, parents, merges, splits, end")
    List<LineageView> timeline(@PathVariable String code) {
        return organization.timeline(code);
    }
}
