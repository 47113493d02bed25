# tests/lib.sh - small harness for seedgen's integration tests (bash).
# shellcheck shell=bash
#
# Source it from a test script, run checks, end with t_summary:
#
#   #!/usr/bin/env bash
#   . "$(dirname "$0")/../lib.sh"
#   db=$(t_pg_createdb sg_t10_seed) || t_bail "cannot create database"
#   t_ok   "seed runs"        "$SEEDGEN" seed --db "$db"
#   t_eq   "row count"        100 "$(t_pg "$db" 'select count(*) from todos')"
#   t_exit 2 "bad flag"       "$SEEDGEN" --no-such-flag
#   t_match "says why"        'unknown option' "$T_ERR"
#   t_summary
#
# Checks (each prints "ok: NAME" on stdout, or "FAIL: NAME" with details on
# stderr; each returns 0 on pass and 1 on failure):
#   t_ok NAME CMD...            CMD exits 0
#   t_exit CODE NAME CMD...     CMD exits with status CODE
#   t_eq NAME EXPECTED ACTUAL   the two strings are equal
#   t_match NAME REGEX STRING   grep -E REGEX matches (a line of) STRING
#   t_nomatch NAME REGEX STRING it does not
#   t_skip NAME REASON          prints "skip: NAME (REASON)"; not counted
#   t_need_shared FILE...       the test needs these fixtures of ../shared
#                               (outside the repository). One missing: prints
#                               "SKIP: TEST (../shared/... not found)" and
#                               ends the test (exit 0); with CI=true it is a
#                               failure instead (t_bail). Call it before any
#                               other check.
#   t_summary                   prints the final line "N passed, N failed";
#                               returns 1 if any failed. With
#                               SEEDGEN_TEST_TALLY set, also appends the line
#                               "PASSED FAILED" to that file.
#   (skips are also appended to $SEEDGEN_TEST_SKIPS when set, so that
#   tests/run.sh can list them at the end)
#   t_bail MESSAGE              counts a failure, then t_summary and exit 1
# t_ok and t_exit run CMD with stdout and stderr captured; afterwards T_RC,
# T_OUT and T_ERR hold its exit status, stdout and stderr.
#
# Databases (URLs from the servers of scripts/dbserver.sh):
#   t_mysql_createdb NAME / t_pg_createdb NAME
#       drop NAME if it exists, create it, print its URL
#   t_mysql_dropdb NAME / t_pg_dropdb NAME
#   t_mysql URL [SQL] / t_pg URL [SQL]
#       run SQL (or stdin when SQL is omitted) against the database of URL;
#       print result rows tab-separated, without headers. MariaDB prints
#       NULL as "NULL", psql as an empty field.
#   t_defer CMD...   run CMD when the test script exits (cleanup)
#
# Variables: ROOT (repo root), SEEDGEN (the binary, default $ROOT/seedgen),
# SEEDGEN_MYSQL_URL and SEEDGEN_PG_URL (taken from `scripts/dbserver.sh env`
# when not set, so a test can be run by hand), T_TMP (a scratch dir removed
# at exit).
#
# Do not `set -e` in test scripts: a failed check returns 1 and must not end
# the script before t_summary. A script that ends without t_summary is
# reported as a failure (and tallied as one) by lib.sh's EXIT trap. Use
# t_defer and T_TMP rather than a trap of your own on EXIT: such a trap
# replaces lib.sh's (t_summary then cleans up, but an early end goes
# unreported by lib.sh).

T_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=${ROOT:-$(cd "$T_LIB_DIR/.." && pwd)}
SEEDGEN=${SEEDGEN:-$ROOT/seedgen}
T_PASS=0
T_FAIL=0
T_RC=0
T_OUT=
T_ERR=
T_NAME=$(basename "$0")
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/seedgen-test.XXXXXX")
_T_SUMMARY_DONE=0
_T_DEFERRED=()

if [ -z "${SEEDGEN_MYSQL_URL:-}" ] || [ -z "${SEEDGEN_PG_URL:-}" ]; then
	if _t_env=$("$ROOT/scripts/dbserver.sh" env 2>/dev/null); then
		eval "$_t_env"
	fi
	unset _t_env
fi

# ---------------------------------------------------------------- internals

