package vn.chinhdon.directives;

/** How one document relates to another: implements (cụ thể hóa), replaces, amends, refers to. */
public enum RelationKind {
    IMPLEMENTS, REPLACES, AMENDS, REFERS_TO
}
