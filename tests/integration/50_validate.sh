#!/usr/bin/env bash
# `seedgen snapshot` and `seedgen validate`: TERP on MariaDB and Pivotal on
# PostgreSQL match their drizzle-kit snapshots exactly (0 issues); injected
# drift is reported with table, column and both sides; a snapshot validates
# against its own database; seedgen contracts with two fields on one
# column; report formats and --out; --ignore; input and database errors.
source "$(dirname "$0")/../lib.sh"

TERP_SQL=$ROOT/../shared/schemas/terp/mysql.sql
TERP_SNAP=$ROOT/../shared/schemas/terp/drizzle-snapshot.json
PIV_SQL=$ROOT/../shared/schemas/pivotal/postgres.sql
PIV_SNAP=$ROOT/../shared/schemas/pivotal/drizzle-snapshot.json
t_need_shared "$TERP_SQL" "$TERP_SNAP" "$PIV_SQL" "$PIV_SNAP"
TMP=$T_TMP

# --- TERP on MariaDB, unchanged ---------------------------------------------

terp=$(t_mysql_createdb seedgen_t50_terp) || t_bail "cannot create database seedgen_t50_terp"
t_defer t_mysql_dropdb seedgen_t50_terp
t_ok "load TERP into MariaDB" t_mysql "$terp" <"$TERP_SQL"

t_ok "TERP matches its drizzle-kit snapshot" "$SEEDGEN" validate --db "$terp" --contract "$TERP_SNAP"
t_eq "TERP: 0 issues" "0 issues across 233 tables" "$T_OUT"

t_ok "validate --format json" "$SEEDGEN" validate --db "$terp" --contract "$TERP_SNAP" --format json
t_eq "json: counts" "0 233 drizzle-kit snapshot (mysql, version 5)" \
	"$(jq -r '"\(.issue_count) \(.tables) \(.contract_format)"' <<<"$T_OUT")"
t_nomatch "json: no password" 'seedgen:seedgen@' "$T_OUT"

t_ok "validate --format markdown" "$SEEDGEN" validate --db "$terp" --contract "$TERP_SNAP" \
	--format markdown
t_match "markdown: summary" '^\*\*0 issues across 233 tables\*\*$' "$T_OUT"

day=$(date -u +%Y-%m-%d)
t_ok "validate --out DIR" "$SEEDGEN" validate --db "$terp" --contract "$TERP_SNAP" --out "$TMP/reports"
t_ok "report.json under DIR/<date>/" test -s "$TMP/reports/$day/report.json"
t_ok "report.md under DIR/<date>/" test -s "$TMP/reports/$day/report.md"
t_eq "report.json summary" "0 issues across 233 tables" \
	"$(jq -r .summary "$TMP/reports/$day/report.json")"

# Acceptance 3: snapshot, then validate against the same database.
t_ok "snapshot TERP" "$SEEDGEN" snapshot --db "$terp" --out "$TMP/terp-contract.json"
t_eq "snapshot is seedgen schema JSON" "seedgen-schema/1 233" \
	"$(jq -r '"\(.format) \(.tables | length)"' "$TMP/terp-contract.json")"
t_ok "TERP matches its own snapshot" "$SEEDGEN" validate --db "$terp" --contract "$TMP/terp-contract.json"
t_eq "own snapshot: 0 issues" "0 issues across 233 tables" "$T_OUT"
"$SEEDGEN" snapshot --db "$terp" >"$TMP/terp-stdout.json"
t_ok "snapshot to stdout is the same document" cmp "$TMP/terp-contract.json" "$TMP/terp-stdout.json"

# --- seedgen contract: two fields mapped to one column ------------------------

jq '(.tables[] | select(.name == "products") | .columns) |=
	. + [(.[] | select(.name == "nameCanonical") | .field = "name")]' \
	"$TMP/terp-contract.json" >"$TMP/dup-field.json"
t_exit 1 "two contract fields on one column: exit 1" \
	"$SEEDGEN" validate --db "$terp" --contract "$TMP/dup-field.json"
t_eq "two contract fields on one column: reported" \
	"products.nameCanonical: contract fields 'nameCanonical' and 'name' map to the same database column
1 issue across 233 tables" "$T_OUT"

# MySQL column names are case-insensitive: nameCanonical and NameCanonical
# are one column.
jq '(.tables[] | select(.name == "products") | .columns) |=
	. + [(.[] | select(.name == "nameCanonical") | .name = "NameCanonical")]' \
	"$TMP/terp-contract.json" >"$TMP/dup-case.json"
t_exit 1 "names differing in case only: exit 1" \
	"$SEEDGEN" validate --db "$terp" --contract "$TMP/dup-case.json"
t_match "names differing in case only: reported" \
	"^products.nameCanonical: contract fields 'nameCanonical' and 'NameCanonical' map to the same database column$" \
	"$T_OUT"

# --- injected drift ------------------------------------------------------------

