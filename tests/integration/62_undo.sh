#!/usr/bin/env bash
# Issue 6, acceptance 2: every writing run leaves a report with the keys of
# exactly the rows it inserted, and `seedgen undo --report` deletes those
# rows: afterwards every table's checksum equals its value before the run,
# on MariaDB (TERP) and PostgreSQL (Pivotal). Rows referenced by other
# data stop the undo unless --cascade; rows already gone are counted.
# Issue 11: the rows that bootstrap a NOT NULL foreign-key cycle (the zoo's
# fk_cycle store <-> staff, and fk_cycle3's cycle of three) are undone too,
# on both servers, even when the run failed after the bootstrap; never a row
# the run's keys do not list.
. "$(dirname "$0")/../lib.sh"

cd "$T_TMP" || t_bail "no scratch dir"

# --- both servers: the NOT NULL cycle store <-> staff ------------------------
# cycle_counts DIALECT URL: "address staff store" row counts.
cycle_counts() {
	cycle_sql "$1" "$2" 'SELECT (SELECT COUNT(*) FROM address), (SELECT COUNT(*) FROM staff),
		(SELECT COUNT(*) FROM store)' | tr '\t' ' '
}
# cycle_sql DIALECT URL [SQL] (SQL from stdin when absent)
cycle_sql() {
	if [ "$1" = mysql ]; then t_mysql "$2" "${@:3}"; else t_pg "$2" "${@:3}"; fi
}
# A BEFORE INSERT trigger that lets store hold one row: the bootstrap's.
store_full_trigger() {
	if [ "$1" = mysql ]; then
		t_mysql "$2" <<'SQL'
DELIMITER //
CREATE TRIGGER store_full BEFORE INSERT ON store FOR EACH ROW
BEGIN
	IF (SELECT COUNT(*) FROM store) >= 1 THEN
		SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'store is full';
	END IF;
END//
DELIMITER ;
SQL
	else
		t_pg "$2" <<'SQL'
CREATE FUNCTION store_full() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF (SELECT count(*) FROM store) >= 1 THEN RAISE EXCEPTION 'store is full'; END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER store_full BEFORE INSERT ON store FOR EACH ROW EXECUTE FUNCTION store_full();
SQL
	fi
}

for d in mysql pg; do
	if [ "$d" = mysql ]; then
		# Other first: its table references the cycle's database.
		ourl=$(t_mysql_createdb sg_t62_cycle_other) || t_bail "cannot create database"
		url=$(t_mysql_createdb sg_t62_cycle) || t_bail "cannot create database"
	else
		url=$(t_pg_createdb sg_t62_cycle) || t_bail "cannot create database"
	fi
	cycle_sql "$d" "$url" <"$ROOT/tests/zoo/fk_cycle.$d.sql" >/dev/null || t_bail "cannot load fk_cycle.$d"
	cycle_sql "$d" "$url" "INSERT INTO address (address, district, phone) VALUES
		('1 Kept Rd', 'Kept', '555-0001'), ('2 Kept Rd', 'Kept', '555-0002'), ('3 Kept Rd', 'Kept', '555-0003')"
	cbefore=$(cycle_counts "$d" "$url")
	t_eq "$d cycle: 3 addresses, no staff, no store before the run" "3 0 0" "$cbefore"
	t_exit 0 "$d cycle: --all" "$SEEDGEN" --db "$url" --all --count 20 --seed 1 --report "$T_TMP/cyc_$d.json" -q
	t_eq "$d cycle: the run bootstrapped the cycle" "23 20 20" "$(cycle_counts "$d" "$url")"
	t_ok "$d cycle: the report lists one bootstrap row each for staff and store, cycle 'staff'" jq -e \
		'[.tables[] | select(.keys.bootstrap) | "\(.name) \(.keys.bootstrap.cycle) \(.keys.bootstrap.values | length)"] == ["staff staff 1", "store staff 1"]' \
		"$T_TMP/cyc_$d.json"
	t_ok "$d cycle: every table's keys count exactly its inserted rows" jq -e \
		'all(.tables[]; ([.keys.ranges[] | .[1] - .[0] + 1] | add) == .inserted)' "$T_TMP/cyc_$d.json"
	t_ok "$d cycle: the bootstrap keys are among the table's keys" jq -e \
		'all(.tables[] | select(.keys.bootstrap); (.keys.bootstrap.values[0][0] | tonumber) as $k | any(.keys.ranges[]; .[0] <= $k and $k <= .[1]))' \
		"$T_TMP/cyc_$d.json"

	# Keys outnumbering the inserted rows: refused, as for any table.
	jq '(.tables[] | select(.name == "store") | .inserted) = 19' "$T_TMP/cyc_$d.json" >"$T_TMP/cyc_${d}_more.json"
	t_exit 2 "$d cycle: a report with more store keys than rows is refused" \
		"$SEEDGEN" undo --db "$url" --report "$T_TMP/cyc_${d}_more.json"
	t_match "$d cycle: names the table" "lists 20 keys for 'store' but the run inserted 19" "$T_ERR"

	# A row the run did not insert, named as a bootstrap row: not deleted.
	jq '(.tables[] | select(.name == "address") | .keys.bootstrap) = {"cycle": "address", "values": [["1"]]}' \
		"$T_TMP/cyc_$d.json" >"$T_TMP/cyc_${d}_forged.json"

	# A row of another database (MariaDB) / schema (PostgreSQL), which undo's
	# own reference check does not see, pointing at the bootstrap staff row.
	boot_staff=$(jq -r '.tables[] | select(.name == "staff") | .keys.bootstrap.values[0][0]' "$T_TMP/cyc_$d.json")
	if [ "$d" = mysql ]; then
		t_mysql "$ourl" "CREATE TABLE note (id INT PRIMARY KEY, staff_id TINYINT UNSIGNED NOT NULL,
			FOREIGN KEY (staff_id) REFERENCES sg_t62_cycle.staff (staff_id)) ENGINE=InnoDB;
			INSERT INTO note VALUES (1, $boot_staff)"
	else
		t_pg "$url" "CREATE SCHEMA other; CREATE TABLE other.note (id int PRIMARY KEY,
			staff_id int NOT NULL REFERENCES public.staff (staff_id)); INSERT INTO other.note VALUES (1, $boot_staff)"
	fi
	t_exit 1 "$d cycle: a row elsewhere referencing the bootstrap staff row stops the undo" \
		"$SEEDGEN" undo --db "$url" --report "$T_TMP/cyc_$d.json"
	t_match "$d cycle: says which cycle's rows could not go" "bootstrapped the NOT NULL cycle through 'staff'" "$T_ERR"
	t_eq "$d cycle: nothing was deleted" "23 20 20" "$(cycle_counts "$d" "$url")"
	if [ "$d" = mysql ]; then t_mysql "$ourl" "DROP TABLE note"; else t_pg "$url" "DROP SCHEMA other CASCADE"; fi

	t_exit 0 "$d cycle: undo" "$SEEDGEN" undo --db "$url" --report "$T_TMP/cyc_${d}_forged.json"
	t_match "$d cycle: deletes every row of the run" 'deleted 60 rows .* from 3 tables' "$T_OUT"
	t_eq "$d cycle: every table has its row count from before the run" "$cbefore" "$(cycle_counts "$d" "$url")"
	t_eq "$d cycle: the kept addresses stay" 3 \
		"$(cycle_sql "$d" "$url" "SELECT COUNT(*) FROM address WHERE district = 'Kept' AND address_id <= 3")"

	# The run fails in store's own load, after the bootstrap committed.
	store_full_trigger "$d" "$url" || t_bail "cannot create the trigger"
	t_exit 3 "$d cycle: a run failing after the bootstrap" \
		"$SEEDGEN" --db "$url" --all --count 20 --seed 2 --report "$T_TMP/cyc_${d}_fail.json" -q
	t_ok "$d cycle: its report lists store's bootstrap row as committed" jq -e \
		'.status == "failed" and (.tables[] | select(.name == "store") | .committed and .inserted == 1 and (.keys.bootstrap.values | length) == 1)' \
		"$T_TMP/cyc_${d}_fail.json"
	t_exit 0 "$d cycle: undo of the failed run" "$SEEDGEN" undo --db "$url" --report "$T_TMP/cyc_${d}_fail.json"
	t_eq "$d cycle: back to the row counts from before" "$cbefore" "$(cycle_counts "$d" "$url")"
