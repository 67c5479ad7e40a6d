package vn.chinhdon.review.web;

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
import vn.chinhdon.review.FeedbackView;
import vn.chinhdon.review.NewFeedback;
import vn.chinhdon.review.NewRound;
import vn.chinhdon.review.ProgressLine;
import vn.chinhdon.review.ReviewLine;
import vn.chinhdon.review.ReviewManagement;
import vn.chinhdon.review.ReviewView;
import vn.chinhdon.review.RoundView;
import vn.chinhdon.review.Session;
import vn.chinhdon.shared.PageResult;

/**
 * Self-criticism reviews: rounds and their progress over the subtree, each review with its session and the
 * previous period's beside it, suggestions of the superior, feedback (its giver shown only to the round's
 * organization board), verification and assignments, the collectives' final reports.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reviews")
class ReviewApiController {

    private final ReviewManagement reviews;

    ReviewApiController(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review-rounds")
    @Operation(summary = "Rounds in which the unit's subtree takes part, newest period first")
    List<RoundView> rounds(@RequestParam String unitCode) {
        return reviews.rounds(unitCode);
    }

    @PostMapping("/review-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a round over the unit's subtree (depth levels): one review per collective and per member "
            + "to be reviewed at the period's end (cells' members; other units' committee members, the head marked)")
    RoundView open(@RequestBody NewRound round) {
        return reviews.open(round);
    }

    @GetMapping("/review-rounds/{id}")
    @Operation(summary = "A round with its figures: collectives and members reviewed, final reports, feedback awaiting "
            + "verification (the board), explanations and remedies not yet verified")
    RoundView round(@PathVariable long id) {
        return reviews.round(id);
    }

    @GetMapping("/review-rounds/{id}/progress")
    @Operation(summary = "The round's units in tree order: their collective, their members reviewed, what waits on whom")
    PageResult<ProgressLine> progress(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reviews.progress(id, page, size);
    }

    @GetMapping("/review-rounds/{id}/reviews")
    @Operation(summary = "The reviews of one unit in the round: its collective, its members, the head last")
    List<ReviewLine> reviewsOf(@PathVariable long id, @RequestParam String unitCode) {
        return reviews.reviewsOf(id, unitCode);
    }

    @GetMapping("/reviews/{id}")
    @Operation(summary = "A review: session, suggestions, the feedback the caller may see, cited items, remedy plan, the "
            + "same subject's previous review with its open items, and why it must wait if it must")
    ReviewView review(@PathVariable long id) {
        return reviews.review(id);
    }

    record SuggestionRequest(String text, LocalDate givenOn) {
    }

    @PostMapping("/reviews/{id}/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A suggestion (gợi ý kiểm điểm) of the unit above, before the review is held")
    ReviewView suggest(@PathVariable long id, @RequestBody SuggestionRequest r) {
        return reviews.suggest(id, r.text(), r.givenOn());
    }

    @PostMapping("/reviews/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a piece of feedback (the round's organization board); the giver stays confidential")
    FeedbackView addFeedback(@PathVariable long id, @RequestBody NewFeedback f) {
        return reviews.addFeedback(id, f);
    }

    record SessionRequest(LocalDate heldOn, Integer durationMinutes, Integer present, Integer expected, String chair,
            String superiorRepresentative, String report, String conclusion, List<Long> citedFeedbackIds,
            List<Session.Remedy> remedies, Long version) {
    }

    @PostMapping("/reviews/{id}/session")
    @Operation(summary = "Record the review's session when its turn has come (lower collectives first, the collective "
            + "before its members, the head last): 409 otherwise; the conclusion cites substantiated feedback only")
    ReviewView hold(@PathVariable long id, @RequestBody SessionRequest r) {
        return reviews.hold(id, new Session(r.heldOn(), r.durationMinutes(), r.present(), r.expected(), r.chair(),
                r.superiorRepresentative(), r.report(), r.conclusion(), r.citedFeedbackIds(), r.remedies()), r.version());
    }

    record FinalReportRequest(String finalReport, String additions, Long version) {
    }

    @PostMapping("/reviews/{id}/final-report")
    @Operation(summary = "Complete a collective's report after all its members' reviews, with what they added")
    ReviewView finalizeReport(@PathVariable long id, @RequestBody FinalReportRequest r) {
        return reviews.finalizeReport(id, r.finalReport(), r.additions(), r.version());
    }

    @GetMapping("/review-feedback")
    @Operation(summary = "Feedback awaiting verification in the rounds of the unit's subtree (the round's board)")
    List<FeedbackView> awaitingVerification(@RequestParam String unitCode) {
        return reviews.awaitingVerification(unitCode);
    }

    @GetMapping("/review-feedback/{id}")
    @Operation(summary = "A piece of feedback as the caller may see it")
    FeedbackView feedback(@PathVariable long id) {
        return reviews.feedback(id);
    }

    record VerificationRequest(String outcome, String verification, LocalDate verifiedOn, Long version) {
    }

    @PostMapping("/review-feedback/{id}/verification")
    @Operation(summary = "Verify a piece of feedback: SUBSTANTIATED or UNFOUNDED, and how it was checked; once")
    FeedbackView verify(@PathVariable long id, @RequestBody VerificationRequest r) {
        return reviews.verify(id, r.outcome(), r.verification(), r.verifiedOn(), r.version());
    }

    record AssignmentRequest(String kind, LocalDate deadline) {
    }

    @PostMapping("/review-feedback/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign a substantiated item for an explanation (EXPLAIN) or acceptance (ACCEPT) by a date: a "
            + "follow-up task of the member reviewed (or the unit), verified by the round's unit")
    FeedbackView assign(@PathVariable long id, @RequestBody AssignmentRequest r) {
        return reviews.assign(id, r.kind(), r.deadline());
    }
}
