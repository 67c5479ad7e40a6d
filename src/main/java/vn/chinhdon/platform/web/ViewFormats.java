package vn.chinhdon.platform.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chinhdon.platform.MessageArgs;

/**
 * Helpers for templates ({@code ${@fmt.dateTime(x)}}): times in Vietnam's zone, messages with arguments
 * formatted as people read them.
 */
@Component("fmt")
public class ViewFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Clock clock;
    private final MessageSource messages;

    ViewFormats(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** A message with its arguments as people read them (dates dd/MM/yyyy, ids without grouping). */
    public String message(String key, Object[] args) {
        var locale = LocaleContextHolder.getLocale();
        return key == null ? "" : messages.getMessage(key, MessageArgs.format(args, locale), key, locale);
    }

    /** A moment as read in Vietnam: dd/MM/yyyy HH:mm. */
    public String dateTime(OffsetDateTime t) {
        return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(clock.getZone()));
    }

}
