package vn.chinhdon.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hard caps of a rule set applied to a proposed level: each cap whose fact holds lowers the level to at most its
 * level, or leaves the subject not rated; a cap with an exception (e.g. self-detected and remedied) does not apply
 * when the exception holds.
 */
public final class Caps {

    private final List<RuleSetView.Cap> caps;

    public Caps(List<RuleSetView.Cap> caps) {
        this.caps = List.copyOf(caps);
    }

    /** The facts of a subject: which cap kinds hold, and whether their exception holds (self-detected and remedied). */
    public record Facts(Set<CapKind> holding, boolean exceptionHolds) {

        public static Facts of(CapKind... kinds) {
            return new Facts(Set.of(kinds), false);
        }

        public Facts withException() {
            return new Facts(holding, true);
        }
    }

    /** The level after the caps ({@code level} null when {@code rated} is false), and the caps that applied. */
    public record Outcome(Level level, boolean rated, List<CapKind> applied) {
    }

    public Outcome cap(Level proposed, Facts facts) {
        Level level = proposed;
        boolean rated = true;
        List<CapKind> applied = new ArrayList<>();
        for (RuleSetView.Cap c : caps) {
            if (!facts.holding().contains(c.kind()) || c.exception() != null && facts.exceptionHolds()) {
                continue;
            }
            if (c.notRated()) {
                rated = false;
                applied.add(c.kind());
            } else if (level != null && !c.capsTo().atLeast(level)) {
                level = c.capsTo();
                applied.add(c.kind());
            }
        }
        return new Outcome(rated ? level : null, rated, List.copyOf(applied));
    }
}
