package vn.chinhdon.directives.web;

import vn.chinhdon.platform.FormErrors;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.directives.CampaignView;
import vn.chinhdon.directives.ComplianceView;
import vn.chinhdon.directives.Deliverable;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.ObligationStatus;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.PageResult;

/**
 * Implementation campaigns: the list of a unit's, opening one, and the compliance page — who has done it, as of
 * a date, over a unit's subtree with drill-down level by level — with delivering, exempting and cascading.
 */
@Controller
class CampaignPageController {

    static final int PAGE_SIZE = 50;
    static final int LIST_SIZE = 20;

    private final CampaignManagement campaigns;
    private final DocumentRegister register;
    private final OrganizationManagement organization;
    private final PageMessages messages;
    private final JsonMapper json;

    CampaignPageController(CampaignManagement campaigns, DocumentRegister register, OrganizationManagement organization,
            PageMessages messages, JsonMapper json) {
        this.campaigns = campaigns;
        this.register = register;
        this.organization = organization;
        this.messages = messages;
        this.json = json;
    }

    private static String clean(String s) {
        return DocumentPageController.clean(s);
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) Integer page,
            Model model) {
        String unit = clean(unitCode);
        if (unit == null) {
            unit = DocumentPageController.topUnit(organization);
        }
        List<CampaignManagement.CampaignLine> lines = unit == null ? List.of() : campaigns.campaigns(unit);
        model.addAttribute("unit", unit == null ? null : organization.unit(unit, null));
        model.addAttribute("unitCode", unit);
        model.addAttribute("result", slice(lines, page, LIST_SIZE));
        return "campaigns/list";
    }

    /** One page of a list the facade gives whole. */
    static <T> PageResult<T> slice(List<T> all, Integer page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int p = Math.min(PageResult.clampPage(page), pages - 1);
        return new PageResult<>(all.subList(Math.min(all.size(), p * size), Math.min(all.size(), (p + 1) * size)), p, size,
                all.size());
    }

    /** The campaign form, as typed; {@code source}: the source document's id or number. */
    record CampaignForm(String source, String requiringUnitCode, Integer depth, String deliverable,
            @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn, String title, @DateTimeFormat(iso = ISO.DATE) LocalDate openedOn,
            Integer remindDays) {
    }

    @GetMapping("/campaigns/new")
    String form(@RequestParam(required = false) Long sourceDocumentId, @RequestParam(required = false) String unitCode,
            Model model) {
        String unit = clean(unitCode);
        CampaignForm form = new CampaignForm(sourceDocumentId == null ? null : String.valueOf(sourceDocumentId),
                unit != null ? unit : DocumentPageController.topUnit(organization), 1, Deliverable.PLAN.name(), null, null,
                null, 7);
        return formPage(form, null, model);
    }

    @PostMapping("/campaigns")
    String open(@ModelAttribute("form") CampaignForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = messages.errors(binding);
        } else {
            try {
                Long source = DocumentTokens.resolveOne(register, form.source(), "sourceDocumentId");
                CampaignView c = campaigns.open(new CampaignManagement.OpenCampaign(source, clean(form.requiringUnitCode()),
                        form.depth(), form.deliverable(), form.dueOn(), form.title(), form.openedOn(), form.remindDays()));
                redirect.addFlashAttribute("notice", messages.text("campaign.opened", c.title(), c.obligations().size()));
                return "redirect:/campaigns/" + c.id();
            } catch (ValidationException e) {
                errors = messages.errors(e);
            } catch (ForbiddenException | NotFoundException e) {
                response.setStatus(e instanceof ForbiddenException ? 403 : 404);
                errors = messages.errors(e);
            }
        }
        return formPage(form, errors, model);
    }

    private String formPage(CampaignForm form, FormErrors errors, Model model) {
        Long sourceId = form.source() != null && form.source().trim().matches("\\d{1,18}") ? Long.valueOf(form.source().trim())
                : null;
        model.addAttribute("sourceDoc", sourceId == null ? null : sourceDocument(sourceId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("deliverables", Deliverable.values());
        return "campaigns/form";
    }

    private vn.chinhdon.directives.DocumentView sourceDocument(long id) {
        try {
            return register.document(id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    record DeliverForm(String unitCode, String document, Long conferenceId, String note, String scope) {
    }

    record ExemptForm(String unitCode, String reason, String scope) {
    }

    record CascadeForm(String unitCode, Integer depth, @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn, String scope) {
    }

    /** The forms of the compliance page and their problems (one of them after a refused POST). */
    record Forms(DeliverForm deliver, FormErrors deliverErrors, ExemptForm exempt, FormErrors exemptErrors,
            CascadeForm cascade, FormErrors cascadeErrors) {

        static Forms empty(String unitCode, String scope, LocalDate due) {
            return new Forms(new DeliverForm(unitCode, null, null, null, scope), null, new ExemptForm(unitCode, null, scope),
                    null, new CascadeForm(unitCode, 1, due, scope), null);
        }
    }

    @GetMapping("/campaigns/{id:\\d+}")
    String campaign(@PathVariable long id, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate at,
            @RequestParam(required = false) Integer opage, @RequestParam(required = false) Integer npage, Model model) {
        return campaignPage(id, clean(unitCode), at, opage, npage, null, model);
    }

    @PostMapping("/campaigns/{id:\\d+}/deliver")
    String deliver(@PathVariable long id, @ModelAttribute DeliverForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Long document = DocumentTokens.resolveOne(register, form.document(), "documentId");
            campaigns.fulfil(id, clean(form.unitCode()), document, form.conferenceId(), form.note());
            redirect.addFlashAttribute("notice", messages.text("campaign.delivered", clean(form.unitCode())));
            return back(id, form.scope());
        } catch (DomainException e) {
            FormErrors errors = refused(e, response);
            Forms forms = Forms.empty(form.unitCode(), form.scope(), null);
            return campaignPage(id, clean(form.scope()), null, null, null,
                    new Forms(form, errors, forms.exempt(), null, forms.cascade(), null), model);
        }
    }

    @PostMapping("/campaigns/{id:\\d+}/exempt")
    String exempt(@PathVariable long id, @ModelAttribute ExemptForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            campaigns.exempt(id, clean(form.unitCode()), form.reason());
            redirect.addFlashAttribute("notice", messages.text("campaign.exempted", clean(form.unitCode())));
            return back(id, form.scope());
        } catch (DomainException e) {
            FormErrors errors = refused(e, response);
            Forms forms = Forms.empty(form.unitCode(), form.scope(), null);
            return campaignPage(id, clean(form.scope()), null, null, null,
                    new Forms(forms.deliver(), null, form, errors, forms.cascade(), null), model);
        }
    }

    @PostMapping("/campaigns/{id:\\d+}/cascade")
    String cascade(@PathVariable long id, @ModelAttribute CascadeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = messages.errors(binding);
        } else {
            try {
                CampaignView c = campaigns.cascade(id, clean(form.unitCode()), form.depth(), form.dueOn(), null, null);
                redirect.addFlashAttribute("notice", messages.text("campaign.cascaded", c.requiringUnitName(),
                        c.obligations().size()));
                return "redirect:/campaigns/" + c.id();
            } catch (DomainException e) {
                errors = refused(e, response);
            }
        }
        Forms forms = Forms.empty(form.unitCode(), form.scope(), null);
        return campaignPage(id, clean(form.scope()), null, null, null,
                new Forms(forms.deliver(), null, forms.exempt(), null, form, errors), model);
    }

    /** A refusal shown on the form, with the status the API would give (the page itself re-checks the campaign). */
    private FormErrors refused(DomainException e, HttpServletResponse response) {
        if (e instanceof ValidationException v) {
            return messages.errors(v);
        }
        if (e instanceof ConflictException c && "error.stale".equals(c.messageKey())) {
            response.setStatus(409);
            return FormErrors.staleRecord();
        }
        response.setStatus(e instanceof ForbiddenException ? 403 : e instanceof ConflictException ? 409 : 404);
        return messages.errors(e);
    }

    private static String back(long id, String scope) {
        String s = clean(scope);
        return "redirect:" + UriComponentsBuilder.fromPath("/campaigns/{id}").queryParamIfPresent("unitCode",
                java.util.Optional.ofNullable(s)).buildAndExpand(id).encode().toUriString();
    }

    private String campaignPage(long id, String unitCode, LocalDate at, Integer opage, Integer npage, Forms forms,
            Model model) {
        CampaignView c = campaigns.campaign(id, at);
        ComplianceView v = compliance(id, unitCode, c.at());
        boolean explicitDate = at != null;
        model.addAttribute("c", c);
        model.addAttribute("v", v);
        model.addAttribute("explicitDate", explicitDate);
        List<OrgUnitView> trail = v == null ? List.of() : trail(v.unitCode(), c.requiringUnitCode(), c.at());
        model.addAttribute("trail", trail);
        LocalDate linkDate = explicitDate ? c.at() : null;
        Map<String, String> drill = new LinkedHashMap<>();
        trail.forEach(u -> drill.put(u.code(), link(id, u.code().equals(c.requiringUnitCode()) ? null : u.code(), linkDate)));
        if (v != null) {
            v.bySubordinate().stream().filter(r -> r.drillable() && !r.code().equals(v.unitCode()))
                    .forEach(r -> drill.put(r.code(), link(id, r.code(), linkDate)));
        }
        model.addAttribute("drill", drill);
        model.addAttribute("chartJson", v == null ? null : chartJson(v, drill));
        model.addAttribute("notDone", v == null ? null : slice(v.notDone(), npage, PAGE_SIZE));
        model.addAttribute("obligations", slice(c.obligations(), opage, PAGE_SIZE));
        model.addAttribute("openCodes", c.obligations().stream()
                .filter(o -> !o.status().done() && o.status() != ObligationStatus.EXEMPT)
                .map(CampaignView.Obligation::holderCode).distinct().toList());
        String scope = v == null ? null : v.unitCode();
        String own = scope != null && !scope.equals(c.requiringUnitCode()) ? scope : null;
        model.addAttribute("forms", forms != null ? forms : Forms.empty(own, unitCode, c.dueOn()));
        model.addAttribute("sentence", v == null ? null : sentence(c.deliverable(), v));
        return "campaigns/campaign";
    }

    /**
     * Compliance over the unit asked, or by default over the requiring unit; a target unit's staff (who do not
     * see the requiring unit) get their own unit's.
     */
    private ComplianceView compliance(long id, String unitCode, LocalDate at) {
        if (unitCode != null) {
            return campaigns.compliance(id, unitCode, at);
        }
        try {
            return campaigns.compliance(id, null, at);
        } catch (NotFoundException e) {
            String top = DocumentPageController.topUnit(organization);
            if (top == null) {
                return null;
            }
            try {
                return campaigns.compliance(id, top, at);
            } catch (NotFoundException again) {
                return null;
            }
        }
    }

    /** The units from the requiring unit down to the parent of the scope (for the breadcrumb back up). */
    private List<OrgUnitView> trail(String scopeCode, String requiringCode, LocalDate at) {
        List<OrgUnitView> out = new ArrayList<>();
        if (scopeCode.equals(requiringCode)) {
            return out;
        }
        String code = scopeCode;
        for (int i = 0; i < 10; i++) {
            OrgUnitView u;
            try {
                u = organization.unit(code, at);
            } catch (NotFoundException e) {
                break;
            }
            if (u.parentCode() == null) {
                break;
            }
            OrgUnitView parent;
            try {
                parent = organization.unit(u.parentCode(), at);
            } catch (NotFoundException e) {
                break;
            }
            out.add(0, parent);
            if (parent.code().equals(requiringCode)) {
                break;
            }
            code = parent.code();
        }
        return out;
    }

    /** "100% tổ chức trực thuộc đã xây dựng kế hoạch", or "2/3 tổ chức trực thuộc đã xây dựng kế hoạch". */
    private String sentence(Deliverable deliverable, ComplianceView v) {
        ComplianceView.Counts t = v.totals();
        int considered = t.targets() - t.exempt();
        if (t.targets() == 0) {
            return messages.text("compliance.sentence.none");
        }
        String what = messages.text("compliance.verb." + deliverable.name());
        if (considered > 0 && t.done() == considered) {
            return messages.text("compliance.sentence.all", what);
        }
        return messages.text("compliance.sentence", t.done(), considered, what, messages.percent(v.percentDone()));
    }

    /**
     * The chart's data, read by js/compliance-chart.js from a {@code <script type="application/json">} block
     * (no inline script under the CSP). "<" is escaped so that no text can close the block.
     */
    /** This campaign's page over a unit (the requiring unit's when null), as of the date asked if one was. */
    static String link(long id, String unitCode, LocalDate at) {
        return UriComponentsBuilder.fromPath("/campaigns/{id}").queryParamIfPresent("unitCode", java.util.Optional.ofNullable(unitCode))
                .queryParamIfPresent("at", java.util.Optional.ofNullable(at)).buildAndExpand(id).encode().toUriString();
    }

    private String chartJson(ComplianceView v, Map<String, String> drill) {
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (String key : List.of("doneOnTime", "doneLate", "late", "pending", "exempt")) {
            series.put(key, new ArrayList<>());
        }
        for (ComplianceView.Row r : v.bySubordinate()) {
            labels.add(r.name());
            links.add(drill.get(r.code()));
            ComplianceView.Counts c = r.counts();
            series.get("doneOnTime").add(c.doneOnTime());
            series.get("doneLate").add(c.doneLate());
            series.get("late").add(c.late());
            series.get("pending").add(c.pending());
            series.get("exempt").add(c.exempt());
        }
        List<Map<String, Object>> datasets = new ArrayList<>();
        series.forEach((key, data) -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("key", key);
            d.put("label", messages.text("compliance.series." + key));
            d.put("data", data);
            datasets.add(d);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", labels);
        out.put("links", links);
        out.put("series", datasets);
        out.put("axis", messages.text("compliance.axis"));
        return json.writeValueAsString(out).replace("<", "\\u003c");
    }
}
