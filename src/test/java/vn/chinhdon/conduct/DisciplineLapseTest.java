package vn.chinhdon.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chinhdon.conduct.DisciplineLapse.Kind;
import vn.chinhdon.conduct.DisciplineLapse.Lapse;

/**
 * The lapse of a discipline decision (khoản 5 Điều 2, 69-QĐ/TW): 12 months after the announcement, or after the
 * resolution of a complaint; never for an expulsion or a dissolution; not automatically when the subject is
 * disciplined again within the 12 months; an annulment ends it on the resolution date.
 */
class DisciplineLapseTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 5);
    private static final LocalDate ANNOUNCED = LocalDate.of(2025, 3, 10);

    @Test
    void aReprimandLapsesTwelveMonthsAfterItsAnnouncement() {
        Lapse l = DisciplineLapse.of(DisciplineForm.REPRIMAND, ANNOUNCED, null, null, null, List.of());
        assertThat(l).isEqualTo(new Lapse(Kind.LAPSES, LocalDate.of(2026, 3, 10)));
        // the boundaries: in force the day before, lapsed on the day
        assertThat(l.inForceOn(DECIDED, LocalDate.of(2026, 3, 9))).isTrue();
        assertThat(l.inForceOn(DECIDED, LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(l.inForceOn(DECIDED, LocalDate.of(2026, 3, 11))).isFalse();
        assertThat(l.statusOn(LocalDate.of(2026, 3, 9))).isEqualTo(DisciplineStatus.IN_FORCE);
        assertThat(l.statusOn(LocalDate.of(2026, 3, 10))).isEqualTo(DisciplineStatus.LAPSED);
        // not in force before it was decided
        assertThat(l.inForceOn(DECIDED, DECIDED.minusDays(1))).isFalse();
        assertThat(l.inForceOn(DECIDED, DECIDED)).isTrue();
        // the 29th of February: a year later is the 28th
        assertThat(DisciplineLapse.of(DisciplineForm.WARNING, LocalDate.of(2024, 2, 29), null, null, null, List.of())
                .endsOn()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aComplaintMovesTheStartToItsResolution() {
        LocalDate complained = LocalDate.of(2025, 3, 20);
        assertThat(DisciplineLapse.of(DisciplineForm.WARNING, ANNOUNCED, complained, null, null, List.of()))
                .as("not resolved yet: no date").isEqualTo(new Lapse(Kind.COMPLAINT_PENDING, null));
        Lapse upheld = DisciplineLapse.of(DisciplineForm.WARNING, ANNOUNCED, complained, LocalDate.of(2025, 5, 15),
                ComplaintOutcome.UPHELD, List.of());
        assertThat(upheld).isEqualTo(new Lapse(Kind.LAPSES, LocalDate.of(2026, 5, 15)));
        assertThat(upheld.inForceOn(DECIDED, LocalDate.of(2026, 3, 10))).as("past the announcement's 12 months").isTrue();
        assertThat(upheld.inForceOn(DECIDED, LocalDate.of(2026, 5, 14))).isTrue();
        assertThat(upheld.inForceOn(DECIDED, LocalDate.of(2026, 5, 15))).isFalse();
        assertThat(DisciplineLapse.of(DisciplineForm.REPRIMAND, ANNOUNCED, complained, LocalDate.of(2025, 6, 1),
                ComplaintOutcome.CHANGED, List.of()).endsOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aNewDisciplineWithinTheTwelveMonthsBlocksTheAutomaticLapse() {
        assertThat(DisciplineLapse.of(DisciplineForm.REPRIMAND, ANNOUNCED, null, null, null,
                List.of(LocalDate.of(2026, 3, 9)))).as("the last day of the 12 months")
                .isEqualTo(new Lapse(Kind.NEW_DISCIPLINE, null));
        assertThat(DisciplineLapse.of(DisciplineForm.REPRIMAND, ANNOUNCED, null, null, null,
                List.of(LocalDate.of(2025, 4, 1)))).isEqualTo(new Lapse(Kind.NEW_DISCIPLINE, null));
        Lapse after = DisciplineLapse.of(DisciplineForm.REPRIMAND, ANNOUNCED, null, null, null,
                List.of(LocalDate.of(2026, 3, 10)));
        assertThat(after).as("decided once it had lapsed").isEqualTo(new Lapse(Kind.LAPSES, LocalDate.of(2026, 3, 10)));
        Lapse blocked = DisciplineLapse.of(DisciplineForm.REPRIMAND, ANNOUNCED, null, null, null,
                List.of(LocalDate.of(2025, 9, 1)));
        assertThat(blocked.inForceOn(DECIDED, LocalDate.of(2030, 1, 1))).as("stays in force").isTrue();
        assertThat(blocked.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(DisciplineStatus.IN_FORCE);
    }

    @Test
    void expulsionAndDissolutionNeverLapse() {
        for (DisciplineForm form : List.of(DisciplineForm.EXPULSION, DisciplineForm.DISSOLUTION)) {
            Lapse l = DisciplineLapse.of(form, ANNOUNCED, null, null, null, List.of());
            assertThat(l).isEqualTo(new Lapse(Kind.NEVER, null));
            assertThat(l.inForceOn(DECIDED, LocalDate.of(2100, 1, 1))).isTrue();
            assertThat(DisciplineLapse.of(form, ANNOUNCED, ANNOUNCED, LocalDate.of(2025, 6, 1), ComplaintOutcome.UPHELD,
                    List.of()).kind()).isEqualTo(Kind.NEVER);
        }
    }

    @Test
    void anAnnulmentEndsTheEffectOnTheResolutionDate() {
        LocalDate annulled = LocalDate.of(2025, 5, 15);
        for (DisciplineForm form : DisciplineForm.values()) {
            Lapse l = DisciplineLapse.of(form, ANNOUNCED, LocalDate.of(2025, 3, 20), annulled, ComplaintOutcome.ANNULLED,
                    List.of());
            assertThat(l).isEqualTo(new Lapse(Kind.ANNULLED, annulled));
            assertThat(l.inForceOn(DECIDED, annulled.minusDays(1))).isTrue();
            assertThat(l.inForceOn(DECIDED, annulled)).isFalse();
            assertThat(l.statusOn(annulled)).isEqualTo(DisciplineStatus.ANNULLED);
        }
    }

    @Test
    void theFormsOfEachSubject() {
        assertThat(List.of(DisciplineForm.values()).stream().filter(DisciplineForm::forMember))
                .containsExactly(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISMISSAL,
                        DisciplineForm.EXPULSION);
        assertThat(List.of(DisciplineForm.values()).stream().filter(DisciplineForm::forProbationaryMember))
                .containsExactly(DisciplineForm.REPRIMAND, DisciplineForm.WARNING);
        assertThat(List.of(DisciplineForm.values()).stream().filter(DisciplineForm::forOrganization))
                .containsExactly(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISSOLUTION);
    }
}
