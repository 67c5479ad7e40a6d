package vn.chinhdon.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.evaluation.EvaluationManagement;
import vn.chinhdon.evaluation.EvaluationQueries;
import vn.chinhdon.evaluation.Level;
import vn.chinhdon.evaluation.RatingState;
import vn.chinhdon.evaluation.RatingView;
import vn.chinhdon.evaluation.web.EvaluationForms.StepForm;
import vn.chinhdon.platform.FormErrors;

/**
 * A rating's page: the subject, where it stands and what it waits for, the ledger's evidence beside the proposal with
 * the flags it raises and the caps that hold, the steps taken; and only the forms the caller may use now
 * ({@link RatingView.Actions}). Each form posts, calls one facade method with the version read, and redirects back
 * with a notice; a refusal shows the page again with the form as typed, the facade's problems and the status the API
 * would give (422, 409 "someone changed this, reload", 403).
 */
@Controller
class RatingPageController {

    /** The forms of the page, by the key of their errors and values in the model. */
    static final List<String> FORMS = List.of("self", "propose", "notRated", "decide", "rerate");

    private final EvaluationManagement management;
    private final EvaluationQueries queries;
    private final EvaluationPageMessages messages;
    private final Clock clock;

    RatingPageController(EvaluationManagement management, EvaluationQueries queries, EvaluationPageMessages messages,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/evaluation/ratings/{id:\\d+}")
    String rating(@PathVariable long id, Model model) {
        return page(queries.rating(id), null, null, null, model);
    }

    @PostMapping("/evaluation/ratings/{id:\\d+}/self-assessment")
    String selfAssess(@PathVariable long id, @Validated @ModelAttribute StepForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "self", form, binding, () -> {
            RatingView v = management.selfAssess(id, form.command());
            return messages.text("evaluation.done.self", level(v.selfLevel()));
        }, model, redirect, response);
    }

    @PostMapping("/evaluation/ratings/{id:\\d+}/proposal")
    String propose(@PathVariable long id, @Validated @ModelAttribute StepForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "propose", form, binding, () -> {
            RatingView v = management.propose(id, form.command());
            return v.flags().isEmpty() ? messages.text("evaluation.done.propose", level(v.proposedLevel()))
                    : messages.text("evaluation.done.proposeFlagged", level(v.proposedLevel()), v.flags().size());
        }, model, redirect, response);
    }

    @PostMapping("/evaluation/ratings/{id:\\d+}/not-rated")
    String notRated(@PathVariable long id, @Validated @ModelAttribute StepForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "notRated", form, binding, () -> {
            management.notRated(id, form.command());
            return messages.text("evaluation.done.notRated");
        }, model, redirect, response);
    }

    @PostMapping("/evaluation/ratings/{id:\\d+}/decision")
    String decide(@PathVariable long id, @Validated @ModelAttribute StepForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "decide", form, binding, () -> {
            RatingView v = management.decide(id, form.command());
            return messages.text("evaluation.done.decide", level(v.level()), v.decisionNumber());
        }, model, redirect, response);
    }

    @PostMapping("/evaluation/ratings/{id:\\d+}/rerating")
    String rerate(@PathVariable long id, @Validated @ModelAttribute StepForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "rerate", form, binding, () -> {
            RatingView v = management.rerate(id, form.command());
            return messages.text("evaluation.done.rerate", level(v.level()), v.decisionNumber());
        }, model, redirect, response);
    }

    private String level(Level level) {
        return level == null ? "" : messages.text("evaluation.level." + level.name());
    }

    /** One form: binding problems, else the facade call; done → back to the page, refused → the page again. */
    private String act(long id, String key, StepForm form, BindingResult binding, Supplier<String> action, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return messages.act(binding, action, "/evaluation/ratings/" + id + "#steps", key,
                errors -> page(queries.rating(id), key, form, errors, model), redirect, response);
    }

    /** The model of the page; {@code key}/{@code form}/{@code errors}: the refused form, or nulls. */
    private String page(RatingView v, String key, StepForm form, FormErrors errors, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, StepForm> forms = new HashMap<>();
        for (String k : FORMS) {
            forms.put(k, StepForm.empty(today, v.version()));
        }
        // the levels typed before: the proposal's (else the self-assessment's) for the proposal and the decision
        Level typed = v.proposedLevel() != null ? v.proposedLevel() : v.selfLevel();
        forms.put("propose", new StepForm(typed == null ? null : typed.name(),
                v.proposedScore() != null ? v.proposedScore() : v.selfScore(), null, today, null, null, v.sickLeave(),
                v.version()));
        forms.put("decide", new StepForm(v.proposedLevel() == null ? null : v.proposedLevel().name(), null, null,
                today, null, null, null, v.version()));
        Map<String, FormErrors> errs = new HashMap<>();
        if (key != null) {
            forms.put(key, form);
            errs.put(key, errors);
        }
        model.addAttribute("v", v);
        model.addAttribute("a", v.may());
        model.addAttribute("today", today);
        // the period's first day: the evidence before it is shown as such (still open, or late)
        model.addAttribute("periodFrom", v.quarter() == null ? LocalDate.of(v.year(), 1, 1)
                : LocalDate.of(v.year(), v.quarter() * 3 - 2, 1));
        model.addAttribute("f", forms);
        model.addAttribute("errs", errs);
        model.addAttribute("refused", key);
        model.addAttribute("levels", Level.values());
        model.addAttribute("decideLevels", v.proposedLevel() == null ? List.of()
                : Arrays.stream(Level.values()).filter(l -> v.proposedLevel().atLeast(l)).toList());
        model.addAttribute("waiting", v.waitingKey() == null ? null : messages.text(v.waitingKey(), v.waitingArg()));
        boolean ackError = errors != null && errors.has("acknowledgement");
        model.addAttribute("askAcknowledgement", !v.flags().isEmpty() || ackError);
        // a step the order holds back is not offered: the page says what it waits for instead (as the reviews do)
        boolean waits = v.waitingKey() != null;
        model.addAttribute("showSelf", v.may().selfAssess() && !(waits && v.state() == RatingState.PENDING));
        model.addAttribute("showDecide", v.may().decide() && !waits);
        model.addAttribute("anyForm", v.may().selfAssess() || v.may().propose() || v.may().decide() || v.may().rerate());
        return "evaluation/rating";
    }
}
