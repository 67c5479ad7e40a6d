package vn.chinhdon.organization.web;

import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.ProblemLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.chinhdon.platform.MessageArgs;
import vn.chinhdon.platform.ValidationException;

/** Resolves message keys and facade problems for pages, in the request's language. */
@Component
class PageMessages {

    private static final Pattern OPERATION = Pattern.compile("operations\\[(\\d+)]");
    private static final Pattern INDEXED = Pattern.compile("^\\w+\\[\\d+]\\.");

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, MessageArgs.format(args, locale()), key, locale());
    }

    /** Every problem of a facade's refusal, with field labels from {@code labelPrefix + field}. */
    List<ProblemLine> lines(ValidationException e, String labelPrefix) {
        List<ProblemLine> out = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String field = p.field() == null ? null : INDEXED.matcher(p.field()).replaceFirst("");
            out.add(new ProblemLine(p.row(), field, label(field, labelPrefix), text(p.messageKey(), p.args())));
        }
        return out;
    }

    FormErrors errors(ValidationException e, String labelPrefix) {
        return new FormErrors(lines(e, labelPrefix), false);
    }

    /** Bean Validation and conversion problems of a bound form. */
    FormErrors errors(BindingResult result, String labelPrefix) {
        List<ProblemLine> out = new ArrayList<>();
        result.getFieldErrors().forEach(f -> out.add(new ProblemLine(null, f.getField(), label(f.getField(), labelPrefix),
                messages.getMessage(f, locale()))));
        result.getGlobalErrors().forEach(g -> out.add(new ProblemLine(null, null, null, messages.getMessage(g, locale()))));
        return new FormErrors(out, false);
    }

    private String label(String field, String prefix) {
        if (field == null) {
            return null;
        }
        Matcher m = OPERATION.matcher(field);
        if (m.matches()) {
            return text("restructuring.operationNo", Integer.parseInt(m.group(1)) + 1);
        }
        return messages.getMessage(prefix + field, null, null, locale());
    }
}
