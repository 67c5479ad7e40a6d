package vn.chinhdon.directives;

/** Còn hiệu lực, đã được sửa đổi, đã được thay thế. */
public enum DocumentStatus {
    IN_FORCE, AMENDED, REPLACED
}
