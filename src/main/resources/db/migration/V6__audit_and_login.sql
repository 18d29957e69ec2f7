-- The tamper-evident audit trail and the login throttle.

-- Append-only: the application never updates or deletes an entry (on PostgreSQL a trigger also
-- refuses it). entry_hash = SHA-256 over the entry's fields and previous_hash.
create table audit_entry (
    sequence        bigint        not null primary key,
    occurred_at     timestamp(3)  not null,
    actor_username  varchar(100)  not null,
    actor_roles     varchar(100)  not null,
    station_code    varchar(12)   not null,
    action          varchar(60)   not null,
    subject_type    varchar(40)   not null,
    subject_id      varchar(60)   not null,
    before_state    varchar(2000),
    after_state     varchar(2000),
    client_address  varchar(64)   not null,
    previous_hash   char(64)      not null,
    entry_hash      char(64)      not null
);
create index audit_entry_subject on audit_entry (subject_type, subject_id);
create index audit_entry_actor on audit_entry (actor_username, sequence);

-- One row: the last sequence and hash. Appending locks it, so the chain never forks.
create table audit_chain_head (
    id             integer      not null primary key,
    last_sequence  bigint       not null,
    last_hash      char(64)     not null,
    constraint audit_chain_head_single check (id = 1)
);
insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Failed logins per typed user name, whether or not such an account exists, so locking out looks
-- the same for real and made-up names.
create table login_throttle (
    username      varchar(100) not null primary key,
    failures      integer      not null,
    locked_until  timestamp
);
