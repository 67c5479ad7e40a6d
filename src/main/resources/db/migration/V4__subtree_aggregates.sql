-- Maintained subtree aggregates, so that a summary over a subtree on any date does not scan the subtree.
--
-- Every unit state row (a unit's kind and path over [valid_from, valid_to)) counts +1 for its kind at
-- valid_from and -1 at valid_to, for every unit on its path (itself included). Every member assignment
-- (a member in a unit over [valid_from, valid_to)) counts +1 MEMBERS where it starts and -1 where it ends,
-- for every unit on the unit's path during the overlap of the assignment with each state of the unit.
-- subtree_delta keeps those changes summed per unit, metric and day; the count of a subtree on a date is
-- the sum of its deltas up to that date. Statement-level triggers keep it up to date in the same
-- transaction as any write (facades, restructurings, bulk COPY); rebuild_subtree_delta() recomputes it.

create table subtree_delta (
    unit_id bigint      not null,
    metric  varchar(32) not null, -- MEMBERS or a unit kind
    on_date date        not null,
    delta   bigint      not null,
    constraint subtree_delta_pk primary key (unit_id, metric, on_date)
);

-- Transition tables are visible only to statements written in the trigger function itself, so each
-- trigger function spells its statements out.

create function subtree_on_state_insert() returns trigger language plpgsql as $$
begin
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), kind, d, sum(sg) from (
    select s.path, s.kind, s.valid_from as d, 1 as sg from new_states s
    union all
    select s.path, s.kind, s.valid_to, -(1) from new_states s where s.valid_to is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, kind, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), 'MEMBERS', d, sum(sg) from (
    select s.path, greatest(a.valid_from, s.valid_from) as d, 1 as sg
      from new_states s join member_assignment a on a.unit_id = s.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(1)
      from new_states s join member_assignment a on a.unit_id = s.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

create function subtree_on_state_delete() returns trigger language plpgsql as $$
begin
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), kind, d, sum(sg) from (
    select s.path, s.kind, s.valid_from as d, -1 as sg from old_states s
    union all
    select s.path, s.kind, s.valid_to, -(-1) from old_states s where s.valid_to is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, kind, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), 'MEMBERS', d, sum(sg) from (
    select s.path, greatest(a.valid_from, s.valid_from) as d, -1 as sg
      from old_states s join member_assignment a on a.unit_id = s.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(-1)
      from old_states s join member_assignment a on a.unit_id = s.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

create function subtree_on_state_update() returns trigger language plpgsql as $$
begin
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), kind, d, sum(sg) from (
    select s.path, s.kind, s.valid_from as d, -1 as sg from old_states s
    union all
    select s.path, s.kind, s.valid_to, -(-1) from old_states s where s.valid_to is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, kind, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), 'MEMBERS', d, sum(sg) from (
    select s.path, greatest(a.valid_from, s.valid_from) as d, -1 as sg
      from old_states s join member_assignment a on a.unit_id = s.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(-1)
      from old_states s join member_assignment a on a.unit_id = s.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), kind, d, sum(sg) from (
    select s.path, s.kind, s.valid_from as d, 1 as sg from new_states s
    union all
    select s.path, s.kind, s.valid_to, -(1) from new_states s where s.valid_to is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, kind, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), 'MEMBERS', d, sum(sg) from (
    select s.path, greatest(a.valid_from, s.valid_from) as d, 1 as sg
      from new_states s join member_assignment a on a.unit_id = s.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
    union all
    select s.path, least(a.valid_to, s.valid_to), -(1)
      from new_states s join member_assignment a on a.unit_id = s.unit_id
       and a.valid_from < coalesce(s.valid_to, 'infinity') and coalesce(a.valid_to, 'infinity') > s.valid_from
     where least(a.valid_to, s.valid_to) is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

create function subtree_on_assignment_insert() returns trigger language plpgsql as $$
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
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

create function subtree_on_assignment_delete() returns trigger language plpgsql as $$
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
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

create function subtree_on_assignment_update() returns trigger language plpgsql as $$
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
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
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
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
  return null;
end $$;

create trigger subtree_state_insert after insert on org_unit_state referencing new table as new_states
  for each statement execute function subtree_on_state_insert();
create trigger subtree_state_delete after delete on org_unit_state referencing old table as old_states
  for each statement execute function subtree_on_state_delete();
create trigger subtree_state_update after update on org_unit_state
  referencing old table as old_states new table as new_states
  for each statement execute function subtree_on_state_update();
create trigger subtree_assignment_insert after insert on member_assignment referencing new table as new_assignments
  for each statement execute function subtree_on_assignment_insert();
create trigger subtree_assignment_delete after delete on member_assignment referencing old table as old_assignments
  for each statement execute function subtree_on_assignment_delete();
create trigger subtree_assignment_update after update on member_assignment
  referencing old table as old_assignments new table as new_assignments
  for each statement execute function subtree_on_assignment_update();

-- recompute from scratch (after a bulk load with the triggers disabled, or to repair)
create function rebuild_subtree_delta() returns void language plpgsql as $$
begin
  truncate subtree_delta;
  insert into subtree_delta (unit_id, metric, on_date, delta)
  select cast(id as bigint), kind, d, sum(sg) from (
    select s.path, s.kind, s.valid_from as d, 1 as sg from org_unit_state s
    union all
    select s.path, s.kind, s.valid_to, -(1) from org_unit_state s where s.valid_to is not null
  ) c cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) id
  group by id, kind, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
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
  group by id, d having sum(sg) <> 0
  on conflict (unit_id, metric, on_date) do update set delta = subtree_delta.delta + excluded.delta;
end $$;

select rebuild_subtree_delta();
