package vn.chinhdon.directives;

import java.util.Objects;
import vn.chinhdon.shared.VietnameseText;

/**
 * The numbering series a Party document belongs to. Under Hướng dẫn 36-HD/VPTW (point 1.3.1)
 * a committee, agency or organisation numbers its documents from 01 for each document type within
 * one committee term (nhiệm kỳ cấp ủy); confidential documents share the series of their type.
 * Two documents with the same key must not carry the same number — the caller checks that
 * against the database; this type is only the value.
 *
 * <p>Decisions:
 * <ul>
 *   <li>{@code issuerUnitCode} is the code of the issuing organisation unit in this system, not the
 *       issuer abbreviation of the number: {@code TU} is written by every provincial committee.</li>
 *   <li>{@code typeCode} is the abbreviation as written in the number. {@code QĐi} and {@code QĐ}
 *       are different series: Quy định and Quyết định are different types, and since a
 *       {@code QĐ} number alone cannot say which of the two it is (see
 *       {@link DocumentNumberParser#mayBeRegulation(DocumentNumber)}), the written abbreviation is
 *       the only key that can be derived without guessing.</li>
 *   <li>{@code termLabel} names the committee term, e.g. {@code "2025–2030"}. Hyphen-like
 *       characters (with any spaces around them) are written as an en dash, so that
 *       {@code "2020-2025"} and {@code "2020 – 2025"} are the same term.</li>
 * </ul>
 * All parts are in NFC, trimmed, and must not be blank.
 */
public record SeriesKey(String issuerUnitCode, String typeCode, String termLabel) {

    public SeriesKey {
        issuerUnitCode = required(issuerUnitCode, "issuerUnitCode");
        typeCode = required(typeCode, "typeCode");
        termLabel = required(termLabel, "termLabel")
                .replaceAll("\\s*[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]\\s*", "\u2013");
    }

    /** The series of {@code number}, issued by the unit {@code issuerUnitCode} in {@code termLabel}. */
    public static SeriesKey of(String issuerUnitCode, DocumentNumber number, String termLabel) {
        Objects.requireNonNull(number, "number");
        return new SeriesKey(issuerUnitCode, number.typeCode(), termLabel);
    }

    private static String required(String value, String what) {
        String v = VietnameseText.clean(Objects.requireNonNull(value, what));
        if (v.isEmpty()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return v;
    }
}
