#!/usr/bin/env bash
# `seedgen inspect` on MariaDB: the TERP schema (counts, and the columns of
# the ten priority tables against a file written by hand from the DDL),
# --table, awkward identifiers, views, composite keys, auto_increment and
# generated columns, and connection errors.
source "$(dirname "$0")/../lib.sh"

TERP_SQL=$ROOT/../shared/schemas/terp/mysql.sql
t_need_shared "$TERP_SQL"
EXPECTED=$ROOT/tests/expected/mysql_priority_columns.tsv
TMP=$T_TMP

# Runs inspect --format json with the remaining arguments into file $1.
inspect_json() {
	local out=$1
	shift
	"$SEEDGEN" inspect --format json "$@" >"$out"
}

# --- TERP ----------------------------------------------------------------

url=$(t_mysql_createdb seedgen_t20_terp) || t_bail "cannot create database seedgen_t20_terp"
t_defer t_mysql_dropdb seedgen_t20_terp
t_ok "load TERP schema into MariaDB" t_mysql "$url" <"$TERP_SQL"

j=$TMP/terp.json
t_ok "inspect TERP as JSON" inspect_json "$j" --db "$url"

t_eq "dialect" "mysql" "$(jq -r .dialect "$j")"
t_eq "database" "seedgen_t20_terp" "$(jq -r .database "$j")"
t_eq "TERP tables" 233 "$(jq '.tables | length' "$j")"
t_eq "TERP columns" 2781 "$(jq '[.tables[].columns[]] | length' "$j")"
t_eq "TERP declared foreign keys" 407 \
	"$(jq '[.tables[].foreign_keys[] | select(.declared == true)] | length' "$j")"
t_eq "TERP enum columns" 181 "$(jq '[.tables[].columns[] | select(.class == "enum")] | length' "$j")"
# MariaDB's JSON is LONGTEXT + CHECK (json_valid(col)): still class json.
t_eq "TERP json columns" 68 "$(jq '[.tables[].columns[] | select(.class == "json")] | length' "$j")"
t_eq "TERP FKs on delete cascade / set null / no action" "198 56 153" \
	"$(jq -r '[.tables[].foreign_keys[] | select(.declared == true) | .on_delete] as $a
		| [($a | map(select(. == "CASCADE")) | length),
		   ($a | map(select(. == "SET NULL")) | length),
		   ($a | map(select(. == "NO ACTION")) | length)] | map(tostring) | join(" ")' "$j")"
t_eq "TERP composite unique keys" 24 \
	"$(jq '[.tables[].unique_keys[] | select(length > 1)] | length' "$j")"

priority='["todo_lists","todo_tasks","todo_list_members","comments","comment_mentions",
	"userDashboardPreferences","dashboard_widget_layouts","dashboard_kpi_configs",
	"pricing_rules","pricing_profiles"]'
