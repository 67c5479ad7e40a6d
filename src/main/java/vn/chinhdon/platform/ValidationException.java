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
