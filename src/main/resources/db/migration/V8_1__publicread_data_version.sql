-- Public reads: one row that every app instance reads before it serves a cached public response. Each change
-- to public data bumps it in the transaction that makes the change, so the new version becomes visible to
-- all instances exactly when the change does (and never if the change rolls back).

create table publicread_data_version (
    id          smallint    primary key check (id = 1),
    version     bigint      not null,
    changed_at  timestamptz not null
);

insert into publicread_data_version (id, version, changed_at) values (1, 1, now());
