#!/usr/bin/env bash
# `seedgen inspect` on PostgreSQL: the Pivotal Flow schema (counts, text
# primary keys, jsonb, text[], the composite unique index), then
# tests/sql/pg_features.sql feature by feature (enums, domains, identity and
# serial columns, arrays, generated columns, checks, composite keys, a
# partitioned table, quoted identifiers, views, a second schema), and
# connection errors. Expected values come from reading the SQL.
source "$(dirname "$0")/../lib.sh"

ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
PIVOTAL_SQL=$ROOT/../shared/schemas/pivotal/postgres.sql
t_need_shared "$PIVOTAL_SQL"
FEATURES_SQL=$ROOT/tests/sql/pg_features.sql
EXPECTED=$ROOT/tests/expected/pgsql_features_columns.tsv

command -v jq >/dev/null || t_bail "jq is needed (scripts/deps.sh installs it)"
command -v psql >/dev/null || t_bail "psql is needed (scripts/deps.sh installs it)"

pg_load() {
	PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2"
}

# jq over a JSON file; prints compact output, one value per line.
J() {
	local file=$1
	shift
	jq -c "$@" "$file"
}

# --- (a) Pivotal Flow ------------------------------------------------------

piv=$(t_pg_createdb seedgen_t21_pivotal) || t_bail "cannot create database seedgen_t21_pivotal"
t_defer t_pg_dropdb seedgen_t21_pivotal
t_ok "load the Pivotal Flow schema" pg_load "$piv" "$PIVOTAL_SQL"
t_ok "inspect Pivotal Flow as JSON" \
	sh -c '"$0" inspect --db "$1" --format json >"$2"' "$SEEDGEN" "$piv" "$T_TMP/piv.json"
p=$T_TMP/piv.json

t_eq "dialect" '"postgresql"' "$(J "$p" .dialect)"
t_eq "database" '"seedgen_t21_pivotal"' "$(J "$p" .database)"
t_eq "schema" '"public"' "$(J "$p" .schema)"
t_eq "Pivotal tables" 12 "$(J "$p" '.tables | length')"
t_eq "Pivotal table names" \
	'["audit_logs","customers","organizations","projects","quote_line_items","quotes","rate_card_items","rate_cards","roles","service_categories","user_roles","users"]' \
	"$(J "$p" '[.tables[].name]')"
t_eq "Pivotal columns" 184 "$(J "$p" '[.tables[].columns[]] | length')"
t_eq "Pivotal declared foreign keys" 23 \
	"$(J "$p" '[.tables[].foreign_keys[] | select(.declared == true)] | length')"
t_eq "Pivotal FKs on delete cascade / set null" '[16,7]' \
	"$(J "$p" '[.tables[].foreign_keys[].on_delete]
		| [(map(select(. == "CASCADE")) | length), (map(select(. == "SET NULL")) | length)]')"
t_eq "users.id: text, NOT NULL, no default" \
	'{"type":"text","class":"text","nullable":false,"default":null,"auto_increment":false}' \
	"$(J "$p" '.tables[] | select(.name == "users") | .columns[] | select(.name == "id")
		| {type, class, nullable, default, auto_increment}')"
t_eq "every table: primary key (id), text, no default" 12 \
	"$(J "$p" '[.tables[] | select(.primary_key == ["id"]) | .columns[] | select(.name == "id"
		and .class == "text" and .nullable == false and .default == null)] | length')"
t_eq "jsonb columns are class json" '[15,15]' \
	"$(J "$p" '[.tables[].columns[]] | [(map(select(.type == "jsonb")) | length),
		(map(select(.type == "jsonb" and .class == "json")) | length)]')"
t_eq "users.metadata jsonb default" '{"class":"json","nullable":false,"default":"'"'{}'"'::jsonb"}' \
	"$(J "$p" '.tables[] | select(.name == "users") | .columns[] | select(.name == "metadata")
		| {class, nullable, default}')"
t_eq "customers.tags text[] is an array of text" \
	'{"type":"text[]","class":"array","element_class":"text","element_type":"text","nullable":true}' \
	"$(J "$p" '.tables[] | select(.name == "customers") | .columns[] | select(.name == "tags")
		| {type, class, element_class, element_type, nullable}')"
t_eq "quotes composite unique index (quoteNumber, organizationId)" '[["quoteNumber","organizationId"]]' \
	"$(J "$p" '.tables[] | select(.name == "quotes") | .unique_keys')"
