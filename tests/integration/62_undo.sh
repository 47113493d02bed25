#!/usr/bin/env bash
# Issue 6, acceptance 2: every writing run leaves a report with the keys of
# exactly the rows it inserted, and `seedgen undo --report` deletes those
# rows: afterwards every table's checksum equals its value before the run,
# on MariaDB (TERP) and PostgreSQL (Pivotal). Rows referenced by other
# data stop the undo unless --cascade; rows already gone are counted.
. "$(dirname "$0")/../lib.sh"

terp="$ROOT/../shared/schemas/terp/mysql.sql"
pivotal="$ROOT/../shared/schemas/pivotal/postgres.sql"
t_need_shared "$terp" "$pivotal"
cd "$T_TMP" || t_bail "no scratch dir"

mysql_sums() {
	local tables
	tables=$(t_mysql "$1" "SELECT GROUP_CONCAT(CONCAT('\`', table_name, '\`') ORDER BY table_name)
		FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")
	t_mysql "$1" "CHECKSUM TABLE $tables" | sed 's/^[^.]*\.//' | sort
}
pg_sums() {
	t_pg "$1" "SELECT string_agg(format('SELECT %L, md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) FROM %I t;', tablename, '|', '', tablename), ' ')
		FROM pg_tables WHERE schemaname = 'public'" | t_pg "$1" | sort
}

# --- MariaDB: TERP, existing rows present, then ten tables seeded ---------
db=$(t_mysql_createdb sg_t62_terp) || t_bail "cannot create database"
t_mysql "$db" <"$terp" || t_bail "cannot load TERP"
t_exit 0 "existing data: 15 users, 10 clients" "$SEEDGEN" --db "$db" --table users,clients --count 12 --seed 1 -q
before=$(mysql_sums "$db")
tables=users,clients,products,strains,vendors,orders,batches,comments,todo_lists,todo_tasks
t_exit 0 "seed ten tables (and their parents)" "$SEEDGEN" --db "$db" --table "$tables" --count 25 \
	--with-parents --seed 2 --report "$T_TMP/run.json"
t_match "the run names its report" 'run report: .*run.json' "$T_ERR"
t_ok "the report lists keys for every table" jq -e \
	'.status == "ok" and (.tables | length >= 10) and all(.tables[]; .committed and (.keys.ranges | length) > 0)' "$T_TMP/run.json"
t_ok "report: every table's key ranges count exactly its inserted rows" jq -e \
	'all(.tables[]; ([.keys.ranges[] | .[1] - .[0] + 1] | add) == .inserted)' "$T_TMP/run.json"
t_ok "report: the users keys all lie above the 12 existing users" jq -e \
	'.tables[] | select(.name == "users") | .keys.ranges[0][0] > 12' "$T_TMP/run.json"
t_ok "the run changed the data" test "$before" != "$(mysql_sums "$db")"

t_exit 0 "undo --dry-run" "$SEEDGEN" undo --db "$db" --report "$T_TMP/run.json" --dry-run
t_match "dry run says what it would delete" 'would delete [0-9]+ rows' "$T_OUT"
t_ok "dry run deleted nothing" test "$before" != "$(mysql_sums "$db")"

# A row of other data that references a run row stops the undo.
t_mysql "$db" "INSERT INTO todo_lists (name, owner_id) SELECT 'kept by hand', MAX(id) FROM users"
t_exit 1 "undo stops on a referencing row" "$SEEDGEN" undo --db "$db" --report "$T_TMP/run.json"
t_match "names the referencing table" "of 'todo_lists' \(owner_id\)" "$T_OUT"
t_match "says nothing was deleted" 'nothing was deleted' "$T_ERR"
t_mysql "$db" "DELETE FROM todo_lists WHERE name = 'kept by hand'"

# Rows already gone are counted, not errors.
t_mysql "$db" "DELETE FROM comments ORDER BY id DESC LIMIT 3"
t_exit 0 "undo" "$SEEDGEN" undo --db "$db" --report "$T_TMP/run.json"
t_match "counts the rows already gone" 'comments: 3 already gone' "$T_OUT"
t_eq "MariaDB: every table's checksum equals its value before the run" "$before" "$(mysql_sums "$db")"
t_exit 0 "a second undo finds nothing left" "$SEEDGEN" undo --db "$db" --report "$T_TMP/run.json"
t_match "everything already gone" 'deleted 0 rows' "$T_OUT"

# --cascade deletes the referencing rows too.
t_exit 0 "seed again" "$SEEDGEN" --db "$db" --table todo_lists --count 5 --seed 3 --report "$T_TMP/r2.json" -q
t_mysql "$db" "INSERT INTO todo_tasks (list_id, title, created_by) SELECT MAX(id), 'by hand', MIN(owner_id) FROM todo_lists"
t_exit 1 "referenced: stops" "$SEEDGEN" undo --db "$db" --report "$T_TMP/r2.json"
t_exit 0 "--cascade" "$SEEDGEN" undo --db "$db" --report "$T_TMP/r2.json" --cascade
t_eq "the referencing task went too" 0 "$(t_mysql "$db" "SELECT COUNT(*) FROM todo_tasks WHERE title = 'by hand'")"
t_eq "back to the state before" "$before" "$(mysql_sums "$db")"

# The report must belong to the database.
other=$(t_mysql_createdb sg_t62_other) || t_bail "cannot create database"
t_exit 2 "a report of another database is refused" "$SEEDGEN" undo --db "$other" --report "$T_TMP/run.json"
t_match "names both databases" "database 'sg_t62_terp'.*not on" "$T_ERR"
t_exit 2 "a missing report" "$SEEDGEN" undo --db "$db" --report "$T_TMP/nope.json"
t_match "names the file" "nope.json" "$T_ERR"
echo '{"format": "seedgen-run/1", "tables": [' >"$T_TMP/bad.json"
t_exit 2 "a malformed report" "$SEEDGEN" undo --db "$db" --report "$T_TMP/bad.json"
t_match "malformed report: line and column" 'bad.json:[0-9]+:[0-9]+: malformed JSON' "$T_ERR"

# --- PostgreSQL: Pivotal (text keys recorded as generated) ------------------
pv=$(t_pg_createdb sg_t62_pivotal) || t_bail "cannot create database"
t_pg "$pv" <"$pivotal" >/dev/null || t_bail "cannot load Pivotal"
t_exit 0 "pivotal: existing organizations" "$SEEDGEN" --db "$pv" --table organizations,users --count 4 --seed 1 -q
pbefore=$(pg_sums "$pv")
t_exit 0 "pivotal: seed every table" "$SEEDGEN" --db "$pv" --all --count 10 --seed 5 --report "$T_TMP/pv.json" -q
t_ok "pivotal: text keys are listed" jq -e 'all(.tables[]; (.keys.values | length) == .inserted)' "$T_TMP/pv.json"
t_exit 0 "pivotal: undo" "$SEEDGEN" undo --db "$pv" --report "$T_TMP/pv.json"
t_eq "PostgreSQL: every table's checksum equals its value before the run" "$pbefore" "$(pg_sums "$pv")"

t_summary
