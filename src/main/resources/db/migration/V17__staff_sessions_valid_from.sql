-- Sessions of an account that began before this moment end at their next request: set when an
-- administrator changes the account's roles, locks it or resets its password, and when the person
-- changes their password (their other sessions end). Null: no session has been ended.
alter table staff_account add column sessions_valid_from timestamp;
