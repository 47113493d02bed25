/*
 * Table-specific generators. A generator knows what realistic rows of one
 * table look like (todo_tasks, comments, ...): it sets the columns it knows
 * by name, and the engine fills every column it leaves unset with the
 * generic rules (generic.h), foreign keys from real parent rows included.
 *
 * Generators never assume a column exists: sg_gen_col() returns -1 for a
 * column the live table lacks (with one warning per run), and setting -1 is
 * a no-op. The registry (generators/registry.c) maps table names to
 * generators; `seedgen list-generators` prints it.
 */
#ifndef SEEDGEN_GEN_H
#define SEEDGEN_GEN_H

#include <stddef.h>
#include "seedgen/db.h"
#include "seedgen/error.h"
#include "seedgen/generic.h"
#include "seedgen/rand.h"
#include "seedgen/row.h"

struct sg_gen_ctx; /* the engine's per-table context */
struct sg_fake_row;

struct sg_generator {
	const char *table;    /* the table it fills */
	const char *summary;  /* one line for list-generators */
	/* Non-NULL when the generator decides its row count from the parent
	 * rows (in begin, with sg_gen_set_count): says how, for the dry-run,
	 * whose count is then an estimate. */
	const char *count_note;
	/* Tables to seed before this one when they are in the same plan,
	 * beyond what foreign keys already order (e.g. todo_tasks after
	 * todo_list_members, to assign tasks to members). NULL-terminated;
	 * NULL for none. */
	const char *const *after;
	/* Once per table before the first row, with the parents already
	 * seeded: read what it needs (e.g. the members of each list). NULL if
	 * nothing to do. */
	int (*begin)(struct sg_gen_ctx *g, struct sg_error *err);
	/* Sets the columns it knows for one row. */
	void (*row)(struct sg_gen_ctx *g, struct sg_row *row);
	/* Frees what begin allocated. NULL if nothing. */
	void (*end)(struct sg_gen_ctx *g);
};

/* NULL-terminated, in the order list-generators prints. */
extern const struct sg_generator *const sg_generators[];
const struct sg_generator *sg_gen_find(const char *table);

/* --- what the engine offers a generator ---------------------------------- */

/* Index of a column of the table, or -1 when the live table lacks it (one
 * warning per table and column per run). */
int sg_gen_col(struct sg_gen_ctx *g, const char *name);
struct sg_rand *sg_gen_rand(struct sg_gen_ctx *g);
struct sg_fake_row *sg_gen_fake(struct sg_gen_ctx *g);
const struct sg_gen_env *sg_gen_env(struct sg_gen_ctx *g);
const struct sg_table *sg_gen_table(struct sg_gen_ctx *g);
/* The run's schema model (the one the plan was built on): every base table
 * of the database (MySQL) or of the run's schema (PostgreSQL), as the live
 * schema was read at the start of the run, with the declared, configured
 * and inferred relations. A generator checks whether another table has a
 * column with sg_schema_find() + sg_table_find_column() here rather than
 * querying information_schema. A parent in another PostgreSQL schema
 * (fk->ref_schema set) is not in it. */
const struct sg_schema *sg_gen_schema(struct sg_gen_ctx *g);
/* Rows the run will insert into this table. */
long long sg_gen_planned(struct sg_gen_ctx *g);
/* In begin only, for a generator with a count_note: the number of rows
 * the run inserts (e.g. one member row per list owner plus the others). */
void sg_gen_set_count(struct sg_gen_ctx *g, long long n);
/* Per-table state for the generator (set in begin, freed in end). */
void *sg_gen_state(struct sg_gen_ctx *g);
void sg_gen_set_state(struct sg_gen_ctx *g, void *state);

/* Sets column col (ignored when col < 0) to a parent key picked the way
 * the engine picks it for that foreign key column (real rows, skewed).
 * Returns 0, or -1 when col is no FK column or the parent has no rows (the
 * value is then left unset). */
int sg_gen_pick_parent(struct sg_gen_ctx *g, struct sg_row *row, int col);

/* When the plan has a polymorphic pair whose type column is type_col (from
 * the config's map, or an enum whose values name tables), sets both type
 * and id the way the engine would and returns 0; the generator can then
 * read the type back. -1 (nothing set) when there is no such pair. */
int sg_gen_fill_pair(struct sg_gen_ctx *g, struct sg_row *row, int type_col);

/* What a generator reads of a table: generators never write SQL of their
 * own; they describe the read and the engine builds it with the driver's
 * quoting, runs it, and keeps the result for the run (until the table gets
 * rows), so generators and foreign keys that need the same rows share one
 * read. A column the table lacks reads as NULL, in conditions too. */
enum sg_read_test {
	SG_READ_NOT_NULL,  /* col IS NOT NULL */
	SG_READ_IS_NULL,   /* col IS NULL */
	SG_READ_CONTAINS,  /* col contains text (no wildcards: text is literal) */
};

struct sg_read_where {
	const char *col;
	enum sg_read_test test;
	const char *text;  /* SG_READ_CONTAINS only */
};

enum sg_read_shape {
	SG_READ_ROWS,      /* every matching row, ordered by all the columns */
	SG_READ_DISTINCT,  /* the distinct tuples, ordered */
	SG_READ_MAX,       /* grouped by cols[0..ncols-1), the last one's maximum */
};

struct sg_read {
	/* NULL: a table of the run's schema (sg_gen_schema), this one
	 * included (its rows from before this table's load). Else a schema
	 * the run does not model (a PostgreSQL parent in another schema, a
	 * MySQL parent in another database): the engine asks the server
	 * which of cols it has. */
	const char *schema;
	const char *table;
	const char *const *cols;
	size_t ncols;
	const struct sg_read_where *where;  /* every one holds; nwhere may be 0 */
	size_t nwhere;
	enum sg_read_shape shape;
	size_t limit;                       /* first rows only; 0 for all */
};

/* Runs read q into *out (the caller's copy: free with sg_rows_release();
 * left empty on error). Errors: a table of the run's schema that the
 * schema lacks, a table of another schema that the server lacks (both
 * SG_EXIT_USAGE, naming the generator's table), the query (SG_EXIT_DB). */
int sg_gen_select(struct sg_gen_ctx *g, const struct sg_read *q, struct sg_rows *out,
		  struct sg_error *err);

/* The common read: columns cols[0..ncols) of the rows of `table` (of the
 * run's schema) whose first column is not NULL, ordered by those columns.
 * The first column must exist (else SG_EXIT_USAGE). */
int sg_gen_read(struct sg_gen_ctx *g, const char *table, const char *const *cols, size_t ncols,
		struct sg_rows *out, struct sg_error *err);

/* Fills column col now with the engine's generic value (so that the
 * generator can read it, e.g. created_at before completed_at). */
void sg_gen_fill(struct sg_gen_ctx *g, struct sg_row *row, int col);

#endif
