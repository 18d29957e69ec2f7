-- Least privilege on PostgreSQL (issue 18): what the application's role may do, granted by the
-- schema owner after every migration (platform/SchemaMigration), so tables of later migrations are
-- covered too. ${app_role} is the application's role (db.user), quoted. The owner alone migrates
-- (db.migration.user): the application's role owns nothing, so it cannot alter, drop or truncate
-- a table, nor disable a trigger. (That it may not create tables in the schema, and may use it,
-- is set once by server-config/postgresql-roles.sql.)
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
-- The audit trail: append and read only. (The trigger of V6_1 also refuses update and delete.)
revoke update, delete, truncate, references, trigger on audit_entry from ${app_role};
revoke update, delete, truncate, references, trigger on audit_anchor from ${app_role};
-- Flyway's own history: read only.
revoke insert, update, delete, truncate on flyway_schema_history from ${app_role};
