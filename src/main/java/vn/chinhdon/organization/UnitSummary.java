package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.Map;

/** Counts over a unit's whole subtree (the unit included) as it stood on {@code at}. */
public record UnitSummary(String code, String name, boolean active, LocalDate at, Map<UnitKind, Long> units,
        long members) {
}
