#!/usr/bin/env bash
# Identifier safety: a database, a PostgreSQL schema, tables, columns,
# constraints, an enum type and enum values whose names hold single and
# double quotes, backticks, semicolons, spaces, backslashes, % and _, $1
# and ?, commas and non-ASCII letters. On MariaDB and PostgreSQL: inspect,
# dry-run and sample work; seeding fills them with valid rows (foreign keys,
# a nullable FK cycle filled by UPDATE, a self-reference, unique keys, a
# per-parent numbered key, all checked by SQL), twice; snapshot + validate
# report no drift, and real drift under such a name; verify, fingerprint
# and coverage are clean; undo removes exactly the rows of both runs.
. "$(dirname "$0")/../lib.sh"

command -v jq >/dev/null || t_bail "jq is needed"

# The names, as the tools print them.
P='Kunden "VIP"; ü\%_'                 # parent: " ; space ü \ % _
C="Bestell'ungen \`x\`; ä"              # child: ' ` ; space ä
STATUS='Stätus` ;x'
EMAIL="E-Mail 'addr'"
REF="Kunde; 'ref'"
POS='Pos ü'
CODE="Code 'ü'"
ENUM_VALUES=$'neu\nit\'s\na"b\ngrößer\nback\\slash\nx,y\n$1 ?'

# --- MariaDB: database `sg_t71 'ü`` x` --------------------------------------
t_mysql "$SEEDGEN_MYSQL_URL" <<'EOF' || t_bail "cannot create the MariaDB database"
DROP DATABASE IF EXISTS `sg_t71 'ü`` x`;
CREATE DATABASE `sg_t71 'ü`` x` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
USE `sg_t71 'ü`` x`;
CREATE TABLE `Kunden "VIP"; ü\%_` (
  `ID; "pk"` int AUTO_INCREMENT PRIMARY KEY,
  `E-Mail 'addr'` varchar(100) NOT NULL,
  `Stätus`` ;x` enum('neu','it''s','a"b','größer','back\\slash','x,y','$1 ?') NOT NULL,
  `Name "full"` varchar(50),
  `Chef\ 'boss'` int NULL,
  `Letzte; "order"` int NULL,
  UNIQUE KEY `uq 'mail'; "x"` (`E-Mail 'addr'`),
  CONSTRAINT `fk "chef"` FOREIGN KEY (`Chef\ 'boss'`) REFERENCES `Kunden "VIP"; ü\%_` (`ID; "pk"`)
);
CREATE TABLE `Bestell'ungen ``x``; ä` (
  `id` int AUTO_INCREMENT PRIMARY KEY,
  `Kunde; 'ref'` int NOT NULL,
  `Pos ü` int NOT NULL,
  `Menge "qty"` int,
  `Code 'ü'` varchar(20) NOT NULL,
  UNIQUE KEY `uq code` (`Code 'ü'`),
  UNIQUE KEY `uq "pos"` (`Kunde; 'ref'`, `Pos ü`),
  CONSTRAINT `fk "kunde"; ü` FOREIGN KEY (`Kunde; 'ref'`) REFERENCES `Kunden "VIP"; ü\%_` (`ID; "pk"`)
);
ALTER TABLE `Kunden "VIP"; ü\%_` ADD CONSTRAINT `fk 'last'`
  FOREIGN KEY (`Letzte; "order"`) REFERENCES `Bestell'ungen ``x``; ä` (`id`);
