package vn.chinhdon.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection or supervision was concluded, after its requirements were opened as follow-up tasks: the date, a
 * label people read (the conclusion notice's number) and its shortcomings and violations, each with its subject.
 * Published inside the concluding transaction.
 */
public record InspectionConcluded(long inspectionId, LocalDate concludedOn, String label, List<Finding> findings) {

    /**
     * A shortcoming or violation. Its subject: the member personally responsible (individual responsibility), else the
     * target — a member ({@code memberId} set) or a unit's collective ({@code memberId} null); {@code unitId}: the
     * target's unit. {@code kind}: SHORTCOMING or VIOLATION; {@code codes}: expressions of degradation, comma-separated,
     * empty when none.
     */
    public record Finding(long findingId, long unitId, Long memberId, String kind, String codes, String text) {
    }
}
