-- Identity module: failed sign-ins per username (known or not), kept in the database so that every app
-- instance refuses a username that has failed too often in a short time.

create table identity_login_throttle (
    username      varchar(100) primary key,
    failures      integer      not null,
    window_start  timestamptz  not null,
    locked_until  timestamptz
);