EOF
_t_mysql_parse "$SEEDGEN_MYSQL_URL"
# the database name percent-encoded: space ' ü ` space
my="mysql://$_T_U:$_T_P@$_T_H:$_T_PORT/sg_t71%20%27%C3%BC%60%20x"
my_sql() { # SQL on stdin, in the odd database
	{
		echo "USE \`sg_t71 'ü\`\` x\`;"
		cat
	} | t_mysql "$SEEDGEN_MYSQL_URL"
}
my_counts() {
	my_sql <<'EOF'
SELECT (SELECT COUNT(*) FROM `Kunden "VIP"; ü\%_`), (SELECT COUNT(*) FROM `Bestell'ungen ``x``; ä`);
EOF
}
# One line of facts that must all be 0 (or equal) after a run: orphans of
# the three relations, repeated unique values, enum values outside the list,
# then rows, rows with the cycle column filled, per-parent numbers that do
# not start at 1 or have gaps.
my_facts() {
	my_sql <<'EOF'
SELECT
 (SELECT COUNT(*) FROM `Bestell'ungen ``x``; ä` c LEFT JOIN `Kunden "VIP"; ü\%_` p
    ON p.`ID; "pk"` = c.`Kunde; 'ref'` WHERE p.`ID; "pk"` IS NULL),
 (SELECT COUNT(*) FROM `Kunden "VIP"; ü\%_` k LEFT JOIN `Kunden "VIP"; ü\%_` b
    ON b.`ID; "pk"` = k.`Chef\ 'boss'` WHERE k.`Chef\ 'boss'` IS NOT NULL AND b.`ID; "pk"` IS NULL),
 (SELECT COUNT(*) FROM `Kunden "VIP"; ü\%_` k LEFT JOIN `Bestell'ungen ``x``; ä` o
    ON o.`id` = k.`Letzte; "order"` WHERE k.`Letzte; "order"` IS NOT NULL AND o.`id` IS NULL),
 (SELECT COUNT(*) - COUNT(DISTINCT `E-Mail 'addr'`) FROM `Kunden "VIP"; ü\%_`),
 (SELECT COUNT(*) - COUNT(DISTINCT `Code 'ü'`) FROM `Bestell'ungen ``x``; ä`),
 (SELECT COUNT(*) FROM `Kunden "VIP"; ü\%_` WHERE `Stätus`` ;x` NOT IN
    ('neu','it''s','a"b','größer','back\\slash','x,y','$1 ?')),
 (SELECT COUNT(*) FROM (SELECT `Kunde; 'ref'` FROM `Bestell'ungen ``x``; ä`
    GROUP BY `Kunde; 'ref'` HAVING MIN(`Pos ü`) <> 1 OR MAX(`Pos ü`) <> COUNT(*)) g),
 (SELECT COUNT(*) FROM `Kunden "VIP"; ü\%_` WHERE `Letzte; "order"` IS NOT NULL) > 0;
EOF
}

my_add_column() {
	my_sql <<'EOF'
ALTER TABLE `Kunden "VIP"; ü\%_` ADD COLUMN `Neu "col"; ü` int;
EOF
}
my_drop_column() {
	my_sql <<'EOF'
ALTER TABLE `Kunden "VIP"; ü\%_` DROP COLUMN `Neu "col"; ü`;
EOF
}
# Rows the server would refuse, slipped in with its checks off: an orphan,
# and an enum value outside the list (non-strict mode stores '').
my_break() {
	my_sql <<'EOF'
SET foreign_key_checks = 0;
INSERT INTO `Bestell'ungen ``x``; ä` (`Kunde; 'ref'`, `Pos ü`, `Code 'ü'`) VALUES (999999, 1, 'o''r"p`h;');
SET SESSION sql_mode = '';
INSERT INTO `Kunden "VIP"; ü\%_` (`E-Mail 'addr'`, `Stätus`` ;x`) VALUES ('x''y@z', 'nope');
EOF
	BROKEN=2
}
my_mend() {
	my_sql <<'EOF'
DELETE FROM `Bestell'ungen ``x``; ä` WHERE `Kunde; 'ref'` = 999999;
DELETE FROM `Kunden "VIP"; ü\%_` WHERE `E-Mail 'addr'` = 'x''y@z';
EOF
}

# --- PostgreSQL: database "sg_t71 'ü"" x", schema "Sché'ma ""x""; y" ---------
PG_SCHEMA="Sché'ma \"x\"; y"
PGOPTIONS='-c client_min_messages=warning' t_pg "$SEEDGEN_PG_URL" \
	"DROP DATABASE IF EXISTS \"sg_t71 'ü\"\" x\" WITH (FORCE)" >/dev/null &&
	t_pg "$SEEDGEN_PG_URL" "CREATE DATABASE \"sg_t71 'ü\"\" x\" ENCODING 'UTF8' TEMPLATE template0" \
		>/dev/null || t_bail "cannot create the PostgreSQL database"
