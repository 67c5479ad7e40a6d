package vn.chinhdon.remediation;

import java.time.LocalDate;

/** A follow-up task in a list, with its state and lateness as of the list's date. */
public record FollowUpLine(long id, SourceKind sourceKind, long sourceId, String sourceLabel, String ownerCode,
        String ownerName, String verifierCode, String verifierName, String description, LocalDate openedOn,
        LocalDate deadline, FollowUpState state, boolean late, int daysLate) {
}
