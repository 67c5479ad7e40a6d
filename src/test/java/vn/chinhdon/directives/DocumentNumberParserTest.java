package vn.chinhdon.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chinhdon.directives.ParseResult.Parsed;
import vn.chinhdon.directives.ParseResult.Reason;
import vn.chinhdon.directives.ParseResult.Rejected;

class DocumentNumberParserTest {

    private static final String TW = "Trung ương (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư)";
    private static final String QD = "Quyết định / Quy định";

    private final DocumentNumberParser parser = DocumentNumberParser.withDefaults();

    /** Every document number attested in domain-rules §7, with what it must parse to. */
    static Stream<Object[]> attested() {
        return Stream.of(new Object[][] {
            {"04-NQ/TW", 4, "NQ", "Nghị quyết", "TW", TW},
            {"12-NQ/TW", 12, "NQ", "Nghị quyết", "TW", TW},
            {"60-NQ/TW", 60, "NQ", "Nghị quyết", "TW", TW},
            {"354-QĐ/UBKTTW", 354, "QĐ", QD, "UBKTTW", "Ủy ban Kiểm tra Trung ương"},
            {"328-QĐ/TW", 328, "QĐ", QD, "TW", TW},
            {"22-QĐ/TW", 22, "QĐ", QD, "TW", TW},
            {"69-QĐ/TW", 69, "QĐ", QD, "TW", TW},
            {"124-QĐ/TW", 124, "QĐ", QD, "TW", TW},
            {"366-QĐ/TW", 366, "QĐ", QD, "TW", TW},
            {"07-QĐi/TW", 7, "QĐi", "Quy định", "TW", TW},
            {"08-QĐi/TW", 8, "QĐi", "Quy định", "TW", TW},
            {"11-QĐi/TW", 11, "QĐi", "Quy định", "TW", TW},
            {"01-QĐi/UBKTTW", 1, "QĐi", "Quy định", "UBKTTW", "Ủy ban Kiểm tra Trung ương"},
            {"1513-QĐNS/TW", 1513, "QĐNS", "Quyết định nhân sự", "TW", TW},
            {"05-CT/TW", 5, "CT", "Chỉ thị", "TW", TW},
            {"15-CT/TW", 15, "CT", "Chỉ thị", "TW", TW},
            {"35-CT/TW", 35, "CT", "Chỉ thị", "TW", TW},
            {"45-CT/TW", 45, "CT", "Chỉ thị", "TW", TW},
            {"01-KL/TW", 1, "KL", "Kết luận", "TW", TW},
            {"21-KL/TW", 21, "KL", "Kết luận", "TW", TW},
            {"198-KL/TW", 198, "KL", "Kết luận", "TW", TW},
            {"215-KL/TW", 215, "KL", "Kết luận", "TW", TW},
            {"09-QC/TW", 9, "QC", "Quy chế", "TW", TW},
            {"11-HD/BTCTW", 11, "HD", "Hướng dẫn", "BTCTW", "Ban Tổ chức Trung ương"},
            {"43-HD/BTCTW", 43, "HD", "Hướng dẫn", "BTCTW", "Ban Tổ chức Trung ương"},
            {"36-HD/VPTW", 36, "HD", "Hướng dẫn", "VPTW", "Văn phòng Trung ương"},
            {"05-HD/UBKTTW", 5, "HD", "Hướng dẫn", "UBKTTW", "Ủy ban Kiểm tra Trung ương"},
            {"121-HD/BTGTW", 121, "HD", "Hướng dẫn", "BTGTW", "Ban Tuyên giáo Trung ương"},
            {"10-HD/HU", 10, "HD", "Hướng dẫn", "HU", "Huyện ủy"},
            {"02-HD/BTCTU", 2, "HD", "Hướng dẫn", "BTCTU", "Ban Tổ chức Tỉnh ủy"},
            {"07-HD/ĐUK", 7, "HD", "Hướng dẫn", "ĐUK", "Đảng ủy Khối"},
            {"08-KH/TW", 8, "KH", "Kế hoạch", "TW", TW},
            {"32-KH/TU", 32, "KH", "Kế hoạch", "TU", "Tỉnh ủy"},
            {"09-KH/ĐU", 9, "KH", "Kế hoạch", "ĐU", "Đảng ủy"},
            {"196-KH/TU", 196, "KH", "Kế hoạch", "TU", "Tỉnh ủy"},
            {"05-TB/BCĐTW", 5, "TB", "Thông báo", "BCĐTW", "Ban Chỉ đạo Trung ương"},
            {"10072-CV/BTCTW", 10072, "CV", "Công văn", "BTCTW", "Ban Tổ chức Trung ương"},
            {"62-CV/HU", 62, "CV", "Công văn", "HU", "Huyện ủy"},
            {"1740-CV/VPTW", 1740, "CV", "Công văn", "VPTW", "Văn phòng Trung ương"},
            {"147-CTHĐ/TU", 147, "CTHĐ", "Chương trình hành động", "TU", "Tỉnh ủy"},
            {"1127-QĐ/TU", 1127, "QĐ", QD, "TU", "Tỉnh ủy"},
            {"842-QĐ/QU", 842, "QĐ", QD, "QU", "Quận ủy / Quân ủy"},
            {"45-HD/ĐU", 45, "HD", "Hướng dẫn", "ĐU", "Đảng ủy"},
        });
    }