re='^(postgres(ql)?://[^/?]*)'
[[ $SEEDGEN_PG_URL =~ $re ]] || t_bail "cannot parse '$SEEDGEN_PG_URL'"
# the database name percent-encoded: space ' ü " space
pg="${BASH_REMATCH[1]}/sg_t71%20%27%C3%BC%22%20x"
t_pg "$pg" >/dev/null <<'EOF' || t_bail "cannot create the PostgreSQL schema"
CREATE SCHEMA "Sché'ma ""x""; y";
SET search_path TO "Sché'ma ""x""; y";
CREATE TYPE "Stätus ""typ""; x" AS ENUM ('neu', 'it''s', 'a"b', 'größer', 'back\slash', 'x,y', '$1 ?');
CREATE TABLE "Kunden ""VIP""; ü\%_" (
  "ID; ""pk""" serial PRIMARY KEY,
  "E-Mail 'addr'" varchar(100) NOT NULL,
  "Stätus` ;x" "Stätus ""typ""; x" NOT NULL,
  "Name ""full""" varchar(50),
  "Chef\ 'boss'" int NULL,
  "Letzte; ""order""" int NULL,
  "Tags ""ü""" "Stätus ""typ""; x"[],
  CONSTRAINT "uq 'mail'; ""x""" UNIQUE ("E-Mail 'addr'"),
  CONSTRAINT "fk ""chef""" FOREIGN KEY ("Chef\ 'boss'") REFERENCES "Kunden ""VIP""; ü\%_" ("ID; ""pk""")
);
CREATE TABLE "Bestell'ungen `x`; ä" (
  id serial PRIMARY KEY,
  "Kunde; 'ref'" int NOT NULL,
  "Pos ü" int NOT NULL,
  "Menge ""qty""" int,
  "Code 'ü'" varchar(20) NOT NULL,
  CONSTRAINT "uq code" UNIQUE ("Code 'ü'"),
  CONSTRAINT "uq ""pos""" UNIQUE ("Kunde; 'ref'", "Pos ü"),
  CONSTRAINT "fk ""kunde""; ü" FOREIGN KEY ("Kunde; 'ref'")
    REFERENCES "Kunden ""VIP""; ü\%_" ("ID; ""pk""")
);
ALTER TABLE "Kunden ""VIP""; ü\%_" ADD CONSTRAINT "fk 'last'"
  FOREIGN KEY ("Letzte; ""order""") REFERENCES "Bestell'ungen `x`; ä" (id);
EOF
pg_sql() { # SQL on stdin, in the odd schema
	{
		echo "SET search_path TO \"Sché'ma \"\"x\"\"; y\";"
		cat
	} | t_pg "$pg"
}
pg_counts() {
	pg_sql <<'EOF' | tr '|' '\t'
SELECT (SELECT COUNT(*) FROM "Kunden ""VIP""; ü\%_"), (SELECT COUNT(*) FROM "Bestell'ungen `x`; ä");
EOF
}
pg_facts() {
	pg_sql <<'EOF' | sed 's/\bt$/1/; s/\bf$/0/'
SELECT
 (SELECT COUNT(*) FROM "Bestell'ungen `x`; ä" c LEFT JOIN "Kunden ""VIP""; ü\%_" p
    ON p."ID; ""pk""" = c."Kunde; 'ref'" WHERE p."ID; ""pk""" IS NULL),
 (SELECT COUNT(*) FROM "Kunden ""VIP""; ü\%_" k LEFT JOIN "Kunden ""VIP""; ü\%_" b
    ON b."ID; ""pk""" = k."Chef\ 'boss'" WHERE k."Chef\ 'boss'" IS NOT NULL AND b."ID; ""pk""" IS NULL),
 (SELECT COUNT(*) FROM "Kunden ""VIP""; ü\%_" k LEFT JOIN "Bestell'ungen `x`; ä" o
    ON o.id = k."Letzte; ""order""" WHERE k."Letzte; ""order""" IS NOT NULL AND o.id IS NULL),
 (SELECT COUNT(*) - COUNT(DISTINCT "E-Mail 'addr'") FROM "Kunden ""VIP""; ü\%_"),
 (SELECT COUNT(*) - COUNT(DISTINCT "Code 'ü'") FROM "Bestell'ungen `x`; ä"),
 (SELECT COUNT(*) FROM "Kunden ""VIP""; ü\%_" WHERE "Stätus` ;x"::text NOT IN
    ('neu', 'it''s', 'a"b', 'größer', 'back\slash', 'x,y', '$1 ?')),
 (SELECT COUNT(*) FROM (SELECT "Kunde; 'ref'" FROM "Bestell'ungen `x`; ä"
    GROUP BY "Kunde; 'ref'" HAVING MIN("Pos ü") <> 1 OR MAX("Pos ü") <> COUNT(*)) g),
 (SELECT COUNT(*) FROM "Kunden ""VIP""; ü\%_" WHERE "Letzte; ""order""" IS NOT NULL) > 0;
EOF
}

