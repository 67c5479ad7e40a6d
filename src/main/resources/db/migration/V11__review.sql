-- Self-criticism reviews (kiểm điểm tự phê bình và phê bình): a round opened by a unit over its subtree for a
-- period; one review per collective (the unit's leadership) and per member to be reviewed; the order is enforced
-- (lower collectives before higher, a collective before its members, the head last); suggestions of the superior;
-- feedback whose giver is confidential, verified before use; explanations and remedies as follow-up tasks.

create table review_round (
    id              bigint primary key,
    unit_id         bigint        not null references org_unit (id),
    title           varchar(500)  not null,
    period_kind     varchar(16)   not null, -- YEAR, QUARTER, TERM, AD_HOC
    period_label    varchar(40)   not null,
    period_from     date          not null,
    period_to       date          not null,
    depth           int           not null, -- levels below the unit that take part (0: the unit alone)
    opened_on       date          not null,
    deadline        date          not null, -- every review held by
    report_deadline date          not null, -- every collective's final report completed by
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    constraint review_round_kind check (period_kind in ('YEAR', 'QUARTER', 'TERM', 'AD_HOC')),
    constraint review_round_period check (period_from <= period_to),
    constraint review_round_deadlines check (deadline >= opened_on and report_deadline >= deadline),
    constraint review_round_depth check (depth between 0 and 10)
);
create index review_round_unit on review_round (unit_id, period_to);

-- A review: of a unit's collective (member_id null) or of one member in that unit.
create table review_subject (
    id                      bigint primary key,
    round_id                bigint        not null references review_round (id),
    unit_id                 bigint        not null references org_unit (id),
    member_id               bigint        references member (id),
    head                    boolean       not null default false,
    unit_path               varchar(2000) not null, -- the unit's path at the end of the period (the order rules)
    level                   int           not null, -- depth of the unit in the tree: higher numbers are lower units
    state                   varchar(16)   not null default 'PENDING', -- PENDING, HELD, FINALIZED (collectives)
    held_on                 date,
    duration_minutes        int,
    present                 int,
    expected                int,
    chair                   varchar(200),
    superior_representative varchar(200),
    report                  varchar(16000), -- the self-review report
    conclusion              varchar(8000),
    held_by                 varchar(100),
    final_report            varchar(16000), -- collectives: completed after the individual reviews
    additions               varchar(8000), -- what the individual reviews added
    finalized_on            date,
    finalized_by            varchar(100),
    version                 bigint        not null default 0,
    constraint review_subject_state check (state in ('PENDING', 'HELD', 'FINALIZED')),
    constraint review_subject_final check (state <> 'FINALIZED' or member_id is null),
    constraint review_subject_attendance check (present is null or (present >= 0 and expected >= present))
);
create unique index review_subject_once on review_subject (round_id, unit_id, coalesce(member_id, 0));
create index review_subject_member on review_subject (member_id) where member_id is not null;
create index review_subject_unit on review_subject (unit_id, round_id);
create index review_subject_path on review_subject (round_id, unit_path varchar_pattern_ops);

create table review_suggestion (
    id           bigint primary key,
    subject_id   bigint        not null references review_subject (id),
    from_unit_id bigint        not null references org_unit (id),
    text         varchar(8000) not null,
    given_on     date          not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null
);
create index review_suggestion_subject on review_suggestion (subject_id);

-- Feedback (góp ý). The giver is confidential: only the organization board of the round's unit reads it, never
-- the subject. Nothing unverified or unfounded is used.
create table review_feedback (
    id           bigint primary key,
    subject_id   bigint        not null references review_subject (id),
    source_kind  varchar(32)   not null,
    giver        varchar(300)  not null,
    text         varchar(8000) not null,
    codes        varchar(200)  not null default '', -- expressions of degradation, G1.1 … G3.9, comma-separated
    received_on  date          not null,
    state        varchar(16)   not null default 'UNVERIFIED',
    verified_on  date,
    verified_by  varchar(100),
    verification varchar(4000), -- how it was checked
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    constraint review_feedback_source check (source_kind in ('SUPERIOR', 'SAME_LEVEL', 'SUBORDINATE', 'FORMER_LEADER',
        'FRONT_AND_MASS_ORGANIZATIONS', 'RESIDENCE_CELL', 'PEOPLE', 'MEMBER')),
    constraint review_feedback_state check (state in ('UNVERIFIED', 'SUBSTANTIATED', 'UNFOUNDED')),
    constraint review_feedback_verified check ((state = 'UNVERIFIED') = (verified_on is null))
);
create index review_feedback_subject on review_feedback (subject_id, state);

-- A substantiated item assigned for an explanation (giải trình) or an acceptance (tiếp thu): a follow-up task.
create table review_assignment (
    id           bigint primary key,
    feedback_id  bigint        not null references review_feedback (id),
    kind         varchar(16)   not null, -- EXPLAIN, ACCEPT
    follow_up_id bigint        not null references follow_up (id),
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    constraint review_assignment_kind check (kind in ('EXPLAIN', 'ACCEPT'))
);
create index review_assignment_feedback on review_assignment (feedback_id);

-- The substantiated items a review's conclusion cites.
create table review_citation (
    subject_id  bigint not null references review_subject (id),
    feedback_id bigint not null references review_feedback (id),
    primary key (subject_id, feedback_id)
);

-- The remedy plan of a review: follow-up tasks.
create table review_remedy (
    subject_id   bigint not null references review_subject (id),
    follow_up_id bigint not null references follow_up (id),
    primary key (subject_id, follow_up_id)
);
