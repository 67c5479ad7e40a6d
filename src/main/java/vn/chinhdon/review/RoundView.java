package vn.chinhdon.review;

import java.time.LocalDate;

/**
 * A round with its figures as the caller may see them: collectives and individual reviews held, collectives'
 * final reports completed, feedback awaiting verification, explanations and remedies not yet verified;
 * {@code late}: past the deadline with reviews not held.
 */
public record RoundView(long id, String unitCode, String unitName, String title, PeriodKind periodKind,
        String periodLabel, LocalDate periodFrom, LocalDate periodTo, int depth, LocalDate openedOn, LocalDate deadline,
        LocalDate reportDeadline, long collectives, long collectivesHeld, long collectivesFinalized, long individuals,
        long individualsHeld, long feedbackUnverified, long followUpsOpen, boolean late, boolean canManage, long version) {
}
