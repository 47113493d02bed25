/*
 * The generators' side of meaning.h: what the generic generator makes of a
 * column's meaning (the soft range of a latitude or a salary, the word list
 * of a genre or a protocol in the neutral pack) and how a row's ordered
 * pairs are put in order after all its columns are set. The rules come from
 * meaning.c, which `seedgen realism` scores, so what is generated is what
 * is checked.
 */
#ifndef SEEDGEN_REALISTIC_H
#define SEEDGEN_REALISTIC_H

#include <stdbool.h>
#include <stdint.h>
#include "seedgen/rand.h"
#include "seedgen/row.h"
#include "seedgen/schema.h"

/* The range to draw a number of this meaning from (zoom 3..18, latitude
 * 25..49, salary 38,000..160,000, a ratio 0..0.25 in steps of 0.05, a year
 * 2000..now -- a birth year 1950..now - 18 ...),
 * inside what sg_meaning_range() accepts; *step > 0 asks for multiples of
 * it. False when the column has no number meaning, or one the generic
 * rules already draw well. year is the current year. */
bool sg_realistic_number(const struct sg_table *t, const struct sg_column *c, int year,
			 double *lo, double *hi, double *step);

/* The vocab list (enum sg_vocab_list) a text column draws from in the
 * neutral pack, or -1. */
int sg_realistic_vocab(const struct sg_table *t, const struct sg_column *c);

/* The column that column col of t must not come before (b of an ordered
 * pair (a, b) when col is b), with the least distance in *gap; -1 if none. */
int sg_realistic_after(const struct sg_table *t, size_t col, int64_t *gap);

/* Puts the pair in order in row: when a (+ gap) is after b, b is redrawn
 * after it -- soon after, within [a + gap, now] unless b's name allows the
 * future (then up to a year later) -- for times; numbers are swapped. Only
 * b changes for times. hi is the latest time b's column can hold. Nothing
 * when either value is unset or NULL. */
void sg_realistic_order(struct sg_row *row, size_t a, size_t b, int64_t gap, int64_t now,
			int64_t hi, struct sg_rand *r);

#endif
