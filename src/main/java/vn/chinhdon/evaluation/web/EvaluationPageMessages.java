package vn.chinhdon.evaluation.web;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chinhdon.platform.FormMessages;

/**
 * Texts of the evaluation pages in the request's language, and the problems of a refused form with their field
 * labels ({@code evaluation.field.<field>}). The forms have no repeated rows.
 */
@Component
class EvaluationPageMessages extends FormMessages {

    static final String FIELDS = "evaluation.field.";

    EvaluationPageMessages(MessageSource messages) {
        super(messages, FIELDS, "rows", "row", "evaluation.row", Set.of("error.evaluation.level"));
    }
}
