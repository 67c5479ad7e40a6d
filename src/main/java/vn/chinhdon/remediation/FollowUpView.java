package vn.chinhdon.remediation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A follow-up task with its evidence and history. {@code late} as of {@code at} (today unless asked);
 * {@code canSubmit} / {@code canVerify}: what the caller may do now (the facade checks again).
 */
public record FollowUpView(long id, Source source, String ownerCode, String ownerName, Long ownerMemberId,
        String ownerMemberName, String verifierCode, String verifierName, String description, LocalDate openedOn,
        LocalDate deadline, int remindDays, FollowUpState state, boolean late, LocalDate at, String evidenceText,
        String submittedBy, int round, List<EvidenceFile> files, List<Event> history, boolean canSubmit,
        boolean canVerify, long version) {

    /** A file of evidence, attached for submission {@code round}. */
    public record EvidenceFile(long id, int round, String filename, String contentType, int sizeBytes,
            OffsetDateTime createdAt, String createdBy) {
    }

    /** A transition: what was done, the state it led to, on which day, by whom, with its note. */
    public record Event(String action, FollowUpState state, LocalDate occurredOn, OffsetDateTime occurredAt, String actor,
            String actorName, String note) {
    }
}
