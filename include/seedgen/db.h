/*
 * The database layer. A driver is a const struct of function pointers that
 * only translates between seedgen and one client library; the generic layer
 * (db.c) owns the connection object, transactions and batching.
 *
 * Only drv_mysql.c includes <mysql.h>; only drv_pgsql.c includes <libpq-fe.h>.
 */
#ifndef SEEDGEN_DB_H
#define SEEDGEN_DB_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/buf.h"
#include "seedgen/caps.h"
#include "seedgen/error.h"
#include "seedgen/schema.h"
#include "seedgen/url.h"

struct sg_db;
struct sg_rows;

/* safety (issue 11): what a connection actually reached, asked of the
 * server and of the socket rather than read from the URL. The production
 * guard judges it; run reports record it so that undo refuses another
 * server. Strings are new or NULL; free with sg_db_target_release(). */
struct sg_db_target {
	char *database;     /* the server's current database */
	char *schema;       /* PostgreSQL: the schema in use; NULL on MySQL */
	char *host;         /* the host the client connected to (libpq's PQhost, else the URL's) */
	char *hostaddr;     /* libpq's PQhostaddr when it differs, else NULL */
	char *addr;         /* the socket's peer address, numeric (IPv4-mapped IPv6 unwrapped), or "local" */
	int port;           /* the server's port */
	char *server_host;  /* the server's own host name (MySQL @@hostname), or NULL */
	char *server_addr;  /* the server's own address for this connection (PG inet_server_addr) */
	char *server_id;    /* PG: the system identifier; MySQL: @@server_id/@@hostname/@@datadir */
};

/* Row callback of sg_driver.query. values[i] is NULL for SQL NULL; values
 * and lengths are borrowed for the duration of the call only (copy what you
 * keep). Return 0 to go on, 1 to stop early (not an error), -1 to abort
 * (the callback has filled its own error; query then returns -1). */
typedef int (*sg_row_fn)(void *ctx, int ncols, const char *const *values,
			 const size_t *lengths);

/* Producer of bulk-load data (sg_driver.bulk_load). Writes up to cap bytes
 * of rows in the text format below into buf and returns the byte count; 0
 * at the end of the data; -1 on error (err filled). Rows may be split
 * across calls.
 *
 * Text format, accepted both by PostgreSQL COPY ... FROM STDIN (text) and
 * MySQL LOAD DATA (FIELDS TERMINATED BY '\t' ESCAPED BY '\\' LINES
 * TERMINATED BY '\n'): columns separated by TAB, rows ended by LF, SQL NULL
 * as \N, and inside values backslash, TAB, LF, CR written as \\ \t \n \r. */
typedef long (*sg_fill_fn)(void *ctx, char *buf, size_t cap, struct sg_error *err);

struct sg_cycle_row;
struct sg_cycle_del;

struct sg_driver {
	const char *name;            /* "mysql", "postgresql" */
	const struct sg_caps *caps;  /* the dialect's capabilities (sg_db.caps) */

	/* Connects using db->url (and db->connect_timeout seconds). On failure:
	 * SG_EXIT_DB, message with db->url.redacted and the server's reason. */
	int (*connect)(struct sg_db *db, struct sg_error *err);
	void (*disconnect)(struct sg_db *db);

	/* Runs one statement that returns no rows. *affected (may be NULL)
	 * gets the affected-row count. */
	int (*exec)(struct sg_db *db, const char *sql, long long *affected,
		    struct sg_error *err);

	/* Runs a query and calls fn for every row, streaming (rows are not all
	 * held in memory at once). */
	int (*query)(struct sg_db *db, const char *sql, sg_row_fn fn, void *ctx,
		     struct sg_error *err);

	/* Appends ident quoted for the dialect (`a``b` / "a""b"). */
	void (*quote_ident)(struct sg_buf *out, const char *ident);

	/* Appends s[0..len) as a string literal safe for this connection. */
	void (*quote_literal)(struct sg_db *db, struct sg_buf *out, const char *s,
			      size_t len);

