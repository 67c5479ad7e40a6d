package vn.chinhdon.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chinhdon.organization.MemberDetail;
import vn.chinhdon.organization.MemberImportRow;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.platform.TabularFile;
import vn.chinhdon.shared.PageResult;

/** Party members. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members")
class MemberApiController {

    private final MemberManagement members;

    MemberApiController(MemberManagement members) {
        this.members = members;
    }

    record MemberImportRequest(List<MemberImportRow> members) {
    }

    record Created(int created) {
    }

    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import members (all or nothing; every bad row reported)")
    Created importJson(@RequestBody MemberImportRequest request) {
        return new Created(members.importMembers(request.members(), 1));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import members from CSV or XLSX (legacy TCVN3/VNI text is converted or reported)")
    Created importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return new Created(members.importMembers(
                MemberManagement.rowsOf(TabularFile.read(file.getOriginalFilename(), file.getBytes())), 2));
    }

    @GetMapping
    @Operation(summary = "Members of a subtree as of a date, in Vietnamese order; q ignores diacritics and case")
    PageResult<MemberView> search(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return members.search(unitCode, q, at, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A member with the history of cells, statuses and audit")
    MemberDetail member(@PathVariable long id) {
        return members.member(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a member's record; a stale version gets 409")
    MemberView update(@PathVariable long id, @RequestBody MemberManagement.MemberEdit edit) {
        return members.update(id, edit);
    }

    record TransferRequest(String unitCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String note,
            long version) {
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Move a member to another cell from a date")
    MemberView transfer(@PathVariable long id, @RequestBody TransferRequest request) {
        return members.transfer(id, request.unitCode(), request.date(), request.note(), request.version());
    }

    record StatusRequest(String status, LocalDate date, String note, long version) {
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Record a status change (PROBATIONARY, OFFICIAL, EXEMPT, TRANSFERRED_OUT, EXPELLED, DECEASED)")
    MemberView status(@PathVariable long id, @RequestBody StatusRequest request) {
        return members.changeStatus(id, request.status(), request.date(), request.note(), request.version());
    }

    record PlacementRequest(String unitCode, long version) {
    }

    @GetMapping("/to-confirm")
    @Operation(summary = "Members placed by a rule after a split or partial merge, waiting for confirmation")
    PageResult<MemberView> toConfirm(@RequestParam String unitCode, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return members.toConfirm(unitCode, page, size);
    }

    @PostMapping("/{id}/placement")
    @Operation(summary = "Confirm (no unitCode) or correct the placement chosen by a restructuring rule")
    MemberView placement(@PathVariable long id, @RequestBody PlacementRequest request) {
        return members.confirmPlacement(id, request.unitCode(), request.version());
    }
}
