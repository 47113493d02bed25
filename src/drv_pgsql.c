/*
 * The PostgreSQL driver: translates seedgen's driver interface (db.h) into
 * libpq calls. It connects from the URL (libpq parses it itself), runs
 * statements and streaming queries, quotes identifiers and literals, loads
 * rows with COPY ... FROM STDIN, and reads one schema's tables, columns,
 * types, keys, foreign keys, checks and indexes from pg_catalog into the
 * schema model with a handful of set-based queries (never one per table).
 *
 * Needs PostgreSQL 11 or newer (relispartition, conparentid, indnkeyatts);
 * generated columns are read from 12 on.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "seedgen/db.h"
#include "seedgen/drv_keys.h"

#define PG_MAX_STATEMENT (64u * 1024 * 1024)
#define COPY_CHUNK (64 * 1024)
#define SQL_EXCERPT 200

static PGconn *conn_of(const struct sg_db *db)
{
	return db->handle;
}

/* Appends s with every occurrence of from replaced by to. */
static void add_replaced(struct sg_buf *out, const char *s, const char *from,
			 const char *to)
{
	size_t flen = strlen(from);
	const char *p;

	while (flen && (p = strstr(s, from))) {
		sg_buf_add(out, s, (size_t)(p - s));
		sg_buf_adds(out, to);
		s = p + flen;
	}
	sg_buf_adds(out, s);
}

/* Appends s with ":<pw>@" replaced by ":***@" (a no-op for an empty pw). */
static void add_without_password(struct sg_buf *out, const char *s, const char *pw,
				 size_t pwlen)
{
	struct sg_buf needle = SG_BUF_INIT;

	if (!pwlen) {
		sg_buf_adds(out, s);
		return;
	}
	sg_buf_addch(&needle, ':');
	sg_buf_add(&needle, pw, pwlen);
	sg_buf_addch(&needle, '@');
	add_replaced(out, s, needle.data, ":***@");
	sg_buf_release(&needle);
}

/* libpq's connection messages can quote the whole URI or a piece of it (bad
 * URI syntax, bad port): none may reach the user with the password in it.
 * Only the userinfo form ":password@" is masked, not every occurrence of
 * the password, which may well also be the user or database name. */
static char *scrub(const struct sg_db *db, const char *msg)
{
	struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT, c = SG_BUF_INIT;
	const char *raw = db->url.raw ? db->url.raw : "", *pw = db->url.password;
	const char *start = strstr(raw, "://"), *at, *colon;
	size_t hostpart;

	add_replaced(&a, msg, raw, db->url.redacted ? db->url.redacted : "***");
	add_without_password(&b, sg_buf_str(&a), pw ? pw : "", pw ? strlen(pw) : 0);
	/* the password as written in the URL, percent-encoded */
	start = start ? start + 3 : raw;
	hostpart = strcspn(start, "/?#");
	at = NULL;
	for (const char *q = start; q < start + hostpart; q++)
		if (*q == '@')
			at = q;
	colon = at ? memchr(start, ':', (size_t)(at - start)) : NULL;
	if (colon)
		add_without_password(&c, sg_buf_str(&b), colon + 1, (size_t)(at - colon - 1));
	else
		sg_buf_adds(&c, sg_buf_str(&b));
	sg_buf_release(&a);
	sg_buf_release(&b);
	return sg_buf_detach(&c);
}

/* Copies line number `skip` (0 = the first) of s, without the newline. */
static void copy_line(char *dst, size_t cap, const char *s, int skip)
{
	size_t n;

	while (skip-- > 0 && s && (s = strchr(s, '\n')))
		s++;
	if (!s) {
		dst[0] = '\0';
		return;
	}
	while (*s == ' ' || *s == '\t')
		s++;
	n = strcspn(s, "\n");
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '\t'))
		n--;
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/* Appends at most max bytes of sql on one line, cut on a UTF-8 boundary. */
static void add_sql_excerpt(struct sg_buf *out, const char *sql)
{
	size_t len = strlen(sql), n = len > SQL_EXCERPT ? SQL_EXCERPT : len;

	while (n < len && n > 0 && ((unsigned char)sql[n] & 0xC0) == 0x80)
		n--;
	for (size_t i = 0; i < n; i++) {
		char c = sql[i];

		sg_buf_addch(out, c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
	}
	if (n < len)
		sg_buf_adds(out, "...");
}

/* Fills err from a failed result (or, when res is NULL, the connection's
 * message): "<what>: <primary message> (SQLSTATE xxxxx)", with the server's
 * DETAIL, the first CONTEXT line and an excerpt of sql in the detail line
 * and its HINT as the hint. */
static int pg_error(struct sg_db *db, const PGresult *res, const char *sql,
		    struct sg_error *err, const char *fmt, ...) SG_PRINTF(5, 6);
static int pg_error(struct sg_db *db, const PGresult *res, const char *sql,
		    struct sg_error *err, const char *fmt, ...)
{
	PGconn *conn = conn_of(db);
	const char *primary = NULL, *state = NULL, *detail = NULL, *context = NULL,
		   *hint = NULL;
	char what[512], line[512];
	struct sg_buf d = SG_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	if (res) {
		primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
		context = PQresultErrorField(res, PG_DIAG_CONTEXT);
		hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
	}
	if (!primary) {
		/* libpq-side failures (lost connection, protocol errors) carry no
		 * fields, only a message prefixed with its severity. */
		const char *m = res ? PQresultErrorMessage(res) : "";

		if (!*m && conn)
			m = PQerrorMessage(conn);
		if (!strncmp(m, "ERROR:  ", 8))
			m += 8;
		copy_line(line, sizeof(line), m, 0);
		if (!line[0])
			snprintf(line, sizeof(line), "%s", "unknown error");
		if (conn && PQstatus(conn) == CONNECTION_BAD)
			sg_error_set(err, SG_EXIT_DB, "%s: connection to the server was lost: %s",
				     what, line);
		else
			sg_error_set(err, SG_EXIT_DB, "%s: %s", what, line);
	} else if (state && *state) {
		sg_error_set(err, SG_EXIT_DB, "%s: %s (SQLSTATE %s)", what, primary, state);
	} else {
		sg_error_set(err, SG_EXIT_DB, "%s: %s", what, primary);
	}
	if (detail && *detail)
		sg_buf_adds(&d, detail);
	if (context && *context) {
		copy_line(line, sizeof(line), context, 0);
		sg_buf_addf(&d, "%s%s", d.len ? "; " : "", line);
	}
	if (sql) {
		sg_buf_adds(&d, d.len ? "; statement: " : "statement: ");
		add_sql_excerpt(&d, sql);
	}
	if (d.len)
		sg_error_detail(err, "%s", d.data);
	if (hint && *hint)
		sg_error_hint(err, "%s", hint);
	sg_buf_release(&d);
	return -1;
}

static void drain(PGconn *conn)
{
	PGresult *res;

	while ((res = PQgetResult(conn)))
		PQclear(res);
}

/* Server NOTICEs (e.g. "table does not exist, skipping") are noise for a
 * seeding tool; WARNINGs are worth a line. libpq would print both raw. */
static void on_notice(void *arg, const PGresult *res)
{
	const char *sev = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
	const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);

	(void)arg;
	if (sev && msg && !strcmp(sev, "WARNING"))
		sg_warn("server warning: %s", msg);
}

