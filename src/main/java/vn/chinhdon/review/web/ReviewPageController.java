package vn.chinhdon.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.review.NewRound;
import vn.chinhdon.review.PeriodKind;
import vn.chinhdon.review.ProgressLine;
import vn.chinhdon.review.ReviewLine;
import vn.chinhdon.review.ReviewManagement;
import vn.chinhdon.review.RoundView;
import vn.chinhdon.review.web.ReviewForms.RoundForm;
import vn.chinhdon.shared.PageResult;

/**
 * The review rounds of a unit and the form to open one, a round's progress over its subtree, the reviews of one
 * unit in a round, a review with the forms its actions allow (see {@link ReviewFormController} for their POSTs),
 * and the feedback awaiting verification.
 */
@Controller
class ReviewPageController {

    static final int PAGE_SIZE = 50;

    private final ReviewManagement reviews;
    private final OrganizationManagement organization;
    private final AccessControl access;
    private final ReviewPageMessages messages;
    private final Clock clock;

    ReviewPageController(ReviewManagement reviews, OrganizationManagement organization, AccessControl access,
            ReviewPageMessages messages, Clock clock) {
        this.reviews = reviews;
        this.organization = organization;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The caller's first granted unit (a province for its staff), or null. */
    static String topUnit(OrganizationManagement organization) {
        var top = organization.list(null, null, null);
        return top.isEmpty() ? null : top.get(0).code();
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @GetMapping("/reviews")
    String rounds(@RequestParam(required = false) String unitCode, Model model) {
        String unit = clean(unitCode);
        if (unit == null) {
            unit = topUnit(organization);
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        RoundForm form = new RoundForm(unit, null, PeriodKind.YEAR.name(), String.valueOf(year),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 1, today.plusDays(30), null, null);
        return listPage(unit, form, null, model);
    }

    @PostMapping("/reviews/rounds")
    String open(@ModelAttribute("form") RoundForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            response.setStatus(422);
            errors = messages.errors(binding);
        } else {
            try {
                RoundView r = reviews.open(new NewRound(clean(form.unitCode()), form.title(), clean(form.periodKind()),
                        form.periodLabel(), form.periodFrom(), form.periodTo(), form.depth(), form.deadline(),
                        form.reportDeadline(), form.openedOn()));
                redirect.addFlashAttribute("notice", messages.text("review.round.opened", r.title(),
                        r.collectives(), r.individuals()));
                return "redirect:/reviews/rounds/" + r.id();
            } catch (DomainException e) {
                errors = messages.refused(e, response, null, "round");
            }
        }
        return listPage(clean(form.unitCode()), form, errors, model);
    }

    private String listPage(String unitCode, RoundForm form, FormErrors errors, Model model) {
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("periodKinds", PeriodKind.values());
        if (unitCode != null) {
            OrgUnitView unit = organization.unit(unitCode, null); // a unit the caller may not read is not found
            model.addAttribute("unit", unit);
            model.addAttribute("rounds", reviews.rounds(unitCode));
            model.addAttribute("canOpen", access.allows(unit.id(), Permission.MANAGE_REVIEWS));
        } else {
            model.addAttribute("rounds", List.of());
            model.addAttribute("canOpen", false);
        }
        return "reviews/list";
    }

    @GetMapping("/reviews/rounds/{id:\\d+}")
    String round(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        RoundView r = reviews.round(id);
        PageResult<ProgressLine> progress = reviews.progress(id, page, PAGE_SIZE);
        int base = progress.items().stream().mapToInt(ProgressLine::level).min().orElse(0);
        model.addAttribute("r", r);
        model.addAttribute("progress", progress);
        model.addAttribute("base", base);
        return "reviews/round";
    }

    @GetMapping("/reviews/rounds/{id:\\d+}/units/{unitCode}")
    String unit(@PathVariable long id, @PathVariable String unitCode, Model model) {
        RoundView r = reviews.round(id);
        List<ReviewLine> lines = reviews.reviewsOf(id, unitCode);
        model.addAttribute("r", r);
        model.addAttribute("lines", lines);
        model.addAttribute("unitCode", unitCode.trim());
        model.addAttribute("unitName", lines.isEmpty() ? organization.unit(unitCode, null).name() : lines.get(0).unitName());
        return "reviews/unit";
    }

    @GetMapping("/reviews/{id:\\d+}")
    String review(@PathVariable long id, @RequestParam(required = false) Integer rows, Model model) {
        ReviewDetail.model(reviews.review(id), LocalDate.now(clock), messages, null, null, null, rows, model);
        return "reviews/review";
    }

    @GetMapping("/reviews/feedback")
    String feedback(@RequestParam(required = false) String unitCode, Model model) {
        String unit = clean(unitCode);
        if (unit == null) {
            unit = topUnit(organization);
        }
        model.addAttribute("unitCode", unit);
        if (unit != null) {
            model.addAttribute("unit", organization.unit(unit, null));
            model.addAttribute("items", reviews.awaitingVerification(unit));
        } else {
            model.addAttribute("items", List.of());
        }
        return "reviews/feedback";
    }
}
