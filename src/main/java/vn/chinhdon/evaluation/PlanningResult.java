package vn.chinhdon.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a member may be planned for or appointed to the target post on the date, with every reason when not (an
 * empty list: eligible as far as these rules go — the standards of the post are judged by people).
 */
public record PlanningResult(long memberId, String memberName, String unitCode, String unitName, TargetPost target,
        LocalDate on, boolean eligible, List<PlanningReason> reasons) {
}
