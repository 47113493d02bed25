#!/usr/bin/env bash
# The command table: every command that `seedgen --help` lists has a help
# (`seedgen CMD --help` = `seedgen help CMD`), and every option that help
# names is one the parser takes. Table selection for --all on both
# servers: --exclude, migration bookkeeping tables skipped unless named
# with --table, the dry-run and the run summary saying what was skipped
# and why. --sample --format json prints JSON.
. "$(dirname "$0")/../lib.sh"

# --- help, from the same arrays as the parser ---------------------------------
t_exit 0 "--help" "$SEEDGEN" --help
usage=$T_OUT
cmds=$(sed -nE 's/^  ([a-z][a-z-]+)  .*/\1/p' <<<"$usage")
t_eq "--help lists the commands (11 or more)" 1 "$(( $(wc -w <<<"$cmds") >= 11 ))"
t_match "--help lists reseed" "^reseed$" "$cmds"
for c in $cmds; do
	t_exit 0 "$c --help" "$SEEDGEN" "$c" --help || continue
	help=$T_OUT
	t_match "$c --help: usage line" "^usage: seedgen $c " "$help"
	t_exit 0 "help $c" "$SEEDGEN" help "$c"
	t_eq "help $c = $c --help" "$help" "$T_OUT"
	# Every option line: "  -x, --name ARG  text" or "  --name  text".
	while read -r opt arg; do
		[ "$opt" = --help ] && continue
		argv=("$opt")
		[[ $arg =~ ^[A-Z] ]] && argv+=(x)
		env -u DATABASE_URL -u SEEDGEN_CONFIG "$SEEDGEN" "$c" "${argv[@]}" --db 'nosuch:' \
			>/dev/null 2>"$T_TMP/err" </dev/null
		t_nomatch "$c takes $opt (its help names it)" "unknown option" "$(cat "$T_TMP/err")"
	done < <(sed -nE 's/^  (-[a-z], )?(--[a-z-]+)( ([A-Z][A-Z,.]*))?.*/\2 \4/p' <<<"$help")
done
t_exit 0 "reseed --help" "$SEEDGEN" reseed --help
t_match "reseed --help names --allow-production" '^  --allow-production ' "$T_OUT"
t_match "reseed --help names --env" '^  --env NAME ' "$T_OUT"
t_exit 0 "seed --help" "$SEEDGEN" seed --help
t_match "seed --help names --exclude" '^  --exclude T,\.\.\. ' "$T_OUT"
t_exit 0 "default command's help" "$SEEDGEN" --table x --help
t_match "is seed's" '^usage: seedgen seed ' "$T_OUT"
t_exit 2 "help for an unknown command" "$SEEDGEN" help frobnicate
t_match "names it" "unknown command 'frobnicate'" "$T_ERR"

# --- --all: --exclude and migration bookkeeping tables ---------------------------
my=$(t_mysql_createdb sg_t15_cmds) || t_bail "cannot create MariaDB database"
pg=$(t_pg_createdb sg_t15_cmds) || t_bail "cannot create PostgreSQL database"
t_defer t_pg_dropdb sg_t15_cmds
ddl="
CREATE TABLE users (id int PRIMARY KEY, name varchar(40) NOT NULL);
CREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users (id),
  title varchar(80) NOT NULL);
CREATE TABLE audit_log (id int PRIMARY KEY, note varchar(40));
CREATE TABLE schema_migrations (version varchar(40) PRIMARY KEY);
CREATE TABLE ar_internal_metadata (\"key\" varchar(40) PRIMARY KEY, value varchar(40));
CREATE TABLE __drizzle_migrations (id int PRIMARY KEY, hash text NOT NULL);
CREATE TABLE knex_migrations (id int PRIMARY KEY, name varchar(255));
CREATE TABLE knex_migrations_lock (\"index\" int PRIMARY KEY, is_locked int);
CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, script varchar(1000) NOT NULL);
CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);
CREATE TABLE goose_db_version (id int PRIMARY KEY, version_id bigint NOT NULL);
"
t_mysql "$my" "SET sql_mode = 'ANSI_QUOTES'; $ddl" || t_bail "cannot create the MariaDB schema"
t_pg "$pg" "$ddl" >/dev/null || t_bail "cannot create the PostgreSQL schema"
migrations="__drizzle_migrations alembic_version ar_internal_metadata flyway_schema_history goose_db_version knex_migrations knex_migrations_lock schema_migrations"

