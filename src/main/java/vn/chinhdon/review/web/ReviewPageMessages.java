package vn.chinhdon.review.web;

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
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.MessageArgs;
import vn.chinhdon.platform.ProblemLine;
import vn.chinhdon.platform.ValidationException;

/**
 * Texts of the review pages in the request's language: messages, and the problems of a refused form with their
 * field labels ({@code review.field.<field>}; "Biện pháp 2 – Nội dung" for a row of the remedy plan).
 */
@Component
class ReviewPageMessages {

    static final String FIELDS = "review.field.";

    private static final Pattern ROW = Pattern.compile("remedies\\[(\\d+)]\\.(\\w+)");

    /** Choices that arrive empty from a select: "Bắt buộc nhập" rather than the list of codes. */
    private static final Set<String> CHOICES = Set.of("error.review.periodKind", "error.review.source",
            "error.review.outcome", "error.review.assignmentKind");

    private final MessageSource messages;

    ReviewPageMessages(MessageSource messages) {
        this.messages = messages;
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, MessageArgs.format(args, locale()), key, locale());
    }

    /**
     * Every problem of a facade's refusal; {@code rows}: for the session, the form row of each remedy sent (empty
     * rows are not sent), so that "remedies[1]" names the row the user filled.
     */
    FormErrors errors(ValidationException e, List<Integer> rows) {
        return errors(e, rows, null);
    }

    /**
     * The same, the labels looked up first under {@code review.field.<scope>.<field>} (the round's "deadline" is the
     * reviews' deadline, an assignment's is its own).
     */
    FormErrors errors(ValidationException e, List<Integer> rows, String scope) {
        List<ProblemLine> out = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String field = formField(p.field(), rows);
            String label = scope == null || field == null ? null
                    : messages.getMessage(FIELDS + scope + "." + field, null, null, locale());
            label = label != null ? label : label(field);
            Object[] args = p.args();
            boolean empty = args.length == 0 || args[0] == null || String.valueOf(args[0]).isEmpty();
            String message;
            if (("error.required.named".equals(p.messageKey()) || (CHOICES.contains(p.messageKey()) && empty))
                    && label != null) {
                message = text("error.required"); // the label says which: "Tên đợt: Bắt buộc nhập."
            } else {
                message = text(p.messageKey(), args);
            }
            out.add(new ProblemLine(null, field, label, message));
        }
        return new FormErrors(out, false);
    }

    /** Conversion and Bean Validation problems of a bound form (a date that is not a date, a missing version). */
    FormErrors errors(BindingResult result) {
        List<ProblemLine> out = new ArrayList<>();
        result.getFieldErrors().forEach(f -> out.add(new ProblemLine(null, f.getField(), label(f.getField()),
                messages.getMessage(f, locale()))));
        result.getGlobalErrors().forEach(g -> out.add(new ProblemLine(null, null, null, messages.getMessage(g, locale()))));
        return new FormErrors(out, false);
    }

    /**
     * A refusal shown beside its form, with the status the API would give: 422 for input problems, 409 with
     * "someone changed this, reload" for a stale version, 403/409/404 with the message otherwise.
     */
    FormErrors refused(DomainException e, HttpServletResponse response, List<Integer> rows) {
        return refused(e, response, rows, null);
    }

    FormErrors refused(DomainException e, HttpServletResponse response, List<Integer> rows, String scope) {
        if (e instanceof ValidationException v) {
            response.setStatus(422);
            return errors(v, rows, scope);
        }
        if (e instanceof ConflictException c && "error.stale".equals(c.messageKey())) {
            response.setStatus(409);
            return FormErrors.staleRecord();
        }
        response.setStatus(e instanceof ForbiddenException ? 403 : e instanceof ConflictException ? 409 : 404);
        return FormErrors.of(text(e.messageKey(), e.args()));
    }

    FormErrors refused(DomainException e, HttpServletResponse response) {
        return refused(e, response, null);
    }

    /** "remedies[1].text" of the facade (the second row sent) as the row of the form it came from. */
    private static String formField(String field, List<Integer> rows) {
        Matcher m = field == null ? null : ROW.matcher(field);
        if (m == null || !m.matches() || rows == null) {
            return field;
        }
        int i = Integer.parseInt(m.group(1));
        return "remedies[" + (i < rows.size() ? rows.get(i) : i) + "]." + m.group(2);
    }

    private String label(String field) {
        if (field == null) {
            return null;
        }
        Matcher m = ROW.matcher(field);
        if (m.matches()) {
            String part = messages.getMessage(FIELDS + "remedy." + m.group(2), null, null, locale());
            return text("review.remedyRow", Integer.parseInt(m.group(1)) + 1) + (part == null ? "" : " – " + part);
        }
        return messages.getMessage(FIELDS + field, null, null, locale());
    }
}
