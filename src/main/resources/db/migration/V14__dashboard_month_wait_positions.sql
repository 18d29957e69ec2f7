-- The waits of the month's stored days, sorted once when days are stored, each with its position
-- among them: a page open then reads only the few positions around a percentile instead of
-- sorting the month's waits again (see RankedPercentile). Rebuilt for a station whenever days of
-- it are stored; until_day says up to which day (exclusive) the positions were counted.
create table dashboard_month_wait (
    station_id  bigint           not null references station (id),
    measure     varchar(20)      not null,
    until_day   date             not null,
    sort_position bigint         not null,
    seconds     double precision not null,
    primary key (station_id, measure, until_day, sort_position)
);

-- Up to which day (exclusive) a station's month is stored, so that a page open learns where its
-- live figures start in the same statement that reads them.
create table dashboard_month (
    station_id    bigint not null references station (id),
    month_start   date   not null,
    stored_until  date   not null,
    primary key (station_id, month_start)
);

-- The counts of the month's stored days summed once when days are stored (submits keep their
-- day, for the chart; other measures have on_day null), so that a page open reads them as they are.
create table dashboard_month_count (
    station_id   bigint      not null references station (id),
    month_start  date        not null,
    measure      varchar(20) not null,
    item         varchar(40) not null,
    on_day       date,
    quantity     bigint      not null
);
create index dashboard_month_count_idx on dashboard_month_count (station_id, month_start);

-- The stored days are a cache of figures that can always be computed again: drop what V12 stored,
-- so that every stored day also has its wait counts and positions.
delete from dashboard_day_wait;
delete from dashboard_day_count;
delete from dashboard_day;
