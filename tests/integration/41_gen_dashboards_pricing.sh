#!/usr/bin/env bash
# Issue 4: the dashboard and pricing generators (userDashboardPreferences,
# dashboard_widget_layouts, dashboard_kpi_configs, pricing_rules,
# pricing_profiles) on TERP in MariaDB. Every rule of
# tests/sql/rules_dashboards_pricing.sql holds on every row after a first
# run, a second run on top of it, other seeds and user counts, and the edge
# scenario; each rule fails on a row broken on purpose; realism spot
# checks; the same seed gives the same rows; drift (dropped columns, a new
# NOT NULL column, a parent without its role column) still seeds; and the
# generators run on PostgreSQL.
. "$(dirname "$0")/../lib.sh"

terp="$ROOT/../shared/schemas/terp/mysql.sql"
t_need_shared "$terp"
rules="$ROOT/tests/sql/rules_dashboards_pricing.sql"
tables=userDashboardPreferences,dashboard_widget_layouts,dashboard_kpi_configs,pricing_rules,pricing_profiles
nrules=$(grep -c "^SELECT '" "$rules")
# Run reports (seedgen-runs/) go to the scratch directory.
cd "$T_TMP" || t_bail "cannot cd to $T_TMP"

new_terp() {
	local db
	db=$(t_mysql_createdb "$1") || return 1
	t_mysql "$db" <"$terp" || return 1
	echo "$db"
}

q() { t_mysql "$db" "$1"; }

# Every rule of the rules file reports 0 violating rows, and all of them ran.
check_rules() {
	local label=$1 url=$2 out name n
	out=$(t_mysql "$url" <"$rules" 2>&1)
	t_eq "$label: all $nrules rules ran" "$nrules" "$(grep -c $'\t[0-9]*$' <<<"$out")"
	while IFS=$'\t' read -r name n; do
		[ -n "$name" ] && t_eq "$label: $name" 0 "$n"
	done <<<"$out"
}

# ---------------------------------------------------------------- first run

db=$(new_terp sg_t41_dash) || t_bail "cannot load TERP"
t_exit 0 "seed 20 users" "$SEEDGEN" --db "$db" --table users --count 20 --seed 1 -q
t_exit 0 "seed the five tables (seed 1)" "$SEEDGEN" --db "$db" --table "$tables" --count 30 --seed 1 -q
check_rules "seed 1" "$db"

# userDashboardPreferences: one per user, capped at the 20 users.
t_eq "prefs: --count 30 capped at one row per user" 20 "$(q 'SELECT COUNT(*) FROM userDashboardPreferences')"
t_eq "prefs: every user has a row" 20 "$(q 'SELECT COUNT(DISTINCT userId) FROM userDashboardPreferences')"
t_eq "prefs: several presets in use" 1 \
	"$(q 'SELECT COUNT(DISTINCT activeLayout) >= 3 FROM userDashboardPreferences')"
t_eq "prefs: a preset lists TERP's nine widgets" 0 \
	"$(q "SELECT COUNT(*) FROM userDashboardPreferences WHERE activeLayout <> 'custom' AND JSON_LENGTH(widgetConfig) <> 9")"
t_eq "prefs: a custom layout lists 4-9 widgets" 0 \
	"$(q "SELECT COUNT(*) FROM userDashboardPreferences WHERE activeLayout = 'custom' AND JSON_LENGTH(widgetConfig) NOT BETWEEN 4 AND 9")"
t_eq "prefs: widget entries have exactly id, isVisible, order (and settings)" 0 \
	"$(q "SELECT COUNT(*) FROM userDashboardPreferences p, JSON_TABLE(p.widgetConfig, '\$[*]' COLUMNS (n FOR ORDINALITY)) j
	      WHERE JSON_LENGTH(JSON_EXTRACT(p.widgetConfig, CONCAT('\$[', j.n - 1, ']'))) <>
	            3 + JSON_CONTAINS_PATH(p.widgetConfig, 'one', CONCAT('\$[', j.n - 1, '].settings'))")"
t_eq "prefs: saved after the user was created, never after now" 0 \
	"$(q 'SELECT COUNT(*) FROM userDashboardPreferences p JOIN users u ON u.id = p.userId
	      WHERE p.createdAt < u.createdAt OR p.updatedAt < p.createdAt OR p.updatedAt > NOW()')"
t_eq "prefs: not soft-deleted" 0 "$(q 'SELECT COUNT(*) FROM userDashboardPreferences WHERE deleted_at IS NOT NULL')"

