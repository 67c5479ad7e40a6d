package vn.chinhdon.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.inspection.InspectionBody;
import vn.chinhdon.inspection.InspectionKind;
import vn.chinhdon.inspection.InspectionManagement;
import vn.chinhdon.inspection.InspectionQueries;
import vn.chinhdon.inspection.InspectionStep;
import vn.chinhdon.inspection.InspectionView;
import vn.chinhdon.inspection.NewInspection;
import vn.chinhdon.inspection.ProgramView;
import vn.chinhdon.inspection.web.InspectionForms.ProposeForm;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.CsvExport;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;

/**
 * The inspections of a unit (overview and filtered list), proposing one, an inspection with the forms its
 * actions allow (see {@link InspectionFormController} for their POSTs), and its printable conclusion notice.
 */
@Controller
class InspectionPageController {

    static final int PAGE_SIZE = 20;

    private final InspectionManagement inspections;
    private final InspectionQueries queries;
    private final OrganizationManagement organization;
    private final MemberManagement members;
    private final DocumentRegister documents;
    private final InspectionPageMessages messages;
    private final Clock clock;

    InspectionPageController(InspectionManagement inspections, InspectionQueries queries,
            OrganizationManagement organization, MemberManagement members, DocumentRegister documents,
            InspectionPageMessages messages, Clock clock) {
        this.inspections = inspections;
        this.queries = queries;
        this.organization = organization;
        this.members = members;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** The caller's first granted unit (a province for its staff), or null. */
    static String topUnit(OrganizationManagement organization) {
        var top = organization.list(null, null, null);
        return top.isEmpty() ? null : top.get(0).code();
    }

    @GetMapping("/inspections")
    String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String side,
            @RequestParam(required = false) String step, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year, @RequestParam(required = false) String overdue,
            @RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
        String unit = FormValues.clean(unitCode);
        if (unit == null) {
            unit = topUnit(organization);
        }
        Integer y = FormValues.clean(year) != null && year.trim().matches("\\d{4}") ? Integer.valueOf(year.trim()) : null;
        boolean overdueOnly = "true".equals(overdue) || "on".equals(overdue);
        model.addAttribute("unitCode", unit);
        model.addAttribute("side", FormValues.clean(side) == null ? "ALL" : side.trim().toUpperCase(java.util.Locale.ROOT));
        model.addAttribute("step", FormValues.clean(step));
        model.addAttribute("kind", FormValues.clean(kind));
        model.addAttribute("year", y);
        model.addAttribute("overdue", overdueOnly);
        model.addAttribute("steps", InspectionStep.values());
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("years", years());
        model.addAttribute("mine", queries.mine(0, 20));
        if (unit != null) {
            model.addAttribute("overview", queries.overview(unit));
            try {
                model.addAttribute("result", queries.list(unit, new InspectionQueries.Filter(FormValues.clean(side),
                        FormValues.clean(step), FormValues.clean(kind), y, overdueOnly ? Boolean.TRUE : null), page,
                        PAGE_SIZE));
            } catch (ValidationException e) {
                response.setStatus(422);
                model.addAttribute("errors", messages.errors(e));
            }
        }
        return "inspections/list";
    }

