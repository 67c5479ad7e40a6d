package vn.chinhdon.directives;

import java.time.LocalDate;
import java.util.List;

/**
 * Compliance of a campaign over a unit's subtree as of a date: "100% tổ chức cơ sở đảng trực thuộc đã xây
 * dựng kế hoạch", with who has not, and a breakdown per subordinate unit (for the chart and drill-down).
 * Obligations of units merged away count for their successor.
 */
public record ComplianceView(long campaignId, String unitCode, String unitName, LocalDate at, Counts totals,
        double percentDone, double percentOnTime, List<NotDone> notDone, List<Row> bySubordinate) {

    public record Counts(int targets, int done, int doneOnTime, int doneLate, int late, int pending, int exempt) {
    }

    public record NotDone(String code, String name, String originalCode, LocalDate dueOn, ObligationStatus status) {
    }

    /** One subordinate unit of the scope (or the scope unit itself for its own obligation). */
    public record Row(String code, String name, Counts counts, boolean drillable) {
    }

    /** API shape of API.md: targets, done, doneOnTime, late, pending, exempt, percentDone, notDone. */
    public int targets() {
        return totals.targets();
    }
}