drift=$(t_mysql_createdb seedgen_t50_drift) || t_bail "cannot create database seedgen_t50_drift"
t_defer t_mysql_dropdb seedgen_t50_drift
t_ok "load TERP for drift" t_mysql "$drift" <"$TERP_SQL"
t_ok "inject drift" t_mysql "$drift" "
	SET FOREIGN_KEY_CHECKS = 0;
	ALTER TABLE inventoryMovements DROP COLUMN adjustmentReason;
	ALTER TABLE comments ADD COLUMN extra_note varchar(20) NOT NULL DEFAULT 'x';
	ALTER TABLE orders MODIFY notes varchar(255);
	ALTER TABLE todo_lists MODIFY name varchar(100) NOT NULL;
	ALTER TABLE todo_tasks MODIFY title varchar(500) NULL;
	ALTER TABLE todo_tasks MODIFY status enum('todo','done') NOT NULL DEFAULT 'todo';
	ALTER TABLE todo_tasks DROP FOREIGN KEY todo_tasks_list_id_todo_lists_id_fk;
	ALTER TABLE batch_status_history DROP FOREIGN KEY batch_status_history_fromStatusId_workflow_statuses_id_fk;
	ALTER TABLE orders DROP INDEX orders_order_number_unique;
	ALTER TABLE accounts ALTER isActive SET DEFAULT 0;
	DROP TABLE comment_mentions;"

t_exit 1 "drift: exit 1" "$SEEDGEN" validate --db "$drift" --contract "$TERP_SNAP"
expected="accounts.isActive: default differs (contract: true, database: 0)
batch_status_history.fromStatusId: foreign key missing in database (contract: -> workflow_statuses(id) ON DELETE SET NULL)
comment_mentions: table missing in database (contract: 5 columns)
comments.extra_note: not in contract (database: varchar(20), NOT NULL)
inventoryMovements.adjustmentReason: missing in database (contract: enum('DAMAGED','EXPIRED','LOST','THEFT','COUNT_DISCREPANCY','QUALITY_ISSUE','REWEIGH','OTHER'), nullable)
orders.notes: type differs (contract: text, database: varchar(255))
orders.order_number: unique key missing in database (contract: UNIQUE orders_order_number_unique (order_number))
todo_lists.name: length differs (contract: varchar(255), database: varchar(100))
todo_tasks.title: nullability differs (contract: NOT NULL, database: nullable)
todo_tasks.status: enum values differ: contract has 'in_progress', database lacks it
todo_tasks.list_id: foreign key missing in database (contract: -> todo_lists(id) ON DELETE CASCADE)
11 issues across 233 tables"
t_eq "drift: every change reported with both sides" "$expected" "$T_OUT"

t_exit 1 "drift as JSON: exit 1" "$SEEDGEN" validate --db "$drift" --contract "$TERP_SNAP" --format json
t_eq "json: the dropped column" \
	"missing_column inventoryMovements adjustmentReason" \
	"$(jq -r '.issues[] | select(.kind == "missing_column") | "\(.kind) \(.table) \(.column)"' <<<"$T_OUT")"
t_eq "json: the enum value, contract side" "in_progress|null" \
	"$(jq -r '.issues[] | select(.kind == "enum") | "\(.contract)|\(.database)"' <<<"$T_OUT")"
t_eq "json: the type change, both sides" "text|varchar(255)" \
	"$(jq -r '.issues[] | select(.kind == "type") | "\(.contract)|\(.database)"' <<<"$T_OUT")"

t_exit 1 "--ignore a table and a column glob" "$SEEDGEN" validate --db "$drift" \
	--contract "$TERP_SNAP" --ignore comment_mentions --ignore '*.extra_note' --ignore 'todo_*'
t_eq "--ignore: the rest" "accounts.isActive: default differs (contract: true, database: 0)
batch_status_history.fromStatusId: foreign key missing in database (contract: -> workflow_statuses(id) ON DELETE SET NULL)
inventoryMovements.adjustmentReason: missing in database (contract: enum('DAMAGED','EXPIRED','LOST','THEFT','COUNT_DISCREPANCY','QUALITY_ISSUE','REWEIGH','OTHER'), nullable)
orders.notes: type differs (contract: text, database: varchar(255))
orders.order_number: unique key missing in database (contract: UNIQUE orders_order_number_unique (order_number))
5 issues across 228 tables" "$T_OUT"

t_exit 1 "drift against the clean database's snapshot" "$SEEDGEN" validate --db "$drift" \
	--contract "$TMP/terp-contract.json"
t_match "own contract: dropped table" '^comment_mentions: table missing in database \(contract: 5 columns\)$' "$T_OUT"
t_match "own contract: added column" '^comments.extra_note: not in contract \(database: varchar\(20\), NOT NULL\)$' "$T_OUT"
t_match "own contract: summary" '^11 issues across 233 tables$' "$T_OUT"

# --- Pivotal on PostgreSQL ---------------------------------------------------

