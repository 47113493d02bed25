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
