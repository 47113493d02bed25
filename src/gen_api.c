/*
 * The generator API (gen.h) over the engine's per-table context: what a
 * generator may read (its table, schema, random stream, environment), its
 * own state, and parents taken from the foreign keys' pools.
 */
#include <string.h>

#include "seedgen/engine_int.h"

int sg_gen_col(struct sg_gen_ctx *g, const char *name)
{
	int i = sg_table_column_index(g->st->t, name);

	if (i >= 0)
		return i;
	for (size_t j = 0; j < g->nwarned; j++)
		if (!strcmp(g->warned_names[j], name))
			return -1;
	g->warned_names = sg_realloc(g->warned_names, (g->nwarned + 1) * sizeof(char *));
	g->warned_names[g->nwarned++] = sg_strdup(name);
	if (!g->sampling)
		sg_warn("table '%s' has no column '%s': the %s generator skips it", g->st->t->name,
			name, g->st->t->name);
	return -1;
}

struct sg_rand *sg_gen_rand(struct sg_gen_ctx *g) { return &g->r; }
struct sg_fake_row *sg_gen_fake(struct sg_gen_ctx *g) { return &g->fake; }
const struct sg_gen_env *sg_gen_env(struct sg_gen_ctx *g) { return &g->plan->env; }
const struct sg_table *sg_gen_table(struct sg_gen_ctx *g) { return g->st->t; }
const struct sg_schema *sg_gen_schema(struct sg_gen_ctx *g) { return g->plan->schema; }
long long sg_gen_planned(struct sg_gen_ctx *g) { return g->st->planned; }

void sg_gen_set_count(struct sg_gen_ctx *g, long long n)
{
	if (n >= 0 && g->st->gen && g->st->gen->count_note) {
		g->st->planned = n;
		g->st->after = g->st->before + n;
	}
}
void *sg_gen_state(struct sg_gen_ctx *g) { return g->gen_state; }
void sg_gen_set_state(struct sg_gen_ctx *g, void *state) { g->gen_state = state; }

/* A parent for foreign key fi. When the pool has none left, a row of the
 * real run cannot be made: short_fk says which relation ran out. */
int sg_ctx_set_from_pool(struct sg_gen_ctx *g, struct sg_row *row, size_t fi)
{
	const struct sg_plan_fk *pf = &g->st->fks[fi];
	struct sg_pool *p = &g->fk_pools[fi];
	long t = sg_pool_pick(p, &g->r);

	if (t < 0) {
		if (g->sampling && pf->some_required) {
			for (size_t i = 0; i < pf->fk->ncols; i++)
				sg_row_sets(row, pf->cols[i], "<new>");
			return 0;
		}
		for (size_t i = 0; i < pf->fk->ncols; i++)
			sg_row_set_null(row, pf->cols[i]);
		/* A cycle's first row: the driver links it (cycle.c). */
		if (pf->some_required && !(g->bootstrapping && pf->bootstrapped))
			g->short_fk = (int)fi + 1;
		return -1;
	}
	for (size_t i = 0; i < pf->fk->ncols; i++) {
		size_t len;
		const char *v = sg_pool_value(p, (size_t)t, i, &len);

		sg_row_set(row, pf->cols[i], v, len);
	}
	return 0;
}

int sg_gen_pick_parent(struct sg_gen_ctx *g, struct sg_row *row, int col)
{
	if (col < 0 || g->fk_of[col] < 0 || g->st->fks[g->fk_of[col]].deferred)
		return -1;
	return sg_ctx_set_from_pool(g, row, (size_t)g->fk_of[col]);
}

void sg_gen_fill(struct sg_gen_ctx *g, struct sg_row *row, int col)
{
	if (col < 0)
		return;
	if (g->fk_of[col] >= 0) {
		sg_gen_pick_parent(g, row, col);
	} else if (g->colgen_of[col] >= 0) {
		sg_generic_value(&g->st->cols[g->colgen_of[col]], &g->plan->env, &g->r, &g->fake,
				 row, g->attempt);
	}
}