static int pg_exec(struct sg_db *db, const char *sql, long long *affected,
		   struct sg_error *err);
static void pg_quote_ident(struct sg_buf *out, const char *ident);

static void connect_hint(struct sg_error *err, const char *msg)
{
	if (strstr(msg, "does not exist") && strstr(msg, "database"))
		sg_error_hint(err, "create the database first, or name an existing one in the URL");
	else if (strstr(msg, "password authentication failed") ||
		 strstr(msg, "no password supplied") ||
		 strstr(msg, "authentication failed"))
		sg_error_hint(err, "check the user name and password in the URL");
	else if (strstr(msg, "Connection refused"))
		sg_error_hint(err, "is PostgreSQL running on that host and port?");
	else if (strstr(msg, "timeout expired"))
		sg_error_hint(err, "the server did not answer in time; check host, port and firewall");
	else if (strstr(msg, "could not translate host name"))
		sg_error_hint(err, "check the host name in the URL");
}

/* A URL libpq cannot parse (unknown query parameter, bad syntax) is a
 * usage error: say so before trying to connect. */
static int bad_conninfo(const struct sg_db *db, const char *uri, struct sg_error *err)
{
	char *errmsg = NULL;
	PQconninfoOption *opts = PQconninfoParse(uri, &errmsg);
	char *msg;
	char first[512];

	if (opts) {
		PQconninfoFree(opts);
		return 0;
	}
	if (!errmsg) /* out of memory: let the connect attempt report it */
		return 0;
	msg = scrub(db, errmsg);
	PQfreemem(errmsg);
	copy_line(first, sizeof(first), msg, 0);
	free(msg);
	sg_error_set(err, SG_EXIT_USAGE, "malformed database URL '%s': %s", db->url.redacted,
		     first[0] ? first : "libpq cannot parse it");
	sg_error_hint(err, "see the connection URI parameters of libpq: "
		      "https://www.postgresql.org/docs/current/libpq-connect.html");
	return -1;
}

static int pg_connect(struct sg_db *db, struct sg_error *err)
{
	char timeout[16];
	/* Our defaults come before dbname: with expand_dbname, the URL's own
	 * values are applied at dbname's position and so override them. */
	const char *keys[] = { "connect_timeout", "application_name", "dbname", NULL };
	const char *vals[] = { timeout, "seedgen", NULL, NULL };
	char *uri = sg_strdup(db->url.raw ? db->url.raw : "");
	const char *sep = strstr(uri, "://");
	PGconn *conn;
	PGresult *res;
	const char *params[1];

	/* libpq recognizes only the lower-case URI prefixes */
	for (char *p = uri; sep && p < sep; p++)
		*p = (char)tolower((unsigned char)*p);
	vals[2] = uri;
	if (bad_conninfo(db, uri, err) < 0) {
		free(uri);
		return -1;
	}
	snprintf(timeout, sizeof(timeout), "%d",
		 db->connect_timeout > 0 ? db->connect_timeout : 10);
	conn = PQconnectdbParams(keys, vals, 1);
	free(uri);
	if (!conn)
		return sg_error_set(err, SG_EXIT_DB, "cannot connect to '%s': out of memory",
				    db->url.redacted);
	if (PQstatus(conn) != CONNECTION_OK) {
		char *msg = scrub(db, PQerrorMessage(conn));
		char first[512], second[512];

		PQfinish(conn);
		copy_line(first, sizeof(first), msg, 0);
		copy_line(second, sizeof(second), msg, 1);
		/* libpq checks option values (sslmode, target_session_attrs,
		 * port ...) only when connecting, and words those errors
		 * 'invalid sslmode value: "x"' before any server is involved:
		 * a bad URL, not a database error. */
		sg_error_set(err, !strncmp(first, "invalid ", 8) ? SG_EXIT_USAGE : SG_EXIT_DB,
			     "cannot connect to '%s': %s", db->url.redacted,
			     first[0] ? first : "unknown error");
		if (second[0])
			sg_error_detail(err, "%s", second);
		connect_hint(err, msg);
		free(msg);
		return -1;
	}
	db->handle = conn;
	PQsetNoticeReceiver(conn, on_notice, NULL);
	if (PQserverVersion(conn) < 110000) {
		sg_error_set(err, SG_EXIT_DB, "cannot use '%s': PostgreSQL %s is too old "
			     "(seedgen needs 11 or newer)", db->url.redacted,
			     PQparameterStatus(conn, "server_version"));
		goto fail;
	}
	if (pg_exec(db, "SET client_encoding = 'UTF8'", NULL, err) < 0 ||
	    pg_exec(db, "SET TIME ZONE 'UTC'", NULL, err) < 0)
		goto fail;
	if (db->schema_name) {
		struct sg_buf sql = SG_BUF_INIT;
		int rc;

		params[0] = db->schema_name;
		res = PQexecParams(conn, "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1",
				   1, NULL, params, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			pg_error(db, res, NULL, err, "cannot look up schema '%s'", db->schema_name);
			PQclear(res);
			goto fail;
		}
		if (PQntuples(res) == 0) {
			PQclear(res);
			sg_error_set(err, SG_EXIT_USAGE, "schema '%s' does not exist in database '%s'",
				     db->schema_name, PQdb(conn));
			sg_error_hint(err, "list the schemas with: psql -c '\\dn'");
			goto fail;
		}
		PQclear(res);
		sg_buf_adds(&sql, "SET search_path TO ");
		pg_quote_ident(&sql, db->schema_name);
		rc = pg_exec(db, sql.data, NULL, err);
		sg_buf_release(&sql);
		if (rc < 0)
			goto fail;
	}
	return 0;
fail:
	PQfinish(conn);
	db->handle = NULL;
	return -1;
}

