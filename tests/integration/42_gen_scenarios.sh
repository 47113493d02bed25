#!/usr/bin/env bash
# Issue 4, acceptance: on TERP in MariaDB, 20 users and then the ten
# priority tables at the planned volumes (config/seedgen.json, scenario
# full, with their parents) obey every generator rule on every row; the
# generators survive schema drift; the edge scenario seeds all ten with
# strings at their maximum length (multibyte included); a malformed config
# and one naming an unknown column are refused with the JSON path and
# line:column, writing nothing; the same seed gives the same rows; and
# list-generators names the ten.
. "$(dirname "$0")/../lib.sh"

terp="$ROOT/../shared/schemas/terp/mysql.sql"
t_need_shared "$terp"
cfg="$ROOT/config/seedgen.json"
TEN=todo_lists,todo_tasks,todo_list_members,comments,comment_mentions,userDashboardPreferences,dashboard_widget_layouts,dashboard_kpi_configs,pricing_rules,pricing_profiles
cd "$T_TMP" || t_bail "no scratch dir"

fresh() { # NAME: a fresh TERP database with 20 users; prints its URL
	local url
	url=$(t_mysql_createdb "$1") && t_mysql "$url" <"$terp" &&
		"$SEEDGEN" --db "$url" --table users --count 20 --seed 1 -q >/dev/null && echo "$url"
}
rules_hold() { # NAME URL: every rule of both rule files returns 0
	local out
	out=$(cat "$ROOT/tests/sql/rules_todos_comments.sql" "$ROOT/tests/sql/rules_dashboards_pricing.sql" |
		t_mysql "$2")
	t_eq "$1: rules checked" 1 "$(( $(grep -c . <<<"$out") >= 60 ))"
	t_eq "$1: every generator rule holds on every row" "" "$(awk -F'\t' '$2 != 0' <<<"$out")"
}
sums() { t_mysql "$1" "CHECKSUM TABLE ${TEN//,/, }" | sed 's/^[^.]*\.//'; }

# 1. the planned volumes
db=$(fresh sg_t42_full) || t_bail "cannot prepare TERP"
t_exit 0 "scenario full over the ten tables, with their parents" "$SEEDGEN" --db "$db" \
	--config "$cfg" --scenario full --table "$TEN" --with-parents --seed 1 -q
t_eq "30 lists, 200 tasks, 100 comments, one preference per user" "30 200 100 20" \
	"$(t_mysql "$db" 'SELECT (SELECT COUNT(*) FROM todo_lists), (SELECT COUNT(*) FROM todo_tasks),
	(SELECT COUNT(*) FROM comments), (SELECT COUNT(*) FROM userDashboardPreferences)' | tr '\t' ' ')"
t_eq "comments are on the config's types only" "" \
	"$(t_mysql "$db" "SELECT DISTINCT commentable_type FROM comments WHERE commentable_type NOT IN ('order','client','batch')")"
t_eq "every comment's target exists" 0 "$(t_mysql "$db" "SELECT COUNT(*) FROM comments c
	WHERE (c.commentable_type = 'order' AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = c.commentable_id))
	   OR (c.commentable_type = 'client' AND NOT EXISTS (SELECT 1 FROM clients o WHERE o.id = c.commentable_id))
	   OR (c.commentable_type = 'batch' AND NOT EXISTS (SELECT 1 FROM batches o WHERE o.id = c.commentable_id))")"
rules_hold "full" "$db"
t_ok "verify is clean" "$SEEDGEN" verify --db "$db"

