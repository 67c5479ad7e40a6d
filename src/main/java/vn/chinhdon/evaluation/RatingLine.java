package vn.chinhdon.evaluation;

/** A rating in a season's list: the subject, where it stands, the levels proposed and decided, and the flags. */
public record RatingLine(long id, String unitCode, String unitName, Long memberId, String memberName, boolean head,
        String deciderName, RatingState state, Level selfLevel, Level proposedLevel, Level level, int flags,
        boolean rerated) {
}
