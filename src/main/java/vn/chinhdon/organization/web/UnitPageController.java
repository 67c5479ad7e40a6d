package vn.chinhdon.organization.web;

import vn.chinhdon.platform.ProblemLine;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.chinhdon.organization.CommitteeManagement;
import vn.chinhdon.organization.CommitteeView;
import vn.chinhdon.organization.MemberManagement;
import vn.chinhdon.organization.MemberView;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;

/**
 * A unit as of a date: what it is, its counts, subunits and members, its history; for those who manage
 * it, the members a restructuring placed by rule, to confirm or re-assign.
 */
@Controller
class UnitPageController {

    static final int PAGE_SIZE = 20;

    private final OrganizationManagement organization;
    private final MemberManagement members;
    private final CommitteeManagement committees;
    private final PageMessages messages;

    UnitPageController(OrganizationManagement organization, MemberManagement members, CommitteeManagement committees,
            PageMessages messages) {
        this.organization = organization;
        this.members = members;
        this.committees = committees;
        this.messages = messages;
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer tpage, Model model) {
        LocalDate date = at == null ? organization.today() : at;
        OrgUnitView unit = organization.unit(code, date);
        String query = q == null || q.isBlank() ? null : q.trim();
        boolean canManage = organization.canManage(unit.code());
        model.addAttribute("unit", unit);
        model.addAttribute("at", date);
        model.addAttribute("q", query);
        model.addAttribute("summary", organization.summary(unit.code(), date));
        model.addAttribute("subunits", organization.list(unit.code(), null, date));
        model.addAttribute("members", members.search(unit.code(), query, date, page, PAGE_SIZE));
        model.addAttribute("timeline", organization.timeline(unit.code()));
        model.addAttribute("history", organization.history(unit.code()));
        model.addAttribute("canManage", canManage);
        model.addAttribute("toConfirm", canManage ? members.toConfirm(unit.code(), tpage, PAGE_SIZE) : null);
        model.addAttribute("committee", committee(unit.code()));
        return "units/unit";
    }

    /** The unit's committee terms, newest first; none for a unit that no longer exists today. */
    private CommitteeView committee(String code) {
        CommitteeView c;
        try {
            c = committees.committee(code);
        } catch (NotFoundException e) {
            return null;
        }
        // seats in the order of rank (Bí thư first), the head first among equals
        return new CommitteeView(c.unitCode(), c.terms().stream().map(t -> new CommitteeView.Term(t.id(), t.label(),
                t.startsOn(), t.endsOn(), t.seats().stream().sorted(java.util.Comparator
                        .comparing((CommitteeView.Seat s) -> s.position().ordinal())
                        .thenComparing(s -> !s.head())).toList(), t.version())).toList());
    }

    /** Confirm (no unit code) or re-assign a member placed by a restructuring rule. */
    record PlacementForm(String unitCode, @NotNull Long version) {
    }

    @PostMapping("/units/{code}/placements/{memberId}")
    String placement(@PathVariable String code, @PathVariable long memberId, @Validated PlacementForm form,
            BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("alert", messages.text("form.invalid"));
        } else {
            try {
                MemberView m = members.confirmPlacement(memberId, form.unitCode(), form.version());
                redirect.addFlashAttribute("notice", form.unitCode() == null || form.unitCode().isBlank()
                        ? messages.text("placement.confirmed", m.fullName(), m.unitName())
                        : messages.text("placement.reassigned", m.fullName(), m.unitName()));
            } catch (ValidationException e) {
                redirect.addFlashAttribute("alert", messages.text("placement.failed", String.join(" ",
                        messages.lines(e, "field.").stream().map(ProblemLine::message).toList())));
            } catch (ConflictException e) {
                // someone confirmed or changed the member meanwhile: the redirect shows the page as it is now
                redirect.addFlashAttribute("alert", messages.text(e.messageKey(), e.args()));
            }
        }
        return "redirect:/units/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8)
                + "#to-confirm";
    }
}
