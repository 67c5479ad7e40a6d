package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.List;

/** A unit as it stood on a date ({@code at}); {@code active} tells whether it existed on that date. */
public record OrgUnitView(long id, String code, String name, UnitKind kind, String parentCode, String parentName,
        LocalDate validFrom, LocalDate validTo, boolean active, LocalDate at, List<String> predecessors,
        List<String> successors, boolean hasChildren, long version) {
}