piv=$(t_pg_createdb seedgen_t50_piv) || t_bail "cannot create database seedgen_t50_piv"
t_defer t_pg_dropdb seedgen_t50_piv
t_ok "load Pivotal into PostgreSQL" t_pg "$piv" <"$PIV_SQL"
t_ok "Pivotal matches its drizzle-kit snapshot" "$SEEDGEN" validate --db "$piv" --contract "$PIV_SNAP"
t_eq "Pivotal: 0 issues" "0 issues across 12 tables" "$T_OUT"
t_ok "snapshot Pivotal" "$SEEDGEN" snapshot --db "$piv" --out "$TMP/piv-contract.json"
t_ok "Pivotal matches its own snapshot" "$SEEDGEN" validate --db "$piv" --contract "$TMP/piv-contract.json"
t_eq "Pivotal own snapshot: 0 issues" "0 issues across 12 tables" "$T_OUT"

t_ok "inject drift into Pivotal" t_pg "$piv" '
	ALTER TABLE quotes DROP COLUMN "notes";
	ALTER TABLE users ALTER COLUMN "username" TYPE varchar(200);
	ALTER TABLE organizations ALTER COLUMN "domain" SET NOT NULL;
	ALTER TABLE organizations ALTER COLUMN "timezone" SET DEFAULT '"'Pacific/Auckland'"';
	ALTER TABLE audit_logs DROP CONSTRAINT "audit_logs_userId_users_id_fk";
	ALTER TABLE audit_logs ADD CONSTRAINT "audit_logs_userId_users_id_fk"
		FOREIGN KEY ("userId") REFERENCES users(id) ON DELETE CASCADE;
	DROP INDEX "quotes_quoteNumber_organizationId_unique";'
t_exit 1 "Pivotal drift: exit 1" "$SEEDGEN" validate --db "$piv" --contract "$PIV_SNAP"
t_eq "Pivotal drift: reported" "audit_logs.userId: foreign key ON DELETE differs (contract: SET NULL, database: CASCADE)
organizations.domain: nullability differs (contract: nullable, database: NOT NULL)
organizations.timezone: default differs (contract: 'UTC', database: 'Pacific/Auckland'::character varying)
quotes.notes: missing in database (contract: text, nullable)
quotes.(quoteNumber, organizationId): unique key missing in database (contract: UNIQUE quotes_quoteNumber_organizationId_unique (quoteNumber, organizationId))
users.username: length differs (contract: varchar(100), database: character varying(200))
6 issues across 12 tables" "$T_OUT"

# --- input and database errors -----------------------------------------------

printf '{\n  "version": "5",\n  "dialect": "mysql",\n  "tables": {\n    "a": {"name": "a", "columns": {,}}\n  }\n}\n' \
	>"$TMP/malformed.json"
t_exit 2 "malformed contract: exit 2" "$SEEDGEN" validate --db "$terp" --contract "$TMP/malformed.json"
t_eq "malformed contract: file:line:column" \
	"seedgen: error: $TMP/malformed.json:5:36: malformed JSON: unexpected ','" "$T_ERR"
head -c 1000 "$TERP_SNAP" >"$TMP/truncated.json"
t_exit 2 "truncated snapshot: exit 2" "$SEEDGEN" validate --db "$terp" --contract "$TMP/truncated.json"
t_match "truncated snapshot: end of file" "truncated.json:[0-9]+:[0-9]+: malformed JSON: unexpected end of file" "$T_ERR"
t_exit 2 "unreadable contract: exit 2" "$SEEDGEN" validate --db "$terp" --contract "$TMP/none.json"
t_match "unreadable contract: says so" "cannot read contract '.*none.json': No such file" "$T_ERR"
echo '{"version": "6", "dialect": "mysql", "tables": {}}' >"$TMP/v6.json"
t_exit 2 "unsupported snapshot version: exit 2" "$SEEDGEN" validate --db "$terp" --contract "$TMP/v6.json"
t_match "unsupported snapshot version: says which" "unsupported drizzle-kit snapshot \(dialect 'mysql', version 6\)" "$T_ERR"
echo '{"tables": []}' >"$TMP/unknown.json"
t_exit 2 "unknown contract format: exit 2" "$SEEDGEN" validate --db "$terp" --contract "$TMP/unknown.json"
t_exit 2 "contract of the other dialect: exit 2" "$SEEDGEN" validate --db "$piv" --contract "$TERP_SNAP"
t_match "other dialect: says so" "describes a mysql schema" "$T_ERR"
t_exit 2 "no --contract: exit 2" "$SEEDGEN" validate --db "$terp"
t_exit 2 "bad --format: exit 2" "$SEEDGEN" validate --db "$terp" --contract "$TERP_SNAP" --format xml
t_exit 3 "unreachable database: exit 3" "$SEEDGEN" validate \
	--db "mysql://seedgen:secret@127.0.0.1:1/x" --contract "$TERP_SNAP"
t_nomatch "database error: no password" 'secret' "$T_ERR"
t_exit 3 "snapshot of an unreachable database: exit 3" "$SEEDGEN" snapshot \
	--db "mysql://seedgen:secret@127.0.0.1:1/x"

t_summary
