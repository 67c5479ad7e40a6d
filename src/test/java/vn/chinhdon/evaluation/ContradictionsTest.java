package vn.chinhdon.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chinhdon.evaluation.Contradictions.Flag;
import vn.chinhdon.evaluation.Contradictions.Kind;

/** The flags of a proposal against the evidence, and the cap facts the ledger holds, without the database. */
class ContradictionsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    private static EvidenceItem item(EvidenceKind kind, LocalDate on, boolean open, boolean late, boolean remedied) {
        return new EvidenceItem(1, kind, "TEST", 1, null, 1, 1L, "", "", on, null, null, remedied, open, late);
    }

    @Test
    void hoanThanhTotIsFlaggedByOpenFindingsLateTasksFeedbackCommitmentsAndRemediedDiscipline() {
        List<EvidenceItem> evidence = List.of(
                item(EvidenceKind.FINDING, LocalDate.of(2024, 10, 1), true, false, false),
                item(EvidenceKind.FOLLOW_UP, LocalDate.of(2025, 2, 1), true, true, false),
                item(EvidenceKind.FOLLOW_UP, LocalDate.of(2025, 3, 1), true, false, false),
                item(EvidenceKind.FEEDBACK, LocalDate.of(2025, 6, 1), false, false, false),
                item(EvidenceKind.FEEDBACK, LocalDate.of(2024, 6, 1), false, false, false),
                item(EvidenceKind.COMMITMENT, LocalDate.of(2025, 11, 1), false, false, false),
                item(EvidenceKind.DISCIPLINE, LocalDate.of(2025, 4, 1), true, false, true));
        assertThat(Contradictions.of(Level.GOOD, evidence, FROM, TO)).containsExactly(
                new Flag(Kind.OPEN_FINDINGS, 1), new Flag(Kind.LATE_FOLLOW_UPS, 1), new Flag(Kind.FEEDBACK, 1),
                new Flag(Kind.BROKEN_COMMITMENTS, 1), new Flag(Kind.REMEDIED_DISCIPLINE, 1));
        // Hoàn thành xuất sắc asks also for every task remedied; the finding of 2024 is not of the period
        assertThat(Contradictions.of(Level.EXCELLENT, evidence, FROM, TO)).contains(new Flag(Kind.OPEN_FOLLOW_UPS, 1))
                .doesNotContain(new Flag(Kind.FINDINGS_IN_PERIOD, 1));
        // Hoàn thành and below are never flagged
        assertThat(Contradictions.of(Level.COMPLETED, evidence, FROM, TO)).isEmpty();
        assertThat(Contradictions.read(Contradictions.store(Contradictions.of(Level.GOOD, evidence, FROM, TO))))
                .isEqualTo(Contradictions.of(Level.GOOD, evidence, FROM, TO));
    }

    @Test
    void aClosedFindingOfThePeriodFlagsOnlyHoanThanhXuatSac() {
        List<EvidenceItem> evidence = List.of(item(EvidenceKind.FINDING, LocalDate.of(2025, 5, 1), false, false, false));
        assertThat(Contradictions.of(Level.GOOD, evidence, FROM, TO)).isEmpty();
        assertThat(Contradictions.of(Level.EXCELLENT, evidence, FROM, TO))
                .containsExactly(new Flag(Kind.FINDINGS_IN_PERIOD, 1));
    }

    @Test
    void capFactsHoldTheExceptionOnlyWhenEveryDisciplineOfThePeriodWasSelfDetectedAndRemedied() {
        var remedied = item(EvidenceKind.DISCIPLINE, LocalDate.of(2025, 4, 1), true, false, true);
        var other = item(EvidenceKind.DISCIPLINE, LocalDate.of(2025, 9, 1), true, false, false);
        var lastYear = item(EvidenceKind.DISCIPLINE, LocalDate.of(2024, 9, 1), true, false, false);
        var facts = Contradictions.capFacts(List.of(remedied, lastYear), FROM, TO, false, false, false);
        assertThat(facts.holding()).containsExactly(CapKind.DISCIPLINED_IN_YEAR);
        assertThat(facts.exceptionHolds()).isTrue();
        facts = Contradictions.capFacts(List.of(remedied, other), FROM, TO, false, false, false);
        assertThat(facts.exceptionHolds()).isFalse();
        facts = Contradictions.capFacts(List.of(item(EvidenceKind.DEGRADATION, LocalDate.of(2025, 2, 1), false, false,
                false)), FROM, TO, true, true, false);
        assertThat(facts.holding()).containsExactlyInAnyOrder(CapKind.DEGRADATION_CONCLUDED,
                CapKind.ADMITTED_UNDER_6_MONTHS, CapKind.SICK_LEAVE_3_MONTHS);
        assertThat(facts.exceptionHolds()).isFalse();
    }
}
