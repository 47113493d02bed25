# tests/integrity.sh - checks a seeded database with its own SQL (sourced
# after lib.sh). The checks come from the schema JSON of `seedgen inspect`
# (so inferred relations are covered), but the verdicts come from the
# database: every table has rows, no declared or inferred foreign key has an
# orphan, every unique key holds, every enum value is in its definition,
# every NOT NULL column is non-null. A check that does not run is a failure:
# any SQL error, and any difference between the number of checks generated
# and the number of results, fails the suite (a client that stops at the
# first error would otherwise hide every later check).
# shellcheck shell=bash

# _integrity_sql DIALECT < inspect.json: one "SELECT 'kind|label', n;" per check.
_integrity_sql() {
	jq -r --arg d "$1" '
	def q: if $d == "mysql" then "`" + gsub("`"; "``") + "`"
	       else "\"" + gsub("\""; "\"\"") + "\"" end;
	def lit: "'\''" + (if $d == "mysql" then gsub("\\\\"; "\\\\\\\\") else . end
	         | gsub("'\''"; "'\'''\''")) + "'\''";
	# PostgreSQL compares an enum (or a domain over one) only with its own
	# type: compare its text, which also covers domains.
	def astext: if $d == "mysql" then . else "\(.)::text" end;
	def sel($kind; $lbl; $expr): "SELECT \(($kind + "|" + $lbl) | lit), (\($expr));";
	.tables[] as $t | ($t.name | q) as $tq |
	  sel("rows"; $t.name; "SELECT COUNT(*) FROM \($tq)"),
	  ($t.foreign_keys[] | select(.references.schema == null) | . as $fk |
	    ([range(0; $fk.columns | length) |
	      "c.\($fk.columns[.] | q) = p.\($fk.references.columns[.] | q)"] | join(" AND ")) as $on |
	    ([$fk.columns[] | "c.\(q) IS NOT NULL"] | join(" AND ")) as $nn |
	    sel(if $fk.declared then "orphan" else "orphan-inferred" end;
	        "\($t.name).\($fk.columns | join(",")) -> \($fk.references.table)";
	        "SELECT COUNT(*) FROM \($tq) c LEFT JOIN \($fk.references.table | q) p ON \($on) WHERE \($nn) AND p.\($fk.references.columns[0] | q) IS NULL")),
	  (([$t.primary_key] | map(select(length > 0))) + $t.unique_keys | .[] | . as $k |
	    ([$k[] | q] | join(", ")) as $cols |
	    ([$k[] | "\(q) IS NOT NULL"] | join(" AND ")) as $nn |
	    sel("unique"; "\($t.name)(\($k | join(",")))";
	        "SELECT COUNT(*) FROM (SELECT \($cols) FROM \($tq) WHERE \($nn) GROUP BY \($cols) HAVING COUNT(*) > 1) d")),
	  ($t.columns[] | select(.class == "enum" and (.enum | length) > 0) |
	    sel("enum"; "\($t.name).\(.name)";
	        "SELECT COUNT(*) FROM \($tq) WHERE \(.name | q) IS NOT NULL AND \(.name | q | astext) NOT IN (\([.enum[] | lit] | join(", ")))")),
	  ($t.columns[] | select(.nullable == false) |
	    sel("notnull"; "\($t.name).\(.name)";
	        "SELECT COUNT(*) FROM \($tq) WHERE \(.name | q) IS NULL"))
	'
}

