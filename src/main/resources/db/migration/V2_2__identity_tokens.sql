-- Identity module: bearer tokens of the write API. Only the SHA-256 of a token is stored, so a copy of
-- the database does not let anyone call the API; a token ends at expires_at or when revoked.

create table identity_api_token (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null references identity_user (id),
    token_hash  char(64)    not null unique,
    issued_at   timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);
create index identity_api_token_user on identity_api_token (user_id);
