package vn.chinhdon.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The procedure's order and the named rules, without a database. */
class InspectionRulesTest {

    @Test
    void eachStepHasExactlyOneNextAndTheLastNone() {
        List<InspectionStep> walked = new java.util.ArrayList<>();
        for (InspectionStep s = InspectionStep.PROPOSED; s != null; s = s.next()) {
            walked.add(s);
        }
        assertThat(walked).containsExactly(InspectionStep.values());
        assertThat(InspectionStep.ARCHIVED.next()).isNull();
    }

    @Test
    void theInspectionRunsFromTheKickOffUntilTheDraftReport() {
        assertThat(Arrays.stream(InspectionStep.values()).filter(InspectionStep::running))
                .containsExactly(InspectionStep.KICKED_OFF, InspectionStep.SELF_REPORT_SUBMITTED, InspectionStep.VERIFYING,
                        InspectionStep.DRAFT_REPORT);
        assertThat(Arrays.stream(InspectionStep.values()).filter(InspectionStep::preparing))
                .containsExactly(InspectionStep.PROPOSED);
    }

    @Test
    void delegationOfThreeToFive() {
        assertThat(InspectionRules.delegationSizeAllowed(2)).isFalse();
        assertThat(InspectionRules.delegationSizeAllowed(3)).isTrue();
        assertThat(InspectionRules.delegationSizeAllowed(5)).isTrue();
        assertThat(InspectionRules.delegationSizeAllowed(6)).isFalse();
        assertThat(InspectionRules.single(DelegateRole.HEAD)).isTrue();
        assertThat(InspectionRules.single(DelegateRole.DEPUTY)).isTrue();
        assertThat(InspectionRules.single(DelegateRole.SECRETARY)).isTrue();
        assertThat(InspectionRules.single(DelegateRole.MEMBER)).isFalse();
    }

    @Test
    void thePeriodInspectedStartsAtMostFiveYearsBeforeTheProposal() {
        assertThat(InspectionRules.earliestPeriodStart(LocalDate.of(2019, 2, 20))).isEqualTo(LocalDate.of(2014, 2, 20));
        assertThat(InspectionRules.earliestPeriodStart(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2019, 2, 28));
    }

    @Test
    void degradationCodesAreCleanedAndCheckedAgainstTheCatalogueShape() {
        assertThat(InspectionRules.codes(Arrays.asList(" g2.3", "G1.1", "G2.3", "", null))).containsExactly("G1.1", "G2.3");
        assertThat(InspectionRules.codes(null)).isEmpty();
        assertThat(List.of("G1.1", "G3.9")).allMatch(c -> InspectionRules.DEGRADATION_CODE.matcher(c).matches());
        assertThat(List.of("G4.1", "G1.0", "G1.10", "1.1", "G11")).noneMatch(c -> InspectionRules.DEGRADATION_CODE.matcher(c).matches());
    }

    @Test
    void theLargestExtensionIsAThirdOfTheLimit() {
        assertThat(new TimeLimit("PROVINCIAL", 45, false, 3, true, "331-QĐ/TW", 0).maxExtension()).isEqualTo(15);
        assertThat(new TimeLimit("CENTRAL", 60, false, 3, true, "331-QĐ/TW", 0).maxExtension()).isEqualTo(20);
        assertThat(new TimeLimit("DIRECTLY_UNDER", 20, false, 3, true, "331-QĐ/TW", 0).maxExtension()).isEqualTo(6);
    }
}
