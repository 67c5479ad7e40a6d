-- Running totals over the maintained deltas (V4), so that a count on any date reads one row per metric
-- instead of summing every daily delta of the unit (about 3,600 rows for the national root).
--
-- subtree_total has the keys of subtree_delta; total is the sum of the unit's deltas of that metric up to
-- and including from_date, so the count on a date is the total of the last row at or before it.
-- Statement-level triggers on subtree_delta keep it in step in the same transaction (decision 0010).

create table subtree_total (
    unit_id   bigint      not null,
    metric    varchar(32) not null,
    from_date date        not null,
    total     bigint      not null,
    constraint subtree_total_pk primary key (unit_id, metric, from_date)
);

create function subtree_total_on_insert() returns trigger language plpgsql as $$
begin
  if current_setting('chinhdon.rebuilding', true) = 'on' then
    return null;
  end if;
  -- one writer at a time creates dates for a (unit, metric): a new date's starting total is read from the
  -- committed rows, so a concurrent writer's new date must be visible first. The (unit, metric) pairs are
  -- hashed into 64 locks (a restructuring touches thousands of units), taken in a fixed order.
  perform pg_advisory_xact_lock(7010, k.bucket)
     from (select distinct cast(abs(hashtextextended(metric || ':' || unit_id, 0) % 64) as integer) as bucket
             from new_deltas order by 1) k;
  insert into subtree_total (unit_id, metric, from_date, total)
  select n.unit_id, n.metric, n.on_date,
         coalesce((select t.total from subtree_total t
                    where t.unit_id = n.unit_id and t.metric = n.metric and t.from_date < n.on_date
                    order by t.from_date desc limit 1), 0)
    from new_deltas n
   order by n.unit_id, n.metric, n.on_date;
  -- every row at or after a changed date gets the changes up to its date: one ordered pass over the
  -- changes and the rows after the earliest change, per (unit, metric)
  update subtree_total t set total = t.total + c.amount
    from (select unit_id, metric, d as from_date, amount from (
            select unit_id, metric, d, is_row,
                   sum(change) over (partition by unit_id, metric order by d, is_row) as amount
              from (select n.unit_id, n.metric, n.on_date as d, 0 as is_row, n.delta as change from new_deltas n
                    union all
                    select t2.unit_id, t2.metric, t2.from_date, 1, 0
                      from (select unit_id, metric, min(on_date) as first from new_deltas group by unit_id, metric) f
                      join subtree_total t2 on t2.unit_id = f.unit_id and t2.metric = f.metric and t2.from_date >= f.first
                   ) u
          ) w where is_row = 1 and amount <> 0) c
   where t.unit_id = c.unit_id and t.metric = c.metric and t.from_date = c.from_date;
  return null;
end $$;

create function subtree_total_on_update() returns trigger language plpgsql as $$
begin
  if current_setting('chinhdon.rebuilding', true) = 'on' then
    return null;
  end if;
  update subtree_total t set total = t.total + c.amount
    from (select unit_id, metric, d as from_date, amount from (
            select unit_id, metric, d, is_row,
                   sum(change) over (partition by unit_id, metric order by d, is_row) as amount
              -- the change of a row is its new delta minus its old one; no join of the two transition
              -- tables (plpgsql caches the plan of its first run, made for the sizes of that run)
              from (select n.unit_id, n.metric, n.on_date as d, 0 as is_row, n.delta as change from new_deltas n
                    union all
                    select o.unit_id, o.metric, o.on_date, 0, -o.delta from old_deltas o
                    union all
                    select t2.unit_id, t2.metric, t2.from_date, 1, 0
                      from (select unit_id, metric, min(on_date) as first from new_deltas group by unit_id, metric) f
                      join subtree_total t2 on t2.unit_id = f.unit_id and t2.metric = f.metric and t2.from_date >= f.first
                   ) u
          ) w where is_row = 1 and amount <> 0) c
   where t.unit_id = c.unit_id and t.metric = c.metric and t.from_date = c.from_date;
  return null;
end $$;

create trigger subtree_total_insert after insert on subtree_delta referencing new table as new_deltas
  for each statement execute function subtree_total_on_insert();
create trigger subtree_total_update after update on subtree_delta
  referencing old table as old_deltas new table as new_deltas
  for each statement execute function subtree_total_on_update();

-- recompute both from scratch: the deltas as in V4, then the totals in one pass
create or replace function rebuild_subtree_delta() returns void language plpgsql as $$
begin
  perform set_config('chinhdon.rebuilding', 'on', true);
  truncate subtree_delta, subtree_total;
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), kind, d, sum(sg) from (
    select s.path, s.kind, s.valid_from as d, 1 as sg from org_unit_state s
    union all
    select s.path, s.kind, s.valid_to, -(1) from org_unit_state s where s.valid_to is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, kind, d having sum(sg) <> 0;
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), 'MEMBERS', d, sum(sg) from (
    select s.path, greatest(a.valid_from, s.valid_from) as d, 1 as sg
      from member_assignment a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(1)
      from member_assignment a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, d having sum(sg) <> 0;
  insert into subtree_total (unit_id, metric, from_date, total)
  select unit_id, metric, on_date, sum(delta) over (partition by unit_id, metric order by on_date)
    from subtree_delta;
  perform set_config('chinhdon.rebuilding', 'off', true);
end $$;

insert into subtree_total (unit_id, metric, from_date, total)
select unit_id, metric, on_date, sum(delta) over (partition by unit_id, metric order by on_date)
  from subtree_delta;
