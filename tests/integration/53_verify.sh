#!/usr/bin/env bash
# `seedgen verify`: clean TERP data on MariaDB passes; orphans inserted with
# FOREIGN_KEY_CHECKS=0, an orphan through an inferred (undeclared)
# relation, and an enum value MariaDB's non-strict mode mangled are each
# reported with exact counts and examples; --tables, --format json;
# orphans on PostgreSQL with triggers off (session_replication_role).
#
# Hand-written clean rows (tests/sql/terp_priority_rows.sql) are the base
# the violations are injected into; a TERP that seedgen itself seeded must
# verify clean too.
source "$(dirname "$0")/../lib.sh"

TERP_SQL=$ROOT/../shared/schemas/terp/mysql.sql
PIV_SQL=$ROOT/../shared/schemas/pivotal/postgres.sql
t_need_shared "$TERP_SQL" "$PIV_SQL"
ROWS_SQL=$ROOT/tests/sql/terp_priority_rows.sql

terp=$(t_mysql_createdb seedgen_t53_terp) || t_bail "cannot create database seedgen_t53_terp"
t_defer t_mysql_dropdb seedgen_t53_terp
t_ok "load TERP into MariaDB" t_mysql "$terp" <"$TERP_SQL"

t_ok "empty TERP is clean" "$SEEDGEN" verify --db "$terp"
t_eq "empty TERP: summary" "checked 233 tables (233 empty): 475 relations (407 declared, 68 inferred), 181 enum columns, 1658 NOT NULL columns, 89 unique keys
0 violations" "$T_OUT"

t_ok "rows in the ten priority tables and users" t_mysql "$terp" <"$ROWS_SQL"
t_ok "clean rows: exit 0" "$SEEDGEN" verify --db "$terp"
t_match "clean rows: 0 violations" '^0 violations$' "$T_OUT"
t_match "clean rows: 11 tables checked with data" '^checked 233 tables \(222 empty\)' "$T_OUT"

t_ok "insert orphans with foreign key checks off" t_mysql "$terp" "
	SET FOREIGN_KEY_CHECKS = 0;
	INSERT INTO todo_tasks (id, list_id, title, created_by) VALUES
		(10, 99, 'orphan a', 1), (11, 99, 'orphan b', 1), (12, 98, 'orphan c', 1);
	INSERT INTO comment_mentions (comment_id, mentioned_user_id, mentioned_by_user_id)
		VALUES (2, 77, 1);
	SET FOREIGN_KEY_CHECKS = 1;"
# accounts.parentAccountId has no declared FK; seedgen infers accounts.id.
t_ok "insert an orphan through an inferred relation" t_mysql "$terp" "
	INSERT INTO accounts (id, accountNumber, accountName, accountType, normalBalance, parentAccountId)
	VALUES (1, '1000', 'Cash', 'ASSET', 'DEBIT', NULL),
	       (2, '1100', 'Bank', 'ASSET', 'DEBIT', 1),
	       (3, '1900', 'Suspense', 'ASSET', 'DEBIT', 4242)"
# Non-strict mode stores an unknown enum value as '' with a warning.
t_ok "insert a bad enum value in non-strict mode" t_mysql "$terp" "
	SET SESSION sql_mode = '';
	INSERT INTO todo_tasks (id, list_id, title, status, created_by)
	VALUES (20, 1, 'bad status', 'blocked', 1)"

t_exit 1 "violations: exit 1" "$SEEDGEN" verify --db "$terp"
t_eq "violations: each with its count and examples" \
	"FAIL accounts.parentAccountId -> accounts.id: 1 orphan row (inferred relation), e.g. parentAccountId=4242 id=3
FAIL comment_mentions.mentioned_user_id -> users.id: 1 orphan row (declared relation), e.g. mentioned_user_id=77 id=2
FAIL todo_tasks.list_id -> todo_lists.id: 3 orphan rows (declared relation), e.g. list_id=98 id=12; list_id=99 id=10; list_id=99 id=11
FAIL todo_tasks.status: 1 row with a value outside ('todo','in_progress','done'), e.g. status='' id=20
checked 233 tables (221 empty): 475 relations (407 declared, 68 inferred), 181 enum columns, 1658 NOT NULL columns, 89 unique keys
4 violations" "$T_OUT"

