#!/usr/bin/env bash
# Seeding throughput of a table whose CHECK seedgen cannot model, so the
# server judges the candidate rows (check_filter.c): the CHECK hashes a
# unique, high-cardinality column (substr(md5(code), 1, 1) NOT IN
# ('0'..'3') rejects about a quarter of the codes), so cached verdicts
# do not help and every row costs a server judgement. For MariaDB and
# PostgreSQL in turn: ROWS rows into an empty table, then the row count
# and the CHECK's violations (both must be exact: ROWS and 0). Prints
# rows/s and peak RSS. A benchmark, not a test: it prints figures and
# exits 0 unless something fails to run or the rows are wrong.
#
#   ROWS=200000 scripts/bench_check.sh     (the default; make bench runs it)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SEEDGEN=${SEEDGEN:-$ROOT/seedgen}
ROWS=${ROWS:-200000}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

eval "$(scripts/dbserver.sh start)"
MY_URL=${SEEDGEN_MYSQL_URL%/}
PG_BASE=${SEEDGEN_PG_URL%/*}
DB=sg_bench_check

my() { mariadb --no-defaults --protocol=TCP -h 127.0.0.1 -P "$SEEDGEN_MYSQL_PORT" -u seedgen \
	-pseedgen -N -B "$@"; }
pg() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

check="CONSTRAINT code_hash CHECK (substr(md5(code), 1, 1) NOT IN ('0', '1', '2', '3'))"
cols="code varchar(24) NOT NULL UNIQUE, name varchar(80) NOT NULL, description varchar(200),
	price decimal(10,2) NOT NULL, stock int NOT NULL"
violations="SELECT COUNT(*) FROM parts WHERE NOT (substr(md5(code), 1, 1) NOT IN ('0', '1', '2', '3'))"

# Seeds ROWS parts into URL; prints "<seconds> <peak RSS KiB>".
seed() {
	/usr/bin/time -f '%e %M' -o "$TMP/time" \
		"$SEEDGEN" --db "$1" --table parts --count "$ROWS" --seed 1 -q >/dev/null
	cat "$TMP/time"
}

# Checks the table's count and violations: "<count> <violations>" must be "ROWS 0".
verify() {
	[ "$1" = "$ROWS 0" ] || { echo "bench_check: $2: count and violations '$1', want '$ROWS 0'" >&2; exit 1; }
}

results=()

my -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
my "$DB" -e "CREATE TABLE parts (id int AUTO_INCREMENT PRIMARY KEY, $cols,
	created_at datetime NOT NULL, $check)"
echo "MariaDB: seeding $ROWS rows under a CHECK the server judges ..." >&2
read -r secs rss < <(seed "$MY_URL/$DB")
verify "$(my "$DB" -e "SELECT COUNT(*) FROM parts") $(my "$DB" -e "$violations")" MariaDB
results+=("MariaDB $secs $rss")
my -e "DROP DATABASE $DB"

pg -d "$PG_BASE/postgres" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
pg -d "$PG_BASE/$DB" -c "CREATE TABLE parts (id serial PRIMARY KEY, $cols,
	created_at timestamp NOT NULL, $check)"
echo "PostgreSQL: seeding $ROWS rows under a CHECK the server judges ..." >&2
read -r secs rss < <(seed "$PG_BASE/$DB")
verify "$(pg -d "$PG_BASE/$DB" -c "SELECT COUNT(*) FROM parts") $(pg -d "$PG_BASE/$DB" -c "$violations")" \
	PostgreSQL
results+=("PostgreSQL $secs $rss")
pg -d "$PG_BASE/postgres" -c "DROP DATABASE $DB"

printf '\nseedgen bench: %s rows under a server-judged CHECK on a unique column, %s\n\n' \
	"$ROWS" "$(date -u +%Y-%m-%d)"
printf '%-11s %10s %14s %14s\n' database seconds "seedgen rows/s" "peak RSS MiB"
for r in "${results[@]}"; do
	read -r name secs rss <<<"$r"
	awk -v n="$name" -v rows="$ROWS" -v s="$secs" -v rss="$rss" 'BEGIN {
		printf "%-11s %10.2f %14.0f %14.1f\n", n, s, rows / (s > 0 ? s : 0.001), rss / 1024 }'
done
