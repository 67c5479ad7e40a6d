package vn.chinhdon.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chinhdon.conduct.CommitmentManagement;
import vn.chinhdon.conduct.CommitmentView;
import vn.chinhdon.conduct.ConductManagement;
import vn.chinhdon.conduct.ExpressionView;
import vn.chinhdon.conduct.NewCommitment;
import vn.chinhdon.conduct.NewExpression;
import vn.chinhdon.conduct.NewRemedyPlan;
import vn.chinhdon.conduct.RemedyPlanView;
import vn.chinhdon.conduct.web.ConductForms.AcceptForm;
import vn.chinhdon.conduct.web.ConductForms.CheckForm;
import vn.chinhdon.conduct.web.ConductForms.CommitmentForm;
import vn.chinhdon.conduct.web.ConductForms.IdentifyForm;
import vn.chinhdon.conduct.web.ConductForms.ItemRow;
import vn.chinhdon.conduct.web.ConductForms.PlanForm;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;

/**
 * The forms of the conduct pages: each posts, calls one facade method and redirects back to its section with a
 * notice; a refusal shows the page again with the form as typed, its problems and the status the API would give.
 */
@Controller
class ConductFormController {

    private final ConductManagement conduct;
    private final CommitmentManagement commitments;
    private final ConductPages pages;
    private final ConductPageMessages messages;

    ConductFormController(ConductManagement conduct, CommitmentManagement commitments, ConductPages pages,
            ConductPageMessages messages) {
        this.conduct = conduct;
        this.commitments = commitments;
        this.pages = pages;
        this.messages = messages;
    }

    private static String url(String path, String unitCode, Object year, String anchor) {
        return "redirect:" + UriComponentsBuilder.fromPath(path).queryParam("unitCode", unitCode)
                .queryParam("year", year).encode().build().toUriString() + "#" + anchor;
    }

    @PostMapping("/conduct/expressions")
    String identify(@ModelAttribute IdentifyForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(binding, null, () -> {
            ExpressionView e = conduct.identify(new NewExpression(form.unitCode(), form.year(), form.codes(),
                    form.wording(), form.evidence(), form.sourceKind(), form.sourceReference(), form.identifiedOn(),
                    form.identifiedBy()));
            redirect.addFlashAttribute("notice", messages.text("conduct.identified", String.join(", ", e.codes())));
            return url("/conduct/expressions", form.unitCode(), e.year(), "expressions");
        }, errors -> {
            pages.expressions(form.unitCode(), year(form.year()), "identify", form, errors, model);
            return "conduct/expressions";
        }, response);
    }

    @PostMapping("/conduct/remedy-plans")
    String record(@ModelAttribute PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        List<Integer> sent = new ArrayList<>();
        List<NewRemedyPlan.Item> items = new ArrayList<>();
        List<ItemRow> rows = form.items() == null ? List.of() : form.items();
        for (int i = 0; i < rows.size(); i++) {
            ItemRow r = rows.get(i);
            if (r != null && !r.empty()) {
                sent.add(i);
                items.add(new NewRemedyPlan.Item(r.text(), codes(r.codes()), r.deadline()));
            }
        }
        return act(binding, sent, () -> {
            RemedyPlanView p = conduct.record(new NewRemedyPlan(form.unitCode(), form.headMemberId(), form.year(),
                    form.title(), form.adoptedOn(), form.documentNumber(), items));
            redirect.addFlashAttribute("notice", messages.text("conduct.planRecorded", p.items().size(), p.verifierName()));
            return url("/conduct/expressions", form.unitCode(), p.year(), "plan-" + p.id());
        }, errors -> {
            pages.expressions(form.unitCode(), year(form.year()), "plan", form, errors, model);
            return "conduct/expressions";
        }, response);
    }

    @PostMapping("/conduct/remedy-plans/{id:\\d+}/accept")
    String accept(@PathVariable long id, @Validated @ModelAttribute AcceptForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        RemedyPlanView plan = conduct.plan(id); // not found before anything else
        return act(binding, null, () -> {
            RemedyPlanView p = conduct.accept(id, form.acceptedOn(), form.version());
            redirect.addFlashAttribute("notice", messages.text("conduct.planAccepted", p.items().size()));
            return url("/conduct/expressions", p.unitCode(), p.year(), "plan-" + p.id());
        }, errors -> {
            pages.expressions(plan.unitCode(), String.valueOf(plan.year()), "accept-" + id, form, errors, model);
            return "conduct/expressions";
        }, response);
    }

    @PostMapping("/conduct/commitments")
    String recordCommitment(@ModelAttribute CommitmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(binding, null, () -> {
            CommitmentView c = commitments.record(new NewCommitment(form.memberId(), form.cellCode(), form.year(),
                    form.codes(), form.actionLines(), form.signedOn(), form.dueBy()));
            redirect.addFlashAttribute("notice", messages.text(c.recordedOnBehalf() ? "conduct.commitmentRecordedOnBehalf"
                    : "conduct.commitmentRecorded", c.memberName(), c.year()));
            return url("/conduct/commitments", c.cellCode(), c.year(), "commitment-" + c.id());
        }, errors -> {
            pages.commitments(form.cellCode() == null ? "" : form.cellCode(), year(form.year()), "record", form, errors,
                    model);
            return "conduct/commitments";
        }, response);
    }

    @PostMapping("/conduct/commitments/{id:\\d+}/check")
    String check(@PathVariable long id, @Validated @ModelAttribute CheckForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CommitmentView commitment = commitments.commitment(id); // not found before anything else
        return act(binding, null, () -> {
            CommitmentView c = commitments.check(id, Outcomes.parse(form.outcome()), form.note(), form.checkedOn(),
                    form.version());
            redirect.addFlashAttribute("notice", messages.text("conduct.checked", c.memberName(),
                    messages.text(c.outcome().messageKey())));
            return url("/conduct/commitments", c.cellCode(), c.year(), "commitment-" + c.id());
        }, errors -> {
            pages.commitments(commitment.cellCode(), String.valueOf(commitment.year()), "check-" + id, form, errors, model);
            return "conduct/commitments";
        }, response);
    }

    private static String year(Integer year) {
        return year == null ? null : String.valueOf(year);
    }

    /** Codes typed as "G1.3, G1.4" or "G1.3 G1.4". */
    static List<String> codes(String typed) {
        List<String> out = new ArrayList<>();
        if (typed != null) {
            for (String t : typed.split("[,;\\s]+")) {
                if (!t.isBlank()) {
                    out.add(t.trim());
                }
            }
        }
        return out;
    }

    /** One form: binding problems, else the facade call; done → redirect, refused → the page again with the problems. */
    private String act(BindingResult binding, List<Integer> rows, Supplier<String> action,
            java.util.function.Function<FormErrors, String> page, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            response.setStatus(422);
            errors = messages.errors(binding);
        } else {
            try {
                return action.get();
            } catch (DomainException e) {
                errors = messages.refused(e, response, rows);
            }
        }
        return page.apply(errors);
    }
}
