package vn.chinhdon.directives;

import java.time.LocalDate;
import java.util.List;

/** A document and the documents that implement it, level by level (only those the caller may see). */
public record ImplementationNode(long id, String number, String title, String issuerUnitCode, String issuerUnitName,
        LocalDate issuedOn, List<ImplementationNode> implementedBy) {

    public int count() {
        return 1 + implementedBy.stream().mapToInt(ImplementationNode::count).sum();
    }
}
