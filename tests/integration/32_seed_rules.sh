#!/usr/bin/env bash
# Issue 3, acceptance 3-6: a table whose parents have rows gets exactly its
# rows with real parent ids, and one whose required parent is empty is
# refused with nothing written; --dry-run writes nothing (also as a
# read-only user) and predicts the real counts; the same seed reproduces a
# database exactly and another seed does not; parent picks follow 80/20.
. "$(dirname "$0")/../lib.sh"

terp="$ROOT/../shared/schemas/terp/mysql.sql"
pivotal="$ROOT/../shared/schemas/pivotal/postgres.sql"
t_need_shared "$terp" "$pivotal"

# Every table's checksum, one "table<TAB>sum" line each, sorted.
mysql_sums() {
	local tables
	tables=$(t_mysql "$1" "SELECT GROUP_CONCAT(CONCAT('\`', table_name, '\`') ORDER BY table_name)
		FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")
	t_mysql "$1" "CHECKSUM TABLE $tables" | sed 's/^[^.]*\.//' | sort
}
pg_sums() {
	t_pg "$1" "SELECT string_agg(format('SELECT %L, md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) FROM %I t;', tablename, '|', '', tablename), ' ')
		FROM pg_tables WHERE schemaname = 'public'" | t_pg "$1" | sort
}

# --- 3. parents: empty users are refused, 20 users are used ------------------
db=$(t_mysql_createdb sg_t32_terp) || t_bail "cannot create database"
t_mysql "$db" <"$terp" || t_bail "cannot load TERP"
t_exit 2 "comments with no users: refused" "$SEEDGEN" --db "$db" --table comments --count 100
t_match "the refusal names users" "'users'" "$T_ERR"
t_match "the refusal names the column" "'user_id'" "$T_ERR"
t_match "the refusal suggests --with-parents" '--with-parents' "$T_ERR"
t_eq "nothing was written" 0 "$(t_mysql "$db" 'SELECT COUNT(*) FROM comments')"

t_exit 0 "seed 20 users" "$SEEDGEN" --db "$db" --table users --count 20 --seed 3 -q
t_exit 0 "seedgen --table comments --count 100" "$SEEDGEN" --db "$db" --table comments --count 100 -q
t_eq "exactly 100 comments" 100 "$(t_mysql "$db" 'SELECT COUNT(*) FROM comments')"
t_eq "every comment's user_id is an existing user" 0 \
	"$(t_mysql "$db" 'SELECT COUNT(*) FROM comments c LEFT JOIN users u ON u.id = c.user_id WHERE u.id IS NULL')"
t_eq "users are untouched" 20 "$(t_mysql "$db" 'SELECT COUNT(*) FROM users')"
t_match "a run without --seed prints the seed it used" 'with seed [0-9]+' \
	"$("$SEEDGEN" --db "$db" --table comments --count 1 2>&1)"

# --- 4. --dry-run writes nothing and predicts the counts -----------------------
t_mysql "$db" "CREATE USER IF NOT EXISTS 'sg_t32_ro'@'127.0.0.1' IDENTIFIED BY 'ro'; GRANT SELECT ON \`sg_t32_terp\`.* TO 'sg_t32_ro'@'127.0.0.1'"
t_defer t_mysql "$db" "DROP USER IF EXISTS 'sg_t32_ro'@'127.0.0.1'"
ro=$(sed -E 's|//[^@]*@|//sg_t32_ro:ro@|' <<<"$db")
before=$(mysql_sums "$db")
t_exit 0 "dry run as a read-only user" "$SEEDGEN" --db "$ro" --table todo_tasks,comments --count 30 \
	--with-parents --seed 5 --dry-run --format json
plan=$T_OUT
t_eq "dry run changed no table" "$before" "$(mysql_sums "$db")"
t_eq "dry run JSON names the seed" 5 "$(jq .seed <<<"$plan")"
t_ok "dry run JSON has before/planned/after/generator" jq -e \
	'.tables | length > 0 and all(has("name") and has("before") and has("planned") and has("after") and has("generator"))' <<<"$plan"
t_exit 0 "the same run for real" "$SEEDGEN" --db "$db" --table todo_tasks,comments --count 30 \
	--with-parents --seed 5 -q
predicted=$(jq -r '.tables[] | "\(.name) \(.after)"' <<<"$plan" | sort)
actual=$(jq -r '.tables[] | .name' <<<"$plan" | while read -r t; do
	echo "$t $(t_mysql "$db" "SELECT COUNT(*) FROM \`$t\`")"; done | sort)
t_eq "dry run 'after' equals the real counts" "$predicted" "$actual"
now=$(t_mysql "$db" 'SELECT COUNT(*) FROM comments')
t_exit 0 "text dry run" "$SEEDGEN" --db "$db" --table comments --count 10 --dry-run
t_match "text dry run shows now/planned/after" "^comments: $now now \\+ 10 planned = $((now + 10)) after" "$T_OUT"
t_match "text dry run shows the FK source with its pool" 'fk user_id -> users.id \(declared, [0-9]+ parent rows' "$T_OUT"
t_match "text dry run says which columns the server fills" 'leaves to the server: id \(auto-increment\)' "$T_OUT"

# --- 5. the same seed reproduces, another does not -------------------------------
a=$(t_mysql_createdb sg_t32_a) && b=$(t_mysql_createdb sg_t32_b) && c=$(t_mysql_createdb sg_t32_c) ||
	t_bail "cannot create databases"
for d in "$a" "$b" "$c"; do t_mysql "$d" <"$terp" || t_bail "cannot load TERP"; done
t_exit 0 "MariaDB run A (seed 11)" "$SEEDGEN" --db "$a" --all --count 8 --seed 11 -q
t_exit 0 "MariaDB run B (seed 11)" "$SEEDGEN" --db "$b" --all --count 8 --seed 11 -q
t_exit 0 "MariaDB run C (seed 12)" "$SEEDGEN" --db "$c" --all --count 8 --seed 12 -q
sa=$(mysql_sums "$a")
t_eq "MariaDB: same seed, same contents in all 233 tables" "$sa" "$(mysql_sums "$b")"
t_eq "MariaDB: a different seed changes the contents" 1 \
	"$(( $(diff <(echo "$sa") <(mysql_sums "$c") | grep -c '^>') > 100 ))"

pa=$(t_pg_createdb sg_t32_a) && pb=$(t_pg_createdb sg_t32_b) && pc=$(t_pg_createdb sg_t32_c) ||
	t_bail "cannot create databases"
for d in "$pa" "$pb" "$pc"; do t_pg "$d" <"$pivotal" >/dev/null || t_bail "cannot load Pivotal"; done
t_exit 0 "PostgreSQL run A (seed 11)" "$SEEDGEN" --db "$pa" --all --count 8 --seed 11 -q
t_exit 0 "PostgreSQL run B (seed 11)" "$SEEDGEN" --db "$pb" --all --count 8 --seed 11 -q
t_exit 0 "PostgreSQL run C (seed 12)" "$SEEDGEN" --db "$pc" --all --count 8 --seed 12 -q
ps=$(pg_sums "$pa")
t_eq "PostgreSQL: same seed, same contents" "$ps" "$(pg_sums "$pb")"
t_eq "PostgreSQL: a different seed changes every table" 12 \
	"$(diff <(echo "$ps") <(pg_sums "$pc") | grep -c '^>')"

# Adding a table to the plan leaves another table's rows alone.
d1=$(t_mysql_createdb sg_t32_d1) && d2=$(t_mysql_createdb sg_t32_d2) || t_bail "cannot create databases"
for d in "$d1" "$d2"; do t_mysql "$d" <"$ROOT/config/demo/mysql.sql" || t_bail "cannot load demo"; done
t_exit 0 "plan with users" "$SEEDGEN" --db "$d1" --table users --count 10 --seed 4 -q
t_exit 0 "plan with users and products" "$SEEDGEN" --db "$d2" --table products,users --count 10 --seed 4 -q
t_eq "users' rows do not depend on the other tables planned" \
	"$(t_mysql "$d1" 'CHECKSUM TABLE users' | cut -f2)" "$(t_mysql "$d2" 'CHECKSUM TABLE users' | cut -f2)"

# --- 6. Pareto: the top 20% of parents hold about 80% of the children -----------
pd=$(t_mysql_createdb sg_t32_pareto) || t_bail "cannot create database"
t_mysql "$pd" "CREATE TABLE parents (id int AUTO_INCREMENT PRIMARY KEY, name varchar(50) NOT NULL);
	CREATE TABLE children (id int AUTO_INCREMENT PRIMARY KEY,
		parent_id int NOT NULL, content varchar(120) NOT NULL,
		FOREIGN KEY (parent_id) REFERENCES parents (id))"
t_exit 0 "1,000 parents" "$SEEDGEN" --db "$pd" --table parents --count 1000 --seed 9 -q
t_exit 0 "10,000 children" "$SEEDGEN" --db "$pd" --table children --count 10000 --seed 9 -q
share=$(t_mysql "$pd" "SELECT ROUND(100 * SUM(n) / 10000) FROM (SELECT COUNT(*) n FROM children
	GROUP BY parent_id ORDER BY n DESC LIMIT 200) top")
t_eq "top 20% of parents hold 75-85% of children (got $share%)" 1 "$(( share >= 75 && share <= 85 ))"

t_summary
