package vn.chinhdon.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.conduct.DisciplineManagement;
import vn.chinhdon.conduct.DisciplineQueries;
import vn.chinhdon.conduct.DisciplineView;
import vn.chinhdon.conduct.NewDiscipline;
import vn.chinhdon.shared.PageResult;

/**
 * Party discipline decisions (Quy định 69-QĐ/TW) about members and organizations: over a unit's subtree (by year and
 * form, a page at a time), in force on a date, of a member, of a unit; recording one; a complaint against it and its
 * resolution.
 */
@RestController
@RequestMapping("/api/v1/disciplines")
@Tag(name = "Discipline")
class DisciplineApiController {

    private final DisciplineManagement disciplines;
    private final DisciplineQueries queries;

    DisciplineApiController(DisciplineManagement disciplines, DisciplineQueries queries) {
        this.disciplines = disciplines;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The decisions over the unit's subtree (and its predecessors'), READ_MEMBERS over the unit: the "
            + "latest decided first, of a year and a form (REPRIMAND, WARNING, DISMISSAL, EXPULSION, DISSOLUTION) when "
            + "given, a page at a time ({items, page, size, total})")
    PageResult<DisciplineView> list(@RequestParam String unitCode, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String form, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(unitCode, Forms.filter(year, form), page, size);
    }

    @GetMapping("/in-force")
    @Operation(summary = "The decisions over the unit's subtree in force on a date (default today): decided by then, "
            + "neither lapsed (12 months after the announcement or the complaint's resolution) nor annulled")
    List<DisciplineView> inForce(@RequestParam String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        return queries.inForce(unitCode, on);
    }

    @GetMapping("/members/{memberId}")
    @Operation(summary = "A member's decisions, the latest first (whoever reads the member; the member himself)")
    List<DisciplineView> ofMember(@PathVariable long memberId) {
        return disciplines.ofMember(memberId);
    }

    @GetMapping("/units/{unitCode}")
    @Operation(summary = "A unit's own decisions: about the organization and about the members who belonged to it on the "
            + "decision date (READ_MEMBERS over the unit)")
    List<DisciplineView> ofUnit(@PathVariable String unitCode) {
        return disciplines.ofUnit(unitCode);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a decision: memberId (a member; their unit on decidedOn) or unitCode (an organization); "
            + "form (a member: REPRIMAND, WARNING, DISMISSAL with the post held, EXPULSION; a probationary member only "
            + "the first two; an organization: REPRIMAND, WARNING, DISSOLUTION); decidingUnitCode (the subject's unit or "
            + "one above it, MANAGE_DISCIPLINE over it), decidingBody, decisionNumber, decidedOn (not in the future), "
            + "announcedOn (default decidedOn), violation, selfDetectedRemedied. 422 listing every problem")
    DisciplineView record(@RequestBody NewDiscipline request) {
        return disciplines.record(request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One decision with its status today (in force, lapsed, annulled) and the date its effect ends")
    DisciplineView discipline(@PathVariable long id) {
        return disciplines.discipline(id);
    }

    record ComplaintRequest(LocalDate complainedOn, Long version) {
    }

    @PostMapping("/{id}/complaint")
    @Operation(summary = "A complaint against the decision, made on complainedOn (default today): the 12 months before "
            + "it lapses count from the resolution (MANAGE_DISCIPLINE over the deciding unit); once")
    DisciplineView complain(@PathVariable long id, @RequestBody(required = false) ComplaintRequest request) {
        return disciplines.complain(id, request == null ? null : request.complainedOn(),
                request == null ? null : request.version());
    }

    record ResolutionRequest(LocalDate resolvedOn, String outcome, String newForm, String resolutionNumber, String note,
            Long version) {
    }

    @PostMapping("/{id}/resolution")
    @Operation(summary = "The complaint's resolution: outcome UPHELD, CHANGED (newForm, allowed for the subject) or "
            + "ANNULLED (the effect ends on resolvedOn), resolvedOn (default today), resolutionNumber, note")
    DisciplineView resolve(@PathVariable long id, @RequestBody ResolutionRequest request) {
        return disciplines.resolve(id, new DisciplineManagement.Resolution(request.resolvedOn(), request.outcome(),
                request.newForm(), request.resolutionNumber(), request.note()), request.version());
    }
}
