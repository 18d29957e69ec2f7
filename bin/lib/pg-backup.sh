# Sourced by bin/backup, bin/restore and bin/backup-drill: where to connect, what a backup's
# manifest records about the database, and the audit chain verifier.

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# use_url URL: sets PGHOST, PGPORT, PGUSER and PGDATABASE from postgresql://user@host:port/db (each
# part optional) for every PostgreSQL program that follows. A password in the URL is refused: it
# would show in ps and in the shell history; use PGPASSWORD or a pgpass file.
use_url() {
  local pattern='^postgres(ql)?://(([^@/:]+)(:[^@/]*)?@)?([^:/?]*)(:([0-9]+))?(/([^?]*))?$'
  [[ $1 =~ $pattern ]] || die "not a URL of the form postgresql://user@host:port/database: $1"
  [ -z "${BASH_REMATCH[4]}" ] || die "no password in the URL, please: set PGPASSWORD or use a pgpass file"
  [ -z "${BASH_REMATCH[3]}" ] || export PGUSER="${BASH_REMATCH[3]}"
  [ -z "${BASH_REMATCH[5]}" ] || export PGHOST="${BASH_REMATCH[5]}"
  [ -z "${BASH_REMATCH[7]}" ] || export PGPORT="${BASH_REMATCH[7]}"
  [ -z "${BASH_REMATCH[9]}" ] || export PGDATABASE="${BASH_REMATCH[9]}"
}

# The facts about the connected database that a backup must reproduce, as one line of JSON:
# its encoding, Flyway's schema version, the row count of every table and the audit chain's last
# entry. Read-only (query_to_xml counts each table without a function), so that bin/backup can run
# it inside the transaction whose snapshot pg_dump copies. Tables from pg_class, not
# information_schema, which hides those the role may not read: such a table fails the count.
FACTS_SQL="select json_build_object(
  'encoding', (select pg_encoding_to_char(encoding) from pg_database where datname = current_database()),
  'flyway_version', (select version from flyway_schema_history
                      where success and version is not null order by installed_rank desc limit 1),
  'row_counts', (select json_object_agg(name, n order by name) from (
      select format('%I.%I', nspname, relname) as name,
             (xpath('/row/n/text()', query_to_xml(
                format('select count(*) as n from %I.%I', nspname, relname),
                false, true, '')))[1]::text::bigint as n
        from pg_class join pg_namespace on pg_namespace.oid = relnamespace
       where relkind = 'r' and nspname not in ('pg_catalog', 'information_schema')
         and nspname not like 'pg\\_%') as t),
  'audit_last', (select json_build_object('sequence', sequence, 'hash', entry_hash)
                   from audit_entry order by sequence desc limit 1))"

# facts DATABASE: FACTS_SQL's line for that database.
facts() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$FACTS_SQL"; }

# audit_verify DATABASE: AuditTool (the product's chain verifier) against that database on the
# current PGHOST/PGPORT/PGUSER, building the classes first when they are missing. The password
# reaches it through PGPASSWORD in its environment, never its command line.
audit_verify() {
  local root lib host
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  lib="$root/target/idcard-counter/WEB-INF/lib"
  if [ ! -f "$root/target/classes/cn/cq/police/idcard/audit/boundary/AuditTool.class" ] || [ ! -d "$lib" ]; then
    echo "Building the audit verifier (mvn package) ..."
    (cd "$root" && mvn -o -q package -DskipTests -Dspotless.check.skip=true) >&2 ||
      die "could not build the audit verifier"
  fi
  host=${PGHOST:-localhost}
  # A socket directory is not a JDBC host: the verifier goes over TCP to the loopback instead.
  [[ $host != /* ]] || host=localhost
  java -cp "$root/target/classes:$lib/*" cn.cq.police.idcard.audit.boundary.AuditTool \
    --url "jdbc:postgresql://$host:${PGPORT:-5432}/$1" --user "${PGUSER:-$(id -un)}"
}

# now_ms: wall-clock milliseconds, for the durations the scripts print.
now_ms() { date +%s%3N; }

# seconds_since START_MS: elapsed seconds with one decimal.
seconds_since() { awk -v ms=$(($(now_ms) - $1)) 'BEGIN { printf "%.1f", ms / 1000 }'; }
