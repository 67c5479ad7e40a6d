package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.util.Map;

/**
 * For a unit on a date: inspections by its subtree (issued there) and of its subtree (targets there) per step,
 * those overdue, the recommendations awaiting an answer, and the follow-up tasks of inspection requirements
 * owned in the subtree (open, late, verified, and the share verified closed); {@code canPropose}: the caller may
 * propose inspections issued by the unit.
 */
public record InspectionOverview(String unitCode, String unitName, LocalDate at, Map<InspectionStep, Long> byStep,
        Map<InspectionStep, Long> ofStep, long byTotal, long ofTotal, long overdue, long archiveOverdue,
        long openRecommendations, long requirements, long requirementsOpen, long requirementsLate,
        long requirementsVerified, double requirementsVerifiedPercent, boolean canPropose) {
}