static void pg_disconnect(struct sg_db *db)
{
	if (db->handle)
		PQfinish(conn_of(db));
	db->handle = NULL;
}

/* Leaves a COPY that a plain statement started, so the connection stays
 * usable (exec and query do not speak the COPY sub-protocol). */
static void leave_copy(PGconn *conn, ExecStatusType st)
{
	if (st == PGRES_COPY_IN) {
		PQputCopyEnd(conn, "COPY is not supported here");
	} else if (st == PGRES_COPY_OUT) {
		char *row;

		while (PQgetCopyData(conn, &row, 0) > 0)
			PQfreemem(row);
	}
	drain(conn);
}

static int pg_exec(struct sg_db *db, const char *sql, long long *affected,
		   struct sg_error *err)
{
	PGconn *conn = conn_of(db);
	PGresult *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	int rc = 0;

	switch (st) {
	case PGRES_COMMAND_OK:
	case PGRES_TUPLES_OK:
	case PGRES_EMPTY_QUERY:
		if (affected) {
			const char *n = PQcmdTuples(res);

			*affected = *n ? strtoll(n, NULL, 10) : 0;
		}
		break;
	case PGRES_COPY_IN:
	case PGRES_COPY_OUT:
	case PGRES_COPY_BOTH:
		PQclear(res);
		leave_copy(conn, st);
		sg_error_set(err, SG_EXIT_DB, "query failed: COPY cannot run as a plain statement");
		return -1;
	default:
		rc = pg_error(db, res, sql, err, "query failed");
		break;
	}
	PQclear(res);
	return rc;
}

/* Row pointers handed to sg_row_fn, reused across the rows of a query. */
struct rowbuf {
	const char **vals;
	size_t *lens;
	size_t cap;
};

/* Calls fn for every row of res; returns fn's last verdict (0, 1 or -1). */
static int feed_rows(PGresult *res, struct rowbuf *rb, sg_row_fn fn, void *ctx)
{
	int nrows = PQntuples(res), ncols = PQnfields(res);
	int verdict = 0;

	if ((size_t)ncols + 1 > rb->cap) {
		rb->cap = (size_t)ncols + 1;
		rb->vals = sg_realloc(rb->vals, rb->cap * sizeof(*rb->vals));
		rb->lens = sg_realloc(rb->lens, rb->cap * sizeof(*rb->lens));
	}
	for (int r = 0; r < nrows && verdict == 0; r++) {
		for (int c = 0; c < ncols; c++) {
			rb->vals[c] = PQgetisnull(res, r, c) ? NULL : PQgetvalue(res, r, c);
			rb->lens[c] = rb->vals[c] ? (size_t)PQgetlength(res, r, c) : 0;
		}
		verdict = fn(ctx, ncols, rb->vals, rb->lens);
	}
	return verdict;
}

static int pg_query(struct sg_db *db, const char *sql, sg_row_fn fn, void *ctx,
		    struct sg_error *err)
{
	PGconn *conn = conn_of(db);
	PGresult *res;
	/* Cancelling an unfinished query aborts an open transaction block, so
	 * inside one an early stop only drains the remaining rows. */
	bool may_cancel = PQtransactionStatus(conn) == PQTRANS_IDLE;
	struct rowbuf rb = { NULL, NULL, 0 };
	int verdict = 0, rc = 0;

	if (!PQsendQuery(conn, sql))
		return pg_error(db, NULL, sql, err, "query failed");
	/* Must follow PQsendQuery at once; if it fails we get whole results,
	 * which feed_rows handles the same way. */
	PQsetSingleRowMode(conn);
	while ((res = PQgetResult(conn))) {
		ExecStatusType st = PQresultStatus(res);

		switch (st) {
		case PGRES_SINGLE_TUPLE:
		case PGRES_TUPLES_OK:
			if (verdict == 0 && rc == 0)
				verdict = feed_rows(res, &rb, fn, ctx);
			break;
		case PGRES_COMMAND_OK:
		case PGRES_EMPTY_QUERY:
			break;
		case PGRES_COPY_IN:
		case PGRES_COPY_OUT:
		case PGRES_COPY_BOTH:
			PQclear(res);
			leave_copy(conn, st);
			if (rc == 0 && verdict == 0)
				sg_error_set(err, SG_EXIT_DB, "query failed: COPY cannot run as a query");
			free(rb.vals);
			free(rb.lens);
			return -1;
		default:
			/* After an early stop the cancel's own error is expected. */
			if (rc == 0 && verdict == 0)
				rc = pg_error(db, res, sql, err, "query failed");
			break;
		}
		PQclear(res);
		/* A cancel that arrives after the query ended is ignored by an
		 * idle backend; the drain below waits for the end either way. */
		if (verdict != 0 && may_cancel) {
			PGcancel *cancel = PQgetCancel(conn);
			char ebuf[256];

			if (cancel) {
				PQcancel(cancel, ebuf, sizeof(ebuf));
				PQfreeCancel(cancel);
			}
			may_cancel = false;
		}
	}
	free(rb.vals);
	free(rb.lens);
	return rc < 0 || verdict < 0 ? -1 : 0;
}

