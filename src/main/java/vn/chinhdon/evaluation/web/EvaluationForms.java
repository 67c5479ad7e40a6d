package vn.chinhdon.evaluation.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.chinhdon.evaluation.NewSeason;
import vn.chinhdon.evaluation.RatingCommand;

/**
 * The forms of the evaluation pages, as typed. Field names are the facade's, so that its problems mark the right
 * inputs. A step of a rating carries the version of the rating the user read.
 */
final class EvaluationForms {

    private EvaluationForms() {
    }

    /** A season to open over the unit's subtree: the year, or a quarter 1–3 of it. */
    record SeasonForm(String unitCode, String title, Integer year, Integer quarter,
            @DateTimeFormat(iso = ISO.DATE) LocalDate openedOn, @DateTimeFormat(iso = ISO.DATE) LocalDate deadline,
            Integer depth) {

        NewSeason command() {
            return new NewSeason(SeasonPageController.clean(unitCode), title, year, quarter, openedOn, deadline, depth);
        }
    }

    /**
     * One step of a rating: the level, the score where the rule set uses scores, the text (self-assessment,
     * appraisal, reason), the date, the decision's number, the acknowledgement of the flags, the sick leave.
     */
    record StepForm(String level, BigDecimal score, String text, @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            String decisionNumber, String acknowledgement, Boolean sickLeave, @NotNull Long version) {

        static StepForm empty(LocalDate today, long version) {
            return new StepForm(null, null, null, today, null, null, null, version);
        }

        RatingCommand command() {
            return new RatingCommand(SeasonPageController.clean(level), score, text, on,
                    SeasonPageController.clean(decisionNumber), SeasonPageController.clean(acknowledgement),
                    Boolean.TRUE.equals(sickLeave), version);
        }
    }
}
