#!/usr/bin/env bash
# The bad-input catalogue (tests/bad_inputs.tsv; its header documents the
# format): sets up one MariaDB and one PostgreSQL database with a small
# schema of awkward cases, a read-only user on each and the files the cases
# name, then runs every case and asserts its exact exit status, that stderr
# names the bad thing (the case's regex), that the secret password is never
# printed, and that no table of either database gained or lost a row.
. "$(dirname "$0")/../lib.sh"

CATALOGUE=${SEEDGEN_CATALOGUE:-$ROOT/tests/bad_inputs.tsv} # another file: for trying cases
SECRET=Sup3rS3cretPw
RO_USER=sg_t70_ro
RO_PASS=sg_t70_ro_pw

my=$(t_mysql_createdb sg_t70_bad) || t_bail "cannot create MariaDB database"
pg=$(t_pg_createdb sg_t70_bad) || t_bail "cannot create PostgreSQL database"

t_mysql "$my" "
CREATE TABLE users (id int AUTO_INCREMENT PRIMARY KEY, email varchar(100) NOT NULL UNIQUE,
  role enum('admin','member','guest') NOT NULL DEFAULT 'member', name varchar(5));
INSERT INTO users (email, role, name) VALUES ('a@x.io','admin','Ann'), ('b@x.io','member','Bo'),
  ('c@x.io','guest','Cy');
CREATE TABLE orders (id int AUTO_INCREMENT PRIMARY KEY, user_id int NOT NULL,
  status enum('new','paid','shipped') NOT NULL, total decimal(10,2),
  FOREIGN KEY (user_id) REFERENCES users (id));
INSERT INTO orders (user_id, status, total) VALUES (1, 'paid', 10.50);
CREATE TABLE shapes (id int AUTO_INCREMENT PRIMARY KEY, area bit(8) NOT NULL);
CREATE TABLE cyc_a (id int AUTO_INCREMENT PRIMARY KEY, b_id int NOT NULL);
CREATE TABLE cyc_b (id int AUTO_INCREMENT PRIMARY KEY, a_id int NOT NULL,
  FOREIGN KEY (a_id) REFERENCES cyc_a (id));
ALTER TABLE cyc_a ADD FOREIGN KEY (b_id) REFERENCES cyc_b (id);
CREATE TABLE profiles (id int AUTO_INCREMENT PRIMARY KEY, user_id int NOT NULL UNIQUE,
  bio varchar(100), FOREIGN KEY (user_id) REFERENCES users (id));
CREATE TABLE teams (id int AUTO_INCREMENT PRIMARY KEY, name varchar(50) NOT NULL);
CREATE TABLE members (id int AUTO_INCREMENT PRIMARY KEY, team_id int NOT NULL,
  FOREIGN KEY (team_id) REFERENCES teams (id));
