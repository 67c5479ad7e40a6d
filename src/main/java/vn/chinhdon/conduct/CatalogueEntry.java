package vn.chinhdon.conduct;

/** One of the 27 expressions in a version of the catalogue: code {@code G<group>.<ordinal>}, wording, status, source. */
public record CatalogueEntry(String code, int group, int ordinal, String label, String text, EntryStatus status,
        String source) {
}
