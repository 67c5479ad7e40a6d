package vn.chinhdon.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chinhdon.shared.LegacyVietnamese.Encoding;
import vn.chinhdon.shared.LegacyVietnamese.Result;

class LegacyVietnameseTest {

    private static final Set<Character> LETTERS = LegacyVietnamese.VIETNAMESE_LETTERS;

    /** Hand-written TCVN3 text (as read through Windows-1252) and its meaning. */
    static Stream<Arguments> tcvn3Samples() {
        return Stream.of(
                Arguments.of("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
                Arguments.of("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
                Arguments.of("§¶ng céng s¶n ViÖt Nam", "Đảng cộng sản Việt Nam"),
                Arguments.of("NguyÔn ThÞ Hång Nhung", "Nguyễn Thị Hồng Nhung"),
                Arguments.of("Ph¹m V¨n R¹nh", "Phạm Văn Rạnh"),
                Arguments.of("TrÇn CÈm Tó", "Trần Cẩm Tú"),
                Arguments.of("§Æng ThÞ Ngäc ThÞnh", "Đặng Thị Ngọc Thịnh"),
                Arguments.of("NguyÔn V¨n Th¾ng", "Nguyễn Văn Thắng"),
                Arguments.of("NghÖ An", "Nghệ An"),
                Arguments.of("Ninh ThuËn", "Ninh Thuận"),
                Arguments.of("Thõa Thiªn HuÕ", "Thừa Thiên Huế"),
                Arguments.of("Bµ RÞa – Vòng Tµu", "Bà Rịa – Vũng Tàu"),
                Arguments.of("Thµnh phè Hå ChÝ Minh", "Thành phố Hồ Chí Minh"),
                Arguments.of("Ban ChÊp hµnh Trung \u00AD¬ng", "Ban Chấp hành Trung ương"),
                Arguments.of("Quy chÕ lµm viÖc cña §¶ng uû", "Quy chế làm việc của Đảng uỷ"),
                Arguments.of("Phßng KÕ ho¹ch - Tµi chÝnh (Finance)", "Phòng Kế hoạch - Tài chính (Finance)"),
                Arguments.of("Chi bé sè 5, x· Hång Phong", "Chi bộ số 5, xã Hồng Phong"),
                Arguments.of("Lª", "Lê"),
                Arguments.of("§¶NG CéNG S¶N VIÖT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
                Arguments.of("HuyÖn Kr«ng Bók tØnh §¾k L¾k", "Huyện Krông Búk tỉnh Đắk Lắk"));
    }

    /** Hand-written VNI-Windows text (as read through Windows-1252) and its meaning. */
    static Stream<Arguments> vniSamples() {
        return Stream.of(
                Arguments.of("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
                Arguments.of("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
                Arguments.of("Ñaûng coäng saûn Vieät Nam", "Đảng cộng sản Việt Nam"),
                Arguments.of("Nguyeãn Thò Hoàng Nhung", "Nguyễn Thị Hồng Nhung"),
                Arguments.of("Phaïm Vaên Raïnh", "Phạm Văn Rạnh"),
                Arguments.of("Traàn Caåm Tuù", "Trần Cẩm Tú"),
                Arguments.of("Ñaëng Thò Ngoïc Thònh", "Đặng Thị Ngọc Thịnh"),
                Arguments.of("Ngheä An", "Nghệ An"),
                Arguments.of("Ninh Thuaän", "Ninh Thuận"),
                Arguments.of("Thöøa Thieân Hueá", "Thừa Thiên Huế"),
                Arguments.of("Baø Ròa – Vuõng Taøu", "Bà Rịa – Vũng Tàu"),
                Arguments.of("Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"),
                Arguments.of("Ban Chaáp haønh Trung öông", "Ban Chấp hành Trung ương"),
                Arguments.of("Quy cheá laøm vieäc cuûa Ñaûng uûy", "Quy chế làm việc của Đảng ủy"),
                Arguments.of("Tröôøng Sa", "Trường Sa"),
                Arguments.of("Tænh Ñaék Laék", "Tỉnh Đắk Lắk"),
                Arguments.of("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
                Arguments.of("NGUYEÃN VAÊN THAÉNG", "NGUYỄN VĂN THẮNG"));
    }

    @ParameterizedTest
    @MethodSource("tcvn3Samples")
    void detectsAndConvertsRealTcvn3Text(String legacy, String expected) {
        Result r = LegacyVietnamese.detectAndConvert(legacy);
        assertThat(r.encoding()).isEqualTo(Encoding.TCVN3);
        assertThat(r.text()).isEqualTo(expected);
        assertThat(Normalizer.isNormalized(r.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(LegacyVietnamese.looksGarbled(legacy)).isTrue();
        assertThat(LegacyVietnamese.looksGarbled(r.text())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("vniSamples")
    void detectsAndConvertsRealVniText(String legacy, String expected) {
        Result r = LegacyVietnamese.detectAndConvert(legacy);
        assertThat(r.encoding()).isEqualTo(Encoding.VNI);
        assertThat(r.text()).isEqualTo(expected);
        assertThat(LegacyVietnamese.looksGarbled(legacy)).isTrue();
        assertThat(LegacyVietnamese.looksGarbled(r.text())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("vniSamples")
    void vniTablesReproduceTheHandWrittenSamples(String legacy, String expected) {
        assertThat(LegacyVietnamese.encode(expected, Encoding.VNI)).isEqualTo(legacy);
    }

    @Test
    void tcvn3TablesReproduceTheHandWrittenSamplesInLowerCase() {
        tcvn3Samples().forEach(a -> {
            String legacy = (String) a.get()[0];
            String expected = (String) a.get()[1];
            if (!expected.equals(expected.toUpperCase(Locale.ROOT))) {
                assertThat(LegacyVietnamese.encode(expected, Encoding.TCVN3)).isEqualTo(legacy);
            }
        });
    }

    @Test
    void thereAre134VietnameseLettersHalfOfThemLowerCase() {
        assertThat(LETTERS).hasSize(134);
        assertThat(LETTERS.stream().filter(Character::isLowerCase)).hasSize(67);
        assertThat(LETTERS.stream().filter(Character::isUpperCase)).hasSize(67);
        for (char c : LETTERS) {
            assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)).isTrue();
            assertThat(LETTERS).contains(Character.toUpperCase(c), Character.toLowerCase(c));
        }
        assertThat(LETTERS).contains('ă', 'Ă', 'đ', 'Đ', 'ư', 'Ự', 'ỹ', 'Ỵ').doesNotContain('a', 'ü', 'ç');
    }

    @Test
    void everyLetterRoundTripsThroughVni() {
        Set<String> spellings = new HashSet<>();
        for (char c : LETTERS) {
            String vni = LegacyVietnamese.encode(String.valueOf(c), Encoding.VNI);
            assertThat(vni).hasSizeBetween(1, 2);
            assertThat(vni.chars()).allMatch(ch -> ch <= 0xFF);
            assertThat(spellings.add(vni)).as("spelling of %s is unique", c).isTrue();
            assertThat(LegacyVietnamese.convert(vni, Encoding.VNI)).isEqualTo(String.valueOf(c));
            // inside a word, too
            assertThat(LegacyVietnamese.convert("x" + vni + "nh", Encoding.VNI)).isEqualTo("x" + c + "nh");
        }
    }

    @Test
    void everyLetterRoundTripsThroughTcvn3() {
        Set<Character> lowerCodes = new HashSet<>();
        for (char c : LETTERS) {
            String tcvn = LegacyVietnamese.encode(String.valueOf(c), Encoding.TCVN3);
            assertThat(tcvn).hasSize(1);
            char code = tcvn.charAt(0);
            assertThat((int) code).isBetween(0xA1, 0xFE);
            String back = LegacyVietnamese.convert(tcvn, Encoding.TCVN3);
            if (Character.isLowerCase(c)) {
                assertThat(lowerCodes.add(code)).as("code of %s is unique", c).isTrue();
                assertThat(back).isEqualTo(String.valueOf(c));
            } else if ("ĂÂÊÔƠƯĐ".indexOf(c) >= 0) {
                // the seven capitals TCVN3 encodes on their own
                assertThat(back).isEqualTo(String.valueOf(c));
            } else {
                // toned capitals share the lower-case code: lower case alone, upper case in an all-caps word
                assertThat(back).isEqualTo(String.valueOf(Character.toLowerCase(c)));
                assertThat(LegacyVietnamese.convert("TH" + tcvn + "NG", Encoding.TCVN3)).isEqualTo("TH" + c + "NG");
                assertThat(LegacyVietnamese.convert("Th" + tcvn + "ng", Encoding.TCVN3))
                        .isEqualTo("Th" + Character.toLowerCase(c) + "ng");
            }
        }
        assertThat(lowerCodes).hasSize(67);
    }

    @Test
    void tcvn3CapitalHeuristicUsesTheWholeTextForShortWords() {
        // one unambiguous capital in the word and in the text: keep lower case
        assertThat(LegacyVietnamese.convert("Hå", Encoding.TCVN3)).isEqualTo("Hồ");
        // the rest of the text is in capitals: so is the short word
        assertThat(LegacyVietnamese.convert("Hå CHÝ MINH", Encoding.TCVN3)).isEqualTo("HỒ CHÍ MINH");
        assertThat(LegacyVietnamese.convert("Hå ChÝ Minh", Encoding.TCVN3)).isEqualTo("Hồ Chí Minh");
        // the capital of a word-initial toned vowel cannot be recovered
        assertThat(LegacyVietnamese.convert("¸nh", Encoding.TCVN3)).isEqualTo("ánh");
        assertThat(LegacyVietnamese.convert("¢u", Encoding.TCVN3)).isEqualTo("Âu");
    }

    @Test
    void longerTextsRoundTripThroughBothEncodings() {
        String text = "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh Thừa Thiên Huế về công tác xây dựng, "
                + "chỉnh đốn Đảng; đồng chí Nguyễn Thị Hồng Nhung, Phạm Văn Rạnh, Trần Cẩm Tú, "
                + "Đặng Thị Ngọc Thịnh được phân công theo dõi các chi bộ ở Nghệ An, Long An, Ninh Thuận.";
        for (Encoding e : List.of(Encoding.TCVN3, Encoding.VNI)) {
            String legacy = LegacyVietnamese.encode(text, e);
            assertThat(legacy).isNotEqualTo(text);
            Result r = LegacyVietnamese.detectAndConvert(legacy);
            assertThat(r.encoding()).isEqualTo(e);
            assertThat(r.text()).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "José Müller", "Zoë", "Ørsted", "Café", "Ðorđe", "Ðorde", "Zürich", "Åse Sørensen", "naïve façade",
        "Le château est très beau, où êtes-vous ?", "Noël à Montréal", "Ça va très bien, merci.",
        "Straße in Köln", "El niño come piña en São Paulo", "« Bonjour » dit-il à l'élève.",
        "Où est la gare ?", "Aún no ha llegado", "Il est né à Hô Chi Minh-Ville.",
        "Nguyen Van A", "Long An", "Chi bo 123, Phuong 5", "",
        "Đảng cộng sản Việt Nam", "Nguyễn Thị Hồng Nhung", "Bà Rịa – Vũng Tàu", "Đắk Lắk",
        "Cà phê", "Tú", "Thái Bình", "Tây Ninh", "Cà Mau", "Hà Giang", "Lê Hà", "Thái Nguyên", "Hoàng Anh",
        "Giá: 100 000 ₫", "Điều 5 § 2"})
    void leavesUnicodeAsciiAndWesternTextUntouched(String s) {
        Result r = LegacyVietnamese.detectAndConvert(s);
        assertThat(r.encoding()).isEqualTo(Encoding.UNICODE);
        assertThat(r.text()).isEqualTo(s);
        assertThat(LegacyVietnamese.looksGarbled(s)).isFalse();
    }

    @Test
    void unicodeInNfdIsReturnedInNfcUnconverted() {
        String nfd = Normalizer.normalize("Đặng Thị Ngọc Thịnh", Normalizer.Form.NFD);
        Result r = LegacyVietnamese.detectAndConvert(nfd);
        assertThat(r).isEqualTo(new Result(Encoding.UNICODE, "Đặng Thị Ngọc Thịnh"));
        assertThat(LegacyVietnamese.looksGarbled(nfd)).isFalse();
        assertThat(LegacyVietnamese.detectAndConvert(null)).isEqualTo(new Result(Encoding.UNICODE, null));
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        assertThat(LegacyVietnamese.repairUtf8Mojibake("Ä\u0090áº£ng")).isEqualTo("Đảng");
        String text = "Nguyễn Thị Hồng Nhung – Đảng cộng sản Việt Nam";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        String asCp1252 = TextDecoding.decodeWindows1252(utf8);
        String asLatin1 = new String(utf8, StandardCharsets.ISO_8859_1);
        assertThat(asCp1252).contains("á»…"); // ễ = E1 BB 85, 0x85 is … in Windows-1252
        assertThat(LegacyVietnamese.repairUtf8Mojibake(asCp1252)).isEqualTo(text);
        assertThat(LegacyVietnamese.repairUtf8Mojibake(asLatin1)).isEqualTo(text);
        assertThat(LegacyVietnamese.detectAndConvert(asCp1252))
                .isEqualTo(new Result(Encoding.MOJIBAKE_UTF8, text));
        assertThat(LegacyVietnamese.looksGarbled(asCp1252)).isTrue();
        assertThat(LegacyVietnamese.convert(asLatin1, Encoding.MOJIBAKE_UTF8)).isEqualTo(text);
    }

    @Test
    void doesNotRepairWhatIsNotVietnameseMojibake() {
        assertThat(LegacyVietnamese.repairUtf8Mojibake("José Müller")).isEqualTo("José Müller");
        assertThat(LegacyVietnamese.repairUtf8Mojibake("Ã¼ber")).isEqualTo("Ã¼ber"); // "über": no Vietnamese letter
        assertThat(LegacyVietnamese.repairUtf8Mojibake("Đảng")).isEqualTo("Đảng");
        assertThat(LegacyVietnamese.repairUtf8Mojibake("plain")).isEqualTo("plain");
        assertThat(LegacyVietnamese.repairUtf8Mojibake(null)).isNull();
    }

    @Test
    void looksGarbledSpotsBrokenText() throws Exception {
        // Java's own windows-1252 decoder turns the 0x90 of Đ into U+FFFD: not repairable
        String lossy = new String("Đảng".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(lossy).contains("\uFFFD");
        assertThat(LegacyVietnamese.repairUtf8Mojibake(lossy)).isEqualTo(lossy);
        assertThat(LegacyVietnamese.looksGarbled(lossy)).isTrue();
        assertThat(LegacyVietnamese.detectAndConvert(lossy).encoding()).isEqualTo(Encoding.UNICODE);
        // mojibake fragments mixed with real Unicode
        assertThat(LegacyVietnamese.looksGarbled("Đảng bá»™ xã")).isTrue();
        assertThat(LegacyVietnamese.looksGarbled("Tá»‰nh Ä‘oÃ n")).isTrue();
        assertThat(LegacyVietnamese.looksGarbled("a\u0081b")).isTrue();
        // legacy words in a mix that cannot be converted as a whole
        assertThat(LegacyVietnamese.detectAndConvert("Nguyễn ThÞ").encoding()).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.looksGarbled("Nguyễn ThÞ")).isTrue();
        assertThat(LegacyVietnamese.detectAndConvert("§¶ng Müller").encoding()).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.looksGarbled("§¶ng Müller")).isTrue();
        assertThat(LegacyVietnamese.looksGarbled("Ñaûng Zoë")).isTrue();
        // ordinary text
        assertThat(LegacyVietnamese.looksGarbled(null)).isFalse();
        assertThat(LegacyVietnamese.looksGarbled("Đảng bộ xã")).isFalse();
    }

    @Test
    void plausibleVietnameseAcceptsRealSyllables() {
        assertThat(LegacyVietnamese.isPlausibleVietnamese("Nguyễn Thị Hồng Nhung")).isTrue();
        assertThat(LegacyVietnamese.isPlausibleVietnamese("Đắk Lắk, Đăk Hà")).isTrue();
        assertThat(LegacyVietnamese.isPlausibleVietnamese("khuỷu tay người giường quốc gì ghế nghiêng"))
                .isTrue();
        assertThat(LegacyVietnamese.isPlausibleVietnamese("Quỳnh Huỳnh khuya xoong thuở ngoằn ngoèo"))
                .isTrue();
        assertThat(LegacyVietnamese.isPlausibleVietnamese("UBND TP. HCM, email: abc@xyz.vn")).isTrue();
        assertThat(LegacyVietnamese.isPlausibleVietnamese(
                Normalizer.normalize("Trường Chinh", Normalizer.Form.NFD))).isTrue();
        assertThat(LegacyVietnamese.isPlausibleVietnamese("Quyết định số 22-QĐ/TW của HĐND")).isTrue();
        assertThat(LegacyVietnamese.isPlausibleVietnamese("hoà hòa thuỷ thủy")).isTrue();
        assertThat(LegacyVietnamese.isPlausibleVietnamese("")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Müller", "café", "josé", "chõteau", "sẫo", "mìt", "cé", "ghà", "bặ", "ảá", "ngheọ", "hoaì", "tiến" + "\u0300", "§¶ng", "Thµnh", "Krông", "ađo"})
    void plausibleVietnameseRejectsImpossibleSyllables(String s) {
        assertThat(LegacyVietnamese.isPlausibleVietnamese(s)).isFalse();
    }

    @Test
    void plausibleVietnameseRejectsNull() {
        assertThat(LegacyVietnamese.isPlausibleVietnamese(null)).isFalse();
    }

    @Test
    void convertWithKnownEncoding() {
        assertThat(LegacyVietnamese.convert("§¶ng", Encoding.TCVN3)).isEqualTo("Đảng");
        assertThat(LegacyVietnamese.convert("Ñaûng", Encoding.VNI)).isEqualTo("Đảng");
        assertThat(LegacyVietnamese.convert("Tó", Encoding.TCVN3)).isEqualTo("Tú");
        assertThat(LegacyVietnamese.convert("Thò", Encoding.VNI)).isEqualTo("Thị");
        assertThat(LegacyVietnamese.convert("Tú", Encoding.UNICODE)).isEqualTo("Tú");
        assertThat(LegacyVietnamese.convert(null, Encoding.VNI)).isNull();
        // ambiguous single words stay as they are when detecting
        assertThat(LegacyVietnamese.detectAndConvert("Tó").encoding()).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.detectAndConvert("Thò").encoding()).isEqualTo(Encoding.UNICODE);
        // "bé sè" is also valid Unicode Vietnamese, so it is left alone
        assertThat(LegacyVietnamese.detectAndConvert("Chi bé sè 5").encoding()).isEqualTo(Encoding.UNICODE);
    }

    @Test
    void csvBytesInTcvn3AreDecodedAndConvertedPerCell() {
        byte[] line = {(byte) 0xA7, (byte) 0xB6, 'n', 'g', ',', 'V', 'i', (byte) 0xD6, 't', ',', 'A', 'n'};
        String decoded = TextDecoding.decode(line);
        assertThat(decoded).isEqualTo("§¶ng,ViÖt,An");
        List<String> cells = Stream.of(decoded.split(","))
                .map(c -> LegacyVietnamese.detectAndConvert(c).text())
                .toList();
        assertThat(cells).containsExactly("Đảng", "Việt", "An");
    }
}
