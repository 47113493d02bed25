#!/usr/bin/env bash
# dbserver.sh - throwaway MariaDB and PostgreSQL servers for tests and demos.
#
# Usage: scripts/dbserver.sh start|stop|status|env
#
#   start   initialise (first time) and start both servers on free ports of
#           127.0.0.1; prints the connection variables on stdout. When they
#           already run, just prints the variables again.
#   stop    stop both servers (no-op when not running), then remove the state
#           dir unless SEEDGEN_DB_KEEP=1.
#   status  one line per server on stdout; exit 0 if both run, 1 otherwise.
#   env     prints the connection variables again (exit 1 if not running), so
#           callers can: eval "$(scripts/dbserver.sh env)"
#
# Printed variables (plain assignments, then one `export` line naming them):
#   SEEDGEN_MYSQL_URL=mysql://seedgen:seedgen@127.0.0.1:PORT/
#   SEEDGEN_MYSQL_PORT=PORT
#   SEEDGEN_PG_URL=postgresql://seedgen:seedgen@127.0.0.1:PORT/postgres
#   SEEDGEN_PG_PORT=PORT
#
# Environment:
#   SEEDGEN_DB_DIR     state dir (data, sockets, logs, pid and port files);
#                      default ${TMPDIR:-/tmp}/seedgen-db-<uid>
#   SEEDGEN_DB_KEEP=1  `stop` keeps the state dir (next `start` reuses it)
#   SEEDGEN_PG_BINDIR  PostgreSQL server bin dir; default: the newest
#                      /usr/lib/postgresql/*/bin, else pg_config --bindir
#
# Both servers listen on 127.0.0.1 only. The account seedgen/seedgen has all
# privileges on MariaDB (as 'seedgen'@'127.0.0.1' and 'seedgen'@'localhost')
# and is the superuser of PostgreSQL (scram-sha-256). Run as root, the
# servers run as the `mysql` and `postgres` system users (PostgreSQL refuses
# root); run as another user, they run as that user.
#
# Progress goes to stderr. On a start failure the tail of the failing
# server's log goes to stderr and the exit status is 3; usage errors exit 2.

set -euo pipefail

# Connection settings of the callers must not steer our own clients.
unset PGHOST PGHOSTADDR PGPORT PGDATA PGUSER PGDATABASE PGPASSWORD PGSERVICE \
	PGOPTIONS PGSSLMODE PGPASSFILE MYSQL_HOST MYSQL_TCP_PORT MYSQL_UNIX_PORT \
	MYSQL_PWD 2>/dev/null || true

PROG=seedgen-db
WAIT_SECS=30

