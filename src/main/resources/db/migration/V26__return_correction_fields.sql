-- A return names the fields the clerk is to correct (CorrectionField, comma-separated); the clerk
-- may change exactly those on resubmission. Null for decisions other than returns, and for returns
-- made before this version (they ask for a note only, as before).
alter table application_decision add column correction_fields varchar(200);
