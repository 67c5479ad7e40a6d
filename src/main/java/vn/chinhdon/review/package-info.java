/**
 * Self-criticism reviews (kiểm điểm tự phê bình và phê bình): rounds opened by a unit over its subtree for a
 * period; the review of each collective and of each member, in the order the rules require; suggestions of the
 * superior; feedback whose giver stays confidential, verified before anything is made of it; explanations and
 * acceptances, and the remedy plans of the sessions, as follow-up tasks
 * ({@link vn.chinhdon.remediation.FollowUpManagement}); each review shown beside the same subject's previous one.
 */
package vn.chinhdon.review;
