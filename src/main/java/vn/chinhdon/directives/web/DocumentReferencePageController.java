package vn.chinhdon.directives.web;

import vn.chinhdon.platform.FormErrors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.directives.DocumentReference;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.ValidationException;

/**
 * The abbreviations of document numbers (types, issuers, bodies, levels): everybody reads them, administrators
 * add and correct them (the facade refuses everybody else).
 */
@Controller
class DocumentReferencePageController {

    static final List<String> KINDS = List.of("TYPE", "WHOLE", "BODY", "LEVEL");

    private final DocumentReference reference;
    private final PageMessages messages;

    DocumentReferencePageController(DocumentReference reference, PageMessages messages) {
        this.reference = reference;
        this.messages = messages;
    }

    /** An abbreviation to add ({@code version} empty) or to correct ({@code version} as read). */
    record EntryForm(String kind, String code, String name, Boolean active, Long version) {
    }

    @GetMapping("/documents/reference")
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String code, Model model) {
        List<DocumentReference.Entry> entries = reference.entries();
        EntryForm form = entries.stream().filter(e -> e.kind().equals(kind) && e.code().equals(code)).findFirst()
                .map(e -> new EntryForm(e.kind(), e.code(), e.name(), e.active(), e.version()))
                .orElse(new EntryForm(kind != null && KINDS.contains(kind) ? kind : "TYPE", null, null, true, null));
        return page(entries, form, null, model);
    }

    @PostMapping("/documents/reference")
    String save(@ModelAttribute("form") EntryForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors;
        try {
            DocumentReference.Entry e = reference.save(form.kind(), form.code(), form.name(),
                    Boolean.TRUE.equals(form.active()), form.version());
            redirect.addFlashAttribute("notice", messages.text("docref.saved", e.code(), e.name()));
            return "redirect:/documents/reference#kind-" + e.kind();
        } catch (ValidationException e) {
            errors = messages.errors(e, "docref");
        } catch (ConflictException e) {
            errors = "error.stale".equals(e.messageKey()) ? FormErrors.staleRecord() : messages.errors(e);
        } catch (ForbiddenException e) {
            errors = messages.errors(e);
        }
        return page(reference.entries(), form, errors, model);
    }

    private String page(List<DocumentReference.Entry> entries, EntryForm form, FormErrors errors, Model model) {
        Map<String, List<DocumentReference.Entry>> byKind = new LinkedHashMap<>();
        for (String k : KINDS) {
            byKind.put(k, entries.stream().filter(e -> e.kind().equals(k)).toList());
        }
        model.addAttribute("byKind", byKind);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", KINDS);
        return "documents/reference";
    }
}