DROP USER IF EXISTS '$RO_USER'@'%';
CREATE USER '$RO_USER'@'%' IDENTIFIED BY '$RO_PASS';
GRANT SELECT ON \`sg_t70_bad\`.* TO '$RO_USER'@'%';
" || t_bail "cannot create the MariaDB schema"
t_defer t_mysql "$SEEDGEN_MYSQL_URL" "DROP USER IF EXISTS '$RO_USER'@'%'"

t_pg "$pg" "
CREATE TYPE user_role AS ENUM ('admin', 'member', 'guest');
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE users (id serial PRIMARY KEY, email varchar(100) NOT NULL UNIQUE,
  role user_role NOT NULL DEFAULT 'member', name varchar(5));
INSERT INTO users (email, role, name) VALUES ('a@x.io','admin','Ann'), ('b@x.io','member','Bo'),
  ('c@x.io','guest','Cy');
CREATE TABLE orders (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users (id),
  status order_status NOT NULL, total numeric(10,2));
INSERT INTO orders (user_id, status, total) VALUES (1, 'paid', 10.50);
CREATE TABLE shapes (id serial PRIMARY KEY, area pg_lsn NOT NULL);
CREATE TABLE cyc_a (id serial PRIMARY KEY, b_id int NOT NULL);
CREATE TABLE cyc_b (id serial PRIMARY KEY, a_id int NOT NULL REFERENCES cyc_a (id));
ALTER TABLE cyc_a ADD FOREIGN KEY (b_id) REFERENCES cyc_b (id);
CREATE TABLE profiles (id serial PRIMARY KEY, user_id int NOT NULL UNIQUE REFERENCES users (id),
  bio varchar(100));
CREATE TABLE teams (id serial PRIMARY KEY, name varchar(50) NOT NULL);
CREATE TABLE members (id serial PRIMARY KEY, team_id int NOT NULL REFERENCES teams (id));
" >/dev/null || t_bail "cannot create the PostgreSQL schema"
# A role is global to the cluster: drop a leftover one (its grants went
# with the recreated database), create it, drop it at the end.
t_pg "$SEEDGEN_PG_URL" "DROP ROLE IF EXISTS $RO_USER" >/dev/null 2>&1
t_pg "$SEEDGEN_PG_URL" "CREATE ROLE $RO_USER LOGIN PASSWORD '$RO_PASS'" >/dev/null ||
	t_bail "cannot create the PostgreSQL read-only role"
t_pg "$pg" "GRANT SELECT ON ALL TABLES IN SCHEMA public TO $RO_USER" >/dev/null ||
	t_bail "cannot grant SELECT"
t_defer t_pg "$SEEDGEN_PG_URL" "DROP ROLE IF EXISTS $RO_USER"
t_defer t_pg_dropdb sg_t70_bad

# The URL pieces of both databases.
_t_mysql_parse "$my"
MYHOST=$_T_H MYPORT=$_T_PORT MYDB=$_T_DB
re='^postgres(ql)?://[^@]*@([^:/]+):([0-9]+)/([^?]+)'
[[ $pg =~ $re ]] || t_bail "cannot parse '$pg'"
PGHOST=${BASH_REMATCH[2]} PGPORT=${BASH_REMATCH[3]} PGDB=${BASH_REMATCH[4]}
MY_RO="mysql://$RO_USER:$RO_PASS@$MYHOST:$MYPORT/$MYDB"
PG_RO="postgresql://$RO_USER:$RO_PASS@$PGHOST:$PGPORT/$PGDB"

# The files the cases name.
F=$T_TMP/files
mkdir -p "$F/config" "$F/contract" "$F/checks" "$F/dir" "$T_TMP/cwd"
printf '{\n  "tables": {\n    "orders": { "count": 5, }\n  }\n}\n' >"$F/config/malformed.json"
# a run report and a reconcile file that are valid, so that the production
# guard is what refuses them
printf '{"format": "seedgen-run/1", "dialect": "mysql", "tables": [{"name": "users", "committed": true, "inserted": 1, "keys": {"columns": ["id"], "ranges": [[1, 1]]}}]}\n' >"$F/report.json"
printf '{"tables": [{"table": "users", "key": ["email"], "rows": [{"email": "c@x.io", "role": "guest", "name": "Cy"}]}]}\n' >"$F/reconcile.json"
printf '{ "tables": { "orders": { "count": 5 }' >"$F/config/truncated.json"
printf '{ "tables": { "odrers": { "count": 5 } } }\n' >"$F/config/unknown_table.json"
printf '{ "tables": { "orders": { "columns": { "stauts": { "null_rate": 0 } } } } }\n' \
	>"$F/config/unknown_column.json"
printf '{ "tables": { "orders": { "cuont": 5 } } }\n' >"$F/config/unknown_key.json"
printf '{ "tabels": { "orders": { "count": 5 } } }\n' >"$F/config/unknown_top_key.json"
printf '{ "tables": { "orders": { "count": "five" } } }\n' >"$F/config/count_string.json"
printf '{ "defaults": { "null_rate": "high" } }\n' >"$F/config/rate_string.json"
printf '{ "tables": { "orders": { "columns": { "status": { "values": [true] } } } } }\n' \
	>"$F/config/values_bool.json"
printf '{ "tables": { "orders": { "columns": { "total": { "min": 100, "max": 10 } } } } }\n' \
	>"$F/config/min_max.json"
printf '{ "tables": { "orders": { "columns": { "status": { "values": ["new", "refunded"] } } } } }\n' \
	>"$F/config/enum_value.json"
printf '{ "tables": { "users": { "columns": { "name": { "values": ["Alexandra"] } } } } }\n' \
	>"$F/config/too_long.json"
printf '{ "tables": { "orders": { "relations": { "user_id": { "references": "clients.id" } } } } }\n' \
	>"$F/config/ref_table.json"
printf '{ "scenarios": { "tiny": { "defaults": { "count": 2 } } } }\n' >"$F/config/scenarios.json"
printf '{ "format": "seedgen-schema/1", "tables": [ ' >"$F/contract/malformed.json"
printf '{ "format": "something/9", "tables": [] }\n' >"$F/contract/format.json"
printf '{ "checks": [ { "name": "x", "kind": "table_exists" ' >"$F/checks/malformed.json"
printf '{ "checks": [ { "name": "x", "kind": "row_count", "table": "users" } ] }\n' \
	>"$F/checks/kind.json"

# Every table's row count, both databases, one line: a case that wrote (or
# deleted) anything changes it.
my_tables=$(t_mysql "$my" "SELECT table_name FROM information_schema.tables
	WHERE table_schema = DATABASE() ORDER BY table_name")
pg_tables=$(t_pg "$pg" "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
count_sql() { # count_sql QUOTE TABLE...
	local q=$1 sql='' t
	shift
	for t in "$@"; do sql+="${sql:+ UNION ALL }SELECT '$t', COUNT(*) FROM $q$t$q"; done
	echo "$sql"
}
# shellcheck disable=SC2086 # the table names are plain words
my_count_sql=$(count_sql '`' $my_tables)
# shellcheck disable=SC2086
pg_count_sql=$(count_sql '"' $pg_tables)
row_counts() {
	t_mysql "$my" "$my_count_sql" | tr '\t\n' '= '
	echo
	t_pg "$pg" "$pg_count_sql" | tr '\t\n' '= '
}
t_eq "every table exists on both databases" "8 8" \
	"$(wc -w <<<"$my_tables") $(wc -w <<<"$pg_tables")"
