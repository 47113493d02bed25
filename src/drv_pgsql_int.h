/*
 * Private to the PostgreSQL driver (drv_pgsql*.c): what its introspection
 * (drv_pgsql_schema.c) needs from the connection code (drv_pgsql.c).
 */
#ifndef SEEDGEN_DRV_PGSQL_INT_H
#define SEEDGEN_DRV_PGSQL_INT_H

#include <libpq-fe.h>
#include "seedgen/db.h"

/* Fills err from a failed result (or, when res is NULL, the connection's
 * message): "<what>: <primary message> (SQLSTATE xxxxx)", with the server's
 * DETAIL, the first CONTEXT line and an excerpt of sql in the detail line
 * and its HINT as the hint. Returns -1. */
int sg_pg_error(struct sg_db *db, const PGresult *res, const char *sql,
		struct sg_error *err, const char *fmt, ...) SG_PRINTF(5, 6);

/* sg_driver.introspect. */
int sg_pg_introspect(struct sg_db *db, struct sg_schema *out, struct sg_error *err);

#endif
