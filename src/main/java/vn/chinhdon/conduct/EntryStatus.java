package vn.chinhdon.conduct;

/**
 * How sure the catalogue is of an entry's wording: the official text as a source quotes it, a paraphrase (or a text
 * only partly verbatim), or only a short label or gist (domain-rules §1).
 */
public enum EntryStatus {
    VERBATIM, SUMMARY, LABEL;

    public String messageKey() {
        return "conduct.status." + name();
    }
}