pg_add_column() {
	pg_sql >/dev/null <<'EOF'
ALTER TABLE "Kunden ""VIP""; ü\%_" ADD COLUMN "Neu ""col""; ü" int;
EOF
}
pg_drop_column() {
	pg_sql >/dev/null <<'EOF'
ALTER TABLE "Kunden ""VIP""; ü\%_" DROP COLUMN "Neu ""col""; ü";
EOF
}
# An orphan, inserted with the foreign-key triggers off (superuser).
pg_break() {
	pg_sql >/dev/null <<'EOF'
ALTER TABLE "Bestell'ungen `x`; ä" DISABLE TRIGGER ALL;
INSERT INTO "Bestell'ungen `x`; ä" ("Kunde; 'ref'", "Pos ü", "Code 'ü'") VALUES (999999, 1, 'o''r"p`h;');
ALTER TABLE "Bestell'ungen `x`; ä" ENABLE TRIGGER ALL;
EOF
	BROKEN=1
}
pg_mend() {
	pg_sql >/dev/null <<'EOF'
DELETE FROM "Bestell'ungen `x`; ä" WHERE "Kunde; 'ref'" = 999999;
EOF
}

# --- the same checks on both ------------------------------------------------
checks=$T_TMP/checks.json
cat >"$checks" <<'EOF'
{"checks": [
 {"name": "odd table", "kind": "table_exists", "table": "Kunden \"VIP\"; ü\\%_"},
 {"name": "odd column", "kind": "column_exists", "table": "Bestell'ungen `x`; ä", "column": "Kunde; 'ref'"},
 {"name": "odd enum value", "kind": "enum_contains", "table": "Kunden \"VIP\"; ü\\%_",
  "column": "Stätus` ;x", "value": "back\\slash"},
 {"name": "odd index", "kind": "index_exists", "table": "Bestell'ungen `x`; ä",
  "columns": ["Kunde; 'ref'", "Pos ü"]},
 {"name": "odd rows", "kind": "min_rows", "table": "Bestell'ungen `x`; ä", "min": 40}
]}
EOF

