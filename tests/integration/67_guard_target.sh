#!/usr/bin/env bash
# Issue 11: the production guard judges the target the connection reached
# (?dbname=, ?host=, hostaddr, several hosts, 127.1, 2130706433,
# [::ffff:127.0.0.1] do not get past it); a lock held by another session
# ends in exit 3 naming the holder instead of a hang (PostgreSQL
# introspection, COPY behind an uncommitted unique key, MariaDB metadata
# lock); passwords never appear in any message.
. "$(dirname "$0")/../lib.sh"

cd "$T_TMP" || t_bail "no scratch dir"
pg=$(t_pg_createdb sg_t67_prod) || t_bail "cannot create database"
other=$(t_pg_createdb sg_t67_other) || t_bail "cannot create database"
my=$(t_mysql_createdb sg_t67_prod) || t_bail "cannot create database"
for u in "$pg" "$other"; do
	t_pg "$u" "CREATE TABLE items (id serial PRIMARY KEY, code varchar(40) UNIQUE NOT NULL)" || t_bail "no table"
done
t_mysql "$my" "CREATE TABLE items (id int AUTO_INCREMENT PRIMARY KEY, code varchar(40) UNIQUE NOT NULL)" ||
	t_bail "no table"
pgport=$SEEDGEN_PG_PORT
myport=$SEEDGEN_MYSQL_PORT
cat >"$T_TMP/hosts.json" <<'JSON'
{ "environments": { "production": { "hosts": ["127.0.0.1"] } } }
JSON
cat >"$T_TMP/dbs.json" <<'JSON'
{ "environments": { "production": { "databases": ["sg_t67_prod"] } } }
JSON
pg_rows() { t_pg "$pg" "SELECT COUNT(*) FROM items"; }
my_rows() { t_mysql "$my" "SELECT COUNT(*) FROM items"; }

# --- the guard judges what the connection reached -----------------------------
refused() { # LABEL CONFIG URL
	t_exit 2 "guard: $1 is production" "$SEEDGEN" --db "$3" --table items --count 1 --config "$2" -q
	t_match "guard: $1: the refusal names the rule" 'refusing seeding: the target is production' "$T_ERR"
}
pw=seedgen
refused "localhost" "$T_TMP/hosts.json" "postgresql://seedgen:$pw@localhost:$pgport/sg_t67_prod"
refused "127.1" "$T_TMP/hosts.json" "postgresql://seedgen:$pw@127.1:$pgport/sg_t67_prod"
refused "2130706433" "$T_TMP/hosts.json" "postgresql://seedgen:$pw@2130706433:$pgport/sg_t67_prod"
refused "[::ffff:127.0.0.1]" "$T_TMP/hosts.json" "postgresql://seedgen:$pw@[::ffff:127.0.0.1]:$pgport/sg_t67_prod"
refused "?host=" "$T_TMP/hosts.json" "postgresql://seedgen:$pw@/sg_t67_prod?host=localhost&port=$pgport"
refused "hostaddr" "$T_TMP/hosts.json" "postgresql://seedgen:$pw@staging.example:$pgport/sg_t67_prod?hostaddr=127.0.0.1"
refused "several hosts" "$T_TMP/hosts.json" "postgresql://seedgen:$pw@nothing.invalid:1,localhost:$pgport/sg_t67_prod"
refused "?dbname=" "$T_TMP/dbs.json" "postgresql://seedgen:$pw@127.0.0.1:$pgport/sg_t67_other?dbname=sg_t67_prod"
refused "mysql 127.1" "$T_TMP/hosts.json" "mysql://seedgen:$pw@127.1:$myport/sg_t67_prod"
refused "mysql 2130706433" "$T_TMP/hosts.json" "mysql://seedgen:$pw@2130706433:$myport/sg_t67_prod"
refused "mysql [::ffff:127.0.0.1]" "$T_TMP/hosts.json" "mysql://seedgen:$pw@[::ffff:127.0.0.1]:$myport/sg_t67_prod"
# The socket as the server script reports it (SEEDGEN_DB_DIR is unset when
# the default state dir is in use, as in CI).
mysock=$("$ROOT/scripts/dbserver.sh" status | sed -n 's/^mariadb: running (.*socket \([^)]*\)).*/\1/p')
t_ok "guard: the MariaDB socket is known" test -S "$mysock"
refused "mysql localhost" "$T_TMP/hosts.json" "mysql://seedgen:$pw@localhost:$myport/sg_t67_prod?socket=$mysock"
t_eq "guard: nothing was written (PostgreSQL)" 0 "$(pg_rows)"
t_eq "guard: nothing was written (MariaDB)" 0 "$(my_rows)"
t_exit 0 "guard: another database is not production" "$SEEDGEN" \
	--db "postgresql://seedgen:$pw@127.0.0.1:$pgport/sg_t67_other" --table items --count 1 --config "$T_TMP/dbs.json" -q
t_exit 0 "guard: --dry-run still works" "$SEEDGEN" --db "postgresql://seedgen:$pw@127.1:$pgport/sg_t67_prod" \
	--table items --count 1 --config "$T_TMP/hosts.json" --dry-run

