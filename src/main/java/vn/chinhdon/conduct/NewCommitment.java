package vn.chinhdon.conduct;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's commitment (bản cam kết) with their cell for a year: the expressions it addresses (codes, may be none:
 * "not to let any expression arise"), the concrete actions (one per line, at least one), when it was signed
 * ({@code signedOn}, default today) and by when it is to be kept ({@code dueBy}, default the year's end);
 * {@code year}: default the year signed.
 */
public record NewCommitment(Long memberId, String cellCode, Integer year, List<String> codes, List<String> actions,
        LocalDate signedOn, LocalDate dueBy) {
}
