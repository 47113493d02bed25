#!/usr/bin/env bash
# `seedgen realism` and realistic values on schemas other than TERP.
#
# First the check itself: hand-written rows, some realistic and some not
# (to_date before from_date, zoom 124, discount 1.5, a man named Mary, ...),
# must be scored exactly, and --min-percent must gate. Then each public-style
# schema of tests/realism/ (music store, HR, map data, remote-desktop
# gateway, order system, US states) is seeded with --all --count 200 on
# MariaDB and PostgreSQL and must hold every rule in every row.
source "$(dirname "$0")/../lib.sh"

SCHEMAS="music hr map gateway orders states"
DIR=$ROOT/tests/realism

# --- the check on known rows ------------------------------------------------
bad=$(t_mysql_createdb seedgen_t90_bad) || t_bail "cannot create database seedgen_t90_bad"
t_defer t_mysql_dropdb seedgen_t90_bad
t_ok "load known rows" t_mysql "$bad" <<'SQL'
CREATE TABLE people (id INT PRIMARY KEY, first_name VARCHAR(20), gender CHAR(1),
  birth_date DATE, hire_date DATE, email VARCHAR(80), state CHAR(2), zip VARCHAR(10),
  city VARCHAR(40), salary INT);
INSERT INTO people VALUES
 (1, 'Mary', 'F', '1980-05-01', '2010-01-01', 'mary1980@example.com', 'CA', '94607', 'Oakland', 85000),
 (2, 'Mary', 'M', '1990-05-01', '2000-01-01', 'mary1985@example.com', 'NY', '94607', 'Oakland', 483),
 (3, 'Zyx', 'F', '2999-01-01', NULL, NULL, 'C1', '1234', NULL, NULL);
CREATE TABLE spans (id INT PRIMARY KEY, from_date DATE, to_date DATE, zoom INT,
  discount REAL, created_at DATETIME);
INSERT INTO spans VALUES (1, '2020-01-01', '2021-01-01', 3, 0.25, '2024-01-01'),
 (2, '2021-01-01', '2020-01-01', 124, 1.5, '2999-01-01');
SQL
t_exit 1 "known rows: below --min-percent 100" "$SEEDGEN" realism --db "$bad" --min-percent 100
t_match "order rule counts one of two" '^order +spans +from_date <= to_date +2 +1 +50\.0%' "$T_OUT"
t_match "zoom range" '^range +spans +zoom \(zoom\) in 0\.\.22 +2 +1 +50\.0%  e\.g\. 124$' "$T_OUT"
t_match "real discount is a ratio" '^range +spans +discount \(ratio\) in 0\.\.1 +2 +1 ' "$T_OUT"
t_match "future created_at" '^not future +spans +created_at +2 +1 ' "$T_OUT"
t_match "gender from first name (Zyx unknown)" '^gender +people +first_name / gender +2 +1 ' "$T_OUT"
t_match "birth 14 years before hire" '^order +people +birth_date \+ 14 years <= hire_date +2 +1 ' "$T_OUT"
t_match "birth date in the past" '^birth date +people +birth_date +3 +2 ' "$T_OUT"
t_match "email year" '^email year +people +email / birth_date +2 +1 ' "$T_OUT"
t_match "zip in state" '^zip in state +people +zip / state +2 +1 ' "$T_OUT"
t_match "city in state" '^city in state +people +city / state +2 +1 ' "$T_OUT"
t_match "state code" '^state code +people +state +3 +2 ' "$T_OUT"
t_match "salary" '^range +people +salary \(salary\) in 10000\.\.1e\+06 +2 +1 ' "$T_OUT"
t_ok "known rows: --min-percent 40 passes" "$SEEDGEN" realism --db "$bad" --min-percent 40
t_exit 1 "known rows: --format json" "$SEEDGEN" realism --db "$bad" --format json --min-percent 100
t_eq "json: passed, min_percent" "false 100" "$(jq -r '"\(.passed) \(.min_percent)"' <<<"$T_OUT")"
t_eq "json: a rule" "spans from_date <= to_date 2 1" \
	"$(jq -r '.rules[] | select(.rule == "order" and .table == "spans") | "\(.table) \(.check) \(.rows) \(.held)"' <<<"$T_OUT")"
t_exit 2 "bad --min-percent" "$SEEDGEN" realism --db "$bad" --min-percent 101
t_match "names the option" "min-percent" "$T_ERR"
t_exit 2 "unknown table" "$SEEDGEN" realism --db "$bad" --tables nope
t_match "names the table" "nope" "$T_ERR"

# --- seeded public-style schemas ------------------------------------------
for s in $SCHEMAS; do
	my=$(t_mysql_createdb "seedgen_t90_$s") || t_bail "cannot create seedgen_t90_$s"
	t_defer t_mysql_dropdb "seedgen_t90_$s"
	t_ok "$s (MariaDB): load" t_mysql "$my" <"$DIR/$s.mysql.sql"
	t_ok "$s (MariaDB): seed --all --count 200" "$SEEDGEN" seed --db "$my" --all --count 200 --seed 90 -q
	t_ok "$s (MariaDB): realism 100%" "$SEEDGEN" realism --db "$my" --min-percent 100
	pg=$(t_pg_createdb "seedgen_t90_$s") || t_bail "cannot create seedgen_t90_$s"
	t_defer t_pg_dropdb "seedgen_t90_$s"
	t_ok "$s (PostgreSQL): load" t_pg "$pg" <"$DIR/$s.pg.sql"
	t_ok "$s (PostgreSQL): seed --all --count 200" "$SEEDGEN" seed --db "$pg" --all --count 200 --seed 90 -q
	t_ok "$s (PostgreSQL): realism 100%" "$SEEDGEN" realism --db "$pg" --min-percent 100
done

t_summary
