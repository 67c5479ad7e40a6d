package vn.chinhdon.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import vn.chinhdon.directives.DocumentNumberParser;
import vn.chinhdon.directives.ParseResult;
import vn.chinhdon.platform.TabularFile;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.LegacyVietnamese;
import vn.chinhdon.shared.VietnameseSortKey;
import vn.chinhdon.shared.VietnameseText;

/**
 * The parsers that read what people type and upload never fail with anything but a clear refusal.
 * Regression mode (the default) replays the inputs below and the corpus; {@code JAZZER_FUZZ=1} explores.
 */
@Tag("fuzz")
class ParsersFuzzTest {

    private static final DocumentNumberParser NUMBERS = DocumentNumberParser.withDefaults();

    @FuzzTest(maxDuration = "10s")
    void documentNumbers(String input) {
        ParseResult result = NUMBERS.parse(input);
        if (result instanceof ParseResult.Parsed p) {
            // what was accepted reads back the same
            assertThat(NUMBERS.parse(p.number().canonical())).isEqualTo(result);
        } else {
            assertThat(((ParseResult.Rejected) result).reason().messageKey()).startsWith("error.docnumber.");
        }
    }

    @FuzzTest(maxDuration = "10s")
    void uploadedTables(byte[] bytes) {
        try {
            TabularFile file = TabularFile.read("upload.csv", bytes);
            assertThat(file.headers()).isNotNull();
            // every named column, once; nothing else
            file.rows().forEach(row -> assertThat(row == null
                    || row.size() <= file.headers().size() && !row.containsKey("")).isTrue());
        } catch (ValidationException refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void vietnameseText(String input) {
        String nfc = VietnameseText.nfc(input);
        assertThat(VietnameseText.fold(nfc)).isEqualTo(VietnameseText.fold(input));
        assertThat(VietnameseSortKey.ofPersonName(input)).isNotNull();
        LegacyVietnamese.Result converted = LegacyVietnamese.detectAndConvert(input);
        assertThat(converted.encoding()).isNotNull();
    }
}
