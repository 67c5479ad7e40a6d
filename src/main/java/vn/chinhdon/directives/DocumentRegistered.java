package vn.chinhdon.directives;

import java.time.LocalDate;
import java.util.List;

/** A document was registered: its issuer, date and the documents it implements. */
public record DocumentRegistered(long documentId, long issuerUnitId, LocalDate issuedOn, List<Long> implementsIds) {
}
