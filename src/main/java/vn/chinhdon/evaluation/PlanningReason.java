package vn.chinhdon.evaluation;

import java.time.LocalDate;

/**
 * One reason a member is not eligible: its kind, the fact in Vietnamese (e.g. "Cảnh cáo — 15-QĐ/UBKTTU"), the date of
 * the fact ({@code from}), the first day it no longer counts ({@code until}; null when it does not end by itself), the
 * record it comes from ({@code sourceId}: the discipline, the evidence entry, the later rating; may be null), and
 * whether the rule applied is confirmed, with its basis.
 */
public record PlanningReason(PlanningReasonKind kind, String fact, LocalDate from, LocalDate until, Long sourceId,
        boolean confirmed, String basis) {
}
