package vn.chinhdon.directives;

import java.time.LocalDate;
import java.util.List;

/** A campaign with its obligations (statuses as of {@code at}). */
public record CampaignView(long id, String title, long sourceDocumentId, String sourceNumber, String requiringUnitCode,
        String requiringUnitName, int depth, Deliverable deliverable, LocalDate dueOn, LocalDate openedOn,
        Long parentObligationId, LocalDate at, List<Obligation> obligations, long version) {

    public record Obligation(long id, String unitCode, String unitName, String holderCode, String holderName,
            LocalDate dueOn, ObligationStatus status, LocalDate fulfilledOn, Long evidenceDocumentId,
            String evidenceNumber, Long evidenceConferenceId, String evidenceNote, String exemptReason, long version) {
    }
}
