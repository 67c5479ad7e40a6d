package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;

/**
 * A cell's commitments of a year: its members on {@code asOf} (the year's end, or today during the year) each with
 * their commitment or none, and the commitments of members who have left since; how many members there are and how
 * many of them have signed ({@code members}, {@code signed}), and the outcomes of every commitment listed; {@code canRecord}: the caller may record commitments on behalf of the cell's members.
 */
public record CellCommitments(String cellCode, String cellName, int year, LocalDate asOf, List<Line> lines,
        long members, long signed, long kept, long partly, long notKept, long unchecked, boolean canRecord) {

    /** A member of the cell and their commitment of the year (null: not signed). */
    public record Line(long memberId, String memberName, boolean inCell, CommitmentView commitment) {
    }
}
