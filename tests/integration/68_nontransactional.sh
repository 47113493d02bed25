#!/usr/bin/env bash
# Issue 11: MyISAM, Aria and MEMORY tables cannot roll a failed load back.
# seedgen refuses them up front (naming table and engine) unless
# --allow-non-transactional; then a failed load leaves rows, and the run
# report lists exactly those rows so that undo deletes them.
. "$(dirname "$0")/../lib.sh"

cd "$T_TMP" || t_bail "no scratch dir"
db=$(t_mysql_createdb sg_t68) || t_bail "cannot create database"
t_mysql "$db" <<'SQL' || t_bail "cannot create tables"
CREATE TABLE m_myisam (id int AUTO_INCREMENT PRIMARY KEY, name varchar(40) NOT NULL) ENGINE=MyISAM;
CREATE TABLE m_aria (id int AUTO_INCREMENT PRIMARY KEY, name varchar(40) NOT NULL) ENGINE=Aria;
CREATE TABLE m_memory (id int AUTO_INCREMENT PRIMARY KEY, name varchar(40) NOT NULL) ENGINE=MEMORY;
CREATE TABLE stops (id int AUTO_INCREMENT PRIMARY KEY, name varchar(40) NOT NULL) ENGINE=MyISAM;
DELIMITER //
CREATE TRIGGER stops_at_199 BEFORE INSERT ON stops FOR EACH ROW
	IF (SELECT COUNT(*) FROM stops) >= 199 THEN
		SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no more than 199 rows';
	END IF//
DELIMITER ;
SQL
count() { t_mysql "$db" "SELECT COUNT(*) FROM $1"; }

for engine in MyISAM Aria MEMORY; do
	t=m_$(tr 'A-Z' 'a-z' <<<"$engine")
	t_exit 2 "$engine: refused up front" "$SEEDGEN" --db "$db" --table "$t" --count 5
	t_match "$engine: names the table and the engine" "table '$t' uses the $engine engine, which cannot roll back" "$T_ERR"
	t_match "$engine: names the flag" 'allow-non-transactional' "$T_ERR"
	t_eq "$engine: nothing was written" 0 "$(count "$t")"
done
t_exit 2 "reseed refuses too, before deleting" "$SEEDGEN" reseed --db "$db" --table m_myisam --count 5
t_exit 0 "--allow-non-transactional seeds" "$SEEDGEN" --db "$db" --table m_myisam --count 5 \
	--allow-non-transactional --report "$T_TMP/ok.json"
t_match "with a warning" "table 'm_myisam' uses the MyISAM engine" "$T_ERR"
t_eq "5 rows" 5 "$(count m_myisam)"

# A load that fails after 199 rows: the rows stay, and the report says so.
t_exit 3 "a failing load into MyISAM" "$SEEDGEN" --db "$db" --table stops --count 500 \
	--allow-non-transactional --report "$T_TMP/partial.json"
t_eq "the 199 rows stayed" 199 "$(count stops)"
t_nomatch "the summary does not claim a roll back" 'rolled back' "$T_OUT"
t_match "the warning says the rows stayed and are listed" "199 rows of the failed load stayed" "$T_ERR"
t_ok "the report lists the 199 rows" jq -e \
	'.tables[0].inserted == 199 and .tables[0].committed and .tables[0].keys.ranges == [[1, 199]]' "$T_TMP/partial.json"
t_exit 0 "undo deletes them" "$SEEDGEN" undo --db "$db" --report "$T_TMP/partial.json"
t_eq "none left" 0 "$(count stops)"

t_mysql_dropdb sg_t68
t_summary
