package vn.chinhdon.inspection;

/** Kinds of inspection and supervision (the ones PRODUCT.md and the inspection commissions' lists name). */
public enum InspectionKind {
    /** Kiểm tra chuyên đề. */
    THEMATIC_INSPECTION(false),
    /** Kiểm tra khi có dấu hiệu vi phạm. */
    SIGNS_OF_VIOLATION(false),
    /** Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát. */
    INSPECTION_DUTIES(false),
    /** Giám sát chuyên đề. */
    THEMATIC_SUPERVISION(true),
    /** Giám sát thường xuyên. */
    REGULAR_SUPERVISION(true);

    private final boolean supervision;

    InspectionKind(boolean supervision) {
        this.supervision = supervision;
    }

    public boolean supervision() {
        return supervision;
    }

    public String messageKey() {
        return "inspection.kind." + name();
    }
}
