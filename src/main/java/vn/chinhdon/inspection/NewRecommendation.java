package vn.chinhdon.inspection;

import java.time.LocalDate;

/** A recommendation (kiến nghị) an inspected unit makes to a higher level, tracked until answered. */
public record NewRecommendation(Long targetId, String toUnitCode, String text, LocalDate madeOn) {
}
