-- Each person's signed-in sessions (ASVS 3.3.4), so they can see where they are signed in and end
-- a session from another one (issue 14). The id is a random token of its own, never the servlet
-- session id. A session counts as open until ended here, logged out, idle too long or older than a
-- shift; shared by every cluster member.
create table signed_in_session (
    id              varchar(43)  not null primary key,
    username        varchar(50)  not null,
    started_at      timestamp    not null,
    last_seen_at    timestamp    not null,
    client_address  varchar(60)  not null,
    browser         varchar(200) not null,
    ended_at        timestamp
);
create index signed_in_session_user on signed_in_session (username, ended_at);
