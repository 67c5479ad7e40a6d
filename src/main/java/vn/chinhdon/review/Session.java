package vn.chinhdon.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The session of a review: date, duration, attendance, chair, the superior's representative, the self-review
 * report, the conclusion, the substantiated feedback it cites, and the remedy plan (each item a follow-up task of
 * the unit, or of the member reviewed when {@code ofMember}).
 */
public record Session(LocalDate heldOn, Integer durationMinutes, Integer present, Integer expected, String chair,
        String superiorRepresentative, String report, String conclusion, List<Long> citedFeedbackIds,
        List<Remedy> remedies) {

    /** An item of the remedy plan, due on a date. */
    public record Remedy(String text, LocalDate deadline, boolean ofMember) {
    }
}