# t_integrity NAME DIALECT URL: runs every check; one assertion per kind.
# With T_INTEGRITY_ALLOW_EMPTY=1, empty tables are not a failure.
t_integrity() {
	local name=$1 dialect=$2 url=$3 sql results rc=0 want
	"$SEEDGEN" inspect --db "$url" --format json >"$T_TMP/integrity.json" ||
		{ t_eq "$name: inspect for the integrity checks" 0 1; return 1; }
	sql=$(_integrity_sql "$dialect" <"$T_TMP/integrity.json") ||
		{ t_eq "$name: integrity SQL generated" 0 1; return 1; }
	if [ "$dialect" = mysql ]; then
		results=$(t_mysql "$url" <<<"$sql" 2>"$T_TMP/integrity.err") || rc=$?
	else
		results=$(t_pg "$url" <<<"$sql" 2>"$T_TMP/integrity.err") || rc=$?
	fi
	T_INTEGRITY_RESULTS=$results
	t_eq "$name: integrity SQL runs without error (client exit status)" \
		"0" "$rc$([ -s "$T_TMP/integrity.err" ] && printf '\n%s' "$(cat "$T_TMP/integrity.err")")"
	local checks
	want=$(grep -c . <<<"$sql")
	checks=$(grep -c . <<<"$results")
	t_eq "$name: every integrity check ran ($want generated)" "$want" "$checks"
	if [ "${T_INTEGRITY_ALLOW_EMPTY:-0}" != 1 ]; then
		t_eq "$name: every table has rows" "" \
			"$(awk -F'\t' '$1 ~ /^rows\|/ && $2 == 0 {sub(/^rows\|/, "", $1); print $1}' <<<"$results")"
	fi
	local kind
	for kind in orphan orphan-inferred unique enum notnull; do
		t_eq "$name: $kind checks find nothing ($(grep -c "^$kind|" <<<"$results") checks)" "" \
			"$(awk -F'\t' -v k="$kind|" 'index($1, k) == 1 && $2 != 0 {print $1 " = " $2}' <<<"$results")"
	done
}

# ------------------------------------------------------------ catalog audit
# The checks above come from seedgen's own view of the schema. The audit
# below asks the server's catalog instead, so it also covers what seedgen
# does not see (partial, expression and prefix unique indexes, NULLS NOT
# DISTINCT, unique generated columns, CHECK text): one query per base table
# (rows), foreign key (orphans, MATCH SIMPLE: a key with a NULL is exempt),
# unique index (duplicate groups, partial predicate applied) and CHECK
# constraint (rows where it is false). Each result line: "kind|label<TAB>n".

_audit_sql_pg() {
	t_pg "$1" <<-'SQL'
	SELECT format('SELECT %L, (SELECT COUNT(*) FROM %s);', 'rows|' || c.relname, c.oid::regclass)
	FROM pg_class c
	WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
	UNION ALL
	SELECT format('SELECT %L, (SELECT COUNT(*) FROM %s c WHERE %s AND NOT EXISTS (SELECT 1 FROM %s p WHERE %s));',
		'orphan|' || f.conrelid::regclass || ' ' || f.conname, f.conrelid::regclass,
		(SELECT string_agg(format('c.%I IS NOT NULL', a.attname), ' AND ')
		 FROM unnest(f.conkey) k JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k),
		f.confrelid::regclass,
		(SELECT string_agg(format('p.%I = c.%I', pa.attname, ca.attname), ' AND ')
		 FROM unnest(f.conkey, f.confkey) AS u(ck, pk)
		 JOIN pg_attribute ca ON ca.attrelid = f.conrelid AND ca.attnum = u.ck
		 JOIN pg_attribute pa ON pa.attrelid = f.confrelid AND pa.attnum = u.pk))
	FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid
	WHERE f.contype = 'f' AND c.relnamespace = 'public'::regnamespace AND NOT c.relispartition
	UNION ALL
	SELECT format('SELECT %L, (SELECT COUNT(*) FROM %s WHERE NOT (%s));',
		'check|' || k.conrelid::regclass || ' ' || k.conname, k.conrelid::regclass,
		pg_get_expr(k.conbin, k.conrelid))
	FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
	WHERE k.contype = 'c' AND c.relnamespace = 'public'::regnamespace AND NOT c.relispartition
	UNION ALL
	SELECT format('SELECT %L, (SELECT COUNT(*) FROM (SELECT 1 FROM %s WHERE %s GROUP BY %s HAVING COUNT(*) > 1) d);',
		'unique|' || i.indexrelid::regclass, i.indrelid::regclass,
		-- indnullsnotdistinct exists from PostgreSQL 15 on
		CASE WHEN coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) THEN 'true'
		ELSE (SELECT string_agg(format('(%s) IS NOT NULL', pg_get_indexdef(i.indexrelid, n, true)), ' AND ')
		      FROM generate_series(1, i.indnkeyatts) n) END
		|| coalesce(' AND (' || pg_get_expr(i.indpred, i.indrelid) || ')', ''),
		(SELECT string_agg(format('(%s)', pg_get_indexdef(i.indexrelid, n, true)), ', ')
		 FROM generate_series(1, i.indnkeyatts) n))
	FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
	WHERE i.indisunique AND c.relnamespace = 'public'::regnamespace AND NOT c.relispartition;
	SQL
}

