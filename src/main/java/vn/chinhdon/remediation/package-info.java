/**
 * Follow-up tasks (khắc phục): what an inspection's conclusion, a review, a petition or a commitment requires
 * a unit (or one of its members) to remedy by a deadline, with the evidence, its verification by the verifier
 * unit, reminders before the deadline and escalation to the owner's superior when late. Other modules create
 * tasks through {@link vn.chinhdon.remediation.FollowUpManagement#open} with a {@link vn.chinhdon.remediation.Source}
 * naming what created them.
 */
package vn.chinhdon.remediation;
