#!/usr/bin/env bash
# Issue 3, acceptance 1: TERP's 233 tables in an empty MariaDB database,
# `seedgen --all --count 50 --seed 1` exits 0 and every table has rows;
# the database's own SQL then finds no orphan over any declared or inferred
# relation, no duplicate in any unique key, no enum value outside its
# definition and no NULL in a NOT NULL column.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../integrity.sh"

terp="$ROOT/../shared/schemas/terp/mysql.sql"
t_need_shared "$terp"
db=$(t_mysql_createdb sg_t30_terp) || t_bail "cannot create database"
t_mysql "$db" <"$terp" || t_bail "cannot load TERP"

t_exit 0 "seed --all --count 50 --seed 1" "$SEEDGEN" --db "$db" --all --count 50 --seed 1 -q
t_match "the summary names the seed" 'with seed 1 ' "$T_OUT"
t_integrity "TERP" mysql "$db"
t_eq "233 tables checked" 233 "$(grep -c '^rows|' <<<"$T_INTEGRITY_RESULTS")"
t_eq "407 declared relations checked" 407 "$(grep -c '^orphan|' <<<"$T_INTEGRITY_RESULTS")"
t_eq "inferred relations checked too" 1 "$(( $(grep -c '^orphan-inferred|' <<<"$T_INTEGRITY_RESULTS") >= 50 ))"
# The self-reference (accounts.parentAccountId, inferred) is filled after
# the table: some rows point at an earlier account, none at themselves.
t_eq "accounts: some rows have a parent account" 1 \
	"$(t_mysql "$db" 'SELECT COUNT(*) > 0 FROM accounts WHERE parentAccountId IS NOT NULL')"
t_eq "accounts: no account is its own parent" 0 \
	"$(t_mysql "$db" 'SELECT COUNT(*) FROM accounts WHERE parentAccountId = id')"

t_summary
