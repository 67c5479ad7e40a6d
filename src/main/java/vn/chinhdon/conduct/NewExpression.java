package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;

/**
 * An expression of degradation identified in a unit: the catalogue codes it falls under (one or more), the unit's
 * own wording, the evidence, where it was identified ({@code sourceKind}, free: a review, an inspection, a sơ kết
 * conference; {@code sourceReference}: e.g. the report's number and date), when ({@code identifiedOn}, default
 * today) and by whom ({@code identifiedBy}: the body or person); {@code year}: the year it concerns (default the
 * year identified).
 */
public record NewExpression(String unitCode, Integer year, List<String> codes, String wording, String evidence,
        String sourceKind, String sourceReference, LocalDate identifiedOn, String identifiedBy) {
}
