#!/usr/bin/env bash
# Issue 11: undo deletes only on the server, database and schema the run
# wrote to, and only the keys the run itself inserted. Concurrent runs on
# one table each record exactly their own rows; a PostgreSQL sequence behind
# max(id) loses no keys; a tampered report (keys != inserted) is refused;
# reseed on a PostgreSQL inheritance parent leaves the children's rows.
. "$(dirname "$0")/../lib.sh"

cd "$T_TMP" || t_bail "no scratch dir"

keys_of() { # REPORT TABLE: one key per line
	jq -r --arg t "$2" '.tables[] | select(.name == $t) | .keys.ranges[] | range(.[0]; .[1] + 1)' "$1"
}
keys_ok() { # REPORT: every table's keys count exactly its inserted rows
	jq -e 'all(.tables[]; ([.keys.ranges[]? | .[1] - .[0] + 1] | add // 0) == .inserted)' "$1" >/dev/null
}

# --- identity: another server, database, schema ----------------------------
pg=$(t_pg_createdb sg_t65_a) || t_bail "cannot create database"
pg_b=$(t_pg_createdb sg_t65_b) || t_bail "cannot create database"
for u in "$pg" "$pg_b"; do
	t_pg "$u" "CREATE TABLE items (id serial PRIMARY KEY, name varchar(40) NOT NULL);
		CREATE SCHEMA other; CREATE TABLE other.items (id serial PRIMARY KEY, name varchar(40) NOT NULL)" ||
		t_bail "cannot create tables"
done
t_exit 0 "pg: seed public.items" "$SEEDGEN" --db "$pg" --table items --count 7 --seed 1 --report "$T_TMP/a.json" -q
t_ok "the report records the server's identity" jq -e \
	'.server.server_id | test("^[0-9]+$")' "$T_TMP/a.json"
t_ok "the report records database and schema" jq -e \
	'.server.database == "sg_t65_a" and .server.schema == "public" and .server.port > 0' "$T_TMP/a.json"
t_exit 2 "undo on another database is refused" "$SEEDGEN" undo --db "$pg_b" --report "$T_TMP/a.json"
t_match "names the databases" "another database.*'sg_t65_a'.*--db reached database 'sg_t65_b'" "$T_ERR"
t_exit 2 "undo on another schema is refused" "$SEEDGEN" undo --db "$pg" --schema other --report "$T_TMP/a.json"
t_match "names the schemas" "another schema.*schema 'public'.*schema 'other'" "$T_ERR"
jq '.server.server_id = "6999999999999999999"' "$T_TMP/a.json" >"$T_TMP/a-other.json"
t_exit 2 "undo on another server is refused" "$SEEDGEN" undo --db "$pg" --report "$T_TMP/a-other.json"
t_match "says another server" 'another server' "$T_ERR"
jq 'del(.server)' "$T_TMP/a.json" >"$T_TMP/a-old.json"
t_exit 2 "a report without the server's identity is refused" "$SEEDGEN" undo --db "$pg" --report "$T_TMP/a-old.json"
t_eq "nothing was deleted by the refused undos" 7 "$(t_pg "$pg" "SELECT COUNT(*) FROM items")"
t_eq "other schema untouched" 0 "$(t_pg "$pg" "SELECT COUNT(*) FROM other.items")"

# --- keys that differ from "inserted" ---------------------------------------
jq '(.tables[0].keys.ranges) += [[1000, 1000999]]' "$T_TMP/a.json" >"$T_TMP/a-more.json"
t_pg "$pg" "INSERT INTO items (id, name) SELECT g, 'other run' FROM generate_series(1000, 1100) g"
t_exit 2 "undo refuses a report whose keys outnumber its inserted rows" \
	"$SEEDGEN" undo --db "$pg" --report "$T_TMP/a-more.json"
t_match "says why" "lists 1000007 keys for 'items' but the run inserted 7" "$T_ERR"
t_eq "the other run's rows are still there" 101 "$(t_pg "$pg" "SELECT COUNT(*) FROM items WHERE name = 'other run'")"
t_exit 0 "undo with the true report" "$SEEDGEN" undo --db "$pg" --report "$T_TMP/a.json"
t_eq "only the run's 7 rows went" 101 "$(t_pg "$pg" "SELECT COUNT(*) FROM items")"

# --- PostgreSQL: the sequence behind max(id) --------------------------------
t_pg "$pg_b" "INSERT INTO items (name) SELECT 'old' FROM generate_series(1, 10);
	INSERT INTO items (id, name) VALUES (1000, 'explicit')"
