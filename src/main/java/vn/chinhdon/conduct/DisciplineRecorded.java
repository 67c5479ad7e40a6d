package vn.chinhdon.conduct;

import java.time.LocalDate;

/**
 * A discipline decision was recorded, or its end changed (a complaint, its resolution, a new decision of the same
 * subject): the subject (a member, or the organization {@code unitId} when {@code memberId} is null; for a member the
 * unit they belonged to on the decision date), the form in force, the decision date, the date its effect ends (the
 * lapse date or the annulment date; null when it has none), whether the violation was self-detected and remedied, a
 * summary such as "Cảnh cáo — 15-QĐ/UBKTTU", and whether the decision was annulled on a complaint (then it was never
 * a discipline for what follows from one). Published synchronously inside the recording transaction.
 */
public record DisciplineRecorded(long disciplineId, Long memberId, long unitId, String form, LocalDate decidedOn,
        LocalDate endsOn, boolean selfDetectedRemedied, String summary, boolean annulled) {
}
