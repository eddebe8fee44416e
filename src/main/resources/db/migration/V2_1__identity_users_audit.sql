-- Identity module: users with one role and an affiliation, and the audit log of every change.

create table identity_user (
    id             bigint generated always as identity primary key,
    username       varchar(50)  not null unique,
    display_name   varchar(100) not null,
    password_hash  varchar(200) not null,
    role           varchar(30)  not null check (role in ('MINISTRY_ADMIN', 'PROVINCIAL_REVIEWER', 'LOCAL_OFFICER', 'EVALUATOR', 'JOB_FAIR_ORGANISER')),
    government_id  bigint references region_government (id),
    enabled        boolean      not null default true,
    demo           boolean      not null default false,
    created_at     timestamptz  not null default now(),
    -- an officer or provincial reviewer is always bound to a government
    check (role not in ('LOCAL_OFFICER', 'PROVINCIAL_REVIEWER') or government_id is not null)
);

create table identity_audit_log (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(50)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(100) not null,
    action       varchar(40)  not null,
    before_state jsonb,
    after_state  jsonb
);
create index identity_audit_log_entity on identity_audit_log (entity_type, entity_id);
create index identity_audit_log_time on identity_audit_log (occurred_at desc);
