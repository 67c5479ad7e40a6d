package vn.chinhdon.review.web;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chinhdon.platform.FormMessages;

/**
 * Texts of the review pages in the request's language, and the problems of a refused form with their field labels
 * ({@code review.field.<field>}; "Biện pháp 2 – Nội dung" for a row of the remedy plan).
 */
@Component
class ReviewPageMessages extends FormMessages {

    static final String FIELDS = "review.field.";

    ReviewPageMessages(MessageSource messages) {
        super(messages, FIELDS, "remedies", "remedy", "review.remedyRow", Set.of("error.review.periodKind", "error.review.source", "error.review.outcome", "error.review.assignmentKind"));
    }
}
