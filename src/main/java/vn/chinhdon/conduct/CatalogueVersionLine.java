package vn.chinhdon.conduct;

import java.time.LocalDate;

/** A version of the catalogue in the list of versions, with how many entries are verbatim, summarized or labels. */
public record CatalogueVersionLine(long id, int number, String name, String document, LocalDate effectiveFrom,
        long verbatim, long summary, long label, boolean inForce, String createdBy) {
}
