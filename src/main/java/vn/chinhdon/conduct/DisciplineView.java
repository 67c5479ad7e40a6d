package vn.chinhdon.conduct;

import java.time.LocalDate;

/**
 * A discipline decision: the subject (a member with the unit they belonged to on the decision date, or the
 * organization when {@code memberId} is null), the form in force and as decided, the post (cách chức), who decided
 * and when, the violation, the complaint and its resolution, when its effect ends ({@code lapse}, {@code endsOn}) and
 * its status today; {@code canManage}: the caller may record the complaint and its resolution.
 */
public record DisciplineView(long id, Long memberId, String memberName, String unitCode, String unitName,
        DisciplineForm form, DisciplineForm originalForm, String post, String decidingUnitCode, String decidingUnitName,
        String decidingBody, String decisionNumber, LocalDate decidedOn, LocalDate announcedOn, String violation,
        boolean selfDetectedRemedied, LocalDate complainedOn, LocalDate resolvedOn, ComplaintOutcome resolution,
        String resolutionNumber, String resolutionNote, DisciplineLapse.Kind lapse, LocalDate endsOn,
        DisciplineStatus status, String recordedByName, boolean canManage, long version) {

    /** "Cảnh cáo — 15-QĐ/UBKTTU". */
    public String summary() {
        return form.label() + " — " + decisionNumber;
    }

    public boolean ofMember() {
        return memberId != null;
    }
}
