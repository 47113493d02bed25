/*
 * The generic side of the safety checks of issue 11: lock timeouts, what
 * a connection actually reached (for the production guard and for undo),
 * the load transaction that lets a run tell its own rows from concurrent
 * runs' rows, ONLY for inheritance parents, and non-transactional tables.
 * The dialect parts are the drivers' (drv_*_safety.c).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "seedgen/db.h"

int sg_db_lock_timeout(void)
{
	const char *v = getenv("SEEDGEN_LOCK_TIMEOUT");
	char *end;
	long n;

	if (!v || !*v)
		return 30;
	n = strtol(v, &end, 10);
	return (*end || n < 1 || n > 86400) ? 30 : (int)n;
}

void sg_db_after_error(struct sg_db *db, struct sg_error *err)
{
	struct sg_buf who = SG_BUF_INIT;
	static int depth;

	if (!err || depth || !db->drv->is_lock_timeout || !db->drv->is_lock_timeout(err))
		return;
	depth++;
	/* The statement's transaction is lost anyway; the catalog can only be
	 * asked outside it. */
	sg_db_rollback(db);
	err->code = SG_EXIT_DB;
	if (db->drv->lock_holders)
		db->drv->lock_holders(db, err, &who);
	/* In the message itself: callers often replace the detail line. */
	{
		size_t n = strlen(err->msg);

		snprintf(err->msg + n, sizeof(err->msg) - n, "; waited %d s for a lock that another "
			 "session holds%s%s", sg_db_lock_timeout(), who.len ? ": " : "",
			 who.len ? who.data : "");
	}
	sg_error_hint(err, "end or commit that session, or wait longer with "
		      "SEEDGEN_LOCK_TIMEOUT=SECONDS (default 30)");
	sg_buf_release(&who);
	depth--;
}

int sg_db_identify(struct sg_db *db, struct sg_db_target *out, struct sg_error *err)
{
	memset(out, 0, sizeof(*out));
	if (!db->drv->identify)
		return sg_error_set(err, SG_EXIT_DB, "cannot tell which server '%s' reached",
				    db->url.redacted);
	if (db->drv->identify(db, out, err) < 0) {
		sg_db_target_release(out);
		return -1;
	}
	return 0;
}

void sg_db_target_release(struct sg_db_target *t)
{
	free(t->database);
	free(t->schema);
	free(t->host);
	free(t->hostaddr);
	free(t->addr);
	free(t->server_host);
	free(t->server_addr);
	free(t->server_id);
	memset(t, 0, sizeof(*t));
}

int sg_db_begin_load(struct sg_db *db, struct sg_error *err)
{
	if (!db->drv->begin_load)
		return sg_db_begin(db, err);
	if (db->drv->begin_load(db, err) < 0)
		return -1;
	db->in_tx = true;
	return 0;
}

void sg_db_inserted_cond(const struct sg_db *db, struct sg_buf *out, const char *col,
			 long long max_before)
{
	if (db->drv->own_rows_cond) {
		sg_buf_adds(out, db->drv->own_rows_cond);
		return;
	}
	sg_db_quote_ident(db, out, col);
	sg_buf_addf(out, " > %lld", max_before);
}

void sg_db_quote_table_only(const struct sg_db *db, struct sg_buf *out, const struct sg_table *t)
{
	if (db->drv->only_prefix && !t->partitioned)
		sg_buf_adds(out, db->drv->only_prefix);
	sg_db_quote_table(db, out, t->name);
}

char *sg_db_peer_addr(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	char buf[INET6_ADDRSTRLEN + 1];

	if (fd < 0 || getpeername(fd, (struct sockaddr *)&ss, &len) < 0)
		return NULL;
	if (ss.ss_family == AF_UNIX)
		return sg_strdup("local");
	if (ss.ss_family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;

		if (!inet_ntop(AF_INET, &in->sin_addr, buf, sizeof(buf)))
			return NULL;
		return sg_strdup(buf);
	}
	if (ss.ss_family == AF_INET6) {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;

		/* ::ffff:127.0.0.1 is 127.0.0.1: judge it as such. */
		if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
			if (!inet_ntop(AF_INET, &in6->sin6_addr.s6_addr[12], buf, sizeof(buf)))
				return NULL;
		} else if (!inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof(buf))) {
			return NULL;
		}
		return sg_strdup(buf);
	}
	return NULL;
}

int sg_db_nontransactional(struct sg_db *db, const char *table, char **engine,
			   struct sg_error *err)
{
	bool tx = true;

	*engine = NULL;
	if (!db->drv->table_engine)
		return 0;
	if (db->drv->table_engine(db, table, engine, &tx, err) < 0)
		return -1;
	return tx ? 0 : 1;
}
