-- Plan module: a disclosed version is history. Nothing under it can be inserted, changed or deleted: not
-- the version row, not its targets, strategies, programs, draft revisions or comments, and not the plan it
-- belongs to. A version becomes disclosed only by disclosing a draft (an update from DRAFT), never by
-- inserting a row that is already disclosed.
--
-- The one way past, for removing the generated demo data (issue 8 §4): a transaction that runs
--     set local jobgoal.demo_removal = 'on';
-- may DELETE the rows of plans marked demo (plan_plan.demo). It can still insert and update nothing, and
-- rows of real plans stay refused. The setting ends with the transaction.

create function plan_demo_removal(plan bigint) returns boolean language sql stable as $$
    select coalesce(current_setting('jobgoal.demo_removal', true), '') = 'on'
       and exists (select 1 from plan_plan p where p.id = $1 and p.demo)
$$;

create function plan_version_disclosed(version bigint) returns boolean language sql stable as $$
    select exists (select 1 from plan_version v where v.id = $1 and v.status = 'DISCLOSED')
$$;

create function plan_version_plan(version bigint) returns bigint language sql stable as $$
    select v.plan_id from plan_version v where v.id = $1
$$;

create or replace function plan_refuse_disclosed_version_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.status = 'DISCLOSED' then
            raise exception '공시된 버전은 초안을 공시해서만 생깁니다 (plan_plan %)', new.plan_id;
        end if;
        return new;
    end if;
    if old.status = 'DISCLOSED' and not (tg_op = 'DELETE' and plan_demo_removal(old.plan_id)) then
        raise exception '공시된 계획은 바꿀 수 없습니다 (plan_version %)', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

-- For every table with a version_id. A row whose version is already gone (a cascade from a version whose
-- own deletion was allowed) passes.
create or replace function plan_refuse_disclosed_content_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and plan_version_disclosed(old.version_id)
       and not (tg_op = 'DELETE' and plan_demo_removal(plan_version_plan(old.version_id))) then
        raise exception '공시된 계획은 바꿀 수 없습니다 (%, plan_version %)', tg_table_name, old.version_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and plan_version_disclosed(new.version_id) then
        raise exception '공시된 계획에는 더할 수 없습니다 (%, plan_version %)', tg_table_name, new.version_id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

-- A plan with a disclosed version keeps its government, kind and period.
create function plan_refuse_disclosed_plan_change() returns trigger language plpgsql as $$
begin
    if exists (select 1 from plan_version v where v.plan_id = old.id and v.status = 'DISCLOSED')
       and not (tg_op = 'DELETE' and plan_demo_removal(old.id)) then
        raise exception '공시된 계획은 바꿀 수 없습니다 (plan_plan %)', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create function plan_refuse_truncate() returns trigger language plpgsql as $$
begin
    raise exception '%: 공시 이력이 있는 표는 비울 수 없습니다', tg_table_name;
end
$$;

drop trigger plan_version_immutable on plan_version;
drop trigger plan_target_immutable on plan_target;
drop trigger plan_strategy_immutable on plan_strategy;
drop trigger plan_program_immutable on plan_program;

create trigger plan_plan_immutable before update or delete on plan_plan
    for each row execute function plan_refuse_disclosed_plan_change();
create trigger plan_version_immutable before insert or update or delete on plan_version
    for each row execute function plan_refuse_disclosed_version_change();
create trigger plan_target_immutable before insert or update or delete on plan_target
    for each row execute function plan_refuse_disclosed_content_change();
create trigger plan_strategy_immutable before insert or update or delete on plan_strategy
    for each row execute function plan_refuse_disclosed_content_change();
create trigger plan_program_immutable before insert or update or delete on plan_program
    for each row execute function plan_refuse_disclosed_content_change();
create trigger plan_draft_revision_immutable before insert or update or delete on plan_draft_revision
    for each row execute function plan_refuse_disclosed_content_change();
create trigger plan_comment_immutable before insert or update or delete on plan_comment
    for each row execute function plan_refuse_disclosed_content_change();

create trigger plan_plan_no_truncate before truncate on plan_plan
    for each statement execute function plan_refuse_truncate();
create trigger plan_version_no_truncate before truncate on plan_version
    for each statement execute function plan_refuse_truncate();
create trigger plan_target_no_truncate before truncate on plan_target
    for each statement execute function plan_refuse_truncate();
create trigger plan_strategy_no_truncate before truncate on plan_strategy
    for each statement execute function plan_refuse_truncate();
create trigger plan_program_no_truncate before truncate on plan_program
    for each statement execute function plan_refuse_truncate();
create trigger plan_draft_revision_no_truncate before truncate on plan_draft_revision
    for each statement execute function plan_refuse_truncate();
create trigger plan_comment_no_truncate before truncate on plan_comment
    for each statement execute function plan_refuse_truncate();
