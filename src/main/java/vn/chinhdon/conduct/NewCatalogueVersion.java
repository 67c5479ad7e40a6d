package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;

/**
 * A new version of the catalogue to load: a name (unique), the document it words (e.g. {@code 04-NQ/TW},
 * {@code 21-KL/TW}), its effective date, a note, and exactly the 27 entries G1.1 … G3.9.
 */
public record NewCatalogueVersion(String name, String document, LocalDate effectiveFrom, String note,
        List<Entry> entries) {

    /**
     * One entry as typed: the code, its text (required), a short label (default: the label of the version in force
     * or the text's beginning), the status VERBATIM (default), SUMMARY or LABEL, and its source.
     */
    public record Entry(String code, String label, String text, String status, String source) {
    }
}
