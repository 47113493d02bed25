#!/usr/bin/env bash
# `seedgen reconcile`: the RBAC example (config/rbac-terp.json) on an empty
# TERP in MariaDB inserts its rows with the right ids, a second run inserts
# nothing, --dry-run writes nothing, invariants pass and fail with the right
# exit codes, --update changes what differs and only that, broken files
# exit 2 with FILE:LINE:COL and write nothing, a database error rolls the
# whole run back. Then the same on PostgreSQL with a small schema of our
# own (serial and uuid keys, an enum type, jsonb/json, arrays, generated
# and identity columns, a non-public schema).
source "$(dirname "$0")/../lib.sh"

TERP_SQL=$ROOT/../shared/schemas/terp/mysql.sql
t_need_shared "$TERP_SQL"
RBAC=$ROOT/config/rbac-terp.json
RBAC_TABLES="roles permissions role_permissions user_roles"


# Checksums and counts of the four RBAC tables, one line: what "writes
# nothing" is checked against.
rbac_state() {
	local sum="" t
	for t in $RBAC_TABLES; do
		sum+="$t=$(t_mysql "$1" "SELECT COUNT(*) FROM \`$t\`")/$(t_mysql "$1" "CHECKSUM TABLE \`$t\`" | cut -f2) "
	done
	echo "${sum% }"
}

# The line of table $1 in the text output $2.
line_of() {
	grep -E "^$1: " <<<"$2" | sed -E 's/ +/ /g'
}

terp=$(t_mysql_createdb seedgen_t60_terp) || t_bail "cannot create database seedgen_t60_terp"
t_defer t_mysql_dropdb seedgen_t60_terp
t_ok "load TERP into MariaDB" t_mysql "$terp" <"$TERP_SQL"
fresh=$(t_mysql_createdb seedgen_t60_fresh) || t_bail "cannot create database seedgen_t60_fresh"
t_defer t_mysql_dropdb seedgen_t60_fresh
t_ok "load a second, fresh TERP" t_mysql "$fresh" <"$TERP_SQL"
empty_state=$(rbac_state "$fresh")
t_eq "fresh TERP: RBAC tables empty" "roles=0 permissions=0 role_permissions=0 user_roles=0" \
	"$(sed -E 's#/[0-9]+##g' <<<"$empty_state")"

# --- the example on an empty TERP ---------------------------------------------------

t_ok "--dry-run on empty TERP" "$SEEDGEN" reconcile --file "$RBAC" --db "$fresh" --dry-run
t_eq "dry run: roles" "roles: 0 present, 10 missing, 10 would insert" "$(line_of roles "$T_OUT")"
t_eq "dry run: role_permissions" "role_permissions: 0 present, 145 missing, 145 would insert" \
	"$(line_of role_permissions "$T_OUT")"
t_eq "dry run: total" "total: 0 present, 182 missing, 182 would insert" "$(line_of total "$T_OUT")"
t_match "dry run: invariants judged on what would be there" '^6/6 invariants passed$' "$T_OUT"
t_match "dry run: Super Admin would hold 26" \
	"^PASS Super Admin holds every permission: 'role_permissions' would have 26 rows" "$T_OUT"
t_match "dry run: says so" '^dry run: nothing was written$' "$T_OUT"
t_eq "dry run wrote nothing (counts and checksums)" "$empty_state" "$(rbac_state "$fresh")"

t_ok "reconcile the example" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp"
t_eq "run 1: roles" "roles: 0 present, 10 missing, 10 inserted" "$(line_of roles "$T_OUT")"
t_eq "run 1: permissions" "permissions: 0 present, 26 missing, 26 inserted" "$(line_of permissions "$T_OUT")"
t_eq "run 1: role_permissions" "role_permissions: 0 present, 145 missing, 145 inserted" \
	"$(line_of role_permissions "$T_OUT")"
t_eq "run 1: user_roles" "user_roles: 0 present, 1 missing, 1 inserted" "$(line_of user_roles "$T_OUT")"
t_eq "run 1: total" "total: 0 present, 182 missing, 182 inserted" "$(line_of total "$T_OUT")"
t_match "run 1: invariants pass" '^6/6 invariants passed$' "$T_OUT"
t_nomatch "run 1: not a dry run" 'dry run' "$T_OUT"
t_eq "run 1: row counts" "10 26 145 1" \
	"$(t_mysql "$terp" "SELECT (SELECT COUNT(*) FROM roles), (SELECT COUNT(*) FROM permissions),
		(SELECT COUNT(*) FROM role_permissions), (SELECT COUNT(*) FROM user_roles)" | tr '\t' ' ')"
t_eq "run 1: values as given" "Warehouse Staff	Receives, moves and adjusts stock; fulfils orders.	1" \
	"$(t_mysql "$terp" "SELECT name, description, is_system_role FROM roles WHERE name = 'Warehouse Staff'")"
t_eq "run 1: columns not given got their defaults" "orders	1" \
	"$(t_mysql "$terp" "SELECT module, created_at IS NOT NULL FROM permissions WHERE name = 'orders:read'")"
t_eq "run 1: references resolved to the right ids (Warehouse Staff)" \
	"dashboard:access,dashboard:read,inventory:access,inventory:quantity:adjust,inventory:read,inventory:transfer,orders:access,orders:fulfill,orders:read,orders:update,purchase_orders:access,purchase_orders:read,purchase_orders:receive" \
	"$(t_mysql "$terp" "SELECT GROUP_CONCAT(p.name ORDER BY p.name) FROM role_permissions rp
		JOIN roles r ON r.id = rp.role_id JOIN permissions p ON p.id = rp.permission_id
		WHERE r.name = 'Warehouse Staff'")"
t_eq "run 1: Super Admin holds every permission" "26 26" \
	"$(t_mysql "$terp" "SELECT COUNT(*), COUNT(DISTINCT rp.permission_id) FROM role_permissions rp
		JOIN roles r ON r.id = rp.role_id WHERE r.name = 'Super Admin'" | tr '\t' ' ')"
t_eq "run 1: the owner's role is Super Admin's id" "terp-owner	Super Admin	seedgen reconcile" \
	"$(t_mysql "$terp" "SELECT ur.user_id, r.name, ur.assigned_by FROM user_roles ur JOIN roles r ON r.id = ur.role_id")"
t_eq "run 1: no role_permission points nowhere" "0" \
	"$(t_mysql "$terp" "SELECT COUNT(*) FROM role_permissions rp LEFT JOIN roles r ON r.id = rp.role_id
		LEFT JOIN permissions p ON p.id = rp.permission_id WHERE r.id IS NULL OR p.id IS NULL")"
t_ok "seedgen verify agrees" "$SEEDGEN" verify --db "$terp" --tables roles,permissions,role_permissions,user_roles

after1=$(rbac_state "$terp")
t_ok "run 2: the same file again" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp"
t_eq "run 2: roles" "roles: 10 present, 0 missing, 0 inserted" "$(line_of roles "$T_OUT")"
t_eq "run 2: role_permissions" "role_permissions: 145 present, 0 missing, 0 inserted" \
	"$(line_of role_permissions "$T_OUT")"
t_eq "run 2: total" "total: 182 present, 0 missing, 0 inserted" "$(line_of total "$T_OUT")"
t_match "run 2: invariants pass" '^6/6 invariants passed$' "$T_OUT"
t_eq "run 2 wrote nothing" "$after1" "$(rbac_state "$terp")"

t_ok "--format json" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp" --format json
t_eq "json: totals and invariants" "false 182 0 0 6 true" \
	"$(jq -r '"\(.dry_run) \(.total.present) \(.total.missing) \(.total.inserted) \(.invariants | length) \(.passed)"' <<<"$T_OUT")"
t_eq "json: per table" "roles 10 0|permissions 26 0|role_permissions 145 0|user_roles 1 0" \
	"$(jq -r '[.tables[] | "\(.table) \(.present) \(.inserted)"] | join("|")' <<<"$T_OUT")"

# --- partly there: only the missing rows go in -------------------------------------

t_ok "delete two role_permissions and the owner's role" t_mysql "$terp" \
	"DELETE rp FROM role_permissions rp JOIN roles r ON r.id = rp.role_id JOIN permissions p ON p.id = rp.permission_id
	 WHERE r.name = 'Accountant' AND p.name IN ('orders:read', 'audit_logs:view'); DELETE FROM user_roles"
partial=$(rbac_state "$terp")
t_ok "dry run on the partial state" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp" --dry-run
t_eq "partial dry run: role_permissions" "role_permissions: 143 present, 2 missing, 2 would insert" \
	"$(line_of role_permissions "$T_OUT")"
t_eq "partial dry run: total" "total: 179 present, 3 missing, 3 would insert" "$(line_of total "$T_OUT")"
t_eq "partial dry run wrote nothing" "$partial" "$(rbac_state "$terp")"
t_ok "reconcile the partial state" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp"
t_eq "partial: total" "total: 179 present, 3 missing, 3 inserted" "$(line_of total "$T_OUT")"
t_eq "partial: Accountant has orders:read again" "1" \
	"$(t_mysql "$terp" "SELECT COUNT(*) FROM role_permissions rp JOIN roles r ON r.id = rp.role_id
		JOIN permissions p ON p.id = rp.permission_id WHERE r.name = 'Accountant' AND p.name = 'orders:read'")"
t_eq "partial: counts back to the file's" "10 26 145 1" \
	"$(t_mysql "$terp" "SELECT (SELECT COUNT(*) FROM roles), (SELECT COUNT(*) FROM permissions),
		(SELECT COUNT(*) FROM role_permissions), (SELECT COUNT(*) FROM user_roles)" | tr '\t' ' ')"

# --- --update ------------------------------------------------------------------------

t_ok "an operator edits a description and adds a role of their own" t_mysql "$terp" \
	"UPDATE roles SET description = 'edited by hand' WHERE name = 'Accountant';
	 INSERT INTO roles (name, description) VALUES ('Intern', 'not in the file')"
t_ok "without --update: differing description left alone" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp"
t_eq "without --update: nothing inserted" "total: 182 present, 0 missing, 0 inserted" "$(line_of total "$T_OUT")"
t_eq "without --update: description unchanged" "edited by hand" \
	"$(t_mysql "$terp" "SELECT description FROM roles WHERE name = 'Accountant'")"
t_ok "--update --dry-run" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp" --update --dry-run
t_eq "--update --dry-run: 1 would update" "roles: 10 present, 0 missing, 0 would insert, 1 would update" \
	"$(line_of roles "$T_OUT")"
t_eq "--update --dry-run: wrote nothing" "edited by hand" \
	"$(t_mysql "$terp" "SELECT description FROM roles WHERE name = 'Accountant'")"
t_ok "--update" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp" --update
t_eq "--update: roles" "roles: 10 present, 0 missing, 0 inserted, 1 updated" "$(line_of roles "$T_OUT")"
t_eq "--update: total" "total: 182 present, 0 missing, 0 inserted, 1 updated" "$(line_of total "$T_OUT")"
t_eq "--update: the file's description is back" \
	"Manages accounting; reads clients, orders and audit logs." \
	"$(t_mysql "$terp" "SELECT description FROM roles WHERE name = 'Accountant'")"
t_eq "--update never deletes: the operator's role is still there" "1" \
	"$(t_mysql "$terp" "SELECT COUNT(*) FROM roles WHERE name = 'Intern'")"
after_update=$(rbac_state "$terp")
t_ok "--update again" "$SEEDGEN" reconcile --file "$RBAC" --db "$terp" --update
t_eq "--update again: 0 updated" "total: 182 present, 0 missing, 0 inserted, 0 updated" \
	"$(line_of total "$T_OUT")"
t_eq "--update again wrote nothing" "$after_update" "$(rbac_state "$terp")"

# --- invariants ------------------------------------------------------------------------

cat >"$T_TMP/inv.json" <<'EOF'
{
  "tables": [
    {"table": "roles", "key": ["name"], "rows": [{"name": "Super Admin"}]}
  ],
  "invariants": [
    {"name": "ten system roles", "table": "roles", "min_rows": 10, "where": {"is_system_role": 1}},
    {"name": "a billing role", "table": "roles", "require": {"name": "Billing Clerk"}},
    {"name": "forty permissions", "table": "permissions", "min_rows": 40},
    {"name": "Intern has orders:read", "table": "role_permissions",
     "require": {"role_id": {"ref": "roles", "by": {"name": "Intern"}},
                 "permission_id": {"ref": "permissions", "by": {"name": "orders:read"}}}}
  ]
}
EOF
before=$(rbac_state "$terp")
t_exit 1 "failing invariants: exit 1" "$SEEDGEN" reconcile --file "$T_TMP/inv.json" --db "$terp"
t_match "passing invariant listed" "^PASS ten system roles: 'roles' has 10 rows with is_system_role=1, expected at least 10$" "$T_OUT"
t_match "missing row named" "^FAIL a billing role: 'roles' has no row with name='Billing Clerk'$" "$T_OUT"
t_match "count named" "^FAIL forty permissions: 'permissions' has 26 rows, expected at least 40$" "$T_OUT"
t_match "pair named" "^FAIL Intern has orders:read: 'role_permissions' has no row with role_id=roles\(name='Intern'\), permission_id=permissions\(name='orders:read'\)$" "$T_OUT"
t_match "summary" '^1/4 invariants passed$' "$T_OUT"
t_eq "failing invariants wrote nothing" "$before" "$(rbac_state "$terp")"
t_exit 1 "failing invariants: exit 1 in a dry run too" "$SEEDGEN" reconcile --file "$T_TMP/inv.json" --db "$terp" --dry-run
t_exit 1 "failing invariants: exit 1 with --format json" "$SEEDGEN" reconcile --file "$T_TMP/inv.json" --db "$terp" --format json
t_eq "json: failed invariants" "false false false" \
	"$(jq -r '[.passed, .invariants[1].passed, .invariants[2].passed] | map(tostring) | join(" ")' <<<"$T_OUT")"

# --- broken files: exit 2, FILE:LINE:COL, nothing written ---------------------------

# bad NAME REGEX JSON: the file exits 2, its message matches REGEX, and the
# fresh TERP is untouched.
bad() {
	local name=$1 re=$2
	printf '%s\n' "$3" >"$T_TMP/$name.json"
	t_exit 2 "$name: exit 2" "$SEEDGEN" reconcile --file "$T_TMP/$name.json" --db "$fresh"
	t_match "$name: message" "$re" "$T_ERR"
	t_eq "$name: wrote nothing" "$empty_state" "$(rbac_state "$fresh")"
}

bad unknown_column "^seedgen: error: [^ ]*/unknown_column\.json:3:38: tables\[0\]\.rows\[1\]: unknown column 'descripton' \(table 'roles' has no such column\)$" \
'{"tables": [{"table": "roles", "key": ["name"], "rows": [
  {"name": "a", "description": "first row is fine"},
  {"name": "b", "is_system_role": 1, "descripton": "typo"}]}]}'
t_match "unknown_column: hint" "^seedgen: hint: did you mean 'description'\?$" "$T_ERR"
bad malformed "^seedgen: error: [^ ]*/malformed\.json:2:45: malformed JSON: unexpected '\}'$" \
'{"tables": [{"table": "roles", "key": ["name"],
  "rows": [{"name": "a", "description": "x",}]}]}'
bad unknown_table "unknown_table\.json:1:14: tables\[0\]\.table: unknown table 'role' \(database 'seedgen_t60_fresh' has no such table\)" \
'{"tables": [{"table": "role", "key": ["name"], "rows": []}]}'
bad key_not_in_row "key_not_in_row\.json:2:3: tables\[0\]\.rows\[0\]: the row lacks key column 'name'" \
'{"tables": [{"table": "roles", "key": ["name"], "rows": [
  {"description": "no name"}]}]}'
bad unknown_key_column "unknown_key_column\.json:1:40: tables\[0\]\.key: unknown column 'nmae'" \
'{"tables": [{"table": "roles", "key": ["nmae"], "rows": []}]}'
bad wrong_type "wrong_type\.json:1:72: tables\[0\]\.rows\[0\]\.is_system_role: column 'roles\.is_system_role' is int\(11\): expected a whole number, found a string" \
'{"tables": [{"table": "roles", "key": ["name"], "rows": [{"name": "a", "is_system_role": "yes"}]}]}'
bad wrong_type_key "wrong_type_key\.json:1:59: tables\[0\]\.rows\[0\]\.name: column 'roles\.name' is varchar\(100\): expected a string, found a number" \
'{"tables": [{"table": "roles", "key": ["name"], "rows": [{"name": 42}]}]}'
bad enum_value "enum_value\.json:1:78: tables\[0\]\.rows\[0\]\.role: 'owner' is not a value of column 'users\.role' \(enum\('user','admin'\)\)" \
'{"tables": [{"table": "users", "key": ["openId"], "rows": [{"openId": "u-1", "role": "owner"}]}]}'
t_match "enum_value: hint lists the live values" "^seedgen: hint: the live column allows: 'user', 'admin'$" "$T_ERR"
bad not_null "not_null\.json:1:64: tables\[0\]\.rows\[0\]: column 'permissions\.module' is NOT NULL without a default, and the row \(name='x:y'\) does not give it" \
'{"tables": [{"table": "permissions", "key": ["name"], "rows": [{"name": "x:y"}]}]}'
bad null_in_not_null "null_in_not_null\.json:1:80: tables\[0\]\.rows\[0\]\.module: column 'permissions\.module' is NOT NULL" \
'{"tables": [{"table": "permissions", "key": ["name"], "rows": [{"name": "x:y", "module": null}]}]}'
bad too_long "too_long\.json:1:78: tables\[0\]\.rows\[0\]\.module: value of 51 characters is too long for column 'permissions\.module' \(varchar\(50\)\)" \
"{\"tables\": [{\"table\": \"permissions\", \"key\": [\"name\"], \"rows\": [{\"name\": \"x\", \"module\": \"$(printf 'm%.0s' {1..51})\"}]}]}"
bad out_of_range "out_of_range\.json:1:72: tables\[0\]\.rows\[0\]\.is_system_role: 3000000000 is out of range" \
'{"tables": [{"table": "roles", "key": ["name"], "rows": [{"name": "a", "is_system_role": 3000000000}]}]}'
bad duplicate_row "duplicate_row\.json:3:3: tables\[0\]\.rows\[1\]: duplicate row: rows\[0\] has the same key \(name='a'\)" \
'{"tables": [{"table": "roles", "key": ["name"], "rows": [
  {"name": "a"},
  {"name": "a", "description": "again"}]}]}'
bad missing_ref "missing_ref\.json:3:6: tables\[1\]\.rows\[0\]\.role_id: no row of 'roles' matches the reference roles\(name='Nobody'\), and this file does not add one" \
'{"tables": [{"table": "roles", "key": ["name"], "rows": [{"name": "Somebody"}]},
  {"table": "role_permissions", "key": ["role_id", "permission_id"], "rows": [
    {"role_id": {"ref": "roles", "by": {"name": "Nobody"}}, "permission_id": 1}]}]}'
bad ref_order "ref_order\.json:2:6: tables\[0\]\.rows\[0\]\.role_id: refers to 'roles', which this file reconciles later \(tables\[1\]\); list 'roles' before 'role_permissions'" \
'{"tables": [{"table": "role_permissions", "key": ["role_id", "permission_id"], "rows": [
    {"role_id": {"ref": "roles", "by": {"name": "A"}}, "permission_id": 1}]},
  {"table": "roles", "key": ["name"], "rows": [{"name": "A"}]}]}'
bad unknown_file_key "unknown_file_key\.json:1:32: tables\[0\]: unknown key 'keys'" \
'{"tables": [{"table": "roles", "keys": ["name"], "rows": []}]}'
bad no_key_no_unique "no_key_no_unique\.json:1:13: tables\[0\]: \"key\" is missing, and table 'role_permissions' has no unique key besides a primary key the server numbers" \
'{"tables": [{"table": "role_permissions", "rows": []}]}'
bad bad_invariant "bad_invariant\.json:1:31: invariants\[0\]: invariant 'x' needs exactly one of \"min_rows\"" \
'{"tables": [], "invariants": [{"name": "x", "table": "roles"}]}'

t_exit 2 "no --file: exit 2" "$SEEDGEN" reconcile --db "$fresh"
t_match "no --file: says so" "needs --file FILE" "$T_ERR"
t_exit 2 "unreadable file: exit 2" "$SEEDGEN" reconcile --file "$T_TMP/no-such.json" --db "$fresh"
t_match "unreadable file: names it" "cannot read reconcile file '.*no-such\.json': No such file or directory" "$T_ERR"
t_exit 2 "unknown option: exit 2" "$SEEDGEN" reconcile --file "$RBAC" --db "$fresh" --delete
t_exit 3 "unreachable database: exit 3" "$SEEDGEN" reconcile --file "$RBAC" --db "mysql://seedgen:x@127.0.0.1:1/x"
t_nomatch "unreachable database: no password" 'seedgen:x@' "$T_ERR"
t_ok "--env and --allow-production are accepted" "$SEEDGEN" reconcile --file "$RBAC" --db "$fresh" \
	--dry-run --env staging --allow-production
t_eq "fresh TERP still untouched" "$empty_state" "$(rbac_state "$fresh")"

# --- a database error rolls everything back -----------------------------------------

# Valid for seedgen (key = description), but the two roles share a name,
# which roles.name's unique key refuses: the permissions inserted first
# must go too.
cat >"$T_TMP/conflict.json" <<'EOF'
{"tables": [
  {"table": "permissions", "key": ["name"], "rows": [{"name": "p:one", "module": "p"}, {"name": "p:two", "module": "p"}]},
  {"table": "roles", "key": ["description"], "rows": [
    {"name": "Twin", "description": "first"}, {"name": "Twin", "description": "second"}]}
]}
EOF
t_exit 3 "unique violation: exit 3" "$SEEDGEN" reconcile --file "$T_TMP/conflict.json" --db "$fresh"
t_match "unique violation: the server's reason" "Duplicate entry 'Twin'" "$T_ERR"
t_eq "unique violation: everything rolled back" "$empty_state" "$(rbac_state "$fresh")"

# --- MariaDB: more rows than one lookup chunk, value types, "column" references ---------

my=$(t_mysql_createdb seedgen_t60_types) || t_bail "cannot create database seedgen_t60_types"
t_defer t_mysql_dropdb seedgen_t60_types
t_ok "MariaDB types schema" t_mysql "$my" "
CREATE TABLE items (id bigint unsigned AUTO_INCREMENT PRIMARY KEY, sku varchar(20) NOT NULL UNIQUE,
  price decimal(10,2) NOT NULL, active tinyint(1) NOT NULL DEFAULT 1, released date,
  seen_at datetime(3), attrs json, kind set('a','b','c'));
CREATE TABLE owners (id int AUTO_INCREMENT PRIMARY KEY, handle varchar(30) NOT NULL UNIQUE,
  ext_code char(8) NOT NULL UNIQUE);
CREATE TABLE links (owner_code char(8) NOT NULL, item_id bigint unsigned NOT NULL,
  PRIMARY KEY (owner_code, item_id))"
{
	echo '{"tables": [{"table": "items", "rows": ['
	for i in $(seq 0 449); do
		[ "$i" -gt 0 ] && echo ','
		printf '{"sku": "S%04d", "price": %d.25, "active": %s, "released": "2024-01-%02d", "seen_at": "2024-02-03 04:05:06.789", "attrs": {"n": %d, "tags": ["x", "y"]}, "kind": "a,c"}' \
			"$i" "$i" "$([ $((i % 2)) = 0 ] && echo true || echo false)" $((i % 28 + 1)) "$i"
	done
	echo ']},'
	echo '{"table": "owners", "key": ["handle"], "rows": [{"handle": "ann", "ext_code": "ANN00001"}, {"handle": "bob", "ext_code": "BOB00002"}]},'
	echo '{"table": "links", "rows": ['
	first=1
	for h in ann bob; do
		for i in $(seq 0 3 449); do
			[ $first = 1 ] || echo ','
			first=0
			printf '{"owner_code": {"ref": "owners", "by": {"handle": "%s"}, "column": "ext_code"}, "item_id": {"ref": "items", "by": {"sku": "S%04d"}}}' "$h" "$i"
		done
	done
	echo ']}],'
	echo '"invariants": [{"name": "ann links", "table": "links", "min_rows": 150, "where": {"owner_code": {"ref": "owners", "by": {"handle": "ann"}, "column": "ext_code"}}}]}'
} >"$T_TMP/types.json"
t_ok "types: reconcile 752 rows" "$SEEDGEN" reconcile --file "$T_TMP/types.json" --db "$my"
t_eq "types: total" "total: 0 present, 752 missing, 752 inserted" "$(line_of total "$T_OUT")"
t_match "types: invariant through a \"column\" reference" \
	"^PASS ann links: 'links' has 150 rows with owner_code=owners.ext_code\(handle='ann'\), expected at least 150$" "$T_OUT"
t_eq "types: values as given" "450 225 0.25 449.25|S0003 3.25 0 2024-01-04 2024-02-03 04:05:06.789 3 a,c" \
	"$(t_mysql "$my" "SELECT COUNT(*), SUM(active), MIN(price), MAX(price) FROM items" | tr '\t' ' ')|$(
	   t_mysql "$my" "SELECT sku, price, active, released, seen_at, JSON_VALUE(attrs, '$.n'), kind FROM items WHERE sku = 'S0003'" | tr '\t' ' ')"
t_eq "types: links carry the owners' ext_code and the items' ids" "150 150 0" \
	"$(t_mysql "$my" "SELECT SUM(owner_code = 'ANN00001'), SUM(owner_code = 'BOB00002'),
		(SELECT COUNT(*) FROM links l LEFT JOIN items i ON i.id = l.item_id WHERE i.id IS NULL) FROM links" | tr '\t' ' ')"
t_ok "types: run 2" "$SEEDGEN" reconcile --file "$T_TMP/types.json" --db "$my" --update
t_eq "types: run 2 finds all 752 (three lookup chunks for items)" \
	"total: 752 present, 0 missing, 0 inserted, 0 updated" "$(line_of total "$T_OUT")"
t_ok "types: JSON rewritten with other spacing and key order, one changed, one NULL" t_mysql "$my" "
UPDATE items SET attrs = '{ \"tags\": [\"x\", \"y\"],  \"n\": 3 }' WHERE sku = 'S0003';
UPDATE items SET attrs = '{\"n\": 4}' WHERE sku = 'S0004';
UPDATE items SET attrs = NULL WHERE sku = 'S0005'"
t_ok "types: --update" "$SEEDGEN" reconcile --file "$T_TMP/types.json" --db "$my" --update
t_eq "types: only the two JSON values that differ as JSON are updated" \
	"items: 450 present, 0 missing, 0 inserted, 2 updated" "$(line_of items "$T_OUT")"
t_eq "types: restored" '{"n":4,"tags":["x","y"]}|{"n":5,"tags":["x","y"]}' \
	"$(t_mysql "$my" "SELECT JSON_COMPACT(attrs) FROM items WHERE sku IN ('S0004', 'S0005') ORDER BY sku" | paste -sd'|')"

# --- PostgreSQL -------------------------------------------------------------------------

pg=$(t_pg_createdb seedgen_t60_pg) || t_bail "cannot create database seedgen_t60_pg"
t_defer t_pg_dropdb seedgen_t60_pg
t_ok "PostgreSQL schema 'billing'" t_pg "$pg" "
CREATE SCHEMA billing;
SET search_path = billing;
CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'enterprise');
CREATE TABLE plans (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  tier plan_tier NOT NULL,
  price numeric(8,2) NOT NULL,
  active boolean NOT NULL DEFAULT true,
  limits jsonb,
  tags text[],
  \"display name\" varchar(60),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE features (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug varchar(40) NOT NULL UNIQUE,
  label text NOT NULL,
  meta json,
  seq int GENERATED ALWAYS AS IDENTITY,
  slug_upper text GENERATED ALWAYS AS (upper(slug)) STORED
);
CREATE TABLE plan_features (
  plan_id int NOT NULL REFERENCES plans(id),
  feature_id uuid NOT NULL REFERENCES features(id),
  quota int,
  PRIMARY KEY (plan_id, feature_id)
);"

cat >"$T_TMP/pg.json" <<'EOF'
{
  "tables": [
    {"table": "plans", "key": ["code"], "rows": [
      {"code": "free", "tier": "free", "price": 0, "limits": {"seats": 1, "projects": 3}, "tags": ["starter"], "display name": "Free"},
      {"code": "pro", "tier": "pro", "price": 19.90, "active": true, "limits": {"seats": 10, "projects": 50}, "tags": ["team", "it's \"quoted\""], "display name": "Pro"},
      {"code": "ent", "tier": "enterprise", "price": 499.00, "active": false, "limits": null, "display name": "Enterprise"}
    ]},
    {"table": "features", "rows": [
      {"slug": "sso", "label": "Single sign-on", "meta": {"b": 1, "a": [1, 2]}},
      {"slug": "audit", "label": "Audit log"}
    ]},
    {"table": "plan_features", "key": ["plan_id", "feature_id"], "rows": [
      {"plan_id": {"ref": "plans", "by": {"code": "pro"}}, "feature_id": {"ref": "features", "by": {"slug": "audit"}}, "quota": 30},
      {"plan_id": {"ref": "plans", "by": {"code": "ent"}}, "feature_id": {"ref": "features", "by": {"slug": "audit"}}},
      {"plan_id": {"ref": "plans", "by": {"code": "ent"}}, "feature_id": {"ref": "features", "by": {"slug": "sso"}}, "quota": null}
    ]}
  ],
  "invariants": [
    {"name": "three plans", "table": "plans", "min_rows": 3},
    {"name": "one paid plan is off", "table": "plans", "min_rows": 1, "where": {"active": false}},
    {"name": "enterprise has SSO", "table": "plan_features",
     "require": {"plan_id": {"ref": "plans", "by": {"code": "ent"}}, "feature_id": {"ref": "features", "by": {"slug": "sso"}}}}
  ]
}
EOF
pg_state() {
	t_pg "$pg" "SELECT (SELECT md5(COALESCE(string_agg(p::text, '|' ORDER BY p.id), '')) FROM billing.plans p)
		|| ' ' || (SELECT md5(COALESCE(string_agg(f::text, '|' ORDER BY f.slug), '')) FROM billing.features f)
		|| ' ' || (SELECT md5(COALESCE(string_agg(pf::text, '|' ORDER BY pf::text), '')) FROM billing.plan_features pf)"
}
pg_empty=$(pg_state)
t_ok "pg: --dry-run" "$SEEDGEN" reconcile --file "$T_TMP/pg.json" --db "$pg" --schema billing --dry-run
t_eq "pg dry run: total" "total: 0 present, 8 missing, 8 would insert" "$(line_of total "$T_OUT")"
t_match "pg dry run: invariants on what would be there" '^3/3 invariants passed$' "$T_OUT"
t_eq "pg dry run wrote nothing" "$pg_empty" "$(pg_state)"
t_ok "pg: reconcile" "$SEEDGEN" reconcile --file "$T_TMP/pg.json" --db "$pg" --schema billing
t_eq "pg run 1: plans" "plans: 0 present, 3 missing, 3 inserted" "$(line_of plans "$T_OUT")"
t_eq "pg run 1: total" "total: 0 present, 8 missing, 8 inserted" "$(line_of total "$T_OUT")"
t_match "pg run 1: invariants pass" '^3/3 invariants passed$' "$T_OUT"
t_eq "pg run 1: values, types and defaults" \
	"ent|enterprise|499.00|f|||Enterprise|t
free|free|0.00|t|{\"seats\": 1, \"projects\": 3}|{starter}|Free|t
pro|pro|19.90|t|{\"seats\": 10, \"projects\": 50}|{team,\"it's \\\"quoted\\\"\"}|Pro|t" \
	"$(t_pg "$pg" "SELECT code, tier, price, active, limits, tags, \"display name\", created_at IS NOT NULL
		FROM billing.plans ORDER BY code" | tr '\t' '|')"
t_eq "pg run 1: uuid default, identity and generated columns filled by the server" \
	"audit|AUDIT|t|t
sso|SSO|t|t" \
	"$(t_pg "$pg" "SELECT slug, slug_upper, id IS NOT NULL, seq IS NOT NULL FROM billing.features ORDER BY slug" | tr '\t' '|')"
t_eq "pg run 1: references resolved (serial and uuid keys)" \
	"ent|audit|
ent|sso|
pro|audit|30" \
	"$(t_pg "$pg" "SELECT p.code, f.slug, pf.quota FROM billing.plan_features pf
		JOIN billing.plans p ON p.id = pf.plan_id JOIN billing.features f ON f.id = pf.feature_id
		ORDER BY 1, 2" | tr '\t' '|')"
pg_after=$(pg_state)
t_ok "pg: run 2" "$SEEDGEN" reconcile --file "$T_TMP/pg.json" --db "$pg" --schema billing
t_eq "pg run 2: total" "total: 8 present, 0 missing, 0 inserted" "$(line_of total "$T_OUT")"
t_eq "pg run 2 wrote nothing" "$pg_after" "$(pg_state)"
t_ok "pg: --update with nothing different (json compared as JSON)" \
	"$SEEDGEN" reconcile --file "$T_TMP/pg.json" --db "$pg" --schema billing --update
t_eq "pg --update: 0 updated" "total: 8 present, 0 missing, 0 inserted, 0 updated" "$(line_of total "$T_OUT")"
t_eq "pg --update wrote nothing" "$pg_after" "$(pg_state)"
t_ok "pg: someone changes a price, a jsonb value and a quota" t_pg "$pg" \
	"UPDATE billing.plans SET price = 21, limits = '{\"seats\": 99}' WHERE code = 'pro';
	 UPDATE billing.plan_features SET quota = 5 WHERE quota = 30"
t_ok "pg: --update" "$SEEDGEN" reconcile --file "$T_TMP/pg.json" --db "$pg" --schema billing --update
t_eq "pg --update: plans" "plans: 3 present, 0 missing, 0 inserted, 1 updated" "$(line_of plans "$T_OUT")"
t_eq "pg --update: plan_features" "plan_features: 3 present, 0 missing, 0 inserted, 1 updated" \
	"$(line_of plan_features "$T_OUT")"
t_eq "pg --update: the file's values are back" "19.90|{\"seats\": 10, \"projects\": 50}|30" \
	"$(t_pg "$pg" "SELECT price, limits, (SELECT quota FROM billing.plan_features WHERE quota IS NOT NULL)
		FROM billing.plans WHERE code = 'pro'" | tr '\t' '|')"

pgbad() {
	local name=$1 re=$2
	printf '%s\n' "$3" >"$T_TMP/$name.json"
	local before
	before=$(pg_state)
	t_exit 2 "pg $name: exit 2" "$SEEDGEN" reconcile --file "$T_TMP/$name.json" --db "$pg" --schema billing
	t_match "pg $name: message" "$re" "$T_ERR"
	t_eq "pg $name: wrote nothing" "$before" "$(pg_state)"
}
pgbad enum "enum\.json:1:72: tables\[0\]\.rows\[0\]\.tier: 'gold' is not a value of column 'plans\.tier'" \
'{"tables": [{"table": "plans", "key": ["code"], "rows": [{"code": "x", "tier": "gold", "price": 1}]}]}'
pgbad generated "generated\.json:1:72: tables\[0\]\.rows\[0\]\.slug_upper: column 'features\.slug_upper' is generated" \
'{"tables": [{"table": "features", "rows": [{"slug": "x", "label": "X", "slug_upper": "X"}]}]}'
pgbad identity "identity\.json:1:72: tables\[0\]\.rows\[0\]\.seq: column 'features\.seq' is GENERATED ALWAYS AS IDENTITY" \
'{"tables": [{"table": "features", "rows": [{"slug": "x", "label": "X", "seq": 5}]}]}'
pgbad scale "scale\.json:1:87: tables\[0\]\.rows\[0\]\.price: 1\.005 has more decimal places than column 'plans\.price'" \
'{"tables": [{"table": "plans", "key": ["code"], "rows": [{"code": "x", "tier": "pro", "price": 1.005}]}]}'
pgbad uuid "uuid\.json:1:98: tables\[0\]\.rows\[0\]\.feature_id: 'nope' is not a uuid" \
'{"tables": [{"table": "plan_features", "key": ["plan_id", "feature_id"], "rows": [{"plan_id": 1, "feature_id": "nope"}]}]}'
pgbad bool "bool\.json:1:99: tables\[0\]\.rows\[0\]\.active: column 'plans\.active' is boolean: expected true or false, found a string" \
'{"tables": [{"table": "plans", "key": ["code"], "rows": [{"code": "x", "tier": "pro", "price": 1, "active": "yes"}]}]}'

# The production guard applies: a write needs --allow-production.
guarded=$(t_mysql_createdb seedgen_t60_guard) || t_bail "cannot create database seedgen_t60_guard"
t_defer t_mysql_dropdb seedgen_t60_guard
t_ok "load TERP for the guard" t_mysql "$guarded" <"$TERP_SQL"
t_exit 2 "production: reconcile without --allow-production" env SEEDGEN_ENV=production \
	"$SEEDGEN" reconcile --db "$guarded" --file "$RBAC"
t_match "production: the refusal names the rule" 'production \(SEEDGEN_ENV=production\)' "$T_ERR"
t_eq "production: nothing written" 0 "$(t_mysql "$guarded" 'SELECT COUNT(*) FROM roles')"
t_exit 0 "production: --dry-run works" env SEEDGEN_ENV=production \
	"$SEEDGEN" reconcile --db "$guarded" --file "$RBAC" --dry-run
t_exit 0 "production: --allow-production writes" env SEEDGEN_ENV=production \
	"$SEEDGEN" reconcile --db "$guarded" --file "$RBAC" --allow-production
t_eq "production: the roles are there" 10 "$(t_mysql "$guarded" 'SELECT COUNT(*) FROM roles')"

t_summary
