package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.List;

/** A unit's committee terms (nhiệm kỳ) with their positions; the head (người đứng đầu) is marked. */
public record CommitteeView(String unitCode, List<Term> terms) {

    public record Term(long id, String label, LocalDate startsOn, LocalDate endsOn, List<Seat> seats, long version) {
    }

    public record Seat(long id, long memberId, String memberName, Position position, boolean head, LocalDate startsOn,
            LocalDate endsOn) {
    }
}
