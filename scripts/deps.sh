#!/usr/bin/env bash
# deps.sh - make sure the Debian packages seedgen needs to build and test are
# installed.
#
# Usage: scripts/deps.sh [--unit] [-v]
#
# Default: everything `make test` needs (compiler, libraries, cmocka, the
# MariaDB and PostgreSQL servers and clients, jq). --unit: only what building
# and the unit tests need (`make unit`): no database server or client.
#
# Nothing missing: prints nothing (one line with -v) and exits 0, fast; this
# runs on every `make test`, so it never touches the network in that case.
# Something missing, as root: apt-get update once, then installs the missing
# packages without starting their services (the tests start their own
# throwaway servers with scripts/dbserver.sh).
# Something missing, not root: prints the missing packages and the one
# command to run on stderr, exits 2.
#
# SEEDGEN_SKIP_DEPS=1 skips the check entirely (non-Debian machines that have
# the libraries and servers by other means).

set -euo pipefail

UNIT_PACKAGES=(
	build-essential pkg-config
	libmariadb-dev libpq-dev libcjson-dev libcmocka-dev
)
TEST_PACKAGES=(
	mariadb-server mariadb-client
	postgresql postgresql-client
	jq
	time
)

verbose=0
unit=0
for arg in "$@"; do
	case "$arg" in
	-v | --verbose) verbose=1 ;;
	--unit) unit=1 ;;
	-h | --help)
		sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "seedgen: deps.sh: unknown option '$arg' (usage: scripts/deps.sh [--unit] [-v])" >&2
		exit 2
		;;
	esac
done
PACKAGES=("${UNIT_PACKAGES[@]}")
[ "$unit" = 1 ] || PACKAGES+=("${TEST_PACKAGES[@]}")

if [ "${SEEDGEN_SKIP_DEPS:-0}" = 1 ]; then
	[ "$verbose" = 1 ] && echo "seedgen: dependency check skipped (SEEDGEN_SKIP_DEPS=1)" >&2
	exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "seedgen: error: cannot check packages: dpkg-query not found (Debian or Ubuntu expected)" >&2
	echo "seedgen: hint: install the equivalents of: ${PACKAGES[*]}; then set SEEDGEN_SKIP_DEPS=1" >&2
	exit 2
fi

# Prints the packages of "$@" that are not fully installed, one per line.
missing_of() {
	local installed
	# One dpkg-query for all packages keeps the common case fast. Unknown
	# packages make it exit 1 and print nothing for them: they are missing.
	# shellcheck disable=SC2016 # ${Package} is dpkg-query's format, not ours
	installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null |
		awk '$NF == "installed" && $(NF-1) == "ok" { print $1 }' || true)
	local p
	for p in "$@"; do
		grep -qxF -- "$p" <<<"$installed" || echo "$p"
	done
}

mapfile -t missing < <(missing_of "${PACKAGES[@]}")

if [ "${#missing[@]}" -eq 0 ]; then
	[ "$verbose" = 1 ] && echo "seedgen: all ${#PACKAGES[@]} required packages are installed" >&2
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "seedgen: missing packages: ${missing[*]}" >&2
	echo "sudo apt-get install -y ${missing[*]}" >&2
	exit 2
fi

if pgrep -x apt-get >/dev/null 2>&1 || pgrep -x apt >/dev/null 2>&1; then
	echo "seedgen: another apt is running; waiting for it to finish (up to 10 min)" >&2
	for _ in $(seq 600); do
		pgrep -x apt-get >/dev/null 2>&1 || pgrep -x apt >/dev/null 2>&1 || break
		sleep 1
	done
fi

echo "seedgen: installing missing packages: ${missing[*]}" >&2

# Keep the packages' maintainer scripts from starting the system MariaDB and
# PostgreSQL services (invoke-rc.d asks policy-rc.d; 101 = action forbidden).
# An existing policy (containers often have one) is left as it is.
policy=/usr/sbin/policy-rc.d
made_policy=0
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
	if [ "$made_policy" = 1 ]; then rm -f "$policy"; fi
}
trap cleanup EXIT
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\n# temporary, from seedgen scripts/deps.sh\nexit 101\n' >"$policy"
	chmod 755 "$policy"
	made_policy=1
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-get -o DPkg::Lock::Timeout=600 update -q >&2; then
	echo "seedgen: error: 'apt-get update' failed" >&2
	exit 2
fi
if ! apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" >&2; then
	echo "seedgen: error: cannot install: ${missing[*]}" >&2
	exit 2
fi

mapfile -t still < <(missing_of "${PACKAGES[@]}")
if [ "${#still[@]}" -ne 0 ]; then
	echo "seedgen: error: still missing after install: ${still[*]}" >&2
	exit 2
fi
echo "seedgen: installed: ${missing[*]}" >&2
exit 0
