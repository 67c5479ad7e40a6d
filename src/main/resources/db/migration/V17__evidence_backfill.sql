-- The evidence ledger (evidence_entry, V14) for the facts recorded before the evaluation module listened to them, by
-- the rules of its listeners (EvidenceLedger): follow-up tasks, the shortcomings and violations of concluded
-- inspections (and the expressions of degradation they name), substantiated review feedback, commitments checked as
-- not kept or partly kept. An entry that exists already is left as it is.
-- The summary holds 1000 characters: a longer text is cut to 999 and ends with '…' (platform.Inputs.abbreviate).
-- A subject is a member (member_id set) or a unit's collective (member_id null, that unit).

-- Follow-up tasks: open until verified (the date of the verification), due on their deadline; the tasks of an
-- inspection share its id as their group.
insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, group_id, summary, detail, occurred_on,
  due_on, closed_on, created_at)
select nextval('org_seq'), f.owner_member_id, f.owner_unit_id, 'FOLLOW_UP', 'REMEDIATION', f.id,
  case when f.source_kind = 'INSPECTION' then f.source_id end,
  case when length(f.description) <= 1000 then f.description else left(f.description, 999) || '…' end,
  '', f.opened_on, f.deadline,
  case when f.state = 'VERIFIED' then (select max(e.occurred_on) from follow_up_event e
                                       where e.follow_up_id = f.id and e.action = 'VERIFIED') end,
  now()
from follow_up f
order by f.id
on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do nothing;

-- The shortcomings and violations of concluded inspections. The subject: the member personally responsible, else the
-- target (a member, or the unit's collective). A finding is closed when its subject has no follow-up task of the
-- inspection left open: on the last verification, or on the conclusion when there was none.
insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, group_id, summary, detail, occurred_on,
  closed_on, created_at)
select nextval('org_seq'), x.member_id, x.unit_id, 'FINDING', 'INSPECTION', x.id, x.inspection_id, x.summary, x.kind,
  x.concluded_on,
  case when exists (select 1 from follow_up o
                    where o.source_kind = 'INSPECTION' and o.source_id = x.inspection_id and o.state <> 'VERIFIED'
                      and (case when x.member_id is null then o.owner_member_id is null and o.owner_unit_id = x.unit_id
                                else o.owner_member_id = x.member_id end))
       then null
       else coalesce((select max(e.occurred_on) from follow_up o join follow_up_event e on e.follow_up_id = o.id
                      where o.source_kind = 'INSPECTION' and o.source_id = x.inspection_id and e.action = 'VERIFIED'
                        and (case when x.member_id is null then o.owner_member_id is null and o.owner_unit_id = x.unit_id
                                  else o.owner_member_id = x.member_id end)),
                     x.concluded_on) end,
  now()
from (select f.id, f.inspection_id, f.kind, t.unit_id, i.concluded_on,
        case when f.responsibility = 'INDIVIDUAL' and f.responsible_member_id is not null then f.responsible_member_id
             else t.member_id end as member_id,
        case when length('Thông báo kết luận ' || d.number_text || ': ' || f.text) <= 1000
             then 'Thông báo kết luận ' || d.number_text || ': ' || f.text
             else left('Thông báo kết luận ' || d.number_text || ': ' || f.text, 999) || '…' end as summary
      from inspection_finding f
        join inspection i on i.id = f.inspection_id
        join inspection_target t on t.id = f.target_id
        join document d on d.id = i.conclusion_document_id
      where f.kind in ('SHORTCOMING', 'VIOLATION') and i.concluded_on is not null) x
order by x.id
on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do nothing;

-- The expressions of degradation those findings name: never closed.
insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, group_id, summary, detail, occurred_on,
  created_at)
select nextval('org_seq'),
  case when f.responsibility = 'INDIVIDUAL' and f.responsible_member_id is not null then f.responsible_member_id
       else t.member_id end,
  t.unit_id, 'DEGRADATION', 'INSPECTION', f.id, f.inspection_id,
  case when length('Thông báo kết luận ' || d.number_text || ': ' || f.text) <= 1000
       then 'Thông báo kết luận ' || d.number_text || ': ' || f.text
       else left('Thông báo kết luận ' || d.number_text || ': ' || f.text, 999) || '…' end,
  f.degradation_codes, i.concluded_on, now()
from inspection_finding f
  join inspection i on i.id = f.inspection_id
  join inspection_target t on t.id = f.target_id
  join document d on d.id = i.conclusion_document_id
where f.kind in ('SHORTCOMING', 'VIOLATION') and i.concluded_on is not null and f.degradation_codes <> ''
order by f.id
on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do nothing;

-- Substantiated feedback, about the review's subject, on the day it was verified (never its giver).
insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, summary, detail, occurred_on,
  created_at)
select nextval('org_seq'), s.member_id, s.unit_id, 'FEEDBACK', 'REVIEW', f.id,
  case when length(f.text) <= 1000 then f.text else left(f.text, 999) || '…' end,
  f.codes, f.verified_on, now()
from review_feedback f join review_subject s on s.id = f.subject_id
where f.state = 'SUBSTANTIATED'
order by f.id
on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do nothing;

-- Commitments whose last check found them not kept or partly kept: the outcome and the checker's note, in the cell.
insert into evidence_entry (id, member_id, unit_id, kind, source_kind, source_id, summary, detail, occurred_on,
  created_at)
select nextval('org_seq'), c.member_id, c.cell_id, 'COMMITMENT', 'COMMITMENT', c.id,
  case when length(coalesce(c.outcome_note, '')) <= 1000 then coalesce(c.outcome_note, '')
       else left(c.outcome_note, 999) || '…' end,
  c.outcome, c.checked_on, now()
from commitment c
where c.outcome in ('NOT_KEPT', 'PARTLY')
order by c.id
on conflict (kind, source_id, unit_id, coalesce(member_id, 0)) do nothing;
