package vn.chinhdon.evaluation;

import java.time.LocalDate;

/**
 * Opening a rating season: the unit whose subtree is rated (down to {@code depth} levels, default all), the year, and
 * the quarter 1–3 when the rule set in force rates quarters (null: the year).
 */
public record NewSeason(String unitCode, String title, Integer year, Integer quarter, LocalDate openedOn,
        LocalDate deadline, Integer depth) {
}
