-- Inspection and supervision (kiểm tra, giám sát): yearly programs, inspections with their targets, content
-- documents, delegation, the enforced procedure (each step dated and attributed), the delegation's diary,
-- findings, recommendations of the inspected (kiến nghị) and the requirements of the conclusion, each of which
-- becomes a follow-up task (remediation).

-- Time limits by the level of the issuing unit (331-QĐ/TW, 2025: Trung ương 60, tỉnh 45, cấp trực tiếp cơ sở 20
-- days; one extension of at most a third). Whether the days are working days was not confirmed: reference data.
create table inspection_time_limit (
    unit_kind         varchar(24)  primary key,
    days              int          not null,
    working_days      boolean      not null,
    extension_divisor int          not null default 3, -- an extension of at most days / divisor
    confirmed         boolean      not null,
    basis             varchar(300) not null,
    version           bigint       not null default 0,
    constraint inspection_time_limit_days check (days between 1 and 365),
    constraint inspection_time_limit_divisor check (extension_divisor between 1 and 10)
);
insert into inspection_time_limit (unit_kind, days, working_days, confirmed, basis) values
 ('CENTRAL', 60, false, true, 'Quyết định 331-QĐ/TW ngày 18/6/2025: Trung ương không quá 60 ngày'),
 ('PROVINCIAL', 45, false, true, 'Quyết định 331-QĐ/TW ngày 18/6/2025: cấp tỉnh không quá 45 ngày'),
 ('DIRECTLY_UNDER', 20, false, true, 'Quyết định 331-QĐ/TW ngày 18/6/2025: cấp trực tiếp cơ sở không quá 20 ngày'),
 ('GRASSROOTS_COMMITTEE', 20, false, false, 'Chưa xác minh: áp dụng như cấp trực tiếp cơ sở'),
 ('PARTIAL_COMMITTEE', 20, false, false, 'Chưa xác minh: áp dụng như cấp trực tiếp cơ sở'),
 ('GRASSROOTS_CELL', 20, false, false, 'Chưa xác minh: áp dụng như cấp trực tiếp cơ sở'),
 ('SUBORDINATE_CELL', 20, false, false, 'Chưa xác minh: áp dụng như cấp trực tiếp cơ sở');

create table inspection_program (
    id          bigint primary key,
    unit_id     bigint        not null references org_unit (id),
    body        varchar(16)   not null, -- COMMITTEE (cấp ủy, ban thường vụ), COMMISSION (ủy ban kiểm tra)
    year        int           not null,
    title       varchar(500)  not null,
    document_id bigint        references document (id),
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    constraint inspection_program_once unique (unit_id, body, year),
    constraint inspection_program_body check (body in ('COMMITTEE', 'COMMISSION'))
);

create table inspection (
    id                     bigint primary key,
    program_id             bigint        references inspection_program (id),
    unit_id                bigint        not null references org_unit (id), -- the issuing unit
    body                   varchar(16)   not null,
    kind                   varchar(32)   not null,
    title                  varchar(500)  not null,
    period_from            date          not null, -- the period inspected (at most the last 5 years)
    period_to              date          not null,
    plan_text              varchar(8000),
    proposed_on            date          not null, -- names of units are shown as they stood on this date
    step                   varchar(24)   not null default 'PROPOSED',
    step_on                date          not null, -- the date of the current step
    decision_document_id   bigint        references document (id),
    delegation_approval    varchar(1000), -- a recorded approval for a delegation of more than 5 (or fewer than 3)
    limit_days             int, -- copied from the reference data at the kick-off
    limit_working          boolean,
    limit_max_extension    int, -- the largest extension in days, by the reference data at the kick-off
    started_on             date,
    due_on                 date,
    extension_days         int,
    extension_reason       varchar(1000),
    extended_on            date,
    self_report            varchar(16000),
    draft_report           varchar(16000),
    concluded_on           date,
    conclusion_document_id bigint        references document (id),
    conclusion_summary     varchar(16000),
    archive_due_on         date,
    archived_on            date,
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    constraint inspection_body check (body in ('COMMITTEE', 'COMMISSION')),
    constraint inspection_step check (step in ('PROPOSED', 'DECIDED', 'KICKED_OFF', 'SELF_REPORT_SUBMITTED',
        'VERIFYING', 'DRAFT_REPORT', 'CONCLUDED', 'FOLLOW_UP', 'ARCHIVED')),
    constraint inspection_period check (period_from <= period_to)
);
create index inspection_unit on inspection (unit_id, step);
create index inspection_program_idx on inspection (program_id);
create index inspection_running on inspection (id)
    where step in ('KICKED_OFF', 'SELF_REPORT_SUBMITTED', 'VERIFYING', 'DRAFT_REPORT');

