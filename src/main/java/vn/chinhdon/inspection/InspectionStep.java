package vn.chinhdon.inspection;

/**
 * The procedure of an inspection, in order; each step follows the one before it and none may be skipped
 * (331-QĐ/TW: preparation, conduct, conclusion; the archive within 15 working days of the conclusion).
 */
public enum InspectionStep {
    /** Đề xuất. */
    PROPOSED,
    /** Có quyết định thành lập đoàn và kế hoạch. */
    DECIDED,
    /** Triển khai quyết định với đối tượng. */
    KICKED_OFF,
    /** Đối tượng nộp báo cáo tự kiểm tra (giải trình). */
    SELF_REPORT_SUBMITTED,
    /** Thẩm tra, xác minh. */
    VERIFYING,
    /** Dự thảo báo cáo kết quả. */
    DRAFT_REPORT,
    /** Thông báo kết luận. */
    CONCLUDED,
    /** Theo dõi thực hiện kết luận. */
    FOLLOW_UP,
    /** Lập hồ sơ, lưu trữ. */
    ARCHIVED;

    /** The step that must come next, or null after the last. */
    public InspectionStep next() {
        return this == ARCHIVED ? null : values()[ordinal() + 1];
    }

    /** The inspection is running: the delegation works with the targets (and reads their records). */
    public boolean running() {
        return this == KICKED_OFF || this == SELF_REPORT_SUBMITTED || this == VERIFYING || this == DRAFT_REPORT;
    }

    /** Before the decision: the delegation, targets and content may still change. */
    public boolean preparing() {
        return this == PROPOSED;
    }

    public String messageKey() {
        return "inspection.step." + name();
    }
}
