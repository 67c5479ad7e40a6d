package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A version of the catalogue with its 27 entries in code order; {@code inForce}: the version in force today (the
 * latest whose effective date is not after today).
 */
public record CatalogueView(long id, int number, String name, String document, LocalDate effectiveFrom, String note,
        boolean inForce, List<CatalogueEntry> entries) {

    /** The entries of one group (1 to 3), in order. */
    public List<CatalogueEntry> group(int group) {
        return entries.stream().filter(e -> e.group() == group).toList();
    }

    public Optional<CatalogueEntry> entry(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** How many entries have the status. */
    public long count(EntryStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }
}
