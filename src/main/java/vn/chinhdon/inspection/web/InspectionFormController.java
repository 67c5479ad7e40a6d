package vn.chinhdon.inspection.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.inspection.Conclusion;
import vn.chinhdon.inspection.InspectionManagement;
import vn.chinhdon.inspection.InspectionView;
import vn.chinhdon.inspection.NewDelegate;
import vn.chinhdon.inspection.NewFinding;
import vn.chinhdon.inspection.NewRecommendation;
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
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.ValidationException.Problem;

/**
 * The forms of an inspection's page: each posts, calls one facade method, and redirects back to its section
 * with a notice; a refusal shows the page again with the form as typed, its problems and the status the API
 * would give (422, 409 "someone changed this, reload", 403).
 */
@Controller
class InspectionFormController {

    private final InspectionManagement inspections;
    private final DocumentRegister documents;
    private final InspectionPageMessages messages;

    InspectionFormController(InspectionManagement inspections, DocumentRegister documents,
            InspectionPageMessages messages) {
        this.inspections = inspections;
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping("/inspections/{id:\\d+}/targets")
    String addTargets(@PathVariable long id, @Validated @ModelAttribute TargetsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "targets", form, binding, () -> {
            List<Problem> problems = new ArrayList<>();
            List<Long> memberIds = FormValues.ids(form.targetMemberIds(), "targetMemberIds", problems);
            FormValues.throwIfAny(problems);
            inspections.addTargets(id, FormValues.tokens(form.targetUnitCodes()), memberIds, form.version());
            return messages.text("inspection.targetsAdded");
        }, "targets", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/targets/{targetId:\\d+}/remove")
    String removeTarget(@PathVariable long id, @PathVariable long targetId, @Validated @ModelAttribute VersionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "targets", null, binding, () -> {
            inspections.removeTarget(id, targetId, form.version());
            return messages.text("inspection.targetRemoved");
        }, "targets", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/delegates")
    String addDelegate(@PathVariable long id, @Validated @ModelAttribute DelegateForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "delegate", form, binding, () -> {
            inspections.addDelegate(id, new NewDelegate(form.memberId(), FormValues.clean(form.role()), form.conflict(),
                    form.approval()), form.version());
            return messages.text("inspection.delegateAdded");
        }, "delegation", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/delegates/{delegateId:\\d+}/remove")
    String removeDelegate(@PathVariable long id, @PathVariable long delegateId,
            @Validated @ModelAttribute VersionForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, "delegate", null, binding, () -> {
            inspections.removeDelegate(id, delegateId, form.version());
            return messages.text("inspection.delegateRemoved");
        }, "delegation", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/step")
    String advance(@PathVariable long id, @Validated @ModelAttribute StepForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "step", form, binding, () -> {
            Long decision = FormValues.document(documents, form.decisionDocumentId(), "decisionDocumentId");
            InspectionView v = inspections.advance(id, new InspectionManagement.StepInput(FormValues.clean(form.step()),
                    form.on(), form.note(), decision, form.delegationApproval(), form.report()), form.version());
            return messages.text("inspection.stepTaken", messages.text(v.step().messageKey()));
        }, "procedure", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/conclusion")
    String conclude(@PathVariable long id, @Validated @ModelAttribute ConclusionForm form, BindingResult binding,
            @RequestParam(required = false) Integer rows, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        List<Integer> sent = new ArrayList<>();
        List<Conclusion.Requirement> requirements = new ArrayList<>();
        List<RequirementRow> typed = form.requirements() == null ? List.of() : form.requirements();
        for (int i = 0; i < typed.size(); i++) {
            RequirementRow r = typed.get(i);
            if (r != null && !r.empty()) {
                sent.add(i);
                requirements.add(new Conclusion.Requirement(r.targetId(), r.text(), r.deadline(), r.deadlineWorkingDays()));
            }
        }
        if (binding.hasErrors()) {
            response.setStatus(422);
            return page(id, "conclusion", form, messages.errors(binding), rows, model);
        }
        try {
            Long notice = FormValues.document(documents, form.documentId(), "documentId");
            InspectionView v = inspections.conclude(id, new Conclusion(notice, form.summary(), form.on(), requirements),
                    form.version());
            redirect.addFlashAttribute("notice", messages.text("inspection.concluded", v.requirements().size()));
            return "redirect:/inspections/" + id + "#conclusion";
        } catch (DomainException e) {
            return page(id, "conclusion", form, messages.refused(e, response, sent), rows, model);
        }
    }

    @PostMapping("/inspections/{id:\\d+}/extension")
    String extend(@PathVariable long id, @Validated @ModelAttribute ExtendForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "extend", form, binding, () -> {
            InspectionView v = inspections.extend(id, form.days(), form.reason(), form.version());
            return messages.text("inspection.extended", v.dueOn());
        }, "procedure", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/diary")
    String addDiaryEntry(@PathVariable long id, @Validated @ModelAttribute DiaryForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "diary", form, binding, () -> {
            inspections.addDiaryEntry(id, form.entryOn(), form.text(), form.version());
            return messages.text("inspection.diaryAdded");
        }, "diary", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/findings")
    String addFinding(@PathVariable long id, @Validated @ModelAttribute FindingForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "finding", form, binding, () -> {
            inspections.addFinding(id, new NewFinding(form.targetId(), FormValues.clean(form.kind()), form.text(),
                    FormValues.clean(form.causeKind()), form.cause(), FormValues.clean(form.responsibility()),
                    form.responsibleMemberId(), FormValues.tokens(form.degradationCodes())), form.version());
            return messages.text("inspection.findingAdded");
        }, "findings", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/recommendations")
    String recommend(@PathVariable long id, @Validated @ModelAttribute RecommendationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "recommendation", form, binding, () -> {
            inspections.recommend(id, new NewRecommendation(form.targetId(), FormValues.clean(form.toUnitCode()),
                    form.text(), form.madeOn()), form.version());
            return messages.text("inspection.recommended");
        }, "recommendations", model, redirect, response);
    }

    @PostMapping("/inspections/{id:\\d+}/recommendations/{recommendationId:\\d+}/answer")
    String answer(@PathVariable long id, @PathVariable long recommendationId, @Validated @ModelAttribute AnswerForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "answer-" + recommendationId, form, binding, () -> {
            inspections.answer(id, recommendationId, form.answer(), form.version());
            return messages.text("inspection.answered");
        }, "recommendations", model, redirect, response);
    }

    /** One form: binding problems, else the facade call; done → back to the section, refused → the page again. */
    private String act(long id, String key, Object form, BindingResult binding, Supplier<String> action, String anchor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return messages.act(binding, action, "/inspections/" + id + "#" + anchor, null,
                errors -> page(id, key, form, errors, null, model), redirect, response);
    }

    private String page(long id, String key, Object form, FormErrors errors, Integer rows, Model model) {
        InspectionDetail.model(inspections.inspection(id), key, form, errors, rows, model);
        return "inspections/inspection";
    }
}