	/* Reads every base table of the current database (MySQL) or of schema
	 * db->schema_name (PostgreSQL, default "public") into *out, which the
	 * caller zero-initialized. Calls sg_schema_finish(). */
	int (*introspect)(struct sg_db *db, struct sg_schema *out, struct sg_error *err);

	/* Optional fast path (NULL: db.c falls back to multi-row INSERT):
	 * loads the rows that fill produces into table(columns) -- COPY FROM
	 * STDIN or LOAD DATA LOCAL INFILE. Runs inside the caller's
	 * transaction. *rows gets the number of rows loaded. Returns 1, before
	 * calling fill, when the fast path is not available on this server
	 * (MySQL with local_infile off): db.c then uses multi-row INSERT. */
	int (*bulk_load)(struct sg_db *db, const char *table,
			 const char *const *columns, size_t ncols,
			 sg_fill_fn fill, void *ctx, long long *rows,
			 struct sg_error *err);

	/* Largest statement the server accepts, in bytes (max_allowed_packet);
	 * 0 when unlimited/unknown. Multi-row INSERT batches stay under it. */
	size_t (*max_statement)(struct sg_db *db);

	/* Appends a NULL-safe "column col (quoted as col_sql) holds the JSON
	 * value lit_sql (a quoted literal)", comparing as JSON where the server
	 * can (PostgreSQL json has no equality; MariaDB has JSON_EQUALS from
	 * 10.7). Never true when the column is NULL. */
	void (*json_same)(struct sg_db *db, struct sg_buf *out, const char *col_sql,
			  const char *lit_sql);

	/* Optional (NULL: the plan refuses NOT NULL cycles): inserts the first,
	 * linked rows of a NOT NULL foreign-key cycle and returns their keys;
	 * delete_cycle deletes such rows together (seedgen/cycle.h). A driver
	 * with insert_cycle has delete_cycle. */
	int (*insert_cycle)(struct sg_db *db, const struct sg_cycle_row *rows, size_t n,
			    char **keys, struct sg_error *err);
	int (*delete_cycle)(struct sg_db *db, struct sg_cycle_del *dels, size_t n,
			    struct sg_error *err);

	/* safety (issue 11); implemented in drv_*_safety.c */
	/* Fills *out with what the connection actually reached, asked of the
	 * server and of the socket (see struct sg_db_target). */
	int (*identify)(struct sg_db *db, struct sg_db_target *out, struct sg_error *err);
	/* Makes every lock wait of the session give up after seconds (> 0). */
	int (*set_lock_timeout)(struct sg_db *db, int seconds, struct sg_error *err);
	/* Begins the transaction a table is loaded in, such that
	 * sg_db_inserted_cond() matches exactly the rows it inserts. */
	int (*begin_load)(struct sg_db *db, struct sg_error *err);
	/* SQL condition true exactly for rows the current transaction
	 * inserted; NULL when begin_load's snapshot makes "key > old max" so. */
	const char *own_rows_cond;
	/* Prefix that keeps a DELETE or SELECT off inheriting tables ("ONLY "). */
	const char *only_prefix;
	/* The storage engine of a table and whether it is transactional;
	 * NULL: every table is transactional. *engine is new. */
	int (*table_engine)(struct sg_db *db, const char *table, char **engine,
			    bool *transactional, struct sg_error *err);
	/* Tables inheriting from table (one column: name), NULL when the
	 * dialect has no table inheritance. */
	int (*inheritors)(struct sg_db *db, const char *table, struct sg_rows *out,
			  struct sg_error *err);
	/* When err is a lock-wait timeout: appends to out who holds locks
	 * (other sessions, their tables and statements) and returns 1; 0 when
	 * err is something else. Runs after the transaction was rolled back. */
	int (*lock_holders)(struct sg_db *db, const struct sg_error *err, struct sg_buf *out);
	/* True when err is a lock-wait timeout. */
	bool (*is_lock_timeout)(const struct sg_error *err);
};

extern const struct sg_driver sg_drv_mysql;
extern const struct sg_driver sg_drv_pgsql;

