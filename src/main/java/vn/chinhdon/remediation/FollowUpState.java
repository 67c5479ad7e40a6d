package vn.chinhdon.remediation;

/**
 * The states of a follow-up task. OPEN → SUBMITTED → VERIFIED; SUBMITTED → SENT_BACK → SUBMITTED. "Late" is
 * not a state: it is derived (past the deadline and not verified).
 */
public enum FollowUpState {
    OPEN, SUBMITTED, SENT_BACK, VERIFIED;

    /** Whether the owner may (still, or again) attach evidence and submit it. */
    public boolean awaitsOwner() {
        return this == OPEN || this == SENT_BACK;
    }

    public String messageKey() {
        return "followUp.state." + name();
    }
}
