#!/usr/bin/env bash
# Self-reference fill time against row count: a table whose nullable
# parent_id points at its own rows is seeded with 15k, 30k and 60k rows on
# MariaDB and PostgreSQL; the rows go in with NULL and are pointed at
# earlier rows by UPDATE (selfref.c). Linear filling shows as seconds per
# 1,000 rows staying flat while the count doubles (quadratic: doubling).
# A benchmark, not a test: it prints figures and exits 0 unless something
# fails to run.
#
#   SIZES="15000 30000 60000" scripts/bench_selfref.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SEEDGEN=${SEEDGEN:-$ROOT/seedgen}
SIZES=${SIZES:-15000 30000 60000}

eval "$(scripts/dbserver.sh start)"
MY_URL=${SEEDGEN_MYSQL_URL%/}
PG_BASE=${SEEDGEN_PG_URL%/*}

my() { mariadb --no-defaults --protocol=TCP -h 127.0.0.1 -P "$SEEDGEN_MYSQL_PORT" -u seedgen \
	-pseedgen -N -B "$@"; }
pg() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

ddl='CREATE TABLE node (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, parent_id INT NULL,
	UNIQUE (name, parent_id), FOREIGN KEY (parent_id) REFERENCES node (id))'

printf '%-10s %8s %9s %12s %10s\n' database rows seconds 's/1000 rows' 'with parent'
for n in $SIZES; do
	my -e 'DROP DATABASE IF EXISTS sg_bench_selfref; CREATE DATABASE sg_bench_selfref'
	my sg_bench_selfref -e "$ddl"
	start=$(date +%s.%N)
	"$SEEDGEN" --db "$MY_URL/sg_bench_selfref" --table node --count "$n" --seed 1 -q >/dev/null
	secs=$(echo "$(date +%s.%N) - $start" | bc)
	filled=$(my sg_bench_selfref -e 'SELECT COUNT(parent_id) FROM node')
	printf '%-10s %8d %9.2f %12.3f %10d\n' mariadb "$n" "$secs" "$(echo "$secs * 1000 / $n" | bc -l)" "$filled"

	pg -d "$PG_BASE/postgres" -c 'DROP DATABASE IF EXISTS sg_bench_selfref' -c 'CREATE DATABASE sg_bench_selfref'
	pg -d "$PG_BASE/sg_bench_selfref" -c "$ddl"
	start=$(date +%s.%N)
	"$SEEDGEN" --db "$PG_BASE/sg_bench_selfref" --table node --count "$n" --seed 1 -q >/dev/null
	secs=$(echo "$(date +%s.%N) - $start" | bc)
	filled=$(pg -d "$PG_BASE/sg_bench_selfref" -c 'SELECT COUNT(parent_id) FROM node')
	printf '%-10s %8d %9.2f %12.3f %10d\n' postgresql "$n" "$secs" "$(echo "$secs * 1000 / $n" | bc -l)" "$filled"
done
my -e 'DROP DATABASE IF EXISTS sg_bench_selfref'
pg -d "$PG_BASE/postgres" -c 'DROP DATABASE IF EXISTS sg_bench_selfref'
