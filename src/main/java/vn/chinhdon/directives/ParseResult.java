package vn.chinhdon.directives;

import java.util.Objects;

/** What {@link DocumentNumberParser#parse(String)} made of a text: a Party document number, or why not. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Rejected {

    /**
     * A Party document number, with codes in their reference spelling.
     *
     * @param number     the number ({@code canonical()} gives the written form)
     * @param typeName   full name of the type, e.g. {@code "Kế hoạch"}
     * @param issuerName full name of the issuer, e.g. {@code "Tỉnh ủy"}, {@code "Ban Tổ chức Trung ương"}
     */
    record Parsed(DocumentNumber number, String typeName, String issuerName) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(typeName, "typeName");
            Objects.requireNonNull(issuerName, "issuerName");
        }
    }

    /**
     * The text is not an acceptable Party document number.
     *
     * @param reason why; {@link Reason#messageKey()} is the key of the message shown to people
     * @param detail for {@link Reason#UNKNOWN_TYPE} and {@link Reason#UNKNOWN_ISSUER} the code as
     *               written, for {@link Reason#NUMBER_OUT_OF_RANGE} the number as written, for
     *               {@link Reason#EMPTY} an empty string, otherwise an English explanation
     *               that quotes the text
     */
    record Rejected(Reason reason, String detail) implements ParseResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }
    }

    /** Why a text was rejected. */
    enum Reason {
        /** Nothing but whitespace (or only the word "Số"), or {@code null}. */
        EMPTY("error.docnumber.empty"),
        /** A State document number ({@code 123/QĐ-UBND}, {@code 45/2020/NĐ-CP}): slash first, then hyphen. */
        STATE_FORM("error.docnumber.stateForm"),
        /** Not of the form {@code NUMBER-TYPE/ISSUER}. */
        MALFORMED("error.docnumber.malformed"),
        /** The type abbreviation is not in the reference data. */
        UNKNOWN_TYPE("error.docnumber.unknownType"),
        /** The issuer abbreviation is not in the reference data. */
        UNKNOWN_ISSUER("error.docnumber.unknownIssuer"),
        /** The number is 0 or above {@value DocumentNumber#MAX_NUMBER}. */
        NUMBER_OUT_OF_RANGE("error.docnumber.numberOutOfRange");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /** Key of the message for people, e.g. {@code "error.docnumber.stateForm"}. */
        public String messageKey() {
            return messageKey;
        }
    }
}
