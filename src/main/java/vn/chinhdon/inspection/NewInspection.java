package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection or supervision to propose: the issuing unit and body, the kind, the period inspected (within the
 * last 5 years), its targets (units by code and/or members by id), the documents that are its content, and the
 * program it belongs to (optional). {@code proposedOn}: the date of the proposal, default today; an earlier date
 * records an inspection of the past (units, members and the 5 years are then judged on that date).
 */
public record NewInspection(String unitCode, String body, String kind, String title, Long programId,
        LocalDate periodFrom, LocalDate periodTo, String plan, List<String> targetUnitCodes, List<Long> targetMemberIds,
        List<Long> documentIds, LocalDate proposedOn) {
}
