package vn.chinhdon.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.CommitteeView;

/** Committee terms and positions of a unit. */
@RestController
@RequestMapping("/api/v1/org-units/{code}/committee")
@Tag(name = "Committees")
class CommitteeApiController {

    private final CommitteeManagement committees;

    CommitteeApiController(CommitteeManagement committees) {
        this.committees = committees;
    }

    @GetMapping
    @Operation(summary = "Terms (nhiệm kỳ) and positions, the head marked")
    CommitteeView committee(@PathVariable String code) {
        return committees.committee(code);
    }

    record TermRequest(String label, LocalDate startsOn, LocalDate endsOn) {
    }

    @PostMapping("/terms")
    @ResponseStatus(HttpStatus.CREATED)
    CommitteeView.Term openTerm(@PathVariable String code, @RequestBody TermRequest request) {
        return committees.openTerm(code, request.label(), request.startsOn(), request.endsOn());
    }

    record SeatRequest(long memberId, String position, boolean head, LocalDate startsOn) {
    }

    @PostMapping("/terms/{termId}/seats")
    @ResponseStatus(HttpStatus.CREATED)
    CommitteeView.Seat appoint(@PathVariable String code, @PathVariable long termId, @RequestBody SeatRequest request) {
        return committees.appoint(code, termId, request.memberId(), request.position(), request.head(), request.startsOn());
    }

    record EndRequest(LocalDate endsOn) {
    }

    @PostMapping("/seats/{seatId}/end")
    @Operation(summary = "End a seat on a date")
    CommitteeView committee(@PathVariable String code, @PathVariable long seatId, @RequestBody EndRequest request) {
        committees.endSeat(code, seatId, request.endsOn());
        return committees.committee(code);
    }
}
