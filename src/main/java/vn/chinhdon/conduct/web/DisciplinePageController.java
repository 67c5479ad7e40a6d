package vn.chinhdon.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chinhdon.conduct.DisciplineManagement;
import vn.chinhdon.conduct.DisciplineQueries;
import vn.chinhdon.conduct.DisciplineView;
import vn.chinhdon.conduct.NewDiscipline;
import vn.chinhdon.conduct.web.DisciplineForms.ComplaintForm;
import vn.chinhdon.conduct.web.DisciplineForms.RecordForm;
import vn.chinhdon.conduct.web.DisciplineForms.ResolutionForm;
import vn.chinhdon.platform.CsvExport;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.shared.PageResult;

/**
 * The discipline pages: the decisions over a unit's subtree (by year and form, a page at a time, as CSV) with the
 * form to record one; one decision with its status, the date its effect ends, and the forms of a complaint and its
 * resolution. Each form posts, calls one facade method and redirects with a notice; a refusal shows the page again
 * with the form as typed, its problems and the status the API would give.
 */
@Controller
class DisciplinePageController {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DisciplineManagement disciplines;
    private final DisciplineQueries queries;
    private final DisciplinePages pages;
    private final ConductPageMessages messages;

    DisciplinePageController(DisciplineManagement disciplines, DisciplineQueries queries, DisciplinePages pages,
            ConductPageMessages messages) {
        this.disciplines = disciplines;
        this.queries = queries;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/conduct/disciplines")
    String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String year,
            @RequestParam(required = false) String form, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Long memberId, Model model) {
        String unit = unitCode == null || unitCode.isBlank() ? pages.topUnit() : unitCode.trim();
        if (unit == null) {
            model.addAttribute("unitCode", null);
            return "conduct/disciplines";
        }
        pages.list(unit, year, form, page, memberId, memberId == null ? null : "record", null, null, model);
        return "conduct/disciplines";
    }

    /** The list with the same filters as a CSV file for spreadsheets (every page). */
    @GetMapping("/conduct/disciplines/export.csv")
    ResponseEntity<byte[]> export(@RequestParam String unitCode, @RequestParam(required = false) String year,
            @RequestParam(required = false) String form) {
        DisciplineQueries.Filter filter = Forms.filter(DisciplinePages.year(year), form);
        CsvExport csv = new CsvExport(messages.text("conduct.discipline.export.header"));
        int page = 0;
        PageResult<DisciplineView> result;
        do {
            result = queries.list(unitCode, filter, page++, PageResult.MAX_SIZE);
            for (DisciplineView d : result.items()) {
                csv.row(Arrays.asList(String.valueOf(d.id()), d.decisionNumber(), d.decidedOn().format(VI),
                        d.announcedOn().format(VI), messages.text(d.form().messageKey()),
                        d.memberName() == null ? d.unitName() : d.memberName(), d.unitName(), d.post(), d.decidingBody(),
                        d.violation(), messages.text(d.selfDetectedRemedied() ? "conduct.discipline.yes"
                                : "conduct.discipline.no"),
                        messages.text(d.status().messageKey(), d.endsOn()), d.endsOn() == null ? null : d.endsOn().format(VI)));
            }
        } while (page < result.pages());
        return csv.download("ky-luat-" + unitCode.trim() + ".csv");
    }

    @GetMapping("/conduct/disciplines/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        pages.detail(id, null, null, null, model);
        return "conduct/discipline";
    }

    @PostMapping("/conduct/disciplines")
    String record(@ModelAttribute RecordForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(binding, () -> {
            DisciplineView d = disciplines.record(new NewDiscipline(form.memberId(), form.unitCode(), form.form(),
                    form.post(), form.decidingUnitCode(), form.decidingBody(), form.decisionNumber(), form.decidedOn(),
                    form.announcedOn(), form.violation(), form.selfDetectedRemedied()));
            redirect.addFlashAttribute("notice", messages.text("conduct.discipline.recorded",
                    messages.text(d.form().messageKey()), d.memberName() == null ? d.unitName() : d.memberName()));
            return "redirect:/conduct/disciplines/" + d.id();
        }, errors -> {
            String unit = form.decidingUnitCode() == null || form.decidingUnitCode().isBlank()
                    ? (form.unitCode() == null || form.unitCode().isBlank() ? pages.topUnit() : form.unitCode())
                    : form.decidingUnitCode();
            pages.list(unit, null, null, null, null, "record", form, errors, model);
            return "conduct/disciplines";
        }, response);
    }

    @PostMapping("/conduct/disciplines/{id:\\d+}/complaint")
    String complain(@PathVariable long id, @Validated @ModelAttribute ComplaintForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        disciplines.discipline(id); // not found before anything else
        return act(binding, () -> {
            DisciplineView d = disciplines.complain(id, form.complainedOn(), form.version());
            redirect.addFlashAttribute("notice", messages.text("conduct.discipline.complaintRecorded", d.decisionNumber()));
            return url(id);
        }, errors -> {
            pages.detail(id, "complaint", form, errors, model);
            return "conduct/discipline";
        }, response);
    }

    @PostMapping("/conduct/disciplines/{id:\\d+}/resolution")
    String resolve(@PathVariable long id, @Validated @ModelAttribute ResolutionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        disciplines.discipline(id); // not found before anything else
        return act(binding, () -> {
            DisciplineView d = disciplines.resolve(id, new DisciplineManagement.Resolution(form.resolvedOn(),
                    form.outcome(), form.newForm(), form.resolutionNumber(), form.note()), form.version());
            redirect.addFlashAttribute("notice", messages.text("conduct.discipline.resolutionRecorded",
                    messages.text(d.resolution().messageKey())));
            return url(id);
        }, errors -> {
            pages.detail(id, "resolution", form, errors, model);
            return "conduct/discipline";
        }, response);
    }

    private static String url(long id) {
        return "redirect:" + UriComponentsBuilder.fromPath("/conduct/disciplines/{id}").buildAndExpand(id).toUriString()
                + "#complaint";
    }

    /** One form: binding problems, else the facade call; done → redirect, refused → the page again with the problems. */
    private String act(BindingResult binding, Supplier<String> action, Function<FormErrors, String> page,
            HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            response.setStatus(422);
            errors = messages.errors(binding);
        } else {
            try {
                return action.get();
            } catch (DomainException e) {
                errors = messages.refused(e, response, null, "discipline");
            }
        }
        return page.apply(errors);
    }
}
