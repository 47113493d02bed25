/*
 * Private to the engine's files (engine.c, engine_checks.c, fkpool.c,
 * uniq.c, selfref.c, runkeys.c, cycle.c): the per-table context and the
 * parts each file offers the others. Nothing outside the engine includes
 * this.
 */
#ifndef SEEDGEN_ENGINE_INT_H
#define SEEDGEN_ENGINE_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "seedgen/dist.h"
#include "seedgen/engine.h"
#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/hashset.h"
#include "seedgen/keyform.h"

/* --- parent key pools (fkpool.c) ----------------------------------------- */

/* The distinct non-NULL tuples of table(cols), in key order, with a
 * popularity order that depends on the run seed and the table. Owned by
 * the run's cache; read-only for pools. */
struct sg_keys {
	char *table, *schema, *cols; /* cols: names joined by '\x1f' (the cache key) */
	struct sg_buf data;          /* every value back to back */
	size_t *off, *len;           /* n tuples of k values */
	size_t n, k, cap;
	uint32_t *perm;              /* perm[0] is the most popular */
};

/* Parent keys read once per table per run: a key set stays until the
 * table it came from gets rows (sg_keycache_forget). */
struct sg_keycache {
	struct sg_keys **sets;
	size_t n, cap;
	long long reads;             /* SELECTs issued, for the bench and tests */
	struct sg_readset **readsets; /* generators' reads (genread.c) */
	size_t nreads, cap_reads;
	long long reads_done;        /* their SELECTs */
};

/* genread.c: drops the generators' reads of table (all when NULL). */
void sg_readcache_forget(struct sg_keycache *c, const char *table);

/* One foreign key's view of a key set. */
struct sg_pool {
	const struct sg_keys *keys;  /* NULL: nothing loaded (n == 0) */
	size_t n;
	struct sg_skew skew;         /* popularity weights by rank (dist.h) */
	size_t next;                 /* unique relations: next position in perm */
	bool picked;                 /* unique relations: perm[next] is in the row being made */
	struct sg_hashset used;      /* unique relations: tuples existing children hold */
	bool unique;
};

int sg_keycache_get(struct sg_keycache *c, struct sg_db *db, const char *table,
		    const char *schema, char *const *cols, size_t k, uint64_t seed,
		    const struct sg_keys **out, struct sg_error *err);
void sg_keycache_forget(struct sg_keycache *c, const char *table);
void sg_keycache_release(struct sg_keycache *c);

/* Opens a pool over table(cols) with top-20% share `skew`. */
int sg_pool_open(struct sg_pool *p, struct sg_keycache *c, struct sg_db *db, const char *table,
		 const char *schema, char *const *cols, size_t k, uint64_t seed, double skew,
		 struct sg_error *err);
long sg_pool_pick(struct sg_pool *p, struct sg_rand *r);
void sg_pool_settle(struct sg_pool *p, bool taken, int attempt);
/* Unique relations: how many parents have no child yet. */
size_t sg_pool_free(const struct sg_pool *p);
const char *sg_pool_value(const struct sg_pool *p, size_t t, size_t i, size_t *len);
void sg_pool_release(struct sg_pool *p);
/* sg_db_query callback: adds the hash of each all-non-NULL row to the
 * sg_hashset ctx. */
int sg_pool_hash_row(void *ctx, int ncols, const char *const *values, const size_t *lengths);

/* --- unique keys and numbering (uniq.c) ---------------------------------- */

struct ukey {
	size_t *cols;
	size_t ncols;
	const char *name;
	struct sg_hashset set;
	struct sg_keyform form;    /* what the key compares (keyform.h); cols = its parts */
	struct sg_buf scratch;     /* one normalized part */
};

/* An integer column numbered within its parent: the rest of a unique key
 * is foreign-key columns, e.g. order_items (order_id, line_no). */
