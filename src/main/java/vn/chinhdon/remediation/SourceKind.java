package vn.chinhdon.remediation;

/** The kinds of records that give rise to follow-up tasks (the module that created the task). */
public enum SourceKind {
    /** A requirement of an inspection or supervision conclusion (thông báo kết luận). */
    INSPECTION,
    /** A remedy of a self-criticism review (kiểm điểm). */
    REVIEW,
    /** A citizen's petition (phản ánh, kiến nghị). */
    PETITION,
    /** A commitment against expressions of degradation (bản cam kết). */
    COMMITMENT,
    /** A shortcoming named in an evaluation (đánh giá, xếp loại). */
    EVALUATION,
    /** An item of a committee's or head's yearly plan to remedy expressions of degradation (kế hoạch khắc phục). */
    REMEDY_PLAN;

    public String messageKey() {
        return "followUp.source." + name();
    }
}
