package vn.chinhdon.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.chinhdon.inspection.DelegateRole;
import vn.chinhdon.inspection.InspectionStep;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.MessageArgs;
import vn.chinhdon.platform.ProblemLine;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.EnumValues;

/**
 * Texts of the inspection pages in the request's language: messages, and the problems of a refused form with
 * their field labels ({@code inspection.field.<field>}; "Yêu cầu 2 – Nội dung" for a row of the conclusion).
 * Step and role codes in the facade's messages read as their names ("Triển khai", not KICKED_OFF).
 */
@Component
class InspectionPageMessages {

    static final String FIELDS = "inspection.field.";

    private static final Pattern ROW = Pattern.compile("requirements\\[(\\d+)]\\.(\\w+)");

    /** Choices that arrive empty from a select: "Thiếu „Loại“" rather than the list of codes. */
    private static final Set<String> CHOICES = Set.of("error.inspection.body", "error.inspection.kind",
            "error.inspection.delegateRole", "error.inspection.findingKind");

    private final MessageSource messages;

    InspectionPageMessages(MessageSource messages) {
        this.messages = messages;
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, MessageArgs.format(args, locale()), key, locale());
    }

    /**
     * Every problem of a facade's refusal; {@code rows}: for the conclusion, the form row of each requirement
     * sent (empty rows are not sent), so that "requirements[1]" names the row the user filled.
     */
    FormErrors errors(ValidationException e, List<Integer> rows) {
        List<ProblemLine> out = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String field = p.field();
            String label = label(field, rows);
            Object[] args = p.args();
            boolean empty = args.length == 0 || args[0] == null || String.valueOf(args[0]).isEmpty();
            String message;
            if (("error.required.named".equals(p.messageKey()) || (CHOICES.contains(p.messageKey()) && empty))
                    && label != null) {
                message = text("error.required"); // the label says which: "Loại: Bắt buộc nhập."
            } else {
                message = text(p.messageKey(), readable(p.messageKey(), args));
            }
            out.add(new ProblemLine(null, field, label, message));
        }
        return new FormErrors(out, false);
    }

    FormErrors errors(ValidationException e) {
        return errors(e, null);
    }

    /** Conversion and Bean Validation problems of a bound form (a date that is not a date, a missing version). */
    FormErrors errors(BindingResult result) {
        List<ProblemLine> out = new ArrayList<>();
        result.getFieldErrors().forEach(f -> out.add(new ProblemLine(null, f.getField(), label(f.getField(), null),
                messages.getMessage(f, locale()))));
        result.getGlobalErrors().forEach(g -> out.add(new ProblemLine(null, null, null, messages.getMessage(g, locale()))));
        return new FormErrors(out, false);
    }

    /**
     * A refusal shown beside its form, with the status the API would give: 422 for input problems, 409 with
     * "someone changed this, reload" for a stale version, 403/409/404 with the message otherwise.
     */
    FormErrors refused(DomainException e, HttpServletResponse response, List<Integer> rows) {
        if (e instanceof ValidationException v) {
            response.setStatus(422);
            return errors(v, rows);
        }
        if (e instanceof ConflictException c && "error.stale".equals(c.messageKey())) {
            response.setStatus(409);
            return FormErrors.staleRecord();
        }
        response.setStatus(e instanceof ForbiddenException ? 403 : e instanceof ConflictException ? 409 : 404);
        return FormErrors.of(message(e));
    }

    FormErrors refused(DomainException e, HttpServletResponse response) {
        return refused(e, response, null);
    }

    String message(DomainException e) {
        return text(e.messageKey(), readable(e.messageKey(), e.args()));
    }

    /** Step and role codes as people read them, in the inspection module's messages. */
    private Object[] readable(String key, Object[] args) {
        if (key == null || !key.startsWith("error.inspection.")) {
            return args;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.matches("[A-Z_]+")) {
                InspectionStep step = EnumValues.parse(InspectionStep.class, s);
                DelegateRole role = "error.inspection.delegateRoleTaken".equals(key)
                        ? EnumValues.parse(DelegateRole.class, s) : null;
                if (role != null) {
                    out[i] = text(role.messageKey()).toLowerCase(locale());
                } else if (step != null) {
                    out[i] = "„" + text(step.messageKey()) + "“";
                }
            }
        }
        return out;
    }

    private String label(String field, List<Integer> rows) {
        if (field == null) {
            return null;
        }
        Matcher m = ROW.matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            int row = rows != null && i < rows.size() ? rows.get(i) : i;
            String part = messages.getMessage(FIELDS + "requirement." + m.group(2), null, null, locale());
            return text("inspection.requirementRow", row + 1) + (part == null ? "" : " – " + part);
        }
        return messages.getMessage(FIELDS + field, null, null, locale());
    }
}
