package vn.chinhdon.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status of an obligation on a date, as the compliance views count it. */
class ObligationStatusTest {

    private static final LocalDate DUE = LocalDate.of(2019, 9, 30);

    @Test
    void openIsPendingUntilTheDueDateThenLate() {
        assertThat(ObligationStatus.on(LocalDate.of(2019, 9, 1), DUE, "OPEN", null)).isEqualTo(ObligationStatus.PENDING);
        assertThat(ObligationStatus.on(DUE, DUE, "OPEN", null)).isEqualTo(ObligationStatus.PENDING);
        assertThat(ObligationStatus.on(DUE.plusDays(1), DUE, "OPEN", null)).isEqualTo(ObligationStatus.LATE);
    }

    @Test
    void doneCountsFromTheDateOfItsEvidenceOnTimeOrLate() {
        LocalDate onTime = LocalDate.of(2019, 7, 1);
        assertThat(ObligationStatus.on(LocalDate.of(2019, 6, 30), DUE, "DONE", onTime)).isEqualTo(ObligationStatus.PENDING);
        assertThat(ObligationStatus.on(LocalDate.of(2019, 7, 1), DUE, "DONE", onTime))
                .isEqualTo(ObligationStatus.DONE_ON_TIME);
        LocalDate late = LocalDate.of(2019, 10, 5);
        assertThat(ObligationStatus.on(LocalDate.of(2019, 10, 2), DUE, "DONE", late)).isEqualTo(ObligationStatus.LATE);
        assertThat(ObligationStatus.on(LocalDate.of(2019, 10, 5), DUE, "DONE", late)).isEqualTo(ObligationStatus.DONE_LATE);
        assertThat(ObligationStatus.DONE_LATE.done()).isTrue();
        assertThat(ObligationStatus.LATE.done()).isFalse();
    }

    @Test
    void anExemptionHoldsWhateverTheDate() {
        assertThat(ObligationStatus.on(DUE.plusYears(1), DUE, "EXEMPT", null)).isEqualTo(ObligationStatus.EXEMPT);
    }
}
