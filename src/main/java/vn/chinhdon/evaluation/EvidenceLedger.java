package vn.chinhdon.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chinhdon.conduct.CommitmentBroken;
import vn.chinhdon.conduct.CommitmentKept;
import vn.chinhdon.conduct.DisciplineRecorded;
import vn.chinhdon.inspection.InspectionConcluded;
import vn.chinhdon.platform.Inputs;
import vn.chinhdon.remediation.FollowUpOpened;
import vn.chinhdon.remediation.FollowUpVerified;
import vn.chinhdon.remediation.SourceKind;
import vn.chinhdon.review.FeedbackSubstantiated;

/**
 * The evidence ledger ({@code evidence_entry}, V14): what the other modules established about a member or a unit's
 * collective, written by plain listeners in the transaction of the fact (a failed use case records nothing). Each
 * entry is unique per kind, source record and subject, so a repeated event adds nothing. V17 fills the ledger with the
 * facts recorded before it existed, by the same rules.
 *
 * <p>A subject is a member ({@code member_id} set, whatever unit the fact was recorded in) or a unit's collective
 * ({@code member_id} null, that unit). A finding stays open while its subject has an open follow-up task of the same
 * inspection ({@code group_id}); the verification of the last one closes it.
 */
@Component
class EvidenceLedger {

    static final int MAX_SUMMARY = 1000;