done

# A cycle of three (fk_cycle3): a text key (dept), a key the server numbers
# and a foreign key to a unique column that is not the key (project.tag).
. "$ROOT/tests/integrity.sh"
for d in mysql pg; do
	if [ "$d" = mysql ]; then
		url=$(t_mysql_createdb sg_t62_cycle3) || t_bail "cannot create database"
	else
		url=$(t_pg_createdb sg_t62_cycle3) || t_bail "cannot create database"
	fi
	cycle_sql "$d" "$url" <"$ROOT/tests/zoo/fk_cycle3.$d.sql" >/dev/null || t_bail "cannot load fk_cycle3.$d"
	t_exit 0 "$d cycle of three: --all" "$SEEDGEN" --db "$url" --all --count 30 --seed 1 --report "$T_TMP/cyc3_$d.json" -q
	t_ok "$d cycle of three: one bootstrap row each in dept, emp and project" jq -e \
		'[.tables[] | select(.keys.bootstrap) | "\(.name) \(.keys.bootstrap.cycle) \(.keys.bootstrap.values | length)"] == ["dept dept 1", "emp dept 1", "project dept 1"]' \
		"$T_TMP/cyc3_$d.json"
	t_ok "$d cycle of three: dept's bootstrap key is one of its listed text keys" jq -e \
		'.tables[] | select(.name == "dept") | .keys.bootstrap.values[0] as $k | (.keys.values | index([$k])) != null and (.keys.values | length) == .inserted' \
		"$T_TMP/cyc3_$d.json"
	t_exit 0 "$d cycle of three: undo" "$SEEDGEN" undo --db "$url" --report "$T_TMP/cyc3_$d.json"
	t_match "$d cycle of three: deletes every row" 'deleted 120 rows .* from 4 tables' "$T_OUT"
	t_eq "$d cycle of three: every table is empty again" "rows|assignment 0 rows|dept 0 rows|emp 0 rows|project 0" \
		"$(db_audit "$d" "$url" | grep '^rows|' | sort | tr '\t\n' '  ' | sed 's/ $//')"
done

terp="$ROOT/../shared/schemas/terp/mysql.sql"
pivotal="$ROOT/../shared/schemas/pivotal/postgres.sql"
t_need_shared "$terp" "$pivotal"

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
t_match "names both databases" "database 'sg_t62_terp'.*--db reached database 'sg_t62_other" "$T_ERR"
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
