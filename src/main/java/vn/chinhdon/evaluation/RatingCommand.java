package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One step of a rating: the level (EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED), the score where the rule set uses
 * scores, the text (self-assessment, appraisal, the reason of a cancellation or of "not rated"), the date of the step,
 * the decision's number (decision and re-rating), the decider's acknowledgement of the flags, whether the subject was
 * on sick leave for 3 months or more (appraisal), and the version read.
 */
public record RatingCommand(String level, BigDecimal score, String text, LocalDate on, String decisionNumber,
        String acknowledgement, Boolean sickLeave, Long version) {
}
