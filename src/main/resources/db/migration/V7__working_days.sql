-- The working-day calendar: statutory holidays are computed (WorkingDays, Labour Code 2019 art. 112, the lunar
-- calendar for Tết and Giỗ Tổ); this table holds what the Government declares on top of them each year:
-- extra days off (DAY_OFF) and days swapped into working days (WORKING_DAY, e.g. a Saturday worked to bridge
-- a holiday).
create table working_day_override (
    day        date          primary key,
    kind       varchar(16)   not null,
    reason     varchar(300)  not null,
    version    bigint        not null default 0,
    updated_at timestamptz   not null,
    updated_by varchar(100)  not null,
    constraint working_day_override_kind check (kind in ('DAY_OFF', 'WORKING_DAY'))
);
