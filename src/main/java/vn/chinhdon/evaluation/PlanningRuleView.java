package vn.chinhdon.evaluation;

/**
 * A rule of cadre planning: its kind, the window in months (null for NOT_COMPLETED_TWO_YEARS), whether it applies to
 * a higher post only ({@code HIGHER}) or to any ({@code ANY}), its source, whether it was confirmed against the official
 * text and on what basis, and the version to send back with an edit.
 */
public record PlanningRuleView(String kind, Integer months, String appliesTo, String source, boolean confirmed,
        String basis, int version) {
}
