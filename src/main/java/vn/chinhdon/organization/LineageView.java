package vn.chinhdon.organization;

import java.time.LocalDate;

/** One step of a unit's history: it was created, renamed, moved, merged, split or ended on a date. */
public record LineageView(LocalDate date, String event, String decision, String otherCode, String otherName,
        String name, String parentName) {
}
