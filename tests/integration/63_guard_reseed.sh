#!/usr/bin/env bash
# Issue 6, acceptance 1: the production guard (SEEDGEN_ENV, --env, config
# environments) refuses writes without --allow-production, refuses --all
# and reseed even with it, lets targeted writes, dry runs and checks work;
# on staging, reseed --all --keep users leaves users untouched and every
# other table freshly seeded. Also: only undo and reseed hold DELETE, and
# nothing in seedgen issues DROP, TRUNCATE or ALTER.
. "$(dirname "$0")/../lib.sh"

terp="$ROOT/../shared/schemas/terp/mysql.sql"
t_need_shared "$terp"
cd "$T_TMP" || t_bail "no scratch dir"
db=$(t_mysql_createdb sg_t63_terp) || t_bail "cannot create database"
t_mysql "$db" <"$terp" || t_bail "cannot load TERP"
t_exit 0 "staging: seed everything" "$SEEDGEN" --db "$db" --all --count 6 --seed 1 -q
total() { t_mysql "$db" "SELECT SUM(table_rows) FROM (SELECT COUNT(*) table_rows FROM users
	UNION ALL SELECT COUNT(*) FROM orders UNION ALL SELECT COUNT(*) FROM clients
	UNION ALL SELECT COUNT(*) FROM comments) x"; }
rows=$(total)

# --- production by SEEDGEN_ENV -------------------------------------------
export SEEDGEN_ENV=production
t_exit 2 "production: a write without --allow-production" "$SEEDGEN" --db "$db" --table orders --count 3
t_match "the refusal names the rule" 'production \(SEEDGEN_ENV=production\)' "$T_ERR"
t_exit 2 "production: --all even with --allow-production" "$SEEDGEN" --db "$db" --all --allow-production
t_match "--all refusal says broad writes are never allowed" 'broad writes are never allowed' "$T_ERR"
t_exit 2 "production: reseed" "$SEEDGEN" reseed --db "$db" --table orders --allow-production
t_exit 2 "production: reseed --dry-run too" "$SEEDGEN" reseed --db "$db" --table orders --dry-run
t_exit 2 "production: undo without --allow-production" "$SEEDGEN" undo --db "$db" --report /dev/null
t_eq "production: nothing was written" "$rows" "$(total)"
t_exit 0 "production: --dry-run works" "$SEEDGEN" --db "$db" --table orders --count 3 --dry-run
t_exit 0 "production: inspect works" "$SEEDGEN" inspect --db "$db" --table orders
t_exit 0 "production: coverage works" "$SEEDGEN" coverage --db "$db"
t_exit 0 "production: verify works" "$SEEDGEN" verify --db "$db"
t_exit 0 "production: snapshot works" "$SEEDGEN" snapshot --db "$db" -o "$T_TMP/c.json"
t_exit 0 "production: validate works" "$SEEDGEN" validate --db "$db" --contract "$T_TMP/c.json"
t_exit 0 "production: --table X --allow-production works" "$SEEDGEN" --db "$db" --table orders \
	--count 3 --allow-production --seed 4 -q
t_eq "production: exactly the 3 targeted rows" "$((rows + 3))" "$(total)"
unset SEEDGEN_ENV

# --- production by --env and by config pattern ------------------------------
t_exit 2 "--env production refuses too" "$SEEDGEN" --db "$db" --table orders --count 1 --env production
t_match "names --env" 'production \(--env production\)' "$T_ERR"
cat >"$T_TMP/envs.json" <<'JSON'
{ "environments": { "production": { "hosts": ["db.prod.*", "127.0.0.*"], "databases": ["sg_t63_*"] } } }
JSON
t_exit 2 "config pattern refuses" "$SEEDGEN" --db "$db" --table orders --count 1 --config "$T_TMP/envs.json"
t_match "names the matching patterns" "environments.production.hosts pattern '127.0.0.\*' matches host '127.0.0.1'" "$T_ERR"
t_exit 2 "SEEDGEN_CONFIG is read too" env SEEDGEN_CONFIG="$T_TMP/envs.json" "$SEEDGEN" --db "$db" --table orders --count 1
t_exit 0 "--env staging does not override a production match for reads" "$SEEDGEN" --db "$db" \
	--table orders --dry-run --config "$T_TMP/envs.json" --env staging
