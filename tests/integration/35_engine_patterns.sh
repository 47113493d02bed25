#!/usr/bin/env bash
# Issue 10 (engine part): schemas with NOT NULL foreign-key cycles,
# overlapping composite keys with a nullable column, a self-reference in a
# unique key, unique keys near what their column holds, a key-only table,
# range and list partitions,
# triggers that pre-fill or skip rows, and a polymorphic pair all seed with
# `--all --count 100` twice in a row (the second on top of the first):
# exit 0, no orphan, no repeated key, checked with the database's own SQL.
. "$(dirname "$0")/../lib.sh"

cd "$T_TMP" || t_bail "no scratch dir"

# Child rows whose (non-NULL) foreign key finds no parent, over every
# declared foreign key, MATCH SIMPLE: a NULL column exempts the row.
mysql_orphans() {
	t_mysql "$1" "SELECT CONCAT('SELECT COUNT(*) FROM \`', k.table_name, '\` c WHERE ',
		GROUP_CONCAT(CONCAT('c.\`', k.column_name, '\` IS NOT NULL') SEPARATOR ' AND '),
		' AND NOT EXISTS (SELECT 1 FROM \`', k.referenced_table_name, '\` p WHERE ',
		GROUP_CONCAT(CONCAT('p.\`', k.referenced_column_name, '\` = c.\`', k.column_name, '\`') SEPARATOR ' AND '),
		') UNION ALL')
		FROM information_schema.key_column_usage k
		WHERE k.table_schema = DATABASE() AND k.referenced_table_name IS NOT NULL
		GROUP BY k.table_name, k.constraint_name, k.referenced_table_name" |
		{ cat; echo "SELECT 0"; } | tr '\n' ' ' | sed 's/$/;/' |
		t_mysql "$1" | awk '{ s += $1 } END { print s + 0 }'
}
pg_orphans() {
	t_pg "$1" "SELECT format('SELECT count(*) FROM %I c WHERE %s AND NOT EXISTS (SELECT 1 FROM %I p WHERE %s) UNION ALL',
			cl.relname,
			(SELECT string_agg(format('c.%I IS NOT NULL', a.attname), ' AND ')
			   FROM unnest(co.conkey) k JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k),
			pl.relname,
			(SELECT string_agg(format('p.%I = c.%I', pa.attname, ca.attname), ' AND ')
			   FROM unnest(co.conkey, co.confkey) AS u(ck, pk)
			   JOIN pg_attribute ca ON ca.attrelid = co.conrelid AND ca.attnum = u.ck
			   JOIN pg_attribute pa ON pa.attrelid = co.confrelid AND pa.attnum = u.pk))
		FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_class pl ON pl.oid = co.confrelid
		WHERE co.contype = 'f' AND cl.relnamespace = 'public'::regnamespace" |
		{ cat; echo "SELECT 0"; } | tr '\n' ' ' | sed 's/$/;/' |
		t_pg "$1" | awk '{ s += $1 } END { print s + 0 }'
}
# Reactions whose id points at no row of the table their type names.
poly_orphans='SELECT COUNT(*) FROM reaction r
	WHERE NOT (r.reactable_type = '\''post'\'' AND EXISTS (SELECT 1 FROM post p WHERE p.id = r.reactable_id))
	  AND NOT (r.reactable_type = '\''photo'\'' AND EXISTS (SELECT 1 FROM photo f WHERE f.id = r.reactable_id))'
# Two categories with one name under one parent.
dup_names='SELECT COUNT(*) FROM (SELECT name, parent_id FROM category WHERE parent_id IS NOT NULL
	GROUP BY name, parent_id HAVING COUNT(*) > 1) d'

