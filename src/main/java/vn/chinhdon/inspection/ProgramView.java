package vn.chinhdon.inspection;

import java.util.List;

/** A yearly program with its inspections. */
public record ProgramView(long id, String unitCode, String unitName, InspectionBody body, int year, String title,
        Long documentId, String documentNumber, List<InspectionLine> inspections, boolean canManage, long version) {
}
