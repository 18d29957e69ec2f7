-- Each station's latest anomaly report, kept in the database so that every cluster member shows
-- the same report and a restart does not lose it (the cases as JSON; at most
-- insight.max-cases-per-signal cases per signal, with masked subjects only).
create table anomaly_report (
    station_id   bigint          not null primary key references station (id),
    computed_at  timestamp       not null,
    anomalies    varchar(1000000) not null
);
