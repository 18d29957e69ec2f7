-- Encryption at rest of personal data (issue 18, GB/T 22239-2019 8.1.4.8). The application seals
-- citizen ID numbers, names, addresses, telephone numbers and photos with AES-GCM or SM4-GCM under
-- keys from its configuration (never stored here); each value starts with its key's id ('k1:').
-- Sealed values are longer than the clear ones, so the columns widen. Look-up by ID number goes
-- through a blind index (a keyed MAC of the number, 32 hex characters) beside each number that is
-- looked up or grouped by; the indexes on the clear numbers go.
--
-- Rows already in the database stay as they are until bin/rotate-data-key seals them and fills
-- their index (the application reads them meanwhile; a value without a key id is read as clear).
-- Run it once after upgrading, before the counters open: until then a look-up by number does not
-- see the old rows. A database made from scratch never holds a clear value.

drop index receipt_citizen_idx;
alter table receipt alter column citizen_id_number set data type varchar(120);
alter table receipt alter column name set data type varchar(400);
alter table receipt alter column household_address set data type varchar(1200);
alter table receipt add column citizen_id_index varchar(32);
create index receipt_citizen_index_idx on receipt (citizen_id_index);

drop index application_citizen_idx;
alter table application alter column citizen_id_number set data type varchar(120);
alter table application alter column collector_id_number set data type varchar(120);
alter table application add column citizen_id_index varchar(32);
create index application_citizen_index_idx on application (citizen_id_index, status);

drop index proxy_agent_idx;
alter table proxy_authorization alter column agent_name set data type varchar(400);
alter table proxy_authorization alter column agent_id_number set data type varchar(120);
alter table proxy_authorization alter column agent_phone set data type varchar(120);
alter table proxy_authorization add column agent_id_index varchar(32);
create index proxy_agent_index_idx on proxy_authorization (agent_id_index);

alter table proxy_refusal alter column agent_id_number set data type varchar(120);

drop index temporary_card_citizen_idx;
alter table temporary_card alter column citizen_id_number set data type varchar(120);
alter table temporary_card add column citizen_id_index varchar(32);
create index temporary_card_citizen_index_idx on temporary_card (citizen_id_index, valid_until);

alter table postal_delivery alter column recipient_name set data type varchar(400);
alter table postal_delivery alter column recipient_phone set data type varchar(120);
alter table postal_delivery alter column address_detail set data type varchar(1200);
