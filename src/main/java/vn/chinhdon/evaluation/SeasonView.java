package vn.chinhdon.evaluation;

import java.time.LocalDate;
import java.util.Map;

/**
 * A rating season as the caller sees it: its unit, period, the rule set judging it, and the ratings the caller may
 * read counted by state and by decided level, with how many proposals the evidence flags.
 */
public record SeasonView(long id, String unitCode, String unitName, String title, int year, Integer quarter,
        LocalDate periodFrom, LocalDate periodTo, String ruleSetCode, String ruleSetName, boolean usesScores,
        LocalDate openedOn, LocalDate deadline, long version, long ratings, Map<RatingState, Long> byState,
        Map<Level, Long> byLevel, long flagged) {

    /** "Năm 2025" or "Quý 2/2026". */
    public String periodLabel() {
        return quarter == null ? "Năm " + year : "Quý " + quarter + "/" + year;
    }
}