for url in "$my" "$pg"; do
	d=${url%%:*}
	t_exit 0 "$d: --all --dry-run" "$SEEDGEN" --db "$url" --all --count 3 --seed 1 --dry-run
	t_match "$d: plans users" '^users: 0 now \+ 3 planned' "$T_OUT"
	for m in $migrations; do
		t_match "$d: dry-run skips $m, saying why" \
			"^skipped: $m \(migration bookkeeping table; name it with --table to seed it\)" "$T_OUT"
		t_nomatch "$d: $m is not planned" "^$m: " "$T_OUT"
	done
	t_exit 0 "$d: --all --exclude --dry-run json" "$SEEDGEN" --db "$url" --all --count 3 --seed 1 \
		--dry-run --exclude audit_log --format json
	t_eq "$d: json plan: 2 tables" "posts users" "$(jq -r '[.tables[].name] | sort | join(" ")' <<<"$T_OUT")"
	t_eq "$d: json plan: 9 skipped" 9 "$(jq '.skipped | length' <<<"$T_OUT")"
	t_eq "$d: json plan: audit_log excluded" "excluded on the command line" \
		"$(jq -r '.skipped[] | select(.name == "audit_log") | .reason' <<<"$T_OUT")"
	t_exit 2 "$d: unknown --exclude" "$SEEDGEN" --db "$url" --all --exclude audit_lgo --dry-run
	t_match "$d: unknown --exclude named" "unknown table 'audit_lgo' in --exclude" "$T_ERR"
	t_match "$d: with a suggestion" "did you mean 'audit_log'" "$T_ERR"

	t_exit 0 "$d: --all --exclude seeds" "$SEEDGEN" --db "$url" --all --count 3 --seed 2 \
		--exclude audit_log --report "$T_TMP/$d-all.json"
	t_match "$d: summary names a skipped migration table" \
		'^  skipped schema_migrations: migration bookkeeping table' "$T_OUT"
	t_match "$d: summary names the excluded table" '^  skipped audit_log: excluded on the command line' \
		"$T_OUT"
	if [ "$d" = mysql ]; then q() { t_mysql "$my" "$1"; }; else q() { t_pg "$pg" "$1"; }; fi
	t_eq "$d: users and posts seeded, the rest untouched" "3 3 0 0 0" \
		"$(q "SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM posts),
			(SELECT COUNT(*) FROM audit_log), (SELECT COUNT(*) FROM schema_migrations),
			(SELECT COUNT(*) FROM goose_db_version)" | tr -s '\t|' ' ')"
	t_exit 0 "$d: --all --format json summary" "$SEEDGEN" --db "$url" --all --count 1 --seed 3 \
		--format json --report "$T_TMP/$d-all2.json"
	t_eq "$d: json summary lists 8 skipped" 8 "$(jq '.skipped | length' <<<"$T_OUT")"
	t_exit 0 "$d: a migration table named with --table is seeded" "$SEEDGEN" --db "$url" \
		--table schema_migrations --count 2 --seed 4 --report "$T_TMP/$d-mig.json"
	t_eq "$d: schema_migrations has 2 rows" 2 "$(q "SELECT COUNT(*) FROM schema_migrations")"
	t_exit 0 "$d: reseed --all --dry-run" "$SEEDGEN" reseed --db "$url" --all --count 1 --seed 5 \
		--dry-run
	t_match "$d: reseed leaves migration tables untouched" \
		'^  schema_migrations: untouched \(migration bookkeeping' "$T_OUT"

	# --sample --format json
	t_exit 0 "$d: --sample --format json" "$SEEDGEN" --db "$url" --table users,posts --sample 2 \
		--seed 6 --format json
	t_eq "$d: sample JSON: tables and rows" "users:2 posts:2" \
		"$(jq -r '[.tables[] | "\(.name):\(.rows | length)"] | join(" ")' <<<"$T_OUT")"
	t_eq "$d: sample JSON: columns of a row" "id name" \
		"$(jq -r '.tables[0].rows[0] | keys | join(" ")' <<<"$T_OUT")"
	t_eq "$d: sample JSON: seed" 6 "$(jq -r '.seed_text' <<<"$T_OUT")"
done
t_summary
