package vn.chinhdon.conduct.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.chinhdon.conduct.ComplaintOutcome;
import vn.chinhdon.conduct.DisciplineForm;
import vn.chinhdon.conduct.DisciplineManagement;
import vn.chinhdon.conduct.DisciplineQueries;
import vn.chinhdon.conduct.DisciplineView;
import vn.chinhdon.conduct.web.DisciplineForms.ComplaintForm;
import vn.chinhdon.conduct.web.DisciplineForms.RecordForm;
import vn.chinhdon.conduct.web.DisciplineForms.ResolutionForm;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.shared.PageResult;

/**
 * The models of the discipline pages, shared by their GETs and by the forms that show the page again when refused:
 * the decisions over a unit's subtree with the form to record one; one decision with the forms of its complaint and
 * the complaint's resolution.
 */
@Component
class DisciplinePages {

    static final int PAGE_SIZE = 50;

    private final DisciplineManagement disciplines;
    private final DisciplineQueries queries;
    private final OrganizationManagement organization;
    private final Clock clock;

    DisciplinePages(DisciplineManagement disciplines, DisciplineQueries queries, OrganizationManagement organization,
            Clock clock) {
        this.disciplines = disciplines;
        this.queries = queries;
        this.organization = organization;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller's first granted unit, or null. */
    String topUnit() {
        var top = organization.list(null, null, null);
        return top.isEmpty() ? null : top.get(0).code();
    }

    /** A year typed as four digits, else none (every year). */
    static Integer year(String typed) {
        return typed != null && typed.trim().matches("\\d{4}") ? Integer.valueOf(typed.trim()) : null;
    }

    /**
     * The list of a unit's subtree with its filters; {@code open}: the record form shown open with {@code form} and
     * {@code errors}; {@code memberId}: the member to fill the record form with (from the member's page).
     */
    void list(String unitCode, String yearTyped, String formTyped, Integer page, Long memberId, String open,
            RecordForm form, FormErrors errors, Model model) {
        Integer year = year(yearTyped);
        DisciplineForm f = formTyped == null || formTyped.isBlank() ? null
                : vn.chinhdon.shared.EnumValues.parse(DisciplineForm.class, formTyped);
        PageResult<DisciplineView> result = queries.list(unitCode, new DisciplineQueries.Filter(year, f), page,
                PAGE_SIZE);
        var unit = organization.unit(unitCode.trim(), null);
        model.addAttribute("unit", unit);
        model.addAttribute("unitCode", unit.code());
        model.addAttribute("year", year);
        model.addAttribute("form", f);
        model.addAttribute("result", result);
        List<Integer> years = new ArrayList<>(queries.years(unit.code()));
        for (int y : new int[] {today().getYear(), today().getYear() - 1}) {
            if (!years.contains(y)) {
                years.add(y);
            }
        }
        years.sort(java.util.Comparator.reverseOrder());
        model.addAttribute("years", years);
        model.addAttribute("forms", DisciplineForm.values());
        model.addAttribute("inForce", queries.inForce(unit.code(), today()).size());
        model.addAttribute("today", today());
        boolean canRecord = queries.canRecord(unit.code());
        model.addAttribute("canRecord", canRecord);
        model.addAttribute("open", open);
        model.addAttribute("errors", errors);
        model.addAttribute("recordForm", form != null ? form
                : new RecordForm(memberId, null, null, null, unit.code(), null, null, today(), null, null, false));
    }

    /** One decision; {@code open}: "complaint" or "resolution", shown open with its form and errors. */
    DisciplineView detail(long id, String open, Object form, FormErrors errors, Model model) {
        DisciplineView d = disciplines.discipline(id);
        model.addAttribute("d", d);
        model.addAttribute("today", today());
        model.addAttribute("forms", DisciplineForm.values());
        model.addAttribute("outcomes", ComplaintOutcome.values());
        model.addAttribute("open", open);
        model.addAttribute("errors", errors);
        model.addAttribute("complaintForm", "complaint".equals(open) ? form : new ComplaintForm(today(), d.version()));
        model.addAttribute("resolutionForm", "resolution".equals(open) ? form
                : new ResolutionForm(today(), null, null, null, null, d.version()));
        return d;
    }
}
