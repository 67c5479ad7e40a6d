package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * The conclusion: the notice (a registered document of type Thông báo issued by the issuing unit), a summary,
 * the date, and the requirements, each of which becomes a follow-up task of its target.
 */
public record Conclusion(Long documentId, String summary, LocalDate on, List<Requirement> requirements) {

    /** A requirement of the conclusion for one target, due on a date or a number of working days after it. */
    public record Requirement(Long targetId, String text, LocalDate deadline, Integer deadlineWorkingDays) {
    }
}
