/**
 * Inspection and supervision (kiểm tra, giám sát): yearly programs of a committee or its inspection commission;
 * inspections and supervisions with their kind, issuing unit, establishing decision, targets, content documents
 * and period; the delegation with declared conflicts of interest; the procedure, enforced step by step with its
 * time limits on the Vietnamese working-day calendar; the delegation's diary; findings; recommendations of the
 * inspected; the conclusion notice, each of whose requirements becomes a follow-up task
 * ({@link vn.chinhdon.remediation.FollowUpManagement}).
 */
package vn.chinhdon.inspection;
