package vn.chinhdon.organization;

import vn.chinhdon.shared.VietnameseText;

/** dự bị, chính thức, miễn sinh hoạt, chuyển đi, khai trừ, từ trần. */
public enum MemberStatus {
    PROBATIONARY("du bi"), OFFICIAL("chinh thuc"), EXEMPT("mien sinh hoat"), TRANSFERRED_OUT("chuyen di"),
    EXPELLED("khai tru"), DECEASED("tu tran");

    private final String folded;

    MemberStatus(String folded) {
        this.folded = folded;
    }

    /** Leaves the cell: the member no longer counts in any unit from the status date. */
    public boolean leavesParty() {
        return this == TRANSFERRED_OUT || this == EXPELLED || this == DECEASED;
    }

    public String messageKey() {
        return "member.status." + name();
    }

    public static MemberStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String f = VietnameseText.fold(value);
        for (MemberStatus s : values()) {
            if (s.name().equalsIgnoreCase(value.trim()) || s.folded.equals(f)) {
                return s;
            }
        }
        return null;
    }
}
