/*
 * The generic generator: values for any column from the live schema alone
 * (type class, length, precision, enum values, nullability, CHECK text) and
 * the column's name (email, price, created_at, ...). Every table uses it for
 * every column that a table-specific generator leaves unset. Foreign keys,
 * polymorphic pairs and unique-key bookkeeping are the engine's job; this
 * module makes one column's value at a time.
 */
#ifndef SEEDGEN_GENERIC_H
#define SEEDGEN_GENERIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "seedgen/rand.h"
#include "seedgen/row.h"
#include "seedgen/caps.h"
#include "seedgen/schema.h"

struct sg_fake_row;

/* Run-wide facts. */
struct sg_gen_env {
	const struct sg_caps *caps; /* what the dialect can hold and how it spells values */
	int64_t now;        /* time anchor, seconds since 1970 UTC: midnight UTC of
			       the run's day, so that a seed gives the same rows all day.
			       Past-looking columns stay in [now - 2 years, now]. */
	double null_rate;   /* default chance of NULL in a nullable column (0.1) */
	bool edge;          /* --scenario edge: boundary values everywhere */
	bool check_backslash; /* CHECK text escapes with backslashes (sg_check_backslash) */
};

/* Per-column overrides from the config file (all optional). */
struct sg_colopts {
	double null_rate;   /* < 0: use env->null_rate */
	char **values;      /* pick one of these (already checked against the column) */
	size_t nvalues;
	bool has_range;     /* numbers and dates: inclusive range */
	double min, max;
};

enum sg_col_decision {
	SG_COL_WRITE = 0,      /* seedgen writes this column */
	SG_COL_SKIP = 1,       /* left to the server (auto-increment, generated, default) */
	SG_COL_IMPOSSIBLE = 2, /* NOT NULL, no default, and a type seedgen cannot produce */
};

/* How one column gets its values, decided once per table by sg_generic_plan(). */
struct sg_colgen {
	size_t col;                  /* index in the table */
	const struct sg_column *c;
	const struct sg_colopts *opts; /* may be NULL */
	int strategy;                /* private to generic_*.c */
	int fake_kind;               /* enum sg_fake_kind, 0 = none */
	double null_rate;            /* effective; 0 for NOT NULL columns */
	int64_t ilo, ihi;            /* integer / time range */
	double dlo, dhi;             /* decimal / float range */
	int time_role;               /* private to generic_*.c: created, updated, future, ... */
	bool sequential;             /* single-column integer key without auto-increment:
				        value = seq_base + row index + 1 */
	int64_t seq_base;            /* set by the engine: MAX(existing key), 0 if none;
				        for a column that is not sequential, the rows the
				        table held before this run */
	bool unique;                 /* the column alone is a unique key or the PK */
	/* Private to generic_*.c: the rest of what sg_generic_plan() decided,
	 * so that sg_generic_value() parses nothing per value. */
	struct {
		int64_t hard_lo, hard_hi; /* type and CHECK limits: integers, decimal
					     units (value * 10^scale), epochs */
		int scale;                /* decimal/float digits after the point */
		int len_min, len_max;     /* characters, from the type and CHECK; 0 = none */
		int byte_max;             /* bytes (MySQL TEXT kinds, PostgreSQL indexed
					     text); 0 = none */
		int sub;                  /* detail of the strategy (JSON shape, word list ...) */
		double bias;              /* bool: chance of true */
		const char *choices;      /* CHECK IN list, borrowed from c->check */
		int nchoices;
		unsigned flags;
		const char *pattern;      /* CHECK LIKE pattern or regex the text must match
					     (interned, lives until exit); NULL = none */
		int order_col;            /* CHECK orders this column against table column
					     order_col - 1 (end_at > start_at); 0 = none */
		bool order_after;         /* this column is the greater one */
		bool order_strict;
		int after;                /* 1 + the column this one must not precede
					     (an ordered pair: from/to, min/max); 0 = none */
		int64_t gap;              /* least distance after it (seconds, or units) */
		int64_t step;             /* numbers: values in multiples of step units; 0 = any */
		int key_prefix;           /* a unique key compares only this many first
					     characters (name(3), left(x, 8)); 0 = all */
	} p;
};

/* Decides how column `col` of t is produced. Returns SG_COL_WRITE (cg
 * filled), SG_COL_SKIP or SG_COL_IMPOSSIBLE; for the last two, reason gets
 * a short phrase for the dry-run ("auto-increment", "generated column",
 * "server default for type geometry", "type geometry cannot be produced"). */
enum sg_col_decision sg_generic_plan(struct sg_colgen *cg, const struct sg_table *t,
				     size_t col, const struct sg_colopts *opts,
				     const struct sg_gen_env *env, char *reason,
				     size_t reason_cap);

/* Sets row's value for cg->col from the table's stream r and the row's fake
 * context. attempt > 0 when the previous value broke a unique key: the new
 * value must then be different with high probability (wider range, suffix). */
void sg_generic_value(const struct sg_colgen *cg, const struct sg_gen_env *env,
		      struct sg_rand *r, struct sg_fake_row *fr, struct sg_row *row,
		      int attempt);

/* After every column of a row is set: makes time columns agree with each
 * other (updated/modified >= created; completed/resolved/closed/ended >=
 * created/started; due/expires after created). Only touches columns that
 * are in cgs (written by seedgen) and were set with sg_row_set_time(). */
void sg_generic_fix_row(const struct sg_colgen *cgs, size_t n, const struct sg_gen_env *env,
			struct sg_rand *r, struct sg_row *row);

/* How many distinct non-NULL values the column can take as planned: the
 * members of an enum, an IN list or a config value list, 2^n - 1 for a set
 * of n, 2 for a boolean, the width of a year or of an integer range that a
 * CHECK (or a one-byte type) closes; 0 when the column is effectively
 * unbounded (more than 2^32). The planner caps the row count of a table by
 * it for a single-column unique key. */
uint64_t sg_generic_cardinality(const struct sg_colgen *cg);

#endif
