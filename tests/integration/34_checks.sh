#!/usr/bin/env bash
# Issue 10, CHECK constraints: tables with full boolean CHECKs (AND/OR/NOT,
# IS [NOT] NULL, column against column, IN, BETWEEN, LIKE, a simple regex,
# length()) and CHECKs seedgen cannot model (a user function on
# PostgreSQL, arithmetic and a regex with alternation on both) seed
# --count 200 twice on both servers with exit 0, every row, and 0
# violations counted by the database's own SQL; the dry-run lists the
# CHECKs as modelled or filtered, in text and in --format json ("checks").
# Rows the server judges go in batches (engine_checks.c): 1000 rows of a
# table whose CHECK hashes a unique code (rejecting ~5/16 of the rows, so
# each batch has rows made again) are exact in count, break nothing, keep
# their integer keys without a gap in an empty table (a row made again
# gave its key back), and are the same rows for the same seed; a CHECK no
# row can pass stops the table with a warning that names it.
. "$(dirname "$0")/../lib.sh"

# sql DIALECT URL [SQL]: the rows of SQL (of stdin when omitted).
sql() {
	local dialect=$1
	shift
	if [ "$dialect" = mysql ]; then t_mysql "$@"; else t_pg "$@"; fi
}

# The batch tables, the same on both servers.
batch_schema() {
	cat <<'SQL'
CREATE TABLE parts (
	id int PRIMARY KEY,
	code varchar(16) NOT NULL UNIQUE,
	name varchar(60) NOT NULL,
	CONSTRAINT code_hash CHECK (substr(md5(code), 1, 1) NOT IN ('0', '1', '2', '3', '4'))
);
CREATE TABLE never_ok (
	id int PRIMARY KEY,
	code varchar(16) NOT NULL,
	CONSTRAINT no_such_md5 CHECK (md5(code) = 'not a hash')
);
SQL
}
hash_ok="substr(md5(code), 1, 1) NOT IN ('0', '1', '2', '3', '4')"

# t_violations DIALECT URL TABLE CONDITION...: rows breaking any condition.
violations() {
	local dialect=$1 url=$2 table=$3 where="" c
	shift 3
	for c in "$@"; do
		where+="${where:+ OR }NOT ($c)"
	done
	if [ "$dialect" = mysql ]; then
		t_mysql "$url" "SELECT COUNT(*) FROM \`$table\` WHERE $where"
	else
		t_pg "$url" "SELECT COUNT(*) FROM \"$table\" WHERE $where"
	fi
}

