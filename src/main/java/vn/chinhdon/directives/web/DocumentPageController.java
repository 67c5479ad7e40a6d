package vn.chinhdon.directives.web;

import vn.chinhdon.platform.FormErrors;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.directives.AttendanceView;
import vn.chinhdon.directives.CampaignManagement;
import vn.chinhdon.directives.Dissemination;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.DocumentView;
import vn.chinhdon.directives.NewDocument;
import vn.chinhdon.directives.RelationKind;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;

/**
 * The register of Party documents: search, registration (with a live check of the number), a document with
 * its relations, attachments, the tree of documents implementing it, the chain up to the central document,
 * the campaigns opened from it and the attendance at the conferences on it.
 */
@Controller
class DocumentPageController {

    static final int PAGE_SIZE = 20;

    private final DocumentRegister register;
    private final CampaignManagement campaigns;
    private final Dissemination dissemination;
    private final OrganizationManagement organization;
    private final PageMessages messages;

    DocumentPageController(DocumentRegister register, CampaignManagement campaigns, Dissemination dissemination,
            OrganizationManagement organization, PageMessages messages) {
        this.register = register;
        this.campaigns = campaigns;
        this.dissemination = dissemination;
        this.organization = organization;
        this.messages = messages;
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The caller's first top unit (a province for its staff, the Central Committee for an administrator). */
    static String topUnit(OrganizationManagement organization) {
        var top = organization.list(null, null, null);
        return top.isEmpty() ? null : top.get(0).code();
    }

    @GetMapping("/documents")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) Integer page, Model model) {
        String query = clean(q);
        String unit = clean(unitCode);
        model.addAttribute("result", register.search(query, unit, page, PAGE_SIZE));
        model.addAttribute("window", DocumentRegister.SEARCH_WINDOW);
        model.addAttribute("q", query);
        model.addAttribute("unitCode", unit);
        return "documents/list";
    }

    /** What the registration form holds, as typed. {@code implementsText}: ids or numbers. */
    record DocumentForm(String number, String issuerUnitCode, @DateTimeFormat(iso = ISO.DATE) LocalDate issuedOn,
            String title, String signer, String body, Boolean confidential, String implementsText) {
    }

    @GetMapping("/documents/new")
    String form(@RequestParam(required = false) String unitCode, @RequestParam(required = false) Long implementsId,
            Model model) {
        String unit = clean(unitCode);
        DocumentForm form = new DocumentForm(null, unit != null ? unit : topUnit(organization), null, null, null, null,
                false, implementsId == null ? null : String.valueOf(implementsId));
        return formPage(form, null, model);
    }

    @PostMapping("/documents")
    String create(@ModelAttribute("form") DocumentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = messages.errors(binding);
        } else {
            try {
                List<Long> implementsIds = DocumentTokens.resolve(register, form.implementsText(), "implementsIds");
                DocumentView d = register.register(new NewDocument(form.number(), clean(form.issuerUnitCode()),
                        form.issuedOn(), form.title(), form.signer(), form.body(), Boolean.TRUE.equals(form.confidential()),
                        implementsIds));
                redirect.addFlashAttribute("notice", messages.text("document.registered", d.number()));
                return "redirect:/documents/" + d.id();
            } catch (ValidationException e) {
                errors = messages.errors(e);
            }
        }
        return formPage(form, errors, model);
    }

    private String formPage(DocumentForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "documents/form";
    }

    /**
     * The live check of the number field (htmx): "Kế hoạch · Tỉnh ủy", or why the text is not a Party
     * document number (a State number such as 123/QĐ-UBND is told apart).
     */
    @GetMapping("/documents/number-check")
    String numberCheck(@RequestParam(required = false) String number, Model model) {
        String value = clean(number);
        if (value != null) {
            try {
                model.addAttribute("parsed", register.parseNumber(value));
            } catch (ValidationException e) {
                model.addAttribute("numberError", messages.errors(e).getLines().get(0).message());
            }
        }
        return "documents/form :: numberCheck";
    }

    /** Search-as-you-type for the document pickers (htmx): a few documents the caller may see. */
    @GetMapping("/documents/picker")
    String picker(@RequestParam(required = false) String q, @RequestParam(required = false) String target,
            Model model) {
        String query = clean(q);
        model.addAttribute("hits", query == null ? List.of() : register.search(query, null, 0, 8).items());
        model.addAttribute("q", query);
        model.addAttribute("target", target == null || !target.matches("[\\w-]{1,40}") ? "implementsText" : target);
        return "documents/picker :: results";
    }

    record RelationForm(String other, String kind) {
    }

    @GetMapping("/documents/{id:\\d+}")
    String document(@PathVariable long id, Model model) {
        return documentPage(register.document(id), new RelationForm(null, RelationKind.REFERS_TO.name()), null, null,
                model);
    }

    @PostMapping("/documents/{id:\\d+}/relations")
    String relate(@PathVariable long id, @ModelAttribute("relationForm") RelationForm form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors;
        try {
            Long other = DocumentTokens.resolveOne(register, form.other(), "toId");
            if (other == null) {
                throw ValidationException.of("toId", "error.required.named", "toId");
            }
            register.relate(id, other, form.kind());
            redirect.addFlashAttribute("notice", messages.text("document.related"));
            return "redirect:/documents/" + id + "#relations";
        } catch (ValidationException e) {
            errors = messages.errors(e, "relation");
        } catch (ForbiddenException e) {
            errors = messages.errors(e);
        }
        return documentPage(register.document(id), form, errors, null, model);
    }

    @PostMapping(value = "/documents/{id:\\d+}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        FormErrors errors;
        try {
            DocumentView d = register.attach(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", messages.text("document.attached", file.getOriginalFilename(), d.number()));
            return "redirect:/documents/" + id + "#attachments";
        } catch (ValidationException e) {
            errors = messages.errors(e);
        } catch (ForbiddenException e) {
            errors = messages.errors(e);
        }
        return documentPage(register.document(id), new RelationForm(null, RelationKind.REFERS_TO.name()), null, errors,
                model);
    }

    /** An attachment, for the logged-in user (the API's download is HTTP Basic only). */
    @GetMapping("/documents/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        Map<String, Object> a = register.attachment(id, attachmentId);
        return vn.chinhdon.platform.Downloads.attachment((String) a.get("filename"), (String) a.get("content_type"),
                (byte[]) a.get("content"));
    }

    /** The relations grouped by kind and direction ("Cụ thể hóa", "Được cụ thể hóa bởi", …), keyed by message key. */
    static Map<String, List<DocumentView.Link>> relations(DocumentView d) {
        Map<String, List<DocumentView.Link>> out = new LinkedHashMap<>();
        for (RelationKind kind : RelationKind.values()) {
            for (String direction : List.of("OUT", "IN")) {
                List<DocumentView.Link> links = d.relations().stream()
                        .filter(l -> l.kind() == kind && direction.equals(l.direction())).toList();
                if (!links.isEmpty()) {
                    out.put("relation." + kind.name() + "." + direction, links);
                }
            }
        }
        return out;
    }

    private String documentPage(DocumentView d, RelationForm relationForm, FormErrors relationErrors,
            FormErrors attachErrors, Model model) {
        model.addAttribute("doc", d);
        model.addAttribute("tree", register.implementationTree(d.id()));
        List<DocumentView> chain = register.chainUp(d.id());
        model.addAttribute("chain", chain);
        List<DocumentView> down = new ArrayList<>(chain);
        Collections.reverse(down);
        model.addAttribute("chainDown", down);
        model.addAttribute("relations", relations(d));
        model.addAttribute("campaigns", campaigns.campaignsFrom(d.id()));
        String top = topUnit(organization);
        AttendanceView attendance = null;
        if (top != null) {
            try {
                attendance = dissemination.attendance(d.id(), top);
            } catch (NotFoundException e) {
                // the top unit ended meanwhile: no roll-up
            }
        }
        model.addAttribute("attendance", attendance);
        model.addAttribute("topUnit", top);
        model.addAttribute("relationForm", relationForm);
        model.addAttribute("relationErrors", relationErrors);
        model.addAttribute("attachErrors", attachErrors);
        model.addAttribute("kinds", RelationKind.values());
        return "documents/document";
    }
}
