package vn.chinhdon.inspection;

/** The place of a person in a delegation: trưởng đoàn, phó trưởng đoàn, thành viên, thư ký. */
public enum DelegateRole {
    HEAD, DEPUTY, MEMBER, SECRETARY;

    public String messageKey() {
        return "inspection.delegate." + name();
    }
}
