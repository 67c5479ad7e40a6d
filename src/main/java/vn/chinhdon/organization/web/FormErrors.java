package vn.chinhdon.organization.web;

import java.util.List;

/** What went wrong with one form: its problems, or "someone changed this record since you read it". */
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
