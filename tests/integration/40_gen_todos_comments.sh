#!/usr/bin/env bash
# Issue 4: the todo and comment generators (generators/todos.c,
# generators/comments.c) on TERP in MariaDB. Every rule of
# tests/sql/rules_todos_comments.sql holds on every row after a planned-size
# run, a second run, and an edge run; the derived counts (members,
# mentions) are exact and a second run adds nothing twice; text is
# realistic; the same seed reproduces the rows; dropped and added columns
# (drift) are survived with one warning per missing column.
. "$(dirname "$0")/../lib.sh"

terp="$ROOT/../shared/schemas/terp/mysql.sql"
t_need_shared "$terp"
rules="$ROOT/tests/sql/rules_todos_comments.sql"
cd "$T_TMP" || t_bail "cannot enter $T_TMP" # run reports land in the working directory

mine=todo_lists,todo_list_members,todo_tasks,comments,comment_mentions
cat >"$T_TMP/volumes.json" <<'JSON'
{
  "tables": {
    "todo_lists": { "count": 30 },
    "todo_tasks": { "count": 200 },
    "comments": { "count": 100 }
  }
}
JSON

# Runs every rule on db and asserts 0 for each (label prefixes the names).
check_rules() {
	local out name n count=0
	if ! out=$(t_mysql "$1" <"$rules" 2>&1); then
		t_eq "$2: the rules run" "" "$out"
		return
	fi
	while IFS=$'\t' read -r name n; do
		t_eq "$2: $name" 0 "$n"
		count=$((count + 1))
	done <<<"$out"
	t_eq "$2: all 34 rules ran" 34 "$count"
}

# A TERP database with 20 users and 30 orders, clients and batches (plus
# their parents) under seed $2.
terp_db() {
	local db
	db=$(t_mysql_createdb "$1") || t_bail "cannot create database $1"
	t_mysql "$db" <"$terp" || t_bail "cannot load TERP into $1"
	"$SEEDGEN" --db "$db" --table users --count 20 --seed "$2" -q >/dev/null 2>&1 ||
		t_bail "cannot seed users into $1"
	"$SEEDGEN" --db "$db" --table orders,clients,batches --count 30 --with-parents --seed "$2" -q \
		>/dev/null 2>&1 || t_bail "cannot seed orders, clients and batches into $1"
	echo "$db"
}

sums() {
	t_mysql "$1" "CHECKSUM TABLE todo_lists, todo_list_members, todo_tasks, comments, comment_mentions" |
		sed 's/^[^.]*\.//'
}

# --- planned volumes, seed 11 --------------------------------------------------
db=$(terp_db sg_t40_a 11)
t_exit 0 "dry run" "$SEEDGEN" --db "$db" --table "$mine" --config "$T_TMP/volumes.json" --seed 11 --dry-run
t_match "dry run: the member count is an estimate" 'estimate: one owner row per list' "$T_OUT"
t_match "dry run: the mention count is an estimate" 'estimate: one row per @mention' "$T_OUT"
t_exit 0 "seed the five tables (30 lists, 200 tasks, 100 comments)" \
	"$SEEDGEN" --db "$db" --table "$mine" --config "$T_TMP/volumes.json" --seed 11
t_nomatch "no warning" 'warning' "$T_ERR"
check_rules "$db" "seed 11"
t_eq "30 lists" 30 "$(t_mysql "$db" 'SELECT COUNT(*) FROM todo_lists')"
t_eq "200 tasks" 200 "$(t_mysql "$db" 'SELECT COUNT(*) FROM todo_tasks')"
t_eq "100 comments" 100 "$(t_mysql "$db" 'SELECT COUNT(*) FROM comments')"
t_eq "one owner row per list" 30 "$(t_mysql "$db" "SELECT COUNT(*) FROM todo_list_members WHERE role = 'owner'")"
t_eq "shared lists have 2-5 members (owner + 1-4)" 0 "$(t_mysql "$db" "SELECT COUNT(*) FROM todo_lists l
	WHERE l.is_shared = 1 AND (SELECT COUNT(*) FROM todo_list_members m WHERE m.list_id = l.id) NOT BETWEEN 2 AND 5")"
t_eq "members: the derived count is what the run reported" \
	"$(t_mysql "$db" 'SELECT COUNT(*) FROM todo_list_members')" \
	"$(sed -n 's/^ *todo_list_members  *0  *\([0-9]*\) .*/\1/p' <<<"$T_OUT")"
mentions=$(t_mysql "$db" 'SELECT COUNT(*) FROM comment_mentions')
t_match "some comments @mention users" '^[1-9][0-9]*$' "$mentions"
t_eq "every @Name of another user has its mention row, and no more" "$mentions" "$(t_mysql "$db" "
	SELECT COUNT(*) FROM comments c JOIN users u ON u.id <> c.user_id
	 AND LOCATE(CONCAT('@', u.name), c.content) > 0")"