# --- a held lock ends in exit 3 naming the holder ----------------------------------
hold() { # SECONDS URL SQL...: runs SQL in the background, holding its locks
	local secs=$1 url=$2
	shift 2
	case "$url" in
	mysql://*) t_mysql "$url" "$*; SELECT SLEEP($secs)" >/dev/null & ;;
	*) t_pg "$url" "BEGIN; $*; SELECT pg_sleep($secs); COMMIT" >/dev/null & ;;
	esac
	sleep 1
}
export SEEDGEN_LOCK_TIMEOUT=2
hold 6 "$pg" "LOCK TABLE items IN ACCESS EXCLUSIVE MODE"
start=$SECONDS
t_exit 3 "lock: PostgreSQL introspection behind LOCK TABLE" timeout 20 "$SEEDGEN" inspect --db "$pg"
t_match "lock: names the holder and the table" "waited 2 s for a lock.*holds AccessExclusiveLock on table 'items'" "$T_ERR"
t_match "lock: says how to wait longer" 'SEEDGEN_LOCK_TIMEOUT' "$T_ERR"
t_ok "lock: gave up after the timeout, not at the holder's end" test $((SECONDS - start)) -lt 5
wait
code=$("$SEEDGEN" --db "$pg" --table items --count 1 --seed 21 --sample 1 | sed -n 3p)
t_ok "lock: a sample gives the code the run will insert" test -n "$code"
hold 8 "$pg" "INSERT INTO items (code) VALUES ('$code')"
t_exit 3 "lock: PostgreSQL COPY behind an uncommitted equal unique key" timeout 20 "$SEEDGEN" --db "$pg" \
	--table items --count 1 --seed 21 --report "$T_TMP/lock.json"
t_match "lock: names the pending insert" "holds RowExclusiveLock on table 'items'.*INSERT INTO items" "$T_ERR"
t_ok "lock: the report says the table was not committed" jq -e \
	'.status == "failed" and (.tables[0].committed | not)' "$T_TMP/lock.json"
wait
hold 6 "$my" "LOCK TABLES items WRITE"
start=$SECONDS
t_exit 3 "lock: MariaDB metadata lock (LOCK TABLES)" timeout 20 "$SEEDGEN" --db "$my" --table items --count 1
t_match "lock: names the other session" "Lock wait timeout.*waited 2 s for a lock that another session holds: session [0-9]+" "$T_ERR"
t_ok "lock: gave up after the timeout" test $((SECONDS - start)) -lt 5
wait
unset SEEDGEN_LOCK_TIMEOUT
t_eq "lock: nothing was written (the one row is the holder's)" "1 0" "$(pg_rows) $(my_rows)"

# --- passwords never printed -------------------------------------------------------
no_secret() { # LABEL SECRET...: neither stdout nor stderr shows any of them
	local label=$1 s
	shift
	for s in "$@"; do
		t_nomatch "password: $label: '$s' not shown" "$(printf '%s' "$s" | sed 's/[][\.*^$?+(){}|/]/\\&/g')" "$T_OUT$T_ERR"
	done
}
t_exit 2 "password: malformed scheme mysql:/" "$SEEDGEN" --db "mysql:/app:Xy7secretQ@h/db" --table items
no_secret "mysql:/" Xy7secretQ
t_exit 2 "password: unknown scheme" "$SEEDGEN" --db "mysqll://app:Xy7secretQ@h/db" --table items
no_secret "unknown scheme" Xy7secretQ
t_exit 3 "password: raw @ and ? in a wrong PostgreSQL password" "$SEEDGEN" \
	--db "postgresql://seedgen:Wr0ng@pa?ss/w0rd@127.0.0.1:$pgport/sg_t67_prod" --table items
no_secret "raw @ ?" "Wr0ng@pa?ss/w0rd" "Wr0ng" "pa?ss" "ss/w0rd" "Wr0ng%40pa"
t_exit 3 "password: raw @ in a wrong MariaDB password" "$SEEDGEN" \
	--db "mysql://seedgen:Wr0ng@pa?ss@127.0.0.1:$myport/sg_t67_prod" --table items
no_secret "mysql raw @" "Wr0ng@pa?ss" "Wr0ng" "pa?ss"
# A real password with raw @ ? / connects: seedgen splits the URL once, and
# libpq gets the same split.
t_pg "$pg" "DROP ROLE IF EXISTS sg_t67_odd; CREATE ROLE sg_t67_odd LOGIN PASSWORD 'R1ght@pa?ss/w0rd';
	GRANT ALL ON ALL TABLES IN SCHEMA public TO sg_t67_odd; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO sg_t67_odd"
t_exit 0 "password: a PostgreSQL password with raw @ ? / connects" "$SEEDGEN" inspect \
	--db "postgresql://sg_t67_odd:R1ght@pa?ss/w0rd@127.0.0.1:$pgport/sg_t67_prod"
no_secret "inspect" "R1ght@pa?ss/w0rd" "R1ght"
t_exit 3 "password: lock timeout message with an odd password" env SEEDGEN_LOCK_TIMEOUT=1 "$SEEDGEN" \
	--db "postgresql://sg_t67_odd:R1ght@pa?ss/w0rd@127.0.0.1:$pgport/nosuchdb" --table items
no_secret "no such database" "R1ght@pa?ss/w0rd" "R1ght" "pa?ss/w0rd"
t_pg "$pg" "DROP OWNED BY sg_t67_odd; DROP ROLE sg_t67_odd"

t_pg_dropdb sg_t67_prod
t_pg_dropdb sg_t67_other
t_mysql_dropdb sg_t67_prod
t_summary
