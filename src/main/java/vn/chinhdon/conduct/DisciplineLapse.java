package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.Collection;

/**
 * When a discipline decision stops being in force (khoản 5 Điều 2, Quy định 69-QĐ/TW): 12 months after its
 * announcement — or after the resolution of a complaint against it, when one was made — it lapses by itself, unless it
 * is an expulsion or a dissolution (never), or the same subject was disciplined again within those 12 months (no
 * automatic lapse: it stays in force). A complaint not yet resolved holds the count; an annulment ends the effect on
 * the date of the resolution. A pure function: the caller gives the facts.
 */
public final class DisciplineLapse {

    /** The months after the announcement (or the complaint's resolution) after which a decision lapses. */
    public static final int MONTHS = 12;

    private DisciplineLapse() {
    }

    /** Why the decision ends when it does, or why it has no end date. */
    public enum Kind {
        /** Lapses by itself on {@code endsOn}. */
        LAPSES,
        /** Expulsion or dissolution: never lapses. */
        NEVER,
        /** A new discipline of the same subject within the 12 months: no automatic lapse. */
        NEW_DISCIPLINE,
        /** A complaint was made and is not resolved yet: the 12 months count from its resolution. */
        COMPLAINT_PENDING,
        /** Annulled on a complaint: the effect ends on {@code endsOn}, the resolution date. */
        ANNULLED
    }

    /**
     * The outcome: the kind and the date the effect ends ({@code endsOn}, the first day it is no longer in force;
     * null when it has none).
     */
    public record Lapse(Kind kind, LocalDate endsOn) {

        /** Whether a decision taken on {@code decidedOn} is in force on the date. */
        public boolean inForceOn(LocalDate decidedOn, LocalDate on) {
            return !on.isBefore(decidedOn) && (endsOn == null || on.isBefore(endsOn));
        }

        /** The status on the date (a date before the decision counts as in force: the decision is what it is). */
        public DisciplineStatus statusOn(LocalDate on) {
            if (endsOn == null || on.isBefore(endsOn)) {
                return DisciplineStatus.IN_FORCE;
            }
            return kind == Kind.ANNULLED ? DisciplineStatus.ANNULLED : DisciplineStatus.LAPSED;
        }
    }

    /**
     * @param form the form in force (after a complaint that changed it)
     * @param announcedOn the day the decision was announced
     * @param complainedOn the day a complaint was made against it, or null
     * @param resolvedOn the day the complaint was resolved, or null
     * @param outcome the resolution, or null
     * @param laterDecisions the days the same subject's other decisions (not annulled) taken after this one were
     *        decided
     */
    public static Lapse of(DisciplineForm form, LocalDate announcedOn, LocalDate complainedOn, LocalDate resolvedOn,
            ComplaintOutcome outcome, Collection<LocalDate> laterDecisions) {
        if (outcome == ComplaintOutcome.ANNULLED && resolvedOn != null) {
            return new Lapse(Kind.ANNULLED, resolvedOn);
        }
        if (!form.lapses()) {
            return new Lapse(Kind.NEVER, null);
        }
        if (complainedOn != null && resolvedOn == null) {
            return new Lapse(Kind.COMPLAINT_PENDING, null);
        }
        LocalDate from = resolvedOn != null ? resolvedOn : announcedOn;
        LocalDate lapsesOn = from.plusMonths(MONTHS);
        if (laterDecisions.stream().anyMatch(d -> d.isBefore(lapsesOn))) {
            return new Lapse(Kind.NEW_DISCIPLINE, null);
        }
        return new Lapse(Kind.LAPSES, lapsesOn);
    }
}
