/*
 * Private to the MySQL driver (drv_mysql*.c): what its introspection
 * (drv_mysql_schema.c, which does not include <mysql.h>) needs from the
 * connection code (drv_mysql.c).
 */
#ifndef SEEDGEN_DRV_MYSQL_INT_H
#define SEEDGEN_DRV_MYSQL_INT_H

#include <stdbool.h>
#include "seedgen/db.h"

/* The server is MariaDB (not Oracle MySQL). */
bool sg_my_is_mariadb(struct sg_db *db);
/* mysql_errno() of the connection's last statement. */
unsigned int sg_my_errno(struct sg_db *db);
/* Appends ident quoted with backquotes (`a``b`). */
void sg_my_quote_ident(struct sg_buf *out, const char *ident);
/* Puts "<prefix>: " before err's message, keeping its code, detail and hint. */
void sg_my_prefix_error(struct sg_error *err, const char *prefix);
/* sg_driver.introspect. */
int sg_my_introspect(struct sg_db *db, struct sg_schema *out, struct sg_error *err);

#endif
