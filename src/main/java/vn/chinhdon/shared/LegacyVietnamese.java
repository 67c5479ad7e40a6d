package vn.chinhdon.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detection and conversion of Vietnamese typed in legacy 8-bit encodings: TCVN3 (TCVN 5712:1993
 * VN3, the ".Vn" fonts, "ABC") and VNI-Windows (the "VNI-" fonts), plus repair of UTF-8 read as
 * Windows-1252 ("mojibake").
 *
 * <p>Legacy text reaches us as a Java string whose characters are the legacy bytes read as
 * Windows-1252 (which is also what XLSX cells typed in those fonts contain): TCVN3
 * {@code "§¶ng céng s¶n ViÖt Nam"} and VNI {@code "Ñaûng coäng saûn Vieät Nam"} both mean
 * "Đảng cộng sản Việt Nam".
 *
 * <h2>Upper case in TCVN3</h2>
 * TCVN3 has its own codes only for the capitals Ă Â Ê Ô Ơ Ư Đ; capitals with a tone mark do not
 * exist in the code page (the ".VnTimeH" capital fonts draw the lower-case codes as capitals). A
 * toned letter is therefore converted to lower case, except inside a word whose letters with an
 * unambiguous case are all capitals, provided there are at least two such letters in the word or,
 * failing that, in the whole text: {@code "NGUYÔN"} gives "NGUYỄN", {@code "NguyÔn"} gives
 * "Nguyễn", {@code "¸nh"} gives "ánh" (the capital of a word-initial toned vowel cannot be
 * recovered). Encoding a toned capital to TCVN3 yields the lower-case code. VNI keeps the case
 * of the base letter, so it round-trips all 134 letters.
 *
 * <h2>Detection heuristic</h2>
 * {@link #detectAndConvert(String)} works on the NFC text and decides in this order:
 * <ol>
 *   <li>pure ASCII: unchanged ({@link Encoding#UNICODE});</li>
 *   <li>UTF-8 mojibake that {@link #repairUtf8Mojibake(String)} repairs: {@link Encoding#MOJIBAKE_UTF8}
 *       with the repaired text (an extra enum value, so callers can log the repair);</li>
 *   <li>any character that Windows-1252 cannot represent (for instance ư, ơ, đ, ạ): the text is
 *       real Unicode, unchanged;</li>
 *   <li>the text is split into words: runs of letters and of the TCVN3 glyph characters (§ ¶ µ
 *       ¹ « » ...). Words of one character are neutral. A word with non-ASCII characters is
 *       "good" if it is a plausible Vietnamese syllable ({@link #isPlausibleVietnamese(String)}),
 *       otherwise "bad"; capital abbreviations such as "HĐND" are neutral. An ASCII word in lower
 *       or mixed case that cannot be Vietnamese written without diacritics ("est", "gare") is
 *       "foreign". If the text as it stands has no bad word it is kept, so Latin-1-only
 *       Vietnamese such as "Cà phê" is never touched;</li>
 *   <li>the text is converted from TCVN3 and from VNI. A conversion is accepted when it changed
 *       something, yields at least one good word and fewer bad words than the original, and
 *       <ul>
 *         <li>has no bad word, or at least {@value #MIN_GOOD_FOR_TOLERANCE} good words and at
 *             most {@value #MAX_BAD_PERCENT} bad words per 100 good ones (tolerance for minority
 *             place names such as "Krông");</li>
 *         <li>has more good words than foreign words; for TCVN3 the original words that contain
 *             a non-letter glyph (§ ¶ ¹ ...) count as good evidence too. This keeps "Où est la
 *             gare ?" (VNI would read "où" as "ó") as it is;</li>
 *       </ul></li>
 *   <li>if both are accepted, the one with more good words wins, TCVN3 on a tie.</li>
 * </ol>
 * Texts that are valid both as Unicode and as legacy text (VNI {@code "Thò"} = "Thị", TCVN3
 * {@code "Tó"} = "Tú", {@code "Chi bé sè 5"} = "Chi bộ số 5") are ambiguous and stay as they are.
 * Conversely a lone foreign word that happens to spell a Vietnamese syllable in VNI (Spanish
 * "Aún" = "Ẳn", "Ñu" = "Đu") is converted; such single words cannot be told apart without a
 * dictionary.
 */
public final class LegacyVietnamese {

    /** The encoding a text was found to be in. */
    public enum Encoding {
        /** Real Unicode (or ASCII); the text is returned unchanged apart from NFC. */
        UNICODE,
        /** TCVN3 (ABC, ".Vn" fonts) read as Windows-1252. */
        TCVN3,
        /** VNI-Windows read as Windows-1252. */
        VNI,
        /** UTF-8 bytes that had been decoded as Windows-1252/ISO-8859-1; the text was repaired. */
        MOJIBAKE_UTF8
    }

    /**
     * Outcome of {@link #detectAndConvert(String)}.
     *
     * @param encoding the encoding the input was found to be in
     * @param text the converted text in NFC ({@code null} only for a {@code null} input)
     */
    public record Result(Encoding encoding, String text) {
    }

    /** Tone marks in the order grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng). */
    static final char[] TONE_MARKS = {'\u0300', '\u0309', '\u0303', '\u0301', '\u0323'};

    /** The twelve vowels: a ă â e ê i o ô ơ u ư y. */
    static final String VOWELS = "a\u0103\u00E2e\u00EAio\u00F4\u01A1u\u01B0y";

    /** TCVN3 codes of Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ. */
    private static final String TCVN3_PLAIN_LETTERS = "\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110"
            + "\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111";
    private static final int[] TCVN3_PLAIN_CODES = {
        0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE};

    /** TCVN3 codes of the toned lower-case vowels, row per vowel of {@link #VOWELS}, tones in {@link #TONE_MARKS} order. */
    private static final int[][] TCVN3_TONED_CODES = {
        {0xB5, 0xB6, 0xB7, 0xB8, 0xB9}, // a
        {0xBB, 0xBC, 0xBD, 0xBE, 0xC6}, // ă
        {0xC7, 0xC8, 0xC9, 0xCA, 0xCB}, // â
        {0xCC, 0xCE, 0xCF, 0xD0, 0xD1}, // e
        {0xD2, 0xD3, 0xD4, 0xD5, 0xD6}, // ê
        {0xD7, 0xD8, 0xDC, 0xDD, 0xDE}, // i
        {0xDF, 0xE1, 0xE2, 0xE3, 0xE4}, // o
        {0xE5, 0xE6, 0xE7, 0xE8, 0xE9}, // ô
        {0xEA, 0xEB, 0xEC, 0xED, 0xEE}, // ơ
        {0xEF, 0xF1, 0xF2, 0xF3, 0xF4}, // u
        {0xF5, 0xF6, 0xF7, 0xF8, 0xF9}, // ư
        {0xFA, 0xFB, 0xFC, 0xFD, 0xFE}, // y
    };

    /**
     * VNI-Windows spellings (lower case) per vowel of {@link #VOWELS}: untoned, then the tones in
     * {@link #TONE_MARKS} order. Upper case is the same spelling upper-cased.
     */
    private static final String[][] VNI_VOWELS = {
        {"a", "a\u00F8", "a\u00FB", "a\u00F5", "a\u00F9", "a\u00EF"},             // a: aø aû aõ aù aï
        {"a\u00EA", "a\u00E8", "a\u00FA", "a\u00FC", "a\u00E9", "a\u00EB"},       // ă: aê aè aú aü aé aë
        {"a\u00E2", "a\u00E0", "a\u00E5", "a\u00E3", "a\u00E1", "a\u00E4"},       // â: aâ aà aå aã aá aä
        {"e", "e\u00F8", "e\u00FB", "e\u00F5", "e\u00F9", "e\u00EF"},             // e
        {"e\u00E2", "e\u00E0", "e\u00E5", "e\u00E3", "e\u00E1", "e\u00E4"},       // ê
        {"i", "\u00EC", "\u00E6", "\u00F3", "\u00ED", "\u00F2"},                  // i: ì æ ó í ò
        {"o", "o\u00F8", "o\u00FB", "o\u00F5", "o\u00F9", "o\u00EF"},             // o
        {"o\u00E2", "o\u00E0", "o\u00E5", "o\u00E3", "o\u00E1", "o\u00E4"},       // ô
        {"\u00F4", "\u00F4\u00F8", "\u00F4\u00FB", "\u00F4\u00F5", "\u00F4\u00F9", "\u00F4\u00EF"}, // ơ: ô…
        {"u", "u\u00F8", "u\u00FB", "u\u00F5", "u\u00F9", "u\u00EF"},             // u
        {"\u00F6", "\u00F6\u00F8", "\u00F6\u00FB", "\u00F6\u00F5", "\u00F6\u00F9", "\u00F6\u00EF"}, // ư: ö…
        {"y", "y\u00F8", "y\u00FB", "y\u00F5", "y\u00F9", "\u00EE"},              // y: … î
    };
    private static final String VNI_D_STROKE = "\u00F1"; // ñ = đ

    /** The 134 Vietnamese letters outside ASCII (67 lower case, 67 upper case), NFC. */
    static final Set<Character> VIETNAMESE_LETTERS;

    /** A converted text with bad words is still accepted with at least this many good words... */
    static final int MIN_GOOD_FOR_TOLERANCE = 4;
    /** ...and at most this many bad words per 100 good ones. */
    static final int MAX_BAD_PERCENT = 20;

    private static final Map<Character, Character> TCVN3_TO_UNICODE = new HashMap<>();
    private static final Set<Character> TCVN3_CASE_AMBIGUOUS = new HashSet<>();
    private static final Map<Character, Character> UNICODE_TO_TCVN3 = new HashMap<>();
    private static final Map<String, Character> VNI_TO_UNICODE = new HashMap<>();
    private static final Map<Character, String> UNICODE_TO_VNI = new HashMap<>();

    /** Fragments of Vietnamese UTF-8 read as Windows-1252 that occur in no real text. */
    private static final List<String> MOJIBAKE_MARKERS = List.of(
            "\u00E1\u00BA", "\u00E1\u00BB", // áº á»: U+1EA0..U+1EFF (ạ ả ấ ... ỹ)
            "\u00C4\u2018", "\u00C4\u0090", "\u00C4\u0192", "\u00C4\u201A", // Ä‘ đ, Ä\u0090 Đ, Äƒ ă, Ä‚ Ă
            "\u00C6\u00B0", "\u00C6\u00AF", "\u00C6\u00A1", "\u00C6\u00A0", // Æ° ư, Æ¯ Ư, Æ¡ ơ, Æ  Ơ
            "\u00C3\u00A1", "\u00C3\u00A2", "\u00C3\u00A3", "\u00C3\u00A9", "\u00C3\u00AA", // Ã¡ Ã¢ Ã£ Ã© Ãª
            "\u00C3\u00AD", "\u00C3\u00B3", "\u00C3\u00B4", "\u00C3\u00B5", "\u00C3\u00BA", // Ã­ Ã³ Ã´ Ãµ Ãº
            "\u00C3\u00B9", "\u00C3\u00B2", "\u00C3\u00A8", "\u00C3\u00AC", "\u00C3\u00BD"); // Ã¹ Ã² Ã¨ Ã¬ Ã½

    static {
        Set<Character> letters = new LinkedHashSet<>();
        for (int v = 0; v < VOWELS.length(); v++) {
            String vowel = String.valueOf(VOWELS.charAt(v));
            String[] vni = VNI_VOWELS[v];
            for (int t = 0; t <= TONE_MARKS.length; t++) {
                char lower = t == 0 ? vowel.charAt(0) : toned(vowel, TONE_MARKS[t - 1]);
                char upper = Character.toUpperCase(lower);
                if (lower >= 0x80) {
                    letters.add(lower);
                    letters.add(upper);
                    UNICODE_TO_VNI.put(lower, vni[t]);
                    UNICODE_TO_VNI.put(upper, vni[t].toUpperCase(Locale.ROOT));
                }
                addVni(vni[t], lower);
                if (t > 0) {
                    char code = (char) TCVN3_TONED_CODES[v][t - 1];
                    TCVN3_TO_UNICODE.put(code, lower);
                    TCVN3_CASE_AMBIGUOUS.add(code);
                    UNICODE_TO_TCVN3.put(lower, code);
                    UNICODE_TO_TCVN3.put(upper, code);
                }
            }
        }
        letters.add('\u0111');
        letters.add('\u0110');
        UNICODE_TO_VNI.put('\u0111', VNI_D_STROKE);
        UNICODE_TO_VNI.put('\u0110', VNI_D_STROKE.toUpperCase(Locale.ROOT));
        addVni(VNI_D_STROKE, '\u0111');
        addVni("y\u00EF", '\u1EF5'); // tolerated alternative spelling of ỵ
        for (int i = 0; i < TCVN3_PLAIN_CODES.length; i++) {
            char code = (char) TCVN3_PLAIN_CODES[i];
            TCVN3_TO_UNICODE.put(code, TCVN3_PLAIN_LETTERS.charAt(i));
            UNICODE_TO_TCVN3.put(TCVN3_PLAIN_LETTERS.charAt(i), code);
        }
        VIETNAMESE_LETTERS = Collections.unmodifiableSet(letters);
    }

    private LegacyVietnamese() {
    }

    private static char toned(String vowel, char mark) {
        return Normalizer.normalize(vowel + mark, Normalizer.Form.NFC).charAt(0);
    }

    /** Registers a lower-case VNI spelling, its upper-case form and tolerated mixed-case forms. */
    private static void addVni(String lowerSpelling, char lowerLetter) {
        char upperLetter = Character.toUpperCase(lowerLetter);
        String upperSpelling = lowerSpelling.toUpperCase(Locale.ROOT);
        if (!lowerSpelling.equals(String.valueOf(lowerLetter))) {
            VNI_TO_UNICODE.put(lowerSpelling, lowerLetter);
        }
        if (!upperSpelling.equals(String.valueOf(upperLetter))) {
            VNI_TO_UNICODE.put(upperSpelling, upperLetter);
        }
        if (lowerSpelling.length() == 2) {
            VNI_TO_UNICODE.putIfAbsent(upperSpelling.charAt(0) + lowerSpelling.substring(1), upperLetter);
            VNI_TO_UNICODE.putIfAbsent(lowerSpelling.charAt(0) + upperSpelling.substring(1), lowerLetter);
        }
    }

    // ------------------------------------------------------------------ public API

    /**
     * Decides whether {@code s} is legacy TCVN3/VNI text or UTF-8 mojibake and converts it if so;
     * otherwise returns it unchanged (NFC) as {@link Encoding#UNICODE}. See the class
     * documentation for the heuristic. A {@code null} input gives {@code (UNICODE, null)}.
     */
    public static Result detectAndConvert(String s) {
        if (s == null) {
            return new Result(Encoding.UNICODE, null);
        }
        String n = VietnameseText.nfc(s);
        if (isAscii(n)) {
            return new Result(Encoding.UNICODE, n);
        }
        String repaired = repairUtf8Mojibake(n);
        if (!repaired.equals(n)) {
            return new Result(Encoding.MOJIBAKE_UTF8, repaired);
        }
        if (!fitsWindows1252(n)) {
            return new Result(Encoding.UNICODE, n);
        }
        WordStats original = analyze(n);
        if (original.bad == 0) {
            return new Result(Encoding.UNICODE, n);
        }
        Result best = null;
        int bestScore = -1;
        for (Encoding e : new Encoding[] {Encoding.TCVN3, Encoding.VNI}) {
            String converted = convert(n, e);
            if (converted.equals(n)) {
                continue;
            }
            WordStats stats = analyze(converted);
            if (acceptable(original, stats, e) && stats.good > bestScore) {
                best = new Result(e, converted);
                bestScore = stats.good;
            }
        }
        return best != null ? best : new Result(Encoding.UNICODE, n);
    }

    /**
     * Converts {@code s} from a known encoding without any detection: TCVN3 and VNI are decoded
     * with the tables, {@link Encoding#MOJIBAKE_UTF8} is repaired, {@link Encoding#UNICODE} is only
     * normalised. Characters outside the tables are kept. The result is NFC.
     */
    public static String convert(String s, Encoding from) {
        if (s == null) {
            return null;
        }
        return switch (from) {
            case UNICODE -> VietnameseText.nfc(s);
            case MOJIBAKE_UTF8 -> repairUtf8Mojibake(s);
            case TCVN3 -> VietnameseText.nfc(fromTcvn3(s));
            case VNI -> VietnameseText.nfc(fromVni(s));
        };
    }

    /**
     * Whether {@code s} reads as plausible Vietnamese: every word that contains a non-ASCII
     * character must be one well-formed Vietnamese syllable (at most one tone mark; an initial
     * among b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x or none; a valid
     * vowel cluster; a final among c ch m n ng nh p t, plus k for minority place names such as
     * "Đắk Lắk"; stop finals c ch p t only with the sắc or nặng tone; ch/nh only after a, ê, i, y;
     * c not before e ê i y; gh/ngh only before e ê i; the tone mark on the vowel where either the
     * old or the new orthography puts it, e.g. "hoà" and "hòa" but not "hoaì"). ASCII-only words
     * are accepted as they may be Vietnamese without diacritics, abbreviations or foreign words;
     * so are one-character words and capital abbreviations with Đ ("HĐND"). Words are runs of
     * letters and of the TCVN3 glyph characters (§ ¶ µ « » ...), so a word of two or more
     * characters containing such a glyph is never plausible. {@code null} is not plausible; an
     * empty text is.
     */
    public static boolean isPlausibleVietnamese(String s) {
        return s != null && analyze(VietnameseText.nfc(s)).bad == 0;
    }

    /**
     * Whether {@code s}, as given, looks like mis-decoded Vietnamese: it contains U+FFFD or C1
     * control characters, is (or contains typical fragments of) UTF-8 read as Windows-1252, or
     * contains words that only make sense as TCVN3/VNI glyphs. Unconverted legacy text also
     * counts as garbled; importers should call {@link #detectAndConvert(String)} first and test
     * the converted text, reporting the row when it still looks garbled.
     */
    public static boolean looksGarbled(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || (c >= 0x80 && c <= 0x9F)) {
                return true;
            }
        }
        if (!repairUtf8Mojibake(s).equals(s)) {
            return true;
        }
        for (String marker : MOJIBAKE_MARKERS) {
            if (s.contains(marker)) {
                return true;
            }
        }
        return hasLegacyWords(VietnameseText.nfc(s));
    }

    /**
     * If {@code s} is UTF-8 that was decoded as Windows-1252 or ISO-8859-1 (for instance
     * {@code "Ä\u0090áº£ng"} for "Đảng"), returns the repaired NFC text; otherwise returns
     * {@code s} unchanged. The repair is made only when every character maps back to one byte,
     * the bytes are valid UTF-8, and the result contains at least one Vietnamese letter.
     */
    public static String repairUtf8Mojibake(String s) {
        if (s == null) {
            return null;
        }
        byte[] bytes = new byte[s.length()];
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            int b = TextDecoding.windows1252Byte(s.charAt(i));
            if (b < 0) {
                return s;
            }
            high |= b >= 0x80;
            bytes[i] = (byte) b;
        }
        if (!high || !TextDecoding.isValidUtf8(bytes)) {
            return s;
        }
        String decoded = VietnameseText.nfc(new String(bytes, StandardCharsets.UTF_8));
        return containsVietnameseLetter(decoded) ? decoded : s;
    }

    // ------------------------------------------------------------------ tables

    /** Encodes NFC Unicode text into a legacy encoding (inverse of the tables; used by tests). */
    public static String encode(String unicode, Encoding to) {
        if (to != Encoding.TCVN3 && to != Encoding.VNI) {
            throw new IllegalArgumentException("Not a legacy encoding: " + to);
        }
        String n = VietnameseText.nfc(unicode);
        StringBuilder sb = new StringBuilder(n.length() * 2);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (to == Encoding.TCVN3) {
                Character code = UNICODE_TO_TCVN3.get(c);
                sb.append(code != null ? code.charValue() : c);
            } else {
                String spelling = UNICODE_TO_VNI.get(c);
                sb.append(spelling != null ? spelling : String.valueOf(c));
            }
        }
        return sb.toString();
    }

    private static String fromTcvn3(String s) {
        int n = s.length();
        char[] out = new char[n];
        boolean[] ambiguous = new boolean[n];
        int textUpper = 0;
        int textLower = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            Character u = TCVN3_TO_UNICODE.get(c);
            out[i] = u != null ? u : c;
            ambiguous[i] = TCVN3_CASE_AMBIGUOUS.contains(c);
            if (!ambiguous[i] && Character.isLetter(out[i])) {
                if (Character.isUpperCase(out[i])) {
                    textUpper++;
                } else if (Character.isLowerCase(out[i])) {
                    textLower++;
                }
            }
        }
        boolean textAllCaps = textLower == 0 && textUpper >= 2;
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(out[i])) {
                i++;
                continue;
            }
            int start = i;
            int upper = 0;
            int lower = 0;
            boolean anyAmbiguous = false;
            while (i < n && Character.isLetter(out[i])) {
                if (ambiguous[i]) {
                    anyAmbiguous = true;
                } else if (Character.isUpperCase(out[i])) {
                    upper++;
                } else if (Character.isLowerCase(out[i])) {
                    lower++;
                }
                i++;
            }
            if (anyAmbiguous && lower == 0 && (upper >= 2 || (upper >= 1 && textAllCaps))) {
                for (int k = start; k < i; k++) {
                    if (ambiguous[k]) {
                        out[k] = Character.toUpperCase(out[k]);
                    }
                }
            }
        }
        return new String(out);
    }

    private static String fromVni(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 1 < s.length()) {
                Character pair = VNI_TO_UNICODE.get(s.substring(i, i + 2));
                if (pair != null) {
                    sb.append(pair.charValue());
                    i += 2;
                    continue;
                }
            }
            Character single = VNI_TO_UNICODE.get(s.substring(i, i + 1));
            sb.append(single != null ? single.charValue() : s.charAt(i));
            i++;
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ heuristics

    /**
     * Word counts of a text: non-ASCII words that are plausible syllables ({@code good}) or not
     * ({@code bad}); ASCII words in mixed or lower case that cannot be Vietnamese written without
     * diacritics ({@code foreign}, e.g. "est", "gare", "Bonjour"); and words containing a TCVN3
     * glyph that is not a letter, such as § ¶ ¹ ­ ¬ ({@code glyph}). One-character words are neutral.
     */
    static final class WordStats {
        int good;
        int bad;
        int foreign;
        int glyph;
    }

    private static boolean acceptable(WordStats original, WordStats converted, Encoding encoding) {
        if (converted.good < 1 || converted.bad >= original.bad) {
            return false;
        }
        boolean fewBad = converted.bad == 0
                || (converted.good >= MIN_GOOD_FOR_TOLERANCE && converted.bad * 100 <= converted.good * MAX_BAD_PERCENT);
        int glyphEvidence = encoding == Encoding.TCVN3 ? original.glyph : 0;
        return fewBad && converted.good + glyphEvidence > converted.foreign;
    }

    static WordStats analyze(String s) {
        WordStats stats = new WordStats();
        forEachWord(s, word -> {
            if (word.length() < 2) {
                return;
            }
            if (isAscii(word)) {
                if (!word.equals(word.toUpperCase(Locale.ROOT)) && !Syllables.isPlausibleAsciiSyllable(word)) {
                    stats.foreign++;
                }
                return;
            }
            if (isAbbreviation(word)) {
                return;
            }
            if (Syllables.isPlausibleSyllable(word)) {
                stats.good++;
            } else {
                stats.bad++;
            }
            if (containsGlyph(word)) {
                stats.glyph++;
            }
        });
        return stats;
    }

    /** Capitals without vowel marks, possibly with Đ: "QĐ", "HĐND", "ĐBQH". */
    private static boolean isAbbreviation(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || c == '\u0110')) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsGlyph(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && TCVN3_TO_UNICODE.containsKey(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that only make sense as TCVN3/VNI: not plausible as they stand, plausible once
     * converted. Fragments with a TCVN3 glyph symbol always count; others must outnumber the
     * foreign ASCII words (French "où" is VNI "ó").
     */
    private static boolean hasLegacyWords(String s) {
        int[] counts = new int[3]; // glyph fragments, other fragments, foreign words
        forEachWord(s, word -> {
            if (word.length() < 2) {
                return;
            }
            if (isAscii(word)) {
                if (!word.equals(word.toUpperCase(Locale.ROOT)) && !Syllables.isPlausibleAsciiSyllable(word)) {
                    counts[2]++;
                }
                return;
            }
            if (!fitsWindows1252(word) || Syllables.isPlausibleSyllable(word)) {
                return;
            }
            for (Encoding e : new Encoding[] {Encoding.TCVN3, Encoding.VNI}) {
                String converted = convert(word, e);
                WordStats stats = converted.equals(word) ? null : analyze(converted);
                if (stats != null && stats.good > 0 && stats.bad == 0) {
                    counts[e == Encoding.TCVN3 && containsGlyph(word) ? 0 : 1]++;
                    return;
                }
            }
        });
        return counts[0] > 0 || counts[1] > counts[2];
    }

    private static void forEachWord(String s, java.util.function.Consumer<String> action) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            action.accept(s.substring(start, i));
        }
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetter(c) || TCVN3_TO_UNICODE.containsKey(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsWindows1252(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextDecoding.windows1252Byte(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsVietnameseLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (VIETNAMESE_LETTERS.contains(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Vietnamese syllable structure check; reasonable, not exhaustive. */
    static final class Syllables {
        private static final String LETTERS = "abcdeghiklmnopqrstuvxy\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111";
        private static final String[] INITIALS = {
            "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
            "b", "c", "d", "\u0111", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""};
        private static final Set<String> FINALS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k");
        private static final Set<String> STOP_FINALS = Set.of("c", "ch", "p", "t");
        private static final Set<String> OPEN_ONLY = Set.of(
                "ai", "ao", "au", "ay", "\u00E2u", "\u00E2y", "eo", "\u00EAu", "ia", "iu", "oi", "\u00F4i",
                "\u01A1i", "ua", "ui", "\u01B0a", "\u01B0i", "\u01B0u", "i\u00EAu", "y\u00EAu", "oai", "oay",
                "oao", "oeo", "u\u00E2y", "u\u00F4i", "\u01B0\u01A1i", "\u01B0\u01A1u", "uya", "uyu", "u\u01A1");
        private static final Set<String> CLOSED_ONLY = Set.of(
                "\u0103", "\u00E2", "i\u00EA", "y\u00EA", "u\u00F4", "\u01B0\u01A1", "o\u0103", "u\u00E2",
                "uy\u00EA", "oo");
        private static final Set<String> OPEN_OR_CLOSED = Set.of(
                "a", "e", "\u00EA", "i", "o", "\u00F4", "\u01A1", "u", "\u01B0", "y", "oa", "oe", "u\u00EA", "uy");

        private static final Set<String> ASCII_CLUSTERS = foldedClusters();

        private Syllables() {
        }

        private static Set<String> foldedClusters() {
            Set<String> folded = new HashSet<>();
            for (Set<String> set : List.of(OPEN_ONLY, CLOSED_ONLY, OPEN_OR_CLOSED)) {
                for (String cluster : set) {
                    folded.add(VietnameseText.fold(cluster));
                }
            }
            return folded;
        }

        /**
         * Whether an ASCII word could be a Vietnamese syllable written without diacritics
         * ("Nguyen", "Truong", "Viet"): same initials and finals, vowel clusters without their
         * marks, no tone or spelling rules.
         */
        static boolean isPlausibleAsciiSyllable(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            for (int i = 0; i < w.length(); i++) {
                if ("abcdeghiklmnopqrstuvxy".indexOf(w.charAt(i)) < 0) {
                    return false;
                }
            }
            for (String initial : INITIALS) {
                if (!w.startsWith(initial)) {
                    continue;
                }
                String rhyme = w.substring(initial.length());
                int v = 0;
                while (v < rhyme.length() && "aeiouy".indexOf(rhyme.charAt(v)) >= 0) {
                    v++;
                }
                if (v > 0 && FINALS.contains(rhyme.substring(v)) && ASCII_CLUSTERS.contains(rhyme.substring(0, v))) {
                    return true;
                }
            }
            return false;
        }

        static boolean isPlausibleSyllable(String word) {
            String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
            StringBuilder rest = new StringBuilder(nfd.length());
            int tone = 0;
            int tones = 0;
            int bases = 0;
            int tonePos = -1;
            for (int i = 0; i < nfd.length(); i++) {
                char c = nfd.charAt(i);
                int t = toneOf(c);
                if (t > 0) {
                    tone = t;
                    tones++;
                    tonePos = bases - 1;
                } else {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        bases++;
                    }
                    rest.append(c);
                }
            }
            if (tones > 1) {
                return false;
            }
            String base = Normalizer.normalize(rest, Normalizer.Form.NFC);
            if (base.isEmpty()) {
                return false;
            }
            for (int i = 0; i < base.length(); i++) {
                if (LETTERS.indexOf(base.charAt(i)) < 0) {
                    return false;
                }
            }
            for (String initial : INITIALS) {
                if (base.startsWith(initial)
                        && isValidRhyme(initial, base.substring(initial.length()), tone, tonePos - initial.length())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the tone mark may sit: on the last vowel before a final consonant; in an open
         * syllable on the last vowel with a quality mark (ă â ê ô ơ ư), on either vowel of oa, oe,
         * uy (old and new style), on the middle vowel of oai, oay, oao, oeo, uya, uyu, and on the
         * first vowel of the other two-vowel clusters (ai, ao, ia, ua, ...).
         */
        private static boolean isValidTonePosition(String vowels, boolean open, int pos) {
            int n = vowels.length();
            if (pos < 0 || pos >= n) {
                return false;
            }
            if (!open || n == 1) {
                return pos == n - 1;
            }
            int marked = -1;
            for (int i = 0; i < n; i++) {
                if ("\u0103\u00E2\u00EA\u00F4\u01A1\u01B0".indexOf(vowels.charAt(i)) >= 0) {
                    marked = i;
                }
            }
            if (marked >= 0) {
                return pos == marked;
            }
            if (vowels.equals("oa") || vowels.equals("oe") || vowels.equals("uy")) {
                return true;
            }
            return n == 3 ? pos == 1 : pos == 0;
        }

        /** 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng, 0 not a tone mark. */
        private static int toneOf(char c) {
            for (int i = 0; i < TONE_MARKS.length; i++) {
                if (TONE_MARKS[i] == c) {
                    return i + 1;
                }
            }
            return 0;
        }

        /**
         * @param tonePos index in {@code rhyme} of the vowel carrying the tone mark (ignored
         *     without a tone)
         */
        private static boolean isValidRhyme(String initial, String rhyme, int tone, int tonePos) {
            int v = 0;
            while (v < rhyme.length() && VOWELS.indexOf(rhyme.charAt(v)) >= 0) {
                v++;
            }
            if (v == 0) {
                return false;
            }
            String vowels = rhyme.substring(0, v);
            String fin = rhyme.substring(v);
            if (!FINALS.contains(fin)) {
                return false;
            }
            boolean open = fin.isEmpty();
            if (OPEN_ONLY.contains(vowels)) {
                if (!open) {
                    return false;
                }
            } else if (CLOSED_ONLY.contains(vowels)) {
                if (open) {
                    return false;
                }
            } else if (!OPEN_OR_CLOSED.contains(vowels)) {
                return false;
            }
            if (STOP_FINALS.contains(fin) && tone != 4 && tone != 5) {
                return false;
            }
            if (fin.equals("k") && tone != 0 && tone != 4 && tone != 5) {
                return false;
            }
            if (tone != 0 && !isValidTonePosition(vowels, open, tonePos)) {
                return false;
            }
            char last = vowels.charAt(vowels.length() - 1);
            if ((fin.equals("ch") || fin.equals("nh")) && "a\u00EAiy".indexOf(last) < 0) {
                return false;
            }
            char first = vowels.charAt(0);
            boolean front = "e\u00EAiy".indexOf(first) >= 0;
            if (initial.equals("c") && front) {
                return false;
            }
            if ((initial.equals("gh") || initial.equals("ngh")) && "e\u00EAi".indexOf(first) < 0) {
                return false;
            }
            if (initial.equals("qu") && first == 'u') {
                return false;
            }
            return !(initial.equals("gi") && first == 'i');
        }
    }
}
