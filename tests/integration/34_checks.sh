#!/usr/bin/env bash
# Issue 10, CHECK constraints: tables with full boolean CHECKs (AND/OR/NOT,
# IS [NOT] NULL, column against column, IN, BETWEEN, LIKE, a simple regex,
# length()) and CHECKs seedgen cannot model (a user function on
# PostgreSQL, arithmetic and a regex with alternation on both) seed
# --count 200 twice on both servers with exit 0, every row, and 0
# violations counted by the database's own SQL; the dry-run lists the
# CHECKs as modelled or filtered.
. "$(dirname "$0")/../lib.sh"

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
done

t_summary
