package vn.chinhdon.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The level of a score on 100 points: the band whose minimum is not above the score and whose maximum is above it
 * (the top band's maximum, 100, included). Empty when the set uses no scores or the score is outside 0–100.
 */
public final class ScoreBands {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<RuleSetView.Band> bands;

    public ScoreBands(List<RuleSetView.Band> bands) {
        this.bands = bands.stream().sorted(Comparator.comparing(RuleSetView.Band::minScore)).toList();
    }

    public Optional<Level> levelFor(BigDecimal score) {
        if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            return Optional.empty();
        }
        for (RuleSetView.Band b : bands) {
            boolean top = b.maxScore().compareTo(HUNDRED) == 0;
            if (score.compareTo(b.minScore()) >= 0
                    && (score.compareTo(b.maxScore()) < 0 || top && score.compareTo(HUNDRED) == 0)) {
                return Optional.of(b.level());
            }
        }
        return Optional.empty();
    }

    public Optional<Level> levelFor(double score) {
        return levelFor(BigDecimal.valueOf(score));
    }
}
