/*
 * The MySQL/MariaDB driver: translates seedgen's driver calls into the
 * MariaDB Connector/C API (libmariadb, which also talks to MySQL servers).
 * It connects with a strict, UTC, utf8mb4 session; streams query results
 * row by row; and loads bulk data with LOAD DATA LOCAL INFILE fed from
 * memory. Introspection is in drv_mysql_schema.c, type rules and the
 * dialect's caps in drv_mysql_type.c. Only this file includes <mysql.h>.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <errmsg.h>
#include <mysql.h>

#include "seedgen/cycle.h"
#include "seedgen/db.h"
#include "drv_mysql_int.h"

#define DEFAULT_PORT 3306
#define DEFAULT_CONNECT_TIMEOUT 10
/* Read/write timeouts bound a dead server, not a slow query: a big LOAD
 * DATA or an ALTER on a large table can legitimately take minutes. */
#define IO_TIMEOUT 3600
#define SQL_DETAIL_MAX 200

struct load_state;

struct my_conn {
	MYSQL *my;
	size_t max_packet;           /* @@max_allowed_packet, 0 when unknown */
	bool local_infile;           /* @@local_infile: LOAD DATA LOCAL allowed */
	bool mariadb;                /* server is MariaDB (not Oracle MySQL) */
	bool json_equals;            /* MariaDB 10.7+: JSON_EQUALS() */
	const char *password;        /* borrowed from db->url, for scrubbing */
	const char *redacted;        /* borrowed from db->url */
	struct load_state *load;     /* the bulk load in progress, or NULL */
};

static struct my_conn *conn_of(struct sg_db *db)
{
	return db->handle;
}

/* The server never echoes a password, but a message that carried one would
 * leak it to logs: replace every occurrence, to be sure. Skipped for very
 * short passwords, which would mangle ordinary words, and for one that the
 * redacted URL shows anyway as (part of) the user, host or database name:
 * scrubbing it would garble those names and hide nothing. */
static void scrub(char *msg, const char *password, const char *redacted)
{
	size_t plen = password ? strlen(password) : 0;
	char *p;

	if (plen < 4 || (redacted && strstr(redacted, password)))
		return;
	/* Each replacement shortens msg, so this ends. */
	while ((p = strstr(msg, password)) != NULL) {
		memcpy(p, "***", 3);
		memmove(p + 3, p + plen, strlen(p + plen) + 1);
	}
}

/* Puts "<prefix>: " before err's message, keeping its code, detail and hint. */
void sg_my_prefix_error(struct sg_error *err, const char *prefix)
{
	struct sg_buf b = SG_BUF_INIT;
	size_t n;

	sg_buf_addf(&b, "%s: %s", prefix, err->msg);
	n = b.len < sizeof(err->msg) - 1 ? b.len : sizeof(err->msg) - 1;
	memcpy(err->msg, b.data, n);
	err->msg[n] = '\0';
	sg_buf_release(&b);
	if (!err->code)
		err->code = SG_EXIT_DB;
}

/* Copies at most SQL_DETAIL_MAX bytes of sql into the error's detail,
 * cutting on a UTF-8 character boundary. */
static void detail_sql(struct sg_error *err, const char *sql)
{
	size_t n = strlen(sql);

	if (n <= SQL_DETAIL_MAX) {
		sg_error_detail(err, "sql: %s", sql);
		return;
	}
	n = SQL_DETAIL_MAX;
	while (n > 0 && ((unsigned char)sql[n] & 0xC0) == 0x80)
		n--;
	sg_error_detail(err, "sql: %.*s ...", (int)n, sql);
}

/* Fills err from the connection's last error: "<what>: <error> (<errno>/<sqlstate>)". */
static int fail_query(struct my_conn *c, struct sg_error *err, const char *what,
		      const char *sql)
{
	char msg[MYSQL_ERRMSG_SIZE + 1];

	snprintf(msg, sizeof(msg), "%s", mysql_error(c->my));
	scrub(msg, c->password, c->redacted);
	sg_error_set(err, SG_EXIT_DB, "%s: %s (%u/%s)", what, msg,
		     mysql_errno(c->my), mysql_sqlstate(c->my));
	if (sql)
		detail_sql(err, sql);
	return -1;
}

