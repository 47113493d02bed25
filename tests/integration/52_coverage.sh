#!/usr/bin/env bash
# `seedgen coverage`: empty TERP on MariaDB is 0/233; after rows in the ten
# priority tables and their parent (users) it counts exactly; --tables,
# --min-percent as a gate, --format json; Pivotal on PostgreSQL.
#
# The exact output format is checked on rows from plain SQL
# (tests/sql/terp_priority_rows.sql); the exact count after seeding, on
# a database seedgen itself seeded.
source "$(dirname "$0")/../lib.sh"

TERP_SQL=$ROOT/../shared/schemas/terp/mysql.sql
PIV_SQL=$ROOT/../shared/schemas/pivotal/postgres.sql
t_need_shared "$TERP_SQL" "$PIV_SQL"
ROWS_SQL=$ROOT/tests/sql/terp_priority_rows.sql
PRIORITY=todo_lists,todo_tasks,todo_list_members,comments,comment_mentions,dashboard_widget_layouts,dashboard_kpi_configs,userDashboardPreferences,pricing_rules,pricing_profiles

terp=$(t_mysql_createdb seedgen_t52_terp) || t_bail "cannot create database seedgen_t52_terp"
t_defer t_mysql_dropdb seedgen_t52_terp
t_ok "load TERP into MariaDB" t_mysql "$terp" <"$TERP_SQL"

t_ok "coverage of empty TERP" "$SEEDGEN" coverage --db "$terp"
t_eq "empty TERP: summary line" "0/233 tables have data (0%)" "$(head -1 <<<"$T_OUT")"
t_match "empty TERP: lists the empty tables" '^empty tables \(233\):$' "$T_OUT"
t_match "empty TERP: per-table counts" '^  userDashboardPreferences +0$' "$T_OUT"
t_exit 1 "empty TERP below --min-percent 1: exit 1" "$SEEDGEN" coverage --db "$terp" --min-percent 1
t_match "below --min-percent: says so" '^FAIL: 0% of the tables have data, below --min-percent 1$' "$T_OUT"
t_ok "empty TERP at --min-percent 0: exit 0" "$SEEDGEN" coverage --db "$terp" --min-percent 0

t_ok "rows in the ten priority tables and users" t_mysql "$terp" <"$ROWS_SQL"
t_ok "coverage after inserting" "$SEEDGEN" coverage --db "$terp"
t_eq "after inserting: exact count" "11/233 tables have data (4%)" "$(head -1 <<<"$T_OUT")"
t_match "after inserting: 222 empty" '^empty tables \(222\):$' "$T_OUT"
t_nomatch "after inserting: todo_tasks not empty" '^  todo_tasks$' "$T_OUT"
t_match "after inserting: todo_tasks has 3 rows" '^  todo_tasks +3$' "$T_OUT"

t_ok "--format json" "$SEEDGEN" coverage --db "$terp" --format json
t_eq "json: counts" "233 11 4 3 2 1 222" \
	"$(jq -r '"\(.tables) \(.tables_with_data) \(.percent) \(.row_counts.users) \(.row_counts.comments) \(.row_counts.pricing_rules) \(.empty_tables | length)"' <<<"$T_OUT")"

t_ok "--tables: the ten priority tables" "$SEEDGEN" coverage --db "$terp" --tables "$PRIORITY" \
	--min-percent 100
t_eq "--tables: 10/10" "10/10 tables have data (100%)" "$(head -1 <<<"$T_OUT")"
t_ok "--min-percent 4 passes at 4.7%" "$SEEDGEN" coverage --db "$terp" --min-percent 4
t_exit 1 "--min-percent 5 fails at 4.7%" "$SEEDGEN" coverage --db "$terp" --min-percent 5
t_exit 1 "--min-percent with --format json" "$SEEDGEN" coverage --db "$terp" --min-percent 50 --format json
t_eq "json: passed false" "false 50" "$(jq -r '"\(.passed) \(.min_percent)"' <<<"$T_OUT")"
t_ok "--tables two, one empty" "$SEEDGEN" coverage --db "$terp" --tables todo_tasks --tables accounts
t_eq "--tables two: output" "1/2 tables have data (50%)

empty tables (1):
  accounts

row counts:
  todo_tasks 3
  accounts   0" "$T_OUT"

# Seeded by seedgen itself: users, then the ten priority tables and the
# parents they need; the exact count is checked against the database's own.
seeded=$(t_mysql_createdb seedgen_t52_seeded) || t_bail "cannot create database seedgen_t52_seeded"
t_defer t_mysql_dropdb seedgen_t52_seeded
t_ok "load TERP again" t_mysql "$seeded" <"$TERP_SQL"
t_ok "seedgen: 20 users" "$SEEDGEN" --db "$seeded" --table users --count 20 --seed 5 -q
t_ok "seedgen: the ten priority tables and their parents" "$SEEDGEN" --db "$seeded" \
	--table "$PRIORITY" --with-parents --count 15 --seed 5 -q
nonempty=$(t_mysql "$seeded" "SELECT table_name FROM information_schema.tables
	WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'" | while read -r t; do
	t_mysql "$seeded" "SELECT COUNT(*) > 0 FROM \`$t\`"; done | grep -c '^1$')
t_ok "coverage after seeding" "$SEEDGEN" coverage --db "$seeded"
t_eq "after seeding: the exact count" "$nonempty/233 tables have data ($((nonempty * 100 / 233))%)" \
	"$(head -1 <<<"$T_OUT")"
t_ok "after seeding: the ten priority tables all have data" "$SEEDGEN" coverage --db "$seeded" \
	--tables "$PRIORITY" --min-percent 100
t_ok "--min-percent gates at the seeded share" "$SEEDGEN" coverage --db "$seeded" \
	--min-percent $((nonempty * 100 / 233))
t_exit 1 "--min-percent one above fails" "$SEEDGEN" coverage --db "$seeded" \
	--min-percent $((nonempty * 100 / 233 + 1))

t_exit 2 "unknown table: exit 2" "$SEEDGEN" coverage --db "$terp" --tables todo_task
t_match "unknown table: suggestion" "did you mean 'todo_tasks'\?" "$T_ERR"
t_exit 2 "bad --min-percent: exit 2" "$SEEDGEN" coverage --db "$terp" --min-percent 120
t_exit 2 "bad --min-percent text: exit 2" "$SEEDGEN" coverage --db "$terp" --min-percent lots
t_exit 3 "unreachable database: exit 3" "$SEEDGEN" coverage --db "mysql://seedgen:x@127.0.0.1:1/x"

# --- PostgreSQL -----------------------------------------------------------------

piv=$(t_pg_createdb seedgen_t52_piv) || t_bail "cannot create database seedgen_t52_piv"
t_defer t_pg_dropdb seedgen_t52_piv
t_ok "load Pivotal into PostgreSQL" t_pg "$piv" <"$PIV_SQL"
t_ok "coverage of empty Pivotal" "$SEEDGEN" coverage --db "$piv"
t_eq "empty Pivotal" "0/12 tables have data (0%)" "$(head -1 <<<"$T_OUT")"
t_ok "one organization" t_pg "$piv" \
	"INSERT INTO organizations (id, name, slug) VALUES ('org-1', 'Acme', 'acme')"
t_ok "coverage after one row" "$SEEDGEN" coverage --db "$piv" --format json
t_eq "Pivotal: 1/12, organizations 1" "1 1" \
	"$(jq -r '"\(.tables_with_data) \(.row_counts.organizations)"' <<<"$T_OUT")"

t_summary
