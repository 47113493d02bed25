/*
 * The PostgreSQL driver: translates seedgen's driver interface (db.h) into
 * libpq calls. It connects from the URL (libpq parses it itself), runs
 * statements and streaming queries, quotes identifiers and literals, and
 * loads rows with COPY ... FROM STDIN. Introspection is in
 * drv_pgsql_schema.c, contract type rules and the dialect's caps in
 * drv_pgsql_type.c.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "seedgen/cycle.h"
#include "seedgen/db.h"
#include "drv_pgsql_int.h"

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
int sg_pg_error(struct sg_db *db, const PGresult *res, const char *sql,
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
	char *uri = sg_strdup(db->url.canonical ? db->url.canonical : "");
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
			sg_pg_error(db, res, NULL, err, "cannot look up schema '%s'", db->schema_name);
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
		rc = sg_pg_error(db, res, sql, err, "query failed");
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
		return sg_pg_error(db, NULL, sql, err, "query failed");
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
				rc = sg_pg_error(db, res, sql, err, "query failed");
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
			rc = sg_pg_error(db, res, sql.data, err, "cannot copy into '%s'", table);
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
			rc = sg_pg_error(db, res, NULL, err, "cannot copy into '%s'", table);
		}
		PQclear(res);
	}
	if (rc == 0 && put_failed)
		rc = sg_pg_error(db, NULL, NULL, err, "cannot copy into '%s'", table);
	sg_buf_release(&sql);
	return rc;
}

/* json has no equality operator at all: compare as jsonb */
static void pg_json_same(struct sg_db *db, struct sg_buf *out, const char *col_sql,
			 const char *lit_sql)
{
	(void)db;
	sg_buf_addf(out, "%s::jsonb IS NOT DISTINCT FROM CAST(%s AS jsonb)", col_sql, lit_sql);
}

/* safety (issue 11): drv_pgsql_safety.c */
int sg_pg_identify(struct sg_db *db, struct sg_db_target *out, struct sg_error *err);
int sg_pg_set_lock_timeout(struct sg_db *db, int seconds, struct sg_error *err);
int sg_pg_inheritors(struct sg_db *db, const char *table, struct sg_rows *out,
		     struct sg_error *err);
bool sg_pg_is_lock_timeout(const struct sg_error *err);
int sg_pg_lock_holders(struct sg_db *db, const struct sg_error *err, struct sg_buf *out);

const struct sg_driver sg_drv_pgsql = {
	.name = "postgresql",
	.caps = &sg_caps_pgsql,
	.connect = pg_connect,
	.disconnect = pg_disconnect,
	.exec = pg_exec,
	.query = pg_query,
	.quote_ident = pg_quote_ident,
	.quote_literal = pg_quote_literal,
	.introspect = sg_pg_introspect,
	.bulk_load = pg_bulk_load,
	.max_statement = pg_max_statement,
	.json_same = pg_json_same,
	.insert_cycle = sg_pgsql_insert_cycle,
	.delete_cycle = sg_pgsql_delete_cycle,
	/* safety (issue 11) */
	.identify = sg_pg_identify,
	.set_lock_timeout = sg_pg_set_lock_timeout,
	/* xmin is the inserting transaction: exact even when the sequence
	 * hands out keys below the old maximum. */
	.own_rows_cond = "xmin::text::bigint = (SELECT txid_current() % 4294967296)",
	.only_prefix = "ONLY ",
	.inheritors = sg_pg_inheritors,
	.is_lock_timeout = sg_pg_is_lock_timeout,
	.lock_holders = sg_pg_lock_holders,
};
