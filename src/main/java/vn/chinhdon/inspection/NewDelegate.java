package vn.chinhdon.inspection;

/**
 * A person joining a delegation: the member, their role, a conflict of interest they declare (e.g. kinship
 * with a target; null when none) and, when there is a conflict (declared or found), the approval that lets
 * them serve nonetheless.
 */
public record NewDelegate(Long memberId, String role, String conflict, String approval) {
}