# Both runs, then what every pattern must show. $1 mysql|pg, $2 URL.
check_db() {
	local kind=$1 db=$2 q=t_mysql orphans=mysql_orphans
	[ "$kind" = pg ] && { q=t_pg; orphans=pg_orphans; }
	t_exit 0 "$kind: --all --count 100, first run" "$SEEDGEN" --db "$db" --all --count 100 --seed 1
	t_match "$kind: the cycle is bootstrapped, not refused" 'bootstrapped the NOT NULL cycle' "$T_ERR"
	t_match "$kind: the cap is announced in a real run" "'board': count capped from 100 to 1" "$T_ERR"
	t_match "$kind: a 1:1 child pre-filled by a trigger is explained" \
		"'member_profile': 0 of 100 rows: every row of 'member' already has its one row" "$T_ERR"
	[ "$kind" = pg ] && t_match "pg: rows a BEFORE trigger skipped are reported" \
		"'audit_log': the server stored 90 of the 100 rows sent: a BEFORE INSERT trigger" "$T_ERR"
	t_exit 0 "$kind: --all --count 100, second run on top" "$SEEDGEN" --db "$db" --all --count 100 --seed 2
	t_match "$kind: per-parent numbering capped at what the column holds" \
		"'board_line': count capped from 100 to 27" "$T_ERR"
	t_eq "$kind: no orphan over every declared foreign key" 0 "$($orphans "$db")"
	t_eq "$kind: no polymorphic id that points at nothing" 0 "$($q "$db" "$poly_orphans")"
	t_eq "$kind: reactions were written" 200 "$($q "$db" 'SELECT COUNT(*) FROM reaction')"
	t_eq "$kind: UNIQUE(name, parent_id) held by the self-reference UPDATE" 0 "$($q "$db" "$dup_names")"
	t_ok "$kind: the self-reference was filled" test "$($q "$db" \
		'SELECT COUNT(parent_id) FROM category')" -gt 50
	t_eq "$kind: store and staff: 200 each, the bootstrap row among them" "200 200" \
		"$($q "$db" 'SELECT COUNT(*) FROM store') $($q "$db" 'SELECT COUNT(*) FROM staff')"
	t_eq "$kind: key-only table got default rows" 200 "$($q "$db" 'SELECT COUNT(*) FROM ticket')"
	t_eq "$kind: one profile per member" "200 200" \
		"$($q "$db" 'SELECT COUNT(*) FROM member_profile') $($q "$db" 'SELECT COUNT(DISTINCT member_id) FROM member_profile')"
	t_eq "$kind: numbering stays within the column" "127 127" \
		"$($q "$db" 'SELECT COUNT(*) FROM board_line') $($q "$db" 'SELECT MAX(line_no) FROM board_line')"
	t_eq "$kind: orders never NULL in a NOT NULL column of the composite key" 200 \
		"$($q "$db" 'SELECT COUNT(*) FROM orders o JOIN district d ON d.d_w_id = o.o_w_id AND d.d_id = o.o_d_id')"
	t_eq "$kind: partitioned tables got every row" "200 200 200" \
		"$($q "$db" 'SELECT COUNT(*) FROM measurement') $($q "$db" 'SELECT COUNT(*) FROM region_sale') $($q "$db" 'SELECT COUNT(*) FROM bucket')"
	t_ok "$kind: some orders use the nullable column's NULL" test "$($q "$db" \
		'SELECT COUNT(*) FROM orders WHERE o_c_id IS NULL')" -gt 0
}

# --- MariaDB ------------------------------------------------------------------
db=$(t_mysql_createdb sg_t35_patterns) || t_bail "cannot create database"
t_mysql "$db" <"$ROOT/tests/sql/engine_patterns_mysql.sql" || t_bail "cannot load the MySQL patterns"
check_db mysql "$db"

# --- PostgreSQL ---------------------------------------------------------------
pg=$(t_pg_createdb sg_t35_patterns) || t_bail "cannot create database"
t_pg "$pg" <"$ROOT/tests/sql/engine_patterns_pg.sql" >/dev/null || t_bail "cannot load the PG patterns"
check_db pg "$pg"

# --- per-table null_rate reaches foreign keys; polymorphic refusals ------------
t_pg "$pg" 'TRUNCATE orders' >/dev/null
echo '{ "tables": { "orders": { "null_rate": 0 } } }' >nonull.json
t_exit 0 "orders with the table's null_rate 0" "$SEEDGEN" --db "$pg" --table orders --count 100 \
	--config nonull.json -q
t_eq "no NULL foreign key when the table says 0" 0 "$(t_pg "$pg" 'SELECT COUNT(*) FROM orders WHERE o_c_id IS NULL')"
t_pg "$pg" 'TRUNCATE reaction, post, photo' >/dev/null
t_exit 2 "a NOT NULL polymorphic id with no target rows is refused" "$SEEDGEN" --db "$pg" \
	--table reaction --count 10
t_match "the refusal suggests --with-parents" '--with-parents' "$T_ERR"
t_eq "nothing was written" 0 "$(t_pg "$pg" 'SELECT COUNT(*) FROM reaction')"
t_exit 0 "with --with-parents the target is seeded first" "$SEEDGEN" --db "$pg" --table reaction \
	--count 10 --with-parents -q
t_eq "and every reaction points at a row" 0 "$(t_pg "$pg" "$poly_orphans")"

t_pg_dropdb sg_t35_patterns
t_mysql_dropdb sg_t35_patterns
t_summary