# dashboard_widget_layouts: about five widgets per user, role defaults.
t_eq "layouts: every user has a layout" 20 \
	"$(q 'SELECT COUNT(DISTINCT userId) FROM dashboard_widget_layouts')"
t_eq "layouts: 3-8 widgets per user" "3 8" \
	"$(q 'SELECT MIN(n), MAX(n) FROM (SELECT COUNT(*) n FROM dashboard_widget_layouts
	      WHERE userId IS NOT NULL GROUP BY userId) d' | tr '\t' ' ')"
t_eq "layouts: about five widgets per user on average" 1 \
	"$(q 'SELECT COUNT(*) / COUNT(DISTINCT userId) BETWEEN 4 AND 6.5 FROM dashboard_widget_layouts WHERE userId IS NOT NULL')"
t_eq "layouts: a default layout of 5-9 widgets for each role" $'admin\t1\nuser\t1' \
	"$(q 'SELECT role, COUNT(*) BETWEEN 5 AND 9 FROM dashboard_widget_layouts WHERE userId IS NULL GROUP BY role ORDER BY CAST(role AS CHAR)')"
t_eq "layouts: most widgets visible" 1 \
	"$(q 'SELECT AVG(isVisible) >= 0.75 AND AVG(isVisible) < 1 FROM dashboard_widget_layouts')"
t_eq "layouts: some widgets resized from their default" 1 \
	"$(q "SELECT COUNT(DISTINCT width, height) >= 4 FROM dashboard_widget_layouts")"
t_eq "layouts: one save time per layout, after the user was created" 0 \
	"$(q 'SELECT COUNT(*) FROM (SELECT l.userId FROM dashboard_widget_layouts l JOIN users u ON u.id = l.userId
	      GROUP BY l.userId HAVING COUNT(DISTINCT l.createdAt) > 1 OR MIN(l.createdAt) < MIN(u.createdAt)) d')"
t_eq "layouts: settings only as TERP widget options" 0 \
	"$(q "SELECT COUNT(*) FROM dashboard_widget_layouts WHERE config IS NOT NULL AND JSON_LENGTH(config) = 0")"

# dashboard_kpi_configs: admins 6-10 KPIs, users 4-7.
t_eq "kpis: admins 6-10, users 4-7" $'admin\t1\nuser\t1' \
	"$(q "SELECT role, CASE role WHEN 'admin' THEN COUNT(*) BETWEEN 6 AND 10 ELSE COUNT(*) BETWEEN 4 AND 7 END
	      FROM dashboard_kpi_configs GROUP BY role ORDER BY CAST(role AS CHAR)")"

# pricing_rules: realistic names, several kinds, OR rules, soft deletes.
t_eq "rules: 30 rows" 30 "$(q 'SELECT COUNT(*) FROM pricing_rules')"
t_eq "rules: names are capitalised phrases, no filler" 0 \
	"$(q "SELECT COUNT(*) FROM pricing_rules WHERE name NOT REGEXP '^[A-Z]' OR name REGEXP 'lorem|ipsum|[0-9a-f]{12}'")"
t_eq "rules: at least five kinds of condition" 1 \
	"$(q 'SELECT COUNT(DISTINCT JSON_KEYS(conditions)) >= 5 FROM pricing_rules')"
t_eq "rules: some OR rules" 1 "$(q "SELECT COUNT(*) > 0 FROM pricing_rules WHERE logic_type = 'OR'")"
t_eq "rules: descriptions say what the rule applies" 0 \
	"$(q "SELECT COUNT(*) FROM pricing_rules WHERE description IS NOT NULL AND description NOT LIKE 'Applies a %'")"
t_eq "rules: soft-deleted rules are inactive, deleted after created, last updated then" 0 \
	"$(q 'SELECT COUNT(*) FROM pricing_rules WHERE deleted_at IS NOT NULL AND (is_active OR deleted_at < created_at OR updated_at <> deleted_at)')"
t_eq "rules: created and updated set, in order" 0 \
	"$(q 'SELECT COUNT(*) FROM pricing_rules WHERE created_at IS NULL OR updated_at < created_at OR updated_at > NOW()')"

# pricing_profiles: 2-6 rules, distinct names, after their rules.
t_eq "profiles: 2-6 rules each" 0 \
	"$(q 'SELECT COUNT(*) FROM pricing_profiles WHERE JSON_LENGTH(rules) NOT BETWEEN 2 AND 6')"
