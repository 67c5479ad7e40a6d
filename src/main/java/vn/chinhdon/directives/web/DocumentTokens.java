package vn.chinhdon.directives.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.chinhdon.directives.DocumentHit;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.VietnameseText;

/**
 * Documents named in a form field as people type them: ids ({@code 1234}, what the picker inserts) or
 * numbers ({@code 04-NQ/TW}), separated by commas, semicolons or spaces. A number is looked up with the
 * register's search (so only among the documents the caller may see) and must name exactly one document.
 */
final class DocumentTokens {

    private DocumentTokens() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String t : text.split("[,;\\s]+")) {
            if (!t.isBlank()) {
                out.add(t.trim());
            }
        }
        return out;
    }

    /** The ids of the documents named in {@code text}; a name that finds no document (or several) is a problem. */
    static List<Long> resolve(DocumentRegister register, String text, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String token : split(text)) {
            Long id = one(register, token);
            if (id == null) {
                problems.add(Problem.field(field, "error.document.notFound", token));
            } else {
                ids.add(id);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ArrayList<>(ids);
    }

    /** One document named in {@code text}, or null when the field is empty. */
    static Long resolveOne(DocumentRegister register, String text, String field) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        Long id = one(register, t);
        if (id == null) {
            throw ValidationException.of(field, "error.document.notFound", t);
        }
        return id;
    }

    private static Long one(DocumentRegister register, String token) {
        if (token.matches("\\d{1,18}")) {
            return Long.parseLong(token);
        }
        String wanted = key(token);
        List<Long> found = register.search(token, null, 0, 50).items().stream()
                .filter(h -> key(h.number()).equals(wanted)).map(DocumentHit::id).distinct().toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    private static String key(String number) {
        return VietnameseText.nfc(number.replaceFirst("(?i)^số\\s*:?\\s*", "")).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
