package vn.chinhdon.review;

/** Where a piece of feedback (góp ý) came from. */
public enum FeedbackSource {
    /** Cấp trên. */
    SUPERIOR,
    /** Cùng cấp. */
    SAME_LEVEL,
    /** Cấp dưới. */
    SUBORDINATE,
    /** Nguyên lãnh đạo. */
    FORMER_LEADER,
    /** Mặt trận Tổ quốc, đoàn thể chính trị - xã hội. */
    FRONT_AND_MASS_ORGANIZATIONS,
    /** Chi bộ nơi cư trú. */
    RESIDENCE_CELL,
    /** Nhân dân. */
    PEOPLE,
    /** Đảng viên. */
    MEMBER;

    public String messageKey() {
        return "review.source." + name();
    }
}
