/*
 * The first rows of a cycle of NOT NULL foreign keys (store.manager_staff_id
 * -> staff, staff.store_id -> store): no table of it can get a row before
 * the next one has one, so one row per table goes in at once, each linked
 * to the next. How the server is made to accept them is the driver's
 * (sg_driver.insert_cycle): PostgreSQL inserts them in one statement of
 * data-modifying CTEs (foreign keys are checked at its end); MySQL turns
 * FOREIGN_KEY_CHECKS off for those rows only, links them, turns it on and
 * verifies the links.
 *
 * The rows are the run's like any other: the engine reads back their keys
 * in the bootstrap's own transaction and the run report lists them, so
 * `seedgen undo` deletes them, again together (sg_driver.delete_cycle),
 * once every other row of the run that references them is gone.
 */
#ifndef SEEDGEN_CYCLE_H
#define SEEDGEN_CYCLE_H

#include <stdbool.h>
#include <stddef.h>

#include "seedgen/error.h"

struct sg_db;
struct sg_table;

/* One row of the cycle. rows[i].link_column points at rows[(i + 1) % n],
 * whose key_column it references. Borrowed strings. */
struct sg_cycle_row {
	const char *table;
	const char *const *columns;  /* written columns, without link_column and key_column */
	const char *const *values;   /* ncols values; NULL = SQL NULL */
	size_t ncols;
	const char *link_column;     /* NOT NULL, references the next row's key_column */
	const char *key_column;      /* referenced by the previous row's link_column */
	const char *key_value;       /* its value; NULL: the server numbers it (serial,
					identity, auto-increment) */
	bool key_always;             /* PostgreSQL GENERATED ALWAYS identity */
};

/* The drivers' implementations (drv_mysql_cycle.c, drv_pgsql_cycle.c):
 * insert the n rows inside the caller's transaction, or fail with nothing
 * of them kept by the caller's rollback. keys (n slots, zeroed by the
 * caller) get each row's key_column value as stored, as new strings the
 * caller frees (also after a failure). */
int sg_mysql_insert_cycle(struct sg_db *db, const struct sg_cycle_row *rows, size_t n,
			  char **keys, struct sg_error *err);
int sg_pgsql_insert_cycle(struct sg_db *db, const struct sg_cycle_row *rows, size_t n,
			  char **keys, struct sg_error *err);

/* The bootstrap rows of one table of a cycle, for undo. Borrowed. */
struct sg_cycle_del {
	const struct sg_table *t;
	const char *cond;            /* SQL condition on t's own columns (unqualified)
					matching exactly those rows */
	const char *sql;             /* "DELETE FROM t WHERE cond", as undo.c (the one
					home of DELETE statements) writes it */
	long long deleted;           /* out: rows deleted */
};

/* Runs the dels[i].sql so as to delete the rows together, inside the caller's
 * transaction, although they reference each other through NOT NULL
 * foreign keys. Rows of other tables (or of these tables outside the
 * conditions) that still reference them make it fail (SG_EXIT_CHECK,
 * naming the table), with nothing deleted once the caller rolls back.
 * PostgreSQL: one statement of data-modifying CTEs; MySQL: the rows are
 * locked, checked against every foreign key that references their tables
 * (from any database), then deleted with FOREIGN_KEY_CHECKS off. */
int sg_mysql_delete_cycle(struct sg_db *db, struct sg_cycle_del *dels, size_t n,
			  struct sg_error *err);
int sg_pgsql_delete_cycle(struct sg_db *db, struct sg_cycle_del *dels, size_t n,
			  struct sg_error *err);

#endif
