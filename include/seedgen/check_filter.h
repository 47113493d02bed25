/*
 * CHECK constraints at seeding time: which of a table's CHECKs seedgen
 * models itself (the generators build values for them and it evaluates
 * them on each row, check_expr.h) and which it leaves to the server (rows
 * are checked by the server's own constraint text before they are
 * loaded), so that no table fails on a CHECK either way.
 *
 * The engine opens a guard per table (sg_check_guard_open) and asks it
 * about each row before the row is kept; a rejected row is made again
 * like a row that repeated a unique key. When loading, the server's
 * CHECKs judge a batch of rows per query instead (sg_check_guard_judge).
 * The dry-run prints the classification (sg_check_print; the JSON
 * dry-run builds its "checks" from sg_check_classify).
 */
#ifndef SEEDGEN_CHECK_FILTER_H
#define SEEDGEN_CHECK_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "seedgen/db.h"
#include "seedgen/error.h"
#include "seedgen/row.h"
#include "seedgen/schema.h"

/* One CHECK of a table as seedgen sees it. */
struct sg_check_class {
	const struct sg_check *check; /* borrowed from the table */
	bool modelled;                /* seedgen builds and evaluates it */
	const char *why;              /* when not modelled: a short reason (static) */
};

/* Classifies the table's CHECKs (t->checks order) into *out (nchecks
 * entries, caller frees *out). backslash: the server's string literals use
 * backslash escapes (sg_check_backslash). */
size_t sg_check_classify(const struct sg_table *t, bool backslash, struct sg_check_class **out);

/* Is CHECK c of t modelled? */
bool sg_check_modelled(const struct sg_table *t, const struct sg_check *c, bool backslash);

/* Do db's string literals (and so its CHECK texts) use backslash escapes?
 * Asked of the driver's literal quoting, not of the dialect. */
bool sg_check_backslash(struct sg_db *db);

/* Dry-run lines for the table: "  checks: N modelled, M filtered by the
 * server" and one line per filtered CHECK with its reason. Nothing when
 * the table has no CHECK. */
void sg_check_print(FILE *out, const struct sg_table *t, bool backslash);

/* The server filter: sets violates[i] for each of rows[0..nrows) that
 * the server's own CHECK expressions exprs[0..nexprs) reject (a CHECK
 * that is NULL passes), by a SELECT per 32 rows over the rows as literals
 * cast to the columns' types. Columns a row leaves unset count as NULL.
 * Returns 0, or -1 with err filled (SG_EXIT_DB) when the server cannot
 * evaluate them. */
int sg_check_filter_rows(struct sg_db *db, const struct sg_table *t, const char *const *exprs,
			 size_t nexprs, const struct sg_row *const *rows, size_t nrows,
			 bool *violates, struct sg_error *err);

/* --- the per-table guard the engine uses ------------------------------------ */

struct sg_check_guard;

/* *out is NULL when t has no CHECK (nothing to guard). The guard opens its
 * own connection (the engine's is busy streaming rows) only when some
 * CHECK is left to the server. */
int sg_check_guard_open(struct sg_check_guard **out, struct sg_db *db, const struct sg_table *t,
			struct sg_error *err);
/* *ok false when row breaks a CHECK. A modelled CHECK with an OR branch
 * "col IS NULL" is first made to hold by writing that NULL. A server that cannot evaluate the
 * filtered CHECKs is reported once on stderr and the filter is dropped
 * (the load then fails as it would without it). Returns 0, -1 on error. */
int sg_check_guard_row(struct sg_check_guard *g, struct sg_row *row, bool *ok,
		       struct sg_error *err);

/* Batch judging, one query for many rows (the engine's load loop,
 * engine_checks.c). Batched: some CHECK is left to the server. While
 * deferred, sg_check_guard_row judges only the modelled CHECKs and leaves
 * the filtered ones to sg_check_guard_judge. */
bool sg_check_guard_batched(const struct sg_check_guard *g);
void sg_check_guard_defer(struct sg_check_guard *g, bool defer);
/* Sets bad[i] for each of rows[0..n) that a filtered CHECK rejects: the
 * rows whose verdict is not cached go to the server together, in one
 * query where it takes a VALUES list, else 32 rows per query. A
 * server that cannot evaluate them is handled as in sg_check_guard_row. */
void sg_check_guard_judge(struct sg_check_guard *g, const struct sg_row *const *rows, size_t n,
			  bool *bad);
/* The name of a filtered CHECK that row breaks (its text when unnamed),
 * for messages; borrowed from the table. */
const char *sg_check_guard_culprit(struct sg_check_guard *g, const struct sg_row *row);
/* Rows the guard rejected so far. */
long long sg_check_guard_rejected(const struct sg_check_guard *g);
void sg_check_guard_close(struct sg_check_guard *g);

#endif
