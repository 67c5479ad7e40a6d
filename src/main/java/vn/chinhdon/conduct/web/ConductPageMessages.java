package vn.chinhdon.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.MessageArgs;
import vn.chinhdon.platform.ProblemLine;
import vn.chinhdon.platform.ValidationException;

/**
 * Texts of the conduct pages in the request's language, and the problems of a refused form with their field labels
 * ({@code conduct.field.<field>}; "Việc 2 – Thời hạn" for a row of a plan, counted as the user sees the rows).
 */
@Component
class ConductPageMessages {

    static final String FIELDS = "conduct.field.";

    private static final Pattern ROW = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

    private final MessageSource messages;

    ConductPageMessages(MessageSource messages) {
        this.messages = messages;
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, MessageArgs.format(args, locale()), key, locale());
    }

    /** Every problem of a refusal; {@code rows}: the form row of each plan item sent (empty rows are not sent). */
    FormErrors errors(ValidationException e, List<Integer> rows) {
        List<ProblemLine> out = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String label = label(p.field(), rows);
            String message = "error.required.named".equals(p.messageKey()) && label != null ? text("error.required")
                    : text(p.messageKey(), p.args());
            out.add(new ProblemLine(null, p.field(), label, message));
        }
        return new FormErrors(out, false);
    }

    /** Conversion and Bean Validation problems of a bound form (a date that is not a date, a missing version). */
    FormErrors errors(BindingResult result) {
        List<ProblemLine> out = new ArrayList<>();
        result.getFieldErrors().forEach(f -> out.add(new ProblemLine(null, f.getField(), label(f.getField(), null),
                messages.getMessage(f, locale()))));
        result.getGlobalErrors().forEach(g -> out.add(new ProblemLine(null, null, null, messages.getMessage(g, locale()))));
        return new FormErrors(out, false);
    }

    /** A refusal with the status the API would give: 422, 409 ("someone changed this, reload"), 403, 404. */
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
        return FormErrors.of(text(e.messageKey(), e.args()));
    }

    private String label(String field, List<Integer> rows) {
        if (field == null) {
            return null;
        }
        Matcher m = ROW.matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            int row = rows != null && i < rows.size() ? rows.get(i) : i;
            String part = messages.getMessage(FIELDS + "item." + m.group(2), null, null, locale());
            return text("conduct.plan.itemRow", row + 1) + (part == null ? "" : " – " + part);
        }
        return messages.getMessage(FIELDS + field, null, null, locale());
    }
}
