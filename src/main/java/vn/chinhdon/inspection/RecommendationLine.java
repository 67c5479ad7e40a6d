package vn.chinhdon.inspection;

import java.time.LocalDate;

/**
 * A recommendation (kiến nghị) in a list: the inspection it was made in, who made it (the target), the unit it
 * is addressed to, when, and the answer if there is one; {@code daysWaiting}: days since it was made while
 * unanswered.
 */
public record RecommendationLine(long id, long inspectionId, String inspectionTitle, String fromLabel,
        String toUnitCode, String toUnitName, String text, LocalDate madeOn, String answer, LocalDate answeredOn,
        int daysWaiting) {
}
