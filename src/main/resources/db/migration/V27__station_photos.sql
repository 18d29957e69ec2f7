-- Photos taken (webcam) or scanned at the station for an applicant who has no usable receipt
-- from the detection centre. Such a photo becomes a receipt of the station's own, so the whole
-- counter flow (look-up, submit, forms, outbox) serves it unchanged; the receipt says whether
-- camera or scanner took the photo, this table who took it, where, when and what the checks
-- measured.

alter table receipt add column photo_source varchar(16) default 'DETECTION_CENTRE' not null;
alter table receipt add constraint receipt_photo_source_known
    check (photo_source in ('DETECTION_CENTRE', 'STATION_CAMERA', 'STATION_SCAN'));
-- Only the detection centre signs; a station photo's integrity is its SHA-256 and this record.
alter table receipt alter column centre_signature drop not null;
alter table receipt add constraint receipt_centre_photo_signed
    check (photo_source <> 'DETECTION_CENTRE' or centre_signature is not null);

-- The station's own receipt numbers (ZC + station code + six digits), advanced under the row lock.
alter table station add column last_station_photo bigint default 0 not null;

create table station_photo (
    receipt_id   bigint       not null primary key references receipt (id),
    station_id   bigint       not null references station (id),
    taken_by     bigint       not null references staff_account (id),
    taken_at     timestamp    not null,
    -- Every check's code and measured value, "CODE=value; ...", as the clerk saw them.
    check_results varchar(1000) not null
);
create index station_photo_station_idx on station_photo (station_id, taken_at);
