package vn.chinhdon.evaluation;

/** The facts that cap a level whatever the score or the self-assessment. */
public enum CapKind {
    /** Disciplined in the year of the evaluation. */
    DISCIPLINED_IN_YEAR,
    /** A competent body concluded there are expressions of degradation, "self-evolution", "self-transformation". */
    DEGRADATION_CONCLUDED,
    /** On sick leave for 3 months or more in the year. */
    SICK_LEAVE_3_MONTHS,
    /** Admitted to the Party less than 6 months before (a member reviews but is not rated). */
    ADMITTED_UNDER_6_MONTHS,
    /** An organization or leadership collective founded less than 6 months before. */
    FOUNDED_UNDER_6_MONTHS,
    /** Less than 50% of the targets met (force majeure aside). */
    TARGETS_UNDER_50_PERCENT
}
