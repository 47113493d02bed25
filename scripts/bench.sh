#!/usr/bin/env bash
# make bench: seedgen's seeding throughput against the raw bulk path of
# each database, measured on this machine in one run.
#
# For MariaDB and PostgreSQL in turn: 10,000 users, then ROWS comments
# (~120-character text, a foreign key to users, a timestamp) seeded by
# seedgen; the same rows exported to a file and loaded into an identical
# empty table with the database's own client (LOAD DATA LOCAL INFILE,
# \copy FROM). Prints rows/s of both, their ratio, and seedgen's peak RSS;
# then scripts/bench_check.sh (a CHECK that only the server can judge).
# A benchmark, not a test: it prints figures and exits 0 unless something
# fails to run.
#
#   ROWS=1000000 CHECK_ROWS=200000 scripts/bench.sh     (the defaults)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SEEDGEN=${SEEDGEN:-$ROOT/seedgen}
ROWS=${ROWS:-1000000}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

eval "$(scripts/dbserver.sh start)"
MY_URL=${SEEDGEN_MYSQL_URL%/}
PG_BASE=${SEEDGEN_PG_URL%/*}

my() { # my DB SQL
	mariadb --no-defaults --protocol=TCP -h 127.0.0.1 -P "$SEEDGEN_MYSQL_PORT" -u seedgen \
		-pseedgen -N -B --local-infile=1 --default-character-set=utf8mb4 "$1" -e "$2"
}
pg() { # pg DB SQL
	psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$PG_BASE/$1" -c "$2"
}

# Runs a command, prints "<seconds> <peak RSS KiB>" of it.
measure() {
	/usr/bin/time -f '%e %M' -o "$TMP/time" "$@" >/dev/null
	cat "$TMP/time"
}

# Wall seconds of a shell command or function.
wall() {
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >/dev/null
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}

results=()

bench_mysql() {
	local db=sg_bench url secs rss raw_secs
	url="$MY_URL/$db"
	my mysql "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
	my "$db" "
	CREATE TABLE users (id int AUTO_INCREMENT PRIMARY KEY, name varchar(100) NOT NULL,
		email varchar(200) NOT NULL);
	CREATE TABLE comments (id int AUTO_INCREMENT PRIMARY KEY, user_id int NOT NULL,
		content varchar(160) NOT NULL, created_at timestamp NOT NULL DEFAULT current_timestamp,
		FOREIGN KEY (user_id) REFERENCES users (id));
	CREATE TABLE comments_raw LIKE comments;
	ALTER TABLE comments_raw ADD FOREIGN KEY (user_id) REFERENCES users (id);"
	"$SEEDGEN" --db "$url" --table users --count 10000 --seed 1 -q >/dev/null
	echo "MariaDB: seeding $ROWS comments with seedgen ..." >&2
	read -r secs rss < <(measure "$SEEDGEN" --db "$url" --table comments --count "$ROWS" --seed 1 -q)
	echo "MariaDB: exporting them and loading the file with LOAD DATA LOCAL INFILE ..." >&2
	my "$db" "SELECT user_id, content, created_at FROM comments" >"$TMP/comments.tsv"
	raw_secs=$(wall my "$db" "SET autocommit = 0;
		LOAD DATA LOCAL INFILE '$TMP/comments.tsv' INTO TABLE comments_raw
		CHARACTER SET utf8mb4 (user_id, content, created_at); COMMIT;")
	[ "$(my "$db" 'SELECT COUNT(*) FROM comments_raw')" = "$ROWS" ] ||
		{ echo "bench: raw load stored a different row count" >&2; exit 1; }
	results+=("MariaDB $secs $rss $raw_secs")
	my mysql "DROP DATABASE $db"
}

bench_pgsql() {
	local db=sg_bench url secs rss raw_secs
	url="$PG_BASE/$db"
	pg postgres "DROP DATABASE IF EXISTS $db"
	pg postgres "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
	pg "$db" "
	CREATE TABLE users (id serial PRIMARY KEY, name varchar(100) NOT NULL,
		email varchar(200) NOT NULL);
	CREATE TABLE comments (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users (id),
		content varchar(160) NOT NULL, created_at timestamp NOT NULL DEFAULT now());
	CREATE TABLE comments_raw (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users (id),
		content varchar(160) NOT NULL, created_at timestamp NOT NULL DEFAULT now());" >/dev/null
	"$SEEDGEN" --db "$url" --table users --count 10000 --seed 1 -q >/dev/null
	echo "PostgreSQL: seeding $ROWS comments with seedgen ..." >&2
	read -r secs rss < <(measure "$SEEDGEN" --db "$url" --table comments --count "$ROWS" --seed 1 -q)
	echo "PostgreSQL: exporting them and loading the file with COPY FROM ..." >&2
	pg "$db" "\\copy (SELECT user_id, content, created_at FROM comments) TO '$TMP/comments.tsv'"
	raw_secs=$(wall pg "$db" "\\copy comments_raw (user_id, content, created_at) FROM '$TMP/comments.tsv'")
	[ "$(pg "$db" 'SELECT COUNT(*) FROM comments_raw')" = "$ROWS" ] ||
		{ echo "bench: raw load stored a different row count" >&2; exit 1; }
	results+=("PostgreSQL $secs $rss $raw_secs")
	pg postgres "DROP DATABASE $db"
}

bench_mysql
bench_pgsql

printf '\nseedgen bench: %s comments-like rows (120-char text, FK to 10,000 users), %s\n\n' \
	"$ROWS" "$(date -u +%Y-%m-%d)"
printf '%-11s %14s %16s %8s %14s\n' database "seedgen rows/s" "raw load rows/s" ratio "peak RSS MiB"
for r in "${results[@]}"; do
	read -r name secs rss raw <<<"$r"
	awk -v n="$name" -v rows="$ROWS" -v s="$secs" -v raw="$raw" -v rss="$rss" 'BEGIN {
		a = rows / (s > 0 ? s : 0.001); b = rows / (raw > 0 ? raw : 0.001)
		printf "%-11s %14.0f %16.0f %8.2f %14.1f\n", n, a, b, a / b, rss / 1024 }'
done
echo
echo "ratio = seedgen rows/s / raw rows/s (targets: ratio >= 0.9, peak RSS <= 16 MiB)"
echo "raw: LOAD DATA LOCAL INFILE (mariadb client) and \\copy FROM (psql) of the same rows"

# The CHECK the server judges (check_filter.c): rows/s of its own table.
ROWS=${CHECK_ROWS:-200000} scripts/bench_check.sh
