-- Party discipline (kỷ luật, Quy định 69-QĐ/TW ngày 06/7/2022): a decision about a member (khiển trách, cảnh cáo,
-- cách chức, khai trừ; a probationary member only the first two) or about a party organization (khiển trách, cảnh cáo,
-- giải tán), taken by a unit at or above the subject's unit; a complaint against it and its resolution; and when it
-- stops being in force (decision 0019).

create table discipline (
    id                bigint primary key,
    member_id         bigint        references member (id), -- null: the organization unit_id is the subject
    unit_id           bigint        not null references org_unit (id), -- the organization, or the member's unit on decided_on
    form              varchar(12)   not null, -- in force now (a complaint may have changed it)
    original_form     varchar(12)   not null, -- as decided
    post              varchar(300), -- the post the member held (cách chức removes them from it)
    deciding_unit_id  bigint        not null references org_unit (id), -- the subject's unit or a unit above it
    deciding_body     varchar(300)  not null, -- e.g. Ủy ban Kiểm tra Tỉnh ủy
    decision_number   varchar(60)   not null, -- e.g. 15-QĐ/UBKTTU
    decided_on        date          not null,
    announced_on      date          not null,
    violation         varchar(4000) not null,
    self_remedied     boolean       not null default false, -- self-detected and remedied (the exception of the caps)
    complained_on     date,
    resolved_on       date,
    resolution        varchar(10), -- UPHELD, CHANGED, ANNULLED
    resolution_number varchar(60),
    resolution_note   varchar(2000),
    -- computed by the policy DisciplineLapse whenever the subject's decisions change: the lapse date, or the
    -- annulment date; null while it has none (expulsion, dissolution, a new discipline within 12 months, a complaint
    -- not yet resolved). lapse is the reason: LAPSES, NEVER, NEW_DISCIPLINE, COMPLAINT_PENDING, ANNULLED.
    ends_on           date,
    lapse             varchar(20)   not null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    created_by_name   varchar(200)  not null,
    constraint discipline_form check (form in ('REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION', 'DISSOLUTION')
        and original_form in ('REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION', 'DISSOLUTION')),
    constraint discipline_subject_form check (
        (member_id is null and form in ('REPRIMAND', 'WARNING', 'DISSOLUTION')
            and original_form in ('REPRIMAND', 'WARNING', 'DISSOLUTION'))
        or (member_id is not null and form in ('REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION')
            and original_form in ('REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION'))),
    constraint discipline_dismissal_post check (original_form <> 'DISMISSAL' or post is not null),
    constraint discipline_announced check (announced_on >= decided_on),
    constraint discipline_complaint check (complained_on is null or complained_on >= announced_on),
    constraint discipline_resolved check ((resolved_on is null) = (resolution is null)
        and (resolved_on is null or (complained_on is not null and resolved_on >= complained_on))),
    constraint discipline_resolution check (resolution is null or resolution in ('UPHELD', 'CHANGED', 'ANNULLED')),
    constraint discipline_lapse check (lapse in ('LAPSES', 'NEVER', 'NEW_DISCIPLINE', 'COMPLAINT_PENDING', 'ANNULLED')
        and ((ends_on is not null) = (lapse in ('LAPSES', 'ANNULLED'))))
);
create index discipline_member on discipline (member_id, decided_on) where member_id is not null;
create index discipline_unit on discipline (unit_id, decided_on);
create index discipline_decided on discipline (decided_on);