# Runs the deferred commands (last first) and removes T_TMP, once.
_t_cleanup() {
	local i
	for ((i = ${#_T_DEFERRED[@]} - 1; i >= 0; i--)); do
		eval "${_T_DEFERRED[i]}" >/dev/null 2>&1 || true
	done
	_T_DEFERRED=()
	rm -rf "$T_TMP"
}

_t_exit_trap() {
	local rc=$?
	_t_cleanup
	if [ "$_T_SUMMARY_DONE" = 0 ]; then
		echo "FAIL: $T_NAME ended before t_summary (exit status $rc)" >&2
		T_FAIL=$((T_FAIL + 1))
		echo "$T_PASS passed, $T_FAIL failed"
		if [ -n "${SEEDGEN_TEST_TALLY:-}" ]; then
			echo "$T_PASS $T_FAIL" >>"$SEEDGEN_TEST_TALLY"
		fi
		[ "$rc" -ne 0 ] || exit 1
	fi
}
trap _t_exit_trap EXIT

_t_pass() {
	T_PASS=$((T_PASS + 1))
	echo "ok: $1"
}

# _t_fail NAME [LINE...]: counts a failure, prints NAME and detail lines.
_t_fail() {
	T_FAIL=$((T_FAIL + 1))
	{
		echo "FAIL: $1"
		shift
		local l
		for l in "$@"; do echo "  $l"; done
	} >&2
}

# Indents text for failure details; long text is cut to its last 20 lines.
_t_block() {
	local n
	n=$(printf '%s\n' "$1" | wc -l)
	if [ "$n" -gt 20 ]; then
		echo "    ... ($((n - 20)) lines cut)"
		printf '%s\n' "$1" | tail -n 20 | sed 's/^/    /'
	else
		printf '%s\n' "$1" | sed 's/^/    /'
	fi
}

_t_quote() {
	local out='' a
	for a in "$@"; do out+="$(printf '%q' "$a") "; done
	echo "${out% }"
}

# Runs "$@", capturing stdout/stderr into T_OUT/T_ERR and the status in T_RC.
# Its own temp files, removed at once: nothing leaks even when a test
# replaced lib.sh's EXIT trap.
_t_run() {
	local o e
	o=$(mktemp "${TMPDIR:-/tmp}/seedgen-out.XXXXXX")
	e=$(mktemp "${TMPDIR:-/tmp}/seedgen-err.XXXXXX")
	if "$@" >"$o" 2>"$e"; then T_RC=0; else T_RC=$?; fi
	T_OUT=$(cat "$o")
	T_ERR=$(cat "$e")
	rm -f "$o" "$e"
}

_t_cmd_failed() {
	local name=$1 want=$2
	shift 2
	_t_fail "$name" "command:  $(_t_quote "$@")" \
		"expected: exit status $want" "actual:   exit status $T_RC"
	if [ -n "$T_ERR" ]; then
		echo "  stderr:" >&2
		_t_block "$T_ERR" >&2
	fi
	if [ -n "$T_OUT" ]; then
		echo "  stdout:" >&2
		_t_block "$T_OUT" >&2
	fi
}

# ---------------------------------------------------------------- checks

t_ok() {
	local name=$1
	shift
	_t_run "$@"
	if [ "$T_RC" -eq 0 ]; then
		_t_pass "$name"
		return 0
	fi
	_t_cmd_failed "$name" 0 "$@"
	return 1
}

t_exit() {
	local code=$1 name=$2
	shift 2
	_t_run "$@"
	if [ "$T_RC" -eq "$code" ]; then
		_t_pass "$name"
		return 0
	fi
	_t_cmd_failed "$name" "$code" "$@"
	return 1
}

t_eq() {
	if [ "$2" == "$3" ]; then
		_t_pass "$1"
		return 0
	fi
	_t_fail "$1" "expected:"
	_t_block "$2" >&2
	echo "  actual:" >&2
	_t_block "$3" >&2
	return 1
}

t_match() {
	if grep -qE -- "$2" <<<"$3"; then
		_t_pass "$1"
		return 0
	fi
	_t_fail "$1" "expected to match: $2" "actual:"
	_t_block "$3" >&2
	return 1
}

t_nomatch() {
	if ! grep -qE -- "$2" <<<"$3"; then
		_t_pass "$1"
		return 0
	fi
	_t_fail "$1" "expected not to match: $2" "actual:"
	_t_block "$3" >&2
	return 1
}

t_skip() {
	echo "skip: $1${2:+ ($2)}"
	[ -z "${SEEDGEN_TEST_SKIPS:-}" ] || echo "$T_NAME: $1${2:+ ($2)}" >>"$SEEDGEN_TEST_SKIPS"
}

t_need_shared() {
	local f rel
	for f in "$@"; do
		[ -r "$f" ] && continue
		rel=${f#"$ROOT"/}
		if [ "${CI:-}" = true ]; then
			t_bail "fixture $rel not found (CI=true: the ../shared fixtures are required)"
		fi
		echo "SKIP: $T_NAME ($rel not found)"
		[ -z "${SEEDGEN_TEST_SKIPS:-}" ] || echo "$T_NAME: whole test ($rel not found)" >>"$SEEDGEN_TEST_SKIPS"
		t_summary
		exit 0
	done
}

t_summary() {
	_T_SUMMARY_DONE=1
	# A test that set its own EXIT trap replaced ours: clean up now.
	case $(trap -p EXIT) in
	*_t_exit_trap*) ;;
	*) _t_cleanup ;;
	esac
	echo "$T_PASS passed, $T_FAIL failed"
	if [ -n "${SEEDGEN_TEST_TALLY:-}" ]; then
		echo "$T_PASS $T_FAIL" >>"$SEEDGEN_TEST_TALLY"
	fi
	[ "$T_FAIL" -eq 0 ]
}

t_bail() {
	_t_fail "${T_NAME}: $*"
	t_summary
	exit 1
}

t_defer() {
	_T_DEFERRED+=("$(_t_quote "$@")")
}

# ---------------------------------------------------------------- databases

_t_mysql_bin() {
	if command -v mariadb >/dev/null 2>&1; then echo mariadb; else echo mysql; fi
}

# Splits a mysql:// URL into _T_U _T_P _T_H _T_PORT _T_DB.
_t_mysql_parse() {
	local re='^(mysql|mariadb)://([^:@/]*)(:([^@/]*))?@([^:/?]+)(:([0-9]+))?(/([^?]*))?'
	if ! [[ $1 =~ $re ]]; then
		echo "t_mysql: not a mysql:// URL: '$1'" >&2
		return 2
	fi
	_T_U=${BASH_REMATCH[2]}
	_T_P=${BASH_REMATCH[4]}
	_T_H=${BASH_REMATCH[5]}
	_T_PORT=${BASH_REMATCH[7]:-3306}
	_T_DB=${BASH_REMATCH[9]}
}

t_mysql() {
	local url=$1
	shift
	_t_mysql_parse "$url" || return 2
	local args=(--no-defaults --protocol=TCP -h "$_T_H" -P "$_T_PORT"
		-u "$_T_U" --password="$_T_P" -N -B -r --local-infile=1
		--default-character-set=utf8mb4 --connect-timeout=10)
	[ -n "$_T_DB" ] && args+=(-D "$_T_DB")
	if [ $# -gt 0 ]; then
		"$(_t_mysql_bin)" "${args[@]}" -e "$1"
	else
		"$(_t_mysql_bin)" "${args[@]}"
	fi
}

t_pg() {
	local url=$1
	shift
	local args=(-X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 -d "$url")
	if [ $# -gt 0 ]; then
		PGCONNECT_TIMEOUT=10 psql "${args[@]}" -c "$1"
	else
		PGCONNECT_TIMEOUT=10 psql "${args[@]}" -f -
	fi
}

_t_dbname_ok() {
	if ! [[ $1 =~ ^[A-Za-z0-9_]{1,63}$ ]]; then
		echo "t_*db: bad database name '$1' (letters, digits, _)" >&2
		return 2
	fi
}

_t_need_url() {
	if [ -z "${!1:-}" ]; then
		echo "$1 is not set (start the servers: scripts/dbserver.sh start)" >&2
		return 2
	fi
}

t_mysql_createdb() {
	_t_dbname_ok "$1" && _t_need_url SEEDGEN_MYSQL_URL || return 2
	t_mysql "$SEEDGEN_MYSQL_URL" "DROP DATABASE IF EXISTS \`$1\`;
		CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" || return 1
	_t_mysql_parse "$SEEDGEN_MYSQL_URL" || return 2
	echo "mysql://$_T_U${_T_P:+:$_T_P}@$_T_H:$_T_PORT/$1"
}

t_mysql_dropdb() {
	_t_dbname_ok "$1" && _t_need_url SEEDGEN_MYSQL_URL || return 2
	t_mysql "$SEEDGEN_MYSQL_URL" "DROP DATABASE IF EXISTS \`$1\`"
}

t_pg_createdb() {
	_t_dbname_ok "$1" && _t_need_url SEEDGEN_PG_URL || return 2
	# Two -c: CREATE DATABASE cannot run inside the implicit transaction of
	# a multi-statement string.
	PGCONNECT_TIMEOUT=10 PGOPTIONS='-c client_min_messages=warning' \
		psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$SEEDGEN_PG_URL" \
		-c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" \
		-c "CREATE DATABASE \"$1\" ENCODING 'UTF8' TEMPLATE template0" || return 1
	local re='^(postgres(ql)?://[^/?]*)(/[^?]*)?(\?.*)?$'
	[[ $SEEDGEN_PG_URL =~ $re ]] || return 2
	echo "${BASH_REMATCH[1]}/$1${BASH_REMATCH[4]}"
}

t_pg_dropdb() {
	_t_dbname_ok "$1" && _t_need_url SEEDGEN_PG_URL || return 2
	t_pg "$SEEDGEN_PG_URL" "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)"
}
