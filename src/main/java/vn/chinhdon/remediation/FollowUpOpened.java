package vn.chinhdon.remediation;

import java.time.LocalDate;

/**
 * A follow-up task was opened: its owner unit (and the member personally responsible, if any), what required it
 * ({@code sourceKind} names a {@link SourceKind}), the task and its dates. Published inside the opening transaction.
 */
public record FollowUpOpened(long followUpId, long ownerUnitId, Long ownerMemberId, String sourceKind, long sourceId,
        String description, LocalDate openedOn, LocalDate deadline) {
}
