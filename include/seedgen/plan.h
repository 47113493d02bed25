/*
 * The seeding plan: which tables, how many rows, in which order, where
 * every column's values come from. Built and checked completely before
 * anything is written; --dry-run prints it and stops.
 *
 * Ownership: struct sg_plan owns its arrays; it borrows the schema and the
 * config, which must outlive it. Free with sg_plan_release().
 */
#ifndef SEEDGEN_PLAN_H
#define SEEDGEN_PLAN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "seedgen/cli.h"
#include "seedgen/config.h"
#include "seedgen/db.h"
#include "seedgen/generic.h"
#include "seedgen/schema.h"

struct sg_generator;

/* How one foreign key of a planned table gets its values. */
struct sg_plan_fk {
	const struct sg_fk *fk;
	int parent;              /* index in the schema's tables; -1 outside the schema */
	int parent_step;         /* index of the parent in sg_plan.steps, -1 if not planned */
	size_t *cols;            /* child column indexes, fk->ncols of them */
	bool required;           /* every column NOT NULL */
	bool deferred;           /* cycle broken here: NULL on insert, UPDATE afterwards */
	bool self;               /* references its own table */
	bool unique;             /* its columns alone are the PK or a unique key */
	double skew;             /* top-20% share of picks */
	long long pool_before;   /* parent rows now */
	long long pool_at_seed;  /* parent rows when this table is seeded */
	bool some_required;      /* at least one column NOT NULL: needs parent rows even
				    when a nullable column may be NULL (MATCH SIMPLE) */
	double null_rate;        /* chance of NULL (nullable columns only): the column's
				    config, else the table's, else the run's */
	bool bootstrapped;       /* NOT NULL cycle edge: its first rows come from the
				    cycle bootstrap, then it points at existing rows */
};

/* A polymorphic pair: type column says which table the id column points at. */
struct sg_plan_poly {
	size_t type_col, id_col;
	size_t ntargets;
	char **type_values;      /* borrowed from config or the enum definition */
	int *targets;            /* schema table index per type value */
	bool from_config;
	bool guessed;            /* text type column without a map: any table with an
				    integer key, named by its table name */
};

struct sg_plan_skip {
	size_t col;
	char reason[96];
};

struct sg_plan_step {
	struct sg_table *t;
	int index;                   /* in the schema */
	long long before, planned, after;
	bool added_as_parent;        /* pulled in by --with-parents */
	const struct sg_generator *gen; /* table-specific generator, NULL = generic */
	const struct sg_cfg_table *cfg; /* may be NULL */
	struct sg_plan_fk *fks;
	size_t nfks;
	struct sg_plan_poly *polys;
	size_t npolys;
	struct sg_colgen *cols;      /* plain columns seedgen writes (generic rules) */
	size_t ncols;
	struct sg_plan_skip *skips;  /* columns left to the server, with reasons */
	size_t nskips;
	char note[256];              /* e.g. why the count was capped */
	bool cycle_first;            /* first step of a NOT NULL cycle: the engine
					bootstraps one row in each table of it first */
	int cycle;                   /* 1 + index of its NOT NULL cycle, 0 = none */
	long long bootstrap_rows;    /* rows the cycle bootstrap inserted (part of planned) */
};

struct sg_plan_opts {
	struct sg_namelist tables;  /* --table */
	bool all;                   /* --all */
	struct sg_namelist exclude; /* with --all: tables left out (--exclude, reseed --keep) */
	long long count;            /* --count; < 0 when not given */
	bool with_parents;
	bool strict;
	uint64_t seed;
};

/* Fills the table choice of o (--table, --all, --count, --with-parents,
 * --strict) from the parsed command line; exclude and seed are left to the
 * command, which gives them its own meaning. o's lists borrow from a. */
void sg_plan_opts_from_args(const struct sg_args *a, struct sg_plan_opts *o);

/* A table --all left out, and why (both borrowed: schema, static text). */
struct sg_plan_skipped {
	const char *table;
	const char *reason;
};

struct sg_plan {
	struct sg_plan_step *steps;  /* in dependency order */
	size_t nsteps;
	struct sg_plan_skipped *skipped; /* --all only: --exclude, migration bookkeeping */
	size_t nskipped;
	uint64_t seed;
	struct sg_gen_env env;
	struct sg_schema *schema;
	const struct sg_config *cfg;
};

/* Builds and checks the plan. Reads row counts (SELECT COUNT(*)) and
 * nothing else; writes nothing. --all leaves out the --exclude tables and
 * the migration bookkeeping tables (listed in p->skipped with the reason);
 * --table names any table. Errors (SG_EXIT_USAGE): unknown table (also in
 * --exclude), a
 * required parent that is empty and not planned, a NOT NULL FK cycle, a
 * NOT NULL column seedgen cannot produce, a unique FK cap with --strict. */
int sg_plan_build(struct sg_plan *p, struct sg_db *db, struct sg_schema *s,
		  const struct sg_config *cfg, const struct sg_plan_opts *o,
		  struct sg_error *err);
void sg_plan_release(struct sg_plan *p);

/* The dry-run preview. */
void sg_plan_print(const struct sg_plan *p, FILE *out, enum sg_format fmt);

/* The numbers an integer column numbered within its parent may take
 * (order_items (order_id, line_no)): from 1, or the CHECK's low end, to
 * the type's or the CHECK's top. */
void sg_plan_ordinal_range(const struct sg_colgen *cg, long long *lo, long long *hi);

/* Position of a table in the plan, -1 if absent. */
int sg_plan_step_of(const struct sg_plan *p, int schema_index);

#endif
