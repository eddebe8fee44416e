-- Identity module: the audit log is append-only and hash-chained (docs/audit-log.md).
--
-- Every record gets, as it is inserted, its place in the chain (seq: 1, 2, 3, … with no gap), the hash of
-- the record before it (previous_hash; null for the first) and its own hash (record_hash): SHA-256, in hex,
-- of its canonical form, identity_audit_canonical(). Appends are serialised by a row lock on the chain
-- head, held until the appending transaction ends, so that concurrent writers never chain two records to
-- the same predecessor. Nothing can be updated or deleted, and the table cannot be truncated; removing
-- demo data leaves the audit log as it is.

alter table identity_audit_log
    add column seq           bigint,
    add column previous_hash char(64),
    add column record_hash   char(64);

-- The canonical form of a record: 'jobgoal-audit-v1', then each field in this order, every one as
-- '|' followed by '-' when null or by <length in UTF-8 bytes>':'<value>. occurred_at is written in UTC to
-- the microsecond (2026-03-31T01:02:03.000456Z), states as PostgreSQL's jsonb text.
create function identity_audit_canonical(seq bigint, id bigint, occurred_at timestamptz, actor text,
        entity_type text, entity_id text, action text, before_state jsonb, after_state jsonb,
        previous_hash text) returns text language sql stable as $$
    select 'jobgoal-audit-v1' || string_agg('|' || coalesce(octet_length(f)::text || ':' || f, '-'), '' order by n)
    from unnest(array[seq::text, id::text,
                      to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                      actor, entity_type, entity_id, action, before_state::text, after_state::text,
                      previous_hash]) with ordinality as t(f, n)
$$;

create function identity_audit_hash(canonical text) returns char(64) language sql immutable as $$
    select encode(sha256(convert_to(canonical, 'UTF8')), 'hex')
$$;

-- The last record of the chain; its row lock serialises appends.
create table identity_audit_chain_head (
    singleton   boolean primary key default true check (singleton),
    last_seq    bigint   not null,
    last_hash   char(64)
);

-- Chain the records there are, in the order they were written.
do $$
declare
    r record;
    position bigint := 0;
    previous char(64) := null;
begin
    for r in select * from identity_audit_log order by id loop
        position := position + 1;
        update identity_audit_log set seq = position, previous_hash = previous,
               record_hash = identity_audit_hash(identity_audit_canonical(position, r.id, r.occurred_at, r.actor,
                   r.entity_type, r.entity_id, r.action, r.before_state, r.after_state, previous))
        where id = r.id
        returning record_hash into previous;
    end loop;
    insert into identity_audit_chain_head (last_seq, last_hash) values (position, previous);
end
$$;

alter table identity_audit_log
    alter column seq set not null,
    alter column record_hash set not null,
    add constraint identity_audit_log_seq unique (seq);

create function identity_audit_append() returns trigger language plpgsql as $$
declare
    head identity_audit_chain_head;
begin
    select * into head from identity_audit_chain_head for update;
    new.seq := head.last_seq + 1;
    new.previous_hash := head.last_hash;
    new.record_hash := identity_audit_hash(identity_audit_canonical(new.seq, new.id, new.occurred_at, new.actor,
        new.entity_type, new.entity_id, new.action, new.before_state, new.after_state, new.previous_hash));
    update identity_audit_chain_head set last_seq = new.seq, last_hash = new.record_hash;
    return new;
end
$$;

create function identity_audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'identity_audit_log is append-only: audit records are never changed or removed';
end
$$;

create trigger identity_audit_log_chain before insert on identity_audit_log
    for each row execute function identity_audit_append();
create trigger identity_audit_log_append_only before update or delete on identity_audit_log
    for each row execute function identity_audit_refuse_change();
create trigger identity_audit_log_no_truncate before truncate on identity_audit_log
    for each statement execute function identity_audit_refuse_change();
create trigger identity_audit_chain_head_no_delete before delete or truncate on identity_audit_chain_head
    for each statement execute function identity_audit_refuse_change();
