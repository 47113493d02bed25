/*
 * NOT NULL foreign-key cycles (cycle.h): before the first table of such a
 * cycle is seeded, and only when one of its tables is empty, one row per
 * table is made the way the engine makes every row, then handed to the
 * driver to insert linked to each other. The tables are then seeded
 * normally, pointing at the rows that now exist. The rows' keys, as the
 * run report lists keys, are read back in the bootstrap's own transaction
 * (by the key the driver returns), so that undo can delete them.
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
	char **keys;                 /* the driver's: key_column of row i as stored */
	struct sg_rows *got;         /* row i's run-report key tuple, read back */
	int *int_key;                /* sg_runkeys_choose() of row i's table */
	bool listed;                 /* every table has a key undo can use */
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

/* The run-report keys of the rows just inserted, in their transaction,
 * by the key each row is referenced by (unique: a foreign key references
 * it). When a table of the cycle has no key undo could use, none of the
 * cycle's rows is listed: undo could not delete them together. */
static int read_keys(struct boot *b, struct sg_db *db, struct sg_plan *plan, struct sg_run *run,
		     struct sg_error *err)
{
	int cols[16];

	b->got = sg_calloc(b->n, sizeof(*b->got));
	b->int_key = sg_calloc(b->n, sizeof(int));
	b->listed = true;
	for (size_t i = 0; i < b->n && b->listed; i++) {
		b->int_key[i] = sg_runkeys_choose(&plan->steps[b->steps[i]], &run->tables[b->steps[i]],
						  cols);
		b->listed = run->tables[b->steps[i]].nkey > 0;
	}
	for (size_t i = 0; i < b->n && b->listed; i++) {
		const struct sg_table_result *res = &run->tables[b->steps[i]];
		struct sg_buf sql = SG_BUF_INIT;
		int rc;

		sg_buf_adds(&sql, "SELECT ");
		sg_db_quote_idents(db, &sql, NULL, (char *const *)res->key_columns, res->nkey);
		sg_buf_adds(&sql, " FROM ");
		sg_db_quote_table(db, &sql, b->rows[i].table);
		sg_buf_adds(&sql, " WHERE ");
		sg_db_quote_ident(db, &sql, b->rows[i].key_column);
		sg_buf_adds(&sql, " = ");
		sg_db_quote_literal(db, &sql, b->keys[i], strlen(b->keys[i]));
		rc = sg_db_query_rows(db, sql.data, &b->got[i], err);
		sg_buf_release(&sql);
		if (rc < 0)
			return -1;
		if (b->got[i].n != 1)
			return sg_error_set(err, SG_EXIT_DB, "the bootstrap row of '%s' with %s = '%s' "
					    "reads back as %zu rows", b->rows[i].table,
					    b->rows[i].key_column, b->keys[i], b->got[i].n);
	}
	return 0;
}

/* After the commit: the rows are the run's, committed, listed for undo. */
static void list_rows(struct boot *b, struct sg_plan *plan, size_t step, struct sg_run *run)
{
	for (size_t i = 0; i < b->n; i++) {
		struct sg_table_result *res = &run->tables[b->steps[i]];
		const char *tuple[16];

		res->committed = true;
		res->inserted = plan->steps[b->steps[i]].bootstrap_rows;
		res->after = res->before + res->inserted;
		if (!b->listed)
			continue;
		for (size_t k = 0; k < res->nkey; k++)
			tuple[k] = sg_rows_get(&b->got[i], 0, k);
		sg_runkeys_boot(res, b->int_key[i] >= 0, tuple, plan->steps[step].t->name);
	}
	if (!b->listed)
		sg_warn("the bootstrap rows of the NOT NULL cycle through '%s' are not in the run "
			"report (a table of the cycle has no primary key): undo leaves them",
			plan->steps[step].t->name);
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
		if (b->keys)
			free(b->keys[i]);
		if (b->got)
			sg_rows_release(&b->got[i]);
	}
	free(b->keys);
	free(b->got);
	free(b->int_key);
	free(b->g);
	free(b->rows);
	free(b->names);
	free(b->values);
	free(b->steps);
	free(b->via);
}

int sg_cycle_bootstrap(struct sg_db *db, struct sg_plan *plan, size_t step,
		       struct sg_keycache *cache, const struct sg_engine_opts *o,
		       struct sg_run *run, struct sg_error *err)
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
	b.keys = sg_calloc(b.n, sizeof(char *));
	if (db->drv->insert_cycle(db, b.rows, b.n, b.keys, err) < 0 ||
	    read_keys(&b, db, plan, run, err) < 0) {
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
	list_rows(&b, plan, step, run);
	if (!sg_quiet)
		sg_warn("bootstrapped the NOT NULL cycle through '%s' with one linked row in each of "
			"its %zu tables", plan->steps[step].t->name, b.n);
	rc = 0;
out:
	boot_release(&b);
	return rc;
}
