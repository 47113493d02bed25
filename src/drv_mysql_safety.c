/*
 * MySQL/MariaDB side of the safety checks of issue 11 (see db.h, "safety"):
 * what a connection reached (the socket's peer and the server's own
 * @@server_id, @@hostname and @@datadir), lock timeouts (metadata and row
 * locks), the REPEATABLE READ snapshot a load runs in, and the storage
 * engine of a table. Queries go through the driver's own exec/query; the
 * socket comes from drv_mysql.c, the one file that includes <mysql.h>.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/db.h"

/* Declared here and wired into sg_drv_mysql in drv_mysql.c. */
int sg_my_socket(struct sg_db *db);
bool sg_my_is_lock_timeout(const struct sg_error *err);
int sg_my_lock_holders(struct sg_db *db, const struct sg_error *err, struct sg_buf *out);
int sg_my_identify(struct sg_db *db, struct sg_db_target *out, struct sg_error *err);
int sg_my_set_lock_timeout(struct sg_db *db, int seconds, struct sg_error *err);
int sg_my_begin_load(struct sg_db *db, struct sg_error *err);
int sg_my_table_engine(struct sg_db *db, const char *table, char **engine, bool *transactional,
		       struct sg_error *err);

static char *dup_or_null(const char *s)
{
	return s && *s ? sg_strdup(s) : NULL;
}

int sg_my_identify(struct sg_db *db, struct sg_db_target *out, struct sg_error *err)
{
	struct sg_rows r;
	struct sg_buf id = SG_BUF_INIT;

	if (sg_db_query_rows(db, "SELECT DATABASE(), @@hostname, @@port, @@server_id, @@datadir",
			     &r, err) < 0)
		return -1;
	out->database = dup_or_null(sg_rows_get(&r, 0, 0));
	out->server_host = dup_or_null(sg_rows_get(&r, 0, 1));
	out->port = sg_rows_get(&r, 0, 2) ? atoi(sg_rows_get(&r, 0, 2)) : 0;
	sg_buf_addf(&id, "%s/%s/%s", sg_rows_get(&r, 0, 3) ? sg_rows_get(&r, 0, 3) : "",
		    sg_rows_get(&r, 0, 1) ? sg_rows_get(&r, 0, 1) : "",
		    sg_rows_get(&r, 0, 4) ? sg_rows_get(&r, 0, 4) : "");
	out->server_id = sg_buf_detach(&id);
	sg_rows_release(&r);
	out->host = dup_or_null(db->url.host ? db->url.host : "localhost");
	out->addr = sg_db_peer_addr(sg_my_socket(db));
	return 0;
}

int sg_my_set_lock_timeout(struct sg_db *db, int seconds, struct sg_error *err)
{
	char sql[128];

	snprintf(sql, sizeof(sql), "SET SESSION lock_wait_timeout = %d, "
		 "innodb_lock_wait_timeout = %d", seconds, seconds);
	return sg_db_exec(db, sql, err);
}

/* In a REPEATABLE READ snapshot taken before the load, "key above the old
 * maximum" matches this transaction's rows only: rows that concurrent
 * runs commit meanwhile stay invisible to it. */
int sg_my_begin_load(struct sg_db *db, struct sg_error *err)
{
	if (sg_db_exec(db, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", err) < 0)
		return -1;
	return sg_db_exec(db, "START TRANSACTION WITH CONSISTENT SNAPSHOT", err);
}

int sg_my_table_engine(struct sg_db *db, const char *table, char **engine, bool *transactional,
		       struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rows r;
	int rc;

	sg_buf_adds(&sql, "SELECT t.ENGINE, e.TRANSACTIONS FROM information_schema.TABLES t "
		    "LEFT JOIN information_schema.ENGINES e ON e.ENGINE = t.ENGINE "
		    "WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = ");
	sg_db_quote_literal(db, &sql, table, strlen(table));
	rc = sg_db_query_rows(db, sql.data, &r, err);
	sg_buf_release(&sql);
	if (rc < 0)
		return -1;
	*engine = dup_or_null(sg_rows_get(&r, 0, 0));
	*transactional = !sg_rows_get(&r, 0, 1) || !strcmp(sg_rows_get(&r, 0, 1), "YES");
	sg_rows_release(&r);
	return 0;
}

/* ER_LOCK_WAIT_TIMEOUT: both lock_wait_timeout (metadata locks) and
 * innodb_lock_wait_timeout (row locks) end in it. */
bool sg_my_is_lock_timeout(const struct sg_error *err)
{
	return strstr(err->msg, "(1205)") != NULL || strstr(err->msg, "Lock wait timeout") != NULL;
}

/* MariaDB does not say which session holds a metadata lock without a
 * plugin: name the other sessions on this database, open transactions
 * and LOCK TABLES holders first. */
static const char SQL_HOLDERS[] =
	"SELECT p.ID, p.USER, p.COMMAND, p.TIME, coalesce(p.STATE, ''), "
	"left(coalesce(p.INFO, t.trx_query, ''), 80), t.trx_state "
	"FROM information_schema.PROCESSLIST p "
	"LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID "
	"WHERE p.ID <> CONNECTION_ID() AND p.DB = DATABASE() "
	"ORDER BY t.trx_state IS NULL, p.TIME DESC LIMIT 5";

int sg_my_lock_holders(struct sg_db *db, const struct sg_error *err, struct sg_buf *out)
{
	struct sg_error ignored = { 0 };
	struct sg_rows r;

	(void)err;
	if (sg_db_query_rows(db, SQL_HOLDERS, &r, &ignored) < 0)
		return 1;
	for (size_t i = 0; i < r.n; i++) {
		const char *state = sg_rows_get(&r, i, 4), *stmt = sg_rows_get(&r, i, 5);

		sg_buf_addf(out, "%ssession %s (user %s, %s for %s s%s%s%s%s%s)", i ? "; " : "",
			    sg_rows_get(&r, i, 0), sg_rows_get(&r, i, 1), sg_rows_get(&r, i, 2),
			    sg_rows_get(&r, i, 3), sg_rows_get(&r, i, 6) ? ", open transaction" : "",
			    *state ? ", " : "", state, *stmt ? ": " : "", stmt);
	}
	sg_rows_release(&r);
	return 1;
}
