package vn.chinhdon.conduct;

/**
 * How a complaint against a discipline decision was resolved: the decision upheld, changed to another form, or
 * annulled (its effect ends on the resolution date).
 */
public enum ComplaintOutcome {
    UPHELD, CHANGED, ANNULLED;

    public String messageKey() {
        return "conduct.discipline.outcome." + name();
    }
}
