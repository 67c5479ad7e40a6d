package vn.chinhdon.directives;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered Party document. {@code body} is null when the caller may see that a confidential document
 * exists but not its content (administrators).
 */
public record DocumentView(long id, String number, int ordinal, String typeCode, String typeName, String issuerCode,
        String issuerName, String issuerUnitCode, String issuerUnitName, String termLabel, LocalDate issuedOn,
        String title, String signer, boolean confidential, String body, DocumentStatus status,
        List<Link> relations, List<Attachment> attachments, long version) {

    /** A relation seen from this document: OUT (this → other) or IN (other → this). */
    public record Link(RelationKind kind, String direction, long documentId, String number, String title) {
    }

    public record Attachment(long id, String filename, String contentType, int sizeBytes) {
    }
}