/* --- connect ------------------------------------------------------------ */

enum ssl_mode {
	SSL_DEFAULT, SSL_DISABLED, SSL_PREFERRED, SSL_REQUIRED, SSL_VERIFY_CA,
	SSL_VERIFY_IDENTITY
};

struct conn_opts {
	enum ssl_mode ssl;
	const char *ssl_ca;
	const char *socket;
	unsigned int timeout;
};

static int parse_ssl_mode(const char *v, enum ssl_mode *out)
{
	static const struct { const char *name; enum ssl_mode mode; } modes[] = {
		{ "DISABLED", SSL_DISABLED }, { "PREFERRED", SSL_PREFERRED },
		{ "REQUIRED", SSL_REQUIRED }, { "VERIFY_CA", SSL_VERIFY_CA },
		{ "VERIFY_IDENTITY", SSL_VERIFY_IDENTITY },
	};

	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		if (!strcasecmp(v, modes[i].name)) {
			*out = modes[i].mode;
			return 0;
		}
	return -1;
}

static int parse_params(struct sg_db *db, struct conn_opts *o, struct sg_error *err)
{
	const struct sg_url *u = &db->url;

	o->ssl = SSL_DEFAULT;
	o->ssl_ca = NULL;
	o->socket = NULL;
	o->timeout = db->connect_timeout > 0 ? (unsigned)db->connect_timeout
					     : DEFAULT_CONNECT_TIMEOUT;
	for (size_t i = 0; i < u->nparams; i++) {
		const char *k = u->params[i].key, *v = u->params[i].value;

		if (!v)
			v = "";
		if (!strcmp(k, "ssl-mode") || !strcmp(k, "sslmode") ||
		    !strcmp(k, "ssl_mode")) {
			if (parse_ssl_mode(v, &o->ssl) < 0) {
				sg_error_set(err, SG_EXIT_USAGE,
					     "bad %s '%s' in URL '%s'", k, v, u->redacted);
				sg_error_hint(err, "use DISABLED, PREFERRED, REQUIRED, "
					      "VERIFY_CA or VERIFY_IDENTITY");
				return -1;
			}
		} else if (!strcmp(k, "ssl-ca") || !strcmp(k, "ssl_ca")) {
			o->ssl_ca = v;
		} else if (!strcmp(k, "socket")) {
			o->socket = v;
		} else if (!strcmp(k, "connect_timeout")) {
			char *end;
			long t;

			errno = 0;
			t = strtol(v, &end, 10);
			if (errno || end == v || *end || t < 1 || t > 86400) {
				sg_error_set(err, SG_EXIT_USAGE,
					     "bad connect_timeout '%s' in URL '%s'", v,
					     u->redacted);
				sg_error_hint(err, "give whole seconds, 1 to 86400");
				return -1;
			}
			o->timeout = (unsigned)t;
		} else {
			sg_error_set(err, SG_EXIT_USAGE,
				     "unknown parameter '%s' in URL '%s'", k, u->redacted);
			sg_error_hint(err, "MySQL URLs accept ssl-mode, ssl-ca, socket "
				      "and connect_timeout");
			return -1;
		}
	}
	if (o->ssl == SSL_DEFAULT && o->ssl_ca)
		o->ssl = SSL_VERIFY_CA; /* as the mysql client does with --ssl-ca */
	return 0;
}

/* Connector/C has no ssl-mode option: TLS is requested with
 * MYSQL_OPT_SSL_ENFORCE, which quietly falls back to plain text when the
 * server has no TLS, and certificate checking is one switch that verifies
 * the chain and the host name together, so VERIFY_CA is as strict as
 * VERIFY_IDENTITY. REQUIRED is enforced after connecting (see connect). */
