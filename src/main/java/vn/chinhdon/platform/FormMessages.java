package vn.chinhdon.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * Texts of a module's pages in the request's language, and the problems of a refused form with their field labels
 * ({@code <module>.field.<field>}); a row of a repeated part of a form ({@code requirements[1].text}) is named by the
 * row the user filled ("Yêu cầu 3 – Nội dung": empty rows are not sent, {@code rows} maps the rows sent to the rows
 * of the form). A module's page messages extend this with their own prefix, rows and select choices.
 */
public class FormMessages {

    private final MessageSource messages;
    private final String fields;
    private final String rowList;
    private final String rowPart;
    private final String rowLabelKey;
    private final Set<String> choices;
    private final Pattern row;

    /**
     * @param fields the prefix of the field labels, e.g. {@code inspection.field.}
     * @param rowList the name of the repeated part of the forms, e.g. {@code requirements}
     * @param rowPart the prefix of a row's field labels under {@code fields}, e.g. {@code requirement}
     * @param rowLabelKey the label of a row, with its number, e.g. {@code inspection.requirementRow}
     * @param choices the messages of a choice that arrives empty from a select: shown as "Bắt buộc nhập"
     */
    protected FormMessages(MessageSource messages, String fields, String rowList, String rowPart, String rowLabelKey,
            Set<String> choices) {
        this.messages = messages;
        this.fields = fields;
        this.rowList = rowList;
        this.rowPart = rowPart;
        this.rowLabelKey = rowLabelKey;
        this.choices = Set.copyOf(choices);
        this.row = Pattern.compile(Pattern.quote(rowList) + "\\[(\\d+)]\\.(\\w+)");
    }

    public static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, MessageArgs.format(args, locale()), key, locale());
    }

    public String message(DomainException e) {
        return text(e.messageKey(), e.args());
    }

    public FormErrors errors(ValidationException e) {
        return errors(e, null, null);
    }

    public FormErrors errors(ValidationException e, List<Integer> rows) {
        return errors(e, rows, null);
    }

    /**
     * Every problem of a facade's refusal, labelled; {@code scope}: the labels are looked up first under
     * {@code <fields><scope>.<field>} (the same field name meaning another thing in another form).
     */
    public FormErrors errors(ValidationException e, List<Integer> rows, String scope) {
        List<ProblemLine> out = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String field = formField(p.field(), rows);
            String label = scope == null || field == null ? null
                    : messages.getMessage(fields + scope + "." + field, null, null, locale());
            label = label != null ? label : label(field);
            Object[] args = p.args();
            boolean empty = args.length == 0 || args[0] == null || String.valueOf(args[0]).isEmpty();
            String message = ("error.required.named".equals(p.messageKey()) || (choices.contains(p.messageKey()) && empty))
                    && label != null
                    ? text("error.required") // the label says which: "Loại: Bắt buộc nhập."
                    : text(p.messageKey(), args);
            out.add(new ProblemLine(null, field, label, message));
        }
        return new FormErrors(out, false);
    }

    /** Conversion and Bean Validation problems of a bound form (a date that is not a date, a missing version). */
    public FormErrors errors(BindingResult result) {
        List<ProblemLine> out = new ArrayList<>();
        result.getFieldErrors().forEach(f -> out.add(new ProblemLine(null, f.getField(), label(f.getField()),
                messages.getMessage(f, locale()))));
        result.getGlobalErrors().forEach(g -> out.add(new ProblemLine(null, null, null, messages.getMessage(g, locale()))));
        return new FormErrors(out, false);
    }

    public FormErrors refused(DomainException e, HttpServletResponse response) {
        return refused(e, response, null, null);
    }

    public FormErrors refused(DomainException e, HttpServletResponse response, List<Integer> rows) {
        return refused(e, response, rows, null);
    }

    /**
     * A refusal shown beside its form, with the status the API would give: 422 for input problems, 409 with
     * "someone changed this, reload" for a stale version, 403/409/404 with the message otherwise.
     */
    public FormErrors refused(DomainException e, HttpServletResponse response, List<Integer> rows, String scope) {
        if (e instanceof ValidationException v) {
            response.setStatus(422);
            return errors(v, rows, scope);
        }
        if (e instanceof ConflictException c && "error.stale".equals(c.messageKey())) {
            response.setStatus(409);
            return FormErrors.staleRecord();
        }
        response.setStatus(e instanceof ForbiddenException ? 403 : e instanceof ConflictException ? 409 : 404);
        return FormErrors.of(message(e));
    }

    /**
     * One form posted to a page: binding problems → the page again (422); otherwise the facade call — done → redirect
     * to {@code done} with the notice it returns, refused → the page again with the refusal (the API's status), its
     * fields scoped to the form by {@code scope} (null: not scoped).
     */
    public String act(BindingResult binding, java.util.function.Supplier<String> action, String done, String scope,
            java.util.function.Function<FormErrors, String> again,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            response.setStatus(422);
            errors = errors(binding);
        } else {
            try {
                redirect.addFlashAttribute("notice", action.get());
                return "redirect:" + done;
            } catch (DomainException e) {
                errors = refused(e, response, null, scope);
            }
        }
        return again.apply(errors);
    }

    /** "requirements[1].text" of the facade (the second row sent) as the row of the form it came from. */
    private String formField(String field, List<Integer> rows) {
        Matcher m = field == null ? null : row.matcher(field);
        if (m == null || !m.matches() || rows == null) {
            return field;
        }
        int i = Integer.parseInt(m.group(1));
        return rowList + "[" + (i < rows.size() ? rows.get(i) : i) + "]." + m.group(2);
    }

    private String label(String field) {
        if (field == null) {
            return null;
        }
        Matcher m = row.matcher(field);
        if (m.matches()) {
            String part = messages.getMessage(fields + rowPart + "." + m.group(2), null, null, locale());
            return text(rowLabelKey, Integer.parseInt(m.group(1)) + 1) + (part == null ? "" : " – " + part);
        }
        return messages.getMessage(fields + field, null, null, locale());
    }
}
