package vn.chinhdon.inspection;

/** What a finding says of its target: ưu điểm, hạn chế/khuyết điểm, vi phạm. */
public enum FindingKind {
    STRENGTH, SHORTCOMING, VIOLATION;

    public String messageKey() {
        return "inspection.finding." + name();
    }

    /** Shortcomings and violations have causes and someone responsible; strengths do not. */
    public boolean negative() {
        return this != STRENGTH;
    }

    /** Nguyên nhân chủ quan / khách quan. */
    public enum Cause {
        SUBJECTIVE, OBJECTIVE;

        public String messageKey() {
            return "inspection.cause." + name();
        }
    }

    /** Trách nhiệm tập thể / cá nhân. */
    public enum Responsibility {
        COLLECTIVE, INDIVIDUAL;

        public String messageKey() {
            return "inspection.responsibility." + name();
        }
    }
}