STATE=${SEEDGEN_DB_DIR:-${TMPDIR:-/tmp}/seedgen-db-$(id -u)}
case $STATE in
/*) ;;
*) STATE=$PWD/$STATE ;;
esac
STATE=${STATE%/}

MY_DIR=$STATE/mysql
MY_DATA=$MY_DIR/data
MY_RUN=$MY_DIR/run
MY_TMP=$MY_DIR/tmp
MY_SOCK=$MY_RUN/mysqld.sock
MY_PIDF=$MY_RUN/mariadbd.pid
MY_LOG=$MY_DIR/mariadbd.log
MY_PORTF=$STATE/mysql.port
MY_READY=$MY_DIR/.initialized

PG_DIR=$STATE/pg
PG_DATA=$PG_DIR/data
PG_RUN=$PG_DIR/run
PG_LOG=$PG_DIR/postgres.log
PG_PORTF=$STATE/pg.port
PG_READY=$PG_DIR/.initialized

IS_ROOT=0
[ "$(id -u)" -eq 0 ] && IS_ROOT=1
ME=$(id -un)

log() { echo "$PROG: $*" >&2; }
die() {
	local code=$1
	shift
	echo "$PROG: error: $*" >&2
	exit "$code"
}

# Prints the last 20 lines of log file $1 (if any) to stderr.
show_log() {
	if [ -s "$1" ]; then
		echo "$PROG: last lines of $1:" >&2
		tail -n 20 "$1" | sed 's/^/    /' >&2
	else
		echo "$PROG: (log $1 is empty or missing)" >&2
	fi
}

# ---------------------------------------------------------------- binaries

# Finds the first of the given program names on PATH or in the sbin dirs
# (mariadbd lives in /usr/sbin, which a normal user's PATH often lacks).
find_prog() {
	local n d
	for n in "$@"; do
		if command -v "$n" >/dev/null 2>&1; then
			command -v "$n"
			return 0
		fi
		for d in /usr/sbin /usr/local/sbin /usr/libexec /usr/local/bin /usr/bin; do
			if [ -x "$d/$n" ]; then
				echo "$d/$n"
				return 0
			fi
		done
	done
	return 1
}

need_mysql_bins() {
	MYSQLD=$(find_prog mariadbd mysqld) ||
		die 3 "MariaDB server (mariadbd) not found; run scripts/deps.sh"
	MY_INSTALL=$(find_prog mariadb-install-db mysql_install_db) ||
		die 3 "mariadb-install-db not found; run scripts/deps.sh"
	MYCLI=$(find_prog mariadb mysql) ||
		die 3 "MariaDB client (mariadb) not found; run scripts/deps.sh"
	MYADMIN=$(find_prog mariadb-admin mysqladmin) ||
		die 3 "mariadb-admin not found; run scripts/deps.sh"
}

need_pg_bins() {
	local d=${SEEDGEN_PG_BINDIR:-}
	if [ -z "$d" ]; then
		# Newest installed server version; no version is hard-coded.
		d=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d \
			2>/dev/null | sort -V | while read -r b; do
			[ -x "$b/initdb" ] && echo "$b"
		done | tail -n 1)
	fi
	if [ -z "$d" ] && command -v pg_config >/dev/null 2>&1; then
		d=$(pg_config --bindir 2>/dev/null || true)
		[ -x "$d/initdb" ] || d=
	fi
	if [ -z "$d" ] && command -v initdb >/dev/null 2>&1; then
		d=$(dirname "$(command -v initdb)")
	fi
	if [ -z "$d" ] || [ ! -x "$d/initdb" ] || [ ! -x "$d/pg_ctl" ]; then
		die 3 "PostgreSQL server binaries (initdb, pg_ctl) not found; run scripts/deps.sh"
	fi
	PG_BIN=$d
	if [ -x "$d/psql" ]; then
		PSQL=$d/psql
	else
		PSQL=$(find_prog psql) || die 3 "psql not found; run scripts/deps.sh"
	fi
}

# ---------------------------------------------------------------- users

# As root: the system user a server runs as ($1 preferred, else `seedgen`,
# created on demand).
svc_user() {
	if id -u "$1" >/dev/null 2>&1; then
		echo "$1"
		return
	fi
	if ! id -u seedgen >/dev/null 2>&1; then
		useradd --system --user-group --no-create-home --home-dir /nonexistent \
			--shell /usr/sbin/nologin seedgen >&2 ||
			die 3 "cannot create system user 'seedgen'"
	fi
	echo seedgen
}

# Runs "$@" as user $1 when we are root, as ourselves otherwise.
as_user() {
	local u=$1
	shift
	if [ "$IS_ROOT" = 1 ] && [ "$u" != root ]; then
		if command -v runuser >/dev/null 2>&1; then
			(cd / && runuser -u "$u" -- "$@")
		else
			(cd / && su -s /bin/sh "$u" -c "$(printf '%q ' "$@")")
		fi
	else
		"$@"
	fi
}

MY_USER=$ME
PG_USER=$ME
set_users() {
	if [ "$IS_ROOT" = 1 ]; then
		MY_USER=$(svc_user mysql)
		PG_USER=$(svc_user postgres)
	fi
}

# As root the servers run as other users, who must be able to reach the
# state dir. A root-owned 0700 temp dir on the way (mktemp -d) gets o+x
# (traverse only, no listing); anything else is an error.
ensure_traversable() {
	local u=$1 d
	as_user "$u" test -x "$STATE" && return 0
	d=$STATE
	local todo=()
	while [ "$d" != / ] && [ -n "$d" ]; do
		todo=("$d" "${todo[@]}")
		d=$(dirname "$d")
	done
	for d in "${todo[@]}"; do
		[ -d "$d" ] || break
		as_user "$u" test -x "$d" && continue
		case $d/ in
		/tmp/* | /var/tmp/* | "${TMPDIR:-/tmp}"/*)
			if [ "$(stat -c %u "$d")" = 0 ]; then
				chmod o+x "$d"
				log "note: gave $d o+x so that user '$u' can reach $STATE"
				continue
			fi
			;;
		esac
		die 3 "user '$u' cannot reach $STATE (directory $d); choose another SEEDGEN_DB_DIR"
	done
}

# ---------------------------------------------------------------- helpers

# Prints the pid stored in file $1 when it is a live process whose command
# name matches the regex $2.
live_pid() {
	local f=$1 re=$2 p comm
	[ -r "$f" ] || return 1
	p=$(head -n 1 "$f" 2>/dev/null | tr -dc '0-9')
	[ -n "$p" ] || return 1
	comm=$(cat "/proc/$p/comm" 2>/dev/null) || return 1
	[[ $comm =~ ^($re)$ ]] || return 1
	echo "$p"
}

# Waits up to $2 seconds for process $1 to exit; status 0 once it is gone.
wait_gone() {
	local p=$1 n=$(($2 * 10))
	while [ "$n" -gt 0 ]; do
		[ -d "/proc/$p" ] || return 0
		# a zombie of ours counts as gone
		[ "$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null)" = Z ] && return 0
		sleep 0.1
		n=$((n - 1))
	done
	[ -d "/proc/$p" ] && return 1
	return 0
}

port_busy() {
	local p=$1
	if command -v ss >/dev/null 2>&1; then
		ss -Hltn "sport = :$p" 2>/dev/null | grep -q . && return 0
	fi
	(exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && return 0
	return 1
}

# Prints a free TCP port in 20000-40000 other than $1.
pick_port() {
	local avoid=${1:-0} p _
	for _ in $(seq 200); do
		p=$((20000 + (RANDOM * 32768 + RANDOM) % 20001))
		[ "$p" = "$avoid" ] && continue
		port_busy "$p" && continue
		echo "$p"
		return 0
	done
	die 3 "no free TCP port found in 20000-40000"
}

# Port to (re)start a server on: the saved one when still free, else a new one.
choose_port() {
	local f=$1 avoid=$2 p=
	[ -r "$f" ] && p=$(tr -dc '0-9' <"$f")
	if [ -n "$p" ] && [ "$p" != "$avoid" ] && ! port_busy "$p"; then
		echo "$p"
	else
		pick_port "$avoid"
	fi
}

read_port() { [ -r "$1" ] && tr -dc '0-9' <"$1"; }

make_state_dir() {
	case $STATE in
	*[!A-Za-z0-9._/+@:,=-]*)
		die 2 "state dir '$STATE' has unusual characters; set SEEDGEN_DB_DIR to a plain path"
		;;
	esac
	# Unix socket paths are limited to 107 bytes.
	[ "${#STATE}" -le 80 ] ||
		die 2 "state dir '$STATE' is too long for socket paths; use a shorter SEEDGEN_DB_DIR"
	if [ -L "$STATE" ]; then die 3 "state dir $STATE is a symlink; refusing"; fi
	if [ -e "$STATE" ]; then
		[ -d "$STATE" ] || die 3 "$STATE exists and is not a directory"
		[ "$(stat -c %u "$STATE")" = "$(id -u)" ] ||
			die 3 "state dir $STATE belongs to another user"
	else
		mkdir -p "$STATE"
	fi
	if [ "$IS_ROOT" = 1 ]; then chmod 755 "$STATE"; else chmod 700 "$STATE"; fi
}

# Serialises concurrent invocations on one state dir (flock is util-linux).
take_lock() {
	if command -v flock >/dev/null 2>&1 && [ -d "$STATE" ]; then
		exec 9>>"$STATE/.lock"
		flock -w 120 9 || die 3 "timed out waiting for another dbserver.sh on $STATE"
	fi
}

# ---------------------------------------------------------------- MariaDB

my_pid() {
	local p
	p=$(live_pid "$MY_PIDF" 'mariadbd|mysqld') || return 1
	# A recycled pid must be *our* server: check its data dir.
	tr '\0' '\n' <"/proc/$p/cmdline" 2>/dev/null | grep -qxF -- "--datadir=$MY_DATA" || return 1
	echo "$p"
}

my_ping() {
	# Exit 0 as soon as the server answers, even with "access denied".
	"$MYADMIN" --no-defaults --socket="$MY_SOCK" --connect-timeout=2 -u "$ME" \
		ping >/dev/null 2>&1
}

# Admin SQL through the socket as the install's unix_socket account: root
# for OS root, the OS user's own account otherwise.
my_admin_sql() {
	"$MYCLI" --no-defaults --socket="$MY_SOCK" -u "$ME" -N -B -e "$1"
}

my_tcp_check() {
	"$MYCLI" --no-defaults --protocol=TCP -h 127.0.0.1 -P "$1" -u seedgen \
		-pseedgen --connect-timeout=5 -N -B -e 'select 1' >/dev/null
}

my_init() {
	rm -rf "$MY_DIR"
	mkdir -p "$MY_DATA" "$MY_RUN" "$MY_TMP"
	: >"$MY_LOG"
	# --tmpdir (passed on to the bootstrap server): as root the server runs
	# as $MY_USER, who may not be able to write to the caller's $TMPDIR.
	local args=(--no-defaults --datadir="$MY_DATA" --tmpdir="$MY_TMP" --skip-test-db
		--auth-root-authentication-method=socket)
	if [ "$IS_ROOT" = 1 ]; then
		chown -R "$MY_USER:" "$MY_DIR"
		chmod 750 "$MY_DIR"
		args+=(--user="$MY_USER")
	else
		chmod 700 "$MY_DIR"
		# unix_socket account for this OS user (root@localhost is only
		# reachable by OS root).
		args+=(--auth-root-socket-user="$ME")
	fi
	log "initialising MariaDB in $MY_DATA"
	if ! (cd "$MY_DIR" && "$MY_INSTALL" "${args[@]}") >"$MY_DIR/install.log" 2>&1; then
		show_log "$MY_DIR/install.log"
		die 3 "mariadb-install-db failed"
	fi
}

# Launches mariadbd on port $1 and waits for it; status 0 when it answers,
# 1 when the port was taken, 2 on any other failure.
my_launch() {
	local port=$1
	local args=(--no-defaults
		--datadir="$MY_DATA" --socket="$MY_SOCK" --port="$port"
		--bind-address=127.0.0.1 --skip-name-resolve
		--pid-file="$MY_PIDF" --log-error="$MY_LOG" --tmpdir="$MY_TMP"
		--local-infile=1 --max-allowed-packet=64M
		--innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2
		--skip-log-bin
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci)
	[ "$IS_ROOT" = 1 ] && args+=(--user="$MY_USER")
	rm -f "$MY_PIDF" "$MY_SOCK"
	local mark
	mark=$(wc -l <"$MY_LOG" 2>/dev/null || echo 0)
	# setsid: own session, so a Ctrl-C in the caller's terminal or the end of
	# its session does not reach the server. In a script setsid execs in
	# place, so $! is the server itself.
	# 9>&-: the server must not inherit (and so hold forever) our lock.
	(cd "$MY_DIR" && exec setsid "$MYSQLD" "${args[@]}") </dev/null >>"$MY_LOG" 2>&1 9>&- &
	local launched=$! n=$((WAIT_SECS * 5))
	while [ "$n" -gt 0 ]; do
		if my_ping; then return 0; fi
		if ! [ -d "/proc/$launched" ] || [ "$(awk '{print $3}' "/proc/$launched/stat" 2>/dev/null)" = Z ]; then
			# exited: the pid file may name a forked server, otherwise it failed
			my_pid >/dev/null || break
		fi
		sleep 0.2
		n=$((n - 1))
	done
	# failed or timed out: make sure nothing is left behind
	local p
	p=$(my_pid) || p=
	[ -n "$p" ] || { [ -d "/proc/$launched" ] && p=$launched; }
	if [ -n "$p" ]; then
		kill -KILL "$p" 2>/dev/null || true
		wait_gone "$p" 10 || true
	fi
	wait "$launched" 2>/dev/null || true
	if tail -n "+$((mark + 1))" "$MY_LOG" 2>/dev/null | grep -qiE 'address already in use|bind on tcp/ip port'; then
		return 1
	fi
	return 2
}

my_start() {
	local avoid=$1 p port
	if p=$(my_pid) && my_ping; then
		port=$(read_port "$MY_PORTF")
		[ -n "$port" ] || die 3 "MariaDB runs (pid $p) but $MY_PORTF is missing"
		log "MariaDB already running (pid $p, port $port)"
		return 0
	fi
	if [ -n "${p:-}" ]; then
		# alive but not answering: give a starting server some time
		local n=$((WAIT_SECS * 5))
		while [ "$n" -gt 0 ] && ! my_ping && my_pid >/dev/null; do
			sleep 0.2
			n=$((n - 1))
		done
		if my_ping; then
			log "MariaDB already running (pid $p)"
			return 0
		fi
		if my_pid >/dev/null; then
			show_log "$MY_LOG"
			die 3 "MariaDB (pid $p) runs but does not answer on $MY_SOCK"
		fi
	fi
	rm -f "$MY_PIDF"
	local fresh=0
	if [ ! -f "$MY_READY" ]; then
		my_init
		fresh=1
	fi
	local try rc=2
	for try in 1 2 3; do
		port=$(choose_port "$MY_PORTF" "$avoid")
		log "starting MariaDB on 127.0.0.1:$port"
		rc=0
		my_launch "$port" || rc=$?
		[ "$rc" = 1 ] && { log "port $port was taken; retrying (${try}/3)"; rm -f "$MY_PORTF"; continue; }
		break
	done
	if [ "$rc" != 0 ]; then
		show_log "$MY_LOG"
		die 3 "MariaDB did not start (see $MY_LOG)"
	fi
	echo "$port" >"$MY_PORTF"
	if [ "$fresh" = 1 ]; then
		local u sql=
		for u in "'seedgen'@'127.0.0.1'" "'seedgen'@'localhost'"; do
			sql+="CREATE USER IF NOT EXISTS $u IDENTIFIED BY 'seedgen';"
			sql+="ALTER USER $u IDENTIFIED BY 'seedgen';"
			sql+="GRANT ALL PRIVILEGES ON *.* TO $u WITH GRANT OPTION;"
		done
		if ! my_admin_sql "$sql" >&2; then
			show_log "$MY_LOG"
			die 3 "cannot create the MariaDB account 'seedgen'"
		fi
	fi
	if ! my_tcp_check "$port"; then
		show_log "$MY_LOG"
		die 3 "MariaDB started but a TCP login as seedgen on port $port fails"
	fi
	[ "$fresh" = 1 ] && : >"$MY_READY"
	log "MariaDB ready (pid $(my_pid || echo '?'), port $port)"
}

my_stop() {
	local p
	if ! p=$(my_pid); then
		rm -f "$MY_PIDF"
		return 0
	fi
	log "stopping MariaDB (pid $p)"
	kill -TERM "$p" 2>/dev/null || true
	if ! wait_gone "$p" "$WAIT_SECS"; then
		log "MariaDB did not stop in ${WAIT_SECS}s; killing it"
		kill -KILL "$p" 2>/dev/null || true
		wait_gone "$p" 10 || die 3 "cannot stop MariaDB (pid $p)"
	fi
	rm -f "$MY_PIDF"
}

# ---------------------------------------------------------------- PostgreSQL

pg_pid() { live_pid "$PG_DATA/postmaster.pid" 'postgres|postmaster'; }

pg_ready() {
	local port
	port=$(read_port "$PG_PORTF") || return 1
	[ -n "$port" ] || return 1
	if [ -x "$PG_BIN/pg_isready" ]; then
		"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 3 >/dev/null 2>&1
	else
		pg_tcp_check "$port" 2>/dev/null
	fi
}

pg_tcp_check() {
	PGCONNECT_TIMEOUT=5 "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 \
		-d "postgresql://seedgen:seedgen@127.0.0.1:$1/postgres" -c 'select 1' >/dev/null
}

pg_init() {
	rm -rf "$PG_DIR"
	mkdir -p "$PG_DIR" "$PG_RUN"
	chmod 700 "$PG_DIR"
	local pwfile=$PG_DIR/pwfile
	(umask 077 && echo seedgen >"$pwfile")
	[ "$IS_ROOT" = 1 ] && chown -R "$PG_USER:" "$PG_DIR"
	local loc=C
	if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then loc=C.UTF-8; fi
	log "initialising PostgreSQL in $PG_DATA"
	if ! as_user "$PG_USER" "$PG_BIN/initdb" -D "$PG_DATA" -U seedgen \
		-A scram-sha-256 --pwfile="$pwfile" -E UTF8 --locale="$loc" --no-sync \
		>"$PG_DIR/initdb.log" 2>&1; then
		rm -f "$pwfile"
		show_log "$PG_DIR/initdb.log"
		die 3 "initdb failed"
	fi
	rm -f "$pwfile"
	# Settings for fast, disposable test servers. Address, port and socket
	# dir come from the command line at each start.
	as_user "$PG_USER" tee -a "$PG_DATA/postgresql.conf" >/dev/null <<-EOF

		# --- seedgen scripts/dbserver.sh: throwaway test server ---
		listen_addresses = '127.0.0.1'
		fsync = off
		synchronous_commit = off
		full_page_writes = off
		max_connections = 50
		password_encryption = scram-sha-256
	EOF
}

# Starts postgres on port $1; status 0 when up, 1 when the port was taken,
# 2 on any other failure.
pg_launch() {
	local port=$1 mark
	[ -f "$PG_LOG" ] || as_user "$PG_USER" touch "$PG_LOG"
	mark=$(wc -l <"$PG_LOG" 2>/dev/null || echo 0)
	# pg_ctl detaches the postmaster (own session, output to the log).
	if as_user "$PG_USER" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -s -w \
		-t "$WAIT_SECS" -o "-h 127.0.0.1 -p $port -k '$PG_RUN'" start >&2 9>&-; then
		return 0
	fi
	local p
	if p=$(pg_pid); then
		kill -QUIT "$p" 2>/dev/null || true
		wait_gone "$p" 10 || kill -KILL "$p" 2>/dev/null || true
	fi
	if tail -n "+$((mark + 1))" "$PG_LOG" 2>/dev/null | grep -qiE 'could not bind|address already in use'; then
		return 1
	fi
	return 2
}

pg_start() {
	local avoid=$1 p port
	if p=$(pg_pid) && pg_ready; then
		port=$(read_port "$PG_PORTF")
		log "PostgreSQL already running (pid $p, port $port)"
		return 0
	fi
	if [ -n "${p:-}" ]; then
		local n=$((WAIT_SECS * 5))
		while [ "$n" -gt 0 ] && ! pg_ready && pg_pid >/dev/null; do
			sleep 0.2
			n=$((n - 1))
		done
		if pg_ready; then
			log "PostgreSQL already running (pid $p)"
			return 0
		fi
		if pg_pid >/dev/null; then
			show_log "$PG_LOG"
			die 3 "PostgreSQL (pid $p) runs but does not answer"
		fi
	fi
	local fresh=0
	if [ ! -f "$PG_READY" ]; then
		pg_init
		fresh=1
	fi
	local try rc=2
	for try in 1 2 3; do
		port=$(choose_port "$PG_PORTF" "$avoid")
		log "starting PostgreSQL on 127.0.0.1:$port"
		rc=0
		pg_launch "$port" || rc=$?
		[ "$rc" = 1 ] && { log "port $port was taken; retrying (${try}/3)"; rm -f "$PG_PORTF"; continue; }
		break
	done
	if [ "$rc" != 0 ]; then
		show_log "$PG_LOG"
		die 3 "PostgreSQL did not start (see $PG_LOG)"
	fi
	echo "$port" >"$PG_PORTF"
	if ! pg_tcp_check "$port"; then
		show_log "$PG_LOG"
		die 3 "PostgreSQL started but a TCP login as seedgen on port $port fails"
	fi
	[ "$fresh" = 1 ] && : >"$PG_READY"
	log "PostgreSQL ready (pid $(pg_pid || echo '?'), port $port)"
}

pg_stop() {
	local p
	p=$(pg_pid) || return 0
	log "stopping PostgreSQL (pid $p)"
	as_user "$PG_USER" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t "$WAIT_SECS" \
		stop >/dev/null 2>&1 || true
	if ! wait_gone "$p" 5; then
		kill -INT "$p" 2>/dev/null || true # fast shutdown
		if ! wait_gone "$p" "$WAIT_SECS"; then
			log "PostgreSQL did not stop; killing it"
			kill -KILL "$p" 2>/dev/null || true
			wait_gone "$p" 10 || die 3 "cannot stop PostgreSQL (pid $p)"
		fi
	fi
}

# ---------------------------------------------------------------- commands

print_env() {
	local myp pgp
	myp=$(read_port "$MY_PORTF")
	pgp=$(read_port "$PG_PORTF")
	echo "SEEDGEN_MYSQL_URL=mysql://seedgen:seedgen@127.0.0.1:$myp/"
	echo "SEEDGEN_MYSQL_PORT=$myp"
	echo "SEEDGEN_PG_URL=postgresql://seedgen:seedgen@127.0.0.1:$pgp/postgres"
	echo "SEEDGEN_PG_PORT=$pgp"
	echo "export SEEDGEN_MYSQL_URL SEEDGEN_MYSQL_PORT SEEDGEN_PG_URL SEEDGEN_PG_PORT"
}

both_running() {
	my_pid >/dev/null && my_ping && pg_pid >/dev/null && pg_ready
}

cmd_start() {
	need_mysql_bins
	need_pg_bins
	set_users
	make_state_dir
	take_lock
	if [ "$IS_ROOT" = 1 ]; then
		ensure_traversable "$MY_USER"
		[ "$PG_USER" = "$MY_USER" ] || ensure_traversable "$PG_USER"
	fi
	local pgport myport
	pgport=$(read_port "$PG_PORTF" || true)
	my_start "${pgport:-0}"
	myport=$(read_port "$MY_PORTF")
	pg_start "$myport"
	print_env
}

cmd_stop() {
	if [ ! -d "$STATE" ]; then
		log "not running (no $STATE)"
		return 0
	fi
	need_mysql_bins
	need_pg_bins
	set_users
	take_lock
	my_stop
	pg_stop
	if [ "${SEEDGEN_DB_KEEP:-0}" = 1 ]; then
		log "stopped; kept $STATE (SEEDGEN_DB_KEEP=1)"
	else
		rm -rf "$STATE"
		log "stopped; removed $STATE"
	fi
}

cmd_status() {
	local rc=0 p
	if [ ! -d "$STATE" ]; then
		echo "mariadb: not running"
		echo "postgresql: not running"
		return 1
	fi
	need_mysql_bins
	need_pg_bins
	if p=$(my_pid) && my_ping; then
		echo "mariadb: running (pid $p, port $(read_port "$MY_PORTF"), socket $MY_SOCK)"
	else
		echo "mariadb: not running"
		rc=1
	fi
	if p=$(pg_pid) && pg_ready; then
		echo "postgresql: running (pid $p, port $(read_port "$PG_PORTF"), socket dir $PG_RUN)"
	else
		echo "postgresql: not running"
		rc=1
	fi
	echo "state dir: $STATE"
	return "$rc"
}

cmd_env() {
	if [ ! -d "$STATE" ]; then
		die 1 "servers are not running (no $STATE); run: scripts/dbserver.sh start"
	fi
	need_mysql_bins
	need_pg_bins
	both_running || die 1 "servers are not both running; run: scripts/dbserver.sh start"
	print_env
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
env) cmd_env ;;
-h | --help | help)
	sed -n '2,35p' "$0" | sed 's/^# \{0,1\}//'
	;;
*)
	echo "usage: scripts/dbserver.sh start|stop|status|env" >&2
	exit 2
	;;
esac