t_exit 2 "...and not for writes" "$SEEDGEN" --db "$db" --table orders --count 1 \
	--config "$T_TMP/envs.json" --env staging
echo '{ "environments": { "production": { "hosts": "x" } } }' >"$T_TMP/badenv.json"
t_exit 2 "a malformed environment is an input error" "$SEEDGEN" --db "$db" --table orders \
	--dry-run --config "$T_TMP/badenv.json"
t_match "with its position" 'badenv.json:1:[0-9]+: environments.production' "$T_ERR"
t_eq "still nothing written" "$((rows + 3))" "$(total)"

# --- staging: reseed --all --keep users ---------------------------------------
users_sum=$(t_mysql "$db" 'CHECKSUM TABLE users' | cut -f2)
old_max=$(t_mysql "$db" 'SELECT MAX(id) FROM clients'),$(t_mysql "$db" 'SELECT MAX(id) FROM orders'),$(t_mysql "$db" 'SELECT MAX(id) FROM strains')
sums_before=$(t_mysql "$db" 'CHECKSUM TABLE users, clients, orders, strains, comments')
t_exit 0 "reseed --dry-run" "$SEEDGEN" reseed --db "$db" --all --keep users --count 4 --seed 7 --dry-run
t_match "dry run: rows to delete and insert per table" '^  clients: [0-9]+ rows would be deleted, 4 inserted \(4 after\)' "$T_OUT"
t_eq "reseed dry run wrote nothing" "$sums_before" "$(t_mysql "$db" 'CHECKSUM TABLE users, clients, orders, strains, comments')"
t_exit 0 "reseed --all --keep users" "$SEEDGEN" reseed --db "$db" --all --keep users --count 4 --seed 7 \
	--report "$T_TMP/reseed.json"
t_eq "users untouched" "$users_sum" "$(t_mysql "$db" 'CHECKSUM TABLE users' | cut -f2)"
t_eq "clients, orders, strains: only new rows" "1 1 1" "$( (IFS=, read -r c o s <<<"$old_max";
	t_mysql "$db" "SELECT MIN(id) > $c FROM clients" ; t_mysql "$db" "SELECT MIN(id) > $o FROM orders";
	t_mysql "$db" "SELECT MIN(id) > $s FROM strains") | tr '\n' ' ' | sed 's/ $//')"
t_eq "clients: exactly the 4 seeded" 4 "$(t_mysql "$db" 'SELECT COUNT(*) FROM clients')"
t_ok "the report records both halves" jq -e '.command == "reseed" and .status == "ok" and
	(.tables | length) == 232 and all(.tables[]; has("deleted") and has("inserted"))' "$T_TMP/reseed.json"
T_INTEGRITY_ALLOW_EMPTY=1
. "$ROOT/tests/integrity.sh"
t_integrity "after reseed" mysql "$db"

# Only undo and reseed delete; nothing drops, truncates or alters.
t_eq "DELETE statements only in undo.c and reseed.c" "src/reseed.c src/undo.c" \
	"$(cd "$ROOT" && grep -lE '"[^"]*DELETE FROM' src/*.c generators/*.c | sort | tr '\n' ' ' | sed 's/ $//')"
t_eq "no DROP, TRUNCATE or ALTER statements anywhere" "" \
	"$(cd "$ROOT" && grep -nE '"[^"]*\b(DROP (TABLE|DATABASE|SCHEMA|INDEX)|TRUNCATE|ALTER (TABLE|SCHEMA))\b' src/*.c generators/*.c)"

t_summary
