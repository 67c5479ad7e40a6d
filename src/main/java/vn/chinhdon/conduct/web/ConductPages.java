package vn.chinhdon.conduct.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.chinhdon.conduct.CatalogueView;
import vn.chinhdon.conduct.CellCommitments;
import vn.chinhdon.conduct.CommitmentManagement;
import vn.chinhdon.conduct.CommitmentOutcome;
import vn.chinhdon.conduct.CommitmentView;
import vn.chinhdon.conduct.ConductManagement;
import vn.chinhdon.conduct.ConductQueries;
import vn.chinhdon.conduct.DegradationCatalogue;
import vn.chinhdon.conduct.ExpressionOverview;
import vn.chinhdon.conduct.web.ConductForms.CommitmentForm;
import vn.chinhdon.conduct.web.ConductForms.IdentifyForm;
import vn.chinhdon.conduct.web.ConductForms.ItemRow;
import vn.chinhdon.conduct.web.ConductForms.PlanForm;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;

/**
 * The models of the conduct pages, shared by their GETs and by the forms that show the page again when refused: a
 * unit's expressions and remedy plans of a year, a cell's commitments of a year.
 */
@Component
class ConductPages {

    /** Plan rows offered by the form. */
    static final int PLAN_ROWS = 5;

    private final DegradationCatalogue catalogue;
    private final ConductManagement conduct;
    private final ConductQueries queries;
    private final CommitmentManagement commitments;
    private final OrganizationManagement organization;
    private final Clock clock;

    ConductPages(DegradationCatalogue catalogue, ConductManagement conduct, ConductQueries queries,
            CommitmentManagement commitments, OrganizationManagement organization, Clock clock) {
        this.catalogue = catalogue;
        this.conduct = conduct;
        this.queries = queries;
        this.commitments = commitments;
        this.organization = organization;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller's first granted unit (a province for its staff), or null. */
    String topUnit() {
        var top = organization.list(null, null, null);
        return top.isEmpty() ? null : top.get(0).code();
    }

    /** A year typed: "all" → null with all = true; a number; empty → the default. */
    record Year(Integer value, boolean all) {
    }

    static Year year(String typed, Integer fallback) {
        String t = typed == null ? "" : typed.trim();
        if ("all".equalsIgnoreCase(t)) {
            return new Year(null, true);
        }
        if (t.matches("\\d{4}")) {
            return new Year(Integer.valueOf(t), false);
        }
        return new Year(fallback, false);
    }

    /** The years to offer: those with records, this year and the one before, the latest first. */
    private List<Integer> years(List<Integer> withRecords) {
        List<Integer> out = new ArrayList<>(withRecords);
        int now = today().getYear();
        for (int y : new int[] {now, now - 1}) {
            if (!out.contains(y)) {
                out.add(y);
            }
        }
        out.sort(java.util.Comparator.reverseOrder());
        return out;
    }

    void catalogue(Model model) {
        model.addAttribute("today", today());
        CatalogueView current = catalogue.current();
        model.addAttribute("current", current);
        model.addAttribute("labels", labels(current));
    }

    static Map<String, String> labels(CatalogueView c) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        c.entries().forEach(e -> out.put(e.code(), e.label()));
        return out;
    }

