package vn.chinhdon.conduct.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the conduct pages, as typed. Field names are the facade's, so that its problems mark the right
 * inputs; codes come from checkboxes (a list) or, in a plan's rows, typed as "G1.3, G1.4"; a commitment's actions
 * one per line.
 */
final class ConductForms {

    private ConductForms() {
    }

    record IdentifyForm(String unitCode, Integer year, List<String> codes, String wording, String evidence,
            String sourceKind, String sourceReference, @DateTimeFormat(iso = ISO.DATE) LocalDate identifiedOn,
            String identifiedBy) {
    }

    /** A plan with a fixed number of item rows; empty rows are left out. {@code headMemberId}: empty for the committee. */
    record PlanForm(String unitCode, Long headMemberId, Integer year, String title,
            @DateTimeFormat(iso = ISO.DATE) LocalDate adoptedOn, String documentNumber, List<ItemRow> items) {
    }

    record ItemRow(String text, String codes, @DateTimeFormat(iso = ISO.DATE) LocalDate deadline) {

        boolean empty() {
            return (text == null || text.isBlank()) && (codes == null || codes.isBlank()) && deadline == null;
        }
    }

    record AcceptForm(@DateTimeFormat(iso = ISO.DATE) LocalDate acceptedOn, @NotNull Long version) {
    }

    record CommitmentForm(Long memberId, String cellCode, Integer year, List<String> codes, String actions,
            @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn, @DateTimeFormat(iso = ISO.DATE) LocalDate dueBy) {

        /** The actions, one per line, empty lines left out. */
        List<String> actionLines() {
            List<String> out = new ArrayList<>();
            if (actions != null) {
                for (String line : actions.split("\\R")) {
                    String a = line.replaceFirst("^\\s*[-–•+*]\\s*", "").trim();
                    if (!a.isEmpty()) {
                        out.add(a);
                    }
                }
            }
            return out;
        }
    }

    record CheckForm(String outcome, String note, @DateTimeFormat(iso = ISO.DATE) LocalDate checkedOn,
            @NotNull Long version) {
    }
}
