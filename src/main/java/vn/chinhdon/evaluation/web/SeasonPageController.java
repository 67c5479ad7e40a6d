package vn.chinhdon.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.evaluation.EvaluationManagement;
import vn.chinhdon.evaluation.EvaluationQueries;
import vn.chinhdon.evaluation.Level;
import vn.chinhdon.evaluation.RatingLine;
import vn.chinhdon.evaluation.RatingState;
import vn.chinhdon.evaluation.SeasonView;
import vn.chinhdon.evaluation.web.EvaluationForms.SeasonForm;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.CsvExport;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.PageResult;

/**
 * The rating seasons of a unit and the form to open one; a season with who waits on whom, the quota of Hoàn thành
 * xuất sắc per grassroots organization, the flagged proposals, the units rated high against their evidence and its
 * ratings (filtered, 50 a page, and as a CSV file). The rating's own page and its forms: {@link RatingPageController}.
 */
@Controller
class SeasonPageController {

    private final EvaluationManagement management;
    private final EvaluationQueries queries;
    private final OrganizationManagement organization;
    private final AccessControl access;
    private final EvaluationPageMessages messages;
    private final Clock clock;

    SeasonPageController(EvaluationManagement management, EvaluationQueries queries, OrganizationManagement organization,
            AccessControl access, EvaluationPageMessages messages, Clock clock) {
        this.management = management;
        this.queries = queries;
        this.organization = organization;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The caller's first granted unit (a province for its staff), or null. */
    static String topUnit(OrganizationManagement organization) {
        var top = organization.list(null, null, null);
        return top.isEmpty() ? null : top.get(0).code();
    }

    @GetMapping("/evaluation")
    String seasons(@RequestParam(required = false) String unitCode, Model model) {
        String unit = clean(unitCode);
        if (unit == null) {
            unit = topUnit(organization);
        }
        LocalDate today = LocalDate.now(clock);
        // the year just ended is the one rated at the turn of the year; later in the year, this one
        int year = today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear();
        SeasonForm form = new SeasonForm(unit, null, year, null, null, today.plusDays(30), 1);
        return listPage(unit, form, null, model);
    }

    @PostMapping("/evaluation/seasons")
    String open(@ModelAttribute("form") SeasonForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            response.setStatus(422);
            errors = messages.errors(binding);
        } else {
            try {
                SeasonView s = management.open(form.command());
                redirect.addFlashAttribute("notice", messages.text("evaluation.season.opened", s.title(), s.ratings()));
                return "redirect:/evaluation/seasons/" + s.id();
            } catch (DomainException e) {
                errors = messages.refused(e, response);
            }
        }
        return listPage(clean(form.unitCode()), form, errors, model);
    }

    private String listPage(String unitCode, SeasonForm form, FormErrors errors, Model model) {
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (unitCode != null) {
            OrgUnitView unit = organization.unit(unitCode, null); // a unit the caller may not read is not found
            model.addAttribute("unit", unit);
            model.addAttribute("seasons", queries.seasons(unitCode).stream().map(SeasonLine::of).toList());
            model.addAttribute("canOpen", access.allows(unit.id(), Permission.MANAGE_EVALUATIONS));
        } else {
            model.addAttribute("seasons", List.of());
            model.addAttribute("canOpen", false);
        }
        return "evaluation/seasons";
    }

    /** A season in the list, with its ratings settled (decided or not rated) and its proposals awaiting the decision. */
    record SeasonLine(SeasonView season, long settled, long awaiting) {

        static SeasonLine of(SeasonView s) {
            return new SeasonLine(s, s.byState().getOrDefault(RatingState.DECIDED, 0L)
                    + s.byState().getOrDefault(RatingState.NOT_RATED, 0L),
                    s.byState().getOrDefault(RatingState.PROPOSED, 0L));
        }
    }

    /**
     * A season. {@code page} counts from 0 like the other pages of the application (the query counts from 1).
     * A filter that cannot be read (a state that does not exist, a unit out of reach) is shown beside the filters.
     */
    @GetMapping("/evaluation/seasons/{id:\\d+}")
    String season(@PathVariable long id, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String state, @RequestParam(required = false) String flagged,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model,
            HttpServletResponse response) {
        SeasonView s = queries.season(id);
        String unit = clean(unitCode);
        String st = clean(state);
        boolean flaggedOnly = "true".equals(flagged) || "on".equals(flagged);
        String query = clean(q);
        model.addAttribute("s", s);
        model.addAttribute("states", RatingState.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("progress", queries.progress(id));
        model.addAttribute("quota", queries.quota(id));
        model.addAttribute("high", queries.highAgainstEvidence(id));
        model.addAttribute("flaggedLines", s.flagged() == 0 ? List.of()
                : queries.ratings(id, null, null, true, null, 0).items());
        model.addAttribute("unitCode", unit);
        model.addAttribute("state", st);
        model.addAttribute("flagged", flaggedOnly);
        model.addAttribute("q", query);
        model.addAttribute("filtered", unit != null || st != null || flaggedOnly || query != null);
        try {
            model.addAttribute("result", ratings(id, unit, st, flaggedOnly, query, PageResult.clampPage(page)));
        } catch (ValidationException e) {
            response.setStatus(422);
            model.addAttribute("filterErrors", messages.errors(e));
            model.addAttribute("result", new PageResult<RatingLine>(List.of(), 0, 50, 0));
        } catch (DomainException e) {
            response.setStatus(404);
            model.addAttribute("filterErrors", FormErrors.of(messages.message(e)));
            model.addAttribute("result", new PageResult<RatingLine>(List.of(), 0, 50, 0));
        }
        return "evaluation/season";
    }

    private PageResult<RatingLine> ratings(long id, String unit, String state, boolean flagged, String q, int page) {
        return queries.ratings(id, unit, state, flagged, q, page);
    }

    /** The ratings of the season with the same filters as a CSV file for spreadsheets (every page). */
    @GetMapping("/evaluation/seasons/{id:\\d+}/export.csv")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String state, @RequestParam(required = false) String flagged,
            @RequestParam(required = false) String q) {
        SeasonView s = queries.season(id);
        boolean flaggedOnly = "true".equals(flagged) || "on".equals(flagged);
        String st = clean(state);
        CsvExport csv = new CsvExport(messages.text("evaluation.export.header"));
        int page = 0;
        PageResult<RatingLine> result;
        do {
            result = ratings(id, clean(unitCode), st, flaggedOnly, clean(q), page++);
            for (RatingLine l : result.items()) {
                csv.row(java.util.Arrays.asList(String.valueOf(l.id()), l.unitCode(), l.unitName(),
                        l.memberId() == null ? messages.text("evaluation.collective") : l.memberName(),
                        l.head() ? messages.text("evaluation.head") : null, l.deciderName(),
                        messages.text("evaluation.state." + l.state().name()), level(l.selfLevel()),
                        level(l.proposedLevel()), level(l.level()), l.flags() == 0 ? null : String.valueOf(l.flags()),
                        l.rerated() ? messages.text("evaluation.rerated") : null));
            }
        } while (page < result.pages());
        return csv.download("xep-loai-" + s.year() + (s.quarter() == null ? "" : "-q" + s.quarter()) + "-"
                + s.unitCode() + "-" + LocalDate.now(clock).format(DateTimeFormatter.ISO_DATE) + ".csv");
    }

    private String level(Level level) {
        return level == null ? null : messages.text("evaluation.level." + level.name());
    }
}
