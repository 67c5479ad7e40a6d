package vn.chinhdon.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @Test
    void canonicalIsHyphenFirstSlashSecond() {
        assertThat(new DocumentNumber(196, "KH", "TU").canonical()).isEqualTo("196-KH/TU");
        assertThat(new DocumentNumber(10072, "CV", "BTCTW").canonical()).isEqualTo("10072-CV/BTCTW");
        assertThat(new DocumentNumber(4, "NQ", "TW").canonical()).isEqualTo("04-NQ/TW");
        assertThat(new DocumentNumber(4, "NQ", "TW")).hasToString("04-NQ/TW");
    }

    @Test
    void canonicalIsNfcEvenFromNfdCodes() {
        String nfdType = Normalizer.normalize("CTHĐ", Normalizer.Form.NFD);
        String nfdIssuer = Normalizer.normalize("UBKTĐUK", Normalizer.Form.NFD) + "\u0301";
        DocumentNumber n = new DocumentNumber(147, nfdType, nfdIssuer);
        assertThat(n.canonical()).isEqualTo(Normalizer.normalize(n.canonical(), Normalizer.Form.NFC));
        assertThat(new DocumentNumber(1, Normalizer.normalize("Số", Normalizer.Form.NFD), "TU"))
                .isEqualTo(new DocumentNumber(1, "Số", "TU"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_000, Integer.MAX_VALUE})
    void rejectsNumbersOutOfRange(int number) {
        assertThatThrownBy(() -> new DocumentNumber(number, "KH", "TU"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "K H", "K-H", "K/H"})
    void rejectsCodesThatCannotBeWritten(String code) {
        assertThatThrownBy(() -> new DocumentNumber(1, code, "TU")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber(1, "KH", code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullCodes() {
        assertThatThrownBy(() -> new DocumentNumber(1, null, "TU")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DocumentNumber(1, "KH", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void abbreviationIsCleanedAndNotBlank() {
        assertThat(new Abbreviation(" KH ", " Kế   hoạch ")).isEqualTo(new Abbreviation("KH", "Kế hoạch"));
        assertThatThrownBy(() -> new Abbreviation(" ", "Kế hoạch")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Abbreviation("KH", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
