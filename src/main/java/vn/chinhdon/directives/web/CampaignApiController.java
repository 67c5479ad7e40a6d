package vn.chinhdon.directives.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.directives.AttendanceView;
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.directives.CampaignView;
import vn.chinhdon.directives.ComplianceView;
import vn.chinhdon.directives.ConferenceView;
import vn.chinhdon.directives.Dissemination;
import vn.chinhdon.directives.ObligationReminders;

/** Campaigns and their obligations, compliance, dissemination conferences, reminders. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Campaigns")
class CampaignApiController {

    private final CampaignManagement campaigns;
    private final Dissemination dissemination;
    private final ObligationReminders reminders;

    CampaignApiController(CampaignManagement campaigns, Dissemination dissemination, ObligationReminders reminders) {
        this.campaigns = campaigns;
        this.dissemination = dissemination;
        this.reminders = reminders;
    }

    record Opened(long id, int targets) {
    }

    @PostMapping("/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Require subordinate units (down to depth) to deliver a PLAN, CONFERENCE or REPORT by dueOn")
    Opened open(@RequestBody CampaignManagement.OpenCampaign request) {
        CampaignView c = campaigns.open(request);
        return new Opened(c.id(), c.obligations().size());
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Campaigns affecting the unit's subtree")
    List<CampaignManagement.CampaignLine> list(@RequestParam String unitCode) {
        return campaigns.campaigns(unitCode);
    }

    @GetMapping("/campaigns/{id}")
    CampaignView campaign(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return campaigns.campaign(id, at);
    }

    record Fulfilment(Long documentId, Long conferenceId, String note) {
    }

    @PostMapping("/campaigns/{id}/obligations/{unitCode}/fulfilment")
    @Operation(summary = "Deliver a unit's obligation with its evidence (document, conference, or a note for reports)")
    CampaignView fulfil(@PathVariable long id, @PathVariable String unitCode, @RequestBody Fulfilment f) {
        return campaigns.fulfil(id, unitCode, f.documentId(), f.conferenceId(), f.note());
    }

    record Exemption(String reason) {
    }

    @PostMapping("/campaigns/{id}/obligations/{unitCode}/exemption")
    CampaignView exempt(@PathVariable long id, @PathVariable String unitCode, @RequestBody Exemption e) {
        return campaigns.exempt(id, unitCode, e.reason());
    }

    record Cascade(Integer depth, LocalDate dueOn, String deliverable, LocalDate openedOn) {
    }

    @PostMapping("/campaigns/{id}/obligations/{unitCode}/cascade")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A target unit requires its own subordinates to deliver the same")
    Opened cascade(@PathVariable long id, @PathVariable String unitCode, @RequestBody Cascade c) {
        CampaignView v = campaigns.cascade(id, unitCode, c.depth(), c.dueOn(), c.deliverable(), c.openedOn());
        return new Opened(v.id(), v.obligations().size());
    }

    /** API.md's shape, with the breakdown per subordinate unit for charts and drill-down. */
    record Compliance(long campaignId, String unitCode, String unitName, LocalDate at, int targets, int done,
            int doneOnTime, int doneLate, int late, int pending, int exempt, double percentDone, double percentOnTime,
            List<ComplianceView.NotDone> notDone, List<ComplianceView.Row> bySubordinate) {
    }

    @GetMapping("/campaigns/{id}/compliance")
    @Operation(summary = "Who has done it: counts, percent, the units not done, per subordinate unit; as of a date")
    Compliance compliance(@PathVariable long id, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        ComplianceView v = campaigns.compliance(id, unitCode, at);
        ComplianceView.Counts c = v.totals();
        return new Compliance(v.campaignId(), v.unitCode(), v.unitName(), v.at(), c.targets(), c.done(), c.doneOnTime(),
                c.doneLate(), c.late(), c.pending(), c.exempt(), v.percentDone(), v.percentOnTime(), v.notDone(),
                v.bySubordinate());
    }

    @PostMapping("/conferences")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a dissemination conference (attendance against membership on the day)")
    ConferenceView conference(@RequestBody Dissemination.NewConference request) {
        return dissemination.record(request);
    }

    @GetMapping("/conferences/{id}")
    ConferenceView conference(@PathVariable long id) {
        return dissemination.conference(id);
    }

    @GetMapping("/documents/{id}/attendance")
    @Operation(summary = "Attendance at the conferences on a document, rolled up over a subtree")
    AttendanceView attendance(@PathVariable long id, @RequestParam String unitCode) {
        return dissemination.attendance(id, unitCode);
    }

    @GetMapping("/notices")
    @Operation(summary = "Reminders and late notices for the caller's units since a date")
    List<ObligationReminders.Notice> notices(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
        return reminders.notices(since);
    }
}
