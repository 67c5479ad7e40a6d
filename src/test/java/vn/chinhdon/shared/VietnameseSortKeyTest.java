package vn.chinhdon.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseSortKeyTest {

    private static final Comparator<String> BY_KEY = Comparator.comparing(VietnameseSortKey::ofPersonName);

    @Test
    void ordersNamesByGivenNameThenFullNameTheVietnameseWay() {
        List<String> expected = List.of("Nguyễn Văn An", "Đỗ Thị Ánh", "Lê Văn Ân", "Phạm Văn Bình", "Trần Thị Bình",
                "Hoàng Văn Cường", "Vũ Thị Dung", "Bùi Văn Đạt", "Lê Thị Hà", "Nguyễn Thị Hà", "Trần Văn Hải",
                "Ngô Thị Hạnh", "Đặng Văn Ơn", "Phan Thị Uyên", "Lý Văn Ưng");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(4));
        shuffled.sort(BY_KEY);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void agreesWithThePersonNameComparatorAndIgnoresNormalizationForm() {
        String nfc = "Nguyễn Thị Hồng Nhung";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        assertThat(VietnameseSortKey.ofPersonName(nfd)).isEqualTo(VietnameseSortKey.ofPersonName(nfc));
        List<String> names = new ArrayList<>(List.of("Trần Thị Bình", "Lê Văn Bình", "Nguyễn Văn An", "Hồ Thị Ánh",
                "Đinh Văn Đông", "Dương Văn Dũng"));
        List<String> byKey = new ArrayList<>(names);
        byKey.sort(BY_KEY);
        List<String> byComparator = new ArrayList<>(names);
        byComparator.sort(VietnameseText.PERSON_NAME_ORDER);
        assertThat(byKey).containsExactlyElementsOf(byComparator);
    }
}
