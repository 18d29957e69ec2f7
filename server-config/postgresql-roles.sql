-- Least privilege on PostgreSQL (issue 18): two roles for one idcard-counter database.
--
--   owner  owns the database and the schema's tables; Flyway migrates as this role
--          (db.migration.user / db.migration.password). Also the role of bin/backup, bin/restore
--          and bin/audit-archive.
--   app    the role the application connects as (db.user / db.password): reads and writes the
--          tables, only appends to and reads the audit trail, owns nothing, no DDL.
--
-- Run as a superuser, connected to the application's database (which must exist, owned by the
-- owner role), with psql variables for the names and passwords, e.g.:
--
--   createdb -O idcard idcard     # after: create role idcard login password '…'
--   psql -d idcard -v owner=idcard -v app=idcard_app -v app_password="$APP_PASSWORD" \
--        -f server-config/postgresql-roles.sql
--
-- Idempotent. The grants on the tables themselves are made by the application after each
-- migration (db/grants/postgresql-app-role.sql, run by the owner), so tables of later migrations
-- are covered; the default privileges below cover tables the owner creates by other means.
\set ON_ERROR_STOP on
select format('create role %I login password %L', :'app', :'app_password')
 where not exists (select from pg_roles where rolname = :'app') \gexec
select format('alter role %I login password %L nocreatedb nocreaterole nosuperuser noinherit',
              :'app', :'app_password') \gexec
select format('grant connect on database %I to %I', current_database(), :'app') \gexec
revoke create on schema public from public;
select format('grant usage on schema public to %I', :'app') \gexec
select format('alter default privileges for role %I in schema public'
              || ' grant select, insert, update, delete on tables to %I', :'owner', :'app') \gexec
select format('alter default privileges for role %I in schema public'
              || ' grant usage, select on sequences to %I', :'owner', :'app') \gexec
