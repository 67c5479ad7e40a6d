-- Concurrent writers of the maintained counts (found by the write-mix load test, BENCHMARKS.md).
--
-- 1. The delta triggers of V4 insert their rows in the order of a hash aggregate, so two transfers touching
--    the same ancestors could lock the same delta rows in opposite orders and deadlock. They are redefined
--    here with every insert ordered by its key (unit, metric, date); the update trigger also writes the net
--    change in one statement (below).
-- 2. A running total may outlive its delta row (a delta row left at 0 and deleted by hand): a new delta
--    row on that date then finds its total already there, whose value is right (a zero delta changes no
--    sum), so the insert trigger keeps it instead of failing.


create or replace function subtree_on_assignment_insert() returns trigger language plpgsql as $$
begin
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), 'MEMBERS', d, sum(sg) from (
    select s.path, greatest(a.valid_from, s.valid_from) as d, 1 as sg
      from new_assignments a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(1)
      from new_assignments a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, d having sum(sg) <> 0
  order by 1, 3
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

create or replace function subtree_on_assignment_delete() returns trigger language plpgsql as $$
begin
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), 'MEMBERS', d, sum(sg) from (
    select s.path, greatest(a.valid_from, s.valid_from) as d, -1 as sg
      from old_assignments a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(-1)
      from old_assignments a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, d having sum(sg) <> 0
  order by 1, 3
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

-- One statement for the old and the new rows together: a transfer that only ends an assignment changes
-- the counts on its end date alone; taking the old rows out and putting the new ones back in two
-- statements also changed them at the start date twice (-1, then +1), and every running total after that
-- date (one per day with changes: years of rows for a province) was rewritten twice per transfer.
create or replace function subtree_on_assignment_update() returns trigger language plpgsql as $$
begin
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), 'MEMBERS', d, sum(sg) from (
    select s.path, greatest(a.valid_from, s.valid_from) as d, -1 as sg
      from old_assignments a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(-1)
      from old_assignments a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
    union all
    select s.path, greatest(a.valid_from, s.valid_from) as d, 1 as sg
      from new_assignments a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(1)
      from new_assignments a join org_unit_state s on s.unit_id = a.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, d having sum(sg) <> 0
  order by 1, 3
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

create or replace function subtree_total_on_insert() returns trigger language plpgsql as $$
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
   order by n.unit_id, n.metric, n.on_date
  on conflict (unit_id, metric, from_date) do nothing;
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
