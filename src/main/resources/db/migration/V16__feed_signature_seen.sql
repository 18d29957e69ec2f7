-- The signature of every accepted feed request while its timestamp is inside the accepted window:
-- the same signature again is the same request sent again (a replay), refused. In the database, so
-- that every cluster member sees what any member accepted. Rows older than the window are deleted.
create table feed_signature_seen (
    signature    varchar(128) primary key,
    request_time timestamp    not null
);
create index feed_signature_seen_time on feed_signature_seen (request_time);
