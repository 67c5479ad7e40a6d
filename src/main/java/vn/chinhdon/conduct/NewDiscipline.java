package vn.chinhdon.conduct;

import java.time.LocalDate;

/**
 * A discipline decision to record: the subject — a member ({@code memberId}; their unit on the decision date is taken
 * from their history, {@code unitCode} when given must be that unit) or a party organization ({@code unitCode},
 * {@code memberId} null); the form (REPRIMAND, WARNING, DISMISSAL, EXPULSION, DISSOLUTION); {@code post}: the post the
 * member held (required for DISMISSAL); the deciding unit (the subject's unit or one above it) and body, the decision's
 * number, the dates decided and announced (default the day decided), the violation, and whether it was self-detected
 * and remedied.
 */
public record NewDiscipline(Long memberId, String unitCode, String form, String post, String decidingUnitCode,
        String decidingBody, String decisionNumber, LocalDate decidedOn, LocalDate announcedOn, String violation,
        Boolean selfDetectedRemedied) {
}