_audit_sql_mysql() {
	t_mysql "$1" <<-'SQL'
	SELECT CONCAT('SELECT ', QUOTE(CONCAT('rows|', TABLE_NAME)), ', (SELECT COUNT(*) FROM `', TABLE_NAME, '`);')
	FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE';
	SELECT CONCAT('SELECT ', QUOTE(CONCAT('orphan|', k.TABLE_NAME, ' ', k.CONSTRAINT_NAME)),
		', (SELECT COUNT(*) FROM `', k.TABLE_NAME, '` c WHERE ',
		GROUP_CONCAT(CONCAT('c.`', k.COLUMN_NAME, '` IS NOT NULL') ORDER BY k.ORDINAL_POSITION SEPARATOR ' AND '),
		' AND NOT EXISTS (SELECT 1 FROM `', k.REFERENCED_TABLE_NAME, '` p WHERE ',
		GROUP_CONCAT(CONCAT('p.`', k.REFERENCED_COLUMN_NAME, '` = c.`', k.COLUMN_NAME, '`')
			ORDER BY k.ORDINAL_POSITION SEPARATOR ' AND '), '));')
	FROM information_schema.KEY_COLUMN_USAGE k
	WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
	GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME;
	SELECT CONCAT('SELECT ', QUOTE(CONCAT('check|', TABLE_NAME, ' ', CONSTRAINT_NAME)),
		', (SELECT COUNT(*) FROM `', TABLE_NAME, '` WHERE NOT (', CHECK_CLAUSE, '));')
	FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE();
	SELECT CONCAT('SELECT ', QUOTE(CONCAT('unique|', TABLE_NAME, ' ', INDEX_NAME)),
		', (SELECT COUNT(*) FROM (SELECT 1 FROM `', TABLE_NAME, '` WHERE ',
		GROUP_CONCAT(CONCAT('`', COLUMN_NAME, '` IS NOT NULL') ORDER BY SEQ_IN_INDEX SEPARATOR ' AND '),
		' GROUP BY ',
		GROUP_CONCAT(IF(SUB_PART IS NULL, CONCAT('`', COLUMN_NAME, '`'),
			CONCAT('LEFT(`', COLUMN_NAME, '`, ', SUB_PART, ')')) ORDER BY SEQ_IN_INDEX SEPARATOR ', '),
		' HAVING COUNT(*) > 1) d);')
	FROM information_schema.STATISTICS
	WHERE TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 0
	GROUP BY TABLE_NAME, INDEX_NAME;
	SQL
}

# db_audit DIALECT URL: prints the audit's result lines. Returns 1 (with
# the reason on stderr) when the catalog query or a check fails, or when
# fewer results than checks came back: a check that did not run is never
# taken for a pass.
db_audit() {
	local dialect=$1 url=$2 sql out want got
	if [ "$dialect" = mysql ]; then
		sql=$(_audit_sql_mysql "$url") || { echo "audit: catalog query failed" >&2; return 1; }
		out=$(t_mysql "$url" <<<"$sql") || { echo "audit: a check failed to run" >&2; return 1; }
	else
		sql=$(_audit_sql_pg "$url") || { echo "audit: catalog query failed" >&2; return 1; }
		out=$(t_pg "$url" <<<"$sql") || { echo "audit: a check failed to run" >&2; return 1; }
	fi
	want=$(grep -c . <<<"$sql")
	got=$(grep -c . <<<"$out")
	if [ "$want" != "$got" ]; then
		echo "audit: $got results for $want checks" >&2
		return 1
	fi
	printf '%s\n' "$out"
}
