package vn.chinhdon.review;

/**
 * One unit of a round: its collective review's state, its members' reviews held out of the total, and what the
 * next review there waits on ({@code waitingOn}: a message key and its argument, null when nothing waits).
 */
public record ProgressLine(long collectiveId, String unitCode, String unitName, int level, ReviewState collective,
        long individuals, long individualsHeld, String waitingOnKey, String waitingOnArg) {
}