static void pg_quote_ident(struct sg_buf *out, const char *ident)
{
	sg_buf_addch(out, '"');
	for (const char *p = ident; *p; p++) {
		if (*p == '"')
			sg_buf_addch(out, '"');
		sg_buf_addch(out, *p);
	}
	sg_buf_addch(out, '"');
}

static void pg_quote_literal(struct sg_db *db, struct sg_buf *out, const char *s,
			     size_t len)
{
	PGconn *conn = conn_of(db);
	char *to = sg_malloc(2 * len + 1);
	int bad = 0;
	size_t n;

	/* With standard_conforming_strings on (the default since 9.1) this
	 * only doubles quotes; libpq checks the setting of this connection. */
	if (conn)
		n = PQescapeStringConn(conn, to, s, len, &bad);
	else
		n = PQescapeString(to, s, len);
	sg_buf_addch(out, '\'');
	sg_buf_add(out, to, n);
	sg_buf_addch(out, '\'');
	free(to);
}

static size_t pg_max_statement(struct sg_db *db)
{
	(void)db;
	return PG_MAX_STATEMENT;
}

static void add_table_name(const struct sg_db *db, struct sg_buf *out, const char *table)
{
	if (db->schema_name) {
		pg_quote_ident(out, db->schema_name);
		sg_buf_addch(out, '.');
	}
	pg_quote_ident(out, table);
}

static int pg_bulk_load(struct sg_db *db, const char *table,
			const char *const *columns, size_t ncols, sg_fill_fn fill,
			void *ctx, long long *rows, struct sg_error *err)
{
	PGconn *conn = conn_of(db);
	struct sg_buf sql = SG_BUF_INIT;
	PGresult *res;
	char *chunk = NULL;
	long n;
	int rc = 0;
	bool fill_failed = false, put_failed = false;

	if (rows)
		*rows = 0;
	sg_buf_adds(&sql, "COPY ");
	add_table_name(db, &sql, table);
	if (ncols) {
		sg_buf_adds(&sql, " (");
		for (size_t i = 0; i < ncols; i++) {
			if (i)
				sg_buf_adds(&sql, ", ");
			pg_quote_ident(&sql, columns[i]);
		}
		sg_buf_addch(&sql, ')');
	}
	sg_buf_adds(&sql, " FROM STDIN");
	res = PQexec(conn, sql.data);
	if (PQresultStatus(res) != PGRES_COPY_IN) {
		ExecStatusType st = PQresultStatus(res);

		if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
			rc = sg_error_set(err, SG_EXIT_DB, "cannot copy into '%s': the server "
					  "did not enter COPY mode", table);
		else
			rc = pg_error(db, res, sql.data, err, "cannot copy into '%s'", table);
		PQclear(res);
		sg_buf_release(&sql);
		return rc;
	}
	PQclear(res);

	chunk = sg_malloc(COPY_CHUNK);
	while ((n = fill(ctx, chunk, COPY_CHUNK, err)) != 0) {
		if (n < 0) {
			fill_failed = true;
			break;
		}
		if (PQputCopyData(conn, chunk, (int)n) != 1) {
			/* The server ended the COPY early (a bad row): its error
			 * is in the result fetched below. */
			put_failed = true;
			break;
		}
	}
	free(chunk);

	if (fill_failed) {
		/* The server aborts the COPY and answers with an error we do not
		 * need: the producer's message in err is the one to report. */
		struct sg_buf reason = SG_BUF_INIT;

		sg_buf_addf(&reason, "seedgen: %s",
			    err && err->msg[0] ? err->msg : "row producer failed");
		PQputCopyEnd(conn, reason.data);
		sg_buf_release(&reason);
		drain(conn);
		sg_buf_release(&sql);
		return -1;
	}
	if (!put_failed && PQputCopyEnd(conn, NULL) != 1)
		put_failed = true;

	while ((res = PQgetResult(conn))) {
		ExecStatusType st = PQresultStatus(res);

		if (st == PGRES_COMMAND_OK) {
			const char *cnt = PQcmdTuples(res);

			if (rows && *cnt)
				*rows = strtoll(cnt, NULL, 10);
		} else if (st == PGRES_COPY_IN) {
			/* Still in COPY after a failed put: give up on it. */
			PQputCopyEnd(conn, "seedgen: connection failure while sending rows");
		} else if (rc == 0) {
			rc = pg_error(db, res, NULL, err, "cannot copy into '%s'", table);
		}
		PQclear(res);
	}
	if (rc == 0 && put_failed)
		rc = pg_error(db, NULL, NULL, err, "cannot copy into '%s'", table);
	sg_buf_release(&sql);
	return rc;
}

/* --- introspection --- */

struct pgtype {
	unsigned oid;
	char *name;       /* typname */
	char *nsp;        /* schema of the type */
	char typtype;     /* b base, e enum, d domain, c composite, r range ... */
	char category;    /* typcategory; 'A' for arrays */
	unsigned base;    /* domain: typbasetype */
	int typmod;       /* domain: typtypmod of the base type */
	bool notnull;     /* domain: NOT NULL */
	unsigned elem;    /* array: element type */
	char *def;        /* domain: default expression */
	char **enums;     /* enum: labels in enumsortorder */
	size_t nenums;
	char **checks;    /* domain: CHECK constraints */
	size_t nchecks;
};

struct reltab {
	unsigned oid;
	struct sg_table *t;
};

struct intro {
	struct sg_db *db;
	const char *schema;
	struct sg_error *err;
	struct reltab *tabs;
	size_t ntabs;
	struct pgtype *types;
	size_t ntypes;
};

/* The schema's base tables: ordinary and partitioned, not partitions. */
#define TABS_CTE                                                              \
	"tabs AS (SELECT c.oid FROM pg_catalog.pg_class c"                    \
	" JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"           \
	" WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')"                   \
	" AND NOT c.relispartition)"

