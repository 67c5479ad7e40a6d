package vn.chinhdon.remediation;

import java.time.LocalDate;

/**
 * A follow-up task to create. The deadline is a date, or a number of working days after {@code openedOn}
 * (Vietnamese calendar). {@code openedOn} defaults to today (an earlier date records a task of the past);
 * {@code ownerMemberId}: a member of the owner unit who is personally responsible (optional);
 * {@code remindDays}: working days before the deadline for the reminder (default 5).
 */
public record NewFollowUp(Source source, String ownerUnitCode, Long ownerMemberId, String verifierUnitCode,
        String description, LocalDate deadline, Integer deadlineWorkingDays, LocalDate openedOn, Integer remindDays) {
}
