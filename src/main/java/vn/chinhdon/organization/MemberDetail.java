package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.List;
import vn.chinhdon.platform.AuditLog;

/** A member's page: the record, the history of cells, status changes and the audit trail. */
public record MemberDetail(MemberView member, List<Assignment> assignments, List<StatusChange> statuses,
        List<AuditLog.Entry> audit, boolean canManage) {

    public record Assignment(String unitCode, String unitName, LocalDate from, LocalDate to, String reason,
            boolean provisional, String note) {
    }

    public record StatusChange(MemberStatus status, LocalDate effectiveDate, String note, String recordedBy) {
    }
}
