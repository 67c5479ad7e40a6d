package vn.chinhdon.remediation;

/**
 * What created a follow-up task, as the creating module names it: its kind, its id there, and a label people
 * read ("Thông báo kết luận số 12-TB/UBKTTU, yêu cầu 2").
 */
public record Source(SourceKind kind, Long id, String label) {
}
