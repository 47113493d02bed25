/*
 * MySQL/MariaDB side of the safety checks of issue 11 (see db.h, "safety"):
 * what a connection reached (the socket's peer and the server's own
 * @@server_id, @@hostname and @@datadir), lock timeouts (metadata and row
 * locks), the REPEATABLE READ snapshot a load runs in, and the storage
 * engine of a table. Queries go through the driver's own exec/query.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <mysql.h>

#include "seedgen/db.h"

/* Declared here and wired into sg_drv_mysql in drv_mysql.c. */
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
	/* The driver's connection struct starts with its MYSQL pointer. */
	MYSQL *my = *(MYSQL **)db->handle;
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
	out->addr = sg_db_peer_addr((int)mysql_get_socket(my));
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
