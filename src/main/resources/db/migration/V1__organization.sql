-- Organization: units with validity intervals, their states over time (name, parent, kind, path),
-- lineage from restructurings, members and their cell history, committees, users, grants, audit.
-- Intervals are half-open: [valid_from, valid_to); valid_to null = still valid.

create extension if not exists pg_trgm;

create sequence org_seq start with 1000 increment by 50;

create table restructuring (
    id              bigint primary key,
    effective_date  date         not null,
    decision        varchar(100) not null,
    description     varchar(1000),
    operation_count int          not null,
    applied_at      timestamptz  not null,
    applied_by      varchar(100) not null
);

create table org_unit (
    id                 bigint primary key,
    code               varchar(64) not null,
    valid_from         date        not null,
    valid_to           date,
    created_by         bigint references restructuring (id),
    ended_by           bigint references restructuring (id),
    version            bigint      not null default 0,
    constraint org_unit_code_unique unique (code),
    constraint org_unit_interval check (valid_to is null or valid_to > valid_from)
);

-- The attributes that change over time. One row per period; the periods of a unit do not overlap.
create table org_unit_state (
    id          bigint primary key,
    unit_id     bigint       not null references org_unit (id),
    valid_from  date         not null,
    valid_to    date,
    name        varchar(300) not null,
    name_folded varchar(300) not null,
    kind        varchar(32)  not null,
    parent_id   bigint references org_unit (id),
    path        varchar(2000) not null, -- '/<root id>/.../<own id>/'
    depth       int          not null,
    constraint org_unit_state_interval check (valid_to is null or valid_to > valid_from)
);
create index org_unit_state_unit on org_unit_state (unit_id, valid_from);
create index org_unit_state_parent on org_unit_state (parent_id, valid_from);
create index org_unit_state_path on org_unit_state (path varchar_pattern_ops);
create index org_unit_state_current on org_unit_state (unit_id) where valid_to is null;
create index org_unit_state_name_trgm on org_unit_state using gin (name_folded gin_trgm_ops);

create table org_unit_lineage (
    id               bigint primary key,
    predecessor_id   bigint      not null references org_unit (id),
    successor_id     bigint      not null references org_unit (id),
    restructuring_id bigint      not null references restructuring (id),
    effective_date   date        not null,
    relation         varchar(16) not null, -- MERGED, SPLIT, PARTIAL, DISSOLVED
    principal        boolean     not null default false
);
create index org_unit_lineage_pred on org_unit_lineage (predecessor_id);
create index org_unit_lineage_succ on org_unit_lineage (successor_id);

create table member (
    id             bigint primary key,
    card_number    varchar(32),
    full_name      varchar(200) not null,
    name_folded    varchar(200) not null,
    sort_key       varchar(800) collate "C" not null, -- Vietnamese order: given name, then full name
    gender         varchar(8)   not null,
    birth_date     date         not null,
    admission_date date,
    official_date  date,
    status         varchar(24)  not null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    constraint member_card_unique unique (card_number)
);
create index member_name_trgm on member using gin (name_folded gin_trgm_ops);
create index member_name_birth on member (name_folded, birth_date);
create index member_sort on member (sort_key, id);

-- Which unit (cell or committee) a member belongs to, over time.
create table member_assignment (
    id               bigint primary key,
    member_id        bigint      not null references member (id),
    unit_id          bigint      not null references org_unit (id),
    valid_from       date        not null,
    valid_to         date,
    reason           varchar(24) not null, -- IMPORT, ADMISSION, TRANSFER, RESTRUCTURING, REASSIGNED
    restructuring_id bigint references restructuring (id),
    provisional      boolean     not null default false,
    note             varchar(500),
    constraint member_assignment_interval check (valid_to is null or valid_to > valid_from)
);
create index member_assignment_unit on member_assignment (unit_id, valid_from);
create index member_assignment_member on member_assignment (member_id, valid_from);
create index member_assignment_provisional on member_assignment (restructuring_id) where provisional;

create table member_status_change (
    id             bigint primary key,
    member_id      bigint      not null references member (id),
    status         varchar(24) not null,
    effective_date date        not null,
    note           varchar(500),
    recorded_at    timestamptz not null,
    recorded_by    varchar(100) not null
);
create index member_status_change_member on member_status_change (member_id);

create table committee_term (
    id        bigint primary key,
    unit_id   bigint      not null references org_unit (id),
    label     varchar(40) not null,
    starts_on date        not null,
    ends_on   date,
    version   bigint      not null default 0,
    constraint committee_term_unique unique (unit_id, label)
);

create table committee_position (
    id        bigint primary key,
    term_id   bigint      not null references committee_term (id),
    member_id bigint      not null references member (id),
    position  varchar(32) not null, -- SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER, COMMITTEE_MEMBER, INSPECTION_CHAIR
    head      boolean     not null default false,
    starts_on date        not null,
    ends_on   date
);
create index committee_position_term on committee_position (term_id);
create index committee_position_member on committee_position (member_id);

create table app_user (
    id              bigint primary key,
    username        varchar(100) not null,
    password_hash   varchar(200) not null,
    display_name    varchar(200) not null,
    member_id       bigint references member (id),
    enabled         boolean      not null default true,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    constraint app_user_username_unique unique (username)
);

-- A grant covers its unit's subtree (cell-scoped roles: the unit only). ADMIN grants have no unit.
create table user_grant (
    id      bigint primary key,
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(32) not null,
    unit_id bigint references org_unit (id),
    constraint user_grant_unique unique (user_id, role, unit_id)
);
create index user_grant_user on user_grant (user_id);

-- Failed logins per username (known or not), for throttling across stateless nodes.
create table login_failure (
    username     varchar(100) primary key,
    failures     int         not null,
    first_at     timestamptz not null,
    locked_until timestamptz
);

create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(60)  not null,
    entity_type varchar(40)  not null,
    entity_id   varchar(64)  not null,
    unit_id     bigint,
    summary     varchar(1000) not null,
    changes     jsonb
);
create index audit_event_entity on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_unit on audit_event (unit_id, occurred_at);