t_eq "profiles: distinct names" 1 "$(q 'SELECT COUNT(DISTINCT name) = COUNT(*) FROM pricing_profiles')"
t_eq "profiles: names are segment — region" 0 \
	"$(q "SELECT COUNT(*) FROM pricing_profiles WHERE name NOT LIKE '% — %'")"
t_eq "profiles: rules in the order of their priority" 0 \
	"$(q "SELECT COUNT(*) FROM pricing_profiles p,
	      JSON_TABLE(p.rules, '\$[*]' COLUMNS (n FOR ORDINALITY, rid INT PATH '\$.ruleId')) a,
	      JSON_TABLE(p.rules, '\$[*]' COLUMNS (n FOR ORDINALITY, rid INT PATH '\$.ruleId')) b,
	      pricing_rules ra, pricing_rules rb
	      WHERE b.n = a.n + 1 AND ra.id = a.rid AND rb.id = b.rid AND ra.priority < rb.priority")"
t_eq "profiles: created after every rule they list" 0 \
	"$(q "SELECT COUNT(*) FROM pricing_profiles p,
	      JSON_TABLE(p.rules, '\$[*]' COLUMNS (rid INT PATH '\$.ruleId')) j
	      JOIN pricing_rules r ON r.id = j.rid WHERE p.created_at < r.created_at")"

