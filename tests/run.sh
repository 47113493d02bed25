#!/usr/bin/env bash
# Runs every test: the cmocka unit tests, then the integration tests
# (tests/integration/NN_*.sh) against throwaway MariaDB and PostgreSQL
# servers that it starts with scripts/dbserver.sh and stops at the end,
# unless they were already running. Ends with one line "N passed, N failed".
#
#   tests/run.sh                 everything
#   tests/run.sh --unit-only     unit tests only, no servers
#   TESTS=20_ tests/run.sh       only integration tests whose file name contains 20_
#
# Environment: SEEDGEN (binary, default ./seedgen), UNIT_DIR (default build/tests).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
export ROOT
export SEEDGEN=${SEEDGEN:-$ROOT/seedgen}
UNIT_DIR=${UNIT_DIR:-build/tests}
unit_only=0
[ "${1:-}" = "--unit-only" ] && unit_only=1

passed=0
failed=0
failed_names=()

for t in "$UNIT_DIR"/test_*; do
	[ -x "$t" ] || continue
	out=$("$t" 2>&1)
	rc=$?
	printf '%s\n' "$out"
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' <<<"$out" | tail -1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' <<<"$out" | tail -1)
	passed=$((passed + ${p:-0}))
	failed=$((failed + ${f:-0}))
	if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then
		# A crash or sanitizer abort before cmocka could count.
		failed=$((failed + 1))
	fi
	[ "$rc" -ne 0 ] && failed_names+=("$(basename "$t")")
done

if [ "$unit_only" -eq 0 ]; then
	started=0
	if ! scripts/dbserver.sh status >/dev/null 2>&1; then
		started=1
		trap 'scripts/dbserver.sh stop >/dev/null 2>&1 || true' EXIT
	fi
	if ! env_lines=$(scripts/dbserver.sh start); then
		echo "tests/run.sh: cannot start the test database servers" >&2
		echo "0 passed, 1 failed"
		exit 1
	fi
	eval "$env_lines"
	export SEEDGEN_MYSQL_URL SEEDGEN_PG_URL SEEDGEN_MYSQL_PORT SEEDGEN_PG_PORT
	[ "$started" -eq 0 ] && echo "tests/run.sh: using the database servers already running" >&2

	tally=$(mktemp)
	skips=$(mktemp)
	export SEEDGEN_TEST_TALLY=$tally SEEDGEN_TEST_SKIPS=$skips
	for t in tests/integration/[0-9]*.sh; do
		[ -f "$t" ] || continue
		case "$t" in *"${TESTS:-}"*) ;; *) continue ;; esac
		echo "== $t"
		before=$(wc -l <"$tally")
		start_s=$(date +%s)
		# From a scratch directory, so that the run reports seedgen leaves
		# in the current directory do not land in the checkout.
		scratch=$(mktemp -d)
		(cd "$scratch" && bash "$ROOT/$t")
		rc=$?
		rm -rf "$scratch"
		after=$(wc -l <"$tally")
		echo "== $t: exit $rc, $(( $(date +%s) - start_s ))s"
		if [ "$rc" -ne 0 ]; then
			failed_names+=("$t")
			# A script that died before its summary still counts as a failure.
			[ "$after" -eq "$before" ] && echo "0 1" >>"$tally"
		fi
	done
	while read -r p f; do
		passed=$((passed + p))
		failed=$((failed + f))
	done <"$tally"
	rm -f "$tally"
	if [ -s "$skips" ]; then
		echo "skipped ($(wc -l <"$skips")):"
		sed 's/^/  /' "$skips"
	fi
	rm -f "$skips"
fi

if [ "${#failed_names[@]}" -gt 0 ]; then
	echo "failing: ${failed_names[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