t_exit 1 "--format json" "$SEEDGEN" verify --db "$terp" --format json
t_eq "json: kinds, counts, relation kind" \
	"orphans accounts parentAccountId accounts false 1
orphans comment_mentions mentioned_user_id users true 1
orphans todo_tasks list_id todo_lists true 3
enum todo_tasks status null null 1" \
	"$(jq -r '.violations[] | "\(.kind) \(.table) \(.columns | join(",")) \(.references) \(.declared) \(.count)"' <<<"$T_OUT")"
t_eq "json: violation_count and examples" "4 3" \
	"$(jq -r '"\(.violation_count) \(.violations[2].examples | length)"' <<<"$T_OUT")"

t_exit 1 "--tables accounts" "$SEEDGEN" verify --db "$terp" --tables accounts
t_match "--tables accounts: only the inferred orphan" '^1 violation$' "$T_OUT"
t_ok "--tables users,todo_lists: clean" "$SEEDGEN" verify --db "$terp" --tables users,todo_lists
t_exit 2 "unknown table: exit 2" "$SEEDGEN" verify --db "$terp" --tables acounts
t_match "unknown table: suggestion" "did you mean 'accounts'\?" "$T_ERR"

t_ok "repair the data" t_mysql "$terp" "
	DELETE FROM todo_tasks WHERE id IN (10, 11, 12, 20);
	DELETE FROM comment_mentions WHERE mentioned_user_id = 77;
	UPDATE accounts SET parentAccountId = 1 WHERE id = 3"
t_ok "repaired: exit 0" "$SEEDGEN" verify --db "$terp"
t_exit 3 "unreachable database: exit 3" "$SEEDGEN" verify --db "mysql://seedgen:x@127.0.0.1:1/x"

# --- PostgreSQL -----------------------------------------------------------------

piv=$(t_pg_createdb seedgen_t53_piv) || t_bail "cannot create database seedgen_t53_piv"
t_defer t_pg_dropdb seedgen_t53_piv
t_ok "load Pivotal into PostgreSQL" t_pg "$piv" <"$PIV_SQL"
t_ok "clean rows in Pivotal" t_pg "$piv" "
	INSERT INTO organizations (id, name, slug) VALUES ('org-1', 'Acme', 'acme');
	INSERT INTO customers (id, \"organizationId\", \"customerNumber\", \"companyName\")
	VALUES ('cus-1', 'org-1', 'C-1', 'Globex');"
t_ok "clean Pivotal: exit 0" "$SEEDGEN" verify --db "$piv"
# replica mode skips the FK triggers, as a restore with checks off would.
t_ok "orphans with triggers off" t_pg "$piv" "
	SET session_replication_role = replica;
	INSERT INTO customers (id, \"organizationId\", \"customerNumber\", \"companyName\")
	VALUES ('cus-2', 'org-9', 'C-2', 'Initech'), ('cus-3', 'org-9', 'C-3', 'Hooli');"
t_exit 1 "Pivotal orphans: exit 1" "$SEEDGEN" verify --db "$piv"
t_match "Pivotal orphans: reported" \
	"^FAIL customers.organizationId -> organizations.id: 2 orphan rows \(declared relation\), e.g. organizationId=org-9 id=cus-2; organizationId=org-9 id=cus-3$" \
	"$T_OUT"
t_match "Pivotal orphans: 1 violation" '^1 violation$' "$T_OUT"

# Clean after seedgen's own seeding: every table of TERP, declared and
# inferred relations, enums, NOT NULL and unique keys.
own=$(t_mysql_createdb seedgen_t53_own) || t_bail "cannot create database seedgen_t53_own"
t_defer t_mysql_dropdb seedgen_t53_own
t_ok "load TERP for seedgen's own seeding" t_mysql "$own" <"$TERP_SQL"
t_ok "seedgen --all --count 10" "$SEEDGEN" --db "$own" --all --count 10 --seed 3 -q
t_ok "verify after seedgen's own seeding: exit 0" "$SEEDGEN" verify --db "$own"
t_match "after seedgen: 0 violations, no empty table" '^checked 233 tables \(0 empty\)' "$T_OUT"
t_match "after seedgen: 0 violations" '^0 violations$' "$T_OUT"

t_summary
