package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A rating with its steps: the subject (a unit's collective, or a member of it), the competent unit, the
 * self-assessment, the proposal with the caps that hold and the flags of the evidence, the decision (re-rated by the
 * unit above when {@code rerated}), what it waits for, the ledger's evidence beside it, and every step taken.
 */
public record RatingView(long id, long seasonId, String seasonTitle, int year, Integer quarter, String ruleSetCode,
        boolean usesScores, String unitCode, String unitName, Long memberId, String memberName, boolean head,
        String deciderCode, String deciderName, RatingState state, Level selfLevel, BigDecimal selfScore,
        String selfText, LocalDate selfOn, String selfBy, boolean selfOnBehalf, Level proposedLevel,
        BigDecimal proposedScore, String proposalText, LocalDate proposedOn, String proposedBy, boolean sickLeave,
        List<CapKind> capsHolding, List<Contradictions.Flag> flags, Level level, String decisionNumber,
        LocalDate decidedOn, String decidedBy, String acknowledgement, boolean rerated, String waitingKey,
        String waitingArg, List<EvidenceItem> evidence, List<Step> steps, long version, Actions may) {

    /** A step taken: SELF_ASSESSED, PROPOSED, DECIDED, CANCELLED, RERATED, NOT_RATED. */
    public record Step(String step, Level level, BigDecimal score, String text, String decisionNumber, LocalDate on,
            String by) {
    }

    /**
     * What the caller may do with the rating now, by their grants and the rating's state (the order and the rules are
     * still checked when they do it): self-assess, propose (or mark not rated), decide, cancel and re-rate.
     */
    public record Actions(boolean selfAssess, boolean propose, boolean decide, boolean rerate) {
    }

    /** The subject's name: the member's, or the unit's collective. */
    public String subject() {
        return memberName != null ? memberName : unitName;
    }
}