/* Every type the columns use, plus (recursively) domains' base types and
 * arrays' element types. */
#define TYPES_CTE                                                             \
	"ty(oid) AS (SELECT a.atttypid FROM pg_catalog.pg_attribute a"        \
	" JOIN tabs ON tabs.oid = a.attrelid"                                 \
	" WHERE a.attnum > 0 AND NOT a.attisdropped"                          \
	" UNION SELECT x.oid FROM ty JOIN pg_catalog.pg_type t ON t.oid = ty.oid" \
	" CROSS JOIN LATERAL (VALUES (t.typbasetype),"                        \
	" (CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE 0 END)) x(oid)"  \
	" WHERE x.oid <> 0)"

static const char SQL_TABLES[] =
	"WITH " TABS_CTE
	" SELECT c.oid, c.relname, c.relkind = 'p',"
	" pg_catalog.obj_description(c.oid, 'pg_class')"
	" FROM tabs JOIN pg_catalog.pg_class c ON c.oid = tabs.oid ORDER BY c.oid";

static const char SQL_TYPES[] =
	"WITH RECURSIVE " TABS_CTE ", " TYPES_CTE
	" SELECT t.oid, t.typname, n.nspname, t.typtype, t.typcategory,"
	" t.typbasetype, t.typtypmod, t.typnotnull,"
	" CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE 0 END, t.typdefault"
	" FROM ty JOIN pg_catalog.pg_type t ON t.oid = ty.oid"
	" JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace ORDER BY t.oid";

static const char SQL_ENUMS[] =
	"WITH RECURSIVE " TABS_CTE ", " TYPES_CTE
	" SELECT e.enumtypid, e.enumlabel FROM pg_catalog.pg_enum e"
	" WHERE e.enumtypid IN (SELECT oid FROM ty)"
	" ORDER BY e.enumtypid, e.enumsortorder";

static const char SQL_DOMAIN_CHECKS[] =
	"WITH RECURSIVE " TABS_CTE ", " TYPES_CTE
	" SELECT con.contypid, pg_catalog.pg_get_constraintdef(con.oid, true)"
	" FROM pg_catalog.pg_constraint con"
	" WHERE con.contype = 'c' AND con.contypid IN (SELECT oid FROM ty)"
	" ORDER BY con.contypid, con.conname";

/* %s: attgenerated, or '' before PostgreSQL 12. */
static const char SQL_COLUMNS[] =
	"WITH " TABS_CTE
	" SELECT a.attrelid, a.attname,"
	" pg_catalog.format_type(a.atttypid, a.atttypmod), a.atttypid, a.atttypmod,"
	" a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity,"
	" %s, pg_catalog.col_description(a.attrelid, a.attnum)"
	" FROM pg_catalog.pg_attribute a JOIN tabs ON tabs.oid = a.attrelid"
	" LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
	" WHERE a.attnum > 0 AND NOT a.attisdropped"
	" ORDER BY a.attrelid, a.attnum";

/* One row per key column of every primary key, unique constraint and
 * foreign key, in conkey order. conparentid <> 0 rows are the clones that
 * PostgreSQL adds for partitions (and for FKs onto a partitioned table). */
static const char SQL_KEYS[] =
	"WITH " TABS_CTE
	" SELECT con.conrelid, con.oid, con.conname, con.contype, a.attname,"
	" fa.attname, fc.relname, fn.nspname, con.confdeltype, con.confupdtype"
	" FROM pg_catalog.pg_constraint con JOIN tabs ON tabs.oid = con.conrelid"
	" CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY"
	"   AS k(attnum, refnum, ord)"
	" JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum"
	" LEFT JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid"
	"   AND fa.attnum = k.refnum"
	" LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid"
	" LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace"
	" WHERE con.contype IN ('p', 'u', 'f') AND con.conparentid = 0"
	" ORDER BY con.conrelid, con.conname, con.oid, k.ord";

static const char SQL_CHECKS[] =
	"WITH " TABS_CTE
	" SELECT con.conrelid, con.conname, pg_catalog.pg_get_constraintdef(con.oid, true),"
	" CASE WHEN cardinality(con.conkey) = 1 THEN a.attname END"
	" FROM pg_catalog.pg_constraint con JOIN tabs ON tabs.oid = con.conrelid"
	" LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid"
	"   AND a.attnum = con.conkey[1]"
	" WHERE con.contype = 'c'"
	" ORDER BY con.conrelid, con.conname";

/* Indexes that back no primary key or unique constraint (those come from
 * pg_constraint), one row per key column (INCLUDE columns left out). For
 * an expression column attname is NULL and the last field holds the
 * expression's text. */
static const char SQL_INDEXES[] =
	"WITH " TABS_CTE
	" SELECT i.indrelid, i.indexrelid, ic.relname, i.indisunique,"
	" i.indpred IS NOT NULL, a.attname,"
	" pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true)"
	" FROM pg_catalog.pg_index i JOIN tabs ON tabs.oid = i.indrelid"
	" JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
	" CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
	" LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid"
	"   AND a.attnum = k.attnum AND k.attnum > 0"
	" WHERE NOT i.indisprimary AND k.ord <= i.indnkeyatts"
	" AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con"
	"   WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid"
	"   AND con.contype IN ('p', 'u'))"
	" ORDER BY i.indrelid, ic.relname, i.indexrelid, k.ord";

static PGresult *intro_query(struct intro *in, const char *sql, const char *what)
{
	const char *params[1] = { in->schema };
	PGresult *res = PQexecParams(conn_of(in->db), sql, 1, NULL, params, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		pg_error(in->db, res, NULL, in->err, "cannot read %s of schema '%s'", what,
			 in->schema);
		PQclear(res);
		return NULL;
	}
	return res;
}

static const char *val(const PGresult *res, int r, int c)
{
	return PQgetisnull(res, r, c) ? NULL : PQgetvalue(res, r, c);
}

static unsigned oid_val(const PGresult *res, int r, int c)
{
	return (unsigned)strtoul(PQgetvalue(res, r, c), NULL, 10);
}

