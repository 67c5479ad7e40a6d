package vn.chinhdon.review;

import java.time.LocalDate;

/** A review in a list: the collective of a unit or one of its members, its state and the date it was held. */
public record ReviewLine(long id, String unitCode, String unitName, Long memberId, String memberName, boolean head,
        ReviewState state, LocalDate heldOn) {

    public boolean collective() {
        return memberId == null;
    }
}
