package vn.chinhdon.directives;

import java.time.LocalDate;
import java.util.List;

/** A dissemination conference was recorded for a unit on the given documents. */
public record ConferenceHeld(long conferenceId, long unitId, LocalDate heldOn, List<Long> documentIds) {
}
