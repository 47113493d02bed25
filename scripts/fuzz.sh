#!/usr/bin/env bash
# fuzz.sh - run the libFuzzer targets for the URL parser and the config file
# for a bounded time each, one after the other. Not part of `make test` or CI.
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   SECONDS   time per target (-max_total_time), default 600
#   TARGET    url, config (default: both)
#
# Builds tests/fuzz/fuzz_<target>.c with clang (-fsanitize=fuzzer,address,
# undefined) against the project's sources (src/*.c and generators/*.c
# except src/main.c, compiled here, not the Makefile's gcc objects), in a
# temporary directory. Each target starts from a copy of its seed corpus
# tests/fuzz/corpus/<target>/ plus tests/fuzz/regressions/, with the
# dictionary tests/fuzz/<target>.dict, so the repository is never written.
# Prints, per target, the number of executions and libFuzzer's exit status;
# exits 0 when no target found anything. A crash, leak or failed invariant
# leaves its input in the kept work directory (printed); copy it into
# tests/fuzz/regressions/ once fixed, so that test_fuzz_regressions replays it.
#
# Environment: CLANG (default clang), FUZZ_KEEP=1 keeps the work directory
# even when nothing was found, FUZZ_ARGS adds libFuzzer options.

set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2

secs=600
case "${1:-}" in
-h | --help)
	sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
	exit 0
	;;
'' | *[!0-9]*) ;;
*)
	secs=$1
	shift
	;;
esac
if [ "$secs" -lt 1 ]; then
	echo "seedgen: fuzz.sh: SECONDS must be at least 1" >&2
	exit 2
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(url config)
for t in "${targets[@]}"; do
	if [ ! -f "tests/fuzz/fuzz_$t.c" ]; then
		echo "seedgen: fuzz.sh: unknown target '$t' (targets: url, config)" >&2
		exit 2
	fi
done

CLANG=${CLANG:-clang}

# clang and its libFuzzer runtime are not among the build dependencies
# (scripts/deps.sh): check for them here, and say the one line to run.
need_packages() {
	local ver=14
	if command -v "$CLANG" >/dev/null 2>&1; then
		ver=$("$CLANG" -dumpversion 2>/dev/null | cut -d. -f1)
	fi
	echo "seedgen: fuzz.sh: $1" >&2
	echo "seedgen: hint: sudo apt-get install -y clang libclang-rt-${ver:-14}-dev" >&2
	exit 2
}
command -v "$CLANG" >/dev/null 2>&1 || need_packages "clang not found"
command -v pkg-config >/dev/null 2>&1 || {
	echo "seedgen: fuzz.sh: pkg-config not found (run scripts/deps.sh)" >&2
	exit 2
}
if ! pkg_cflags=$(pkg-config --cflags libmariadb libpq libcjson 2>/dev/null) ||
	! pkg_libs=$(pkg-config --libs libmariadb libpq libcjson 2>/dev/null); then
	echo "seedgen: fuzz.sh: the build libraries are missing (run scripts/deps.sh)" >&2
	exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/seedgen-fuzz.XXXXXX")
keep=${FUZZ_KEEP:-0}
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
	if [ "$keep" = 1 ]; then
		echo "work directory kept: $work"
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT

printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' \
	>"$work/probe.c"
if ! "$CLANG" -fsanitize=fuzzer,address,undefined -o "$work/probe" "$work/probe.c" \
	>"$work/probe.log" 2>&1; then
	cat "$work/probe.log" >&2
	need_packages "clang cannot build a libFuzzer target (libFuzzer runtime missing?)"
fi

san=("-fsanitize=address,undefined" -fno-sanitize-recover=all -fno-omit-frame-pointer)
# shellcheck disable=SC2206 # pkg-config output is meant to split
cflags=(-g -O1 -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Iinclude $pkg_cflags)
# shellcheck disable=SC2206
libs=($pkg_libs -lm)

echo "building the fuzz targets with $("$CLANG" --version | head -1)"
objs=()
for src in src/*.c generators/*.c; do
	[ "$src" = src/main.c ] && continue
	[ -f "$src" ] || continue
	obj="$work/obj/${src%.c}.o"
	mkdir -p "$(dirname "$obj")"
	if ! "$CLANG" "${cflags[@]}" "${san[@]}" -fsanitize=fuzzer-no-link -c -o "$obj" "$src" \
		2>"$work/build.log"; then
		cat "$work/build.log" >&2
		echo "seedgen: fuzz.sh: cannot compile $src" >&2
		exit 2
	fi
	objs+=("$obj")
done
for t in "${targets[@]}"; do
	if ! "$CLANG" "${cflags[@]}" "${san[@]}" -fsanitize=fuzzer -o "$work/fuzz_$t" \
		"tests/fuzz/fuzz_$t.c" "${objs[@]}" "${libs[@]}" 2>"$work/build.log"; then
		cat "$work/build.log" >&2
		echo "seedgen: fuzz.sh: cannot build fuzz_$t" >&2
		exit 2
	fi
done

status=0
for t in "${targets[@]}"; do
	corpus=$work/corpus/$t
	arts=$work/artifacts/$t
	mkdir -p "$corpus" "$arts"
	cp tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
	# Every regression input seeds both targets: what broke one parser is
	# a good start for the other.
	find tests/fuzz/regressions -type f ! -name 'README*' -exec cp {} "$corpus"/ \; 2>/dev/null || true
	dict=()
	[ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
	echo "fuzz_$t: running for ${secs}s (log: $work/fuzz_$t.log)"
	# shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
	ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
		UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
		"$work/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$arts/" "${dict[@]}" ${FUZZ_ARGS:-} \
		"$corpus" >"$work/fuzz_$t.log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz_$t.log" | tail -1)
	if [ -z "$execs" ]; then
		# a crash ends the run before the final stats: take the last status line
		execs=$(grep -oE '^#[0-9]+' "$work/fuzz_$t.log" | tail -1 | tr -d '#')
	fi
	ncorpus=$(find "$corpus" -type f | wc -l)
	echo "fuzz_$t: ${execs:-?} executions in ${secs}s, corpus $ncorpus inputs, exit status $rc"
	if [ "$rc" -ne 0 ]; then
		status=1
		keep=1
		grep -E 'ERROR: |SUMMARY: |invariant failed|runtime error' "$work/fuzz_$t.log" | head -5
		for a in "$arts"/*; do
			[ -f "$a" ] && echo "fuzz_$t: input that failed: $a"
		done
	fi
done
exit "$status"
