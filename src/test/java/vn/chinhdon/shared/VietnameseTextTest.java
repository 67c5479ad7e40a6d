package vn.chinhdon.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void nfcComposesAndIsNullSafe() {
        String decomposed = nfd("Nghị quyết");
        assertThat(decomposed).hasSizeGreaterThan("Nghị quyết".length());
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Nghị quyết");
        assertThat(VietnameseText.nfc(null)).isNull();
        assertThat(VietnameseText.nfc("")).isEmpty();
    }

    @Test
    void cleanTrimsAndCollapsesAllKindsOfWhitespace() {
        assertThat(VietnameseText.clean("  Bà\u00A0\u00A0Rịa \t–\n\r Vũng   Tàu \u2007"))
                .isEqualTo("Bà Rịa – Vũng Tàu");
        assertThat(VietnameseText.clean(nfd(" Nguyễn  Văn\tA "))).isEqualTo("Nguyễn Văn A");
        assertThat(VietnameseText.clean("")).isEmpty();
        assertThat(VietnameseText.clean(" \t\u00A0 ")).isEmpty();
        assertThat(VietnameseText.clean(null)).isNull();
    }

    @Test
    void foldBuildsAccentFreeLowerCaseSearchKey() {
        assertThat(VietnameseText.fold("Nghị quyết")).isEqualTo("nghi quyet");
        assertThat(VietnameseText.fold("ĐẢNG")).isEqualTo("dang");
        assertThat(VietnameseText.fold("  Đặng   Thị\u00A0Ngọc Thịnh ")).isEqualTo("dang thi ngoc thinh");
        assertThat(VietnameseText.fold("Thừa Thiên Huế")).isEqualTo("thua thien hue");
        assertThat(VietnameseText.fold("Ðorđe")).isEqualTo("dorde");
        assertThat(VietnameseText.fold(null)).isNull();
        assertThat(VietnameseText.fold("")).isEmpty();
    }

    @Test
    void foldGivesTheSameKeyForNfdAndNfcInput() {
        for (String s : List.of("Nghị quyết", "Đảng cộng sản Việt Nam", "Bà Rịa – Vũng Tàu", "ƯỚC ƯỢC Ỹ")) {
            assertThat(VietnameseText.fold(nfd(s))).isEqualTo(VietnameseText.fold(s));
        }
        assertThat(VietnameseText.fold("ƯỚC ƯỢC Ỹ")).isEqualTo("uoc uoc y");
    }

    @Test
    void foldOfEveryVietnameseLetterIsAscii() {
        StringBuilder all = new StringBuilder();
        LegacyVietnamese.VIETNAMESE_LETTERS.forEach(all::append);
        assertThat(VietnameseText.fold(all.toString())).matches("[a-z]+");
        assertThat(VietnameseText.fold(all.toString())).doesNotContain("f", "j", "w", "z");
    }

    @Test
    void collatorOrdersBaseLettersThenTonesVietnameseStyle() {
        List<String> expected = List.of(
                "an", "ăn", "ân", "ba", "bà", "bả", "bã", "bá", "bạ", "bác", "các", "da", "dê",
                "đa", "đê", "e", "ê", "o", "ô", "ơ", "u", "ư", "v", "y");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(42));
        shuffled.sort(VietnameseText.COLLATOR);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void collatorSpecificLetterPairs() {
        assertThat(VietnameseText.COLLATOR.compare("ă", "a")).isPositive();
        assertThat(VietnameseText.COLLATOR.compare("ăn", "az")).isPositive();
        assertThat(VietnameseText.COLLATOR.compare("đa", "dz")).isPositive();
        assertThat(VietnameseText.COLLATOR.compare("đa", "e")).isNegative();
        assertThat(VietnameseText.COLLATOR.compare("ưa", "uz")).isPositive();
        assertThat(VietnameseText.COLLATOR.compare("ưa", "va")).isNegative();
        // Latin-only letters sit in their Latin place
        assertThat(VietnameseText.COLLATOR.compare("fa", "êz")).isPositive();
        assertThat(VietnameseText.COLLATOR.compare("fa", "ga")).isNegative();
        assertThat(VietnameseText.COLLATOR.compare("za", "ya")).isPositive();
    }

    @Test
    void collatorToneOrderIsNoneHuyenHoiNgaSacNang() {
        List<String> tones = List.of("ma", "mà", "mả", "mã", "má", "mạ");
        for (int i = 0; i + 1 < tones.size(); i++) {
            assertThat(VietnameseText.COLLATOR.compare(tones.get(i), tones.get(i + 1)))
                    .as("%s < %s", tones.get(i), tones.get(i + 1)).isNegative();
        }
        // base letters decide before tones: "má" < "mai" although á has a tone and a has none
        assertThat(VietnameseText.COLLATOR.compare("má", "mai")).isNegative();
        // tones decide before case
        assertThat(VietnameseText.COLLATOR.compare("Ma", "mà")).isNegative();
        assertThat(VietnameseText.COLLATOR.compare("ma", "Ma")).isNegative();
        assertThat(VietnameseText.COLLATOR.compare("ĐẢNG", "đảng")).isPositive();
        assertThat(VietnameseText.COLLATOR.compare("đảng", "ĐẢNG")).isNegative();
    }

    @Test
    void collatorTreatsNfdAndNfcAlikeAndPutsNullsLast() {
        assertThat(VietnameseText.COLLATOR.compare(nfd("Nguyễn Thị Hồng"), "Nguyễn Thị Hồng")).isZero();
        assertThat(VietnameseText.COLLATOR.compare(nfd("ặ"), "ắ")).isPositive();
        List<String> list = new ArrayList<>(Arrays.asList(null, "b", nfd("ă"), null, "a"));
        list.sort(VietnameseText.COLLATOR);
        assertThat(list).containsExactly("a", nfd("ă"), "b", null, null);
        assertThat(VietnameseText.COLLATOR.compare(null, null)).isZero();
    }

    @Test
    void collatorIsAConsistentTotalOrder() {
        String alphabet = "aAàÀăẮâẬbdđĐeêẾiouưỰy ";
        Random random = new Random(7);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(3);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(random.nextBoolean() ? sb.toString() : nfd(sb.toString()));
        }
        samples.add(null);
        var c = VietnameseText.COLLATOR;
        for (String a : samples) {
            assertThat(c.compare(a, a)).isZero();
            for (String b : samples) {
                int ab = c.compare(a, b);
                assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(c.compare(b, a)));
                if (ab == 0 && a != null && b != null) {
                    assertThat(VietnameseText.nfc(a)).isEqualTo(VietnameseText.nfc(b));
                }
                for (String x : samples) {
                    if (ab <= 0 && c.compare(b, x) <= 0) {
                        assertThat(c.compare(a, x)).as("transitivity %s %s %s", a, b, x).isNotPositive();
                    }
                }
            }
        }
    }

    @Test
    void personNameOrderSortsByGivenNameThenFullName() {
        List<String> expected = List.of(
                "Nguyễn Văn An",
                "Nguyễn Thị Anh",
                "Nguyễn Văn Ánh",
                "Trần Thị Ánh",
                "Lê Văn Ân",
                "Hoàng Văn Bảo",
                "Đỗ Thị Bình",
                "Lê Văn Bình",
                "Trần Thị Bình",
                "Vũ Văn Cường",
                "Nguyễn Văn Dũng",
                "Phan Văn Đức",
                "Bùi Thị Giang",
                "Ngô Văn Hùng",
                "Nguyễn Thị Hồng Nhung",
                "Phạm Văn Rạnh",
                "Đặng Thị Ngọc Thịnh",
                "Trần Cẩm Tú",
                "Lý Văn Út",
                "Tạ Thị Uyên");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(2024));
        assertThat(shuffled).isNotEqualTo(expected);
        shuffled.sort(VietnameseText.PERSON_NAME_ORDER);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void personNameOrderHandlesWhitespaceNfdAndNulls() {
        var order = VietnameseText.PERSON_NAME_ORDER;
        assertThat(order.compare("Lê Văn Bình", "Trần Thị Bình")).isNegative();
        assertThat(order.compare("Trần Thị Bình", "Nguyễn Văn An")).isPositive();
        // same cleaned name: the raw text decides, and a space sorts before a letter
        assertThat(order.compare(nfd("Đặng Thị  Thịnh"), "Đặng Thị Thịnh")).isNegative();
        assertThat(order.compare(nfd("Đặng Thị Thịnh"), "Đặng Thị Thịnh")).isZero();
        assertThat(order.compare("Lê Văn Bình", "Bình")).isPositive();
        List<String> list = new ArrayList<>(Arrays.asList("Trần Văn B", null, "Lê Văn A"));
        list.sort(order);
        assertThat(list).containsExactly("Lê Văn A", "Trần Văn B", null);
    }
}
