-- The look-up log's household_region_code held the first six digits of the typed ID number. Those
-- digits say where the number was first issued, not where the household is registered now: anyone
-- born elsewhere, or holding a 51xxxx number from before 1997 (Chongqing was part of Sichuan),
-- counted as a look-up outside the station's jurisdiction.
--
-- The old values keep their true name, so nothing is silently rewritten; nothing writes or reads
-- them any more, and a later migration may drop the column. The household region comes from the
-- receipt the look-up found (the detection centre's household registration data); look-ups that
-- found no receipt they may show have none. Old rows are not backfilled: that would rewrite the
-- whole log under the counters' feet at start-up, and with no household region they simply do not
-- count as outside, so the signal is quiet only for its window (a week) after the upgrade.
alter table receipt_lookup rename column household_region_code to id_number_region_code;
alter table receipt_lookup add column household_region_code varchar(6);
