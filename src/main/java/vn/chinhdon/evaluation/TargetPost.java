package vn.chinhdon.evaluation;

/** The post a member is considered for: a higher post, or one at the same level (Quy định 377-QĐ/TW). */
public enum TargetPost {
    HIGHER, SAME;

    public String messageKey() {
        return "evaluation.planning.target." + name();
    }
}