    /** Whether the entry {@code b} has the same subject as {@code a} (two aliases of evidence_entry). */
    static String sameSubject(String a, String b) {
        return ("(case when %1$s.member_id is null then %2$s.member_id is null and %2$s.unit_id = %1$s.unit_id"
                + " else %2$s.member_id = %1$s.member_id end)").formatted(a, b);
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- remediation ----

    /** A task opened: a FOLLOW_UP entry of its owner, open until verified; an inspection's tasks share its group. */
    @EventListener
    void on(FollowUpOpened e) {
        Long group = SourceKind.INSPECTION.name().equals(e.sourceKind()) ? e.sourceId() : null;
        insert(EvidenceKind.FOLLOW_UP, "REMEDIATION", e.followUpId(), group, e.ownerUnitId(), e.ownerMemberId(),
                e.description(), "", e.openedOn(), e.deadline());
    }

    /**
     * A task verified: its entry closes; then the findings of the same inspection about the same subject close when no
     * task of that inspection is left open for the subject.
     */
    @EventListener
    void on(FollowUpVerified e) {
        record Closed(Long groupId, long unitId, Long memberId) {
        }
        List<Closed> closed = jdbc.sql("""
                update evidence_entry set closed_on = ? where kind = 'FOLLOW_UP' and source_id = ? and closed_on is null
                returning group_id, unit_id, member_id""")
                .params(e.verifiedOn(), e.followUpId())
                .query((rs, i) -> new Closed((Long) rs.getObject(1), rs.getLong(2), (Long) rs.getObject(3)))
                .list();
        for (Closed c : closed) {
            if (c.groupId() == null) {
                continue;
            }
            jdbc.sql("""
                    with t as (select cast(? as bigint) as unit_id, cast(? as bigint) as member_id)
                    update evidence_entry f set closed_on = ?
                    from t
                    where f.kind = 'FINDING' and f.group_id = ? and f.closed_on is null and %s
                      and not exists (select 1 from evidence_entry o where o.kind = 'FOLLOW_UP' and o.group_id = f.group_id
                                      and o.closed_on is null and %s)"""
                    .formatted(sameSubject("t", "f"), sameSubject("f", "o")))
                    .params(c.unitId(), c.memberId(), e.verifiedOn(), c.groupId())
                    .update();
        }
    }

    // ---- inspection ----

    /**
     * An inspection concluded: a FINDING entry per shortcoming or violation (closed at once when its subject has no
     * follow-up task of the inspection open), and a DEGRADATION entry when it names expressions of degradation.
     */
    @EventListener
    void on(InspectionConcluded e) {
        for (InspectionConcluded.Finding f : e.findings()) {
            String summary = e.label() == null || e.label().isBlank() ? f.text() : e.label() + ": " + f.text();
            jdbc.sql("""
                    insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, group_id, summary,
                      detail, occurred_on, closed_on, created_at)
                    select nextval('org_seq'), t.member_id, t.unit_id, 'FINDING', 'INSPECTION', ?, ?, ?, ?, t.occurred_on,
                      case when exists (select 1 from evidence_entry o where o.kind = 'FOLLOW_UP' and o.group_id = ?
                                        and o.closed_on is null and %s)
                           then null else t.occurred_on end, ?
                    from (select cast(? as bigint) as unit_id, cast(? as bigint) as member_id,
                            cast(? as date) as occurred_on) t
                    on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do nothing"""
                    .formatted(sameSubject("t", "o")))
                    .params(f.findingId(), e.inspectionId(), Inputs.abbreviate(summary, MAX_SUMMARY), f.kind(),
                            e.inspectionId(), OffsetDateTime.now(clock), f.unitId(), f.memberId(), e.concludedOn())
                    .update();
            if (f.codes() != null && !f.codes().isBlank()) {
                insert(EvidenceKind.DEGRADATION, "INSPECTION", f.findingId(), e.inspectionId(), f.unitId(), f.memberId(),
                        summary, f.codes(), e.concludedOn(), null);
            }
        }
    }

    // ---- review ----

    /** Substantiated feedback: a FEEDBACK entry of the review's subject (the giver is not in the event). */
    @EventListener
    void on(FeedbackSubstantiated e) {
        insert(EvidenceKind.FEEDBACK, "REVIEW", e.feedbackId(), null, e.unitId(), e.memberId(), e.text(),
                e.codes() == null ? "" : e.codes(), e.verifiedOn(), null);
    }

    // ---- conduct ----

    /** A commitment not kept or partly kept: its COMMITMENT entry, replaced by a later check. */
    @EventListener
    void on(CommitmentBroken e) {
        jdbc.sql("""
                insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, summary, detail,
                  occurred_on, created_at)
                values (nextval('org_seq'), ?, ?, 'COMMITMENT', 'COMMITMENT', ?, ?, ?, ?, ?)
                on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do update
                  set summary = excluded.summary, detail = excluded.detail, occurred_on = excluded.occurred_on""")
                .params(e.memberId(), e.cellId(), e.commitmentId(),
                        Inputs.abbreviate(e.summary() == null ? "" : e.summary(), MAX_SUMMARY),
                        e.outcome(), e.checkedOn(), OffsetDateTime.now(clock))
                .update();
    }

    /** A commitment checked again and found kept: it is no longer evidence against the member. */
    @EventListener
    void on(CommitmentKept e) {
        jdbc.sql("delete from evidence_entry where kind = 'COMMITMENT' and source_id = ?").param(e.commitmentId()).update();
    }

    // ---- discipline ----

    /**
     * A discipline decided, or its end or form changed: its DISCIPLINE entry (the form as detail, self-detected and
     * remedied kept for the caps' exception), closed when its effect ends; an annulled decision is no evidence.
     */
    @EventListener
    void on(DisciplineRecorded e) {
        if (e.annulled()) {
            jdbc.sql("delete from evidence_entry where kind = 'DISCIPLINE' and source_id = ?").param(e.disciplineId())
                    .update();
            return;
        }
        jdbc.sql("""
                insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, summary, detail,
                  occurred_on, closed_on, self_remedied, created_at)
                values (nextval('org_seq'), ?, ?, 'DISCIPLINE', 'DISCIPLINE', ?, ?, ?, ?, ?, ?, ?)
                on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do update
                  set summary = excluded.summary, detail = excluded.detail, closed_on = excluded.closed_on,
                      self_remedied = excluded.self_remedied""")
                .params(e.memberId(), e.unitId(), e.disciplineId(), Inputs.abbreviate(e.summary(), MAX_SUMMARY),
                        e.form(), e.decidedOn(), e.endsOn(), e.selfDetectedRemedied(), OffsetDateTime.now(clock))
                .update();
    }

    private void insert(EvidenceKind kind, String sourceKind, long sourceId, Long groupId, long unitId, Long memberId,
            String summary, String detail, LocalDate occurredOn, LocalDate dueOn) {
        jdbc.sql("""
                insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, group_id, summary, detail,
                  occurred_on, due_on, created_at)
                values (nextval('org_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do nothing""")
                .params(memberId, unitId, kind.name(), sourceKind, sourceId, groupId,
                        Inputs.abbreviate(summary, MAX_SUMMARY), detail, occurredOn, dueOn, OffsetDateTime.now(clock))
                .update();
    }
}
