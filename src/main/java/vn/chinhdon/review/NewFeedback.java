package vn.chinhdon.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A piece of feedback on one review's subject: its source, the giver (kept confidential), the text, the
 * expressions of degradation it names (G1.1 … G3.9), the date received.
 */
public record NewFeedback(String sourceKind, String giver, String text, List<String> codes, LocalDate receivedOn) {
}
