#!/usr/bin/env bash
# `seedgen fingerprint`: the shipped TERP example (config/fingerprint-terp.json)
# on MariaDB: the named checks, N/M, --strict; a renamed column, a removed
# enum value and a dropped index make their checks fail; bad checks files.
source "$(dirname "$0")/../lib.sh"

TERP_SQL=$ROOT/../shared/schemas/terp/mysql.sql
t_need_shared "$TERP_SQL"
CHECKS=$ROOT/config/fingerprint-terp.json
TMP=$T_TMP

[ -r "$CHECKS" ] || t_bail "shipped example not found at $CHECKS"

terp=$(t_mysql_createdb seedgen_t51_terp) || t_bail "cannot create database seedgen_t51_terp"
t_defer t_mysql_dropdb seedgen_t51_terp
t_ok "load TERP into MariaDB" t_mysql "$terp" <"$TERP_SQL"

# An empty TERP: everything but the reference rows of roles.
t_ok "shipped example on empty TERP: exit 0 without --strict" \
	"$SEEDGEN" fingerprint --db "$terp" --checks "$CHECKS"
t_eq "shipped example on empty TERP: the named checks and 6/7" \
	"PASS clients table exists
PASS products.nameCanonical exists
PASS orders.total is decimal(15,2)
PASS orders.items holds JSON
PASS todo_tasks.status has 'in_progress'
PASS batches indexed by (productId, batchStatus)
FAIL roles has reference rows: roles has 0 rows, expected at least 1
6/7 checks passed" "$T_OUT"
t_exit 1 "--strict with a failing check: exit 1" \
	"$SEEDGEN" fingerprint --db "$terp" --checks "$CHECKS" --strict
t_match "--strict still lists the checks" '^6/7 checks passed$' "$T_OUT"

t_ok "add a role" t_mysql "$terp" "INSERT INTO roles (name, description) VALUES ('admin', 'all rights')"
t_ok "--strict when all pass: exit 0" "$SEEDGEN" fingerprint --db "$terp" --checks "$CHECKS" --strict
t_match "all pass: 7/7" '^7/7 checks passed$' "$T_OUT"
t_nomatch "all pass: no FAIL line" '^FAIL' "$T_OUT"

# The detector keyed on a column name falls out of sync when it is renamed.
t_ok "rename products.nameCanonical" t_mysql "$terp" \
	"ALTER TABLE products CHANGE nameCanonical name varchar(500) NOT NULL"
t_ok "renamed column: exit 0 without --strict" "$SEEDGEN" fingerprint --db "$terp" --checks "$CHECKS"
t_match "renamed column: FAIL line" \
	'^FAIL products.nameCanonical exists: column products.nameCanonical not found$' "$T_OUT"
t_match "renamed column: 6/7" '^6/7 checks passed$' "$T_OUT"
t_exit 1 "renamed column: --strict exit 1" "$SEEDGEN" fingerprint --db "$terp" --checks "$CHECKS" --strict
t_ok "rename it back" t_mysql "$terp" \
	"ALTER TABLE products CHANGE name nameCanonical varchar(500) NOT NULL"

t_ok "drop an enum value, an index, change a type" t_mysql "$terp" "
	ALTER TABLE todo_tasks MODIFY status enum('todo','done') NOT NULL DEFAULT 'todo';
	DROP INDEX idx_batches_product_status ON batches;
	ALTER TABLE orders MODIFY total decimal(12,2) NOT NULL"
t_ok "three failures: exit 0 without --strict" "$SEEDGEN" fingerprint --db "$terp" --checks "$CHECKS" \
	--format json
t_eq "three failures: json" "4 7" "$(jq -r '"\(.passed) \(.total)"' <<<"$T_OUT")"
t_eq "three failures: details" \
	"orders.total is decimal(15,2): orders.total is decimal(12,2), expected decimal(15,2)
todo_tasks.status has 'in_progress': todo_tasks.status has no value 'in_progress' (values: 'todo', 'done')
batches indexed by (productId, batchStatus): no index on batches(productId, batchStatus)" \
	"$(jq -r '.checks[] | select(.passed == false) | "\(.name): \(.detail)"' <<<"$T_OUT")"

# --- checks files -----------------------------------------------------------

cat >"$TMP/own.json" <<'EOF'
[
  {"name": "todo_lists exists", "kind": "table_exists", "table": "todo_lists"},
  {"name": "no such table", "kind": "table_exists", "table": "todo_list"},
  {"name": "priority is an enum", "kind": "column_type", "table": "todo_tasks",
   "column": "priority", "class": "enum"},
  {"name": "users.openId unique", "kind": "index_exists", "table": "users", "columns": ["openId"]},
  {"name": "orders PK", "kind": "index_exists", "table": "orders", "index": "PRIMARY"},
  {"name": "two roles", "kind": "min_rows", "table": "roles", "min": 2}
]
EOF
t_ok "a list of checks" "$SEEDGEN" fingerprint --db "$terp" --checks "$TMP/own.json"
t_eq "a list of checks: output" "PASS todo_lists exists
FAIL no such table: table 'todo_list' not found (did you mean 'todo_lists'?)
PASS priority is an enum
PASS users.openId unique
PASS orders PK
FAIL two roles: roles has 1 row, expected at least 2
4/6 checks passed" "$T_OUT"

printf '{"checks": [\n  {"name": "a", "kind": "table_exists", "table": "x"}\n  {"name": "b"}\n]}\n' >"$TMP/bad.json"
t_exit 2 "malformed checks file: exit 2" "$SEEDGEN" fingerprint --db "$terp" --checks "$TMP/bad.json"
t_eq "malformed checks file: line:column" \
	"seedgen: error: $TMP/bad.json:3:3: malformed JSON: unexpected '{'" "$T_ERR"
echo '{"checks": [{"name": "a", "kind": "row_count", "table": "x"}]}' >"$TMP/kind.json"
t_exit 2 "unknown kind: exit 2" "$SEEDGEN" fingerprint --db "$terp" --checks "$TMP/kind.json"
t_match "unknown kind: named" "checks\[0\] 'a': unknown kind 'row_count'" "$T_ERR"
echo '{"checks": [{"name": "a", "kind": "column_exists", "table": "x"}]}' >"$TMP/field.json"
t_exit 2 "missing field: exit 2" "$SEEDGEN" fingerprint --db "$terp" --checks "$TMP/field.json"
t_match "missing field: named" "checks\[0\]: 'column' is missing" "$T_ERR"
t_exit 2 "no --checks: exit 2" "$SEEDGEN" fingerprint --db "$terp"
t_exit 2 "unreadable checks file: exit 2" "$SEEDGEN" fingerprint --db "$terp" --checks "$TMP/none.json"
t_exit 3 "unreachable database: exit 3" "$SEEDGEN" fingerprint \
	--db "mysql://seedgen:secret@127.0.0.1:1/x" --checks "$CHECKS"

t_summary
