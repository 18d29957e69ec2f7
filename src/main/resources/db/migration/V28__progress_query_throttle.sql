-- The public progress query (issue 19): how often each client address asked and how many wrong
-- pairs each acceptance number was given, in the database so every cluster member counts alike.
-- Keys: 'ADDRESS <client address>' and 'NUMBER <acceptance number>' (numbers that exist or not,
-- so the throttle tells nothing about which exist). The count runs within a window from its first
-- query; a key over its limit is refused until blocked_until. Rows whose window and block have both
-- passed are deleted every few minutes.
create table progress_query_throttle (
    throttle_key   varchar(100) not null primary key,
    hits           integer      not null,
    window_started timestamp,
    blocked_until  timestamp
);
create index progress_query_throttle_window on progress_query_throttle (window_started);