    /**
     * The expressions page of a unit and a year (the latest year with records when none is given); {@code open}: the
     * form to show open with its {@code form} and {@code errors}.
     */
    void expressions(String unitCode, String yearTyped, String open, Object form, FormErrors errors, Model model) {
        List<Integer> withRecords = queries.years(unitCode);
        Year year = year(yearTyped, withRecords.isEmpty() ? today().getYear() : withRecords.get(0));
        ExpressionOverview overview = queries.expressions(unitCode, year.value());
        model.addAttribute("unitCode", overview.unitCode());
        model.addAttribute("year", year.value());
        model.addAttribute("allYears", year.all());
        model.addAttribute("years", years(withRecords));
        model.addAttribute("overview", overview);
        model.addAttribute("plans", queries.plans(overview.unitCode(), year.value()));
        catalogue(model);
        var unit = organization.unit(overview.unitCode(), null);
        model.addAttribute("unit", unit);
        int formYear = year.value() == null ? today().getYear() : year.value();
        Optional<vn.chinhdon.organization.CommitteeView.Seat> head = overview.canIdentify()
                ? conduct.headOn(overview.unitCode(), today()) : Optional.empty();
        model.addAttribute("head", head.orElse(null));
        model.addAttribute("open", open);
        model.addAttribute("errors", errors);
        model.addAttribute("identifyForm", open != null && open.equals("identify") ? form
                : new IdentifyForm(overview.unitCode(), formYear, List.of(), null, null, null, null, today(), null));
        PlanForm plan = open != null && open.equals("plan") ? (PlanForm) form
                : new PlanForm(overview.unitCode(), null, formYear, null, today(), null, List.of());
        List<ItemRow> rows = new ArrayList<>(plan.items() == null ? List.of() : plan.items());
        while (rows.size() < PLAN_ROWS) {
            rows.add(new ItemRow(null, null, null));
        }
        model.addAttribute("planForm", new PlanForm(plan.unitCode(), plan.headMemberId(), plan.year(), plan.title(),
                plan.adoptedOn(), plan.documentNumber(), rows));
        model.addAttribute("acceptForm", open != null && open.startsWith("accept-") ? form : null);
    }

    /** The commitments page of a cell and a year (the latest year with commitments when none is given). */
    void commitments(String unitCode, String yearTyped, String open, Object form, FormErrors errors, Model model) {
        List<Integer> withRecords = commitments.years(unitCode);
        Year year = year(yearTyped, withRecords.isEmpty() ? today().getYear() : withRecords.get(0));
        int y = year.value() == null ? today().getYear() : year.value();
        var unit = organization.unit(unitCode.trim(), null);
        model.addAttribute("unit", unit);
        model.addAttribute("unitCode", unit.code());
        model.addAttribute("year", y);
        model.addAttribute("years", years(withRecords));
        catalogue(model);
        CellCommitments cell = null;
        String cellError = null;
        try {
            cell = commitments.cell(unit.code(), y);
        } catch (DomainException e) {
            cellError = e.messageKey(); // a member reads only their own commitments
        }
        model.addAttribute("cell", cell);
        model.addAttribute("cellError", cellError);
        // the caller's own commitments, and whether they belong to this cell (for their own form)
        Optional<CommitmentManagement.Signer> me = commitments.me(today());
        List<CommitmentView> mine = me.map(m -> commitments.ofMember(m.memberId(), y)).orElse(List.of());
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("mine", mine);
        boolean meInCell = me.isPresent() && unit.code().equals(me.get().cellCode());
        model.addAttribute("meInCell", meInCell);
        boolean signedMyself = mine.stream().anyMatch(c -> c.cellCode().equals(unit.code()));
        List<Long> notSigned = cell == null ? List.of() : cell.lines().stream()
                .filter(l -> l.inCell() && l.commitment() == null).map(CellCommitments.Line::memberId).toList();
        model.addAttribute("notSigned", cell == null ? List.of() : cell.lines().stream()
                .filter(l -> notSigned.contains(l.memberId())).toList());
        boolean canRecord = (cell != null && cell.canRecord() && !notSigned.isEmpty()) || (meInCell && !signedMyself);
        model.addAttribute("canRecord", canRecord);
        model.addAttribute("outcomes", CommitmentOutcome.values());
        model.addAttribute("open", open);
        model.addAttribute("errors", errors);
        model.addAttribute("commitmentForm", open != null && open.equals("record") ? form
                : new CommitmentForm(cell != null && cell.canRecord() ? null
                        : me.map(CommitmentManagement.Signer::memberId).orElse(null),
                        unit.code(), y, List.of(), null, today().getYear() == y ? today() : LocalDate.of(y, 1, 15),
                        LocalDate.of(y, 12, 31)));
        model.addAttribute("checkForm", open != null && open.startsWith("check-") ? form : null);
    }
}