-- A target: a unit, or a member (member_id set; unit_id is the member's unit when the target was added).
create table inspection_target (
    id            bigint primary key,
    inspection_id bigint not null references inspection (id),
    unit_id       bigint not null references org_unit (id),
    member_id     bigint references member (id)
);
create unique index inspection_target_once on inspection_target (inspection_id, unit_id, coalesce(member_id, 0));
create index inspection_target_unit on inspection_target (unit_id);

create table inspection_document (
    inspection_id bigint not null references inspection (id),
    document_id   bigint not null references document (id),
    primary key (inspection_id, document_id)
);

create table inspection_delegate (
    id             bigint primary key,
    inspection_id  bigint        not null references inspection (id),
    member_id      bigint        not null references member (id),
    role           varchar(16)   not null, -- HEAD, DEPUTY, MEMBER, SECRETARY
    conflict       varchar(1000), -- declared or found (belongs to a target), null when none
    approval       varchar(1000), -- recorded approval despite the conflict
    approved_by    varchar(100),
    added_at       timestamptz   not null,
    added_by       varchar(100)  not null,
    constraint inspection_delegate_once unique (inspection_id, member_id),
    constraint inspection_delegate_role check (role in ('HEAD', 'DEPUTY', 'MEMBER', 'SECRETARY')),
    constraint inspection_delegate_conflict check (conflict is null or approval is not null)
);
create index inspection_delegate_member on inspection_delegate (member_id);

-- The procedure: every step taken, dated (Vietnam's date) and attributed.
create table inspection_step (
    id            bigint primary key,
    inspection_id bigint        not null references inspection (id),
    step          varchar(24)   not null,
    occurred_on   date          not null,
    occurred_at   timestamptz   not null,
    actor         varchar(100)  not null,
    actor_name    varchar(200)  not null,
    note          varchar(8000)
);
create index inspection_step_of on inspection_step (inspection_id, id);

create table inspection_diary (
    id            bigint primary key,
    inspection_id bigint        not null references inspection (id),
    entry_on      date          not null,
    text          varchar(8000) not null,
    author        varchar(100)  not null,
    author_name   varchar(200)  not null,
    created_at    timestamptz   not null
);
create index inspection_diary_of on inspection_diary (inspection_id, entry_on, id);

create table inspection_finding (
    id                    bigint primary key,
    inspection_id         bigint        not null references inspection (id),
    target_id             bigint        not null references inspection_target (id),
    kind                  varchar(16)   not null, -- STRENGTH, SHORTCOMING, VIOLATION
    text                  varchar(8000) not null,
    cause_kind            varchar(16), -- SUBJECTIVE, OBJECTIVE
    cause                 varchar(4000),
    responsibility        varchar(16), -- COLLECTIVE, INDIVIDUAL
    responsible_member_id bigint        references member (id),
    degradation_codes     varchar(200)  not null default '', -- G1.1 … G3.9, comma-separated
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    constraint inspection_finding_kind check (kind in ('STRENGTH', 'SHORTCOMING', 'VIOLATION')),
    constraint inspection_finding_cause check (cause_kind is null or cause_kind in ('SUBJECTIVE', 'OBJECTIVE')),
    constraint inspection_finding_resp check (responsibility is null or responsibility in ('COLLECTIVE', 'INDIVIDUAL'))
);
create index inspection_finding_of on inspection_finding (inspection_id, target_id);

-- Recommendations the inspected unit makes to higher levels (kiến nghị), tracked until answered.
create table inspection_recommendation (
    id            bigint primary key,
    inspection_id bigint        not null references inspection (id),
    target_id     bigint        not null references inspection_target (id),
    to_unit_id    bigint        not null references org_unit (id),
    text          varchar(4000) not null,
    made_on       date          not null,
    answer        varchar(8000),
    answered_on   date,
    answered_by   varchar(100),
    version       bigint        not null default 0,
    created_by    varchar(100)  not null,
    constraint inspection_recommendation_answer check ((answer is null) = (answered_on is null))
);
create index inspection_recommendation_of on inspection_recommendation (inspection_id);
create index inspection_recommendation_open on inspection_recommendation (to_unit_id) where answered_on is null;

-- The requirements of the conclusion notice; each is a follow-up task of its target.
create table inspection_requirement (
    id            bigint primary key,
    inspection_id bigint        not null references inspection (id),
    target_id     bigint        not null references inspection_target (id),
    text          varchar(4000) not null,
    deadline      date          not null,
    follow_up_id  bigint        not null references follow_up (id)
);
create index inspection_requirement_of on inspection_requirement (inspection_id);
