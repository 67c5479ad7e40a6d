package vn.chinhdon.platform;

import java.util.List;

/**
 * What went wrong with one form, for every module's pages: its problems, or "someone changed this record
 * since you read it" (the {@code formErrors} fragment shows both).
 */
public final class FormErrors {

    private final List<ProblemLine> lines;
    private final boolean stale;

    public FormErrors(List<ProblemLine> lines, boolean stale) {
        this.lines = List.copyOf(lines);
        this.stale = stale;
    }

    public static FormErrors staleRecord() {
        return new FormErrors(List.of(), true);
    }

    /** A single message not tied to a field (not found, forbidden, conflict). */
    public static FormErrors of(String message) {
        return new FormErrors(List.of(new ProblemLine(null, null, null, message)), false);
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
}
