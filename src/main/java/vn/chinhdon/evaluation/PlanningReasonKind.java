package vn.chinhdon.evaluation;

/**
 * Why a member is not eligible for planning or appointment: expelled (not a member); a discipline within its window
 * (reprimand 24, warning 36, removal from post 60 months, for a higher post); expressions of degradation concluded
 * within the lookback; two consecutive rated years of Không hoàn thành nhiệm vụ. The window lengths are the
 * {@code planning_rule} rows of the same kind.
 */
public enum PlanningReasonKind {
    EXPELLED, DISCIPLINE_REPRIMAND, DISCIPLINE_WARNING, DISCIPLINE_DISMISSAL, DEGRADATION_CONCLUDED,
    NOT_COMPLETED_TWO_YEARS;

    public String messageKey() {
        return "evaluation.planning.reason." + name();
    }
}
