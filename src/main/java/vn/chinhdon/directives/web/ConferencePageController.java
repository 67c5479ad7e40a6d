package vn.chinhdon.directives.web;

import vn.chinhdon.platform.FormErrors;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.directives.ConferenceView;
import vn.chinhdon.directives.Dissemination;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;

/** Dissemination conferences (hội nghị quán triệt, học tập): recording one, and one with its attendance. */
@Controller
class ConferencePageController {

    private final Dissemination dissemination;
    private final DocumentRegister register;
    private final OrganizationManagement organization;
    private final PageMessages messages;

    ConferencePageController(Dissemination dissemination, DocumentRegister register, OrganizationManagement organization,
            PageMessages messages) {
        this.dissemination = dissemination;
        this.register = register;
        this.organization = organization;
        this.messages = messages;
    }

    /** The form as typed; {@code documents}: ids or numbers of the documents disseminated. */
    record ConferenceForm(String unitCode, @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, String format, String title,
            String documents, Integer attendees) {
    }

    @GetMapping("/conferences/new")
    String form(@RequestParam(required = false) String unitCode, @RequestParam(required = false) Long documentId,
            Model model) {
        String unit = DocumentPageController.clean(unitCode);
        String title = null;
        if (documentId != null) {
            title = messages.text("conference.defaultTitle", register.document(documentId).number());
        }
        ConferenceForm form = new ConferenceForm(unit != null ? unit : DocumentPageController.topUnit(organization), null,
                "IN_PERSON", title, documentId == null ? null : String.valueOf(documentId), null);
        return formPage(form, null, model);
    }

    @PostMapping("/conferences")
    String record(@ModelAttribute("form") ConferenceForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = messages.errors(binding);
        } else {
            try {
                List<Long> documents = DocumentTokens.resolve(register, form.documents(), "documentIds");
                ConferenceView v = dissemination.record(new Dissemination.NewConference(
                        DocumentPageController.clean(form.unitCode()), form.heldOn(), form.format(), form.title(), documents,
                        form.attendees()));
                redirect.addFlashAttribute("notice", messages.text("conference.recorded", v.title()));
                return "redirect:/conferences/" + v.id();
            } catch (ValidationException e) {
                errors = messages.errors(e, "conference");
            } catch (ForbiddenException | NotFoundException e) {
                response.setStatus(e instanceof ForbiddenException ? 403 : 404);
                errors = messages.errors(e);
            }
        }
        return formPage(form, errors, model);
    }

    private String formPage(ConferenceForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "conferences/form";
    }

    @GetMapping("/conferences/{id:\\d+}")
    String conference(@PathVariable long id, Model model) {
        model.addAttribute("conf", dissemination.conference(id));
        return "conferences/conference";
    }
}
