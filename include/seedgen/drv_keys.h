/*
 * What keys and text columns really compare and hold, read from the
 * catalog after a driver's main introspection (one call each, at the end
 * of sg_driver.introspect, after sg_schema_finish): prefix key parts,
 * expression and partial unique indexes, NULLS NOT DISTINCT, exclusion
 * constraints, range types, blank-padded and byte-length text types,
 * column character sets. They fill the fields of struct sg_key /
 * struct sg_column documented as such in schema.h. 0 or -1 with err.
 */
#ifndef SEEDGEN_DRV_KEYS_H
#define SEEDGEN_DRV_KEYS_H

#include "seedgen/db.h"
#include "seedgen/schema.h"

int sg_mysql_read_keyforms(struct sg_db *db, struct sg_schema *s, struct sg_error *err);
int sg_pgsql_read_keyforms(struct sg_db *db, struct sg_schema *s, struct sg_error *err);

#endif
