package vn.chinhdon.platform;

import java.util.List;
import vn.chinhdon.platform.ValidationException.Problem;
import vn.chinhdon.shared.EnumValues;
import vn.chinhdon.shared.VietnameseText;

/**
 * The checks every use case makes of its input, each adding a problem to the list so that all of them are reported
 * at once, and the refusal when there are any.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * The text cleaned (NFC, trimmed; null when empty); a problem when required and empty ({@code error.required.named})
     * or longer than {@code max} ({@code error.text.tooLong}).
     */
    public static String text(String value, String field, int max, boolean required, List<Problem> problems) {
        String t = VietnameseText.clean(value);
        if (t == null || t.isEmpty()) {
            if (required) {
                problems.add(Problem.field(field, "error.required.named", field));
            }
            return null;
        }
        if (t.length() > max) {
            problems.add(Problem.field(field, "error.text.tooLong", String.valueOf(max)));
        }
        return t;
    }

    /** The enum value named (case and separators ignored); a problem with {@code key} and the value otherwise. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String key,
            List<Problem> problems) {
        E e = value == null ? null : EnumValues.parse(type, value);
        if (e == null) {
            problems.add(Problem.field(field, key, value == null ? "" : value));
        }
        return e;
    }

    /** Refuses the input when there is any problem: every one of them, nothing changed. */
    public static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The text cut to {@code max} characters with an ellipsis, for summaries and labels. */
    public static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
