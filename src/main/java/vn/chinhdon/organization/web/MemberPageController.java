package vn.chinhdon.organization.web;

import vn.chinhdon.platform.CsvExport;
import vn.chinhdon.platform.FormErrors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
import vn.chinhdon.organization.Gender;
import vn.chinhdon.organization.MemberDetail;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberStatus;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.PageResult;

/** Members: the list of a subtree, a member's page, corrections, transfers and status changes. */
@Controller
class MemberPageController {

    private final MemberManagement members;
    private final OrganizationManagement organization;
    private final PageMessages messages;

    MemberPageController(MemberManagement members, OrganizationManagement organization, PageMessages messages) {
        this.members = members;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/members")
    String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at,
            @RequestParam(required = false) Integer page, Model model) {
        LocalDate date = at == null ? organization.today() : at;
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        String query = q == null || q.isBlank() ? null : q.trim();
        model.addAttribute("result", members.search(unit, query, date, page, UnitPageController.PAGE_SIZE));
        model.addAttribute("unitCode", unit);
        model.addAttribute("q", query);
        model.addAttribute("at", date);
        return "members/list";
    }

    /**
     * The members of the list as a CSV file (UTF-8 with a BOM for Excel), its first columns those of the
     * import template, so that an exported file can be corrected and imported elsewhere.
     */
    @GetMapping("/members/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at) {
        LocalDate date = at == null ? organization.today() : at;
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        String query = q == null || q.isBlank() ? null : q.trim();
        CsvExport csv = new CsvExport(messages.text("members.export.header"));
        DateTimeFormatter vi = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        int page = 0;
        PageResult<MemberView> result;
        do {
            result = members.search(unit, query, date, page++, PageResult.MAX_SIZE);
            for (MemberView m : result.items()) {
                csv.row(java.util.Arrays.asList(m.cardNumber(), m.fullName(), messages.text(m.gender().messageKey()),
                        m.birthDate().format(vi), m.admissionDate().format(vi),
                        m.officialDate() == null ? null : m.officialDate().format(vi), m.unitCode(), m.unitName(),
                        messages.text(m.status().messageKey())));
            }
        } while (page < result.pages());
        return csv.download("dang-vien" + (unit == null ? "" : "-" + unit) + "-" + date + ".csv");
    }

    /** Corrections of the record; {@code version} is the one the editor read. */
    record EditForm(@NotBlank String fullName, String cardNumber, @NotBlank String gender,
            @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate birthDate,
            @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate admissionDate,
            @DateTimeFormat(iso = ISO.DATE) LocalDate officialDate, @NotNull Long version) {

        static EditForm of(MemberView m) {
            return new EditForm(m.fullName(), m.cardNumber(), m.gender().name(), m.birthDate(), m.admissionDate(),
                    m.officialDate(), m.version());
        }
    }

    record TransferForm(@NotBlank String unitCode, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate date, String note,
            @NotNull Long version) {
    }

    record StatusForm(@NotBlank String status, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate date, String note,
            @NotNull Long version) {
    }

    @GetMapping("/members/{id}")
    String member(@PathVariable long id, Model model) {
        MemberDetail detail = members.member(id);
        return page(detail, null, null, null, null, null, null, model);
    }

    @PostMapping("/members/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("editForm") EditForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Outcome o = attempt(binding, () -> {
            MemberView m = members.update(id, new MemberManagement.MemberEdit(form.fullName(), form.cardNumber(),
                    form.gender(), form.birthDate(), form.admissionDate(), form.officialDate(), form.version()));
            redirect.addFlashAttribute("notice", messages.text("member.saved", m.fullName()));
        });
        return o.done() ? "redirect:/members/" + id
                : page(members.member(id), form, o.errors(), null, null, null, null, model);
    }

    @PostMapping("/members/{id}/transfer")
    String transfer(@PathVariable long id, @Validated @ModelAttribute("transferForm") TransferForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Outcome o = attempt(binding, () -> {
            MemberView m = members.transfer(id, form.unitCode(), form.date(), form.note(), form.version());
            redirect.addFlashAttribute("notice", messages.text("member.transferred", m.fullName(), m.unitName()));
        });
        return o.done() ? "redirect:/members/" + id
                : page(members.member(id), null, null, form, o.errors(), null, null, model);
    }

    @PostMapping("/members/{id}/status")
    String status(@PathVariable long id, @Validated @ModelAttribute("statusForm") StatusForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Outcome o = attempt(binding, () -> {
            MemberView m = members.changeStatus(id, form.status(), form.date(), form.note(), form.version());
            redirect.addFlashAttribute("notice", messages.text("member.statusChanged", m.fullName(),
                    messages.text(m.status().messageKey())));
        });
        return o.done() ? "redirect:/members/" + id
                : page(members.member(id), null, null, null, null, form, o.errors(), model);
    }

    /** How a form submission ended: done, or the problems to show on the form. */
    private record Outcome(FormErrors errors) {
        boolean done() {
            return errors == null;
        }
    }

    /** Binding problems, else the facade call; its refusals become the form's problems. */
    private Outcome attempt(BindingResult binding, Runnable action) {
        if (binding.hasErrors()) {
            return new Outcome(messages.errors(binding, "field."));
        }
        try {
            action.run();
            return new Outcome(null);
        } catch (ValidationException e) {
            return new Outcome(messages.errors(e, "field."));
        } catch (ConflictException | OptimisticLockingFailureException e) {
            return new Outcome(stale(e));
        }
    }

    /** A stale version shows "someone changed this, reload"; other conflicts go to the error page. */
    private static FormErrors stale(RuntimeException e) {
        if (e instanceof ConflictException c && !"error.stale".equals(c.messageKey())) {
            throw c;
        }
        return FormErrors.staleRecord();
    }

    private String page(MemberDetail detail, EditForm edit, FormErrors editErrors, TransferForm transfer,
            FormErrors transferErrors, StatusForm status, FormErrors statusErrors, Model model) {
        MemberView m = detail.member();
        model.addAttribute("detail", detail);
        model.addAttribute("m", m);
        model.addAttribute("editForm", edit != null ? edit : EditForm.of(m));
        model.addAttribute("transferForm", transfer != null ? transfer
                : new TransferForm(null, organization.today(), null, m.version()));
        model.addAttribute("statusForm", status != null ? status
                : new StatusForm(m.status().name(), organization.today(), null, m.version()));
        model.addAttribute("editErrors", editErrors);
        model.addAttribute("transferErrors", transferErrors);
        model.addAttribute("statusErrors", statusErrors);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("statuses", MemberStatus.values());
        return "members/member";
    }
}
