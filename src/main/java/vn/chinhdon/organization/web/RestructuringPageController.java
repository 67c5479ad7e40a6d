package vn.chinhdon.organization.web;

import vn.chinhdon.platform.ProblemLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.RestructuringCommand;
import vn.chinhdon.organization.RestructuringPreview;
import vn.chinhdon.organization.UnitKind;
import vn.chinhdon.platform.ValidationException;

/**
 * A restructuring typed row by row (or uploaded as the JSON of the API), previewed with every problem,
 * then applied atomically. The previewed command travels in a hidden field, so what is applied is
 * exactly what was previewed.
 */
@Controller
class RestructuringPageController {

    static final List<String> TYPES = List.of("MERGE", "SPLIT", "MOVE", "RENAME", "DISSOLVE");

    private final OrganizationManagement organization;
    private final PageMessages messages;
    private final JsonMapper json;

    RestructuringPageController(OrganizationManagement organization, PageMessages messages, JsonMapper json) {
        this.organization = organization;
        this.messages = messages;
        this.json = json;
    }

    /** The whole form: effective date, decision, description and the operations in order. */
    record RestructuringForm(@DateTimeFormat(iso = ISO.DATE) LocalDate effectiveDate, String decision,
            String description, List<OperationForm> operations, String unitCode) {

        RestructuringCommand toCommand() {
            return new RestructuringCommand(effectiveDate, decision == null || decision.isBlank() ? null : decision.trim(),
                    description == null || description.isBlank() ? null : description.trim(),
                    OperationForm.operations(operations));
        }

        RestructuringForm withOperations(List<OperationForm> rows) {
            return new RestructuringForm(effectiveDate, decision, description, rows, unitCode);
        }

        static RestructuringForm of(RestructuringCommand c, String unitCode) {
            List<OperationForm> rows = OperationForm.rows(c);
            if (rows.isEmpty()) {
                rows.add(OperationForm.empty());
            }
            return new RestructuringForm(c.effectiveDate(), c.decision(), c.description(), rows, unitCode);
        }
    }

    @GetMapping("/restructurings/new")
    String form(@RequestParam(required = false) String unitCode, Model model) {
        List<OperationForm> rows = new ArrayList<>();
        rows.add(OperationForm.empty());
        return page(new RestructuringForm(organization.today(), null, null, rows, unitCode), model);
    }

    /** "Thêm thao tác" and "Xóa": the form again with one row more or less (nothing is checked or saved). */
    @PostMapping("/restructurings/rows")
    String rows(@ModelAttribute("form") RestructuringForm form, @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer remove, Model model) {
        List<OperationForm> rows = new ArrayList<>(form.operations() == null ? List.of() : form.operations());
        rows.replaceAll(r -> r == null ? OperationForm.empty() : r);
        if (remove != null && remove >= 0 && remove < rows.size()) {
            rows.remove((int) remove);
        } else {
            rows.add(OperationForm.empty());
        }
        if (rows.isEmpty()) {
            rows.add(OperationForm.empty());
        }
        return page(form.withOperations(rows), model);
    }

    @PostMapping("/restructurings/preview")
    String preview(@ModelAttribute("form") RestructuringForm form,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        RestructuringForm shown = form;
        if (file != null && !file.isEmpty()) {
            try {
                RestructuringCommand uploaded = json.readValue(new String(file.getBytes(), StandardCharsets.UTF_8),
                        RestructuringCommand.class);
                shown = RestructuringForm.of(uploaded, form.unitCode());
            } catch (JacksonException e) {
                model.addAttribute("problems", List.of(new ProblemLine(null, "file", messages.text("field.file"),
                        messages.text("restructuring.badJson"))));
                return page(form, model);
            }
        }
        RestructuringCommand command = shown.toCommand();
        RestructuringPreview preview = organization.preview(command);
        model.addAttribute("preview", preview);
        model.addAttribute("problems", messages.lines(new ValidationException(preview.problems()), "field."));
        if (preview.valid()) {
            model.addAttribute("commandJson", json.writeValueAsString(command));
        }
        return page(shown, model);
    }

    @PostMapping("/restructurings/apply")
    String apply(@RequestParam String command, @RequestParam(required = false) String unitCode, Model model,
            RedirectAttributes redirect) {
        RestructuringCommand cmd;
        try {
            cmd = json.readValue(command, RestructuringCommand.class);
        } catch (JacksonException e) {
            model.addAttribute("problems", List.of(new ProblemLine(null, null, null, messages.text("restructuring.badJson"))));
            return form(unitCode, model);
        }
        try {
            OrganizationManagement.RestructuringResult result = organization.restructure(cmd);
            redirect.addFlashAttribute("notice", messages.text("restructuring.applied", result.applied(),
                    result.membersMoved(), result.membersToConfirm()));
            return "redirect:/units?at=" + cmd.effectiveDate();
        } catch (ValidationException e) {
            // the tree changed since the preview: show why, with the command to correct
            model.addAttribute("problems", messages.lines(e, "field."));
            return page(RestructuringForm.of(cmd, unitCode), model);
        }
    }

    private String page(RestructuringForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", TYPES);
        model.addAttribute("kinds", UnitKind.values());
        return "restructurings/form";
    }
}
