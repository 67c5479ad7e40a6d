package vn.chinhdon.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.inspection.InspectionBody;
import vn.chinhdon.inspection.InspectionManagement;
import vn.chinhdon.inspection.InspectionQueries;
import vn.chinhdon.inspection.NewProgram;
import vn.chinhdon.inspection.ProgramView;
import vn.chinhdon.inspection.TimeLimit;
import vn.chinhdon.inspection.TimeLimits;
import vn.chinhdon.inspection.web.InspectionForms.ProgramForm;
import vn.chinhdon.inspection.web.InspectionForms.TimeLimitForm;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;

/**
 * Yearly programs of inspection and supervision (a unit's, of a year; creating one; one with its inspections) and
 * the time limits by level (read by all, edited by administrators).
 */
@Controller
class ProgramPageController {

    private final InspectionManagement inspections;
    private final InspectionQueries queries;
    private final TimeLimits limits;
    private final OrganizationManagement organization;
    private final DocumentRegister documents;
    private final InspectionPageMessages messages;
    private final Clock clock;

    ProgramPageController(InspectionManagement inspections, InspectionQueries queries, TimeLimits limits,
            OrganizationManagement organization, DocumentRegister documents, InspectionPageMessages messages,
            Clock clock) {
        this.inspections = inspections;
        this.queries = queries;
        this.limits = limits;
        this.organization = organization;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/inspection-programs")
    String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String year,
            Model model) {
        String unit = FormValues.clean(unitCode);
        if (unit == null) {
            unit = InspectionPageController.topUnit(organization);
        }
        int thisYear = LocalDate.now(clock).getYear();
        Integer y = year == null ? Integer.valueOf(thisYear)
                : year.trim().matches("\\d{4}") ? Integer.valueOf(year.trim()) : null;
        return listPage(unit, y, new ProgramForm(unit, InspectionBody.COMMISSION.name(), thisYear, null, null), null,
                model);
    }

    private String listPage(String unit, Integer year, ProgramForm form, FormErrors errors, Model model) {
        model.addAttribute("unitCode", unit);
        model.addAttribute("year", year);
        model.addAttribute("programs", unit == null ? List.of() : queries.programs(unit, year));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bodies", InspectionBody.values());
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        return "inspections/programs";
    }

    @PostMapping("/inspection-programs")
    String create(@ModelAttribute("form") ProgramForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            response.setStatus(422);
            errors = messages.errors(binding);
        } else {
            try {
                Long document = FormValues.document(documents, form.documentId(), "documentId");
                ProgramView p = inspections.createProgram(new NewProgram(FormValues.clean(form.unitCode()),
                        FormValues.clean(form.body()), form.year(), form.title(), document));
                redirect.addFlashAttribute("notice", messages.text("inspection.program.created", p.title()));
                return "redirect:/inspection-programs/" + p.id();
            } catch (DomainException e) {
                errors = messages.refused(e, response);
            }
        }
        String unit = FormValues.clean(form.unitCode());
        return listPage(unit == null ? InspectionPageController.topUnit(organization) : unit, form.year(), form, errors,
                model);
    }

    @GetMapping("/inspection-programs/{id:\\d+}")
    String program(@PathVariable long id, Model model) {
        model.addAttribute("p", inspections.program(id));
        return "inspections/program";
    }

    @GetMapping("/inspection-time-limits")
    String timeLimits(Model model) {
        return limitsPage(null, null, null, model);
    }

    @PostMapping("/inspection-time-limits/{unitKind}")
    String saveTimeLimit(@PathVariable String unitKind, @Validated @ModelAttribute TimeLimitForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            response.setStatus(422);
            errors = messages.errors(binding);
        } else {
            try {
                TimeLimit t = limits.save(unitKind, form.days(), form.workingDays(), form.extensionDivisor(), form.basis(),
                        form.version());
                redirect.addFlashAttribute("notice", messages.text("inspection.limit.saved",
                        messages.text("unit.kind." + t.unitKind())));
                return "redirect:/inspection-time-limits";
            } catch (DomainException e) {
                errors = messages.refused(e, response);
            }
        }
        return limitsPage(unitKind, form, errors, model);
    }

    private String limitsPage(String refusedKind, TimeLimitForm refused, FormErrors errors, Model model) {
        List<TimeLimit> all = limits.all();
        Map<String, TimeLimitForm> forms = new HashMap<>();
        for (TimeLimit t : all) {
            forms.put(t.unitKind(), new TimeLimitForm(t.days(), t.workingDays(), t.extensionDivisor(), t.basis(),
                    t.version()));
        }
        if (refusedKind != null && refused != null) {
            forms.put(refusedKind, refused);
        }
        model.addAttribute("limits", all);
        model.addAttribute("forms", forms);
        model.addAttribute("refusedKind", refusedKind);
        model.addAttribute("errors", errors);
        return "inspections/time-limits";
    }
}
