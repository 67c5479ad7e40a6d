package vn.chinhdon.conduct;

/** A remedy plan is recorded by its unit, then accepted by the unit above, which opens its items as follow-up tasks. */
public enum PlanState {
    RECORDED, ACCEPTED;

    public String messageKey() {
        return "conduct.plan.state." + name();
    }
}
