/*
 * Private to the to-do generators (todos.c, todo_tasks.c, todo_common.c):
 * their shared helpers and the lists they read.
 */
#ifndef SEEDGEN_TODOS_INT_H
#define SEEDGEN_TODOS_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "seedgen/db.h"
#include "seedgen/gen.h"

#define DAY 86400

/* A string -> index map (list ids). */
struct idmap {
	uint64_t *keys;
	size_t *vals;
	size_t cap;
};

/* The lists of the lists table (todo_lists by default), in key order:
 * id, owner, shared, created_at. */
struct list {
	const char *id, *owner;   /* into the rows' data */
	bool shared;
	bool has_created;
	int64_t created;
};

struct lists {
	struct sg_rows rows;
	struct list *v;
	size_t n;
	struct idmap map;
	const char *table;
	bool has_owner;
};

bool todo_truthy(const char *v);
bool todo_nullable(struct sg_gen_ctx *g, int col);
/* Whether v may go into the column: any value unless it is an enum. */
bool todo_enum_ok(struct sg_gen_ctx *g, int col, const char *v);
void todo_set_text(struct sg_gen_ctx *g, struct sg_row *row, int col, const char *s, size_t len);
/* Sets a text column; in the edge scenario every fifth row is as long as
 * the column allows. */
void todo_set_text_edge(struct sg_gen_ctx *g, struct sg_row *row, int col, struct sg_buf *b);
/* A time in [lo, hi] (lo when hi <= lo), mostly early in long spans. */
int64_t todo_time_after(struct sg_rand *r, int64_t lo, int64_t hi, int64_t typical);
void todo_idmap_put(struct idmap *m, const char *key, size_t val, size_t nkeys);
bool todo_idmap_get(const struct idmap *m, const char *key, size_t *val);
void todo_idmap_release(struct idmap *m);
/* The lists the FK column list_col points at (todo_lists by default). */
int todo_load_lists(struct sg_gen_ctx *g, const char *list_col, struct lists *ls,
		    struct sg_error *err);
void todo_lists_release(struct lists *ls);

#endif
