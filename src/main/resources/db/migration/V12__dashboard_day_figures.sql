-- The dashboard's figures of complete days, written once per station and day the first time a
-- dashboard needs them. Every event the dashboard counts is stamped with the time it was recorded
-- (submit, hand-over, look-up, refusal, decision, void, exemption), so a day that is over never
-- changes and its figures need not be aggregated again on every page open.

-- A day whose figures are stored (possibly none: a day without activity still has its marker).
create table dashboard_day (
    station_id     bigint    not null references station (id),
    on_day         date      not null,
    summarized_at  timestamp not null,
    primary key (station_id, on_day)
);

-- Counts of a day: measure (SUBMITTED, COLLECTED, LOOKUP, REFUSAL, RETURN_REASON, RETURNED_BY,
-- VOIDED_BY, EXEMPTED_BY) by key (a staff id, a reason code, or '-').
create table dashboard_day_count (
    station_id  bigint      not null,
    on_day      date        not null,
    measure     varchar(20) not null,
    item        varchar(40) not null,
    quantity    bigint      not null,
    constraint dashboard_day_count_day foreign key (station_id, on_day) references dashboard_day (station_id, on_day)
);
create index dashboard_day_count_idx on dashboard_day_count (station_id, on_day, measure, item, quantity);

-- The waits of a day, one row per case, so that the month's median and 90th percentile stay exact:
-- LOOKUP_TO_SUBMIT by day of submit, SUBMIT_TO_COLLECTION by day of hand-over.
create table dashboard_day_wait (
    station_id  bigint           not null,
    on_day      date             not null,
    measure     varchar(20)      not null,
    seconds     double precision not null,
    constraint dashboard_day_wait_day foreign key (station_id, on_day) references dashboard_day (station_id, on_day)
);
create index dashboard_day_wait_idx on dashboard_day_wait (station_id, measure, on_day, seconds);