/* A connection. Zero-initialize, then sg_db_open(); sg_db_close() frees. */
struct sg_db {
	const struct sg_driver *drv;
	const struct sg_caps *caps;  /* drv->caps, set at open */
	struct sg_url url;
	void *handle;             /* the driver's connection (MYSQL *, PGconn *) */
	char *schema_name;        /* PostgreSQL schema to work in; NULL = "public" */
	int connect_timeout;      /* seconds; 0 = default (10) */
	bool in_tx;
};

/* Parses url, picks the driver, connects. schema_name may be NULL.
 * Errors: SG_EXIT_USAGE for a bad URL, SG_EXIT_DB for connection failures. */
int sg_db_open(struct sg_db *db, const char *url, const char *schema_name,
	       struct sg_error *err);
void sg_db_close(struct sg_db *db);

/* Introspects the database into *out (zero it first) with the driver, then
 * adds the inferred foreign keys (sg_schema_infer_fks). Every command that
 * needs the schema calls this, so they all see the same relations. */
int sg_db_introspect(struct sg_db *db, struct sg_schema *out, struct sg_error *err);

int sg_db_exec(struct sg_db *db, const char *sql, struct sg_error *err);
int sg_db_exec_affected(struct sg_db *db, const char *sql, long long *affected,
			struct sg_error *err);
int sg_db_query(struct sg_db *db, const char *sql, sg_row_fn fn, void *ctx,
		struct sg_error *err);

/* First column of the first row as a new string (*out NULL for SQL NULL or
 * no rows). */
int sg_db_query_value(struct sg_db *db, const char *sql, char **out,
		      struct sg_error *err);

/* A query result held in memory, for small reads: everything is held in
 * memory at once (the ids of a parent table, a few columns of the rows a
 * generator builds on), so a read of unbounded size streams with
 * sg_db_query() instead. Filled by sg_db_query_rows(); it owns its memory
 * (the values are copies, valid until sg_rows_release()). Read values with
 * sg_rows_get() and sg_rows_len(); the fields are for code that iterates. */
struct sg_rows {
	size_t n;           /* rows */
	size_t k;           /* columns; 0 when no row came back */
	struct sg_buf data; /* the values, each followed by a NUL */
	size_t *off;        /* n * k positions in data, row-major; SIZE_MAX for SQL NULL */
	size_t *len;        /* n * k value lengths in bytes; 0 for SQL NULL */
	size_t cap;         /* slots allocated in off and len */
};

/* Runs a query and keeps every row in *out (which need not be initialized:
 * it is overwritten). On failure *out is left empty (nothing to release)
 * and -1 returned with err filled as sg_db_query() fills it. */
int sg_db_query_rows(struct sg_db *db, const char *sql, struct sg_rows *out,
		     struct sg_error *err);
/* Value of a column of a row as a NUL-terminated string (a value holding a
 * NUL byte reads short: use sg_rows_len); NULL for SQL NULL and for a row
 * or column out of range. Borrowed from r. */
const char *sg_rows_get(const struct sg_rows *r, size_t row, size_t col);
/* Length in bytes of that value; 0 for SQL NULL and out of range. */
size_t sg_rows_len(const struct sg_rows *r, size_t row, size_t col);
/* Frees what r holds and leaves it empty; safe on an empty or released r. */
void sg_rows_release(struct sg_rows *r);

/* SELECT COUNT(*) of a table (quoted for the dialect). */
int sg_db_count_rows(struct sg_db *db, const char *table, long long *out,
		     struct sg_error *err);
/* The same for schema.table, a table outside the connection's schema (a
 * PostgreSQL schema, a MySQL database); schema NULL: sg_db_count_rows. */
int sg_db_count_rows_in(struct sg_db *db, const char *schema, const char *table,
			long long *out, struct sg_error *err);

int sg_db_begin(struct sg_db *db, struct sg_error *err);
int sg_db_commit(struct sg_db *db, struct sg_error *err);
int sg_db_rollback(struct sg_db *db); /* best effort; no-op outside a transaction */

