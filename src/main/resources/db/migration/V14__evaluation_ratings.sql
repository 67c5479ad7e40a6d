-- Evaluation (đánh giá, xếp loại chất lượng): rating seasons, one rating per collective and per member, the steps of
-- each rating (self-assessment → appraisal and proposal → decision → cancelled and re-rated by the superior), and the
-- evidence ledger fed by the other modules' events (decision 0018).

-- A season: a unit rates its subtree for a year (quarter null) or for quarter 1–3 where the rule set asks.
create table evaluation_season (
    id            bigint primary key,
    unit_id       bigint        not null references org_unit (id),
    title         varchar(500)  not null,
    year          int           not null,
    quarter       smallint, -- 1..3; null = the year
    period_from   date          not null,
    period_to     date          not null,
    rule_set_code varchar(40)   not null references evaluation_rule_set (code),
    depth         int           not null, -- levels below the unit that take part
    opened_on     date          not null,
    deadline      date          not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    constraint evaluation_season_quarter check (quarter is null or quarter between 1 and 3),
    constraint evaluation_season_period check (period_from <= period_to),
    constraint evaluation_season_deadline check (deadline >= opened_on),
    constraint evaluation_season_depth check (depth between 0 and 10)
);
create unique index evaluation_season_once on evaluation_season (unit_id, year, coalesce(quarter, 0));

-- A rating: of a unit (its collective; member_id null) or of a member in that unit (a cell's member, or another
-- unit's committee member). The decider is the competent unit: a member's grassroots organization; a unit's parent,
-- or its grassroots organization for units below the grassroots level. The quota counts in quota_unit_id.
create table evaluation_rating (
    id              bigint primary key,
    season_id       bigint        not null references evaluation_season (id),
    unit_id         bigint        not null references org_unit (id),
    member_id       bigint        references member (id),
    head            boolean       not null default false,
    unit_path       varchar(2000) not null,
    level_depth     int           not null, -- depth of the unit in the tree: higher numbers are lower units
    decider_unit_id bigint        not null references org_unit (id),
    quota_unit_id   bigint        references org_unit (id),
    state           varchar(16)   not null default 'PENDING', -- PENDING, SELF_ASSESSED, PROPOSED, DECIDED, NOT_RATED
    self_level      varchar(20),
    self_score      numeric(5, 2),
    self_text       varchar(8000),
    self_on         date,
    self_by         varchar(100),
    self_on_behalf  boolean       not null default false,
    sick_leave      boolean       not null default false, -- stated at the appraisal: sick leave of 3 months or more
    proposed_level  varchar(20),
    proposed_score  numeric(5, 2),
    proposal_text   varchar(8000),
    proposed_on     date,
    proposed_by     varchar(100),
    caps_applied    varchar(200)  not null default '', -- cap kinds that lowered the proposal, comma-separated
    flags           varchar(4000) not null default '', -- reasons the proposal contradicts the evidence, one per line
    level           varchar(20), -- decided
    decision_number varchar(60),
    decided_on      date,
    decided_by      varchar(100),
    acknowledgement varchar(4000), -- the decider's answer to the flags
    rerated         boolean       not null default false,
    version         bigint        not null default 0,
    constraint evaluation_rating_state check (state in ('PENDING', 'SELF_ASSESSED', 'PROPOSED', 'DECIDED', 'NOT_RATED')),
    constraint evaluation_rating_levels check (
        (self_level is null or self_level in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
        and (proposed_level is null or proposed_level in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
        and (level is null or level in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))),
    constraint evaluation_rating_decided check ((state = 'DECIDED') = (level is not null))
);
create unique index evaluation_rating_once on evaluation_rating (season_id, unit_id, coalesce(member_id, 0));
create index evaluation_rating_member on evaluation_rating (member_id) where member_id is not null;
create index evaluation_rating_unit on evaluation_rating (unit_id, season_id);
create index evaluation_rating_path on evaluation_rating (season_id, unit_path varchar_pattern_ops);
create index evaluation_rating_decider on evaluation_rating (season_id, decider_unit_id, state);
create index evaluation_rating_quota on evaluation_rating (season_id, quota_unit_id) where member_id is not null;

-- Every step of a rating, dated and attributed: SELF_ASSESSED, PROPOSED, DECIDED, CANCELLED (by the superior, with
-- its reason), RERATED (the superior's level and decision), NOT_RATED.
create table evaluation_step (
    id              bigint primary key,
    rating_id       bigint        not null references evaluation_rating (id),
    step            varchar(16)   not null,
    level           varchar(20),
    score           numeric(5, 2),
    text            varchar(8000),
    decision_number varchar(60),
    taken_on        date          not null,
    taken_by        varchar(100)  not null,
    created_at      timestamptz   not null,
    constraint evaluation_step_kind check (step in ('SELF_ASSESSED', 'PROPOSED', 'DECIDED', 'CANCELLED', 'RERATED',
        'NOT_RATED'))
);
create index evaluation_step_rating on evaluation_step (rating_id, id);

-- The evidence ledger: what the other modules established about a member (member_id set) or a unit's collective
-- (member_id null), written by the evaluation module's listeners in the same transaction as the fact.
--   FINDING       a shortcoming or violation concluded by an inspection; open until that inspection's follow-up
--                 tasks for the same subject are verified
--   DEGRADATION   an inspection concluded expressions of degradation (codes) of the subject
--   FOLLOW_UP     a follow-up task of the subject; open until verified, late after its deadline
--   FEEDBACK      substantiated review feedback about the subject
--   COMMITMENT    a commitment checked as not kept or partly kept
--   DISCIPLINE    a discipline decision; closed when it lapses
create table evidence_entry (
    id             bigint primary key,
    member_id      bigint        references member (id),
    unit_id        bigint        not null references org_unit (id),
    kind           varchar(16)   not null,
    source_kind    varchar(20)   not null, -- INSPECTION, REMEDIATION, REVIEW, COMMITMENT, DISCIPLINE
    source_id      bigint        not null,
    group_id       bigint, -- FINDING and FOLLOW_UP of the same inspection share it
    summary        varchar(1000) not null,
    detail         varchar(200)  not null default '', -- e.g. VIOLATION, codes, a discipline form
    occurred_on    date          not null,
    due_on         date,
    closed_on      date,
    self_remedied  boolean       not null default false, -- discipline: self-detected and remedied
    created_at     timestamptz   not null,
    constraint evidence_entry_kind check (kind in ('FINDING', 'DEGRADATION', 'FOLLOW_UP', 'FEEDBACK', 'COMMITMENT',
        'DISCIPLINE'))
);
create unique index evidence_entry_once on evidence_entry (kind, source_id, unit_id, coalesce(member_id, 0));
create index evidence_entry_member on evidence_entry (member_id, occurred_on) where member_id is not null;
create index evidence_entry_unit on evidence_entry (unit_id, occurred_on) where member_id is null;
create index evidence_entry_group on evidence_entry (group_id, unit_id) where group_id is not null;