baseline=$(row_counts)
t_match "the counts are readable" '^cyc_a=0 cyc_b=0 members=0 orders=1 profiles=0 shapes=0 teams=0 users=3 $' \
	"$(head -1 <<<"$baseline")"

subst() {
	local s=$1
	s=${s//\{MY_RO\}/$MY_RO}
	s=${s//\{PG_RO\}/$PG_RO}
	s=${s//\{MY\}/$my}
	s=${s//\{PG\}/$pg}
	s=${s//\{MYHOST\}/$MYHOST}
	s=${s//\{MYPORT\}/$MYPORT}
	s=${s//\{MYDB\}/$MYDB}
	s=${s//\{PGHOST\}/$PGHOST}
	s=${s//\{PGPORT\}/$PGPORT}
	s=${s//\{PGDB\}/$PGDB}
	s=${s//\{SECRET\}/$SECRET}
	s=${s//\{TMP\}/$F}
	printf '%s' "$s"
}

ncases=0
declare -A seen=()
lineno=0
while IFS= read -r line || [ -n "$line" ]; do
	lineno=$((lineno + 1))
	case $line in '' | '#'*) continue ;; esac
	IFS=$'\t' read -r name code regex args extra <<<"$line"
	where="${CATALOGUE##*/}:$lineno"
	if [ -z "$args" ] || [ -n "$extra" ] || ! [[ $code =~ ^[0-9]+$ ]] ||
		! [[ $name =~ ^[A-Za-z0-9_-]+$ ]] || [ -z "$regex" ]; then
		_t_fail "$where: not 4 TAB-separated fields (name, exit, regex, arguments)" "$line"
		continue
	fi
	if [ -n "${seen[$name]:-}" ]; then
		_t_fail "$where: case name '$name' repeats line ${seen[$name]}"
		continue
	fi
	seen[$name]=$lineno
	ncases=$((ncases + 1))

	# Split like a shell line (quotes honoured, nothing expanded).
	argv=()
	if ! mapfile -d '' -t argv < <(subst "$args" | xargs printf '%s\0'); then
		_t_fail "$where: cannot split the arguments" "$args"
		continue
	fi
	envs=()
	while [ ${#argv[@]} -gt 0 ] && [[ ${argv[0]} =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; do
		envs+=("${argv[0]}")
		argv=("${argv[@]:1}")
	done

	# Run from a scratch directory: a run report must not land in the repo.
	t_exit "$code" "$name: exit status $code" \
		env -u DATABASE_URL -u SEEDGEN_ENV -u SEEDGEN_CONFIG -C "$T_TMP/cwd" "${envs[@]}" \
		"$SEEDGEN" "${argv[@]}"
	t_match "$name: the message names the bad thing" "$(subst "$regex")" "$T_ERR"
	t_nomatch "$name: no password printed" "$SECRET" "$T_OUT$T_ERR"
	# after a case that wrote, judge the next ones from where it left off
	now=$(row_counts)
	t_eq "$name: no row written" "$baseline" "$now" || baseline=$now
done <"$CATALOGUE"

t_eq "the catalogue holds at least 30 cases" 1 "$((ncases >= 30))"
echo "catalogue: $ncases cases"
t_summary
