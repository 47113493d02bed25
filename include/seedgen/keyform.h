/*
 * What a unique key really compares. A key part may be a plain column, a
 * function of one column (lower(name), left(lower(handle), 8), MySQL
 * name(3)), a generated column computed from another, a blank-padded
 * char(n), or a range of an exclusion constraint; a partial index only
 * holds the rows its WHERE predicate accepts; NULLs collide only under
 * NULLS NOT DISTINCT. sg_keyform_init() reads that from the schema model
 * (struct sg_key parts/predicate, struct sg_column generation_expr and
 * pad_blanks) once per key; then, for any row, the normalized values the
 * server compares come out of sg_keyform_value(), so new rows and existing
 * rows hash alike.
 *
 * What cannot be modelled is dropped conservatively: an expression part
 * seedgen does not understand is left out of the tuple (fewer parts make
 * a stricter key), and a predicate it cannot evaluate counts every row as
 * in the index. A key none of whose parts is understood is not usable.
 *
 * Ownership: a struct sg_keyform owns its arrays (sg_keyform_release);
 * it points into the table and key it was made from, which must outlive it.
 */
#ifndef SEEDGEN_KEYFORM_H
#define SEEDGEN_KEYFORM_H

#include <stdbool.h>
#include <stddef.h>

#include "seedgen/buf.h"
#include "seedgen/schema.h"

/* A row's value of column col (table order); NULL for SQL NULL. */
typedef const char *(*sg_keyform_get)(void *ctx, size_t col, size_t *len);

struct sg_keyform_part {
	size_t col;          /* the column read (base of a generated column) */
	enum sg_fold fold;
	int prefix;          /* characters kept; 0 = all */
	bool pad_blanks;     /* trailing blanks stripped */
	bool range_lower;    /* exclusion &&: compared by the range's lower bound */
};

enum sg_pred_op { SG_PRED_NULL, SG_PRED_NOT_NULL, SG_PRED_TRUE, SG_PRED_FALSE, SG_PRED_EQ,
		  SG_PRED_NE };

struct sg_pred_term {
	size_t col;
	enum sg_pred_op op;
	char *value;         /* SG_PRED_EQ/NE: the literal, unquoted */
	bool numeric;        /* the literal was a number */
};

struct sg_keyform {
	struct sg_keyform_part *parts;
	size_t nparts;
	bool nulls_not_distinct;
	struct sg_pred_term *terms; /* AND-ed; none = every row */
	size_t nterms;
	bool usable;         /* at least one part understood */
	size_t *reads;       /* every column the parts and the predicate read */
	size_t nreads;
};

/* Reads key k of table t. Returns 0; kf->usable says whether it can be
 * compared at all. */
int sg_keyform_init(struct sg_keyform *kf, const struct sg_table *t, const struct sg_key *k);
void sg_keyform_release(struct sg_keyform *kf);

/* Whether the row is in the (partial) index: false only when the
 * predicate is understood and rejects the row. */
bool sg_keyform_in_index(const struct sg_keyform *kf, sg_keyform_get get, void *ctx);

/* Normalized value of part i into out (replacing its content). Returns
 * false for a NULL that cannot collide (NULLs distinct); under NULLS NOT
 * DISTINCT a NULL yields a marker no text equals. */
bool sg_keyform_value(const struct sg_keyform *kf, size_t i, sg_keyform_get get, void *ctx,
		      struct sg_buf *out);

/* One part's normalization on its own: strip trailing blanks (pad), cut
 * to prefix characters, fold case (ASCII and Latin-1 letters). In place;
 * returns the new length. */
size_t sg_keyform_normalize(char *s, size_t len, enum sg_fold fold, int prefix, bool pad);

/* Understands a one-column expression: lower/lcase, upper/ucase,
 * left(x, n), substr/substring(x, 1, n) around a column of t, with casts.
 * Returns the column's index and sets fold/prefix, or -1. */
int sg_keyform_parse_expr(const struct sg_table *t, const char *expr, enum sg_fold *fold,
			  int *prefix);

/* The fewest first characters of column col that any unique key or
 * exclusion constraint of t compares (through prefixes and generated
 * columns); 0 when every key compares it whole. Value makers put their
 * retry suffix inside that prefix. */
int sg_keyform_column_prefix(const struct sg_table *t, size_t col);

/* Whether key k of t compares column col: as a plain part, through an
 * expression (lower(name)) or through a generated column computed from it. */
bool sg_keyform_key_reads(const struct sg_table *t, const struct sg_key *k, size_t col);

#endif
