-- Throttling per client address and city-wide (issue 14), kept in the same table as the per-name
-- counts so every cluster member sees them. An address counts the failures within a window from
-- its first one; this is when that window started. Address and city-wide keys are upper case
-- ("ADDRESS 10.1.2.3", "CITY"), which a typed name's key (always lower case) never is.
alter table login_throttle add column window_started timestamp;
