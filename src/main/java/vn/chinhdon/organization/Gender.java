package vn.chinhdon.organization;

import vn.chinhdon.shared.VietnameseText;

public enum Gender {
    MALE, FEMALE;

    public String messageKey() {
        return "member.gender." + name();
    }

    /** Accepts Nam/Nữ, M/F, MALE/FEMALE in any case, with or without diacritics. */
    public static Gender parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (VietnameseText.fold(value)) {
            case "nam", "m", "male" -> MALE;
            case "nu", "f", "female" -> FEMALE;
            default -> null;
        };
    }
}
