-- Plan module: the ministry's recorded approval to amend a year's annual plan after its results were due
-- (issue 9 §3). One approval allows one more version; disclosing it records which version used it. An
-- approval is history: it cannot be deleted or changed, except that its use is written once. Approvals of
-- demo plans go with the demo data (jobgoal.demo_removal, V3_2).

create table plan_amendment_approval (
    id              bigint generated always as identity primary key,
    plan_id         bigint        not null references plan_plan (id),
    reason          varchar(1000) not null check (length(trim(reason)) > 0),
    approved_by     varchar(100)  not null,
    approved_at     timestamptz   not null,
    used_by_version int check (used_by_version > 1),
    demo            boolean       not null default false
);

-- at most one approval waits to be used per plan
create unique index plan_amendment_approval_open on plan_amendment_approval (plan_id) where used_by_version is null;

create function plan_refuse_approval_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.demo and coalesce(current_setting('jobgoal.demo_removal', true), '') = 'on' then
            return old;
        end if;
        raise exception '변경 승인 기록은 지울 수 없습니다 (plan_amendment_approval %)', old.id;
    end if;
    if old.used_by_version is null and new.used_by_version is not null
       and (new.id, new.plan_id, new.reason, new.approved_by, new.approved_at, new.demo)
           is not distinct from (old.id, old.plan_id, old.reason, old.approved_by, old.approved_at, old.demo) then
        return new;
    end if;
    raise exception '변경 승인 기록은 바꿀 수 없습니다 (plan_amendment_approval %)', old.id;
end
$$;

create trigger plan_amendment_approval_history before update or delete on plan_amendment_approval
    for each row execute function plan_refuse_approval_change();
