package vn.chinhdon.inspection;

/** Who in the issuing unit runs the program or the inspection. */
public enum InspectionBody {
    /** Cấp ủy, ban thường vụ. */
    COMMITTEE,
    /** Ủy ban kiểm tra. */
    COMMISSION;

    public String messageKey() {
        return "inspection.body." + name();
    }
}