static bool bool_val(const PGresult *res, int r, int c)
{
	return PQgetvalue(res, r, c)[0] == 't';
}

static int cmp_reltab(const void *k, const void *e)
{
	unsigned a = *(const unsigned *)k, b = ((const struct reltab *)e)->oid;

	return a < b ? -1 : a > b;
}

static int cmp_type(const void *k, const void *e)
{
	unsigned a = *(const unsigned *)k, b = ((const struct pgtype *)e)->oid;

	return a < b ? -1 : a > b;
}

/* Both arrays come from queries ordered by oid. */
static struct sg_table *find_table(const struct intro *in, unsigned oid)
{
	struct reltab *r = bsearch(&oid, in->tabs, in->ntabs, sizeof(*in->tabs), cmp_reltab);

	return r ? r->t : NULL;
}

static struct pgtype *find_type(const struct intro *in, unsigned oid)
{
	return bsearch(&oid, in->types, in->ntypes, sizeof(*in->types), cmp_type);
}

static void add_column_check(struct sg_column *col, const char *expr)
{
	if (!col->check) {
		col->check = sg_strdup(expr);
	} else {
		struct sg_buf b = SG_BUF_INIT;

		sg_buf_addf(&b, "%s; %s", col->check, expr);
		free(col->check);
		col->check = sg_buf_detach(&b);
	}
}

/* Type modifier of varchar(n)/char(n) and numeric(p,s) carries a 4-byte
 * header length (VARHDRSZ); those of bit(n) and of the time kinds do not. */
#define VARHDRSZ 4

static enum sg_type_class builtin_class(const char *name, int typmod,
					struct sg_column *col)
{
	static const struct {
		const char *name;
		enum sg_type_class cls;
		int bytes;
	} simple[] = {
		{ "int2", SG_T_INT, 2 },      { "int4", SG_T_INT, 4 },
		{ "int8", SG_T_INT, 8 },      { "bool", SG_T_BOOL, 0 },
		{ "float4", SG_T_FLOAT, 0 },  { "float8", SG_T_DOUBLE, 0 },
		{ "text", SG_T_TEXT, 0 },     { "json", SG_T_JSON, 0 },
		{ "jsonb", SG_T_JSON, 0 },    { "date", SG_T_DATE, 0 },
		{ "uuid", SG_T_UUID, 0 },     { "bytea", SG_T_BINARY, 0 },
	};

	for (size_t i = 0; i < sizeof(simple) / sizeof(simple[0]); i++) {
		if (strcmp(name, simple[i].name))
			continue;
		col->int_bytes = simple[i].bytes;
		return simple[i].cls;
	}
	if (!strcmp(name, "numeric")) {
		if (typmod >= VARHDRSZ) {
			int tm = typmod - VARHDRSZ;

			col->precision = (tm >> 16) & 0xffff;
			/* 11 bits, signed since PostgreSQL 15 allows scale < 0 */
			col->scale = ((tm & 0x7ff) ^ 1024) - 1024;
		} else {
			col->precision = 0;
			col->scale = 0;
		}
		return SG_T_DECIMAL;
	}
	if (!strcmp(name, "varchar") || !strcmp(name, "bpchar")) {
		col->length = typmod >= VARHDRSZ ? typmod - VARHDRSZ : 0;
		return name[0] == 'v' ? SG_T_VARCHAR : SG_T_CHAR;
	}
	if (!strcmp(name, "char")) { /* the one-byte "char" type */
		col->length = 1;
		return SG_T_CHAR;
	}
	if (!strcmp(name, "name")) {
		col->length = 63;
		return SG_T_VARCHAR;
	}
	if (!strcmp(name, "bit") || !strcmp(name, "varbit")) {
		col->length = typmod > 0 ? typmod : (name[0] == 'b' ? 1 : 0);
		return SG_T_BIT;
	}
	if (!strcmp(name, "time") || !strcmp(name, "timetz")) {
		col->precision = typmod >= 0 ? typmod : -1;
		col->with_tz = name[4] == 't';
		return SG_T_TIME;
	}
	if (!strcmp(name, "timestamp") || !strcmp(name, "timestamptz")) {
		col->precision = typmod >= 0 ? typmod : -1;
		col->with_tz = name[9] == 't';
		return col->with_tz ? SG_T_TIMESTAMP : SG_T_DATETIME;
	}
	return SG_T_OTHER;
}

/* Class of type oid (with modifier typmod) for col. Walks domains down to
 * their base type: a column's domains add their NOT NULL, CHECKs and
 * default to col; an array element's domains only their base type. For an
 * array, col's length/precision/scale/enum describe the element. */
static enum sg_type_class resolve_type(const struct intro *in, unsigned oid, int typmod,
				       struct sg_column *col, bool element)
{
	const struct pgtype *t = find_type(in, oid);

	for (int depth = 0; t && t->typtype == 'd' && depth < 64; depth++) {
		if (!element) {
			for (size_t i = 0; i < t->nchecks; i++)
				add_column_check(col, t->checks[i]);
			if (t->notnull)
				col->nullable = false;
			if (t->def && !col->default_expr && !col->generated)
				col->default_expr = sg_strdup(t->def);
		}
		if (typmod < 0)
			typmod = t->typmod;
		t = find_type(in, t->base);
	}
	if (!t)
		return SG_T_OTHER;
	if (t->category == 'A' && t->elem && !element) {
		col->elem_cls = resolve_type(in, t->elem, typmod, col, true);
		return SG_T_ARRAY;
	}
	if (t->typtype == 'e') {
		for (size_t i = 0; i < t->nenums; i++)
			sg_column_add_enum(col, t->enums[i]);
		return SG_T_ENUM;
	}
	if (t->typtype != 'b')
		return SG_T_OTHER;
	if (!strcmp(t->nsp, "pg_catalog"))
		return builtin_class(t->name, typmod, col);
	if (!strcmp(t->name, "citext")) /* extension type, any schema */
		return SG_T_TEXT;
	return SG_T_OTHER;
}