    /** The list with the same filters as a CSV file for spreadsheets (every page). */
    @GetMapping("/inspections/export.csv")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam String unitCode,
            @RequestParam(required = false) String side, @RequestParam(required = false) String step,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String year,
            @RequestParam(required = false) String overdue) {
        Integer y = FormValues.clean(year) != null && year.trim().matches("\\d{4}") ? Integer.valueOf(year.trim()) : null;
        boolean overdueOnly = "true".equals(overdue) || "on".equals(overdue);
        InspectionQueries.Filter filter = new InspectionQueries.Filter(FormValues.clean(side), FormValues.clean(step),
                FormValues.clean(kind), y, overdueOnly ? Boolean.TRUE : null);
        java.time.format.DateTimeFormatter vi = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        CsvExport csv = new CsvExport(messages.text("inspections.export.header"));
        int page = 0;
        vn.chinhdon.shared.PageResult<vn.chinhdon.inspection.InspectionLine> result;
        do {
            result = queries.list(unitCode, filter, page++, vn.chinhdon.shared.PageResult.MAX_SIZE);
            for (var l : result.items()) {
                csv.row(java.util.Arrays.asList(String.valueOf(l.id()), l.title(), messages.text(l.kind().messageKey()),
                        l.unitName(), messages.text(l.body().messageKey()), l.targets(), messages.text(l.step().messageKey()),
                        l.stepOn().format(vi), l.dueOn() == null ? null : l.dueOn().format(vi),
                        l.archiveDueOn() == null ? null : l.archiveDueOn().format(vi),
                        l.overdue() ? String.valueOf(l.daysOverdue()) : null));
            }
        } while (page < result.pages());
        return csv.download("kiem-tra-giam-sat-" + unitCode.trim() + "-" + LocalDate.now(clock) + ".csv");
    }

    /** This year and the five before it (the period inspected reaches back five years). */
    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> out = new ArrayList<>();
        for (int y = now + 1; y >= now - 5; y--) {
            out.add(y);
        }
        return out;
    }

    @GetMapping("/inspections/new")
    String proposeForm(@RequestParam(required = false) String unitCode, @RequestParam(required = false) Long programId,
            Model model) {
        String unit = FormValues.clean(unitCode);
        if (unit != null) {
            organization.unit(unit, null); // a unit the caller may not read is not found
        }
        ProposeForm form = new ProposeForm(unit != null ? unit : topUnit(organization), null, null, null, programId, null,
                null, null, null, null, null, null);
        return proposePage(form, null, model);
    }

    @PostMapping("/inspections")
    String propose(@ModelAttribute("form") ProposeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            response.setStatus(422);
            errors = messages.errors(binding);
        } else {
            try {
                List<Problem> problems = new ArrayList<>();
                List<Long> memberIds = FormValues.ids(form.targetMemberIds(), "targetMemberIds", problems);
                List<Long> docs = FormValues.documents(documents, form.documentIds(), "documentIds", problems);
                FormValues.throwIfAny(problems);
                InspectionView v = inspections.propose(new NewInspection(FormValues.clean(form.unitCode()),
                        FormValues.clean(form.body()), FormValues.clean(form.kind()), form.title(), form.programId(),
                        form.periodFrom(), form.periodTo(), form.plan(), FormValues.tokens(form.targetUnitCodes()),
                        memberIds, docs, form.proposedOn()));
                redirect.addFlashAttribute("notice", messages.text("inspection.proposed", v.title()));
                return "redirect:/inspections/" + v.id();
            } catch (DomainException e) {
                errors = messages.refused(e, response);
            }
        }
        return proposePage(form, errors, model);
    }

    private String proposePage(ProposeForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bodies", InspectionBody.values());
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("programs", programs(form.unitCode()));
        return "inspections/form";
    }

    /** The programs of the unit (this year's and last year's) the caller may add inspections to. */
    private List<ProgramView> programs(String unitCode) {
        String unit = FormValues.clean(unitCode);
        if (unit == null) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        List<ProgramView> out = new ArrayList<>();
        try {
            for (Integer y : List.of(year, year - 1)) {
                queries.programs(unit, y).stream().filter(p -> p.canManage() && p.unitCode().equals(unit)).forEach(out::add);
            }
        } catch (DomainException e) {
            // an unknown unit: the facade names it when the form is sent
        }
        return out;
    }

    @GetMapping("/inspections/{id:\\d+}")
    String inspection(@PathVariable long id, @RequestParam(required = false) Integer rows, Model model) {
        InspectionDetail.model(inspections.inspection(id), null, null, null, rows, model);
        return "inspections/inspection";
    }

    /** The conclusion notice in the Party document layout, for printing; only once the inspection is concluded. */
    @GetMapping("/inspections/{id:\\d+}/notice")
    String notice(@PathVariable long id, Model model) {
        InspectionView v = inspections.inspection(id);
        if (v.concludedOn() == null) {
            throw new NotFoundException("inspection.notice.none", v.title());
        }
        LocalDate date = v.conclusion() != null && v.conclusion().issuedOn() != null ? v.conclusion().issuedOn()
                : v.concludedOn();
        model.addAttribute("v", v);
        model.addAttribute("heading", NoticeHeading.of(v.unitName(), v.body(), date));
        model.addAttribute("groups", InspectionDetail.groups(v));
        model.addAttribute("subject", subject(messages.text(v.kind().messageKey()), v.title()));
        return "inspections/notice";
    }

    /**
     * The line under the notice's title: the kind in lower case, then the title — without the title's own
     * leading "Kiểm tra"/"Giám sát" when the kind starts with it ("kiểm tra chuyên đề việc thực hiện …").
     */
    static String subject(String kind, String title) {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        String k = kind.toLowerCase(vi);
        String t = title.trim();
        for (String word : List.of("kiểm tra ", "giám sát ")) {
            if (k.startsWith(word) && t.toLowerCase(vi).startsWith(word)) {
                t = t.substring(word.length());
            }
        }
        return k + " " + t;
    }

    /** Search-as-you-type for the member fields (htmx): a few members of the unit's subtree the caller may see. */
    @GetMapping("/inspections/member-picker")
    String memberPicker(@RequestParam(required = false) String q, @RequestParam(required = false) String target,
            @RequestParam(required = false) String unitCode, Model model) {
        String query = FormValues.clean(q);
        String unit = FormValues.clean(unitCode);
        List<MemberView> hits = List.of();
        if (query != null) {
            try {
                hits = members.search(unit != null ? unit : topUnit(organization), query, null, 0, 8).items();
            } catch (DomainException e) {
                // a unit the caller may not read: nothing to offer
            }
        }
        model.addAttribute("hits", hits);
        model.addAttribute("q", query);
        model.addAttribute("target", target == null || !target.matches("[\\w-]{1,40}") ? "memberId" : target);
        return "inspections/fragments :: members";
    }
}