t_eq "single-column unique constraints" \
	'[["customers",["customerNumber"]],["organizations",["slug"]],["users",["username"]]]' \
	"$(J "$p" '[.tables[] | .name as $t | .unique_keys[] | select(length == 1) | [$t, .]]')"
t_eq "quote_line_items.quoteId -> quotes(id) ON DELETE CASCADE" \
	'{"columns":["quoteId"],"references":{"table":"quotes","columns":["id"]},"on_delete":"CASCADE"}' \
	"$(J "$p" '.tables[] | select(.name == "quote_line_items") | .foreign_keys[]
		| select(.columns == ["quoteId"]) | {columns, references, on_delete}')"
t_eq "quote_line_items.unitPrice numeric(15,4)" '["numeric(15,4)","decimal",15,4]' \
	"$(J "$p" '.tables[] | select(.name == "quote_line_items") | .columns[] | select(.name == "unitPrice")
		| [.type, .class, .precision, .scale]')"
t_eq "users.createdAt timestamp(3): datetime, precision 3, default now()" \
	'["timestamp(3) without time zone","datetime",3,"now()"]' \
	"$(J "$p" '.tables[] | select(.name == "users") | .columns[] | select(.name == "createdAt")
		| [.type, .class, .precision, .default]')"
t_eq "no enums, checks, serials or partitions in Pivotal" '[0,0,0,0]' \
	"$(J "$p" '[([.tables[].columns[] | select(.class == "enum")] | length),
		([.tables[].checks[]] | length), ([.tables[].columns[] | select(.auto_increment)] | length),
		([.tables[] | select(.partitioned == true)] | length)]')"

# --- (b) pg_features.sql -----------------------------------------------------

feat=$(t_pg_createdb seedgen_t21_features) || t_bail "cannot create database seedgen_t21_features"
t_defer t_pg_dropdb seedgen_t21_features
t_ok "load tests/sql/pg_features.sql" pg_load "$feat" "$FEATURES_SQL"
t_ok "inspect the features schema as JSON" \
	sh -c '"$0" inspect --db "$1" --format json >"$2"' "$SEEDGEN" "$feat" "$T_TMP/feat.json"
f=$T_TMP/feat.json
t_ok "inspect the features schema as text" "$SEEDGEN" inspect --db "$feat"

# Base tables only: the view, the two partitions and other.suppliers are not
# tables of schema public for seedgen.
t_eq "feature tables (no view, no partitions, no other schema)" \
	'["Notiz \"VIP\" für Kunden","customers","line_adjustments","order_events","order_lines","orders","products","shipments","warehouses"]' \
	"$(J "$f" '[.tables[].name]')"

