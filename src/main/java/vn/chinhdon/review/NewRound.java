package vn.chinhdon.review;

import java.time.LocalDate;

/**
 * A round to open: the unit whose subtree takes part down to {@code depth} levels (0: the unit alone), the period
 * (kind, label such as "2026" or "Quý I/2026", dates), the deadline of the reviews and of the collectives' final
 * reports. The collectives of the units and the members to review are taken as they stood at the period's end.
 * {@code openedOn}: the day the round opened, default today; an earlier day records a round of the past.
 */
public record NewRound(String unitCode, String title, String periodKind, String periodLabel, LocalDate periodFrom,
        LocalDate periodTo, Integer depth, LocalDate deadline, LocalDate reportDeadline, LocalDate openedOn) {
}
