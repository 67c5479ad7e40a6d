package vn.chinhdon.directives;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chinhdon.directives.ParseResult.Parsed;
import vn.chinhdon.directives.ParseResult.Reason;
import vn.chinhdon.directives.ParseResult.Rejected;
import vn.chinhdon.shared.VietnameseText;

/**
 * Parser and validator of Party document numbers (số và ký hiệu văn bản, Hướng dẫn 36-HD/VPTW):
 * {@code NUMBER-TYPE/ISSUER}, e.g. {@code Số 196-KH/TU}.
 *
 * <p>The abbreviations come from reference data given to the constructor, so that an
 * administrator can edit them; {@link #withDefaults()} uses the lists seeded below. An issuer is
 * either a whole issuer ({@code TW}, {@code TU}, {@code ĐU}…) or a body followed by a level
 * ({@code BTC}+{@code TW} = {@code BTCTW} "Ban Tổ chức Trung ương", {@code UBKT}+{@code ĐUK} =
 * {@code UBKTĐUK} "Ủy ban Kiểm tra Đảng ủy Khối").
 *
 * <p>What is accepted:
 * <ul>
 *   <li>a leading "Số" (any case) with or without a colon, and surrounding whitespace;</li>
 *   <li>NFC or NFD text; hyphen look-alikes (en and em dashes, minus, non-breaking hyphen…) for the
 *       hyphen, slash look-alikes for the slash, spaces around both;</li>
 *   <li>a number from {@value DocumentNumber#MIN_NUMBER} to {@value DocumentNumber#MAX_NUMBER},
 *       without sign, leading zeros allowed ({@code 01-KH/ĐU} has number 1);</li>
 *   <li>type and issuer in any letter case; they are returned in the reference spelling
 *       ({@code kh/tu} gives {@code KH}, {@code TU}; {@code QĐI} gives {@code QĐi}). Đ and D are
 *       different letters: {@code DU} is not {@code ĐU}. The Icelandic eth (Ð/ð, U+00D0/U+00F0),
 *       which legacy fonts and converters put in place of Đ/đ, is read as Đ/đ.</li>
 * </ul>
 * The State form ({@code 123/QĐ-UBND}, {@code 45/2020/NĐ-CP}: slash first, then hyphen) is told
 * apart and rejected with {@link Reason#STATE_FORM}, never silently accepted.
 *
 * <p><b>Quyết định or Quy định.</b> {@code QĐi} means Quy định (used in 2018–2019: 07-, 08-,
 * 11-QĐi/TW, 01-QĐi/UBKTTW). {@code QĐ} means Quyết định, but Quy định are numbered {@code QĐ}
 * too, before that era (e.g. 101-QĐ/TW of 2012) and after it (22-QĐ/TW of 2021, 69-QĐ/TW of 2022,
 * 124-QĐ/TW of 2023, 366-QĐ/TW of 2025), while 328-QĐ/TW of 2025 is a Quyết định. Neither the
 * number nor the date can tell them apart, so this parser does not guess: the default type name of
 * {@code QĐ} is "Quyết định / Quy định", {@link #mayBeRegulation(DocumentNumber)} says which
 * numbers may be a Quy định, and the real type is whatever the person registering the document
 * records. For the same reason there is no date-dependent parsing.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DocumentNumberParser {

    /*
     * Reference data seeded from the research notes (domain-rules §7). The table of 36-HD/VPTW
     * itself was not retrieved: entries marked "attested" occur in real document numbers; entries
     * marked [KN] are background knowledge, NOT confirmed by a source, and must be checked by an
     * administrator against the official table.
     */

    /** Document type abbreviations. */
    public static final List<Abbreviation> DEFAULT_TYPES = List.of(
            // attested
            new Abbreviation("NQ", "Nghị quyết"),
            new Abbreviation("QĐ", "Quyết định / Quy định"),
            new Abbreviation("QĐi", "Quy định"),
            new Abbreviation("QĐNS", "Quyết định nhân sự"),
            new Abbreviation("CT", "Chỉ thị"),
            new Abbreviation("KL", "Kết luận"),
            new Abbreviation("QC", "Quy chế"),
            new Abbreviation("HD", "Hướng dẫn"),
            new Abbreviation("KH", "Kế hoạch"),
            new Abbreviation("TB", "Thông báo"),
            new Abbreviation("CV", "Công văn"),
            new Abbreviation("CTHĐ", "Chương trình hành động"),
            // [KN] unconfirmed for Party documents (the same abbreviations are in the State table of
            // Nghị định 30/2020/NĐ-CP; TC is "Thông cáo" there)
            new Abbreviation("CTr", "Chương trình"),
            new Abbreviation("TTr", "Tờ trình"),
            new Abbreviation("BC", "Báo cáo"),
            new Abbreviation("BB", "Biên bản"),
            new Abbreviation("TT", "Thông tri"),
            new Abbreviation("ĐA", "Đề án"),
            new Abbreviation("PA", "Phương án"),
            new Abbreviation("TC", "Thông cáo"));

    /** Issuers written alone after the slash. */
    public static final List<Abbreviation> DEFAULT_WHOLE_ISSUERS = List.of(
            // attested
            new Abbreviation("TW", "Trung ương (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư)"),
            new Abbreviation("TU", "Tỉnh ủy"),
            new Abbreviation("HU", "Huyện ủy"),
            new Abbreviation("QU", "Quận ủy / Quân ủy"),
            new Abbreviation("ĐU", "Đảng ủy"),
            new Abbreviation("ĐUK", "Đảng ủy Khối"),
            new Abbreviation("QUTW", "Quân ủy Trung ương"),
            // [KN] unconfirmed (CB only seen in a hobby application)
            new Abbreviation("ThU", "Thành ủy"),
            new Abbreviation("CB", "Chi bộ"),
            new Abbreviation("BCS", "Ban cán sự đảng"),
            new Abbreviation("ĐĐ", "Đảng đoàn"));

    /** Advisory bodies (ban, ủy ban, văn phòng…), written before a level: BTC + TW. */
    public static final List<Abbreviation> DEFAULT_ISSUER_BODIES = List.of(
            // attested (BTCTW, BTCTU, UBKTTW, UBKTĐUK, VPTW, BTGTW, BCĐTW)
            new Abbreviation("BTC", "Ban Tổ chức"),
            new Abbreviation("UBKT", "Ủy ban Kiểm tra"),
            new Abbreviation("VP", "Văn phòng"),
            new Abbreviation("BTG", "Ban Tuyên giáo"),
            new Abbreviation("BCĐ", "Ban Chỉ đạo"),
            // [KN] unconfirmed (BTGDV: the merged body of 2025 exists, its abbreviation is a guess)
            new Abbreviation("BDV", "Ban Dân vận"),
            new Abbreviation("BTGDV", "Ban Tuyên giáo và Dân vận"),
            new Abbreviation("BNC", "Ban Nội chính"));

    /** Levels written after a body: the committee the body belongs to. */
    public static final List<Abbreviation> DEFAULT_ISSUER_LEVELS = List.of(
            // attested as levels: TW, TU, ĐUK
            new Abbreviation("TW", "Trung ương"),
            new Abbreviation("TU", "Tỉnh ủy"),
            new Abbreviation("ĐUK", "Đảng ủy Khối"),
            // [KN] unconfirmed as levels
            new Abbreviation("ThU", "Thành ủy"),
            new Abbreviation("HU", "Huyện ủy"),
            new Abbreviation("QU", "Quận ủy / Quân ủy"),
            new Abbreviation("ĐU", "Đảng ủy"),
            new Abbreviation("QUTW", "Quân ủy Trung ương"));

    private static final String REGULATION_ERA_CODE = "QĐI";
    private static final String DECISION_OR_REGULATION_CODE = "QĐ";

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern SO_PREFIX = Pattern.compile(
            "^số\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES_AROUND_SEPARATORS = Pattern.compile("\\s*([-/])\\s*");
    private static final Pattern PARTY_FORM = Pattern.compile(
            "^(\\d+)-([\\p{L}\\p{M}]+)/([\\p{L}\\p{M}]+)$");
    private static final Pattern STATE_FORM = Pattern.compile(
            "^\\d+(?:/\\d{2,4})?/[\\p{L}\\p{M}\\d.&]+(?:-[\\p{L}\\p{M}\\d.&]+)+$");
    private static final String HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";
    private static final String SLASHES = "\u2044\u2215\uFF0F";
    private static final String EXAMPLE = "196-KH/TU";

    private final List<Abbreviation> types;
    private final List<Abbreviation> issuerBodies;
    private final List<Abbreviation> issuerLevels;
    private final List<Abbreviation> wholeIssuers;
    private final Map<String, Abbreviation> typesByKey;
    private final Map<String, Abbreviation> issuersByKey;

    /**
     * A parser over the given reference data.
     *
     * @throws IllegalArgumentException if a code is not made of letters only, if a list repeats a
     *                                  code (letter case ignored), or if two issuers (whole or
     *                                  body + level) would be written the same
     */
    public DocumentNumberParser(List<Abbreviation> types, List<Abbreviation> issuerBodies,
            List<Abbreviation> issuerLevels, List<Abbreviation> wholeIssuers) {
        this.types = List.copyOf(Objects.requireNonNull(types, "types"));
        this.issuerBodies = List.copyOf(Objects.requireNonNull(issuerBodies, "issuerBodies"));
        this.issuerLevels = List.copyOf(Objects.requireNonNull(issuerLevels, "issuerLevels"));
        this.wholeIssuers = List.copyOf(Objects.requireNonNull(wholeIssuers, "wholeIssuers"));
        this.typesByKey = index(this.types, "type");
        index(this.issuerBodies, "issuer body");
        index(this.issuerLevels, "issuer level");
        Map<String, Abbreviation> issuers = new HashMap<>(index(this.wholeIssuers, "whole issuer"));
        for (Abbreviation body : this.issuerBodies) {
            for (Abbreviation level : this.issuerLevels) {
                Abbreviation combined = new Abbreviation(body.code() + level.code(),
                        body.name() + " " + level.name());
                Abbreviation clash = issuers.putIfAbsent(key(combined.code()), combined);
                if (clash != null) {
                    throw new IllegalArgumentException("Issuer " + combined.code() + " (" + combined.name()
                            + ") is written like " + clash.code() + " (" + clash.name() + ")");
                }
            }
        }
        this.issuersByKey = Map.copyOf(issuers);
    }

    /** A parser over {@link #DEFAULT_TYPES}, {@link #DEFAULT_ISSUER_BODIES}, {@link #DEFAULT_ISSUER_LEVELS}, {@link #DEFAULT_WHOLE_ISSUERS}. */
    public static DocumentNumberParser withDefaults() {
        return new DocumentNumberParser(DEFAULT_TYPES, DEFAULT_ISSUER_BODIES, DEFAULT_ISSUER_LEVELS,
                DEFAULT_WHOLE_ISSUERS);
    }

    public List<Abbreviation> types() {
        return types;
    }

    public List<Abbreviation> issuerBodies() {
        return issuerBodies;
    }

    public List<Abbreviation> issuerLevels() {
        return issuerLevels;
    }

    public List<Abbreviation> wholeIssuers() {
        return wholeIssuers;
    }

    /**
     * Reads {@code value} as a Party document number. Never throws; {@code null} is
     * {@link Reason#EMPTY}. Checks, in order: empty, State form, form, number range, type, issuer.
     */
    public ParseResult parse(String value) {
        if (value == null) {
            return new Rejected(Reason.EMPTY, "");
        }
        String text = unifySeparators(VietnameseText.clean(value));
        text = SO_PREFIX.matcher(text).replaceFirst("");
        if (text.isEmpty()) {
            return new Rejected(Reason.EMPTY, "");
        }
        text = SPACES_AROUND_SEPARATORS.matcher(text).replaceAll("$1");

        if (STATE_FORM.matcher(text).matches()) {
            return new Rejected(Reason.STATE_FORM, "\"" + text + "\" is a State document number"
                    + " (number/TYPE-ISSUER: slash first, then hyphen). A Party document number puts the"
                    + " hyphen first and the slash second: NUMBER-TYPE/ISSUER, e.g. " + EXAMPLE + ".");
        }
        Matcher m = PARTY_FORM.matcher(text);
        if (!m.matches()) {
            return new Rejected(Reason.MALFORMED, "\"" + text + "\" is not of the form NUMBER-TYPE/ISSUER"
                    + " (hyphen first, slash second), e.g. " + EXAMPLE + ".");
        }

        String digits = m.group(1);
        String significant = digits.replaceFirst("^0+", "");
        if (significant.isEmpty() || significant.length() > String.valueOf(DocumentNumber.MAX_NUMBER).length()
                || Integer.parseInt(significant) > DocumentNumber.MAX_NUMBER) {
            return new Rejected(Reason.NUMBER_OUT_OF_RANGE, digits);
        }
        int number = Integer.parseInt(significant);

        Abbreviation type = typesByKey.get(key(m.group(2)));
        if (type == null) {
            return new Rejected(Reason.UNKNOWN_TYPE, m.group(2));
        }
        Abbreviation issuer = issuersByKey.get(key(m.group(3)));
        if (issuer == null) {
            return new Rejected(Reason.UNKNOWN_ISSUER, m.group(3));
        }
        return new Parsed(new DocumentNumber(number, type.code(), issuer.code()), type.name(), issuer.name());
    }

    /**
     * Whether a document with this number may be a Quy định (regulation): always for {@code QĐi},
     * and for {@code QĐ}, which is written for both Quyết định and Quy định (see the class comment).
     * Letter case of the type code is ignored.
     */
    public boolean mayBeRegulation(DocumentNumber n) {
        Objects.requireNonNull(n, "n");
        String k = key(n.typeCode());
        return k.equals(REGULATION_ERA_CODE) || k.equals(DECISION_OR_REGULATION_CODE);
    }

    private static Map<String, Abbreviation> index(List<Abbreviation> list, String what) {
        Map<String, Abbreviation> byKey = new HashMap<>();
        for (Abbreviation a : list) {
            Objects.requireNonNull(a, what);
            if (!CODE.matcher(a.code()).matches()) {
                throw new IllegalArgumentException("The " + what + " code \"" + a.code() + "\" must be letters only");
            }
            Abbreviation clash = byKey.putIfAbsent(key(a.code()), a);
            if (clash != null) {
                throw new IllegalArgumentException("The " + what + " code " + a.code() + " repeats " + clash.code());
            }
        }
        return byKey;
    }

    /** Matching key: NFC, eth read as Đ, upper case. Đ stays Đ (never folded to D). */
    private static String key(String code) {
        return VietnameseText.nfc(code).replace('\u00D0', '\u0110').replace('\u00F0', '\u0111')
                .toUpperCase(Locale.ROOT);
    }

    private static String unifySeparators(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (HYPHENS.indexOf(c) >= 0) {
                sb.append('-');
            } else if (SLASHES.indexOf(c) >= 0) {
                sb.append('/');
            } else if (c == '\uFF1A') {
                sb.append(':');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
