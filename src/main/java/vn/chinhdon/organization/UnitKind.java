package vn.chinhdon.organization;

/** Kinds of party organization, from the Central Committee down to subordinate cells. */
public enum UnitKind {
    CENTRAL(0), PROVINCIAL(1), DIRECTLY_UNDER(2), GRASSROOTS_COMMITTEE(3), PARTIAL_COMMITTEE(4), GRASSROOTS_CELL(4),
    SUBORDINATE_CELL(5);

    private final int rank;

    UnitKind(int rank) {
        this.rank = rank;
    }

    public boolean isCell() {
        return this == GRASSROOTS_CELL || this == SUBORDINATE_CELL;
    }

    /** Whether a unit of this kind may stand directly under a unit of kind {@code parent}. */
    public boolean mayStandUnder(UnitKind parent) {
        if (parent.isCell()) {
            return false;
        }
        if (parent == PARTIAL_COMMITTEE) {
            return this == SUBORDINATE_CELL;
        }
        if (this == SUBORDINATE_CELL) {
            return parent == PARTIAL_COMMITTEE || parent == GRASSROOTS_COMMITTEE || parent == DIRECTLY_UNDER;
        }
        return rank > parent.rank;
    }

    public String messageKey() {
        return "unit.kind." + name();
    }

    public static UnitKind parse(String value) {
        return vn.chinhdon.shared.EnumValues.parse(UnitKind.class, value);
    }
}
