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
