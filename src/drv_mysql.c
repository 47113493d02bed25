/*
 * The MySQL/MariaDB driver: translates seedgen's driver calls into the
 * MariaDB Connector/C API (libmariadb, which also talks to MySQL servers).
 * It connects with a strict, UTC, utf8mb4 session; streams query results
 * row by row; loads bulk data with LOAD DATA LOCAL INFILE fed from memory;
 * and reads the live schema of the current database from information_schema
 * in one set-based query per view, so that hundreds of tables introspect in
 * a few round-trips. Only this file includes <mysql.h>.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <errmsg.h>
#include <mysql.h>

#include "seedgen/db.h"
#include "seedgen/drv_keys.h"

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
static void prefix_error(struct sg_error *err, const char *prefix)
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

/* Case-insensitive substring test (strcasestr is a GNU extension). */
static bool contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return true;
	return false;
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

static void my_quote_ident(struct sg_buf *out, const char *ident);

static void connect_hint(struct sg_error *err, unsigned int code, const struct sg_db *db)
{
	switch (code) {
	case 1045: /* ER_ACCESS_DENIED_ERROR */
		sg_error_hint(err, "check the user name and password in the URL");
		break;
	case 1049: { /* ER_BAD_DB_ERROR */
		struct sg_buf q = SG_BUF_INIT;

		/* quoted, so that the hint is SQL that runs as it stands */
		my_quote_ident(&q, db->url.database ? db->url.database : "");
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

	if (o.ssl == SSL_REQUIRED && !mysql_get_ssl_cipher(my)) {
		sg_error_set(err, SG_EXIT_DB, "cannot connect to '%s': ssl-mode=REQUIRED "
			     "but the server offers no TLS", u->redacted);
		goto fail;
	}
	if (session_setup(db, err) < 0) {
		char prefix[1024];

		snprintf(prefix, sizeof(prefix), "cannot set up the session on '%s'",
			 u->redacted);
		prefix_error(err, prefix);
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

static void my_quote_ident(struct sg_buf *out, const char *ident)
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
		return sg_db_load_insert(db, table, columns, ncols, fill, ctx, rows, err);
	/* X'09' etc. instead of '\t': the statement then means the same under
	 * the NO_BACKSLASH_ESCAPES sql_mode. */
	sg_buf_adds(&sql, "LOAD DATA LOCAL INFILE 'seedgen' INTO TABLE ");
	my_quote_ident(&sql, table);
	sg_buf_adds(&sql, " CHARACTER SET utf8mb4 FIELDS TERMINATED BY X'09' "
		    "ESCAPED BY X'5C' LINES TERMINATED BY X'0A'");
	for (size_t i = 0; i < ncols; i++) {
		sg_buf_adds(&sql, i ? ", " : " (");
		my_quote_ident(&sql, columns[i]);
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

/* --- introspection: type parsing ------------------------------------------ */

/* Splits "decimal(10,2) unsigned zerofill" into a lower-case base name, the
 * text between the outermost parentheses, and the unsigned flag. Enum/set
 * values may hold parentheses and commas inside quotes, so the closing
 * parenthesis is found by skipping quoted text. */
struct type_parts {
	char base[32];
	const char *args;  /* points into the type string, NULL without (...) */
	size_t args_len;
	bool is_unsigned;
};

static void split_type(const char *type, struct type_parts *tp)
{
	const char *p = type;
	size_t n = 0;

	memset(tp, 0, sizeof(*tp));
	while (*p == ' ')
		p++;
	while (*p && *p != '(' && *p != ' ' && n < sizeof(tp->base) - 1) {
		char ch = *p++;

		tp->base[n++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
	}
	tp->base[n] = '\0';
	/* "double precision" is spelled with a space */
	if (!strcmp(tp->base, "double") && !strncasecmp(p, " precision", 10))
		p += 10;
	if (*p == '(') {
		const char *a = ++p;
		char q = 0;

		for (; *p; p++) {
			if (q) {
				if (*p == '\\' && p[1])
					p++;
				else if (*p == q && p[1] == q)
					p++;
				else if (*p == q)
					q = 0;
			} else if (*p == '\'' || *p == '"') {
				q = *p;
			} else if (*p == ')') {
				break;
			}
		}
		tp->args = a;
		tp->args_len = (size_t)(p - a);
		if (*p == ')')
			p++;
	}
	for (;;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (!strncasecmp(p, "unsigned", 8))
			tp->is_unsigned = true;
		while (*p && *p != ' ')
			p++;
	}
}

/* Reads "n" or "n,m" from the argument text; -1 for a missing number. */
static void type_numbers(const struct type_parts *tp, int *a, int *b)
{
	char tmp[64];
	char *end;
	size_t n = tp->args_len < sizeof(tmp) - 1 ? tp->args_len : sizeof(tmp) - 1;

	*a = *b = -1;
	if (!tp->args)
		return;
	memcpy(tmp, tp->args, n);
	tmp[n] = '\0';
	errno = 0;
	long v = strtol(tmp, &end, 10);
	if (end == tmp || errno || v < 0 || v > INT_MAX)
		return;
	*a = (int)v;
	if (*end == ',') {
		char *s = end + 1;

		v = strtol(s, &end, 10);
		if (end != s && v >= 0 && v <= INT_MAX)
			*b = (int)v;
	}
}

/* Parses the quoted member list of enum(...)/set(...) as information_schema
 * spells it: quotes doubled, and backslash escapes for \\ \n \r \0 \Z
 * (MariaDB escapes those; a tab stays raw). */
static void parse_enum_values(struct sg_column *col, const char *args, size_t len)
{
	struct sg_buf v = SG_BUF_INIT;
	size_t i = 0;

	while (i < len) {
		while (i < len && (args[i] == ' ' || args[i] == ','))
			i++;
		if (i >= len || args[i] != '\'')
			break;
		i++;
		sg_buf_reset(&v);
		sg_buf_add(&v, "", 0);
		while (i < len) {
			char ch = args[i];

			if (ch == '\'' && i + 1 < len && args[i + 1] == '\'') {
				sg_buf_addch(&v, '\'');
				i += 2;
			} else if (ch == '\'') {
				i++;
				break;
			} else if (ch == '\\' && i + 1 < len) {
				char e = args[i + 1];

				switch (e) {
				case 'n': sg_buf_addch(&v, '\n'); break;
				case 'r': sg_buf_addch(&v, '\r'); break;
				case 't': sg_buf_addch(&v, '\t'); break;
				case 'Z': sg_buf_addch(&v, '\032'); break;
				case '0': break; /* NUL cannot live in a C string */
				default: sg_buf_addch(&v, e); break;
				}
				i += 2;
			} else {
				sg_buf_addch(&v, ch);
				i++;
			}
		}
		sg_column_add_enum(col, sg_buf_str(&v));
	}
	sg_buf_release(&v);
}

/* Sets cls and the size fields of col from COLUMN_TYPE. */
static void classify(struct sg_column *col, const char *type)
{
	static const struct { const char *name; int bytes; } ints[] = {
		{ "tinyint", 1 }, { "smallint", 2 }, { "mediumint", 3 },
		{ "int", 4 }, { "integer", 4 }, { "bigint", 8 },
	};
	static const struct { const char *name; enum sg_type_class cls; int length; } fixed[] = {
		{ "tinytext", SG_T_TEXT, 255 }, { "text", SG_T_TEXT, 65535 },
		{ "mediumtext", SG_T_TEXT, 0 }, { "longtext", SG_T_TEXT, 0 },
		{ "tinyblob", SG_T_BINARY, 255 }, { "blob", SG_T_BINARY, 65535 },
		{ "mediumblob", SG_T_BINARY, 0 }, { "longblob", SG_T_BINARY, 0 },
		{ "json", SG_T_JSON, 0 }, { "date", SG_T_DATE, 0 },
		{ "year", SG_T_YEAR, 0 }, { "uuid", SG_T_UUID, 0 },
	};
	struct type_parts tp;
	const char *b;
	int n1, n2;

	split_type(type, &tp);
	type_numbers(&tp, &n1, &n2);
	b = tp.base;
	col->cls = SG_T_OTHER;
	col->is_unsigned = tp.is_unsigned;

	if (!strcmp(b, "bool") || !strcmp(b, "boolean") ||
	    (!strcmp(b, "tinyint") && n1 == 1)) {
		col->cls = SG_T_BOOL;
		col->is_unsigned = false;
		return;
	}
	for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++)
		if (!strcmp(b, ints[i].name)) {
			col->cls = SG_T_INT;
			col->int_bytes = ints[i].bytes;
			return;
		}
	if (!strcmp(b, "decimal") || !strcmp(b, "numeric") || !strcmp(b, "dec") ||
	    !strcmp(b, "fixed")) {
		col->cls = SG_T_DECIMAL;
		col->precision = n1 >= 0 ? n1 : 10; /* MySQL's DECIMAL = DECIMAL(10,0) */
		col->scale = n2 >= 0 ? n2 : 0;
		return;
	}
	if (!strcmp(b, "float") || !strcmp(b, "double") || !strcmp(b, "real")) {
		/* FLOAT(p) with p > 24 is a double; FLOAT(M,D) keeps M,D */
		col->cls = (!strcmp(b, "float") && !(n1 > 24 && n2 < 0)) ? SG_T_FLOAT
									 : SG_T_DOUBLE;
		if (n1 >= 0 && n2 >= 0) {
			col->precision = n1;
			col->scale = n2;
		}
		return;
	}
	if (!strcmp(b, "char") || !strcmp(b, "varchar")) {
		col->cls = b[0] == 'c' ? SG_T_CHAR : SG_T_VARCHAR;
		col->length = n1 >= 0 ? n1 : (b[0] == 'c' ? 1 : 0);
		return;
	}
	if (!strcmp(b, "binary") || !strcmp(b, "varbinary")) {
		col->cls = SG_T_BINARY;
		col->length = n1 >= 0 ? n1 : (b[0] == 'b' ? 1 : 0);
		return;
	}
	if (!strcmp(b, "time") || !strcmp(b, "datetime") || !strcmp(b, "timestamp")) {
		col->cls = !strcmp(b, "time") ? SG_T_TIME
			 : !strcmp(b, "datetime") ? SG_T_DATETIME : SG_T_TIMESTAMP;
		col->precision = n1; /* -1 when no fractional digits are declared */
		return;
	}
	if (!strcmp(b, "bit")) {
		col->cls = SG_T_BIT;
		col->length = n1 >= 0 ? n1 : 1;
		col->is_unsigned = false;
		return;
	}
	if (!strcmp(b, "enum") || !strcmp(b, "set")) {
		col->cls = b[0] == 'e' ? SG_T_ENUM : SG_T_SET;
		col->is_unsigned = false;
		if (tp.args)
			parse_enum_values(col, tp.args, tp.args_len);
		return;
	}
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		if (!strcmp(b, fixed[i].name)) {
			col->cls = fixed[i].cls;
			col->length = fixed[i].length;
			return;
		}
	col->is_unsigned = false;
}

/* MySQL 8 reports literal defaults bare (todo, 2024-01-01) where MariaDB
 * quotes them ('todo'); quote them too so that default_expr reads the same
 * on both. Expression defaults carry DEFAULT_GENERATED in EXTRA there. */
static char *mysql8_default(const struct sg_column *col, const char *def,
			    const char *extra)
{
	struct sg_buf b = SG_BUF_INIT;

	if (contains_ci(extra, "DEFAULT_GENERATED"))
		return sg_strdup(def);
	switch (col->cls) {
	case SG_T_INT: case SG_T_BOOL: case SG_T_DECIMAL: case SG_T_FLOAT:
	case SG_T_DOUBLE: case SG_T_BIT: case SG_T_YEAR:
		return sg_strdup(def);
	default:
		break;
	}
	sg_buf_addch(&b, '\'');
	for (const char *p = def; *p; p++) {
		if (*p == '\'')
			sg_buf_addch(&b, '\'');
		sg_buf_addch(&b, *p);
	}
	sg_buf_addch(&b, '\'');
	return sg_buf_detach(&b);
}

/* --- introspection: queries ----------------------------------------------- */

struct isp {
	struct sg_db *db;
	struct sg_schema *s;
	struct sg_table *last;     /* lookup cache: rows come grouped by table */
	struct sg_key *key;        /* key being filled (STATISTICS) */
	struct sg_fk *fk;          /* FK being filled (KEY_COLUMN_USAGE) */
	char *key_table, *key_name;
	bool key_skip;
	const char *dbname;
};

static struct sg_table *find_table(struct isp *st, const char *name)
{
	if (st->last && !strcmp(st->last->name, name))
		return st->last;
	for (size_t i = 0; i < st->s->ntables; i++)
		if (!strcmp(st->s->tables[i]->name, name))
			return st->last = st->s->tables[i];
	return NULL;
}

static char *dup_nonempty(const char *v)
{
	return v && *v ? sg_strdup(v) : NULL;
}

static int row_table(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t;

	(void)ncols;
	(void)len;
	t = sg_schema_add_table(st->s, v[0]);
	t->comment = dup_nonempty(v[1]);
	return 0;
}

/* TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
 * IS_GENERATED, GENERATION_EXPRESSION, COLUMN_COMMENT */
static int row_column(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct my_conn *c = conn_of(st->db);
	struct sg_table *t = find_table(st, v[0]);
	struct sg_column *col;
	const char *extra = v[5] ? v[5] : "";

	(void)ncols;
	(void)len;
	if (!t)
		return 0; /* a view's column */
	col = sg_table_add_column(t, v[1]);
	col->raw_type = sg_strdup(v[2]);
	classify(col, v[2]);
	col->nullable = v[3] && !strcmp(v[3], "YES");
	/* MariaDB reports a column without a default as SQL NULL and one with
	 * DEFAULT NULL as the bare word NULL; string literals come quoted
	 * ('NULL' for the string), so the bare word is never a value. MySQL 8
	 * reports both as SQL NULL and literals bare. */
	if (c->mariadb && v[4] && strcmp(v[4], "NULL"))
		col->default_expr = sg_strdup(v[4]);
	else if (!c->mariadb && v[4])
		col->default_expr = mysql8_default(col, v[4], extra);
	col->auto_increment = contains_ci(extra, "auto_increment");
	col->on_update_now = contains_ci(extra, "on update");
	/* Not just "GENERATED": MySQL 8 marks expression defaults with
	 * DEFAULT_GENERATED. */
	col->generated = (v[6] && !strcmp(v[6], "ALWAYS")) ||
			 contains_ci(extra, "VIRTUAL GENERATED") ||
			 contains_ci(extra, "STORED GENERATED") ||
			 contains_ci(extra, "PERSISTENT GENERATED");
	if (col->generated)
		col->generation_expr = dup_nonempty(v[7]);
	col->comment = dup_nonempty(v[8]);
	return 0;
}

/* Rows of one index or constraint come together (the queries order them
 * so): true when this row begins a new one, which is then remembered. */
static bool starts_group(struct isp *st, const char *table, const char *name)
{
	if (st->key_table && !strcmp(st->key_table, table) && !strcmp(st->key_name, name))
		return false;
	free(st->key_table);
	free(st->key_name);
	st->key_table = sg_strdup(table);
	st->key_name = sg_strdup(name);
	return true;
}

/* TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME (by table, index, seq) */
static int row_index(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t;

	(void)ncols;
	(void)len;
	if (starts_group(st, v[0], v[1])) {
		st->key = NULL;
		t = find_table(st, v[0]);
		if (!t)
			return 0;
		if (!strcmp(v[1], "PRIMARY")) {
			st->key = &t->pk;
			sg_key_set_name(st->key, v[1]);
		} else if (v[2] && !strcmp(v[2], "0")) {
			st->key = sg_table_add_unique(t, v[1]);
		} else {
			st->key = sg_table_add_index(t, v[1]);
		}
	}
	/* An expression key part (MySQL 8 functional index) has no column. */
	if (st->key && v[3])
		sg_key_add_column(st->key, v[3]);
	return 0;
}

/* TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA,
 * REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME, UPDATE_RULE, DELETE_RULE */
static int row_fk(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t;

	(void)ncols;
	(void)len;
	if (starts_group(st, v[0], v[1])) {
		st->fk = NULL;
		t = find_table(st, v[0]);
		if (!t)
			return 0;
		st->fk = sg_table_add_fk(t, v[1]);
		st->fk->ref_table = sg_strdup(v[4]);
		if (v[3] && strcmp(v[3], st->dbname))
			st->fk->ref_schema = sg_strdup(v[3]);
		st->fk->on_update = sg_fk_action_parse(v[6]);
		st->fk->on_delete = sg_fk_action_parse(v[7]);
	}
	if (st->fk)
		sg_fk_add_column(st->fk, v[2], v[5] ? v[5] : "");
	return 0;
}

/* Distinct backquoted names in a check clause (the server quotes every
 * column reference); string literals are skipped. Returns the count and the
 * single name in *only when there is exactly one. */
static size_t check_columns(const char *expr, char **only)
{
	char *first = NULL;
	size_t count = 0;

	*only = NULL;
	for (const char *p = expr; *p; p++) {
		if (*p == '\'' || *p == '"') {
			char q = *p;

			for (p++; *p; p++) {
				if (*p == '\\' && p[1])
					p++;
				else if (*p == q && p[1] == q)
					p++;
				else if (*p == q)
					break;
			}
			if (!*p)
				break;
		} else if (*p == '`') {
			struct sg_buf name = SG_BUF_INIT;

			for (p++; *p; p++) {
				if (*p == '`' && p[1] == '`')
					p++;
				else if (*p == '`')
					break;
				sg_buf_addch(&name, *p);
			}
			if (!first) {
				first = sg_buf_detach(&name);
				count = 1;
			} else if (strcmp(first, sg_buf_str(&name))) {
				count++;
			}
			sg_buf_release(&name);
			if (!*p)
				break;
		}
	}
	if (count == 1)
		*only = first;
	else
		free(first);
	return count;
}

static bool is_json_valid_check(const char *expr, const char *column)
{
	struct sg_buf want = SG_BUF_INIT;
	bool same;

	sg_buf_adds(&want, "json_valid(");
	my_quote_ident(&want, column);
	sg_buf_addch(&want, ')');
	same = !strcasecmp(expr, want.data);
	sg_buf_release(&want);
	return same;
}

/* TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE */
static int row_check(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t = find_table(st, v[0]);
	struct sg_column *col;
	char *only;

	(void)ncols;
	(void)len;
	if (!t || !v[2])
		return 0;
	sg_table_add_check(t, v[1], v[2]);
	check_columns(v[2], &only);
	if (!only)
		return 0;
	col = sg_table_find_column(t, only);
	free(only);
	if (!col)
		return 0;
	if (col->check) {
		size_t a = strlen(col->check), b = strlen(v[2]);

		col->check = sg_realloc(col->check, a + b + 3);
		memcpy(col->check + a, "; ", 2);
		memcpy(col->check + a + 2, v[2], b + 1);
	} else {
		col->check = sg_strdup(v[2]);
	}
	/* MariaDB's JSON type is an alias: the column is a LONGTEXT guarded by
	 * CHECK (json_valid(`col`)), and information_schema says "longtext".
	 * The check is what makes it JSON, so the class follows it while
	 * raw_type keeps the server's spelling. */
	if (col->cls == SG_T_TEXT && is_json_valid_check(v[2], col->name))
		col->cls = SG_T_JSON;
	return 0;
}

static int row_info(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;

	(void)ncols;
	(void)len;
	st->s->server_version = v[0] ? sg_strdup(v[0]) : NULL;
	st->s->database = v[1] ? sg_strdup(v[1]) : NULL;
	return 1;
}

static const char sql_tables[] =
	"SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES "
	"WHERE TABLE_SCHEMA = DATABASE() "
	"AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')";

/* Byte ordering: information_schema compares names case-insensitively,
 * which could interleave the rows of tables `A` and `a`. */
static const char sql_columns[] =
	"SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, "
	"EXTRA, IS_GENERATED, GENERATION_EXPRESSION, COLUMN_COMMENT "
	"FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
	"ORDER BY CAST(TABLE_NAME AS BINARY), ORDINAL_POSITION";

static const char sql_indexes[] =
	"SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME "
	"FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
	"ORDER BY CAST(TABLE_NAME AS BINARY), CAST(INDEX_NAME AS BINARY), SEQ_IN_INDEX";

static const char sql_fks[] =
	"SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, "
	"k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
	"r.UPDATE_RULE, r.DELETE_RULE "
	"FROM information_schema.KEY_COLUMN_USAGE k "
	"JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
	"ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME "
	"AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
	"WHERE k.TABLE_SCHEMA = DATABASE() AND r.CONSTRAINT_SCHEMA = DATABASE() "
	"AND k.REFERENCED_TABLE_NAME IS NOT NULL "
	"ORDER BY CAST(k.TABLE_NAME AS BINARY), CAST(k.CONSTRAINT_NAME AS BINARY), k.ORDINAL_POSITION";

/* MariaDB names checks per table and has TABLE_NAME in CHECK_CONSTRAINTS;
 * MySQL 8 names them per schema and only TABLE_CONSTRAINTS knows the table. */
static const char sql_checks_mariadb[] =
	"SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE "
	"FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() "
	"ORDER BY CAST(TABLE_NAME AS BINARY), CAST(CONSTRAINT_NAME AS BINARY)";

static const char sql_checks_mysql[] =
	"SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE "
	"FROM information_schema.CHECK_CONSTRAINTS c "
	"JOIN information_schema.TABLE_CONSTRAINTS t "
	"ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME "
	"AND t.CONSTRAINT_TYPE = 'CHECK' "
	"WHERE c.CONSTRAINT_SCHEMA = DATABASE() "
	"ORDER BY CAST(t.TABLE_NAME AS BINARY), CAST(c.CONSTRAINT_NAME AS BINARY)";

static void reset_group(struct isp *st)
{
	free(st->key_table);
	free(st->key_name);
	st->key_table = st->key_name = NULL;
	st->key = NULL;
	st->fk = NULL;
}

static int my_introspect(struct sg_db *db, struct sg_schema *out, struct sg_error *err)
{
	struct my_conn *c = conn_of(db);
	struct isp st = { 0 };
	int rc = -1;

	st.db = db;
	st.s = out;
	out->dialect = SG_DIALECT_MYSQL;
	if (sg_db_query(db, "SELECT VERSION(), DATABASE()", row_info, &st, err) < 0)
		goto done;
	st.dbname = out->database ? out->database : "";
	if (sg_db_query(db, sql_tables, row_table, &st, err) < 0 ||
	    sg_db_query(db, sql_columns, row_column, &st, err) < 0 ||
	    sg_db_query(db, sql_indexes, row_index, &st, err) < 0)
		goto done;
	reset_group(&st);
	if (sg_db_query(db, sql_fks, row_fk, &st, err) < 0)
		goto done;
	reset_group(&st);
	if (sg_db_query(db, c->mariadb ? sql_checks_mariadb : sql_checks_mysql,
			row_check, &st, err) < 0) {
		/* Servers before MariaDB 10.2.22 / MySQL 8.0.16 have no
		 * CHECK_CONSTRAINTS view (and enforce no checks): go on. */
		if (mysql_errno(c->my) != 1109)
			goto done;
		sg_error_clear(err);
	}
	rc = sg_schema_finish(out) < 0 ? -1 : sg_mysql_read_keyforms(db, out, err);
done:
	reset_group(&st);
	if (rc < 0) {
		char prefix[1024];

		snprintf(prefix, sizeof(prefix), "cannot read the schema of '%s'",
			 db->url.redacted);
		prefix_error(err, prefix);
	}
	return rc;
}

const struct sg_driver sg_drv_mysql = {
	.name = "mysql",
	.dialect = SG_DIALECT_MYSQL,
	.connect = my_connect,
	.disconnect = my_disconnect,
	.exec = my_exec,
	.query = my_query,
	.quote_ident = my_quote_ident,
	.quote_literal = my_quote_literal,
	.introspect = my_introspect,
	.bulk_load = my_bulk_load,
	.max_statement = my_max_statement,
};
