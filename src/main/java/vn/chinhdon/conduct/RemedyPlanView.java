package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;
import vn.chinhdon.remediation.FollowUpState;

/**
 * A remedy plan: its unit (named as it stood when adopted), the head whose plan it is (null: the committee's), the
 * unit above that verifies it, its state, and its items with their follow-up tasks once accepted (the task's state
 * and lateness today); {@code canAccept}: the caller may accept it now.
 */
public record RemedyPlanView(long id, String unitCode, String unitName, Long headMemberId, String headName, int year,
        String title, LocalDate adoptedOn, String documentNumber, String verifierCode, String verifierName,
        PlanState state, LocalDate acceptedOn, String acceptedByName, String recordedByName, List<Item> items,
        boolean canAccept, long version) {

    public record Item(long id, int ordinal, String text, List<String> codes, LocalDate deadline, Long followUpId,
            FollowUpState followUpState, boolean late) {
    }
}
