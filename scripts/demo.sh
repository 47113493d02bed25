#!/usr/bin/env bash
# make demo: starts the throwaway servers (scripts/dbserver.sh), loads the
# demo schema (config/demo/mysql.sql) into a fresh database, and shows what
# seedgen sees there. The servers keep running afterwards so that you can
# try seedgen yourself; `make db-stop` stops them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SEEDGEN=${SEEDGEN:-$ROOT/seedgen}

eval "$(scripts/dbserver.sh start)"
db=seedgen_demo
mariadb --no-defaults -h 127.0.0.1 -P "$SEEDGEN_MYSQL_PORT" -u seedgen -pseedgen \
	-e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
mariadb --no-defaults -h 127.0.0.1 -P "$SEEDGEN_MYSQL_PORT" -u seedgen -pseedgen "$db" \
	<config/demo/mysql.sql
url="${SEEDGEN_MYSQL_URL%/}/$db"

echo
echo "== seedgen inspect --db ${url/:seedgen@/:***@}"
"$SEEDGEN" inspect --db "$url"

cat <<MSG

The demo database is still running. Try:
  export DATABASE_URL='$url'
  $SEEDGEN inspect --table orders
  $SEEDGEN inspect --format json | head -40
Stop the servers with: make db-stop
MSG