jq -r '.tables[] | .name as $t | .columns[]
	| [$t, .name, .type, .class, (.nullable | tostring), (.default // "(none)"),
	   (.auto_increment | tostring), ((.identity_always // false) | tostring),
	   (.generated | tostring)] | @tsv' "$f" >"$T_TMP/columns.tsv"
grep -v '^#' "$EXPECTED" >"$T_TMP/expected.tsv"
if diff -u "$T_TMP/expected.tsv" "$T_TMP/columns.tsv" >"$T_TMP/columns.diff"; then
	t_ok "every column: type, class, nullability, default, identity/serial/generated" true
else
	cat "$T_TMP/columns.diff" >&2
	t_ok "every column: type, class, nullability, default, identity/serial/generated" false
fi

col() { # TABLE COLUMN JQ-FILTER
	J "$f" --arg t "$1" --arg c "$2" ".tables[] | select(.name == \$t) | .columns[]
		| select(.name == \$c) | $3"
}
tab() { # TABLE JQ-FILTER
	J "$f" --arg t "$1" ".tables[] | select(.name == \$t) | $2"
}

# enums and domains
t_eq "orders.status: enum values in declaration order" \
	'["pending","paid","shipped","delivered","cancelled"]' "$(col orders status .enum)"
t_eq "shipments.state: domain over an enum gets the enum's values" \
	'["packed","in_transit","delivered","returned"]' "$(col shipments state .enum)"
t_eq "shipments.state: the domain's CHECK is the column's check" \
	'"CHECK (VALUE IS NOT NULL)"' "$(col shipments state .check)"
t_eq "customers.email: domain over varchar(254)" '["varchar",254]' "$(col customers email '[.class, .length]')"
t_match "customers.email: the domain's CHECK is the column's check" \
	'^"CHECK \(POSITION\(.*@.* IN \(?VALUE\)?\)\) > 1\)"$' "$(col customers email .check)"

# identity, serial, generated
t_eq "customers.id: GENERATED ALWAYS AS IDENTITY" '[true,true,null]' \
	"$(col customers id '[.auto_increment, .identity_always, .default]')"
t_eq "line_adjustments.id: GENERATED BY DEFAULT AS IDENTITY" '[true,false]' \
	"$(col line_adjustments id '[.auto_increment, (.identity_always // false)]')"
t_eq "products.id serial: integer, 4 bytes, auto_increment" '["integer",4,true]' \
	"$(col products id '[.class, .int_bytes, .auto_increment]')"
t_eq "orders.id bigserial: integer, 8 bytes, auto_increment" '["integer",8,true]' \
	"$(col orders id '[.class, .int_bytes, .auto_increment]')"
t_eq "orders.total: generated column with its expression" '[true,"(subtotal + tax)",null]' \
	"$(col orders total '[.generated, .generation_expression, .default]')"

# uuid and arrays
t_eq "customers.public_id uuid with gen_random_uuid()" '["uuid","gen_random_uuid()"]' \
	"$(col customers public_id '[.class, .default]')"
t_eq "orders.external_ref uuid without default" '["uuid",null,true]' \
	"$(col orders external_ref '[.class, .default, .nullable]')"
t_eq "customers.tags text[]" '["array","text","text"]' \
	"$(col customers tags '[.class, .element_class, .element_type]')"
t_eq "products.pack_sizes integer[]" '["array","integer","integer"]' \
	"$(col products pack_sizes '[.class, .element_class, .element_type]')"
t_eq "customers.notify_on: array of an enum, with its values" \
	'["array","enum","order_status",["pending","paid","shipped","delivered","cancelled"]]' \
	"$(col customers notify_on '[.class, .element_class, .element_type, .enum]')"

# other types
t_eq "numeric(12,2)" '[12,2]' "$(col order_lines unit_price '[.precision, .scale]')"
t_eq "unconstrained numeric is 0,0" '[0,0]' "$(col line_adjustments amount '[.precision, .scale]')"
t_eq "timestamptz: timestamp with time zone, no precision" '["timestamp",true,null]' \
	"$(col customers signed_up_at '[.class, .with_time_zone, .precision]')"
t_eq "timestamp(3): datetime, precision 3" '["datetime",null,3]' \
	"$(col shipments shipped_at '[.class, .with_time_zone, .precision]')"
t_eq "time(0): precision 0" '["time",0]' "$(col warehouses opens_at '[.class, .precision]')"
t_eq "char(4)" '["char",4]' "$(col warehouses code '[.class, .length]')"
t_eq "bit(8)" '["bit",8]' "$(col warehouses dock_flags '[.class, .length]')"
t_eq "varchar(32)" '["varchar",32]' "$(col products sku '[.class, .length]')"
t_eq "smallint / integer / bigint sizes" '[2,4,8]' \
	"$(J "$f" '[.tables[] | select(.name == "order_lines") | .columns[] | select(.name == "line_no" or .name == "quantity" or .name == "order_id") | .int_bytes] | sort')"

# checks
t_eq "order_lines.quantity: column CHECK on the column" '"CHECK (quantity > 0)"' \
	"$(col order_lines quantity .check)"
t_match "products.price: column CHECK on the column" '^"CHECK \(price >= 0(::numeric)?\)"$' \
	"$(col products price .check)"
t_eq "orders: table CHECK over two columns is listed once, on the table" \
	'["orders_amounts_nonneg"]' "$(tab orders '[.checks[].name]')"
t_match "orders: table CHECK text" 'subtotal >= 0.* AND tax >= 0' "$(tab orders '.checks[0].expr')"
t_eq "orders: a two-column CHECK is no column's check" '[null,null]' \
	"$(J "$f" '[.tables[] | select(.name == "orders") | .columns[] | select(.name == "subtotal" or .name == "tax") | .check]')"

# keys
t_eq "order_lines composite primary key, in order" '["order_id","line_no"]' "$(tab order_lines .primary_key)"
t_eq "order_events primary key" '["id","happened_at"]' "$(tab order_events .primary_key)"
t_eq "line_adjustments composite FK, columns in constraint order" \
	'{"name":"line_adjustments_line_fk","columns":["order_id","line_no"],"references":{"table":"order_lines","columns":["order_id","line_no"]},"on_delete":"CASCADE","declared":true}' \
	"$(tab line_adjustments '.foreign_keys[] | {name, columns, references, on_delete, declared}')"
t_eq "shipments composite unique key" '[["order_id","shipment_no"]]' "$(tab shipments .unique_keys)"
t_eq "products: a unique index that is not a constraint is a unique key" '[["sku"]]' \
	"$(tab products .unique_keys)"
t_eq "customers: unique email (domain column)" '[["email"]]' "$(tab customers .unique_keys)"
t_eq "customers: expression index named by its expression" \
	'[{"name":"customers_lower_name_idx","columns":["lower(full_name)"]}]' "$(tab customers .indexes)"
t_eq "orders: non-unique composite index" \
	'[{"name":"orders_customer_placed_idx","columns":["customer_id","placed_on"]}]' "$(tab orders .indexes)"
t_eq "customers.referred_by: self-referencing FK, SET NULL" \
	'{"columns":["referred_by"],"references":{"table":"customers","columns":["id"]},"on_delete":"SET NULL"}' \
	"$(tab customers '.foreign_keys[] | {columns, references, on_delete}')"
t_eq "features declared FKs" 9 "$(J "$f" '[.tables[].foreign_keys[] | select(.declared)] | length')"
t_eq "FKs onto the partitioned table's parent are not duplicated" 1 \
	"$(tab order_events '.foreign_keys | length')"

# partitioning
t_eq "order_events is a partitioned parent" true "$(tab order_events '.partitioned // false')"
t_eq "no other table is partitioned" '["order_events"]' \
	"$(J "$f" '[.tables[] | select(.partitioned == true) | .name]')"

# quoted identifiers
t_eq "table and column names with a double quote, a space and ü" \
	'["id","customer_id","Bemerkung \"intern\" für Team","created_at"]' \
	"$(tab 'Notiz "VIP" für Kunden' '[.columns[].name]')"
t_eq "FK of the quoted table" '{"columns":["customer_id"],"references":{"table":"customers","columns":["id"]},"on_delete":"CASCADE"}' \
	"$(tab 'Notiz "VIP" für Kunden' '.foreign_keys[] | {columns, references, on_delete}')"
t_ok "--table with the quoted name" \
	sh -c '"$0" inspect --db "$1" --format json --table "$2" >"$3"' \
	"$SEEDGEN" "$feat" 'Notiz "VIP" für Kunden' "$T_TMP/one.json"
t_eq "--table picks exactly that table" '["Notiz \"VIP\" für Kunden"]' "$(J "$T_TMP/one.json" '[.tables[].name]')"

# schemas
t_ok "inspect --schema other" \
	sh -c '"$0" inspect --db "$1" --schema other --format json >"$2"' "$SEEDGEN" "$feat" "$T_TMP/other.json"
t_eq "--schema other: only other's table" '["other",["suppliers"]]' \
	"$(J "$T_TMP/other.json" '[.schema, [.tables[].name]]')"
t_eq "--schema other: FK into public names the schema" \
	'{"columns":["main_product_id"],"references":{"table":"products","schema":"public","columns":["id"]},"on_delete":"SET NULL"}' \
	"$(J "$T_TMP/other.json" '.tables[0].foreign_keys[0] | {columns, references, on_delete}')"
t_exit 2 "--schema nope exits 2" "$SEEDGEN" inspect --db "$feat" --schema nope
t_match "--schema nope names the schema and the database" \
	"schema 'nope' does not exist in database 'seedgen_t21_features'" "$T_ERR"

# --- connection errors -------------------------------------------------------

bad_pw=$(sed -E 's#^(postgres(ql)?://[^:/@]*):[^@]*@#\1:Wr0ng-s3cret@#' <<<"$feat")
t_exit 3 "wrong password exits 3" "$SEEDGEN" inspect --db "$bad_pw"
t_match "wrong password: says so, with the URL redacted" \
	"cannot connect to 'postgres(ql)?://[^:]*:\*\*\*@.*password authentication failed" "$T_ERR"
t_nomatch "wrong password: never printed" 'Wr0ng-s3cret' "$T_ERR$T_OUT"
no_db=$(sed -E 's#/seedgen_t21_features#/seedgen_t21_no_such_db#' <<<"$feat")
t_exit 3 "unknown database exits 3" "$SEEDGEN" inspect --db "$no_db"
t_match "unknown database is named" 'database "seedgen_t21_no_such_db" does not exist' "$T_ERR"
refused=$(sed -E 's#@[^/]*/#@127.0.0.1:1/#' <<<"$feat")
t_exit 3 "refused port exits 3" "$SEEDGEN" inspect --db "$refused"
t_match "refused port: connection refused" "cannot connect to '.*127\.0\.0\.1:1/.*Connection refused" "$T_ERR"

t_summary
