package vn.chinhdon.inspection.web;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chinhdon.platform.FormMessages;

/**
 * Texts of the inspection pages in the request's language, and the problems of a refused form with their field labels
 * ({@code inspection.field.<field>}; "Yêu cầu 2 – Nội dung" for a row of the conclusion).
 */
@Component
class InspectionPageMessages extends FormMessages {

    static final String FIELDS = "inspection.field.";

    InspectionPageMessages(MessageSource messages) {
        super(messages, FIELDS, "requirements", "requirement", "inspection.requirementRow", Set.of("error.inspection.body", "error.inspection.kind", "error.inspection.delegateRole", "error.inspection.findingKind"));
    }
}
