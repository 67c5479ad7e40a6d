package vn.chinhdon.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Message arguments as people read them: dates dd/MM/yyyy in Vietnamese, ISO in English. */
public final class MessageArgs {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MessageArgs() {
    }

    public static Object[] format(Object[] args, Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate d) {
                out[i] = "en".equals(locale.getLanguage()) ? d.toString() : VI.format(d);
            } else if (out[i] instanceof Enum<?> e) {
                out[i] = e.name();
            } else if (out[i] instanceof Number n && !(out[i] instanceof Integer)) {
                out[i] = String.valueOf(n);
            }
        }
        return out;
    }
}
