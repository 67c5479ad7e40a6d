package vn.chinhdon.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.conduct.CellCommitments;
import vn.chinhdon.conduct.CommitmentManagement;
import vn.chinhdon.conduct.CommitmentView;
import vn.chinhdon.conduct.NewCommitment;

/**
 * Members' commitments (bản cam kết) with their cell: a cell's commitments of a year, a member's, recording one (by the
 * member, or on their behalf by the cell's secretary), and checking one at the review.
 */
@RestController
@RequestMapping("/api/v1/commitments")
@Tag(name = "Commitments")
class CommitmentApiController {

    private final CommitmentManagement commitments;

    CommitmentApiController(CommitmentManagement commitments) {
        this.commitments = commitments;
    }

    @GetMapping
    @Operation(summary = "A cell's commitments of a year (READ_MEMBERS over the cell; year default this year): its members "
            + "at the year's end (today during the year), who has signed and who has not, the outcomes")
    CellCommitments cell(@RequestParam String unitCode, @RequestParam(required = false) Integer year) {
        return commitments.cell(unitCode, year);
    }

    @GetMapping("/members/{memberId}")
    @Operation(summary = "A member's commitments and their outcomes, the latest year first (one year when given): those the "
            + "caller may read (the cell's members, or their own)")
    List<CommitmentView> ofMember(@PathVariable long memberId, @RequestParam(required = false) Integer year) {
        return commitments.ofMember(memberId, year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a commitment {memberId, cellCode, year, codes, actions (lines), signedOn, dueBy}: by the "
            + "member (the account linked to them), or on their behalf by the cell's secretary (DELIVER_OBLIGATIONS over the "
            + "cell), marked recordedOnBehalf; the member belongs to the cell on signedOn; one per member, cell and year")
    CommitmentView record(@RequestBody NewCommitment request) {
        return commitments.record(request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One commitment (READ_MEMBERS over the cell, or the member)")
    CommitmentView commitment(@PathVariable long id) {
        return commitments.commitment(id);
    }

    record CheckRequest(String outcome, String note, LocalDate checkedOn, Long version) {
    }

    @PostMapping("/{id}/check")
    @Operation(summary = "Check a commitment at the review: outcome KEPT, PARTLY or NOT_KEPT with a note (required unless "
            + "kept), checkedOn (default today); by the cell's secretary or conduct staff above, never the member")
    CommitmentView check(@PathVariable long id, @RequestBody CheckRequest request) {
        return commitments.check(id, Outcomes.parse(request.outcome()), request.note(), request.checkedOn(),
                request.version());
    }
}