# realism spot checks
t_eq "tasks: titles are varied (over 150 distinct of 200)" 1 \
	"$(t_mysql "$db" 'SELECT COUNT(DISTINCT title) > 150 FROM todo_tasks')"
t_eq "tasks: no lorem ipsum" 0 "$(t_mysql "$db" "SELECT COUNT(*) FROM todo_tasks WHERE title LIKE '%lorem%' OR description LIKE '%lorem%'")"
t_eq "tasks: 20-50% done" 1 "$(t_mysql "$db" "SELECT SUM(status = 'done') BETWEEN 40 AND 100 FROM todo_tasks")"
t_eq "tasks: most lists have tasks, a few lists hold many" 1 "$(t_mysql "$db" "
	SELECT COUNT(*) >= 15 AND MAX(n) >= 3 * AVG(n) / 2 FROM (SELECT COUNT(*) n FROM todo_tasks GROUP BY list_id) x")"
t_eq "lists: names are varied" 1 "$(t_mysql "$db" 'SELECT COUNT(DISTINCT name) >= 15 FROM todo_lists')"
t_eq "comments: orders and clients take most comments" 1 "$(t_mysql "$db" "
	SELECT SUM(commentable_type IN ('order', 'client')) > COUNT(*) / 2 FROM comments")"
t_eq "comments: batches, which have rows, get some too" 1 "$(t_mysql "$db" "
	SELECT SUM(commentable_type = 'batch') > 0 FROM comments")"
t_eq "comments on orders talk about orders and deliveries" 1 "$(t_mysql "$db" "
	SELECT SUM(content REGEXP 'order|SO-|deliver|route|drop|pick|units|ship|manifest|driver')
	       >= 0.6 * COUNT(*) FROM comments WHERE commentable_type = 'order'")"
t_eq "comments on batches talk about batches" 1 "$(t_mysql "$db" "
	SELECT COALESCE(SUM(content REGEXP 'batch|B-[0-9]|COA|THC|lab|test|harvest|Metrc|lot') >= 0.6 * COUNT(*), 1)
	FROM comments WHERE commentable_type = 'batch'")"
t_eq "comments: no comment @mentions its author" 0 "$(t_mysql "$db" "
	SELECT COUNT(*) FROM comments c JOIN users u ON u.id = c.user_id
	WHERE LOCATE(CONCAT('@', u.name, ' '), CONCAT(c.content, ' ')) > 0")"

# --- a second run adds nothing twice -----------------------------------------------
members=$(t_mysql "$db" 'SELECT COUNT(*) FROM todo_list_members')
t_exit 0 "members again: nothing to add" "$SEEDGEN" --db "$db" --table todo_list_members --seed 12
t_eq "members unchanged" "$members" "$(t_mysql "$db" 'SELECT COUNT(*) FROM todo_list_members')"
t_exit 0 "mentions again: nothing to add" "$SEEDGEN" --db "$db" --table comment_mentions --seed 12
t_eq "mentions unchanged" "$mentions" "$(t_mysql "$db" 'SELECT COUNT(*) FROM comment_mentions')"
t_exit 0 "second run: 5 more lists with members, tasks and comments" \
	"$SEEDGEN" --db "$db" --table todo_lists,todo_list_members --count 5 --seed 12
t_eq "second run: one owner row per new list" 35 \
	"$(t_mysql "$db" "SELECT COUNT(*) FROM todo_list_members WHERE role = 'owner'")"
t_exit 0 "second run: 40 more tasks" "$SEEDGEN" --db "$db" --table todo_tasks --count 40 --seed 12
t_exit 0 "second run: 30 more comments and their mentions" \
	"$SEEDGEN" --db "$db" --table comments,comment_mentions --count 30 --seed 12
check_rules "$db" "after a second run"

# --- the same seed reproduces the rows, another seed does not ---------------------------
db_b=$(terp_db sg_t40_b 11)
t_exit 0 "seed 11 again into a fresh database" \
	"$SEEDGEN" --db "$db_b" --table "$mine" --config "$T_TMP/volumes.json" --seed 11 -q
db_c=$(terp_db sg_t40_c 11)
t_exit 0 "seed 13 into a fresh database" \
	"$SEEDGEN" --db "$db_c" --table "$mine" --config "$T_TMP/volumes.json" --seed 13 -q
db_a=$(terp_db sg_t40_a2 11)
t_exit 0 "seed 11 once more" "$SEEDGEN" --db "$db_a" --table "$mine" --config "$T_TMP/volumes.json" --seed 11 -q
t_eq "same seed, same rows" "$(sums "$db_a")" "$(sums "$db_b")"
t_nomatch "another seed, other rows" "$(sums "$db_b" | head -1 | cut -f2)" "$(sums "$db_c" | head -1)"
check_rules "$db_c" "seed 13"

