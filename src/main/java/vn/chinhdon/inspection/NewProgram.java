package vn.chinhdon.inspection;

/** A yearly program of inspection and supervision of a unit's committee or inspection commission. */
public record NewProgram(String unitCode, String body, Integer year, String title, Long documentId) {
}