void sg_db_quote_ident(const struct sg_db *db, struct sg_buf *out, const char *ident);
/* Appends names[0..n) quoted and comma-separated, each prefixed with
 * "alias." when alias is not NULL: `c.a, c.b`. */
void sg_db_quote_idents(const struct sg_db *db, struct sg_buf *out, const char *alias,
			char *const *names, size_t n);
void sg_db_quote_literal(struct sg_db *db, struct sg_buf *out, const char *s, size_t len);

/* Appends a NULL-safe equality "col_sql = lit_sql" for a column of class
 * cls (<=>, IS NOT DISTINCT FROM; JSON compared as JSON, see
 * sg_driver.json_same). lit_sql is a quoted literal or NULL. */
void sg_db_same(struct sg_db *db, struct sg_buf *out, enum sg_type_class cls,
		const char *col_sql, const char *lit_sql);

/* Appends the table's name qualified for the dialect: "schema"."t" on
 * PostgreSQL when a schema other than public is in use, else quoted name. */
void sg_db_quote_table(const struct sg_db *db, struct sg_buf *out, const char *table);
/* The same for a table of schema (a PostgreSQL schema, a MySQL database
 * other than the connection's): "schema"."t"; schema NULL:
 * sg_db_quote_table. */
void sg_db_quote_table_in(const struct sg_db *db, struct sg_buf *out, const char *schema,
			  const char *table);

/* Loads the rows that fill produces (text format above) into
 * table(columns): through the driver's bulk_load when it has one, else as
 * multi-row INSERT statements kept under the driver's max_statement. Runs
 * in the caller's transaction; *rows gets the number of rows loaded. */
int sg_db_load(struct sg_db *db, const char *table, const char *const *columns,
	       size_t ncols, sg_fill_fn fill, void *ctx, long long *rows,
	       struct sg_error *err);


/* Appends s[0..len) escaped for the bulk-load text format (see sg_fill_fn).
 * A NULL s appends \N. */
void sg_db_copy_escape(struct sg_buf *out, const char *s, size_t len);

/* --- safety (issue 11) ------------------------------------------------- */

/* The socket's peer address, numeric (IPv4-mapped IPv6 unwrapped), or
 * "local" for a unix socket; NULL when unknown. New string. */
char *sg_db_peer_addr(int fd);

/* Seconds a statement may wait for a lock before failing (SG_EXIT_DB):
 * $SEEDGEN_LOCK_TIMEOUT, default 30; sg_db_open applies it. */
int sg_db_lock_timeout(void);

/* Called by every db.c entry point that failed: a lock-wait timeout rolls
 * the transaction back and says in err which sessions hold locks, and
 * how to wait longer. */
void sg_db_after_error(struct sg_db *db, struct sg_error *err);

/* Asks the driver what the connection reached; see struct sg_db_target. */
int sg_db_identify(struct sg_db *db, struct sg_db_target *out, struct sg_error *err);
void sg_db_target_release(struct sg_db_target *t);

/* Begins a load transaction (see sg_driver.begin_load). */
int sg_db_begin_load(struct sg_db *db, struct sg_error *err);
/* Appends the condition matching exactly the rows the current load
 * transaction inserted into a table whose integer key col held at most
 * max_before before: the driver's own_rows_cond, else col > max_before. */
void sg_db_inserted_cond(const struct sg_db *db, struct sg_buf *out, const char *col,
			 long long max_before);
/* Like sg_db_quote_table, for DELETE and SELECT that must not reach rows of
 * inheriting tables (PostgreSQL ONLY; not for a partitioned parent, whose
 * rows all live in its partitions). */
void sg_db_quote_table_only(const struct sg_db *db, struct sg_buf *out, const struct sg_table *t);
/* 1 when table is not transactional (MyISAM, Aria, MEMORY ...), with its
 * engine in *engine (new); 0 when it is; -1 on error. */
int sg_db_nontransactional(struct sg_db *db, const char *table, char **engine,
			   struct sg_error *err);

#endif