jq -r --argjson want "$priority" '
	. as $r | $want[] as $t | $r.tables[] | select(.name == $t) | .name as $n
	| .columns[] | [$n, .name, .class, (.nullable | tostring), (.default // "(none)")]
	| @tsv' "$j" >"$TMP/priority.tsv"
grep -v '^#' "$EXPECTED" >"$TMP/expected.tsv"
t_ok "priority tables: columns, classes, nullability, defaults (diff expected got)" \
	diff -u "$TMP/expected.tsv" "$TMP/priority.tsv"

t_eq "todo_tasks.status enum values" '["todo","in_progress","done"]' \
	"$(jq -c '.tables[] | select(.name == "todo_tasks") | .columns[] | select(.name == "status") | .enum' "$j")"
t_eq "todo_list_members composite unique" '[["list_id","user_id"]]' \
	"$(jq -c '.tables[] | select(.name == "todo_list_members") | .unique_keys' "$j")"
t_eq "pricing_rules.adjustment_value decimal(10,2)" "10 2" \
	"$(jq -r '.tables[] | select(.name == "pricing_rules") | .columns[] | select(.name == "adjustment_value") | "\(.precision) \(.scale)"' "$j")"
t_eq "todo_lists primary key" '["id"]' \
	"$(jq -c '.tables[] | select(.name == "todo_lists") | .primary_key' "$j")"

t_ok "inspect --table comments" inspect_json "$TMP/comments.json" --db "$url" --table comments
t_eq "--table comments: one table" "comments" "$(jq -r '[.tables[].name] | join(",")' "$TMP/comments.json")"
t_eq "--table comments: 11 columns" 11 "$(jq '.tables[0].columns | length' "$TMP/comments.json")"

# Time is reported, not asserted: machines here are noisy, and speed is
# measured by `make bench`.
start=$(date +%s%N)
t_ok "TERP introspects again" "$SEEDGEN" inspect --db "$url" --format json
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "info: TERP introspection took ${ms} ms"

# --- awkward names, views, composite keys, generated columns -------------

url2=$(t_mysql_createdb seedgen_t20_odd) || t_bail "cannot create database seedgen_t20_odd"
t_defer t_mysql_dropdb seedgen_t20_odd
t_ok "create odd tables" t_mysql "$url2" <<'SQL'
CREATE TABLE parent (a INT NOT NULL, b VARCHAR(10) NOT NULL, PRIMARY KEY (a, b));
CREATE TABLE `we"ird ta``ble ünï` (
	id INT AUTO_INCREMENT PRIMARY KEY,
	`co``l "ü" x` VARCHAR(10) NOT NULL DEFAULT 'it''s',
	x INT, y VARCHAR(10),
	q INT,
	doubled INT AS (q * 2) VIRTUAL,
	plus_one INT AS (q + 1) STORED,
	doc JSON,
	mood ENUM('a,b', 'it''s', '(p)', 'back\\slash', 'plain') NOT NULL DEFAULT 'plain',
	UNIQUE KEY uq_xy (x, y),
	CONSTRAINT fk_parent FOREIGN KEY (x, y) REFERENCES parent (a, b) ON DELETE CASCADE,
	CONSTRAINT q_positive CHECK (q > 0)
);
CREATE VIEW parent_view AS SELECT a, b FROM parent;
SQL

o=$TMP/odd.json
t_ok "inspect odd schema" inspect_json "$o" --db "$url2"
odd='we"ird ta`ble ünï'
t_eq "view excluded, names exact" "parent|$odd" "$(jq -r '[.tables[].name] | join("|")' "$o")"
sel='.tables[] | select(.name == $t)'
t_eq "odd column names exact" "id|co\`l \"ü\" x|x|y|q|doubled|plus_one|doc|mood" \
	"$(jq -r --arg t "$odd" "$sel | [.columns[].name] | join(\"|\")" "$o")"
t_eq "odd column default" "'it''s'" \
	"$(jq -r --arg t "$odd" "$sel | .columns[1].default" "$o")"
t_eq "auto_increment flagged" "true false" \
	"$(jq -r --arg t "$odd" "$sel | [.columns[0].auto_increment, .columns[2].auto_increment] | map(tostring) | join(\" \")" "$o")"
t_eq "generated columns flagged" "doubled=\`q\` * 2|plus_one=\`q\` + 1" \
	"$(jq -r --arg t "$odd" "$sel | [.columns[] | select(.generated) | \"\(.name)=\(.generation_expression)\"] | join(\"|\")" "$o")"
t_eq "json column class" "json" \
	"$(jq -r --arg t "$odd" "$sel | .columns[] | select(.name == \"doc\") | .class" "$o")"
t_eq "enum values with commas, quotes, parentheses, backslash" '["a,b","it'"'"'s","(p)","back\\slash","plain"]' \
	"$(jq -c --arg t "$odd" "$sel | .columns[] | select(.name == \"mood\") | .enum" "$o")"
t_eq "composite unique key" '[["x","y"]]' \
	"$(jq -c --arg t "$odd" "$sel | .unique_keys" "$o")"
t_eq "composite foreign key" \
	'[{"name":"fk_parent","columns":["x","y"],"references":{"table":"parent","columns":["a","b"]},"on_delete":"CASCADE","declared":true}]' \
	"$(jq -c --arg t "$odd" "$sel | [.foreign_keys[] | select(.declared) | {name, columns, references, on_delete, declared}]" "$o")"
t_eq "check constraint on one column" "(\`q\` > 0)|\`q\` > 0" \
	"$(jq -r --arg t "$odd" "$sel | (.columns[] | select(.name == \"q\") | \"(\(.check))\") + \"|\" + ([.checks[] | select(.name == \"q_positive\") | .expr] | join(\",\"))" "$o")"
t_ok "inspect --table with the odd name" inspect_json "$TMP/odd1.json" --db "$url2" --table "$odd"
t_eq "--table odd name: that table only" "$odd" "$(jq -r '[.tables[].name] | join("|")' "$TMP/odd1.json")"

# --- connection errors ---------------------------------------------------

base=${SEEDGEN_MYSQL_URL%/}
hostport=${base#*@}
t_exit 3 "wrong password: exit 3" \
	"$SEEDGEN" inspect --db "mysql://seedgen:Wr0ngSecretPw@$hostport/seedgen_t20_odd"
t_match "wrong password: access denied (1045)" "Access denied .*\(1045\)" "$T_ERR"
t_nomatch "wrong password: password never printed" "Wr0ngSecretPw" "$T_ERR$T_OUT"

t_exit 3 "unknown database: exit 3" "$SEEDGEN" inspect --db "$base/seedgen_t20_no_such_db"
t_match "unknown database: named (1049)" "Unknown database 'seedgen_t20_no_such_db' \(1049\)" "$T_ERR"

start=$(date +%s)
t_exit 3 "closed port: exit 3" "$SEEDGEN" inspect --db "mysql://seedgen:seedgen@127.0.0.1:1/x"
t_match "closed port: says what failed, redacted" \
	"^seedgen: error: cannot connect to 'mysql://seedgen:\*\*\*@127\.0\.0\.1:1/x': " "$T_ERR"
t_ok "closed port fails at once" test $(($(date +%s) - start)) -lt 5

t_exit 2 "unknown URL parameter: exit 2" "$SEEDGEN" inspect --db "$base/seedgen_t20_odd?colour=blue"
t_match "unknown URL parameter: named" "unknown parameter 'colour'" "$T_ERR"

t_exit 2 "URL without database: exit 2" "$SEEDGEN" inspect --db "$base/"
t_match "URL without database: said" "no database in URL" "$T_ERR"

t_summary