dump() {
	local t
	for t in ${tables//,/ }; do t_mysql "$1" "SELECT * FROM \`$t\` ORDER BY id"; done | md5sum
}
dump_seed1=$(dump "$db")

# ------------------------------------------------- a second run continues

layouts_before=$(q 'SELECT COUNT(*) FROM dashboard_widget_layouts')
kpis_before=$(q 'SELECT COUNT(*) FROM dashboard_kpi_configs')
t_exit 0 "seed the five tables again (seed 2)" "$SEEDGEN" --db "$db" --table "$tables" --count 10 --seed 2 -q
check_rules "seed 2 on top of seed 1" "$db"
t_eq "prefs: still one row per user" 20 "$(q 'SELECT COUNT(*) FROM userDashboardPreferences')"
t_eq "layouts: more widgets, positions continued" 1 \
	"$(q "SELECT COUNT(*) > $layouts_before FROM dashboard_widget_layouts")"
t_eq "kpis: more KPIs, none twice" 1 "$(q "SELECT COUNT(*) > $kpis_before FROM dashboard_kpi_configs")"
t_eq "rules: percent and dollar rules (40 rules)" 1 \
	"$(q "SELECT COUNT(DISTINCT LEFT(adjustment_type, 3)) = 2 FROM pricing_rules")"
t_eq "profiles: 40 rows, names still distinct" "40 1" \
	"$(q 'SELECT COUNT(*), COUNT(DISTINCT name) = COUNT(*) FROM pricing_profiles' | tr '\t' ' ')"

# -------------------------------------------- every rule can fail: breaks

# Each line: rule name | statement that breaks one row. Run in a
# transaction that is rolled back.
breaks=$(cat <<'EOF'
userDashboardPreferences: widgetConfig is a JSON array|UPDATE userDashboardPreferences SET widgetConfig = '{"widgets":[]}' ORDER BY id LIMIT 1
userDashboardPreferences: every listed widget is a known widget|UPDATE userDashboardPreferences SET widgetConfig = '[{"id":"weather","isVisible":true,"order":1}]' ORDER BY id LIMIT 1
userDashboardPreferences: every widget has a boolean isVisible|UPDATE userDashboardPreferences SET widgetConfig = '[{"id":"inbox","isVisible":1,"order":1}]' ORDER BY id LIMIT 1
userDashboardPreferences: widget order runs 1..n|UPDATE userDashboardPreferences SET widgetConfig = '[{"id":"inbox","isVisible":true,"order":2}]' ORDER BY id LIMIT 1
userDashboardPreferences: no widget listed twice|UPDATE userDashboardPreferences SET widgetConfig = '[{"id":"inbox","isVisible":true,"order":1},{"id":"inbox","isVisible":true,"order":2}]' ORDER BY id LIMIT 1
userDashboardPreferences: widget settings, when present, are an object|UPDATE userDashboardPreferences SET widgetConfig = '[{"id":"inbox","isVisible":true,"order":1,"settings":"x"}]' ORDER BY id LIMIT 1
userDashboardPreferences: activeLayout is a TERP preset|UPDATE userDashboardPreferences SET activeLayout = 'dashboard' ORDER BY id LIMIT 1
dashboard_widget_layouts: positions run 0..k-1 per user|UPDATE dashboard_widget_layouts SET position = 99 WHERE userId IS NOT NULL AND position = 0 ORDER BY id LIMIT 1
dashboard_widget_layouts: positions run 0..k-1 per role default layout|UPDATE dashboard_widget_layouts SET position = 99 WHERE userId IS NULL AND position = 0 ORDER BY id LIMIT 1
dashboard_widget_layouts: widgetType is a known widget|UPDATE dashboard_widget_layouts SET widgetType = 'weather' ORDER BY id LIMIT 1
dashboard_widget_layouts: no widget twice in one layout|INSERT INTO dashboard_widget_layouts (userId, role, widgetType, position, width, height) SELECT userId, role, widgetType, 100, width, height FROM dashboard_widget_layouts ORDER BY id LIMIT 1
dashboard_widget_layouts: width 1-4 and height 1-3|UPDATE dashboard_widget_layouts SET height = 4 ORDER BY id LIMIT 1
dashboard_widget_layouts: role-level rows (userId NULL) have a role|UPDATE dashboard_widget_layouts SET role = NULL WHERE userId IS NULL ORDER BY id LIMIT 1
dashboard_widget_layouts: user rows have role NULL (as TERP saves them)|UPDATE dashboard_widget_layouts SET role = 'admin' WHERE userId IS NOT NULL ORDER BY id LIMIT 1
dashboard_widget_layouts: config is NULL or a JSON object|UPDATE dashboard_widget_layouts SET config = '[1]' ORDER BY id LIMIT 1
dashboard_kpi_configs: (role, kpiType) is unique|INSERT INTO dashboard_kpi_configs (role, kpiType, position) SELECT role, kpiType, 99 FROM dashboard_kpi_configs ORDER BY id LIMIT 1
dashboard_kpi_configs: positions run 0..k-1 per role|UPDATE dashboard_kpi_configs SET position = 99 ORDER BY id LIMIT 1
dashboard_kpi_configs: kpiType is a known KPI|UPDATE dashboard_kpi_configs SET kpiType = 'weather_index' ORDER BY id LIMIT 1
pricing_rules: percent adjustments are 1-40|UPDATE pricing_rules SET adjustment_value = 55 WHERE adjustment_type LIKE 'PERCENT%' ORDER BY id LIMIT 1
pricing_rules: dollar adjustments are 1-500|UPDATE pricing_rules SET adjustment_type = 'DOLLAR_MARKUP', adjustment_value = 900 ORDER BY id LIMIT 1
pricing_rules: conditions is a JSON object|UPDATE pricing_rules SET conditions = '[]' ORDER BY id LIMIT 1
pricing_rules: conditions use only known keys|UPDATE pricing_rules SET conditions = '{"color":"green"}' ORDER BY id LIMIT 1
pricing_rules: text conditions are non-empty strings|UPDATE pricing_rules SET conditions = '{"strain":7}' ORDER BY id LIMIT 1
pricing_rules: quantity and price conditions are positive numbers, min < max|UPDATE pricing_rules SET conditions = '{"category":"Flower","priceMin":900,"priceMax":500}' ORDER BY id LIMIT 1
pricing_rules: category, grade and client tier take known values|UPDATE pricing_rules SET conditions = '{"category":"Furniture"}' ORDER BY id LIMIT 1
pricing_rules: logic_type is set|UPDATE pricing_rules SET logic_type = NULL ORDER BY id LIMIT 1
pricing_rules: OR only with two or more conditions|UPDATE pricing_rules SET logic_type = 'OR' WHERE JSON_LENGTH(conditions) = 1 ORDER BY id LIMIT 1
pricing_rules: priority is 0-100|UPDATE pricing_rules SET priority = 150 ORDER BY id LIMIT 1
pricing_rules: a more specific AND rule never ranks below a less specific one|UPDATE pricing_rules SET priority = 0 WHERE logic_type = 'AND' AND JSON_LENGTH(conditions) = 2 ORDER BY id LIMIT 1
pricing_rules: the name states the adjustment|UPDATE pricing_rules SET adjustment_value = adjustment_value + 0.01 ORDER BY id LIMIT 1
pricing_rules: the name says markup or markdown|UPDATE pricing_rules SET adjustment_type = 'PERCENT_MARKUP' WHERE adjustment_type = 'PERCENT_MARKDOWN' AND name NOT REGEXP 'markup|premium|surcharge' ORDER BY id LIMIT 1
pricing_profiles: rules is a JSON array|UPDATE pricing_profiles SET rules = '{"ruleIds":[1]}' ORDER BY id LIMIT 1
pricing_profiles: every ruleId is an existing pricing rule|UPDATE pricing_profiles SET rules = '[{"ruleId":99999,"priority":1}]' ORDER BY id LIMIT 1
pricing_profiles: every listed rule is live (not soft-deleted)|UPDATE pricing_rules SET deleted_at = NOW() WHERE id = (SELECT JSON_EXTRACT(rules, '$[0].ruleId') FROM pricing_profiles ORDER BY id LIMIT 1)
pricing_profiles: no rule listed twice|UPDATE pricing_profiles SET rules = '[{"ruleId":1,"priority":1},{"ruleId":1,"priority":2}]' ORDER BY id LIMIT 1
pricing_profiles: rule priority runs 1..n|UPDATE pricing_profiles SET rules = '[{"ruleId":1,"priority":2}]' ORDER BY id LIMIT 1
pricing_profiles: created_by is a user when users exist|UPDATE pricing_profiles SET created_by = NULL ORDER BY id LIMIT 1
EOF
)
while IFS='|' read -r name sql; do
	out=$({ echo "START TRANSACTION; $sql;"; cat "$rules"; echo "ROLLBACK;"; } | t_mysql "$db" 2>&1)
	t_eq "breaking a row fails: $name" 1 \
		"$(awk -F'\t' -v r="$name" '$1 == r { print ($2 > 0) }' <<<"$out")"
done <<<"$breaks"
# The one rule a unique key enforces: break it on a copy without the key.
t_eq "every rule has a break" "$nrules" "$(( $(grep -c '|' <<<"$breaks") + 1 ))"
t_ok "drop the unique key on userId" t_mysql "$db" \
	'ALTER TABLE userDashboardPreferences DROP FOREIGN KEY userDashboardPreferences_userId_users_id_fk;
	 ALTER TABLE userDashboardPreferences DROP INDEX userDashboardPreferences_userId_unique'
out=$({ echo "INSERT INTO userDashboardPreferences (userId, activeLayout, widgetConfig) SELECT userId, activeLayout, widgetConfig FROM userDashboardPreferences ORDER BY id LIMIT 1;"; cat "$rules"; } | t_mysql "$db" 2>&1)
t_eq "breaking a row fails: userDashboardPreferences: at most one row per user" 1 \
	"$(awk -F'\t' '$1 == "userDashboardPreferences: at most one row per user" { print ($2 > 0) }' <<<"$out")"

# ------------------------------------------------------ same seed, same rows

db2=$(new_terp sg_t41_dash_again) || t_bail "cannot load TERP"
t_exit 0 "again: 20 users" "$SEEDGEN" --db "$db2" --table users --count 20 --seed 1 -q
t_exit 0 "again: the five tables (seed 1)" "$SEEDGEN" --db "$db2" --table "$tables" --count 30 --seed 1 -q
t_eq "the same seed gives identical rows" "$dump_seed1" "$(dump "$db2")"

# ------------------------------------- other seeds, few and many users

for spec in 3:2 9:20 4:60; do
	seed=${spec%:*} users=${spec#*:}
	dbn=$(new_terp "sg_t41_dash_s$seed") || t_bail "cannot load TERP"
	t_exit 0 "seed $seed: $users users" "$SEEDGEN" --db "$dbn" --table users --count "$users" --seed "$seed" -q
	t_exit 0 "seed $seed: the five tables" "$SEEDGEN" --db "$dbn" --table "$tables" --count 30 --seed "$seed" -q
	check_rules "seed $seed, $users users" "$dbn"
	[ "$seed" = 9 ] && t_nomatch "another seed gives other rows" "^${dump_seed1:0:32}" "$(dump "$dbn")"
done
# Many rules: a few soft-deleted, all rules still hold.
t_exit 0 "seed 4: 300 more pricing rules" "$SEEDGEN" --db "$dbn" --table pricing_rules --count 300 --seed 4 -q
t_eq "rules: a few soft-deleted (1-8%), inactive, last updated at deletion" "1 0" \
	"$(t_mysql "$dbn" 'SELECT AVG(deleted_at IS NOT NULL) BETWEEN 0.01 AND 0.08,
	   SUM(deleted_at IS NOT NULL AND (is_active OR updated_at <> deleted_at)) FROM pricing_rules' | tr '\t' ' ')"
t_eq "rules: about one in six in dollars" 1 \
	"$(t_mysql "$dbn" "SELECT AVG(adjustment_type LIKE 'DOLLAR%') BETWEEN 0.1 AND 0.3 FROM pricing_rules")"
check_rules "seed 4, 330 pricing rules" "$dbn"

# ------------------------------------------------------------ edge scenario

dbe=$(new_terp sg_t41_dash_edge) || t_bail "cannot load TERP"
t_exit 0 "edge: 20 users" "$SEEDGEN" --db "$dbe" --table users --count 20 --seed 5 -q
t_exit 0 "edge: the five tables" "$SEEDGEN" --db "$dbe" --table "$tables" --count 30 --seed 5 --scenario edge -q
check_rules "edge" "$dbe"
db=$dbe
t_eq "edge: empty and full widget lists" "1 1" \
	"$(q "SELECT SUM(JSON_LENGTH(widgetConfig) = 0) > 0, SUM(JSON_LENGTH(widgetConfig) = 12) > 0 FROM userDashboardPreferences" | tr '\t' ' ')"
t_eq "edge: layouts of one widget and of all twelve" "1 12" \
	"$(q 'SELECT MIN(n), MAX(n) FROM (SELECT COUNT(*) n FROM dashboard_widget_layouts GROUP BY userId, role) d' | tr '\t' ' ')"
t_eq "edge: sizes 1x1 and 4x3" "1 1" \
	"$(q 'SELECT SUM(width = 1 AND height = 1) > 0, SUM(width = 4 AND height = 3) > 0 FROM dashboard_widget_layouts' | tr '\t' ' ')"
t_eq "edge: rules with priority 0 and 100, values 1 and the largest" "1 1 1 1" \
	"$(q "SELECT SUM(priority = 0 AND JSON_LENGTH(conditions) = 0) > 0, SUM(priority = 100 AND JSON_LENGTH(conditions) = 5) > 0,
	      SUM(adjustment_value = 1) > 0, SUM(adjustment_value IN (40, 500)) > 0 FROM pricing_rules" | tr '\t' ' ')"
t_eq "edge: a profile with no rule" 1 "$(q "SELECT COUNT(*) > 0 FROM pricing_profiles WHERE rules = '[]'")"

# -------------------------------------------------------------------- drift

dbd=$(new_terp sg_t41_dash_drift) || t_bail "cannot load TERP"
t_exit 0 "drift: 20 users" "$SEEDGEN" --db "$dbd" --table users --count 20 --seed 6 -q
t_ok "drift: drop a column the generator sets in each table, add a NOT NULL one" t_mysql "$dbd" "
	ALTER TABLE userDashboardPreferences DROP COLUMN activeLayout;
	ALTER TABLE dashboard_widget_layouts DROP COLUMN config;
	ALTER TABLE dashboard_kpi_configs DROP COLUMN isVisible;
	ALTER TABLE pricing_rules DROP COLUMN logic_type;
	ALTER TABLE pricing_profiles DROP COLUMN description;
	ALTER TABLE users DROP COLUMN role;
	ALTER TABLE userDashboardPreferences ADD COLUMN extra_required varchar(20) NOT NULL;
	ALTER TABLE dashboard_widget_layouts ADD COLUMN extra_required varchar(20) NOT NULL;
	ALTER TABLE dashboard_kpi_configs ADD COLUMN extra_required varchar(20) NOT NULL;
	ALTER TABLE pricing_rules ADD COLUMN extra_required varchar(20) NOT NULL;
	ALTER TABLE pricing_profiles ADD COLUMN extra_required varchar(20) NOT NULL"
t_exit 0 "drift: the five tables still seed" "$SEEDGEN" --db "$dbd" --table "$tables" --count 12 --seed 6
for tc in userDashboardPreferences:activeLayout dashboard_widget_layouts:config \
	dashboard_kpi_configs:isVisible pricing_rules:logic_type pricing_profiles:description; do
	t_eq "drift: one warning for ${tc/:/.}" 1 \
		"$(grep -c "table '${tc%:*}' has no column '${tc#*:}'" <<<"$T_ERR")"
done
t_eq "drift: no other warning" 5 "$(grep -c 'warning' <<<"$T_ERR")"
db=$dbd
for t in ${tables//,/ }; do
	t_eq "drift: $t has rows, extra_required filled in all" 1 \
		"$(q "SELECT COUNT(*) > 0 AND SUM(extra_required = '') = 0 FROM \`$t\`")"
done
t_eq "drift: positions still run 0..k-1 per user (users without a role)" 0 \
	"$(q 'SELECT COUNT(*) FROM (SELECT userId FROM dashboard_widget_layouts WHERE userId IS NOT NULL GROUP BY userId
	      HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1) d')"

# A layout table without userId (nor its foreign key): role layouts only.
dbu=$(t_mysql_createdb sg_t41_dash_nouser) || t_bail "cannot create database"
t_ok "drift: TERP's dashboard_widget_layouts without userId" t_mysql "$dbu" "
	CREATE TABLE dashboard_widget_layouts (
		id int AUTO_INCREMENT NOT NULL, deleted_at timestamp NULL, role enum('user','admin'),
		widgetType varchar(100) NOT NULL, position int NOT NULL, width int NOT NULL DEFAULT 1,
		height int NOT NULL DEFAULT 1, isVisible boolean NOT NULL DEFAULT true, config json,
		createdAt timestamp NOT NULL DEFAULT (now()),
		updatedAt timestamp NOT NULL DEFAULT (now()) ON UPDATE CURRENT_TIMESTAMP,
		CONSTRAINT dashboard_widget_layouts_id PRIMARY KEY (id))"
t_exit 0 "drift: layouts without userId seed" "$SEEDGEN" --db "$dbu" --table dashboard_widget_layouts --seed 7
t_eq "drift: one warning for dashboard_widget_layouts.userId" 1 \
	"$(grep -c "table 'dashboard_widget_layouts' has no column 'userId'" <<<"$T_ERR")"
t_eq "drift: one default layout per role, positions 0..k-1" $'admin\t1\nuser\t1' \
	"$(t_mysql "$dbu" 'SELECT role, MIN(position) = 0 AND MAX(position) = COUNT(*) - 1 FROM dashboard_widget_layouts GROUP BY role ORDER BY CAST(role AS CHAR)')"

# --------------------------------------------------------------- PostgreSQL

pdb=$(t_pg_createdb sg_t41_dash) || t_bail "cannot create PostgreSQL database"
t_ok "pg: a TERP-like schema" t_pg "$pdb" "
	CREATE TYPE user_role AS ENUM ('user', 'admin');
	CREATE TYPE adjustment AS ENUM ('PERCENT_MARKUP', 'PERCENT_MARKDOWN', 'DOLLAR_MARKUP', 'DOLLAR_MARKDOWN');
	CREATE TYPE logic AS ENUM ('AND', 'OR');
	CREATE TABLE users (id serial PRIMARY KEY, \"openId\" varchar(64) NOT NULL UNIQUE, name text,
		role user_role NOT NULL DEFAULT 'user', \"createdAt\" timestamptz NOT NULL DEFAULT now());
	CREATE TABLE \"userDashboardPreferences\" (id serial PRIMARY KEY,
		\"userId\" int NOT NULL UNIQUE REFERENCES users (id), deleted_at timestamptz,
		\"activeLayout\" varchar(50) NOT NULL DEFAULT 'operations', \"widgetConfig\" jsonb NOT NULL,
		\"createdAt\" timestamptz NOT NULL DEFAULT now(), \"updatedAt\" timestamptz NOT NULL DEFAULT now());
	CREATE TABLE dashboard_widget_layouts (id serial PRIMARY KEY, \"userId\" int REFERENCES users (id),
		deleted_at timestamptz, role user_role, \"widgetType\" varchar(100) NOT NULL, position int NOT NULL,
		width int NOT NULL DEFAULT 1, height int NOT NULL DEFAULT 1, \"isVisible\" boolean NOT NULL DEFAULT true,
		config jsonb, \"createdAt\" timestamptz NOT NULL DEFAULT now(), \"updatedAt\" timestamptz NOT NULL DEFAULT now());
	CREATE TABLE dashboard_kpi_configs (id serial PRIMARY KEY, role user_role NOT NULL,
		\"kpiType\" varchar(100) NOT NULL, deleted_at timestamptz, position int NOT NULL,
		\"isVisible\" boolean NOT NULL DEFAULT true, \"createdAt\" timestamptz NOT NULL DEFAULT now(),
		\"updatedAt\" timestamptz NOT NULL DEFAULT now());
	CREATE TABLE pricing_rules (id serial PRIMARY KEY, name varchar(255) NOT NULL, description text,
		adjustment_type adjustment NOT NULL, adjustment_value numeric(10, 2) NOT NULL, conditions jsonb NOT NULL,
		logic_type logic DEFAULT 'AND', priority int DEFAULT 0, is_active boolean DEFAULT true,
		deleted_at timestamptz, created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now());
	CREATE TABLE pricing_profiles (id serial PRIMARY KEY, name varchar(255) NOT NULL, deleted_at timestamptz,
		description text, rules jsonb NOT NULL, created_by int REFERENCES users (id),
		created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now())"
t_exit 0 "pg: 12 users" "$SEEDGEN" --db "$pdb" --table users --count 12 --seed 1 -q
t_exit 0 "pg: the five tables" "$SEEDGEN" --db "$pdb" --table "$tables" --count 10 --seed 1 -q
t_eq "pg: positions 0..k-1 per user and per role" 0 \
	"$(t_pg "$pdb" 'SELECT COUNT(*) FROM (SELECT 1 FROM dashboard_widget_layouts
	   GROUP BY "userId", CASE WHEN "userId" IS NULL THEN role END
	   HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1) d')"
t_eq "pg: every user has a layout, roles have defaults" "12 2" \
	"$(t_pg "$pdb" 'SELECT COUNT(DISTINCT "userId"), COUNT(DISTINCT role) FROM dashboard_widget_layouts' | tr '\t' ' ')"
t_eq "pg: KPIs unique per role" 0 \
	"$(t_pg "$pdb" 'SELECT COUNT(*) FROM (SELECT 1 FROM dashboard_kpi_configs GROUP BY role, "kpiType" HAVING COUNT(*) > 1) d')"
t_eq "pg: widgetConfig lists widgets with boolean isVisible" 0 \
	"$(t_pg "$pdb" "SELECT COUNT(*) FROM \"userDashboardPreferences\" p, jsonb_array_elements(p.\"widgetConfig\") w
	   WHERE jsonb_typeof(w->'isVisible') <> 'boolean' OR w->>'id' IS NULL")"
t_eq "pg: profiles list existing rules" 0 \
	"$(t_pg "$pdb" "SELECT COUNT(*) FROM pricing_profiles p, jsonb_array_elements(p.rules) e
	   LEFT JOIN pricing_rules r ON r.id = (e->>'ruleId')::int WHERE r.id IS NULL")"
t_eq "pg: percent rules 1-40, OR only with two keys" 0 \
	"$(t_pg "$pdb" "SELECT COUNT(*) FROM pricing_rules WHERE (adjustment_type::text LIKE 'PERCENT%'
	   AND adjustment_value NOT BETWEEN 1 AND 40) OR (logic_type = 'OR' AND (SELECT COUNT(*) FROM jsonb_object_keys(conditions)) < 2)")"

# A users table in another schema: the engine asks the server for its
# columns (the run's schema model does not hold it), and every user there
# gets a layout with its role.
xdb=$(t_pg_createdb sg_t41_xschema) || t_bail "cannot create PostgreSQL database"
t_ok "pg: users in schema auth, layouts in public" t_pg "$xdb" "
	CREATE SCHEMA auth;
	CREATE TYPE auth.user_role AS ENUM ('user', 'admin');
	CREATE TABLE auth.users (id serial PRIMARY KEY, role auth.user_role NOT NULL,
		\"createdAt\" timestamptz NOT NULL DEFAULT now() - interval '400 days');
	INSERT INTO auth.users (role) SELECT (CASE WHEN i % 3 = 0 THEN 'admin' ELSE 'user' END)::auth.user_role
		FROM generate_series(1, 9) i;
	CREATE TABLE dashboard_widget_layouts (id serial PRIMARY KEY, \"userId\" int REFERENCES auth.users (id),
		role auth.user_role, \"widgetType\" varchar(100) NOT NULL, position int NOT NULL,
		width int NOT NULL DEFAULT 1, height int NOT NULL DEFAULT 1,
		\"createdAt\" timestamptz NOT NULL DEFAULT now(), \"updatedAt\" timestamptz NOT NULL DEFAULT now())"
t_exit 0 "pg: layouts for users of another schema" "$SEEDGEN" --db "$xdb" --table dashboard_widget_layouts --seed 3 -q
t_eq "pg: every user of auth.users has a layout" 9 \
	"$(t_pg "$xdb" 'SELECT COUNT(DISTINCT "userId") FROM dashboard_widget_layouts')"
t_eq "pg: no layout saved before its user was created" 0 \
	"$(t_pg "$xdb" 'SELECT COUNT(*) FROM dashboard_widget_layouts l JOIN auth.users u ON u.id = l."userId"
	   WHERE l."createdAt" < u."createdAt"')"

t_summary
