package vn.chinhdon.inspection.web;

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
 * Lists typed into one field of a form: unit codes and member ids one per line or separated by commas, and
 * documents by id (what the picker inserts) or by number ({@code 12-QĐ/TU}), a number being looked up with the
 * register's search, so only among the documents the caller may see, and naming exactly one of them.
 */
final class FormValues {

    private FormValues() {
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static List<String> tokens(String text) {
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

    /** Member ids; anything else is a problem of the field. */
    static List<Long> ids(String text, String field, List<Problem> problems) {
        List<Long> out = new ArrayList<>();
        for (String t : tokens(text)) {
            if (t.matches("\\d{1,18}")) {
                out.add(Long.parseLong(t));
            } else {
                problems.add(Problem.field(field, "error.member.notFound", t));
            }
        }
        return out;
    }

    /** The ids of the documents named in {@code text}. */
    static List<Long> documents(DocumentRegister register, String text, String field, List<Problem> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String token : text == null ? new String[0] : text.split("[,;\\n]+")) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            Long id = one(register, t);
            if (id == null) {
                problems.add(Problem.field(field, "error.document.notFound", t));
            } else {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    /** One document, or null when the field is empty; a name that finds none is a 422. */
    static Long document(DocumentRegister register, String text, String field) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        Long id = one(register, t);
        if (id == null) {
            throw ValidationException.of(field, "error.document.notFound", t);
        }
        return id;
    }

    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
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
        return VietnameseText.nfc(number.replaceFirst("(?i)^số\\s*:?\\s*", "")).replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
    }
}
