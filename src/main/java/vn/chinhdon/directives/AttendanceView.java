package vn.chinhdon.directives;

import java.util.List;

/** Attendance at conferences on a document over a subtree, rolled up, with one row per subordinate unit. */
public record AttendanceView(String unitCode, String unitName, long documentId, int conferences, int membership,
        int attendees, double rate, List<Row> bySubordinate) {

    public record Row(String code, String name, int conferences, int membership, int attendees, double rate) {
    }
}