    static Stream<String> attestedNumbers() {
        return attested().map(row -> (String) row[0]);
    }

    private Parsed parsed(String value) {
        ParseResult r = parser.parse(value);
        assertThat(r).as("parse(%s)", value).isInstanceOf(Parsed.class);
        return (Parsed) r;
    }

    private Rejected rejected(String value) {
        ParseResult r = parser.parse(value);
        assertThat(r).as("parse(%s)", value).isInstanceOf(Rejected.class);
        return (Rejected) r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attested")
    void parsesEveryAttestedNumber(String value, int number, String typeCode, String typeName,
            String issuerCode, String issuerName) {
        Parsed p = parsed(value);
        assertThat(p.number()).isEqualTo(new DocumentNumber(number, typeCode, issuerCode));
        assertThat(p.typeName()).isEqualTo(typeName);
        assertThat(p.issuerName()).isEqualTo(issuerName);
        assertThat(p.number().canonical()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attestedNumbers")
    void parsingTheCanonicalFormGivesTheSameNumber(String value) {
        DocumentNumber n = parsed(value).number();
        assertThat(parsed(n.canonical()).number()).isEqualTo(n);
        assertThat(parsed(n.toString()).number()).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attestedNumbers")
    void spellingVariantsOfEveryAttestedNumberGiveTheSameResult(String value) {
        Parsed expected = parsed(value);
        List<UnaryOperator<String>> variants = List.of(
                s -> s.toLowerCase(Locale.ROOT),
                s -> s.toUpperCase(Locale.ROOT),
                s -> Normalizer.normalize("Số " + s, Normalizer.Form.NFD),
                s -> "Số: " + s.replace("-", " - ").replace("/", " / "),
                s -> "  số " + s.replace('-', '\u2013') + "\t",
                s -> s.replace('-', '\u2212').replace('/', '\uFF0F'),
                s -> "0" + s);
        for (UnaryOperator<String> v : variants) {
            String variant = v.apply(value);
            assertThat(parser.parse(variant)).as("variant %s", variant).isEqualTo(expected);
        }
    }

    @Test
    void readsTheApiExample() {
        Parsed p = parsed("196-KH/TU");
        assertThat(p.number().number()).isEqualTo(196);
        assertThat(p.number().typeCode()).isEqualTo("KH");
        assertThat(p.typeName()).isEqualTo("Kế hoạch");
        assertThat(p.number().issuerCode()).isEqualTo("TU");
        assertThat(p.issuerName()).isEqualTo("Tỉnh ủy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Số 196-KH/TU", "Số: 196 - KH / TU", "số 196-KH/TU", "SỐ:196-KH/TU",
        "  Số:   196-KH/TU  ", "196 -KH/ TU", "Số\u00A0196\u2013KH/TU", "196\u2014KH/TU", "196\u2011KH/TU",
        "Số\uFF1A 196-KH\u2215TU"})
    void acceptsTheWordSoSpacesAndDashVariants(String value) {
        assertThat(parsed(value).number()).isEqualTo(new DocumentNumber(196, "KH", "TU"));
    }

    @Test
    void acceptsNfdText() {
        String nfd = Normalizer.normalize("Số: 147-CTHĐ/TU", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        Parsed p = parsed(nfd);
        assertThat(p.number()).isEqualTo(new DocumentNumber(147, "CTHĐ", "TU"));
        assertThat(p.number().canonical()).isEqualTo("147-CTHĐ/TU")
                .isEqualTo(Normalizer.normalize(p.number().canonical(), Normalizer.Form.NFC));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            196-kh/tu     | KH   | TU
            196-Kh/Tu     | KH   | TU
            07-qđi/tw     | QĐi  | TW
            07-QĐI/TW     | QĐi  | TW
            07-qĐI/tW     | QĐi  | TW
            01-ctr/thu    | CTr  | ThU
            01-TTR/THU    | TTr  | ThU
            05-tb/bcđtw   | TB   | BCĐTW
            07-hd/đuk     | HD   | ĐUK
            03-hd/ubktđuk | HD   | UBKTĐUK
            """)
    void matchesCodesCaseInsensitivelyAndReturnsTheReferenceSpelling(String value, String type, String issuer) {
        DocumentNumber n = parsed(value).number();
        assertThat(n.typeCode()).isEqualTo(type);
        assertThat(n.issuerCode()).isEqualTo(issuer);
    }

    @Test
    void readsTheIcelandicEthAsDWithStroke() {
        assertThat(parsed("09-KH/\u00D0U").number()).isEqualTo(new DocumentNumber(9, "KH", "ĐU"));
        assertThat(parsed("22-q\u00F0/tw").number()).isEqualTo(new DocumentNumber(22, "QĐ", "TW"));
    }

    @Test
    void leadingZerosAreAllowedAndTheCanonicalFormHasTwoDigitsAtLeast() {
        assertThat(parsed("01-KH/ĐU").number()).isEqualTo(new DocumentNumber(1, "KH", "ĐU"));
        assertThat(parsed("1-KH/ĐU").number().canonical()).isEqualTo("01-KH/ĐU");
        assertThat(parsed("007-KH/TU").number().canonical()).isEqualTo("07-KH/TU");
        assertThat(parsed("00196-KH/TU").number().number()).isEqualTo(196);
        assertThat(parsed("99999-KH/TU").number().number()).isEqualTo(99_999);
    }

    @Test
    void composesBodyAndLevel() {
        assertThat(parsed("01-HD/UBKTĐUK").issuerName()).isEqualTo("Ủy ban Kiểm tra Đảng ủy Khối");
        assertThat(parsed("01-HD/BTGDVTW").issuerName()).isEqualTo("Ban Tuyên giáo và Dân vận Trung ương");
        assertThat(parsed("01-HD/BTGDVTU").number().issuerCode()).isEqualTo("BTGDVTU");
        assertThat(parsed("01-HD/BDVTW").issuerName()).isEqualTo("Ban Dân vận Trung ương");
        assertThat(parsed("01-KH/BTCThU").issuerName()).isEqualTo("Ban Tổ chức Thành ủy");
        assertThat(parsed("646-QĐ/QUTW").issuerName()).isEqualTo("Quân ủy Trung ương");
        assertThat(parsed("01-HD/UBKTQUTW").issuerName()).isEqualTo("Ủy ban Kiểm tra Quân ủy Trung ương");
    }

    @Nested
    class Rejections {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t\n", "Số", "Số:", " số : "})
        void emptyInput(String value) {
            Rejected r = rejected(value);
            assertThat(r.reason()).isEqualTo(Reason.EMPTY);
            assertThat(r.detail()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"123/QĐ-UBND", "45/2020/NĐ-CP", "Số: 123/QĐ-UBND", "01/2021/TT-BNV",
            "123 / UBND - VP", "11/HD-BTCTW", "12/2019/nđ-cp"})
        void stateForm(String value) {
            Rejected r = rejected(value);
            assertThat(r.reason()).isEqualTo(Reason.STATE_FORM);
            assertThat(r.reason().messageKey()).isEqualTo("error.docnumber.stateForm");
            assertThat(r.detail()).contains("hyphen first", "slash second", "196-KH/TU");
        }

        @ParameterizedTest
        @ValueSource(strings = {"196-KH", "KH/TU", "196/KH/TU", "abc", "196", "-KH/TU", "+5-KH/TU",
            "-5-KH/TU", "196-KH/TU/X", "196-K H/TU", "196-KH1/TU", "196--KH/TU", "196-KH//TU",
            "Nghị quyết 04-NQ/TW", "196-KH/TU.", "1 96-KH/TU", "١٢-KH/TU"})
        void malformed(String value) {
            Rejected r = rejected(value);
            assertThat(r.reason()).isEqualTo(Reason.MALFORMED);
            assertThat(r.detail()).contains("NUMBER-TYPE/ISSUER");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0-KH/TU", "000-KH/TU", "100000-KH/TU", "99999999999999999999-KH/TU"})
        void numberOutOfRange(String value) {
            Rejected r = rejected(value);
            assertThat(r.reason()).isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
            assertThat(value).startsWith(r.detail() + "-");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                196-XYZ/TU  | XYZ
                196-xyz/TU  | xyz
                22-QD/TW    | QD
                22-QyĐ/TW   | QyĐ
                07-QDi/TW   | QDi
                """)
        void unknownType(String value, String code) {
            assertThat(rejected(value)).isEqualTo(new Rejected(Reason.UNKNOWN_TYPE, code));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                196-KH/XYZ   | XYZ
                196-KH/DU    | DU
                196-KH/du    | du
                196-KH/DUK   | DUK
                196-KH/BTC   | BTC
                196-KH/UBND  | UBND
                196-KH/BTCXX | BTCXX
                """)
        void unknownIssuer(String value, String code) {
            assertThat(rejected(value)).isEqualTo(new Rejected(Reason.UNKNOWN_ISSUER, code));
        }

        @Test
        void numberIsCheckedBeforeTypeAndTypeBeforeIssuer() {
            assertThat(rejected("0-XYZ/XYZ").reason()).isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
            assertThat(rejected("1-XYZ/XYZ").reason()).isEqualTo(Reason.UNKNOWN_TYPE);
        }
    }

    @Test
    void messageKeysAreDistinctAndNamespaced() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::messageKey))
                .doesNotHaveDuplicates()
                .allMatch(k -> k.matches("error\\.docnumber\\.[a-z][A-Za-z]+"));
        assertThat(Reason.NUMBER_OUT_OF_RANGE.messageKey()).isEqualTo("error.docnumber.numberOutOfRange");
        assertThat(Reason.UNKNOWN_TYPE.messageKey()).isEqualTo("error.docnumber.unknownType");
    }

    @Test
    void qdiIsAlwaysAndQdMaybeARegulation() {
        assertThat(parser.mayBeRegulation(parsed("11-QĐi/TW").number())).isTrue();
        assertThat(parser.mayBeRegulation(parsed("366-QĐ/TW").number())).isTrue();
        assertThat(parser.mayBeRegulation(parsed("328-QĐ/TW").number())).isTrue();
        assertThat(parser.mayBeRegulation(new DocumentNumber(1, "qđi", "TW"))).isTrue();
        assertThat(parser.mayBeRegulation(parsed("1513-QĐNS/TW").number())).isFalse();
        assertThat(parser.mayBeRegulation(parsed("04-NQ/TW").number())).isFalse();
        assertThat(parser.mayBeRegulation(parsed("09-QC/TW").number())).isFalse();
        assertThat(parsed("366-QĐ/TW").typeName()).isEqualTo("Quyết định / Quy định");
        assertThat(parsed("11-QĐi/TW").typeName()).isEqualTo("Quy định");
    }

    @Nested
    class ReferenceData {

        private final List<Abbreviation> types = List.of(new Abbreviation("NQ", "Nghị quyết"),
                new Abbreviation("BC", "Báo cáo"));
        private final List<Abbreviation> bodies = List.of(new Abbreviation("BTC", "Ban Tổ chức"));
        private final List<Abbreviation> levels = List.of(new Abbreviation("HU", "Huyện ủy"));
        private final List<Abbreviation> whole = List.of(new Abbreviation("CB", "Chi bộ"));

        @Test
        void usesOnlyTheGivenData() {
            DocumentNumberParser custom = new DocumentNumberParser(types, bodies, levels, whole);
            assertThat(custom.parse("03-BC/CB")).isEqualTo(new Parsed(new DocumentNumber(3, "BC", "CB"),
                    "Báo cáo", "Chi bộ"));
            assertThat(custom.parse("03-bc/btchu")).isEqualTo(new Parsed(new DocumentNumber(3, "BC", "BTCHU"),
                    "Báo cáo", "Ban Tổ chức Huyện ủy"));
            assertThat(custom.parse("196-KH/CB")).isEqualTo(new Rejected(Reason.UNKNOWN_TYPE, "KH"));
            assertThat(custom.parse("01-NQ/TW")).isEqualTo(new Rejected(Reason.UNKNOWN_ISSUER, "TW"));
            assertThat(custom.types()).isEqualTo(types);
            assertThat(custom.issuerBodies()).isEqualTo(bodies);
            assertThat(custom.issuerLevels()).isEqualTo(levels);
            assertThat(custom.wholeIssuers()).isEqualTo(whole);
        }

        @Test
        void copiesTheLists() {
            List<Abbreviation> mutable = new java.util.ArrayList<>(types);
            DocumentNumberParser custom = new DocumentNumberParser(mutable, bodies, levels, whole);
            mutable.add(new Abbreviation("KH", "Kế hoạch"));
            assertThat(custom.parse("01-KH/CB")).isEqualTo(new Rejected(Reason.UNKNOWN_TYPE, "KH"));
            assertThatThrownBy(() -> custom.types().add(new Abbreviation("KH", "Kế hoạch")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> DocumentNumberParser.DEFAULT_TYPES.clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void rejectsCodesRepeatedIgnoringCase() {
            List<Abbreviation> dup = List.of(new Abbreviation("KH", "Kế hoạch"), new Abbreviation("kh", "Khác"));
            assertThatThrownBy(() -> new DocumentNumberParser(dup, bodies, levels, whole))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kh");
        }

        @Test
        void keepsDAndDStrokeApart() {
            List<Abbreviation> both = List.of(new Abbreviation("DU", "Dự án"), new Abbreviation("ĐU", "Đề án"));
            DocumentNumberParser custom = new DocumentNumberParser(both, bodies, levels, whole);
            assertThat(((Parsed) custom.parse("1-du/CB")).typeName()).isEqualTo("Dự án");
            assertThat(((Parsed) custom.parse("1-đu/CB")).typeName()).isEqualTo("Đề án");
        }

        @Test
        void rejectsCodesThatAreNotLetters() {
            List<Abbreviation> bad = List.of(new Abbreviation("K-H", "Kế hoạch"));
            assertThatThrownBy(() -> new DocumentNumberParser(bad, bodies, levels, whole))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters only");
        }

        @Test
        void rejectsIssuersWrittenTheSameWay() {
            List<Abbreviation> clashingWhole = List.of(new Abbreviation("BTCHU", "Something else"));
            assertThatThrownBy(() -> new DocumentNumberParser(types, bodies, levels, clashingWhole))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BTCHU");
            List<Abbreviation> twoBodies = List.of(new Abbreviation("BT", "Ban T"), new Abbreviation("BTC", "Ban Tổ chức"));
            List<Abbreviation> twoLevels = List.of(new Abbreviation("CHU", "C huyện"), new Abbreviation("HU", "Huyện ủy"));
            assertThatThrownBy(() -> new DocumentNumberParser(types, twoBodies, twoLevels, whole))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BTCHU");
        }

        @Test
        void defaultsAreConsistent() {
            assertThat(DocumentNumberParser.DEFAULT_TYPES).extracting(Abbreviation::code)
                    .contains("NQ", "QĐ", "QĐi", "QĐNS", "CT", "KL", "QC", "HD", "KH", "TB", "CV", "CTHĐ",
                            "CTr", "TTr", "BC", "BB", "TT", "ĐA", "PA", "TC");
            assertThat(DocumentNumberParser.DEFAULT_WHOLE_ISSUERS).extracting(Abbreviation::code)
                    .contains("TW", "TU", "ThU", "HU", "QU", "ĐU", "ĐUK", "CB", "BCS", "ĐĐ", "QUTW");
            assertThat(DocumentNumberParser.DEFAULT_ISSUER_BODIES).extracting(Abbreviation::code)
                    .contains("BTC", "UBKT", "VP", "BTG", "BDV", "BTGDV", "BNC", "BCĐ");
            Stream.of(DocumentNumberParser.DEFAULT_TYPES, DocumentNumberParser.DEFAULT_WHOLE_ISSUERS,
                    DocumentNumberParser.DEFAULT_ISSUER_BODIES, DocumentNumberParser.DEFAULT_ISSUER_LEVELS)
                    .flatMap(List::stream)
                    .forEach(a -> {
                        assertThat(a.code()).isEqualTo(Normalizer.normalize(a.code(), Normalizer.Form.NFC));
                        assertThat(a.name()).isEqualTo(Normalizer.normalize(a.name(), Normalizer.Form.NFC));
                    });
        }
    }
}