static void types_release(struct intro *in)
{
	for (size_t i = 0; i < in->ntypes; i++) {
		struct pgtype *t = &in->types[i];

		free(t->name);
		free(t->nsp);
		free(t->def);
		for (size_t j = 0; j < t->nenums; j++)
			free(t->enums[j]);
		free(t->enums);
		for (size_t j = 0; j < t->nchecks; j++)
			free(t->checks[j]);
		free(t->checks);
	}
	free(in->types);
	free(in->tabs);
}

static void push_str(char ***arr, size_t *n, const char *s)
{
	*arr = sg_realloc(*arr, (*n + 1) * sizeof(**arr));
	(*arr)[(*n)++] = sg_strdup(s);
}

static int read_tables(struct intro *in, struct sg_schema *out)
{
	PGresult *res = intro_query(in, SQL_TABLES, "the tables");
	int n;

	if (!res)
		return -1;
	n = PQntuples(res);
	in->tabs = sg_calloc((size_t)n + 1, sizeof(*in->tabs));
	for (int r = 0; r < n; r++) {
		struct sg_table *t = sg_schema_add_table(out, PQgetvalue(res, r, 1));
		const char *comment = val(res, r, 3);

		t->partitioned = bool_val(res, r, 2);
		if (comment)
			t->comment = sg_strdup(comment);
		in->tabs[in->ntabs].oid = oid_val(res, r, 0);
		in->tabs[in->ntabs++].t = t;
	}
	PQclear(res);
	return 0;
}

static int read_types(struct intro *in)
{
	PGresult *res = intro_query(in, SQL_TYPES, "the column types");
	int n;

	if (!res)
		return -1;
	n = PQntuples(res);
	in->types = sg_calloc((size_t)n + 1, sizeof(*in->types));
	for (int r = 0; r < n; r++) {
		struct pgtype *t = &in->types[in->ntypes++];
		const char *def = val(res, r, 9);

		t->oid = oid_val(res, r, 0);
		t->name = sg_strdup(PQgetvalue(res, r, 1));
		t->nsp = sg_strdup(PQgetvalue(res, r, 2));
		t->typtype = PQgetvalue(res, r, 3)[0];
		t->category = PQgetvalue(res, r, 4)[0];
		t->base = oid_val(res, r, 5);
		t->typmod = atoi(PQgetvalue(res, r, 6));
		t->notnull = bool_val(res, r, 7);
		t->elem = oid_val(res, r, 8);
		t->def = def ? sg_strdup(def) : NULL;
	}
	PQclear(res);

	if (!(res = intro_query(in, SQL_ENUMS, "the enum labels")))
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct pgtype *t = find_type(in, oid_val(res, r, 0));

		if (t)
			push_str(&t->enums, &t->nenums, PQgetvalue(res, r, 1));
	}
	PQclear(res);

	if (!(res = intro_query(in, SQL_DOMAIN_CHECKS, "the domain constraints")))
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct pgtype *t = find_type(in, oid_val(res, r, 0));

		const char *def = PQgetvalue(res, r, 1);

		if (!t)
			continue;
		push_str(&t->checks, &t->nchecks, def);
		/* The documented way to make a domain non-null that also holds
		 * where NOT NULL is not checked: a value is then required. */
		if (!strcmp(def, "CHECK (VALUE IS NOT NULL)"))
			t->notnull = true;
	}
	PQclear(res);
	return 0;
}

static int read_columns(struct intro *in)
{
	char sql[sizeof(SQL_COLUMNS) + 32];
	PGresult *res;

	snprintf(sql, sizeof(sql), SQL_COLUMNS,
		 PQserverVersion(conn_of(in->db)) >= 120000 ? "a.attgenerated" : "''");
	if (!(res = intro_query(in, sql, "the columns")))
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct sg_table *t = find_table(in, oid_val(res, r, 0));
		struct sg_column *col;
		const struct pgtype *ty;
		const char *raw = PQgetvalue(res, r, 2), *def = val(res, r, 6);
		const char *comment = val(res, r, 9);
		char identity = PQgetvalue(res, r, 7)[0], gen = PQgetvalue(res, r, 8)[0];
		unsigned typoid = oid_val(res, r, 3);

		if (!t)
			continue;
		col = sg_table_add_column(t, PQgetvalue(res, r, 1));
		col->raw_type = sg_strdup(raw);
		col->nullable = !bool_val(res, r, 5);
		if (gen == 's') {
			/* pg_attrdef holds the generation expression, not a default */
			col->generated = true;
			col->generation_expr = def ? sg_strdup(def) : NULL;
		} else if (def) {
			col->default_expr = sg_strdup(def);
			if (!strncmp(def, "nextval(", 8))
				col->auto_increment = true;
		}
		if (identity == 'a' || identity == 'd') {
			col->auto_increment = true;
			col->identity_always = identity == 'a';
		}
		if (comment)
			col->comment = sg_strdup(comment);
		if ((ty = find_type(in, typoid)))
			col->udt_name = sg_strdup(ty->name);
		col->cls = resolve_type(in, typoid, atoi(PQgetvalue(res, r, 4)), col, false);
		if (col->cls == SG_T_ARRAY) {
			/* format_type() spells every array with one "[]" suffix */
			size_t len = strlen(raw);

			col->elem_type = len > 2 && !strcmp(raw + len - 2, "[]")
				? sg_strndup(raw, len - 2) : sg_strdup(raw);
		}
	}
	PQclear(res);
	return 0;
}

static enum sg_fk_action fk_action(char c)
{
	switch (c) {
	case 'r': return SG_FK_RESTRICT;
	case 'c': return SG_FK_CASCADE;
	case 'n': return SG_FK_SET_NULL;
	case 'd': return SG_FK_SET_DEFAULT;
	default: return SG_FK_NO_ACTION; /* 'a' */
	}
}

