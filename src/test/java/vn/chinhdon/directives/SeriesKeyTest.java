package vn.chinhdon.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeriesKeyTest {

    private final DocumentNumberParser parser = DocumentNumberParser.withDefaults();

    private DocumentNumber number(String value) {
        return ((ParseResult.Parsed) parser.parse(value)).number();
    }

    @Test
    void isKeyedByUnitTypeAndTerm() {
        SeriesKey key = SeriesKey.of("LAMDONG", number("32-KH/TU"), "2020–2025");
        assertThat(key).isEqualTo(new SeriesKey("LAMDONG", "KH", "2020–2025"));
        assertThat(SeriesKey.of("LAMDONG", number("196-kh/tu"), "2020–2025")).isEqualTo(key);
        assertThat(SeriesKey.of("LAMDONG", number("33-KH/TU"), "2025–2030")).isNotEqualTo(key);
        assertThat(SeriesKey.of("BINHPHUOC", number("32-KH/TU"), "2020–2025")).isNotEqualTo(key);
        assertThat(SeriesKey.of("LAMDONG", number("32-HD/TU"), "2020–2025")).isNotEqualTo(key);
    }

    @Test
    void quyDinhAndQuyetDinhAbbreviationsAreDifferentSeries() {
        assertThat(SeriesKey.of("TW", number("11-QĐi/TW"), "2016–2021"))
                .isNotEqualTo(SeriesKey.of("TW", number("11-QĐ/TW"), "2016–2021"));
    }

    @Test
    void termLabelDashesAndSpacesAreUnified() {
        SeriesKey enDash = new SeriesKey("U1", "KH", "2020–2025");
        assertThat(new SeriesKey("U1", "KH", "2020-2025")).isEqualTo(enDash);
        assertThat(new SeriesKey(" U1 ", "KH", " 2020 – 2025 ")).isEqualTo(enDash);
        assertThat(new SeriesKey("U1", "KH", "2020\u22122025")).isEqualTo(enDash);
        assertThat(enDash.termLabel()).isEqualTo("2020\u20132025");
    }

    @Test
    void rejectsBlankParts() {
        assertThatThrownBy(() -> new SeriesKey(" ", "KH", "2020–2025")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeriesKey("U1", "", "2020–2025")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeriesKey("U1", "KH", null)).isInstanceOf(NullPointerException.class);
    }
}
