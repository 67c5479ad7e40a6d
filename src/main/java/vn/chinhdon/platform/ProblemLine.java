package vn.chinhdon.platform;

/**
 * One problem as a page shows it: the row of an import (or null), the field, its label as people read
 * it (a column name, "Thao tác 2"), and the message.
 */
public record ProblemLine(Integer row, String field, String label, String message) {
}
