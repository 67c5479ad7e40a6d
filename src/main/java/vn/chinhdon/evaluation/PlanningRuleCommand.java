package vn.chinhdon.evaluation;

/** An edit of a planning rule, with the version read: months, appliesTo (HIGHER or ANY), source, confirmed, basis. */
public record PlanningRuleCommand(String kind, Integer months, String appliesTo, String source, Boolean confirmed,
        String basis, Integer version) {
}
