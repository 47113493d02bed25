#!/usr/bin/env bash
# make demo: starts the throwaway servers (scripts/dbserver.sh), loads the
# demo schema (config/demo/mysql.sql) into a fresh database, shows what
# seedgen sees, previews the seeding plan, seeds every table and checks the
# result. The servers keep running afterwards so that you can try seedgen
# yourself; `make db-stop` stops them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SEEDGEN=${SEEDGEN:-$ROOT/seedgen}

eval "$(scripts/dbserver.sh start)"
db=seedgen_demo
my() {
	mariadb --no-defaults -h 127.0.0.1 -P "$SEEDGEN_MYSQL_PORT" -u seedgen -pseedgen "$@"
}
my -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
my "$db" <config/demo/mysql.sql
url="${SEEDGEN_MYSQL_URL%/}/$db"
shown=${url/:seedgen@/:***@}
cfg=config/demo/seedgen.json

step() { printf '\n== %s\n' "$*"; }

step "seedgen inspect --db $shown --table orders,comments"
"$SEEDGEN" inspect --db "$url" --table orders,comments

step "seedgen --all --config $cfg --seed 2026 --dry-run   (the plan; nothing is written)"
"$SEEDGEN" --db "$url" --all --config "$cfg" --seed 2026 --dry-run

step "seedgen --all --config $cfg --seed 2026"
"$SEEDGEN" --db "$url" --all --config "$cfg" --seed 2026

step "a few of the rows it wrote"
my -t "$db" -e "SELECT o.order_number, c.company_name, o.status, o.total, o.ordered_at
	FROM orders o JOIN clients c ON c.id = o.client_id ORDER BY o.id LIMIT 5;
	SELECT commentable_type, commentable_id, LEFT(content, 70) AS content FROM comments ORDER BY id LIMIT 5;"

cat <<MSG

The demo database is still running. Try:
  export DATABASE_URL='$url'
  $SEEDGEN inspect --table order_items
  $SEEDGEN --table comments --count 10 --sample 3
Stop the servers with: make db-stop
MSG
