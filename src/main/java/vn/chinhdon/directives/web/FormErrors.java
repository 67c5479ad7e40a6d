package vn.chinhdon.directives.web;

import java.util.List;

/**
 * What went wrong with one form of the directives pages: its problems, or "someone changed this record
 * since you read it". Same shape as the organization pages' (the {@code formErrors} fragment reads both).
 */
public final class FormErrors {

    private final List<ProblemLine> lines;
    private final boolean stale;

    FormErrors(List<ProblemLine> lines, boolean stale) {
        this.lines = List.copyOf(lines);
        this.stale = stale;
    }

    static FormErrors staleRecord() {
        return new FormErrors(List.of(), true);
    }

    static FormErrors of(String message) {
        return new FormErrors(List.of(new ProblemLine(null, null, message)), false);
    }

    public List<ProblemLine> getLines() {
        return lines;
    }

    public boolean isStale() {
        return stale;
    }

    public boolean isEmpty() {
        return lines.isEmpty() && !stale;
    }

    /** Whether the field has a problem (to mark the input invalid). */
    public boolean has(String field) {
        return lines.stream().anyMatch(l -> field.equals(l.field()));
    }

    /** One problem as a page shows it: the field, its label as people read it, and the message. */
    public record ProblemLine(String field, String label, String message) {
    }
}
