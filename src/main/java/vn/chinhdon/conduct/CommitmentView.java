package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment: the member, their cell (named as it stood when signed), the year, codes, actions and dates;
 * {@code recordedOnBehalf}: recorded by someone else (the cell's secretary for a member without a device), who is
 * named; the outcome of the check at the review, its note, who checked and when (null until checked);
 * {@code canCheck}: the caller may check it.
 */
public record CommitmentView(long id, long memberId, String memberName, String cellCode, String cellName, int year,
        List<String> codes, List<String> actions, LocalDate signedOn, LocalDate dueBy, boolean recordedOnBehalf,
        String recordedBy, String recordedByName, CommitmentOutcome outcome, String outcomeNote, LocalDate checkedOn,
        String checkedByName, boolean canCheck, long version) {
}
