package vn.chinhdon.inspection.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import vn.chinhdon.inspection.DelegateRole;
import vn.chinhdon.inspection.FindingKind;
import vn.chinhdon.inspection.InspectionKind;
import vn.chinhdon.inspection.InspectionStep;
import vn.chinhdon.inspection.InspectionView;
import vn.chinhdon.inspection.web.InspectionForms.AnswerForm;
import vn.chinhdon.inspection.web.InspectionForms.ConclusionForm;
import vn.chinhdon.inspection.web.InspectionForms.DelegateForm;
import vn.chinhdon.inspection.web.InspectionForms.DiaryForm;
import vn.chinhdon.inspection.web.InspectionForms.ExtendForm;
import vn.chinhdon.inspection.web.InspectionForms.FindingForm;
import vn.chinhdon.inspection.web.InspectionForms.RecommendationForm;
import vn.chinhdon.inspection.web.InspectionForms.RequirementRow;
import vn.chinhdon.inspection.web.InspectionForms.StepForm;
import vn.chinhdon.inspection.web.InspectionForms.TargetsForm;
import vn.chinhdon.inspection.web.InspectionForms.VersionForm;
import vn.chinhdon.platform.FormErrors;

/**
 * What the inspection page and the conclusion notice show besides the view: the stepper, findings and
 * requirements grouped by target and kind, days overdue, and the forms the caller's actions allow, each with its
 * values and problems after a refused POST.
 */
final class InspectionDetail {

    static final int ROWS = 3;
    static final int MAX_ROWS = 30;

    private InspectionDetail() {
    }

    /** One step of the procedure: done (with its date), current, or to come. */
    record StepItem(InspectionStep step, LocalDate on, String state) {
    }

    /** A target with its findings by kind (strengths, shortcomings, violations) and its requirements. */
    record TargetGroup(InspectionView.Target target, Map<FindingKind, List<InspectionView.Finding>> findings,
            List<InspectionView.Requirement> requirements) {

        boolean isEmpty() {
            return findings.isEmpty() && requirements.isEmpty();
        }
    }

    static int rows(Integer rows) {
        return rows == null ? ROWS : Math.max(ROWS, Math.min(MAX_ROWS, rows));
    }

    static List<StepItem> stepper(InspectionView v) {
        Map<InspectionStep, LocalDate> dates = new HashMap<>();
        v.steps().forEach(s -> dates.put(s.step(), s.occurredOn()));
        List<StepItem> out = new ArrayList<>();
        for (InspectionStep s : InspectionStep.values()) {
            String state = s.ordinal() < v.step().ordinal() ? "done" : s == v.step() ? "current" : "todo";
            out.add(new StepItem(s, dates.get(s), state));
        }
        return out;
    }

    static List<TargetGroup> groups(InspectionView v) {
        List<TargetGroup> out = new ArrayList<>();
        for (InspectionView.Target t : v.targets()) {
            Map<FindingKind, List<InspectionView.Finding>> byKind = new LinkedHashMap<>();
            for (FindingKind k : FindingKind.values()) {
                List<InspectionView.Finding> list = v.findings().stream()
                        .filter(f -> f.targetId() == t.id() && f.kind() == k).toList();
                if (!list.isEmpty()) {
                    byKind.put(k, list);
                }
            }
            out.add(new TargetGroup(t, byKind,
                    v.requirements().stream().filter(r -> r.targetId() == t.id()).toList()));
        }
        return out;
    }

    /** The model of the page; {@code form}/{@code errors}: the refused form under its key, or nulls. */
    static void model(InspectionView v, String key, Object form, FormErrors errors, Integer rows, Model model) {
        LocalDate today = v.today();
        Map<String, Object> forms = new HashMap<>();
        forms.put("targets", new TargetsForm(null, null, v.version()));
        forms.put("remove", new VersionForm(v.version()));
        boolean hasHead = v.delegates().stream().anyMatch(d -> d.role() == DelegateRole.HEAD);
        forms.put("delegate", new DelegateForm(null, hasHead ? DelegateRole.MEMBER.name() : DelegateRole.HEAD.name(), null,
                null, v.version()));
        forms.put("step", new StepForm(v.actions().next() == null ? null : v.actions().next().name(), today, null, null,
                null, null, v.version()));
        int n = rows(rows);
        List<RequirementRow> empty = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            empty.add(new RequirementRow(null, null, null, null));
        }
        forms.put("conclusion", new ConclusionForm(null, null, today, empty, v.version()));
        forms.put("extend", new ExtendForm(null, null, v.version()));
        forms.put("diary", new DiaryForm(today, null, v.version()));
        Long first = v.targets().isEmpty() ? null : v.targets().get(0).id();
        forms.put("finding", new FindingForm(first, FindingKind.STRENGTH.name(), null, null, null, null, null, null,
                v.version()));
        forms.put("recommendation", new RecommendationForm(first, v.unitCode(), null, today, v.version()));
        Map<Long, AnswerForm> answers = new HashMap<>();
        v.recommendations().forEach(r -> answers.put(r.id(), new AnswerForm(null, r.version())));
        Map<String, FormErrors> errs = new HashMap<>();
        if (key != null) {
            if (form instanceof ConclusionForm c) {
                // rows left empty arrive as gaps of the bound list
                List<RequirementRow> padded = new ArrayList<>();
                (c.requirements() == null ? List.<RequirementRow>of() : c.requirements())
                        .forEach(r -> padded.add(r == null ? new RequirementRow(null, null, null, null) : r));
                while (padded.size() < n) {
                    padded.add(new RequirementRow(null, null, null, null));
                }
                form = new ConclusionForm(c.documentId(), c.summary(), c.on(), padded, c.version());
            }
            if (form instanceof AnswerForm a && key.startsWith("answer-")) {
                answers.put(Long.valueOf(key.substring("answer-".length())), a);
            } else if (form != null) {
                forms.put(key, form);
            }
            errs.put(key, errors);
        }
        forms.put("answers", answers);
        model.addAttribute("v", v);
        model.addAttribute("f", forms);
        model.addAttribute("errs", errs);
        model.addAttribute("refused", key);
        model.addAttribute("rows", n);
        model.addAttribute("stepper", stepper(v));
        model.addAttribute("groups", groups(v));
        model.addAttribute("overdueDays", v.overdue() ? ChronoUnit.DAYS.between(v.dueOn(), today) : 0L);
        model.addAttribute("archiveLateDays", archiveLateDays(v));
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("roles", DelegateRole.values());
        model.addAttribute("findingKinds", FindingKind.values());
        model.addAttribute("causes", FindingKind.Cause.values());
        model.addAttribute("responsibilities", FindingKind.Responsibility.values());
        model.addAttribute("unanswered", v.recommendations().stream().filter(r -> r.answeredOn() == null).count());
    }

    /** Days past the archive's due date: until today while not archived, until the archive when late. */
    static long archiveLateDays(InspectionView v) {
        if (v.archiveDueOn() == null) {
            return 0;
        }
        LocalDate end = v.archivedOn() != null ? v.archivedOn() : v.today();
        return Math.max(0, ChronoUnit.DAYS.between(v.archiveDueOn(), end));
    }
}
