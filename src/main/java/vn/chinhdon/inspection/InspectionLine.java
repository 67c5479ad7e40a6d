package vn.chinhdon.inspection;

import java.time.LocalDate;

/**
 * An inspection in a list: issuer, kind, title, targets (names joined), the current step and its date, the due
 * date of the conduct (with any extension) and of the archive; {@code overdue}: past the due date before the
 * conclusion, or past the archive's due date before archiving, on the date the list was read.
 */
public record InspectionLine(long id, String unitCode, String unitName, InspectionBody body, InspectionKind kind,
        String title, String targets, InspectionStep step, LocalDate stepOn, LocalDate dueOn, LocalDate archiveDueOn,
        boolean overdue, int daysOverdue) {
}