t_exit 0 "pg: seed with the sequence behind max(id)" "$SEEDGEN" --db "$pg_b" --table items --count 5 \
	--seed 2 --report "$T_TMP/seq.json" -q
t_eq "the report lists the 5 keys the sequence gave" "11 12 13 14 15" "$(keys_of "$T_TMP/seq.json" items | xargs)"
t_exit 0 "undo" "$SEEDGEN" undo --db "$pg_b" --report "$T_TMP/seq.json"
t_match "deletes the 5 rows" 'items: 5 deleted' "$T_OUT"
t_nomatch "none reported as already gone" 'items: [0-9]+ already gone' "$T_OUT"
t_eq "the table is as before" 11 "$(t_pg "$pg_b" "SELECT COUNT(*) FROM items")"

# --- concurrent runs on one table -------------------------------------------
concurrent() { # URL LABEL
	local url=$1 label=$2 n=30000 before
	before=$(count_items "$url")
	"$SEEDGEN" --db "$url" --table items --count $n --seed 11 --report "$T_TMP/$label-1.json" -q \
		>"$T_TMP/$label-1.out" 2>&1 &
	local p1=$!
	"$SEEDGEN" --db "$url" --table items --count $n --seed 12 --report "$T_TMP/$label-2.json" -q \
		>"$T_TMP/$label-2.out" 2>&1 &
	local p2=$!
	wait $p1; local r1=$?
	wait $p2; local r2=$?
	t_eq "$label: both concurrent runs succeed" "0 0" "$r1 $r2"
	t_ok "$label: run 1's keys count exactly its rows" keys_ok "$T_TMP/$label-1.json"
	t_ok "$label: run 2's keys count exactly its rows" keys_ok "$T_TMP/$label-2.json"
	t_eq "$label: the two runs claim no key in common" "" \
		"$(comm -12 <(keys_of "$T_TMP/$label-1.json" items | sort) <(keys_of "$T_TMP/$label-2.json" items | sort) | head -3)"
	t_exit 0 "$label: undo run 1" "$SEEDGEN" undo --db "$url" --report "$T_TMP/$label-1.json"
	t_match "$label: undo deletes exactly run 1's rows" "items: $n deleted" "$T_OUT"
	t_eq "$label: run 2's rows all remain" "$((before + n))" "$(count_items "$url")"
}
count_items() {
	case "$1" in
	mysql://*) t_mysql "$1" "SELECT COUNT(*) FROM items" ;;
	*) t_pg "$1" "SELECT COUNT(*) FROM items" ;;
	esac
}
my=$(t_mysql_createdb sg_t65_my) || t_bail "cannot create database"
t_mysql "$my" "CREATE TABLE items (id int AUTO_INCREMENT PRIMARY KEY, name varchar(40) NOT NULL) ENGINE=InnoDB" ||
	t_bail "cannot create table"
concurrent "$my" mariadb
pg_c=$(t_pg_createdb sg_t65_c) || t_bail "cannot create database"
t_pg "$pg_c" "CREATE TABLE items (id serial PRIMARY KEY, name varchar(40) NOT NULL)" || t_bail "no table"
concurrent "$pg_c" postgresql

# --- reseed on a PostgreSQL inheritance parent -------------------------------
t_pg "$pg_b" "CREATE TABLE animals (id serial PRIMARY KEY, name varchar(40) NOT NULL);
	CREATE TABLE dogs (breed varchar(40)) INHERITS (animals);
	INSERT INTO dogs (name, breed) SELECT 'dog ' || g, 'collie' FROM generate_series(1, 20) g;
	INSERT INTO animals (name) SELECT 'cat ' || g FROM generate_series(1, 5) g"
t_exit 0 "reseed --dry-run on an inheritance parent" "$SEEDGEN" reseed --db "$pg_b" --table animals \
	--count 3 --dry-run
t_match "the dry run says it deletes with ONLY" "deletes from 'animals' only \(DELETE FROM ONLY\).*'dogs' stay" "$T_OUT"
t_exit 0 "reseed an inheritance parent" "$SEEDGEN" reseed --db "$pg_b" --table animals --count 3 \
	--report "$T_TMP/reseed.json" -q
t_eq "the child table keeps its 20 rows" 20 "$(t_pg "$pg_b" "SELECT COUNT(*) FROM dogs")"
t_eq "the parent's own rows were replaced" 3 "$(t_pg "$pg_b" "SELECT COUNT(*) FROM ONLY animals")"

t_pg_dropdb sg_t65_a
t_pg_dropdb sg_t65_b
t_pg_dropdb sg_t65_c
t_mysql_dropdb sg_t65_my
t_summary