# 2. drift: a dropped column the generator sets, a NOT NULL column it does not know
fk=$(t_mysql "$db" "SELECT constraint_name FROM information_schema.key_column_usage
	WHERE table_schema = DATABASE() AND table_name = 'comments' AND column_name = 'resolved_by'
	AND referenced_table_name IS NOT NULL")
t_ok "drop comments.resolved_by (and its foreign key)" t_mysql "$db" \
	"ALTER TABLE comments DROP FOREIGN KEY \`$fk\`, DROP COLUMN resolved_by"
t_ok "add a NOT NULL column to todo_tasks" t_mysql "$db" \
	"ALTER TABLE todo_tasks ADD COLUMN review_note varchar(40) NOT NULL"
t_exit 0 "comments still seed without resolved_by" "$SEEDGEN" --db "$db" --table comments --count 20 --seed 2
t_eq "exactly one warning, naming the column" 1 "$(grep -c "warning: .*resolved_by" <<<"$T_ERR")"
old_max=$(t_mysql "$db" 'SELECT MAX(id) FROM todo_tasks')
t_exit 0 "todo_tasks seed with a new NOT NULL column" "$SEEDGEN" --db "$db" --table todo_tasks --count 20 --seed 2 -q
t_eq "the engine filled it in the 20 new rows" "20 0" "$(t_mysql "$db" "SELECT COUNT(*),
	SUM(review_note = '') FROM todo_tasks WHERE id > $old_max" | tr '\t' ' ')"

# 3. the edge scenario
edge=$(fresh sg_t42_edge) || t_bail "cannot prepare TERP"
t_exit 0 "scenario edge over the ten tables" "$SEEDGEN" --db "$edge" --config "$cfg" --scenario edge \
	--table "$TEN" --with-parents --seed 3 -q
t_eq "edge: all ten tables have rows" 10 "$("$SEEDGEN" coverage --db "$edge" --tables "$TEN" --format json | jq .tables_with_data)"
t_eq "edge: task titles at their maximum length of 500 characters" 1 \
	"$(t_mysql "$edge" 'SELECT COUNT(*) > 0 FROM todo_tasks WHERE CHAR_LENGTH(title) = 500')"
t_eq "edge: multibyte text at a maximum length" 1 \
	"$(t_mysql "$edge" 'SELECT COUNT(*) > 0 FROM todo_tasks WHERE CHAR_LENGTH(title) = 500 AND LENGTH(title) > 500')"
t_eq "edge: list names at 255 characters" 1 \
	"$(t_mysql "$edge" 'SELECT COUNT(*) > 0 FROM todo_lists WHERE CHAR_LENGTH(name) = 255')"
rules_hold "edge" "$edge"

# 4. bad configs are refused with their position, writing nothing
printf '{\n  "tables": {\n    "comments": { "count": 5, }\n  }\n}\n' >"$T_TMP/malformed.json"
printf '{\n  "tables": {\n    "comments": {\n      "columns": { "contnet": { "null_rate": 0 } }\n    }\n  }\n}\n' >"$T_TMP/unknown.json"
before=$(sums "$edge")
t_exit 2 "malformed config" "$SEEDGEN" --db "$edge" --config "$T_TMP/malformed.json" --table comments
t_match "malformed: file, line and column" 'malformed.json:3:31: malformed JSON' "$T_ERR"
t_exit 2 "unknown column in the config" "$SEEDGEN" --db "$edge" --config "$T_TMP/unknown.json" --table comments
t_match "unknown column: path, line and column" "unknown.json:4:20: tables.comments.columns: unknown column 'contnet'" "$T_ERR"
t_eq "bad configs wrote nothing" "$before" "$(sums "$edge")"

# 5. the same seed gives the same rows; list-generators
a=$(fresh sg_t42_a) && b=$(fresh sg_t42_b) || t_bail "cannot prepare TERP"
for d in "$a" "$b"; do
	t_exit 0 "same seed run" "$SEEDGEN" --db "$d" --config "$cfg" --scenario full --table "$TEN" \
		--with-parents --seed 8 -q
done
t_eq "same seed: identical rows in the ten tables" "$(sums "$a")" "$(sums "$b")"
t_exit 0 "list-generators" "$SEEDGEN" list-generators
for t in ${TEN//,/ }; do
	t_match "list-generators names $t" "^  $t " "$T_OUT"
done
t_match "list-generators: every other table is generic" 'every other table uses the generic generator' "$T_OUT"

t_summary
