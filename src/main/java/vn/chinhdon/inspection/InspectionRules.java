package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The named rules of the procedure that are summarized in public sources (domain-rules §4): the period
 * inspected lies within the last 5 years; a delegation has 3 to 5 people (more or fewer only with a recorded
 * approval) with one head and at most one deputy and one secretary; the archive is due 15 working days after the
 * conclusion; one extension of the time limit. Time limits themselves are reference data ({@link TimeLimit}).
 */
final class InspectionRules {

    static final int MAX_PERIOD_YEARS = 5;
    static final int MIN_DELEGATION = 3;
    static final int MAX_DELEGATION = 5;
    static final int ARCHIVE_WORKING_DAYS = 15;

    /** The catalogue codes of the 27 expressions of degradation: G1.1 … G3.9. */
    static final Pattern DEGRADATION_CODE = Pattern.compile("G[1-3]\\.[1-9]");

    private InspectionRules() {
    }

    /** The earliest start of the period inspected for an inspection proposed on {@code on}. */
    static LocalDate earliestPeriodStart(LocalDate on) {
        return on.minusYears(MAX_PERIOD_YEARS);
    }

    static boolean delegationSizeAllowed(int size) {
        return size >= MIN_DELEGATION && size <= MAX_DELEGATION;
    }

    /** Roles that a delegation holds at most once. */
    static boolean single(DelegateRole role) {
        return role != DelegateRole.MEMBER;
    }

    /** The codes, trimmed, upper-cased and without duplicates, in catalogue order. */
    static List<String> codes(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream().filter(c -> c != null && !c.isBlank()).map(c -> c.trim().toUpperCase(java.util.Locale.ROOT))
                .distinct().sorted().toList();
    }
}
