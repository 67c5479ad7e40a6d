package vn.chinhdon.conduct.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the discipline pages, as typed; field names are the facade's, so that its problems mark the right
 * inputs. A decision about a member names the member ({@code memberId}); about an organization, leaves it empty and
 * names the unit.
 */
final class DisciplineForms {

    private DisciplineForms() {
    }

    record RecordForm(Long memberId, String unitCode, String form, String post, String decidingUnitCode,
            String decidingBody, String decisionNumber, @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn,
            @DateTimeFormat(iso = ISO.DATE) LocalDate announcedOn, String violation, Boolean selfDetectedRemedied) {
    }

    record ComplaintForm(@DateTimeFormat(iso = ISO.DATE) LocalDate complainedOn, @NotNull Long version) {
    }

    record ResolutionForm(@DateTimeFormat(iso = ISO.DATE) LocalDate resolvedOn, String outcome, String newForm,
            String resolutionNumber, String note, @NotNull Long version) {
    }
}
