package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;

/**
 * An expression identified in a unit (named as it stood when identified), with the catalogue version in force then;
 * {@code recordedBy}: the account that recorded it.
 */
public record ExpressionView(long id, String unitCode, String unitName, int year, List<String> codes, String wording,
        String evidence, String sourceKind, String sourceReference, LocalDate identifiedOn, String identifiedBy,
        int catalogueNumber, String recordedBy, String recordedByName) {
}
