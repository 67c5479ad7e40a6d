package vn.chinhdon.organization;

/** Positions in a party committee: Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ, Cấp ủy viên, Chủ nhiệm UBKT. */
public enum Position {
    SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER, COMMITTEE_MEMBER, INSPECTION_CHAIR;

    public String messageKey() {
        return "committee.position." + name();
    }

    public static Position parse(String value) {
        return vn.chinhdon.shared.EnumValues.parse(Position.class, value);
    }
}
