package vn.chinhdon.directives.web;

import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.ProblemLine;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.MessageArgs;
import vn.chinhdon.platform.ValidationException;

/**
 * Resolves message keys and facade problems for the directives pages, in the request's language; also
 * available to templates as {@code @directivesPageMessages} (percentages as people read them).
 */
@Component("directivesPageMessages")
public class PageMessages {

    /** Labels of the fields of the directives forms: {@code directives.field.<name>}. */
    static final String FIELDS = "directives.field.";

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

    /** The message of a refusal (not found, forbidden, conflict) as a line of the form. */
    FormErrors errors(DomainException e) {
        return FormErrors.of(text(e.messageKey(), e.args()));
    }

    FormErrors errors(ValidationException e) {
        return errors(e, null);
    }

    /**
     * Every problem of a facade's refusal, with field labels ({@code directives.field.<form>.<field>} first,
     * then {@code directives.field.<field>}). "Thiếu „issuedOn“" names the field by its label ("Thiếu „Ngày
     * ban hành“").
     */
    FormErrors errors(ValidationException e, String form) {
        List<ProblemLine> out = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String label = form == null ? null : label(form + "." + p.field());
            if (label == null) {
                label = label(p.field());
            }
            Object[] args = p.args();
            if ("error.required.named".equals(p.messageKey()) && label != null) {
                args = new Object[] {label};
            }
            out.add(new ProblemLine(null, p.field(), label, text(p.messageKey(), args)));
        }
        return new FormErrors(out, false);
    }

    /** Conversion problems of a bound form (a date that is not a date). */
    FormErrors errors(BindingResult result) {
        List<ProblemLine> out = new ArrayList<>();
        result.getFieldErrors().forEach(f -> out.add(new ProblemLine(null, f.getField(), label(f.getField()),
                messages.getMessage(f, locale()))));
        result.getGlobalErrors().forEach(g -> out.add(new ProblemLine(null, null, null, messages.getMessage(g, locale()))));
        return new FormErrors(out, false);
    }

    private String label(String field) {
        return field == null ? null : messages.getMessage(FIELDS + field, null, null, locale());
    }

    /** 66.7 → "66,7%" (Vietnamese), "66.7%" (English); whole numbers without decimals: "100%". */
    public String percent(double value) {
        DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale()));
        return f.format(value) + "%";
    }
}
