/*
 * Rows judged by the server in batches (see engine_int.h): a table with a
 * CHECK that seedgen cannot model (check_filter.h) would otherwise cost
 * one query per row. Here the load loop makes CHECK_BATCH rows at a
 * time, each kept like any row (modelled CHECKs, unique keys), asks the
 * server in one query which of them break the filtered CHECKs, and makes
 * only those again, at the same positions, until none does or
 * CHECK_ROUNDS rounds have passed; then the table stops, naming the
 * CHECK. Rows are handed out in position order, so they depend on the run
 * seed only (the batch size is fixed, not --batch), and memory stays at
 * one batch of rows however large the table.
 *
 * A row made again must first give back what it took: its unique keys
 * (sg_uniq_forget). A number within a parent (order_items.line_no) or a
 * parent of a one-per-parent relation cannot be given back without a
 * gap or a parent left childless, so such tables keep the row-by-row
 * filter (sg_check_batch_open returns NULL).
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/check_filter.h"
#include "seedgen/engine_int.h"

#define CHECK_BATCH 256
#define CHECK_ROUNDS 100

struct sg_check_batch {
	struct sg_row rows[CHECK_BATCH];
	bool bad[CHECK_BATCH];              /* the row at this position is to be made (again) */
	bool verdict[CHECK_BATCH];
	const struct sg_row *ask[CHECK_BATCH];
	size_t at[CHECK_BATCH];             /* ask[k] is rows[at[k]] */
	size_t n, next;                     /* rows ready; the next one to hand out */
	bool stop;                          /* the table ends after these rows */
};

struct sg_check_batch *sg_check_batch_open(struct sg_gen_ctx *g)
{
	struct sg_check_batch *b;

	if (!sg_check_guard_batched(g->checks) || g->sampling || g->nords)
		return NULL;
	for (size_t i = 0; i < g->st->nfks; i++)
		if (g->fk_pools[i].unique)
			return NULL;
	b = sg_calloc(1, sizeof(*b));
	for (size_t i = 0; i < CHECK_BATCH; i++)
		sg_row_init(&b->rows[i], g->st->t);
	return b;
}

void sg_check_batch_close(struct sg_check_batch *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < CHECK_BATCH; i++)
		sg_row_release(&b->rows[i]);
	free(b);
}

static void swap_rows(struct sg_row *a, struct sg_row *b)
{
	struct sg_row t = *a;

	*a = *b;
	*b = t;
}

/* One round: makes the rows marked bad at positions base + i (i < *n)
 * and has the server judge them. A position where no row can be made
 * ends the batch there (*n). -1 on error. */
static int round_of(struct sg_gen_ctx *g, struct sg_check_batch *b, long long base, size_t *n,
		    bool again)
{
	size_t nask = 0;

	for (size_t i = 0; i < *n; i++) {
		int rc;

		if (!b->bad[i])
			continue;
		if (again)
			sg_uniq_forget(g, &b->rows[i]);
		g->produced = base + (long long)i;
		rc = sg_ctx_make_row(g);
		if (rc < 0)
			return -1;
		if (rc) {
			*n = i;
			break;
		}
		swap_rows(&g->row, &b->rows[i]);
		b->at[nask] = i;
		b->ask[nask++] = &b->rows[i];
	}
	sg_check_guard_judge(g->checks, b->ask, nask, b->verdict);
	for (size_t k = 0; k < nask; k++) {
		b->bad[b->at[k]] = b->verdict[k];
		g->check_broke |= b->verdict[k];
	}
	return 0;
}

/* Makes the next batch: rows for positions produced .. produced + n - 1
 * that pass every CHECK. */
static int make_batch(struct sg_gen_ctx *g, struct sg_check_batch *b)
{
	long long base = g->produced, left = g->st->planned - base;
	size_t n = left < CHECK_BATCH ? (size_t)left : CHECK_BATCH, first;
	bool record = g->record_values;
	int rc = 0;

	g->record_values = false;   /* only rows handed out are recorded */
	sg_check_guard_defer(g->checks, true);
	for (size_t i = 0; i < n; i++)
		b->bad[i] = true;
	for (int round = 0; round < CHECK_ROUNDS && rc == 0; round++) {
		rc = round_of(g, b, base, &n, round > 0);
		for (first = 0; first < n && !b->bad[first]; first++)
			;
		if (first == n)
			break;
	}
	sg_check_guard_defer(g->checks, false);
	g->record_values = record;
	g->produced = base;
	if (rc < 0)
		return -1;
	for (first = 0; first < n && !b->bad[first]; first++)
		;
	if (first < n) {
		snprintf(g->stop_reason, sizeof(g->stop_reason),
			 "rows made %d times over still broke CHECK '%s', which only the server "
			 "can judge", CHECK_ROUNDS, sg_check_guard_culprit(g->checks, &b->rows[first]));
		g->stopped = true;
		n = first;
	}
	b->n = n;
	b->next = 0;
	b->stop = g->stopped;   /* set for the fill loop once these rows are out */
	g->stopped = false;
	return 0;
}

int sg_check_batch_next(struct sg_gen_ctx *g)
{
	struct sg_check_batch *b = g->cbatch;

	if (b->next == b->n) {
		if (!b->stop && make_batch(g, b) < 0)
			return -1;
		if (b->next == b->n) {
			g->stopped = true;
			return 1;
		}
	}
	swap_rows(&g->row, &b->rows[b->next++]);
	if (g->record_values)
		sg_runkeys_record(g->res, g->key_cols, &g->row);
	g->produced++;
	return 0;
}
