package vn.chinhdon.platform;

import java.util.List;

/** Input that cannot be accepted; every problem is listed, and nothing was changed. */
public class ValidationException extends DomainException {

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super("error.validation", problems.size());
        this.problems = List.copyOf(problems);
    }

    public static ValidationException of(String field, String messageKey, Object... args) {
        return new ValidationException(List.of(Problem.field(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** For logs: every problem's field or row, key and arguments. */
    @Override
    public String getMessage() {
        StringBuilder s = new StringBuilder("error.validation:");
        for (Problem p : problems) {
            s.append(" [").append(p.row() == null ? "" : "row " + p.row() + " ").append(p.field()).append(' ')
                    .append(p.messageKey()).append(' ').append(java.util.Arrays.toString(p.args())).append(']');
        }
        return s.toString();
    }

    /** One problem: a field of a form, or a row of an import (1-based, the header being row 1 in files). */
    public record Problem(String field, Integer row, String messageKey, Object[] args) {

        public static Problem field(String field, String messageKey, Object... args) {
            return new Problem(field, null, messageKey, args);
        }

        public static Problem row(int row, String field, String messageKey, Object... args) {
            return new Problem(field, row, messageKey, args);
        }
    }
}
