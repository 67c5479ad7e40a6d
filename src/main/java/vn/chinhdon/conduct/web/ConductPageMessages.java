package vn.chinhdon.conduct.web;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chinhdon.platform.FormMessages;

/**
 * Texts of the conduct pages in the request's language, and the problems of a refused form with their field labels
 * ({@code conduct.field.<field>}; "Việc 2 – Thời hạn" for a row of a plan).
 */
@Component
class ConductPageMessages extends FormMessages {

    static final String FIELDS = "conduct.field.";

    ConductPageMessages(MessageSource messages) {
        super(messages, FIELDS, "items", "item", "conduct.plan.itemRow", Set.of());
    }
}
