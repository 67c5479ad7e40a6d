-- Implementation campaigns: a unit requires its subordinate units (down to a depth) to deliver a plan, a
-- dissemination conference or a report by a date; one obligation per unit. Conferences with attendance.
-- Scheduled jobs record their runs so that a daily job runs once even with several nodes.

create table conference (
    id            bigint primary key,
    unit_id       bigint        not null references org_unit (id),
    held_on       date          not null,
    format        varchar(16)   not null, -- IN_PERSON, ONLINE
    title         varchar(500)  not null,
    membership    int           not null, -- members of the unit's subtree on that date
    attendees     int           not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    constraint conference_attendance_range check (attendees >= 0)
);
create index conference_unit on conference (unit_id, held_on);

create table conference_document (
    conference_id bigint not null references conference (id),
    document_id   bigint not null references document (id),
    constraint conference_document_pk primary key (conference_id, document_id)
);
create index conference_document_document on conference_document (document_id);

create table campaign (
    id                   bigint primary key,
    title                varchar(500) not null,
    source_document_id   bigint       not null references document (id),
    requiring_unit_id    bigint       not null references org_unit (id),
    depth                int          not null,
    deliverable          varchar(16)  not null, -- PLAN, CONFERENCE, REPORT
    due_on               date         not null,
    opened_on            date         not null,
    remind_days          int          not null default 7,
    parent_obligation_id bigint,
    version              bigint       not null default 0,
    created_at           timestamptz  not null,
    created_by           varchar(100) not null,
    constraint campaign_depth check (depth between 1 and 10)
);
create index campaign_requiring on campaign (requiring_unit_id);
create index campaign_source on campaign (source_document_id);

create table obligation (
    id                     bigint primary key,
    campaign_id            bigint       not null references campaign (id),
    unit_id                bigint       not null references org_unit (id),
    due_on                 date         not null,
    state                  varchar(16)  not null default 'OPEN', -- OPEN, DONE, EXEMPT
    fulfilled_on           date,
    evidence_document_id   bigint references document (id),
    evidence_conference_id bigint references conference (id),
    evidence_note          varchar(1000),
    exempt_reason          varchar(1000),
    version                bigint       not null default 0,
    updated_at             timestamptz,
    updated_by             varchar(100),
    constraint obligation_unique unique (campaign_id, unit_id)
);
create index obligation_unit on obligation (unit_id);
create index obligation_open_due on obligation (due_on) where state = 'OPEN';
alter table campaign add constraint campaign_parent_obligation foreign key (parent_obligation_id) references obligation (id);

-- Reminders before the due date and the list of what became late, per unit.
create table notification (
    id            bigint primary key,
    unit_id       bigint       not null references org_unit (id),
    kind          varchar(16)  not null, -- REMINDER, LATE
    obligation_id bigint       not null references obligation (id),
    due_on        date         not null,
    created_on    date         not null,
    constraint notification_once unique (obligation_id, kind)
);
create index notification_unit on notification (unit_id, created_on);

create table job_run (
    job         varchar(60)  not null,
    run_key     varchar(60)  not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    result      varchar(500),
    constraint job_run_pk primary key (job, run_key)
);