struct ordinal {
	size_t col;
	long long min, max;        /* the numbers the column holds (sg_plan_ordinal_range) */
	size_t *fkcols;
	size_t nfk;
	struct sg_countmap next;   /* parent tuple -> last number used */
	uint64_t pending;          /* parent of the row being made */
	int64_t pending_n;
	bool has_pending;
};

struct sg_check_guard;
struct sg_check_batch;

struct sg_gen_ctx {
	struct sg_db *db;
	struct sg_plan *plan;
	struct sg_plan_step *st;
	const struct sg_engine_opts *o;
	struct sg_keycache *cache;
	struct sg_rand r;
	struct sg_fake_row fake;
	struct sg_row row;
	struct sg_pool *fk_pools;       /* per plan fk */
	struct sg_pool **poly_pools;    /* per poly, per target */
	size_t *wcols;                  /* written columns, ordinal order */
	const char **wnames;
	size_t nw;
	struct ukey *ukeys;
	size_t nukeys;
	struct ordinal *ords;
	size_t nords;
	int *colgen_of;                 /* column -> index in st->cols, -1 */
	int *fk_of;                     /* column -> index in st->fks, -1 */
	char **warned_names;
	size_t nwarned;
	void *gen_state;
	struct sg_table_result *res;    /* where the inserted keys go */
	int key_cols[16];               /* columns of res->key_columns */
	bool record_values;             /* keys recorded as generated (not read back) */
	int attempt;
	long long produced;
	int short_fk;                   /* 1 + the fk whose pool ran out for this row, 0 */
	bool numbers_out;               /* a row's parent had no number left (uniq.c) */
	bool stopped;                   /* no more rows can be made: the table ends early */
	char stop_reason[200];
	struct sg_buf out;
	size_t out_pos;
	struct sg_error *err;
	struct timespec started, last_progress;
	bool tty;
	bool sampling;
	bool bootstrapping;             /* making a NOT NULL cycle's first row (cycle.c) */
	struct sg_check_guard *checks;  /* CHECKs the server judges (check_filter.c); NULL: none */
	bool check_broke;               /* a row was dropped for breaking a CHECK */
	struct sg_check_batch *cbatch;  /* loading: rows the server judges in batches; NULL: none */
};

/* Hash of a unique key's values in row; false when a part is NULL. */
bool sg_uniq_hash(const struct sg_gen_ctx *g, const size_t *cols, size_t ncols,
		  const struct sg_row *row, uint64_t *h);
/* Finds the unique keys and numbered columns of g's table and reads what
 * the table already holds of them. */
int sg_uniq_init(struct sg_gen_ctx *g, struct sg_error *err);
/* Numbers the row's ordinal columns; false when a parent has no number
 * left (the row must be made again with another parent). */
bool sg_uniq_number(struct sg_gen_ctx *g, struct sg_row *row);
/* True when the row repeats a key the table or this run holds. */
bool sg_uniq_clash(struct sg_gen_ctx *g, const struct sg_row *row);
/* Near a key's capacity random values keep repeating: moves each clashing
 * one-column integer or enum key of the row to the free value nearest a
 * random start. False when one has no free value left. */
bool sg_uniq_sweep(struct sg_gen_ctx *g, struct sg_row *row);
/* Records an accepted row's keys and numbers. */
void sg_uniq_commit(struct sg_gen_ctx *g, const struct sg_row *row);
/* Gives back the unique keys of a row committed but then thrown away
 * (engine_checks.c); numbers within a parent are not given back. */
void sg_uniq_forget(struct sg_gen_ctx *g, const struct sg_row *row);
void sg_uniq_release(struct sg_gen_ctx *g);

/* --- deferred foreign keys (selfref.c) ----------------------------------- */

struct sg_deferred {
	bool *filled;                 /* per plan fk, in step order */
	struct sg_hashset *existing;  /* per step: primary keys before the run */
};