# --- edge scenario ---------------------------------------------------------------------------
db=$(terp_db sg_t40_edge 21)
t_exit 0 "edge scenario seeds the five tables" "$SEEDGEN" --db "$db" --table "$mine" --count 60 --seed 21 --scenario edge
check_rules "$db" "edge"
t_eq "edge: a task title of 500 multibyte characters" 1 \
	"$(t_mysql "$db" 'SELECT MAX(CHAR_LENGTH(title)) = 500 AND MAX(LENGTH(title)) > 500 FROM todo_tasks')"
t_eq "edge: a list name of 255 multibyte characters" 1 \
	"$(t_mysql "$db" 'SELECT MAX(CHAR_LENGTH(name)) = 255 AND MAX(LENGTH(name)) > 255 FROM todo_lists')"
t_eq "edge: a comment of 65535 bytes" 65535 "$(t_mysql "$db" 'SELECT MAX(LENGTH(content)) FROM comments')"
t_eq "edge: the rules held with created_at at both ends of TIMESTAMP" "1970-01-01 00:00:01	2038-01-19 03:14:07" \
	"$(t_mysql "$db" 'SELECT MIN(created_at), MAX(created_at) FROM todo_lists')"

# --- drift ----------------------------------------------------------------------------------
db=$(terp_db sg_t40_drift 31)
t_mysql "$db" "ALTER TABLE comments DROP FOREIGN KEY comments_resolved_by_users_id_fk;
	ALTER TABLE comments DROP COLUMN resolved_by;
	ALTER TABLE todo_tasks DROP FOREIGN KEY todo_tasks_completed_by_users_id_fk;
	ALTER TABLE todo_tasks DROP COLUMN completed_by, DROP COLUMN position;
	ALTER TABLE todo_tasks ADD COLUMN extra_required varchar(20) NOT NULL;
	ALTER TABLE comments ADD COLUMN extra_required varchar(20) NOT NULL;
	ALTER TABLE todo_lists DROP COLUMN is_shared" || t_bail "cannot alter the drift database"
t_exit 0 "drift: the five tables still seed" "$SEEDGEN" --db "$db" --table "$mine" --count 40 --seed 31
t_eq "drift: one warning for comments.resolved_by" 1 "$(grep -c "no column 'resolved_by'" <<<"$T_ERR")"
t_eq "drift: one warning for todo_tasks.completed_by" 1 "$(grep -c "no column 'completed_by'" <<<"$T_ERR")"
t_eq "drift: one warning for todo_tasks.position" 1 "$(grep -c "no column 'position'" <<<"$T_ERR")"
t_eq "drift: one warning for todo_lists.is_shared" 1 "$(grep -c "no column 'is_shared'" <<<"$T_ERR")"
t_eq "drift: four warnings in all" 4 "$(grep -c 'warning' <<<"$T_ERR")"
t_eq "drift: the added NOT NULL columns are filled" 0 "$(t_mysql "$db" "
	SELECT (SELECT COUNT(*) FROM todo_tasks WHERE extra_required = '')
	     + (SELECT COUNT(*) FROM comments WHERE extra_required = '')")"
t_eq "drift: 40 tasks, 40 comments" "40	40" "$(t_mysql "$db" 'SELECT (SELECT COUNT(*) FROM todo_tasks), (SELECT COUNT(*) FROM comments)')"
t_eq "drift: without is_shared every list has only its owner" 40 "$(t_mysql "$db" "
	SELECT COUNT(*) FROM todo_list_members m JOIN todo_lists l ON l.id = m.list_id
	WHERE m.role = 'owner' AND m.user_id = l.owner_id")"
t_eq "drift: 40 members" 40 "$(t_mysql "$db" 'SELECT COUNT(*) FROM todo_list_members')"
t_eq "drift: done <=> is_completed <=> completed_at" 0 "$(t_mysql "$db" "
	SELECT COUNT(*) FROM todo_tasks WHERE (status = 'done') <> (is_completed = 1)
	    OR (is_completed = 1) <> (completed_at IS NOT NULL)")"
t_eq "drift: is_resolved <=> resolved_at, resolved_at >= created_at" 0 "$(t_mysql "$db" "
	SELECT COUNT(*) FROM comments WHERE (is_resolved = 1) <> (resolved_at IS NOT NULL) OR resolved_at < created_at")"
t_mysql "$db" "ALTER TABLE users DROP COLUMN name" || t_bail "cannot drop users.name"
t_exit 0 "drift: comments seed without user names" "$SEEDGEN" --db "$db" --table comments,comment_mentions --count 10 --seed 32
t_match "drift: it says why nobody is mentioned" "'users' has no column 'name'" "$T_ERR"
t_eq "drift: no new @mention" 0 "$(t_mysql "$db" "
	SELECT COUNT(*) FROM (SELECT content FROM comments ORDER BY id DESC LIMIT 10) AS c WHERE content LIKE '%@%'")"

t_summary
