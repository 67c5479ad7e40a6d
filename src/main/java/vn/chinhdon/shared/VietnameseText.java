package vn.chinhdon.shared;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Normalisation, search folding and Vietnamese alphabetical ordering of text.
 *
 * <p>All methods are null-safe and accept NFC or NFD input alike.
 */
public final class VietnameseText {

    /**
     * Vietnamese alphabetical order: base letters compared case-insensitively in the order
     * {@code a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z)}, then tone
     * marks (none, huyền, hỏi, ngã, sắc, nặng), then case (lower before upper). Whitespace sorts
     * before digits and punctuation, which sort before letters; letters outside the alphabet
     * sort after it. Remaining ties are broken on the NFC code points, so the order is total and
     * consistent; NFC and NFD spellings of the same text compare equal. Nulls sort last.
     */
    public static final Comparator<String> COLLATOR = new VietnameseCollator();

    /**
     * Order of Vietnamese lists of people: by given name (the last word) with {@link #COLLATOR},
     * then by the whole (cleaned) name from the start, then by the raw text. Nulls sort last.
     */
    public static final Comparator<String> PERSON_NAME_ORDER = VietnameseText::comparePersonNames;

    private VietnameseText() {
    }

    /** Returns {@code s} in Unicode NFC, or {@code null} for {@code null}. */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * NFC, trims, and collapses every run of whitespace (spaces, tabs, line breaks, NBSP and
     * other Unicode space separators) into one ASCII space. {@code null} stays {@code null}.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String n = nfc(s);
        StringBuilder sb = new StringBuilder(n.length());
        boolean pendingSpace = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The search key of {@code s}: cleaned, lower-cased ({@link Locale#ROOT}), all combining marks
     * removed and đ mapped to d (also the look-alike ð/Ð). "Nghị quyết" gives "nghi quyet".
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String nfd = Normalizer.normalize(clean(s).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c == '\u0111' || c == '\u00F0' || c == '\u0110' || c == '\u00D0') {
                c = 'd';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int comparePersonNames(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        String ca = clean(a);
        String cb = clean(b);
        int r = COLLATOR.compare(givenName(ca), givenName(cb));
        if (r != 0) {
            return r;
        }
        r = COLLATOR.compare(ca, cb);
        return r != 0 ? r : COLLATOR.compare(a, b);
    }

    private static String givenName(String cleaned) {
        int sp = cleaned.lastIndexOf(' ');
        return sp < 0 ? cleaned : cleaned.substring(sp + 1);
    }

    /** Multi-level comparator; see {@link #COLLATOR}. */
    private static final class VietnameseCollator implements Comparator<String> {
        private static final String ALPHABET = "a\u0103\u00E2bcd\u0111e\u00EAfghijklmno\u00F4\u01A1pqrstu\u01B0vwxyz";
        private static final int WHITESPACE = 1;
        private static final int OTHER_BASE = 2;
        private static final int LETTER_BASE = 0x200000;
        private static final int FOREIGN_LETTER_BASE = 0x300000;

        @Override
        public int compare(String a, String b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : 1) : -1;
            }
            if (a.equals(b)) {
                return 0;
            }
            Key ka = Key.of(a);
            Key kb = Key.of(b);
            int r = compareArrays(ka.primary, kb.primary);
            if (r == 0) {
                r = compareArrays(ka.tone, kb.tone);
            }
            if (r == 0) {
                r = compareArrays(ka.upper, kb.upper);
            }
            return r != 0 ? r : ka.nfc.compareTo(kb.nfc);
        }

        private static int compareArrays(int[] x, int[] y) {
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (x[i] != y[i]) {
                    return Integer.compare(x[i], y[i]);
                }
            }
            return Integer.compare(x.length, y.length);
        }

        /** Collation key: one entry per base character (with its combining marks). */
        private static final class Key {
            final int[] primary;
            final int[] tone;
            final int[] upper;
            final String nfc;

            private Key(int[] primary, int[] tone, int[] upper, int count, String nfc) {
                this.primary = java.util.Arrays.copyOf(primary, count);
                this.tone = java.util.Arrays.copyOf(tone, count);
                this.upper = java.util.Arrays.copyOf(upper, count);
                this.nfc = nfc;
            }

            static Key of(String s) {
                String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
                int len = nfd.length();
                int[] primary = new int[len];
                int[] tone = new int[len];
                int[] upper = new int[len];
                int count = 0;
                int i = 0;
                while (i < len) {
                    int cp = nfd.codePointAt(i);
                    i += Character.charCount(cp);
                    boolean breve = false;
                    boolean circumflex = false;
                    boolean horn = false;
                    int t = 0;
                    if (!isMark(cp)) {
                        while (i < len) {
                            int m = nfd.codePointAt(i);
                            if (!isMark(m)) {
                                break;
                            }
                            i += Character.charCount(m);
                            switch (m) {
                                case 0x0306 -> breve = true;
                                case 0x0302 -> circumflex = true;
                                case 0x031B -> horn = true;
                                default -> {
                                    int tw = toneWeight(m);
                                    if (tw > 0) {
                                        t = tw;
                                    }
                                }
                            }
                        }
                    }
                    primary[count] = primaryWeight(cp, breve, circumflex, horn);
                    tone[count] = t;
                    upper[count] = Character.isUpperCase(cp) ? 1 : 0;
                    count++;
                }
                return new Key(primary, tone, upper, count, nfc(s));
            }

            private static int primaryWeight(int cp, boolean breve, boolean circumflex, boolean horn) {
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    return WHITESPACE;
                }
                if (!Character.isLetter(cp)) {
                    return OTHER_BASE + cp;
                }
                int lower = Character.toLowerCase(cp);
                if (cp == 0x00D0) {
                    lower = 0x0111; // Icelandic capital eth, widely used in place of Đ
                }
                if (lower == 'a' && breve) {
                    lower = 0x0103;
                } else if (lower == 'a' && circumflex) {
                    lower = 0x00E2;
                } else if (lower == 'e' && circumflex) {
                    lower = 0x00EA;
                } else if (lower == 'o' && circumflex) {
                    lower = 0x00F4;
                } else if (lower == 'o' && horn) {
                    lower = 0x01A1;
                } else if (lower == 'u' && horn) {
                    lower = 0x01B0;
                }
                int idx = lower <= 0xFFFF ? ALPHABET.indexOf((char) lower) : -1;
                return idx >= 0 ? LETTER_BASE + idx : FOREIGN_LETTER_BASE + lower;
            }

            private static boolean isMark(int cp) {
                int type = Character.getType(cp);
                return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK;
            }

            /** 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng, -1 not a tone mark. */
            private static int toneWeight(int mark) {
                return switch (mark) {
                    case 0x0300 -> 1;
                    case 0x0309 -> 2;
                    case 0x0303 -> 3;
                    case 0x0301 -> 4;
                    case 0x0323 -> 5;
                    default -> -1;
                };
            }
        }
    }
}