pg_schema() {
	cat <<'SQL'
CREATE FUNCTION is_even(i integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT i % 2 = 0';
CREATE TABLE bookings (
	id serial PRIMARY KEY,
	start_at timestamp NOT NULL,
	end_at timestamp NOT NULL,
	cost numeric(10,2) NOT NULL,
	price numeric(10,2) NOT NULL,
	status varchar(20) NOT NULL CHECK (status IN ('draft', 'confirmed', 'cancelled')),
	discount numeric(5,2),
	code varchar(10) NOT NULL CHECK (code ~ '^[A-Z]{3}[0-9]{2}$'),
	sku varchar(30) NOT NULL CHECK (sku LIKE 'SKU-%'),
	seats integer NOT NULL CHECK (seats BETWEEN 1 AND 12),
	note text,
	CONSTRAINT ends_after_start CHECK (end_at > start_at),
	CONSTRAINT cost_le_price CHECK (cost <= price),
	CONSTRAINT cancelled_no_discount CHECK (status <> 'cancelled' OR discount IS NULL),
	CONSTRAINT no_big_drafts CHECK (NOT (seats > 10 AND status = 'draft')),
	CONSTRAINT short_note CHECK (note IS NULL OR char_length(note) <= 200),
	CONSTRAINT even_seats CHECK (is_even(seats)),
	CONSTRAINT code_alt CHECK (code ~ '^([A-Z]{3}|XX)[0-9]+$')
);
SQL
}

my_schema() {
	cat <<'SQL'
CREATE TABLE bookings (
	id int AUTO_INCREMENT PRIMARY KEY,
	start_at datetime NOT NULL,
	end_at datetime NOT NULL,
	cost decimal(10,2) NOT NULL,
	price decimal(10,2) NOT NULL,
	status varchar(20) NOT NULL CHECK (status IN ('draft', 'confirmed', 'cancelled')),
	discount decimal(5,2),
	code varchar(10) NOT NULL CHECK (code REGEXP '^[A-Z]{3}[0-9]{2}$'),
	sku varchar(30) NOT NULL CHECK (sku LIKE 'SKU-%'),
	seats int NOT NULL CHECK (seats BETWEEN 1 AND 12),
	note text,
	CONSTRAINT ends_after_start CHECK (end_at > start_at),
	CONSTRAINT cost_le_price CHECK (cost <= price),
	CONSTRAINT cancelled_no_discount CHECK (status <> 'cancelled' OR discount IS NULL),
	CONSTRAINT no_big_drafts CHECK (NOT (seats > 10 AND status = 'draft')),
	CONSTRAINT short_note CHECK (note IS NULL OR char_length(note) <= 200),
	CONSTRAINT even_seats CHECK (seats % 2 = 0),
	CONSTRAINT code_alt CHECK (code RLIKE '^([A-Z]{3}|XX)[0-9]+$')
);
SQL
}

conditions=(
	"end_at > start_at" "cost <= price" "status <> 'cancelled' OR discount IS NULL"
	"NOT (seats > 10 AND status = 'draft')" "note IS NULL OR char_length(note) <= 200"
	"seats % 2 = 0" "seats BETWEEN 1 AND 12" "status IN ('draft', 'confirmed', 'cancelled')"
	"sku LIKE 'SKU-%'"
)

for dialect in mysql pgsql; do
	if [ "$dialect" = mysql ]; then
		url=$(t_mysql_createdb sg_t34_checks) || t_bail "cannot create database"
		my_schema | t_mysql "$url" || t_bail "cannot create the MySQL tables"
		code_ok="code REGEXP BINARY '^[A-Z]{3}[0-9]{2}\$'"
	else
		url=$(t_pg_createdb sg_t34_checks) || t_bail "cannot create database"
		pg_schema | t_pg "$url" >/dev/null || t_bail "cannot create the PostgreSQL tables"
		code_ok="code ~ '^[A-Z]{3}[0-9]{2}\$'"
	fi
	d=$([ "$dialect" = mysql ] && echo mysql || echo postgresql)

	t_exit 0 "$dialect: dry-run" "$SEEDGEN" --db "$url" --table bookings --count 200 --dry-run
	t_match "$dialect: dry-run counts modelled and filtered CHECKs" \
		'checks: [0-9]+ modelled, 2 filtered by the server' "$T_OUT"
	t_match "$dialect: the column-vs-column CHECK is modelled" 'modelled ends_after_start' "$T_OUT"
	t_match "$dialect: the OR CHECK is modelled" 'modelled cancelled_no_discount' "$T_OUT"
	t_match "$dialect: the alternation regex is filtered" 'filtered code_alt' "$T_OUT"
	t_match "$dialect: the unmodellable CHECK is filtered" 'filtered even_seats' "$T_OUT"
	text=$T_OUT

	t_exit 0 "$dialect: dry-run --format json" \
		"$SEEDGEN" --db "$url" --table bookings --count 200 --dry-run --format json
	json=$T_OUT
	t_eq "$dialect: json: the filtered CHECKs" "code_alt even_seats" \
		"$(jq -r '[.tables[0].checks[] | select(.how == "filtered") | .name] | sort | join(" ")' <<<"$json")"
	t_eq "$dialect: json: the named modelled CHECKs, as in the text" \
		"$(grep -oE '^    modelled [a-z_]+:' <<<"$text" | sed 's/^ *//; s/:$//' | sort | tr '\n' ' ')" \
		"$(jq -r '.tables[0].checks[] | select(.how == "modelled" and .name != null) | "modelled \(.name)"' \
			<<<"$json" | sort | tr '\n' ' ')"
	t_eq "$dialect: json: every CHECK is modelled or filtered, with its text" 0 \
		"$(jq '[.tables[0].checks[] | select((.how != "modelled" and .how != "filtered") or (.expr | length) == 0)] | length' <<<"$json")"
	t_eq "$dialect: json: as many CHECKs as the text counts" \
		"$(sed -nE 's/.*checks: ([0-9]+) modelled, ([0-9]+) filtered.*/\1 \2/p' <<<"$text")" \
		"$(jq -r '.tables[0].checks | "\(map(select(.how == "modelled")) | length) \(map(select(.how == "filtered")) | length)"' <<<"$json")"
	t_eq "$dialect: json: a filtered CHECK says why" 0 \
		"$(jq '[.tables[0].checks[] | select(.how == "filtered" and ((.why // "") | length) == 0)] | length' <<<"$json")"

	for run in 1 2; do
		t_exit 0 "$dialect: seed --count 200, run $run" \
			"$SEEDGEN" --db "$url" --table bookings --count 200 --seed "$run" -q
		t_eq "$dialect: run $run: 200 more rows" $((200 * run)) \
			"$(violations "$d" "$url" bookings "1 = 0")"
		t_eq "$dialect: run $run: 0 CHECK violations" 0 \
			"$(violations "$d" "$url" bookings "${conditions[@]}" "$code_ok")"
	done
	t_eq "$dialect: both branches of the OR occur" 2 \
		"$([ "$d" = mysql ] && t_mysql "$url" "SELECT COUNT(DISTINCT status = 'cancelled') FROM bookings" \
			|| t_pg "$url" "SELECT COUNT(DISTINCT status = 'cancelled') FROM bookings")"

	# The batch path: rows judged by the server 256 at a time.
	batch_schema | sql "$dialect" "$url" >/dev/null || t_bail "cannot create the batch tables"
	dump="SELECT id, code, name FROM parts ORDER BY id"
	t_exit 0 "$dialect: dry-run: the hash CHECK is filtered" \
		"$SEEDGEN" --db "$url" --table parts --count 1000 --dry-run
	t_match "$dialect: dry-run lists code_hash as filtered" 'filtered code_hash' "$T_OUT"
	for run in 1 2; do
		t_exit 0 "$dialect: batch: seed parts --count 1000, run $run" \
			"$SEEDGEN" --db "$url" --table parts --count 1000 --seed 5 -q
		t_eq "$dialect: batch run $run: exact count, 0 violations" "$((1000 * run)) 0" \
			"$(sql "$dialect" "$url" "SELECT COUNT(*), SUM(CASE WHEN $hash_ok THEN 0 ELSE 1 END)
				FROM parts" | tr '\t|' '  ')"
		# Only into the empty table: a row of run 2 whose code repeats
		# one of run 1 moves its key on (unique-key retries do that).
		[ "$run" = 1 ] && t_eq "$dialect: batch: keys 1..1000 without a gap" "1 1000" \
			"$(sql "$dialect" "$url" "SELECT MIN(id), MAX(id) FROM parts" | tr '\t|' '  ')"
		[ "$run" = 1 ] && sql "$dialect" "$url" "$dump" >"$T_TMP/parts.$dialect"
	done
	sql "$dialect" "$url" "DELETE FROM parts" >/dev/null
	t_exit 0 "$dialect: batch: the same seed again" \
		"$SEEDGEN" --db "$url" --table parts --count 1000 --seed 5 -q
	t_eq "$dialect: batch: same seed, same 1000 rows" "1000" \
		"$(sql "$dialect" "$url" "$dump" | diff - "$T_TMP/parts.$dialect" >&2 && wc -l <"$T_TMP/parts.$dialect")"
	t_exit 0 "$dialect: batch: a CHECK no row passes stops the table" \
		"$SEEDGEN" --db "$url" --table never_ok --count 300 --seed 5
	t_match "$dialect: the stop names the table and the CHECK" \
		"'never_ok': 0 of 300 rows: .*CHECK 'no_such_md5'" "$T_ERR"
	t_eq "$dialect: nothing went into never_ok" 0 "$(sql "$dialect" "$url" "SELECT COUNT(*) FROM never_ok")"
done

t_summary
