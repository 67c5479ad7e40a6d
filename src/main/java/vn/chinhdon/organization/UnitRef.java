package vn.chinhdon.organization;

/** A unit as it stood on a date, for other modules: identity, name, kind and materialized path. */
public record UnitRef(long id, String code, String name, UnitKind kind, String path, boolean active) {

    /** Whether {@code other} is this unit or lies below it (paths of the same date). */
    public boolean contains(UnitRef other) {
        return other.path().startsWith(path);
    }
}
