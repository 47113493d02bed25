#!/usr/bin/env bash
# Bad input to the foundation commands: each gets one clear line naming
# what is wrong, the documented exit code (2 usage/input, 3 database), and
# never the password.
. "$(dirname "$0")/../lib.sh"

my=$(t_mysql_createdb sg_t10_cli) || t_bail "cannot create MariaDB database"
pg=$(t_pg_createdb sg_t10_cli) || t_bail "cannot create PostgreSQL database"
t_mysql "$my" "CREATE TABLE clients (id int PRIMARY KEY)"
t_pg "$pg" "CREATE TABLE clients (id int PRIMARY KEY)"
mport=${SEEDGEN_MYSQL_PORT:-$(sed -E 's|.*:([0-9]+)/.*|\1|' <<<"$SEEDGEN_MYSQL_URL")}
pport=${SEEDGEN_PG_PORT:-$(sed -E 's|.*:([0-9]+)/.*|\1|' <<<"$SEEDGEN_PG_URL")}
secret=Sup3rS3cret

t_exit 2 "no command" "$SEEDGEN"
t_match "no command prints usage" 'usage: seedgen COMMAND' "$T_ERR"
t_exit 2 "unknown command" "$SEEDGEN" frobnicate
t_match "unknown command named" "unknown command 'frobnicate'" "$T_ERR"
t_exit 0 "--help" "$SEEDGEN" --help
t_match "--help lists inspect" '^  inspect ' "$T_OUT"
t_exit 0 "inspect --help" "$SEEDGEN" inspect --help
t_match "inspect --help names --format" '--format' "$T_OUT"

t_exit 2 "unknown option" "$SEEDGEN" inspect --db "$my" --frobnicate
t_match "unknown option named" "unknown option '--frobnicate' for 'seedgen inspect'" "$T_ERR"
t_exit 2 "option without value" "$SEEDGEN" inspect --db
t_match "missing value named" "option '--db' needs a value" "$T_ERR"
t_exit 2 "bad --format" "$SEEDGEN" inspect --db "$my" --format yaml
t_match "bad --format named" "unknown --format 'yaml'" "$T_ERR"

t_exit 2 "missing --db and DATABASE_URL" env -u DATABASE_URL "$SEEDGEN" inspect
t_match "missing --db explained" 'no database given: use --db URL or set DATABASE_URL' "$T_ERR"
t_exit 0 "DATABASE_URL is used" env DATABASE_URL="$my" "$SEEDGEN" inspect --format json
t_match "DATABASE_URL reached the database" '"name":[[:space:]]*"clients"' "$T_OUT"

t_exit 2 "malformed URL" "$SEEDGEN" inspect --db "127.0.0.1:$mport/x"
t_match "malformed URL explained" "malformed database URL '127.0.0.1:$mport/x'" "$T_ERR"
t_exit 2 "unknown scheme" "$SEEDGEN" inspect --db "oracle://u:$secret@127.0.0.1/x"
t_match "unknown scheme named" "unknown database URL scheme 'oracle'" "$T_ERR"
t_nomatch "unknown scheme hides the password" "$secret" "$T_ERR"
t_exit 2 "bad port" "$SEEDGEN" inspect --db "mysql://u:$secret@127.0.0.1:70000/x"
t_match "bad port named" "bad port '70000'" "$T_ERR"
t_nomatch "bad port hides the password" "$secret" "$T_ERR"

for d in mysql postgresql; do
	[ $d = mysql ] && port=$mport || port=$pport
	t_exit 3 "$d: unknown host" "$SEEDGEN" inspect --db "$d://seedgen:$secret@no-such-host.invalid:$port/x"
	t_match "$d: unknown host named" "no-such-host.invalid" "$T_ERR"
	t_nomatch "$d: unknown host hides the password" "$secret" "$T_ERR$T_OUT"
	start=$(date +%s)
	t_exit 3 "$d: unreachable port" "$SEEDGEN" inspect --db "$d://seedgen:$secret@127.0.0.1:1/x"
	t_match "$d: unreachable port says it cannot connect" "cannot connect to '$d://seedgen:\*\*\*@127.0.0.1:1/x'" "$T_ERR"
	t_eq "$d: unreachable port fails within the connect timeout" 1 "$(( $(date +%s) - start <= 10 ))"
	t_exit 3 "$d: wrong password" "$SEEDGEN" inspect --db "$d://seedgen:$secret@127.0.0.1:$port/sg_t10_cli"
	t_nomatch "$d: wrong password not echoed" "$secret" "$T_ERR$T_OUT"
	t_match "$d: wrong password explained" "(Access denied|password authentication failed)" "$T_ERR"
	t_exit 3 "$d: unknown database" "$SEEDGEN" inspect --db "$d://seedgen:seedgen@127.0.0.1:$port/sg_no_such_db"
	t_match "$d: unknown database named" "sg_no_such_db" "$T_ERR"
done

for url in "$my" "$pg"; do
	t_exit 2 "unknown --table ($url)" "$SEEDGEN" inspect --db "$url" --table client
	t_match "unknown table named, with a suggestion" "unknown table 'client'.*" "$T_ERR"
	t_match "suggests the close name" "did you mean 'clients'" "$T_ERR"
done
t_exit 2 "--schema on MySQL" "$SEEDGEN" inspect --db "$my" --schema public
t_match "--schema on MySQL explained" "applies to PostgreSQL only" "$T_ERR"

t_summary