static int read_keys(struct intro *in)
{
	PGresult *res = intro_query(in, SQL_KEYS, "the keys");
	unsigned cur = 0;
	struct sg_key *key = NULL;
	struct sg_fk *fk = NULL;

	if (!res)
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct sg_table *t = find_table(in, oid_val(res, r, 0));
		unsigned con = oid_val(res, r, 1);
		const char *name = PQgetvalue(res, r, 2), *col = PQgetvalue(res, r, 4);
		char type = PQgetvalue(res, r, 3)[0];

		if (!t)
			continue;
		if (con != cur) {
			cur = con;
			key = NULL;
			fk = NULL;
			if (type == 'p') {
				key = &t->pk;
				sg_key_set_name(key, name);
			} else if (type == 'u') {
				key = sg_table_add_unique(t, name);
			} else {
				const char *rnsp = val(res, r, 7);

				fk = sg_table_add_fk(t, name);
				fk->ref_table = sg_strdup(val(res, r, 6) ? val(res, r, 6) : "");
				if (rnsp && strcmp(rnsp, in->schema))
					fk->ref_schema = sg_strdup(rnsp);
				fk->on_delete = fk_action(PQgetvalue(res, r, 8)[0]);
				fk->on_update = fk_action(PQgetvalue(res, r, 9)[0]);
			}
		}
		if (key)
			sg_key_add_column(key, col);
		else if (fk)
			sg_fk_add_column(fk, col, val(res, r, 5) ? val(res, r, 5) : "");
	}
	PQclear(res);
	return 0;
}

static int read_checks(struct intro *in)
{
	PGresult *res = intro_query(in, SQL_CHECKS, "the check constraints");

	if (!res)
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct sg_table *t = find_table(in, oid_val(res, r, 0));
		const char *expr = PQgetvalue(res, r, 2), *colname = val(res, r, 3);
		struct sg_column *col;

		if (!t)
			continue;
		sg_table_add_check(t, PQgetvalue(res, r, 1), expr);
		if (colname && (col = sg_table_find_column(t, colname)))
			add_column_check(col, expr);
	}
	PQclear(res);
	return 0;
}

/* A unique index over plain columns without a predicate is a unique key
 * like a constraint. Partial and expression unique indexes do not make the
 * columns unique, so they are listed with the plain indexes (key->unique
 * still true). An expression column is named by its expression text as
 * pg_get_indexdef() prints it, e.g. "lower(full_name)". */
static void flush_index(struct sg_table *t, const char *name, bool unique,
			bool partial, char **cols, size_t ncols, bool has_expr)
{
	struct sg_key *k;

	if (unique && !partial && !has_expr) {
		k = sg_table_add_unique(t, name);
	} else {
		k = sg_table_add_index(t, name);
		k->unique = unique;
	}
	for (size_t i = 0; i < ncols; i++)
		sg_key_add_column(k, cols[i]);
}

static int read_indexes(struct intro *in)
{
	PGresult *res = intro_query(in, SQL_INDEXES, "the indexes");
	char **cols = NULL;
	size_t ncols = 0;
	int start = 0, n;

	if (!res)
		return -1;
	n = PQntuples(res);
	for (int r = 0; r <= n; r++) {
		const char *attname;

		if (r > start && (r == n || oid_val(res, r, 1) != oid_val(res, start, 1))) {
			struct sg_table *t = find_table(in, oid_val(res, start, 0));
			bool has_expr = false;

			for (int i = start; i < r; i++)
				has_expr |= PQgetisnull(res, i, 5);
			if (t)
				flush_index(t, PQgetvalue(res, start, 2), bool_val(res, start, 3),
					    bool_val(res, start, 4), cols, ncols, has_expr);
			for (size_t i = 0; i < ncols; i++)
				free(cols[i]);
			ncols = 0;
			start = r;
		}
		if (r == n)
			break;
		attname = val(res, r, 5);
		push_str(&cols, &ncols, attname ? attname : PQgetvalue(res, r, 6));
	}
	free(cols);
	PQclear(res);
	return 0;
}

static int pg_introspect(struct sg_db *db, struct sg_schema *out, struct sg_error *err)
{
	PGconn *conn = conn_of(db);
	struct intro in = { .db = db, .err = err };
	const char *params[1];
	const char *ver = PQparameterStatus(conn, "server_version");
	PGresult *res;
	int rc = -1;

	in.schema = db->schema_name ? db->schema_name : "public";
	params[0] = in.schema;
	res = PQexecParams(conn, "SELECT current_database(), EXISTS (SELECT 1 FROM"
			   " pg_catalog.pg_namespace WHERE nspname = $1)",
			   1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		pg_error(db, res, NULL, err, "cannot read schema '%s'", in.schema);
		PQclear(res);
		return -1;
	}
	if (!bool_val(res, 0, 1)) {
		sg_error_set(err, SG_EXIT_USAGE, "schema '%s' does not exist in database '%s'",
			     in.schema, PQgetvalue(res, 0, 0));
		PQclear(res);
		return -1;
	}
	out->dialect = SG_DIALECT_PGSQL;
	out->database = sg_strdup(PQgetvalue(res, 0, 0));
	out->schema_name = sg_strdup(in.schema);
	out->server_version = ver ? sg_strdup(ver) : NULL;
	PQclear(res);

	if (read_tables(&in, out) == 0 && read_types(&in) == 0 &&
	    read_columns(&in) == 0 && read_keys(&in) == 0 &&
	    read_checks(&in) == 0 && read_indexes(&in) == 0)
		rc = 0;
	types_release(&in);
	if (rc == 0 && (sg_schema_finish(out) < 0 || sg_pgsql_read_keyforms(db, out, err) < 0))
		rc = -1;
	return rc;
}

const struct sg_driver sg_drv_pgsql = {
	.name = "postgresql",
	.dialect = SG_DIALECT_PGSQL,
	.connect = pg_connect,
	.disconnect = pg_disconnect,
	.exec = pg_exec,
	.query = pg_query,
	.quote_ident = pg_quote_ident,
	.quote_literal = pg_quote_literal,
	.introspect = pg_introspect,
	.bulk_load = pg_bulk_load,
	.max_statement = pg_max_statement,
};
