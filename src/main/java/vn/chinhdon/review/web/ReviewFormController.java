package vn.chinhdon.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.review.FeedbackView;
import vn.chinhdon.review.NewFeedback;
import vn.chinhdon.review.ReviewManagement;
import vn.chinhdon.review.ReviewView;
import vn.chinhdon.review.Session;
import vn.chinhdon.review.web.ReviewForms.AssignForm;
import vn.chinhdon.review.web.ReviewForms.FeedbackForm;
import vn.chinhdon.review.web.ReviewForms.FinalReportForm;
import vn.chinhdon.review.web.ReviewForms.RemedyRow;
import vn.chinhdon.review.web.ReviewForms.SessionForm;
import vn.chinhdon.review.web.ReviewForms.SuggestionForm;
import vn.chinhdon.review.web.ReviewForms.VerifyForm;

/**
 * The forms of a review's page: each posts, calls one facade method, and redirects back to its section with a
 * notice; a refusal shows the page again with the form as typed, its problems and the status the API would give
 * (422, 409 "someone changed this, reload", 403).
 */
@Controller
class ReviewFormController {

    private final ReviewManagement reviews;
    private final ReviewPageMessages messages;
    private final Clock clock;

    ReviewFormController(ReviewManagement reviews, ReviewPageMessages messages, Clock clock) {
        this.reviews = reviews;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/reviews/{id:\\d+}/suggestions")
    String suggest(@PathVariable long id, @Validated @ModelAttribute SuggestionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "suggest", form, binding, () -> {
            reviews.suggest(id, form.text(), form.givenOn(), form.version());
            return messages.text("review.suggested");
        }, "suggestions", model, redirect, response);
    }

    @PostMapping("/reviews/{id:\\d+}/feedback")
    String addFeedback(@PathVariable long id, @Validated @ModelAttribute FeedbackForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "feedback", form, binding, () -> {
            FeedbackView f = reviews.addFeedback(id, new NewFeedback(ReviewPageController.clean(form.sourceKind()),
                    form.giver(), form.text(), codes(form.codes()), form.receivedOn()), form.version());
            return messages.text("review.feedbackAdded", f.id());
        }, "feedback", model, redirect, response);
    }

    @PostMapping("/reviews/{id:\\d+}/feedback/{feedbackId:\\d+}/verification")
    String verify(@PathVariable long id, @PathVariable long feedbackId, @Validated @ModelAttribute VerifyForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        requireOf(id, feedbackId);
        return act(id, "verify-" + feedbackId, form, binding, () -> {
            FeedbackView f = reviews.verify(feedbackId, ReviewPageController.clean(form.outcome()), form.verification(),
                    form.version());
            return messages.text("review.verified", f.id(), messages.text(f.state().messageKey()));
        }, "feedback-" + feedbackId, model, redirect, response);
    }

    @PostMapping("/reviews/{id:\\d+}/feedback/{feedbackId:\\d+}/assignments")
    String assign(@PathVariable long id, @PathVariable long feedbackId, @Validated @ModelAttribute AssignForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FeedbackView current = requireOf(id, feedbackId);
        return act(id, "assign-" + feedbackId, form, binding, () -> {
            if (form.version() == null || current.version() != form.version()) {
                throw new ConflictException("error.stale");
            }
            FeedbackView f = reviews.assign(feedbackId, ReviewPageController.clean(form.kind()), form.deadline());
            var a = f.assignments().get(f.assignments().size() - 1);
            return messages.text("review.assigned",
                    messages.text(a.kind().messageKey()).toLowerCase(ReviewPageMessages.locale()), a.deadline());
        }, "feedback-" + feedbackId, model, redirect, response);
    }

    @PostMapping("/reviews/{id:\\d+}/session")
    String hold(@PathVariable long id, @Validated @ModelAttribute SessionForm form, BindingResult binding,
            @RequestParam(required = false) Integer rows, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        List<Integer> sent = new ArrayList<>();
        List<Session.Remedy> remedies = new ArrayList<>();
        List<RemedyRow> typed = form.remedies() == null ? List.of() : form.remedies();
        for (int i = 0; i < typed.size(); i++) {
            RemedyRow r = typed.get(i);
            if (r != null && !r.empty()) {
                sent.add(i);
                remedies.add(new Session.Remedy(r.text(), r.deadline(), r.member()));
            }
        }
        if (binding.hasErrors()) {
            response.setStatus(422);
            return page(id, "session", form, messages.errors(binding), rows, model);
        }
        try {
            ReviewView v = reviews.hold(id, new Session(form.heldOn(), form.durationMinutes(), form.present(),
                    form.expected(), form.chair(), form.superiorRepresentative(), form.report(), form.conclusion(),
                    form.citedFeedbackIds(), remedies), form.version());
            redirect.addFlashAttribute("notice", messages.text("review.held", v.remedies().size()));
            return "redirect:/reviews/" + id + "#session";
        } catch (DomainException e) {
            return page(id, "session", form, messages.refused(e, response, sent), rows, model);
        }
    }

    @PostMapping("/reviews/{id:\\d+}/final-report")
    String finalizeReport(@PathVariable long id, @Validated @ModelAttribute FinalReportForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "final", form, binding, () -> {
            reviews.finalizeReport(id, form.finalReport(), form.additions(), form.version());
            return messages.text("review.finalized");
        }, "final", model, redirect, response);
    }

    /** The piece of feedback, if it belongs to this review and the caller may see it. */
    private FeedbackView requireOf(long reviewId, long feedbackId) {
        FeedbackView f = reviews.feedback(feedbackId);
        if (f.reviewId() != reviewId) {
            throw new NotFoundException("error.review.feedbackNotFound", feedbackId);
        }
        return f;
    }

    private static List<String> codes(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,;\\s]+")).filter(t -> !t.isBlank()).map(String::trim).toList();
    }

    /** One form: binding problems, else the facade call; done → back to the section, refused → the page again. */
    private String act(long id, String key, Object form, BindingResult binding, Supplier<String> action, String anchor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return messages.act(binding, action, "/reviews/" + id + "#" + anchor, null,
                errors -> page(id, key, form, errors, null, model), redirect, response);
    }

    private String page(long id, String key, Object form, FormErrors errors, Integer rows, Model model) {
        ReviewDetail.model(reviews.review(id), LocalDate.now(clock), messages, key, form, errors, rows, model);
        return "reviews/review";
    }
}
