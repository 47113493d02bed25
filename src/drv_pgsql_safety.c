/*
 * PostgreSQL side of the safety checks of issue 11 (see db.h, "safety"):
 * what a connection reached (libpq's view, the socket's peer and the
 * server's system identifier), lock timeouts, and inheritance children.
 * Queries go through the driver's own exec/query; only the connection
 * facts need libpq.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libpq-fe.h>

#include "seedgen/db.h"

/* Declared here and wired into sg_drv_pgsql in drv_pgsql.c. */
bool sg_pg_is_lock_timeout(const struct sg_error *err);
int sg_pg_lock_holders(struct sg_db *db, const struct sg_error *err, struct sg_buf *out);
int sg_pg_identify(struct sg_db *db, struct sg_db_target *out, struct sg_error *err);
int sg_pg_set_lock_timeout(struct sg_db *db, int seconds, struct sg_error *err);
int sg_pg_inheritors(struct sg_db *db, const char *table, struct sg_rows *out,
		     struct sg_error *err);

static char *dup_or_null(const char *s)
{
	return s && *s ? sg_strdup(s) : NULL;
}

/* pg_control_system() may be closed to ordinary users: then the server is
 * known by its address and port only. */
static const char SQL_IDENTITY[] =
	"SELECT current_database(), current_schema(), host(inet_server_addr()), "
	"inet_server_port(), CASE WHEN has_function_privilege('pg_control_system()', 'execute') "
	"THEN (SELECT system_identifier::text FROM pg_control_system()) END";

int sg_pg_identify(struct sg_db *db, struct sg_db_target *out, struct sg_error *err)
{
	PGconn *conn = db->handle;
	struct sg_rows r;
	const char *hostaddr;

	if (sg_db_query_rows(db, SQL_IDENTITY, &r, err) < 0)
		return -1;
	out->database = dup_or_null(sg_rows_get(&r, 0, 0));
	out->schema = dup_or_null(sg_rows_get(&r, 0, 1));
	out->server_addr = dup_or_null(sg_rows_get(&r, 0, 2));
	out->port = sg_rows_get(&r, 0, 3) ? atoi(sg_rows_get(&r, 0, 3)) : atoi(PQport(conn));
	if (sg_rows_get(&r, 0, 4)) {
		out->server_id = sg_strdup(sg_rows_get(&r, 0, 4));
	} else {
		struct sg_buf b = SG_BUF_INIT;

		sg_buf_addf(&b, "%s:%d", out->server_addr ? out->server_addr : "local", out->port);
		out->server_id = sg_buf_detach(&b);
	}
	sg_rows_release(&r);
	out->host = dup_or_null(PQhost(conn));
	hostaddr = PQhostaddr(conn);
	if (hostaddr && *hostaddr && (!out->host || strcmp(hostaddr, out->host)))
		out->hostaddr = sg_strdup(hostaddr);
	out->addr = sg_db_peer_addr(PQsocket(conn));
	return 0;
}

int sg_pg_set_lock_timeout(struct sg_db *db, int seconds, struct sg_error *err)
{
	char sql[64];

	snprintf(sql, sizeof(sql), "SET lock_timeout = '%ds'", seconds);
	return sg_db_exec(db, sql, err);
}

int sg_pg_inheritors(struct sg_db *db, const char *table, struct sg_rows *out,
		     struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, "SELECT c.relname FROM pg_catalog.pg_inherits i "
		    "JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid "
		    "JOIN pg_catalog.pg_class p ON p.oid = i.inhparent "
		    "WHERE p.relkind = 'r' AND p.relnamespace = current_schema()::regnamespace "
		    "AND p.relname = ");
	sg_db_quote_literal(db, &sql, table, strlen(table));
	sg_buf_adds(&sql, " ORDER BY 1");
	rc = sg_db_query_rows(db, sql.data, out, err);
	sg_buf_release(&sql);
	return rc;
}

bool sg_pg_is_lock_timeout(const struct sg_error *err)
{
	return strstr(err->msg, "SQLSTATE 55P03") != NULL;
}

/* The locks other sessions hold on tables of this database, strongest
 * first (a LOCK TABLE, a pending INSERT of the same unique key...). */
static const char SQL_HOLDERS[] =
	"SELECT a.pid, c.relname, l.mode, coalesce(a.state, '?'), "
	"left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 80) "
	"FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
	"JOIN pg_catalog.pg_class c ON c.oid = l.relation "
	"WHERE l.granted AND l.pid <> pg_backend_pid() AND l.locktype = 'relation' "
	"AND l.mode <> 'AccessShareLock' AND c.relkind IN ('r', 'p') "
	"AND a.datname = current_database() "
	"ORDER BY l.mode = 'AccessExclusiveLock' DESC, a.pid LIMIT 5";

int sg_pg_lock_holders(struct sg_db *db, const struct sg_error *err, struct sg_buf *out)
{
	struct sg_error ignored = { 0 };
	struct sg_rows r;

	(void)err;
	if (sg_db_query_rows(db, SQL_HOLDERS, &r, &ignored) < 0)
		return 1;
	for (size_t i = 0; i < r.n; i++)
		sg_buf_addf(out, "%sprocess %s holds %s on table '%s' (%s: %s)", i ? "; " : "",
			    sg_rows_get(&r, i, 0), sg_rows_get(&r, i, 2), sg_rows_get(&r, i, 1),
			    sg_rows_get(&r, i, 3), sg_rows_get(&r, i, 4));
	sg_rows_release(&r);
	return 1;
}
