/*
 * The seeding loop: for each table of a plan, in order, loads the real
 * parent keys, generates rows (table-specific generator, then the generic
 * rules for what it left), keeps every unique key unique (existing rows
 * included), and streams the rows through the driver's bulk path inside one
 * transaction per table. Memory stays bounded: rows are generated into a
 * fixed-size buffer as the driver asks for data.
 */
#ifndef SEEDGEN_ENGINE_H
#define SEEDGEN_ENGINE_H

#include <stdbool.h>
#include <stdio.h>
#include "seedgen/db.h"
#include "seedgen/plan.h"

/* An inclusive range of integer keys. */
struct sg_keyrange {
	long long lo, hi;
};

/* What happened to one table, with the keys of exactly the rows inserted
 * (what `seedgen undo` deletes). */
struct sg_table_result {
	const char *name;
	long long before, planned, inserted, after;
	double seconds;
	bool committed;
	long long updated;     /* rows whose deferred FK was filled by UPDATE */
	/* Key columns that identify the inserted rows: the primary key, or
	 * its auto-increment column alone. nkey == 0: rows not identifiable
	 * (no primary key). */
	const char **key_columns;
	size_t nkey;
	/* One integer key column: the inserted keys as sorted ranges. */
	struct sg_keyrange *ranges;
	size_t nranges, cap_ranges;
	/* Otherwise: nvalues tuples of nkey values, flattened. */
	char **values;
	size_t nvalues, cap_values;
	/* The first boot_ranges ranges (one key each) or boot_values tuples
	 * are the rows that bootstrapped the NOT NULL cycle whose first table
	 * is boot_cycle (cycle.c): committed before the table's own load, they
	 * stay listed when that load rolls back. */
	size_t boot_ranges, boot_values;
	const char *boot_cycle;
	/* Why inserted or after differ from what was planned (the table ran
	 * out of parents or key values, a trigger added, skipped or deleted
	 * rows); empty when they agree. Also printed as a warning. */
	char note[240];
};

struct sg_run {
	struct sg_table_result *tables; /* one per plan step, in plan order */
	size_t ntables;
	size_t done;                    /* steps attempted */
	bool ok;
	double seconds;
};

struct sg_engine_opts {
	/* Called after each table is committed or has failed (run->done says
	 * how far the run got); seed.c rewrites the run report there. */
	void (*on_table)(void *ctx, const struct sg_run *run);
	void *on_table_ctx;
	long long batch_rows;   /* rows generated per buffer refill; 0 = default (1000) */
	bool progress;          /* progress lines on stderr */
	long long sample;       /* > 0: print this many rows per table to out, write nothing */
	FILE *out;              /* for samples */
	/* Samples: when set, called per row instead of printing it, with the
	 * written columns' names and values (NULL: SQL NULL), borrowed for
	 * the call (seed --sample --format json). */
	void (*on_sample)(void *ctx, const struct sg_table *t, const char *const *names,
			  const char *const *values, size_t n);
	void *on_sample_ctx;
};

/* Runs the plan. On failure the failing table is rolled back, the run
 * stops, err says why, and run->tables tells which tables committed.
 * Free run with sg_run_release(). */
int sg_engine_run(struct sg_db *db, struct sg_plan *plan, const struct sg_engine_opts *o,
		  struct sg_run *run, struct sg_error *err);
void sg_run_release(struct sg_run *run);

#endif
