/*
 * Small helpers that several table-specific generators share: setting
 * values within what the live column holds, the edge scenario's longest
 * text, weighted picks, and where a foreign key column points.
 * Every helper that takes a column index is a no-op (or false) for -1, the
 * index sg_gen_col() returns for a column the live table lacks.
 */
#ifndef SEEDGEN_GEN_HELPERS_H
#define SEEDGEN_GEN_HELPERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "seedgen/buf.h"
#include "seedgen/gen.h"

struct cJSON;

/* The table and column the generated table's foreign key column col points
 * at; *table and *ref_col are left as they are (the caller's defaults)
 * when col is in no one-column foreign key. */
void sg_gen_fk_target(struct sg_gen_ctx *g, const char *col, const char **table,
		      const char **ref_col);

/* Latest time column col can hold: MySQL TIMESTAMP ends in 2038, the rest
 * at 9999-12-31 23:59:59. */
int64_t sg_gen_time_hi(struct sg_gen_ctx *g, int col);

/* Sets a date/time column to t, clamped to sg_gen_time_hi; nothing for
 * other columns. */
void sg_gen_set_time(struct sg_gen_ctx *g, struct sg_row *row, int col, int64_t t);

/* NULL, or nothing when the column is NOT NULL (the engine then fills it). */
void sg_gen_set_null(struct sg_gen_ctx *g, struct sg_row *row, int col);

/* The edge scenario's longest text: appends to b a space, then multibyte
 * letters and emoji up to the column's limit (characters; bytes as well for
 * MySQL TEXT kinds, whose limit is in bytes). Unbounded columns: nothing. */
void sg_gen_pad_to_limit(struct sg_gen_ctx *g, int col, struct sg_buf *b);

/* Index in [0, n) drawn by the weights w; n when every weight is 0. */
size_t sg_gen_pick_weighted(struct sg_rand *r, const unsigned *w, size_t n);

/* Whether s fits column col of t: its length in characters and, for an
 * enum, its values. */
bool sg_gen_fits(const struct sg_table *t, int col, const char *s);

/* Sets col to s when it fits (else leaves it to the engine). */
void sg_gen_set_fit(const struct sg_table *t, struct sg_row *row, int col, const char *s);

/* Sets col to v printed without spaces when it fits; frees v. */
void sg_gen_set_json(const struct sg_table *t, struct sg_row *row, int col, struct cJSON *v);

#endif
