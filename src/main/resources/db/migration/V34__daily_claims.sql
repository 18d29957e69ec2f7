-- Who does which part of a daily job (e.g. one station's anomaly report of a day), so that every
-- cluster member can run the job's timer and each part is still done once: the member that
-- inserts the row does it; a member that died holding it loses it when its lease runs out, and
-- the next round of any member takes it over.
create table daily_claim (
    job          varchar(40)  not null,
    claim_day    date         not null,
    part         bigint       not null,
    member       varchar(120) not null,
    lease_until  timestamp    not null,
    finished_at  timestamp,
    primary key (job, claim_day, part)
);