void sg_deferred_init(struct sg_deferred *d, const struct sg_plan *plan);
/* Before step i is seeded: remembers the keys it already holds. */
int sg_deferred_snapshot(struct sg_deferred *d, struct sg_db *db, const struct sg_plan *plan,
			 size_t i, struct sg_error *err);
/* After step `done` committed: fills every deferred column whose parent
 * is now seeded. */
int sg_deferred_run(struct sg_deferred *d, struct sg_db *db, struct sg_plan *plan,
		    struct sg_keycache *cache, size_t done, struct sg_run *run,
		    struct sg_error *err);
void sg_deferred_release(struct sg_deferred *d, const struct sg_plan *plan);

/* --- the keys of inserted rows (runkeys.c) ------------------------------- */

int sg_runkeys_choose(const struct sg_plan_step *st, struct sg_table_result *res, int *cols);
void sg_runkeys_record(struct sg_table_result *res, const int *cols, const struct sg_row *row);
int sg_runkeys_max(struct sg_db *db, const char *table, const char *col, long long *out,
		   struct sg_error *err);
int sg_runkeys_read_back(struct sg_db *db, const struct sg_table *t, const char *col,
			 long long max_before, struct sg_table_result *res, struct sg_error *err);
/* Drops the keys of the table's own load (not the bootstrap's). */
void sg_runkeys_forget(struct sg_table_result *res);
/* Records the key tuple (res->nkey values, as sg_runkeys_choose chose the
 * columns) of a row that bootstrapped the NOT NULL cycle through `cycle`;
 * int_key: the one column is the integer key recorded as ranges. */
void sg_runkeys_boot(struct sg_table_result *res, bool int_key, const char *const *tuple,
		     const char *cycle);
/* How many keys of the table's own load res lists (bootstrap rows not counted). */
long long sg_runkeys_loaded(const struct sg_table_result *res);

/* --- NOT NULL cycles (cycle.c) -------------------------------------------- */

/* Before the first step of a bootstrapped cycle: inserts one row into each
 * table of the cycle, linked to each other, through the driver, and lists
 * their keys in run (one result per plan step) as committed rows. */
int sg_cycle_bootstrap(struct sg_db *db, struct sg_plan *plan, size_t step,
		       struct sg_keycache *cache, const struct sg_engine_opts *o,
		       struct sg_run *run, struct sg_error *err);

/* --- engine.c, for cycle.c ------------------------------------------------ */

int sg_ctx_init(struct sg_gen_ctx *g, struct sg_db *db, struct sg_plan *plan,
		struct sg_plan_step *st, const struct sg_engine_opts *o,
		struct sg_keycache *cache, struct sg_error *err);
int sg_ctx_make_row(struct sg_gen_ctx *g); /* 0 row made, 1 no more rows, -1 error */
void sg_ctx_release(struct sg_gen_ctx *g);

/* --- CHECKs the server judges, a batch of rows per query (engine_checks.c) -- */

/* NULL when the table's rows are judged one at a time: no CHECK is left to
 * the server, or the table numbers rows within a parent or has a
 * one-per-parent relation (what a thrown-away row took cannot be given
 * back). Free with sg_check_batch_close(). */
struct sg_check_batch *sg_check_batch_open(struct sg_gen_ctx *g);
/* The load loop's sg_ctx_make_row: 0 the next row is in g->row, 1 no
 * more rows (g->stopped, g->stop_reason), -1 error. Same seed, same rows. */
int sg_check_batch_next(struct sg_gen_ctx *g);
void sg_check_batch_close(struct sg_check_batch *b);

/* --- gen_api.c, for engine.c ------------------------------------------------ */

/* Sets foreign key fi's columns to a parent from its pool. 0 on success; -1
 * when the pool has none left (columns NULL, g->short_fk set when the row
 * cannot be made), except while sampling, where a required key reads
 * "<new>". */
int sg_ctx_set_from_pool(struct sg_gen_ctx *g, struct sg_row *row, size_t fi);

#endif