static void set_ssl_options(MYSQL *my, const struct conn_opts *o)
{
	my_bool on = 1, off = 0;

	switch (o->ssl) {
	case SSL_DEFAULT:
		break;
	case SSL_DISABLED:
		mysql_options(my, MYSQL_OPT_SSL_ENFORCE, &off);
		mysql_options(my, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &off);
		break;
	case SSL_PREFERRED:
	case SSL_REQUIRED:
		mysql_options(my, MYSQL_OPT_SSL_ENFORCE, &on);
		mysql_options(my, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &off);
		break;
	case SSL_VERIFY_CA:
	case SSL_VERIFY_IDENTITY:
		mysql_options(my, MYSQL_OPT_SSL_ENFORCE, &on);
		mysql_options(my, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
		break;
	}
	if (o->ssl_ca && o->ssl != SSL_DISABLED)
		mysql_options(my, MYSQL_OPT_SSL_CA, o->ssl_ca);
}

static void connect_hint(struct sg_error *err, unsigned int code, const struct sg_db *db)
{
	switch (code) {
	case 1045: /* ER_ACCESS_DENIED_ERROR */
		sg_error_hint(err, "check the user name and password in the URL");
		break;
	case 1049: { /* ER_BAD_DB_ERROR */
		struct sg_buf q = SG_BUF_INIT;

		/* quoted, so that the hint is SQL that runs as it stands */
		sg_my_quote_ident(&q, db->url.database ? db->url.database : "");
		sg_error_hint(err, "create the database first: CREATE DATABASE %s", sg_buf_str(&q));
		sg_buf_release(&q);
		break;
	}
	case 2002: /* CR_CONNECTION_ERROR (socket) */
	case 2003: /* CR_CONN_HOST_ERROR */
		sg_error_hint(err, "is the server running and listening there?");
		break;
	case 2005: /* CR_UNKNOWN_HOST */
		sg_error_hint(err, "check the host name in the URL");
		break;
	default:
		break;
	}
}

static int local_infile_init(void **ptr, const char *filename, void *userdata);
static int local_infile_read(void *ptr, char *buf, unsigned int len);
static void local_infile_end(void *ptr);
static int local_infile_error(void *ptr, char *buf, unsigned int len);

static int session_setup(struct sg_db *db, struct sg_error *err)
{
	static const char *const setup[] = {
		/* Strict for every engine, so a bad value is an error instead
		 * of a silently truncated or zeroed one. CONCAT_WS skips the
		 * NULL of an empty mode, which would else leave a leading comma. */
		"SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@sql_mode, ''), 'STRICT_ALL_TABLES')",
		"SET time_zone = '+00:00'",
		"SET NAMES utf8mb4",
	};
	struct my_conn *c = conn_of(db);
	char *v = NULL;

	for (size_t i = 0; i < sizeof(setup) / sizeof(setup[0]); i++)
		if (db->drv->exec(db, setup[i], NULL, err) < 0)
			return -1;
	if (sg_db_query_value(db, "SELECT @@max_allowed_packet", &v, err) < 0)
		return -1;
	c->max_packet = v ? (size_t)strtoull(v, NULL, 10) : 0;
	free(v);
	v = NULL;
	/* MySQL 8 ships with local_infile OFF: then bulk loads use INSERT. */
	if (sg_db_query_value(db, "SELECT @@local_infile", &v, err) < 0)
		return -1;
	c->local_infile = v && (!strcmp(v, "1") || !strcasecmp(v, "ON"));
	free(v);
	return 0;
}

static int my_connect(struct sg_db *db, struct sg_error *err)
{
	const struct sg_url *u = &db->url;
	struct conn_opts o;
	struct my_conn *c;
	unsigned int io_timeout = IO_TIMEOUT, local_infile = 1;
	const char *host;
	MYSQL *my;

	if (!u->database || !*u->database) {
		sg_error_set(err, SG_EXIT_USAGE, "no database in URL '%s'", u->redacted);
		sg_error_hint(err, "name it in the path: mysql://user:password@host:3306/dbname");
		return -1;
	}
	if (parse_params(db, &o, err) < 0)
		return -1;

	my = mysql_init(NULL);
	if (!my)
		return sg_error_set(err, SG_EXIT_DB, "cannot connect to '%s': "
				    "out of memory in mysql_init", u->redacted);
	mysql_options(my, MYSQL_OPT_CONNECT_TIMEOUT, &o.timeout);
	mysql_options(my, MYSQL_OPT_READ_TIMEOUT, &io_timeout);
	mysql_options(my, MYSQL_OPT_WRITE_TIMEOUT, &io_timeout);
	mysql_options(my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(my, MYSQL_OPT_LOCAL_INFILE, &local_infile);
	set_ssl_options(my, &o);

	c = sg_calloc(1, sizeof(*c));
	c->my = my;
	c->password = u->password;
	c->redacted = u->redacted;
	/* Installed for the whole connection, not just during bulk_load: with
	 * LOCAL INFILE enabled, the library's default handler would read any
	 * client file a (hostile) server asks for in reply to any statement.
	 * Ours only ever sends the rows of an active bulk_load. */
	mysql_set_local_infile_handler(my, local_infile_init, local_infile_read,
				       local_infile_end, local_infile_error, c);

	/* "localhost" makes the library use the unix socket, which is what a
	 * socket= parameter asks for; the URL's host is then ignored. */
	host = o.socket ? "localhost" : (u->host && *u->host ? u->host : "localhost");
	if (!mysql_real_connect(my, host, u->user, u->password,
				u->database, u->port > 0 ? (unsigned)u->port : DEFAULT_PORT,
				o.socket, 0)) {
		char msg[MYSQL_ERRMSG_SIZE + 1];
		unsigned int code = mysql_errno(my);

		snprintf(msg, sizeof(msg), "%s", mysql_error(my));
		scrub(msg, u->password, u->redacted);
		sg_error_set(err, SG_EXIT_DB, "cannot connect to '%s': %s (%u)",
			     u->redacted, msg, code);
		connect_hint(err, code, db);
		mysql_close(my);
		free(c);
		return -1;
	}
	db->handle = c;
	c->mariadb = strstr(mysql_get_server_info(my), "MariaDB") != NULL;
	if (c->mariadb) {
		const char *v = mysql_get_server_info(my);
		int major = 0, minor = 0;

		if (!strncmp(v, "5.5.5-", 6)) /* the replication-compatible prefix */
			v += 6;
		sscanf(v, "%d.%d", &major, &minor);
		c->json_equals = major > 10 || (major == 10 && minor >= 7);
	}

	if (o.ssl == SSL_REQUIRED && !mysql_get_ssl_cipher(my)) {
		sg_error_set(err, SG_EXIT_DB, "cannot connect to '%s': ssl-mode=REQUIRED "
			     "but the server offers no TLS", u->redacted);
		goto fail;
	}
	if (session_setup(db, err) < 0) {
		char prefix[1024];

		snprintf(prefix, sizeof(prefix), "cannot set up the session on '%s'",
			 u->redacted);
		sg_my_prefix_error(err, prefix);
		goto fail;
	}
	return 0;
fail:
	mysql_close(my);
	free(c);
	db->handle = NULL;
	return -1;
}

static void my_disconnect(struct sg_db *db)
{
	struct my_conn *c = conn_of(db);

	if (!c)
		return;
	mysql_close(c->my);
	free(c);
	db->handle = NULL;
}

bool sg_my_is_mariadb(struct sg_db *db)
{
	return conn_of(db)->mariadb;
}

unsigned int sg_my_errno(struct sg_db *db)
{
	return mysql_errno(conn_of(db)->my);
}

/* --- statements ---------------------------------------------------------- */

static int my_exec(struct sg_db *db, const char *sql, long long *affected,
		   struct sg_error *err)
{
	struct my_conn *c = conn_of(db);

	if (mysql_real_query(c->my, sql, strlen(sql)))
		return fail_query(c, err, "query failed", sql);
	if (mysql_field_count(c->my) > 0) {
		/* A statement that returned rows: discard them so that the
		 * connection is ready for the next command. */
		MYSQL_RES *res = mysql_store_result(c->my);

		if (!res)
			return fail_query(c, err, "query failed", sql);
		mysql_free_result(res);
		if (affected)
			*affected = 0;
		return 0;
	}
	if (affected)
		*affected = (long long)mysql_affected_rows(c->my);
	return 0;
}

/* Streams with mysql_use_result: rows arrive one at a time, so the callback
 * must not run another statement on this connection while it is called. */
static int my_query(struct sg_db *db, const char *sql, sg_row_fn fn, void *ctx,
		    struct sg_error *err)
{
	struct my_conn *c = conn_of(db);
	MYSQL_RES *res;
	MYSQL_ROW row;
	size_t *lengths = NULL;
	unsigned int ncols;
	int rc = 0;

	if (mysql_real_query(c->my, sql, strlen(sql)))
		return fail_query(c, err, "query failed", sql);
	res = mysql_use_result(c->my);
	if (!res) {
		if (mysql_field_count(c->my) == 0)
			return 0; /* not a row-returning statement */
		return fail_query(c, err, "query failed", sql);
	}
	ncols = mysql_num_fields(res);
	lengths = sg_calloc(ncols ? ncols : 1, sizeof(*lengths));
	while ((row = mysql_fetch_row(res)) != NULL) {
		unsigned long *lens = mysql_fetch_lengths(res);
		int r;

		for (unsigned int i = 0; i < ncols; i++)
			lengths[i] = lens[i];
		r = fn(ctx, (int)ncols, (const char *const *)row, lengths);
		if (r != 0) {
			rc = r < 0 ? -1 : 0;
			break;
		}
	}
	if (!row && mysql_errno(c->my))
		rc = fail_query(c, err, "query failed while reading rows", sql);
	/* On an unbuffered result, mysql_free_result reads and drops the rows
	 * left, which keeps the connection usable after an early stop. */
	mysql_free_result(res);
	free(lengths);
	return rc;
}

void sg_my_quote_ident(struct sg_buf *out, const char *ident)
{
	sg_buf_addch(out, '`');
	for (const char *p = ident; *p; p++) {
		if (*p == '`')
			sg_buf_addch(out, '`');
		sg_buf_addch(out, *p);
	}
	sg_buf_addch(out, '`');
}

static void my_quote_literal(struct sg_db *db, struct sg_buf *out, const char *s,
			     size_t len)
{
	struct my_conn *c = db ? conn_of(db) : NULL;

	sg_buf_grow(out, 2 * len + 3);
	sg_buf_addch(out, '\'');
	if (c) {
		/* Escapes for the connection's charset and honours the
		 * server's NO_BACKSLASH_ESCAPES mode. */
		unsigned long n = mysql_real_escape_string(c->my, out->data + out->len,
							   s, (unsigned long)len);
		out->len += n;
		out->data[out->len] = '\0';
	} else {
		for (size_t i = 0; i < len; i++) {
			switch (s[i]) {
			case '\0': sg_buf_add(out, "\\0", 2); break;
			case '\n': sg_buf_add(out, "\\n", 2); break;
			case '\r': sg_buf_add(out, "\\r", 2); break;
			case '\032': sg_buf_add(out, "\\Z", 2); break;
			case '\\': sg_buf_add(out, "\\\\", 2); break;
			case '\'': sg_buf_add(out, "''", 2); break;
			default: sg_buf_addch(out, s[i]); break;
			}
		}
	}
	sg_buf_addch(out, '\'');
}

static size_t my_max_statement(struct sg_db *db)
{
	struct my_conn *c = conn_of(db);

	return c ? c->max_packet : 0;
}

/* --- bulk load ------------------------------------------------------------ */

struct load_state {
	sg_fill_fn fill;
	void *ctx;
	struct sg_error ferr;   /* the fill's own error */
	bool failed;            /* fill returned -1 */
	const char *table;
};

static int local_infile_init(void **ptr, const char *filename, void *userdata)
{
	struct my_conn *c = userdata;

	(void)filename;
	*ptr = c;
	return c->load ? 0 : 1;
}

static int local_infile_read(void *ptr, char *buf, unsigned int len)
{
	struct my_conn *c = ptr;
	struct load_state *ls = c->load;
	long n;

	if (!ls || ls->failed)
		return -1;
	n = ls->fill(ls->ctx, buf, len, &ls->ferr);
	if (n < 0 || (unsigned long)n > len) {
		if (n >= 0)
			sg_error_set(&ls->ferr, SG_EXIT_DB, "bulk load into '%s': the row "
				     "producer overran its buffer", ls->table);
		if (!ls->ferr.code)
			ls->ferr.code = SG_EXIT_DB;
		ls->failed = true;
		return -1;
	}
	return (int)n;
}

static void local_infile_end(void *ptr)
{
	(void)ptr;
}

static int local_infile_error(void *ptr, char *buf, unsigned int len)
{
	struct my_conn *c = ptr;

	if (c && c->load && c->load->failed)
		snprintf(buf, len, "%s", c->load->ferr.msg);
	else
		snprintf(buf, len, "LOAD DATA LOCAL INFILE refused: seedgen sends "
			 "no files, only rows of its own bulk loads");
	return CR_UNKNOWN_ERROR;
}

/* Fails with the first warnings of the last statement: LOAD DATA LOCAL turns
 * bad values and duplicate keys into warnings even in strict mode (the server
 * cannot stop the client mid-file), and a warning means a value was mangled
 * or a row dropped. */
static int warnings_to_error(struct sg_db *db, const char *table, unsigned int count,
			     long long rows, struct sg_error *err)
{
	struct my_conn *c = conn_of(db);
	struct sg_buf text = SG_BUF_INIT;
	MYSQL_RES *res;
	MYSQL_ROW row;
	int shown = 0;

	if (!mysql_real_query(c->my, "SHOW WARNINGS LIMIT 5", 21) &&
	    (res = mysql_store_result(c->my)) != NULL) {
		while ((row = mysql_fetch_row(res)) != NULL) {
			if (shown++)
				sg_buf_adds(&text, "; ");
			sg_buf_addf(&text, "%s %s: %s", row[0] ? row[0] : "?",
				    row[1] ? row[1] : "?", row[2] ? row[2] : "?");
		}
		mysql_free_result(res);
	}
	sg_error_set(err, SG_EXIT_DB, "bulk load into '%s' produced %u warning%s "
		     "(values would be mangled or rows dropped): %s", table, count,
		     count == 1 ? "" : "s", shown ? text.data : "(SHOW WARNINGS failed)");
	sg_error_detail(err, "the server reported %lld row%s loaded; the first "
			"warnings are shown", rows, rows == 1 ? "" : "s");
	sg_buf_release(&text);
	return -1;
}

static int my_bulk_load(struct sg_db *db, const char *table,
			const char *const *columns, size_t ncols, sg_fill_fn fill,
			void *ctx, long long *rows, struct sg_error *err)
{
	struct my_conn *c = conn_of(db);
	struct sg_buf sql = SG_BUF_INIT;
	struct load_state ls = { 0 };
	unsigned int warnings;
	long long loaded;
	int rc;

	if (rows)
		*rows = 0;
	if (!c->local_infile)
		return 1; /* not available: db.c sends multi-row INSERTs */
	/* X'09' etc. instead of '\t': the statement then means the same under
	 * the NO_BACKSLASH_ESCAPES sql_mode. */
	sg_buf_adds(&sql, "LOAD DATA LOCAL INFILE 'seedgen' INTO TABLE ");
	sg_my_quote_ident(&sql, table);
	sg_buf_adds(&sql, " CHARACTER SET utf8mb4 FIELDS TERMINATED BY X'09' "
		    "ESCAPED BY X'5C' LINES TERMINATED BY X'0A'");
	for (size_t i = 0; i < ncols; i++) {
		sg_buf_adds(&sql, i ? ", " : " (");
		sg_my_quote_ident(&sql, columns[i]);
	}
	if (ncols)
		sg_buf_addch(&sql, ')');

	ls.fill = fill;
	ls.ctx = ctx;
	ls.table = table;
	c->load = &ls;
	rc = mysql_real_query(c->my, sql.data, sql.len);
	c->load = NULL;
	if (ls.failed) {
		/* The library sent an end-of-file after the failed read, so the
		 * server has answered and the connection is in sync; the rows
		 * sent so far die with the caller's rollback. */
		*err = ls.ferr;
		if (!err->code)
			err->code = SG_EXIT_DB;
		sg_buf_release(&sql);
		return -1;
	}
	if (rc) {
		char what[512];

		snprintf(what, sizeof(what), "bulk load into '%s' failed", table);
		fail_query(c, err, what, sql.data);
		if (mysql_errno(c->my) == 1148 || mysql_errno(c->my) == 3948)
			sg_error_hint(err, "enable local_infile on the server "
				      "(SET GLOBAL local_infile = 1)");
		sg_buf_release(&sql);
		return -1;
	}
	sg_buf_release(&sql);
	loaded = (long long)mysql_affected_rows(c->my);
	warnings = mysql_warning_count(c->my);
	if (warnings > 0)
		return warnings_to_error(db, table, warnings, loaded, err);
	if (rows)
		*rows = loaded;
	return 0;
}

static void my_json_same(struct sg_db *db, struct sg_buf *out, const char *col_sql,
			 const char *lit_sql)
{
	struct my_conn *c = conn_of(db);

	if (c->json_equals)  /* NULL when the column is: never "the same" */
		sg_buf_addf(out, "COALESCE(JSON_EQUALS(%s, %s), 0) = 1", col_sql, lit_sql);
	else if (c->mariadb) /* before 10.7: blanks do not count, key order does */
		sg_buf_addf(out, "JSON_COMPACT(%s) <=> JSON_COMPACT(%s)", col_sql, lit_sql);
	else
		sg_buf_addf(out, "%s <=> CAST(%s AS JSON)", col_sql, lit_sql);
}

/* safety (issue 11): the connection's socket, for drv_mysql_safety.c,
 * which asks it for the address the connection reached. */
int sg_my_socket(struct sg_db *db);

int sg_my_socket(struct sg_db *db)
{
	return db->handle ? (int)mysql_get_socket(conn_of(db)->my) : -1;
}

/* safety (issue 11): drv_mysql_safety.c */
int sg_my_identify(struct sg_db *db, struct sg_db_target *out, struct sg_error *err);
int sg_my_set_lock_timeout(struct sg_db *db, int seconds, struct sg_error *err);
int sg_my_begin_load(struct sg_db *db, struct sg_error *err);
int sg_my_table_engine(struct sg_db *db, const char *table, char **engine, bool *transactional,
		       struct sg_error *err);
bool sg_my_is_lock_timeout(const struct sg_error *err);
int sg_my_lock_holders(struct sg_db *db, const struct sg_error *err, struct sg_buf *out);

const struct sg_driver sg_drv_mysql = {
	.name = "mysql",
	.caps = &sg_caps_mysql,
	.connect = my_connect,
	.disconnect = my_disconnect,
	.exec = my_exec,
	.query = my_query,
	.quote_ident = sg_my_quote_ident,
	.quote_literal = my_quote_literal,
	.introspect = sg_my_introspect,
	.bulk_load = my_bulk_load,
	.max_statement = my_max_statement,
	.json_same = my_json_same,
	.insert_cycle = sg_mysql_insert_cycle,
	.delete_cycle = sg_mysql_delete_cycle,
	/* safety (issue 11) */
	.identify = sg_my_identify,
	.set_lock_timeout = sg_my_set_lock_timeout,
	.begin_load = sg_my_begin_load,
	.table_engine = sg_my_table_engine,
	.is_lock_timeout = sg_my_is_lock_timeout,
	.lock_holders = sg_my_lock_holders,
};
