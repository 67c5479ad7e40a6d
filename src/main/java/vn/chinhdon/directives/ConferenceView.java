package vn.chinhdon.directives;

import java.time.LocalDate;
import java.util.List;

/** A dissemination conference (hội nghị quán triệt, học tập): attendance against membership on the day. */
public record ConferenceView(long id, String unitCode, String unitName, LocalDate heldOn, String format, String title,
        int membership, int attendees, double attendanceRate, List<String> documentNumbers) {
}
