/*
 * Private to the pricing generators (pricing.c, pricing_rules.c): the row
 * helpers both tables use, so a rule and a profile are live and dated alike.
 */
#ifndef SEEDGEN_PRICING_INT_H
#define SEEDGEN_PRICING_INT_H

#include <stdint.h>

#include "seedgen/gen.h"

/* Sets column c_deleted NULL (not soft-deleted) when it is nullable, outside
 * the edge scenario; c_deleted < 0 means no such column. */
void pricing_set_live(struct sg_gen_ctx *g, struct sg_row *row, int c_deleted);

/* created in [lo, now - 1], updated at or after it, into the columns that
 * exist (< 0: none); *created gets the time when created is not NULL. */
void pricing_set_times(struct sg_gen_ctx *g, struct sg_row *row, int c_created, int c_updated,
		       int64_t lo, int64_t *created);

#endif
