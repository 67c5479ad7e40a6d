package vn.chinhdon.shared;

import java.util.Locale;

/** Reads an enum constant as typed by people or other systems: trimmed, any case; null if unknown. */
public final class EnumValues {

    private EnumValues() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
