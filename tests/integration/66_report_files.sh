#!/usr/bin/env bash
# Issue 11: --report never replaces a file (an earlier report, a symlink,
# /dev/full, a FIFO, a read-only file, a directory); the run names its
# report before it starts; a report that cannot be written after rows were
# committed is exit 3 with the keys on stderr; SIGINT/SIGTERM leave a report
# marked "interrupted" and print where it is and the undo command.
. "$(dirname "$0")/../lib.sh"

cd "$T_TMP" || t_bail "no scratch dir"
db=$(t_mysql_createdb sg_t66) || t_bail "cannot create database"
t_mysql "$db" "CREATE TABLE items (id int AUTO_INCREMENT PRIMARY KEY, name varchar(40) NOT NULL);
	CREATE TABLE tags (code varchar(40) PRIMARY KEY, label varchar(40) NOT NULL);
	CREATE TABLE big (id int AUTO_INCREMENT PRIMARY KEY, item_id int NOT NULL,
		body varchar(200) NOT NULL, FOREIGN KEY (item_id) REFERENCES items (id))" ||
	t_bail "cannot create tables"
rows() { t_mysql "$db" "SELECT (SELECT COUNT(*) FROM items) + (SELECT COUNT(*) FROM tags) + (SELECT COUNT(*) FROM big)"; }

# --- never replace a file ---------------------------------------------------
echo '{"an": "earlier report"}' >"$T_TMP/earlier.json"
ln -s "$T_TMP/earlier.json" "$T_TMP/link.json"
ln -s "$T_TMP/nowhere.json" "$T_TMP/dangling.json"
mkfifo "$T_TMP/fifo.json"
echo 'read-only' >"$T_TMP/ro.json"
chmod 444 "$T_TMP/ro.json"
mkdir "$T_TMP/dir.json"
for target in "$T_TMP/earlier.json" "$T_TMP/link.json" "$T_TMP/dangling.json" /dev/full \
	"$T_TMP/fifo.json" "$T_TMP/ro.json" "$T_TMP/dir.json"; do
	t_exit 2 "--report $(basename "$target") is refused" timeout 20 "$SEEDGEN" --db "$db" \
		--table items --count 3 --report "$target"
	t_match "$(basename "$target"): the refusal names the path" "cannot write the run report '$target': it already exists" "$T_ERR"
done
t_eq "the earlier report is untouched" '{"an": "earlier report"}' "$(cat "$T_TMP/earlier.json")"
t_eq "the read-only file is untouched" 'read-only' "$(cat "$T_TMP/ro.json")"
t_ok "the dangling symlink still points nowhere" test ! -e "$T_TMP/nowhere.json"
t_eq "nothing was written to the database" 0 "$(rows)"

# --- the run names its report before it starts --------------------------------
t_exit 0 "a run" "$SEEDGEN" --db "$db" --table items --count 3 --report "$T_TMP/first.json"
t_eq "the first line names the report" "seedgen: run report: $T_TMP/first.json" "$(head -1 <<<"$T_ERR")"
t_exit 2 "the same --report twice is refused" "$SEEDGEN" --db "$db" --table items --count 3 \
	--report "$T_TMP/first.json"
t_ok "the first report is intact" jq -e '.status == "ok" and .tables[0].inserted == 3' "$T_TMP/first.json"
t_ok "no temporary file is left next to it" test -z "$(ls "$T_TMP" | grep '\.tmp$')"

# --- the report cannot be written after rows were committed -------------------
# A file size limit (SIGXFSZ ignored, so writes fail with EFBIG) lets the
# small first report through and stops the final one with 300 text keys.
# Only seedgen gets the limit: its stderr goes through a pipe to cat.
before=$(rows)
t_exit 3 "a report write failing after the commit is a database-level failure" bash -c \
	'trap "" XFSZ; (ulimit -f 2; exec "$@") 2>&1 | cat; exit "${PIPESTATUS[0]}"' _ "$SEEDGEN" \
	--db "$db" --table tags --count 300 --seed 5 --report "$T_TMP/full.json"
t_match "says the report could not be written" "error: cannot write the run report '$T_TMP/full.json': File too large" "$T_OUT"
t_nomatch "no unknown error" 'unknown error' "$T_OUT"
t_match "hints that the report follows" 'the report follows on stderr' "$T_OUT"
t_eq "the 300 rows are committed" "$((before + 300))" "$(rows)"
sed -n '/^{/,/^}/p' <<<"$T_OUT" >"$T_TMP/from-stderr.json"
t_ok "stderr holds the report with all 300 keys" jq -e \
	'.tables[0].name == "tags" and (.tables[0].keys.values | length) == 300' "$T_TMP/from-stderr.json"
cp "$T_TMP/from-stderr.json" "$T_TMP/saved.json"
t_exit 0 "the saved report undoes the run" "$SEEDGEN" undo --db "$db" --report "$T_TMP/saved.json"
t_eq "back to before" "$before" "$(rows)"

# --- SIGINT and SIGTERM ---------------------------------------------------------
interrupt() { # SIGNAL LABEL TIMES
	local sig=$1 label=$2 times=$3 before pid rc
	before=$(rows)
	cat >"$T_TMP/big.json" <<'JSON'
{ "tables": { "items": { "count": 50 }, "big": { "count": 3000000 } } }
JSON
	"$SEEDGEN" --db "$db" --table items,big --config "$T_TMP/big.json" --seed 9 \
		--report "$T_TMP/$label.json" >"$T_TMP/$label.out" 2>"$T_TMP/$label.err" &
	pid=$!
	for _ in $(seq 100); do
		jq -e '.tables[0].committed' "$T_TMP/$label.json" >/dev/null 2>&1 && break
		sleep 0.1
	done
	sleep 0.5
	for _ in $(seq "$times"); do kill -"$sig" $pid; sleep 0.05; done
	wait $pid
	rc=$?
	t_eq "$label: exit status 128 + signal" "$((128 + $(kill -l "$sig")))" "$rc"
	t_ok "$label: the report says interrupted" jq -e '.status == "interrupted"' "$T_TMP/$label.json"
	t_ok "$label: it lists the committed table's keys" jq -e \
		'.tables[0].committed and .tables[0].inserted == 50 and (.tables[1].committed | not)' "$T_TMP/$label.json"
	t_match "$label: says where the report is and how to undo" \
		"interrupted; run report: $T_TMP/$label.json \(undo with: seedgen undo --report $T_TMP/$label.json\)" \
		"$(cat "$T_TMP/$label.err")"
	t_eq "$label: the interrupted table was rolled back" 0 "$(t_mysql "$db" "SELECT COUNT(*) FROM big")"
	t_exit 0 "$label: undo" "$SEEDGEN" undo --db "$db" --report "$T_TMP/$label.json"
	t_eq "$label: back to before" "$before" "$(rows)"
}
interrupt INT sigint 1
interrupt TERM sigterm-twice 2

t_mysql_dropdb sg_t66
t_summary
