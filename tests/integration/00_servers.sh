#!/usr/bin/env bash
# 00_servers.sh - the throwaway servers of scripts/dbserver.sh are what the
# other integration tests and seedgen itself rely on: TCP logins with the
# seedgen account, password auth enforced, LOAD DATA LOCAL allowed,
# PostgreSQL not running as root, databases creatable through tests/lib.sh.

# shellcheck source=SCRIPTDIR/../lib.sh
. "$(dirname "$0")/../lib.sh"

t_match "SEEDGEN_MYSQL_URL is set" '^mysql://seedgen:seedgen@127\.0\.0\.1:[0-9]+/$' \
	"${SEEDGEN_MYSQL_URL:-}" || t_bail "no SEEDGEN_MYSQL_URL; run: scripts/dbserver.sh start"
t_match "SEEDGEN_PG_URL is set" '^postgresql://seedgen:seedgen@127\.0\.0\.1:[0-9]+/postgres$' \
	"${SEEDGEN_PG_URL:-}" || t_bail "no SEEDGEN_PG_URL; run: scripts/dbserver.sh start"

my=$SEEDGEN_MYSQL_URL
pg=$SEEDGEN_PG_URL

# --- logins over TCP
t_ok "mariadb: TCP login as seedgen" t_mysql "$my" "select 1"
t_eq "mariadb: select 1" 1 "$T_OUT"
t_ok "mariadb: logged in as seedgen@127.0.0.1" t_mysql "$my" "select current_user()"
t_eq "mariadb: current_user()" "seedgen@127.0.0.1" "$T_OUT"
t_ok "postgresql: TCP login as seedgen" t_pg "$pg" "select 1"
t_eq "postgresql: select 1" 1 "$T_OUT"

# --- a wrong password is refused (mariadb exits 1, psql 2 on connection failure)
t_exit 1 "mariadb: wrong password refused" t_mysql "${my/seedgen:seedgen@/seedgen:wrong@}" "select 1"
t_match "mariadb: says access denied" 'Access denied' "$T_ERR"
t_exit 2 "postgresql: wrong password refused" t_pg "${pg/seedgen:seedgen@/seedgen:wrong@}" "select 1"
t_match "postgresql: says password authentication failed" 'password authentication failed' "$T_ERR"

# --- server settings seedgen relies on
t_eq "mariadb: local_infile is ON" "local_infile	ON" \
	"$(t_mysql "$my" "show global variables like 'local_infile'")"
t_eq "mariadb: server charset utf8mb4" utf8mb4 "$(t_mysql "$my" "select @@character_set_server")"
t_eq "mariadb: max_allowed_packet 64M" 67108864 "$(t_mysql "$my" "select @@max_allowed_packet")"
t_eq "postgresql: server encoding UTF8" UTF8 "$(t_pg "$pg" "show server_encoding")"

# --- the servers do not run as root
uid=$(t_pg "$pg" "create temp table w(u text); copy w from program 'id -u'; select u from w")
t_match "postgresql: server runs as a non-root OS user (uid $uid)" '^[1-9][0-9]*$' "$uid"
port=${my##*:}
port=${port%/}
pid=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
if [ -n "$pid" ]; then
	t_match "mariadb: server runs as a non-root OS user" '^[1-9][0-9]*$' "$(stat -c %u "/proc/$pid")"
else
	t_skip "mariadb: server runs as a non-root OS user" "listening pid not visible"
fi

# --- databases through the helpers: create, use, re-create, drop
db=sg_t00_servers
t_defer t_mysql_dropdb "$db"
t_defer t_pg_dropdb "$db"

t_ok "mariadb: create database" t_mysql_createdb "$db"
mydb=$T_OUT
t_eq "mariadb: database URL" "${my}$db" "$mydb"
t_ok "mariadb: create table, insert utf8mb4" t_mysql "$mydb" \
	"create table t (id int primary key, s varchar(20)); insert into t values (1, 'crème 🌱')"
t_eq "mariadb: read back" "1	crème 🌱" "$(t_mysql "$mydb" "select id, s from t")"
printf '2\tloaded\n3\t\\N\n' >"$T_TMP/rows.tsv"
t_ok "mariadb: LOAD DATA LOCAL INFILE" t_mysql "$mydb" \
	"load data local infile '$T_TMP/rows.tsv' into table t"
t_eq "mariadb: loaded rows" "3" "$(t_mysql "$mydb" "select count(*) from t")"
t_eq "mariadb: NULL prints as NULL" "NULL" "$(t_mysql "$mydb" "select s from t where id = 3")"
t_ok "mariadb: re-create drops the old database" t_mysql_createdb "$db"
t_eq "mariadb: re-created database is empty" 0 \
	"$(t_mysql "$SEEDGEN_MYSQL_URL" "select count(*) from information_schema.tables where table_schema = '$db'")"
t_ok "mariadb: drop database" t_mysql_dropdb "$db"
t_eq "mariadb: database is gone" 0 \
	"$(t_mysql "$SEEDGEN_MYSQL_URL" "select count(*) from information_schema.schemata where schema_name = '$db'")"

t_ok "postgresql: create database" t_pg_createdb "$db"
pgdb=$T_OUT
t_eq "postgresql: database URL" "${pg%/postgres}/$db" "$pgdb"
t_ok "postgresql: create table, insert" t_pg "$pgdb" \
	"create table t (id int primary key, s text); insert into t values (1, 'crème 🌱')"
t_eq "postgresql: read back" "1	crème 🌱" "$(t_pg "$pgdb" "select id, s from t")"
t_ok "postgresql: COPY FROM STDIN" t_pg "$pgdb" "copy t from stdin" < "$T_TMP/rows.tsv"
t_eq "postgresql: copied rows" 3 "$(t_pg "$pgdb" "select count(*) from t")"
t_eq "postgresql: NULL prints as empty" "" "$(t_pg "$pgdb" "select s from t where id = 3")"
t_ok "postgresql: re-create drops the old database" t_pg_createdb "$db"
t_eq "postgresql: re-created database is empty" 0 \
	"$(t_pg "$pgdb" "select count(*) from pg_tables where schemaname = 'public'")"
t_ok "postgresql: drop database" t_pg_dropdb "$db"
t_eq "postgresql: database is gone" 0 \
	"$(t_pg "$pg" "select count(*) from pg_database where datname = '$db'")"

t_summary
