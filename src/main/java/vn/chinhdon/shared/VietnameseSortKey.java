package vn.chinhdon.shared;

import java.text.Normalizer;

/**
 * A string whose plain byte order (PostgreSQL {@code COLLATE "C"}) is the Vietnamese alphabetical order,
 * so that lists can be sorted and paginated in the database without an ICU collation. Letters compare
 * first (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), then tone marks (none, huyền, hỏi,
 * ngã, sắc, nặng).
 */
public final class VietnameseSortKey {

    private static final String LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private static final char SEPARATOR = '\u0001';

    private VietnameseSortKey() {
    }

    /** The key of a text: primary (letters) then secondary (tones). */
    public static String of(String text) {
        StringBuilder primary = new StringBuilder();
        StringBuilder secondary = new StringBuilder();
        append(text, primary, secondary);
        return primary.append(SEPARATOR).append(secondary).toString();
    }

    /** The key of a person's name: given name (last word) first, then the full name. */
    public static String ofPersonName(String fullName) {
        String clean = VietnameseText.clean(fullName);
        if (clean == null || clean.isEmpty()) {
            return "";
        }
        int space = clean.lastIndexOf(' ');
        String given = space < 0 ? clean : clean.substring(space + 1);
        String key = of(given) + SEPARATOR + of(clean);
        return key.length() > 800 ? key.substring(0, 800) : key;
    }

    private static void append(String text, StringBuilder primary, StringBuilder secondary) {
        if (text == null) {
            return;
        }
        String nfd = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            int tone = 0;
            char base = c;
            // collect the marks that follow this base letter
            int j = i + 1;
            boolean breve = false;
            boolean circumflex = false;
            boolean horn = false;
            while (j < nfd.length() && Character.getType(nfd.charAt(j)) == Character.NON_SPACING_MARK) {
                switch (nfd.charAt(j)) {
                    case '\u0300' -> tone = 1; // huyền
                    case '\u0309' -> tone = 2; // hỏi
                    case '\u0303' -> tone = 3; // ngã
                    case '\u0301' -> tone = 4; // sắc
                    case '\u0323' -> tone = 5; // nặng
                    case '\u0306' -> breve = true;
                    case '\u0302' -> circumflex = true;
                    case '\u031B' -> horn = true;
                    default -> { }
                }
                j++;
            }
            if (base == 'a' && breve) {
                base = 'ă';
            } else if (base == 'a' && circumflex) {
                base = 'â';
            } else if (base == 'e' && circumflex) {
                base = 'ê';
            } else if (base == 'o' && circumflex) {
                base = 'ô';
            } else if (base == 'o' && horn) {
                base = 'ơ';
            } else if (base == 'u' && horn) {
                base = 'ư';
            }
            int index = LETTERS.indexOf(base);
            if (index >= 0) {
                primary.append((char) ('A' + index));
                secondary.append((char) ('0' + tone));
            } else if (Character.isDigit(base)) {
                primary.append(base);
                secondary.append('0');
            } else if (Character.isWhitespace(base) || base == '-') {
                if (!primary.isEmpty() && primary.charAt(primary.length() - 1) != ' ') {
                    primary.append(' ');
                    secondary.append(' ');
                }
            } else if (Character.isLetter(base)) {
                primary.append((char) ('~' - 1)); // other letters after the Vietnamese alphabet
                secondary.append('0');
            }
            i = j - 1;
        }
    }
}
