/*
 * NOT NULL foreign-key cycles (cycle.h): before the first table of such a
 * cycle is seeded, and only when one of its tables is empty, one row per
 * table is made the way the engine makes every row, then handed to the
 * driver to insert linked to each other. The tables are then seeded
 * normally, pointing at the rows that now exist.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/cycle.h"
#include "seedgen/engine_int.h"

struct boot {
	size_t n;
	size_t *steps;               /* cycle order: steps[i] links to steps[i + 1] */
	struct sg_plan_fk **via;     /* the edge from steps[i] to steps[i + 1] */
	struct sg_gen_ctx *g;
	struct sg_cycle_row *rows;
	const char ***names;
	char ***values;
};

static struct sg_plan_fk *edge_of(struct sg_plan_step *st)
{
	for (size_t i = 0; i < st->nfks; i++)
		if (st->fks[i].bootstrapped)
			return &st->fks[i];
	return NULL;
}

/* Walks the cycle from `step`; false when it does not close. */
static bool walk(struct boot *b, struct sg_plan *plan, size_t step)
{
	size_t cur = step;

	b->steps = sg_calloc(plan->nsteps, sizeof(size_t));
	b->via = sg_calloc(plan->nsteps, sizeof(*b->via));
	do {
		struct sg_plan_fk *pf = edge_of(&plan->steps[cur]);

		if (!pf || pf->parent_step < 0 || b->n == plan->nsteps)
			return false;
		b->steps[b->n] = cur;
		b->via[b->n++] = pf;
		cur = (size_t)pf->parent_step;
	} while (cur != step);
	return true;
}

static int needed(struct boot *b, struct sg_db *db, struct sg_plan *plan, bool *out,
		  struct sg_error *err)
{
	*out = false;
	for (size_t i = 0; i < b->n; i++) {
		long long n;

		if (sg_db_count_rows(db, plan->steps[b->steps[i]].t->name, &n, err) < 0)
			return -1;
		*out |= n == 0;
	}
	return 0;
}

/* Row i of the cycle from its context's generated row. */
static int make_cycle_row(struct boot *b, size_t i, struct sg_error *err)
{
	struct sg_gen_ctx *g = &b->g[i];
	const struct sg_table *t = g->st->t;
	struct sg_cycle_row *r = &b->rows[i];
	const char *link = b->via[i]->fk->columns[0];
	const char *key = b->via[(i + b->n - 1) % b->n]->fk->ref_columns[0];
	const struct sg_column *kc = sg_table_find_column(t, key);

	r->table = t->name;
	r->link_column = link;
	r->key_column = key;
	r->key_always = kc && kc->identity_always;
	b->names[i] = sg_calloc(g->nw + 1, sizeof(char *));
	b->values[i] = sg_calloc(g->nw + 1, sizeof(char *));
	for (size_t c = 0; c < g->nw; c++) {
		size_t len;
		const char *v = sg_row_get(&g->row, g->wcols[c], &len);

		if (!strcmp(g->wnames[c], key)) {
			r->key_value = v ? sg_strndup(v, len) : NULL;
			continue;
		}
		if (!strcmp(g->wnames[c], link))
			continue;
		b->names[i][r->ncols] = g->wnames[c];
		b->values[i][r->ncols++] = v ? sg_strndup(v, len) : NULL;
	}
	if (!r->key_value && !(kc && kc->auto_increment)) {
		sg_error_set(err, SG_EXIT_USAGE, "cannot bootstrap the NOT NULL cycle through '%s': "
			     "its column '%s' is neither written by seedgen nor numbered by the server",
			     t->name, key);
		return -1;
	}
	r->columns = b->names[i];
	r->values = (const char *const *)b->values[i];
	return 0;
}

static int make_rows(struct boot *b, struct sg_db *db, struct sg_plan *plan,
		     struct sg_keycache *cache, const struct sg_engine_opts *o, struct sg_error *err)
{
	b->g = sg_calloc(b->n, sizeof(*b->g));
	b->rows = sg_calloc(b->n, sizeof(*b->rows));
	b->names = sg_calloc(b->n, sizeof(*b->names));
	b->values = sg_calloc(b->n, sizeof(*b->values));
	for (size_t i = 0; i < b->n; i++) {
		struct sg_gen_ctx *g = &b->g[i];

		if (sg_ctx_init(g, db, plan, &plan->steps[b->steps[i]], o, cache, err) < 0)
			return -1;
		g->bootstrapping = true;
		int rc = sg_ctx_make_row(g);

		if (rc < 0)
			return -1;
		if (rc) {
			sg_error_set(err, SG_EXIT_DB, "cannot make the bootstrap row of '%s': %s",
				     g->st->t->name, g->stop_reason);
			return -1;
		}
		if (make_cycle_row(b, i, err) < 0)
			return -1;
	}
	return 0;
}

static void boot_release(struct boot *b)
{
	for (size_t i = 0; b->g && i < b->n; i++) {
		if (b->g[i].st)
			sg_ctx_release(&b->g[i]);
		for (size_t c = 0; b->values && b->values[i] && c < b->rows[i].ncols; c++)
			free(b->values[i][c]);
		if (b->values)
			free(b->values[i]);
		if (b->names)
			free(b->names[i]);
		if (b->rows)
			free((char *)b->rows[i].key_value);
	}
	free(b->g);
	free(b->rows);
	free(b->names);
	free(b->values);
	free(b->steps);
	free(b->via);
}

int sg_cycle_bootstrap(struct sg_db *db, struct sg_plan *plan, size_t step,
		       struct sg_keycache *cache, const struct sg_engine_opts *o,
		       struct sg_error *err)
{
	struct boot b = { 0 };
	bool need;
	int rc = -1;

	if (!walk(&b, plan, step) || !db->drv->insert_cycle) {
		sg_error_set(err, SG_EXIT_DB, "cannot bootstrap the NOT NULL cycle through '%s'",
			     plan->steps[step].t->name);
		goto out;
	}
	if (needed(&b, db, plan, &need, err) < 0)
		goto out;
	if (!need) {
		rc = 0;
		goto out;
	}
	if (make_rows(&b, db, plan, cache, o, err) < 0 || sg_db_begin(db, err) < 0)
		goto out;
	if (db->drv->insert_cycle(db, b.rows, b.n, err) < 0) {
		sg_db_rollback(db);
		sg_error_detail(err, "while inserting the first rows of the NOT NULL cycle through "
				"'%s'", plan->steps[step].t->name);
		goto out;
	}
	if (sg_db_commit(db, err) < 0)
		goto out;
	/* The bootstrap row is one of the table's planned rows. */
	for (size_t i = 0; i < b.n; i++) {
		struct sg_plan_step *st = &plan->steps[b.steps[i]];

		st->bootstrap_rows = 1;
		if (st->planned > 0)
			st->planned--;
		sg_keycache_forget(cache, st->t->name);
	}
	if (!sg_quiet)
		sg_warn("bootstrapped the NOT NULL cycle through '%s' with one linked row in each of "
			"its %zu tables", plan->steps[step].t->name, b.n);
	rc = 0;
out:
	boot_release(&b);
	return rc;
}
