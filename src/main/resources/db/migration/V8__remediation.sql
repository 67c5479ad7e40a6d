-- Follow-up tasks (khắc phục): created by other modules (an inspection's conclusion, a review, a petition,
-- a commitment) with a reference to their source; owned by a unit (or a member of it), checked by a verifier
-- unit. States: OPEN → SUBMITTED → VERIFIED, or SUBMITTED → SENT_BACK → SUBMITTED; late is derived (past the
-- deadline and not verified). Every transition is a dated, attributed event; state on any date is the
-- last event's state on that date.

create table follow_up (
    id               bigint primary key,
    source_kind      varchar(20)   not null, -- INSPECTION, REVIEW, PETITION, COMMITMENT, EVALUATION
    source_id        bigint        not null,
    source_label     varchar(300)  not null,
    owner_unit_id    bigint        not null references org_unit (id),
    owner_member_id  bigint        references member (id),
    verifier_unit_id bigint        not null references org_unit (id),
    description      varchar(4000) not null,
    opened_on        date          not null,
    deadline         date          not null,
    remind_days      int           not null default 5, -- working days before the deadline
    state            varchar(16)   not null default 'OPEN',
    evidence_text    varchar(8000),
    submitted_by     varchar(100),
    round            int           not null default 1, -- the submission being prepared or checked
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    constraint follow_up_state check (state in ('OPEN', 'SUBMITTED', 'SENT_BACK', 'VERIFIED')),
    constraint follow_up_deadline check (deadline >= opened_on),
    constraint follow_up_remind check (remind_days between 0 and 60)
);
create index follow_up_owner on follow_up (owner_unit_id, deadline);
create index follow_up_verifier on follow_up (verifier_unit_id, deadline);
create index follow_up_unverified on follow_up (deadline) where state <> 'VERIFIED';
create index follow_up_source on follow_up (source_kind, source_id);

create table follow_up_event (
    id           bigint primary key,
    follow_up_id bigint        not null references follow_up (id),
    action       varchar(16)   not null, -- OPENED, SUBMITTED, SENT_BACK, VERIFIED
    state        varchar(16)   not null, -- the state it led to
    occurred_on  date          not null, -- in Vietnam's time zone (the opening: the task's opened_on)
    occurred_at  timestamptz   not null,
    actor        varchar(100)  not null,
    actor_name   varchar(200)  not null,
    note         varchar(8000)
);
create index follow_up_event_task on follow_up_event (follow_up_id, occurred_on, id);

create table follow_up_file (
    id           bigint primary key,
    follow_up_id bigint        not null references follow_up (id),
    round        int           not null,
    filename     varchar(300)  not null,
    content_type varchar(100)  not null,
    size_bytes   int           not null,
    content      bytea         not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null
);
create index follow_up_file_task on follow_up_file (follow_up_id);

-- Reminders before the deadline (to the owner unit) and escalations when late (to the owner's superior),
-- once per task and kind.
create table follow_up_notice (
    id           bigint primary key,
    follow_up_id bigint       not null references follow_up (id),
    kind         varchar(16)  not null, -- REMINDER, ESCALATION
    unit_id      bigint       not null references org_unit (id),
    deadline     date         not null,
    created_on   date         not null,
    constraint follow_up_notice_once unique (follow_up_id, kind)
);
create index follow_up_notice_unit on follow_up_notice (unit_id, created_on);
