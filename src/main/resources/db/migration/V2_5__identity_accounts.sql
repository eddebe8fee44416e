-- Identity module: throttling of failed sign-ins by account, by client address and by both (docs/accounts.md),
-- and passwords an administrator has reset, which their user must change at the next sign-in.

-- The old table counted failures per user name only, so that anyone could keep an account locked; its rows
-- held user names in plain text. Its counts last minutes: starting afresh loses nothing.
drop table identity_login_throttle;

-- One row per key that has failed within the last day. key_hash is the HMAC-SHA-256 of the key
-- ('account-address', 'address' or 'account', then the user name and/or the client address, IPv6 cut to /64)
-- under the secret below, so that the table does not tell who tried from where.
create table identity_login_throttle (
    key_hash       char(64)    primary key,
    failures       integer     not null check (failures > 0),
    last_failure   timestamptz not null,
    blocked_until  timestamptz
);
create index identity_login_throttle_age on identity_login_throttle (last_failure);

-- The HMAC key of identity_login_throttle, made once per database so that every app instance hashes alike.
create table identity_login_throttle_secret (
    singleton  boolean primary key default true check (singleton),
    secret     bytea   not null check (octet_length(secret) >= 16)
);
insert into identity_login_throttle_secret (secret)
values (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

alter table identity_user add column must_change_password boolean not null default false;
