package vn.chinhdon.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence against a proposed level (decision 0018). The seeds' complaint is that ratings list strengths while the
 * evidence says otherwise: a proposal of Hoàn thành tốt or better is flagged, with each reason, when the subject has
 * open findings, follow-up tasks past their deadline, substantiated feedback or broken commitments in the period, or a
 * discipline lifted from the caps because it was self-detected and remedied; Hoàn thành xuất sắc is flagged also for
 * any finding of the period and any follow-up task still open (it asks for every shortcoming remedied). The hard caps
 * ({@link Caps}) are not flags: they refuse.
 */
public final class Contradictions {

    private Contradictions() {
    }

    /** A reason a proposal is flagged: its kind and how many entries of the ledger support it. */
    public record Flag(Kind kind, int count) {

        /** The line stored with the rating: KIND:count. */
        String line() {
            return kind.name() + ":" + count;
        }

        static Flag parse(String line) {
            int colon = line.indexOf(':');
            return new Flag(Kind.valueOf(line.substring(0, colon)), Integer.parseInt(line.substring(colon + 1)));
        }

        public String messageKey() {
            return "evaluation.flag." + kind.name();
        }
    }

    /** The reasons, in the order they are shown. */
    public enum Kind {
        OPEN_FINDINGS, LATE_FOLLOW_UPS, FEEDBACK, BROKEN_COMMITMENTS, REMEDIED_DISCIPLINE, FINDINGS_IN_PERIOD,
        OPEN_FOLLOW_UPS
    }

    private static final Set<Kind> EXCELLENT_ONLY = EnumSet.of(Kind.FINDINGS_IN_PERIOD, Kind.OPEN_FOLLOW_UPS);

    /** The flags of a proposed level against the subject's evidence in the period (open and late as read). */
    public static List<Flag> of(Level proposed, List<EvidenceItem> evidence, LocalDate from, LocalDate to) {
        if (proposed == null || !proposed.atLeast(Level.GOOD)) {
            return List.of();
        }
        int[] n = new int[Kind.values().length];
        for (EvidenceItem e : evidence) {
            boolean inPeriod = e.within(from, to);
            switch (e.kind()) {
                case FINDING -> {
                    if (e.open()) {
                        n[Kind.OPEN_FINDINGS.ordinal()]++;
                    }
                    if (inPeriod) {
                        n[Kind.FINDINGS_IN_PERIOD.ordinal()]++;
                    }
                }
                case FOLLOW_UP -> {
                    if (e.late()) {
                        n[Kind.LATE_FOLLOW_UPS.ordinal()]++;
                    } else if (e.open()) {
                        n[Kind.OPEN_FOLLOW_UPS.ordinal()]++;
                    }
                }
                case FEEDBACK -> n[Kind.FEEDBACK.ordinal()] += inPeriod ? 1 : 0;
                case COMMITMENT -> n[Kind.BROKEN_COMMITMENTS.ordinal()] += inPeriod ? 1 : 0;
                case DISCIPLINE -> n[Kind.REMEDIED_DISCIPLINE.ordinal()] += inPeriod && e.selfRemedied() ? 1 : 0;
                default -> {
                }
            }
        }
        List<Flag> flags = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (n[k.ordinal()] > 0 && (proposed == Level.EXCELLENT || !EXCELLENT_ONLY.contains(k))) {
                flags.add(new Flag(k, n[k.ordinal()]));
            }
        }
        return flags;
    }

    /** The flags as stored with a rating, one per line. */
    static String store(List<Flag> flags) {
        return String.join("\n", flags.stream().map(Flag::line).toList());
    }

    static List<Flag> read(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : stored.lines().filter(l -> !l.isBlank()).map(Flag::parse).toList();
    }

    /** The facts of the hard caps the ledger holds: disciplined in the period (with its exception), degradation. */
    static Caps.Facts capFacts(List<EvidenceItem> evidence, LocalDate from, LocalDate to, boolean admittedUnder6Months,
            boolean sickLeave, boolean foundedUnder6Months) {
        Set<CapKind> holding = EnumSet.noneOf(CapKind.class);
        boolean allDisciplineRemedied = true;
        for (EvidenceItem e : evidence) {
            if (!e.within(from, to)) {
                continue;
            }
            if (e.kind() == EvidenceKind.DISCIPLINE) {
                holding.add(CapKind.DISCIPLINED_IN_YEAR);
                allDisciplineRemedied &= e.selfRemedied();
            } else if (e.kind() == EvidenceKind.DEGRADATION) {
                holding.add(CapKind.DEGRADATION_CONCLUDED);
            }
        }
        if (admittedUnder6Months) {
            holding.add(CapKind.ADMITTED_UNDER_6_MONTHS);
        }
        if (sickLeave) {
            holding.add(CapKind.SICK_LEAVE_3_MONTHS);
        }
        if (foundedUnder6Months) {
            holding.add(CapKind.FOUNDED_UNDER_6_MONTHS);
        }
        // the exception (self-detected and remedied) lifts only the discipline cap: it holds when every discipline
        // of the period was self-detected and remedied, and no other capped fact with an exception is at stake
        boolean exception = holding.contains(CapKind.DISCIPLINED_IN_YEAR) && allDisciplineRemedied;
        return new Caps.Facts(holding, exception);
    }
}
