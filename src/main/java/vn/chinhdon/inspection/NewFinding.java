package vn.chinhdon.inspection;

import java.util.List;

/**
 * A finding about one target: strength, shortcoming or violation; for the last two the cause (subjective or
 * objective), the responsibility (collective or individual, with the member responsible) and the expressions
 * of degradation it shows (catalogue codes G1.1 … G3.9).
 */
public record NewFinding(Long targetId, String kind, String text, String causeKind, String cause,
        String responsibility, Long responsibleMemberId, List<String> degradationCodes) {
}
