package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;

/**
 * The yearly remedy plan of a unit's committee, or of its head ({@code headMemberId}: the member heading the unit
 * on {@code adoptedOn}), against the expressions identified: a title, the plan's document number (optional), its
 * date ({@code adoptedOn}, default today) and items, each with the codes it remedies and a deadline.
 */
public record NewRemedyPlan(String unitCode, Long headMemberId, Integer year, String title, LocalDate adoptedOn,
        String documentNumber, List<Item> items) {

    public record Item(String text, List<String> codes, LocalDate deadline) {
    }
}
