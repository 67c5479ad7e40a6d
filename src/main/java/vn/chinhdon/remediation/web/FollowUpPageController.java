package vn.chinhdon.remediation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.MessageArgs;
import vn.chinhdon.platform.ProblemLine;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.remediation.FollowUpCounts;
import vn.chinhdon.remediation.FollowUpManagement;
import vn.chinhdon.remediation.FollowUpView;
import vn.chinhdon.remediation.SourceKind;

/**
 * The follow-up pages: the tasks of a unit's subtree (filters, counts, as of a date) and a task with its
 * evidence, history and the forms of whoever may act on it (attach and submit; verify or send back).
 */
@Controller
class FollowUpPageController {

    static final int PAGE_SIZE = 30;

    private final FollowUpManagement followUps;
    private final OrganizationManagement organization;
    private final MessageSource messages;

    FollowUpPageController(FollowUpManagement followUps, OrganizationManagement organization, MessageSource messages) {
        this.followUps = followUps;
        this.organization = organization;
        this.messages = messages;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private String text(String key, Object... args) {
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, MessageArgs.format(args, locale), key, locale);
    }

    @GetMapping("/follow-ups")
    String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String state,
            @RequestParam(required = false) String sourceKind,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at,
            @RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
        String unit = clean(unitCode);
        if (unit == null) {
            var top = organization.list(null, null, null);
            unit = top.isEmpty() ? null : top.get(0).code();
        }
        model.addAttribute("unitCode", unit);
        model.addAttribute("state", clean(state));
        model.addAttribute("sourceKind", clean(sourceKind));
        model.addAttribute("at", at);
        model.addAttribute("filters", FollowUpManagement.Filter.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        if (unit != null) {
            try {
                model.addAttribute("result", followUps.list(unit, clean(state), clean(sourceKind), at, page, PAGE_SIZE));
                FollowUpCounts counts = followUps.counts(unit, at);
                model.addAttribute("counts", counts);
            } catch (ValidationException e) {
                response.setStatus(422);
                model.addAttribute("errors", errors(e));
            }
        }
        return "followups/list";
    }

    @GetMapping("/follow-ups/{id:\\d+}")
    String task(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at,
            Model model) {
        return taskPage(followUps.task(id, at), null, null, null, null, model);
    }

    record SubmitForm(String evidence, Long version) {
    }

    record VerifyForm(String remark, Long version) {
    }

    record SendBackForm(String reason, Long version) {
    }

    private String taskPage(FollowUpView t, SubmitForm submit, FormErrors ownerErrors, SendBackForm sendBack,
            FormErrors verifierErrors, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("submitForm", submit != null ? submit : new SubmitForm(t.evidenceText(), t.version()));
        model.addAttribute("sendBackForm", sendBack != null ? sendBack : new SendBackForm(null, t.version()));
        model.addAttribute("ownerErrors", ownerErrors);
        model.addAttribute("verifierErrors", verifierErrors);
        model.addAttribute("currentFiles", t.files().stream().filter(f -> f.round() == t.round()).toList());
        model.addAttribute("earlierFiles", t.files().stream().filter(f -> f.round() != t.round()).toList());
        return "followups/task";
    }

    @PostMapping(value = "/follow-ups/{id:\\d+}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            followUps.attach(id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", text("followUp.attached", file.getOriginalFilename()));
            return "redirect:/follow-ups/" + id + "#evidence";
        } catch (DomainException e) {
            FollowUpView t = followUps.task(id, null);
            return taskPage(t, null, refused(e, response), null, null, model);
        }
    }

    @PostMapping("/follow-ups/{id:\\d+}/submit")
    String submit(@PathVariable long id, @ModelAttribute SubmitForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, () -> followUps.submit(id, form.evidence(), form.version()), "followUp.submitted", redirect,
                (t, errors) -> taskPage(t, form, errors, null, null, model), response);
    }

    @PostMapping("/follow-ups/{id:\\d+}/verify")
    String verify(@PathVariable long id, @ModelAttribute VerifyForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, () -> followUps.verify(id, form.remark(), form.version()), "followUp.verified", redirect,
                (t, errors) -> taskPage(t, null, null, null, errors, model), response);
    }

    @PostMapping("/follow-ups/{id:\\d+}/send-back")
    String sendBack(@PathVariable long id, @ModelAttribute SendBackForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, () -> followUps.sendBack(id, form.reason(), form.version()), "followUp.sentBack", redirect,
                (t, errors) -> taskPage(t, null, null, form, errors, model), response);
    }

    /** One transition: done → back to the task with a notice (post/redirect/get); refused → the page with why. */
    private String act(long id, Runnable transition, String noticeKey, RedirectAttributes redirect,
            java.util.function.BiFunction<FollowUpView, FormErrors, String> refusedPage, HttpServletResponse response) {
        try {
            transition.run();
            redirect.addFlashAttribute("notice", text(noticeKey));
            return "redirect:/follow-ups/" + id;
        } catch (DomainException e) {
            FormErrors errors = refused(e, response);
            return refusedPage.apply(followUps.task(id, null), errors);
        }
    }

    /** A file of evidence, for the logged-in user. */
    @GetMapping("/follow-ups/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        return FollowUpApiController.download(followUps.file(id, fileId));
    }

    /** A refusal shown beside the form, with the status the API would give. */
    private FormErrors refused(DomainException e, HttpServletResponse response) {
        if (e instanceof ValidationException v) {
            response.setStatus(422);
            return errors(v);
        }
        if (e instanceof ConflictException c && "error.stale".equals(c.messageKey())) {
            response.setStatus(409);
            return FormErrors.staleRecord();
        }
        response.setStatus(e instanceof ForbiddenException ? 403 : e instanceof ConflictException ? 409 : 404);
        return FormErrors.of(text(e.messageKey(), e.args()));
    }

    private FormErrors errors(ValidationException e) {
        List<ProblemLine> lines = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String label = messages.getMessage("followUp.field." + p.field(), null, null, LocaleContextHolder.getLocale());
            lines.add(new ProblemLine(null, p.field(), label, text(p.messageKey(), p.args())));
        }
        return new FormErrors(lines, false);
    }
}
