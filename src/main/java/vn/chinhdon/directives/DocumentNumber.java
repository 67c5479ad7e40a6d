package vn.chinhdon.directives;

import java.util.Locale;
import java.util.Objects;
import vn.chinhdon.shared.VietnameseText;

/**
 * The number and symbol (số và ký hiệu) of a Party document in the form of Hướng dẫn 36-HD/VPTW:
 * {@code NUMBER-TYPE/ISSUER}, e.g. {@code 196-KH/TU} — the ordinal number, a hyphen, the
 * abbreviation of the document type, a slash, the abbreviation of the issuing body.
 *
 * <p>Codes are kept in NFC. The number is between {@value #MIN_NUMBER} and {@value #MAX_NUMBER}
 * (the upper bound is a sanity limit; the largest attested number has five digits, 10072-CV/BTCTW).
 *
 * @param number     the ordinal number registered by the office (văn thư), 1 or more
 * @param typeCode   abbreviation of the document type, e.g. {@code "KH"}, {@code "QĐi"}
 * @param issuerCode abbreviation of the issuer, e.g. {@code "TU"}, {@code "BTCTW"}
 */
public record DocumentNumber(int number, String typeCode, String issuerCode) {

    public static final int MIN_NUMBER = 1;
    public static final int MAX_NUMBER = 99_999;

    public DocumentNumber {
        if (number < MIN_NUMBER || number > MAX_NUMBER) {
            throw new IllegalArgumentException(
                    "Document number " + number + " is outside " + MIN_NUMBER + ".." + MAX_NUMBER);
        }
        typeCode = checkCode(typeCode, "typeCode");
        issuerCode = checkCode(issuerCode, "issuerCode");
    }

    private static String checkCode(String code, String what) {
        String c = VietnameseText.clean(Objects.requireNonNull(code, what));
        if (c.isEmpty() || c.indexOf(' ') >= 0 || c.indexOf('-') >= 0 || c.indexOf('/') >= 0) {
            throw new IllegalArgumentException("Invalid " + what + ": \"" + code + "\"");
        }
        return c;
    }

    /**
     * The number as it is written on the document, in NFC: {@code "196-KH/TU"}. Numbers below 10
     * take a leading zero ({@code "04-NQ/TW"}, {@code "01-KH/ĐU"}), as Party offices number
     * "from 01" and every attested number is written so.
     */
    public String canonical() {
        return String.format(Locale.ROOT, "%02d-%s/%s", number, typeCode, issuerCode);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
