package vn.chinhdon.remediation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chinhdon.platform.Downloads;
import vn.chinhdon.remediation.FollowUpCounts;
import vn.chinhdon.remediation.FollowUpLine;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.FollowUpReminders;
import vn.chinhdon.remediation.FollowUpView;
import vn.chinhdon.shared.PageResult;

/**
 * Follow-up tasks: the list over a subtree, counts, a task with its history, evidence, verification.
 * Tasks are opened by the modules whose records require them (inspection conclusions, reviews, petitions,
 * commitments), not through this API.
 */
@RestController
@RequestMapping("/api/v1/follow-ups")
@Tag(name = "Follow-up tasks")
class FollowUpApiController {

    private final FollowUpManagement followUps;
    private final FollowUpReminders reminders;

    FollowUpApiController(FollowUpManagement followUps, FollowUpReminders reminders) {
        this.followUps = followUps;
        this.reminders = reminders;
    }

    @GetMapping
    @Operation(summary = "Tasks owned in the unit's subtree as of a date, by deadline; state ACTIVE (default: not "
            + "verified), OPEN, SUBMITTED, SENT_BACK, VERIFIED, LATE or ALL; sourceKind INSPECTION, REVIEW, …")
    PageResult<FollowUpLine> list(@RequestParam String unitCode, @RequestParam(required = false) String state,
            @RequestParam(required = false) String sourceKind,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return followUps.list(unitCode, state, sourceKind, at, page, size);
    }

    @GetMapping("/counts")
    @Operation(summary = "Open, sent back, submitted, verified, late and the share verified over the unit's subtree on a date")
    FollowUpCounts counts(@RequestParam String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at) {
        return followUps.counts(unitCode, at);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task with its evidence and every transition (dated, attributed); late as of 'at' (default today)")
    FollowUpView task(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at) {
        return followUps.task(id, at);
    }

    record Submission(String evidence, Long version) {
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "The owner submits the evidence (text, with the files attached before): OPEN or SENT_BACK → SUBMITTED")
    FollowUpView submit(@PathVariable long id, @RequestBody Submission s) {
        return followUps.submit(id, s.evidence(), s.version());
    }

    @PostMapping(value = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The owner attaches a file of evidence to the submission being prepared")
    FollowUpView attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return followUps.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        return download(followUps.file(id, fileId));
    }

    static ResponseEntity<byte[]> download(FollowUpManagement.FileContent f) {
        return Downloads.attachment(f.filename(), f.contentType(), f.content());
    }

    record Verification(String remark, Long version) {
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "The verifier unit confirms the remedy: SUBMITTED → VERIFIED (not by the person who submitted)")
    FollowUpView verify(@PathVariable long id, @RequestBody Verification v) {
        return followUps.verify(id, v.remark(), v.version());
    }

    record SendBack(String reason, Long version) {
    }

    @PostMapping("/{id}/send-back")
    @Operation(summary = "The verifier unit sends the evidence back with a reason (required): SUBMITTED → SENT_BACK")
    FollowUpView sendBack(@PathVariable long id, @RequestBody SendBack s) {
        return followUps.sendBack(id, s.reason(), s.version());
    }

    @GetMapping("/notices")
    @Operation(summary = "Reminders (before the deadline) and escalations (late) addressed to the caller's units since a date")
    List<FollowUpReminders.Notice> notices(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate since) {
        return reminders.notices(since);
    }
}
