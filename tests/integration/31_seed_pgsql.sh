#!/usr/bin/env bash
# Issue 3, acceptance 2: Pivotal (text primary keys without defaults,
# jsonb, text[]) and the project's PostgreSQL feature schema (enums,
# domains, identity, uuid, arrays, a generated column, CHECKs, composite
# keys, a partitioned table, quoted identifiers) seed with --all and pass
# the same integrity checks.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../integrity.sh"

pivotal="$ROOT/../shared/schemas/pivotal/postgres.sql"
t_need_shared "$pivotal"
pv=$(t_pg_createdb sg_t31_pivotal) || t_bail "cannot create database"
t_pg "$pv" <"$pivotal" >/dev/null || t_bail "cannot load Pivotal"
t_exit 0 "pivotal: seed --all --count 50 --seed 1" "$SEEDGEN" --db "$pv" --all --count 50 --seed 1 -q
t_integrity "pivotal" postgresql "$pv"
t_eq "pivotal: text ids were generated, all distinct" 50 \
	"$(t_pg "$pv" 'SELECT COUNT(DISTINCT id) FROM organizations')"
t_eq "pivotal: jsonb metadata is valid JSON objects" 0 \
	"$(t_pg "$pv" "SELECT COUNT(*) FROM projects WHERE jsonb_typeof(metadata) <> 'object'")"
t_eq "pivotal: some customers have tags arrays" 1 \
	"$(t_pg "$pv" 'SELECT (COUNT(*) > 0)::int FROM customers WHERE cardinality(tags) > 0')"

ft=$(t_pg_createdb sg_t31_features) || t_bail "cannot create database"
t_pg "$ft" <"$ROOT/tests/sql/pg_features.sql" >/dev/null || t_bail "cannot load pg_features.sql"
t_exit 0 "features: seed --all --count 50 --seed 1" "$SEEDGEN" --db "$ft" --all --count 50 --seed 1 -q
t_integrity "features" postgresql "$ft"
t_eq "features: generated total = subtotal + tax" 0 \
	"$(t_pg "$ft" 'SELECT COUNT(*) FROM orders WHERE total <> subtotal + tax')"
t_eq "features: rows went through the partitioned parent" 50 \
	"$(t_pg "$ft" 'SELECT COUNT(*) FROM order_events')"
t_eq "features: the quoted table has rows" 50 \
	"$(t_pg "$ft" 'SELECT COUNT(*) FROM "Notiz ""VIP"" für Kunden"')"
t_eq "features: some customers were referred by an earlier customer" 1 \
	"$(t_pg "$ft" 'SELECT (COUNT(*) > 0)::int FROM customers WHERE referred_by IS NOT NULL AND referred_by < id')"
t_eq "features: the domain's email CHECK holds" 0 \
	"$(t_pg "$ft" "SELECT COUNT(*) FROM customers WHERE position('@' in email) <= 1")"

t_exit 0 "features: --schema other seeds the other schema" \
	"$SEEDGEN" --db "$ft" --schema other --table suppliers --count 10 --seed 1 -q
t_eq "features: other.suppliers has 10 rows" 10 "$(t_pg "$ft" 'SELECT COUNT(*) FROM other.suppliers')"
t_eq "features: suppliers point at real public.products" 0 \
	"$(t_pg "$ft" 'SELECT COUNT(*) FROM other.suppliers s LEFT JOIN public.products p ON p.id = s.main_product_id WHERE s.main_product_id IS NOT NULL AND p.id IS NULL')"

t_summary
