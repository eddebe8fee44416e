-- Result module: result facts and evidence stay append-only (V5_1), and the tables cannot be emptied with
-- TRUNCATE either. The one way past, for removing the generated demo data (issue 8 §4): a transaction
-- that runs
--     set local jobgoal.demo_removal = 'on';
-- may DELETE facts marked demo (result_fact.demo) and the evidence attached to them. Nothing can ever be
-- updated, and real facts stay refused. The setting ends with the transaction.

create function result_demo_removal(fact bigint) returns boolean language sql stable as $$
    select coalesce(current_setting('jobgoal.demo_removal', true), '') = 'on'
       and exists (select 1 from result_fact f where f.id = $1 and f.demo)
$$;

create function result_fact_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and result_demo_removal(old.id) then
        return old;
    end if;
    raise exception '% is append-only: record a correction instead', tg_table_name;
end
$$;

create function result_evidence_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and result_demo_removal(old.fact_id) then
        return old;
    end if;
    raise exception '% is append-only: record a correction instead', tg_table_name;
end
$$;

create function result_refuse_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: it cannot be emptied', tg_table_name;
end
$$;

drop trigger result_fact_append_only on result_fact;
drop trigger result_evidence_append_only on result_evidence;
drop function result_append_only();

create trigger result_fact_append_only before update or delete on result_fact
    for each row execute function result_fact_append_only();
create trigger result_evidence_append_only before update or delete on result_evidence
    for each row execute function result_evidence_append_only();
create trigger result_fact_no_truncate before truncate on result_fact
    for each statement execute function result_refuse_truncate();
create trigger result_evidence_no_truncate before truncate on result_evidence
    for each statement execute function result_refuse_truncate();