# suite LABEL URL PREFIX [--schema NAME]: PREFIX_counts, PREFIX_facts,
# PREFIX_add_column and PREFIX_drop_column are the database's functions.
suite() {
	local d=$1 url=$2 fn=$3
	shift 3
	local db=(--db "$url" "$@") out=$T_TMP/$d
	local counts=${fn}_counts facts=${fn}_facts
	mkdir -p "$out"

	t_ok "$d: inspect --table with the odd name" "$SEEDGEN" inspect "${db[@]}" --table "$P"
	t_match "$d: inspect names the table" "^table Kunden \"VIP\"; ü\\\\%_ \([67] columns\)" "$T_OUT"
	t_match "$d: inspect shows the self-reference" "foreign key \(Chef\\\\ 'boss'\) -> Kunden \"VIP\"; ü\\\\%_\(ID; \"pk\"\)" "$T_OUT"
	t_ok "$d: inspect --format json" "$SEEDGEN" inspect "${db[@]}" --format json
	t_eq "$d: both table names round-trip" "$C
$P" "$(jq -r '.tables[].name' <<<"$T_OUT")"
	t_eq "$d: enum values round-trip" "$ENUM_VALUES" \
		"$(jq -r --arg t "$P" --arg c "$STATUS" \
			'.tables[] | select(.name == $t) | .columns[] | select(.name == $c) | .enum[]' <<<"$T_OUT")"
	t_eq "$d: the child's columns round-trip" "id
$REF
$POS
Menge \"qty\"
$CODE" "$(jq -r --arg t "$C" '.tables[] | select(.name == $t) | .columns[].name' <<<"$T_OUT")"

	t_ok "$d: --dry-run" "$SEEDGEN" "${db[@]}" --table "$P" --table "$C" --count 20 --seed 7 \
		--dry-run
	t_match "$d: the plan names the child and its foreign key" \
		"fk Kunde; 'ref' -> Kunden \"VIP\"; ü\\\\%_\.ID; \"pk\"" "$T_OUT"
	t_match "$d: the plan writes the odd columns" "writes: .*$EMAIL" "$T_OUT"
	t_ok "$d: --sample" "$SEEDGEN" "${db[@]}" --table "$P" --sample 5 --seed 7
	t_match "$d: five sample rows" '\(5 sample rows; nothing is written\)' "$T_OUT"
	t_eq "$d: previews wrote nothing" "0	0" "$($counts)"

	t_ok "$d: seed both tables" "$SEEDGEN" "${db[@]}" --table "$P" --table "$C" --count 20 \
		--seed 7 --report "$out/run1.json" -q
	t_eq "$d: 20 rows each" "20	20" "$($counts)"
	t_eq "$d: no orphan, no duplicate, no bad enum value, numbered per parent, cycle filled" \
		"0	0	0	0	0	0	0	1" "$($facts)"
	t_ok "$d: seed again (existing rows, existing keys)" "$SEEDGEN" "${db[@]}" --table "$P" \
		--table "$C" --count 20 --seed 8 --report "$out/run2.json" -q
	t_eq "$d: 40 rows each" "40	40" "$($counts)"
	t_eq "$d: still no orphan, no duplicate, numbering continues" \
		"0	0	0	0	0	0	0	1" "$($facts)"

	t_ok "$d: snapshot" "$SEEDGEN" snapshot "${db[@]}" -o "$out/contract.json"
	t_eq "$d: the contract holds both names" "$C
$P" "$(jq -r '.tables[].name' "$out/contract.json")"
	t_ok "$d: validate against the snapshot" "$SEEDGEN" validate "${db[@]}" --contract "$out/contract.json"
	t_match "$d: no drift" '^0 issues across 2 tables$' "$T_OUT"
	"${fn}_add_column"
	t_exit 1 "$d: validate finds an added column" "$SEEDGEN" validate "${db[@]}" \
		--contract "$out/contract.json"
	t_match "$d: drift names the odd table and column" "^Kunden \"VIP\"; ü\\\\%_\.Neu \"col\"; ü: " "$T_OUT"
	t_match "$d: one issue" '^1 issue' "$T_OUT"
	"${fn}_drop_column"

	t_ok "$d: verify" "$SEEDGEN" verify "${db[@]}"
	t_match "$d: verify checked the three relations" '3 relations \(3 declared' "$T_OUT"
	t_match "$d: verify is clean" '^0 violations$' "$T_OUT"
	"${fn}_break"
	t_exit 1 "$d: verify finds the rows slipped in by hand" "$SEEDGEN" verify "${db[@]}"
	t_match "$d: verify names the orphan" "^FAIL Bestell'ungen \`x\`; ä\.Kunde; 'ref' -> Kunden \"VIP\"; ü\\\\%_\.ID; \"pk\": 1 orphan row \(declared relation\), e\.g\. Kunde; 'ref'=999999 id=[0-9]+$" "$T_OUT"
	[ "$fn" = my ] && t_match "$d: verify names the bad enum value" \
		"^FAIL Kunden \"VIP\"; ü\\\\%_\.Stätus\` ;x: 1 row with a value outside \('neu','it's'.*'\\\$1 \?'\), e\.g\. Stätus\` ;x='' ID; \"pk\"=[0-9]+$" "$T_OUT"
	t_match "$d: verify counts them" "^$BROKEN violations?$" "$T_OUT"
	"${fn}_mend"
	t_ok "$d: fingerprint --strict" "$SEEDGEN" fingerprint "${db[@]}" --checks "$checks" --strict
	t_match "$d: every canary passes" '^5/5 checks passed$' "$T_OUT"
	t_ok "$d: coverage" "$SEEDGEN" coverage "${db[@]}" --tables "$P,$C"
	t_match "$d: both tables have data" '^2/2 tables have data' "$T_OUT"

	t_ok "$d: undo the second run" "$SEEDGEN" undo "${db[@]}" --report "$out/run2.json"
	t_eq "$d: back to 20 rows each" "20	20" "$($counts)"
	t_ok "$d: undo the first run" "$SEEDGEN" undo "${db[@]}" --report "$out/run1.json"
	t_eq "$d: back to empty" "0	0" "$($counts)"
}

suite mariadb "$my" my
suite postgresql "$pg" pg --schema "$PG_SCHEMA"

t_summary
