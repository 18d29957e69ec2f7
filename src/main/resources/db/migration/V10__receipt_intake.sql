-- Intake feed from the photo detection centre (issue 7).

-- SHA-256 (lower-case hex) of the receipt's canonical content as it arrived over the feed: a
-- re-sent receipt is recognised as already present, or as a conflict, by comparing one column
-- instead of every field. Null for receipts that came in before the feed (demo loader, imports);
-- the intake then computes it from the row.
alter table receipt add column content_sha256 varchar(64);

-- Why and when the detection centre withdrew a receipt (status REVOKED).
alter table receipt add column revoked_at timestamp;
alter table receipt add column revocation_reason varchar(200);
