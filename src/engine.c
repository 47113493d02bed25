/*
 * The seeding loop (see engine.h).
 *
 * Per table: open the parent key pools each foreign key may use (fkpool.c:
 * real rows read once per parent table per run), read the table's unique
 * keys from its existing rows (uniq.c), then let the driver pull generated
 * rows through sg_db_load() inside one transaction. A row that would break
 * a unique key is generated again; when no more rows can be made (every
 * parent of a one-per-parent relation taken, a unique key full) the table
 * ends early and says why. Nullable foreign keys that close a cycle (or
 * point at their own table) go in as NULL and are filled by UPDATE once
 * their parent has rows (selfref.c); an all-NOT NULL cycle gets its first
 * rows from the driver (cycle.c). After each table the rows it really
 * holds are counted, so a trigger that adds or removes rows is reported.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "seedgen/check_filter.h"
#include "seedgen/engine_int.h"
#include "seedgen/partition.h"

#define MAX_ATTEMPTS 100
#define DEFAULT_BATCH 1000

static double since(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/* --- rows ------------------------------------------------------------------------ */

static void fill_fks(struct sg_gen_ctx *g, struct sg_row *row)
{
	const struct sg_table *t = g->st->t;

	for (size_t i = 0; i < g->st->nfks; i++) {
		const struct sg_plan_fk *pf = &g->st->fks[i];
		double null_rate = g->plan->env.edge ? 0.5 : pf->null_rate;

		if (sg_row_is_set(row, pf->cols[0]))
			continue;
		if (pf->deferred || (!pf->some_required && sg_rand_chance(&g->r, null_rate))) {
			for (size_t j = 0; j < pf->fk->ncols; j++)
				sg_row_set_null(row, pf->cols[j]);
			continue;
		}
		if (sg_ctx_set_from_pool(g, row, i) < 0 || pf->required || !sg_rand_chance(&g->r, null_rate))
			continue;
		/* Partly nullable: one NULL column exempts the row from the
		 * check (MATCH SIMPLE); the NOT NULL ones keep a real parent's. */
		for (size_t j = 0; j < pf->fk->ncols; j++)
			if (t->columns[pf->cols[j]]->nullable)
				sg_row_set_null(row, pf->cols[j]);
	}
}

/* Both columns of a pair from one target that has rows. With none: NULL
 * where the columns allow it; a NOT NULL id cannot be made (short_fk). */
static void fill_poly(struct sg_gen_ctx *g, struct sg_row *row, size_t i)
{
	const struct sg_plan_poly *pp = &g->st->polys[i];
	size_t avail = 0, pick, len;
	long t;

	if (sg_row_is_set(row, pp->type_col) && sg_row_is_set(row, pp->id_col))
		return;
	for (size_t j = 0; j < pp->ntargets; j++)
		avail += g->poly_pools[i][j].n > 0;
	if (!avail) {
		if (g->sampling && pp->ntargets) {
			sg_row_sets(row, pp->type_col, pp->type_values[0]);
			sg_row_sets(row, pp->id_col, "<new>");
			return;
		}
		if (g->st->t->columns[pp->type_col]->nullable || !pp->ntargets)
			sg_row_set_null(row, pp->type_col);
		else
			sg_row_sets(row, pp->type_col, pp->type_values[0]);
		sg_row_set_null(row, pp->id_col);
		if (!g->st->t->columns[pp->id_col]->nullable)
			g->short_fk = -1 - (int)i;
		return;
	}
	pick = sg_rand_below(&g->r, (uint32_t)avail);
	for (size_t j = 0; j < pp->ntargets; j++) {
		struct sg_pool *p = &g->poly_pools[i][j];
		const char *v;

		if (!p->n || pick--)
			continue;
		t = sg_pool_pick(p, &g->r);
		v = sg_pool_value(p, (size_t)t, 0, &len);
		sg_row_sets(row, pp->type_col, pp->type_values[j]);
		sg_row_set(row, pp->id_col, v, len);
		break;
	}
}

static void fill_polys(struct sg_gen_ctx *g, struct sg_row *row)
{
	for (size_t i = 0; i < g->st->npolys; i++)
		fill_poly(g, row, i);
}

int sg_gen_fill_pair(struct sg_gen_ctx *g, struct sg_row *row, int type_col)
{
	for (size_t i = 0; type_col >= 0 && i < g->st->npolys; i++) {
		/* A guessed pair: the generator's own knowledge comes first; the
		 * engine fills the pair after it only when it left it unset. */
		if (g->st->polys[i].type_col != (size_t)type_col || g->st->polys[i].guessed)
			continue;
		fill_poly(g, row, i);
		return sg_row_get(row, (size_t)type_col, NULL) ? 0 : -1;
	}
	return -1;
}

static void fill_generic(struct sg_gen_ctx *g, struct sg_row *row)
{
	for (size_t i = 0; i < g->st->ncols; i++)
		if (!sg_row_is_set(row, g->st->cols[i].col))
			sg_generic_value(&g->st->cols[i], &g->plan->env, &g->r, &g->fake, row, g->attempt);
	sg_generic_fix_row(g->st->cols, g->st->ncols, &g->plan->env, &g->r, row);
}

/* Why no more rows can be made, for the warning and the report. */
static void stop(struct sg_gen_ctx *g)
{
	const struct sg_plan_step *st = g->st;

	g->stopped = true;
	if (g->short_fk > 0) {
		const struct sg_plan_fk *pf = &st->fks[g->short_fk - 1];
		char parent[160]; /* schema.table when the parent lives in another schema */

		snprintf(parent, sizeof(parent), "%s%s%s", pf->fk->ref_schema ? pf->fk->ref_schema : "",
			 pf->fk->ref_schema ? "." : "", pf->fk->ref_table);
		snprintf(g->stop_reason, sizeof(g->stop_reason),
			 pf->unique ? "every row of '%s' already has its one row in '%s' (rows a "
				      "trigger or an earlier run created count too)" :
				      "'%s' has no rows for '%s' to point at",
			 parent, st->t->name);
	} else if (g->short_fk < 0) {
		snprintf(g->stop_reason, sizeof(g->stop_reason),
			 "no table that '%s'.'%s' may point at has rows", st->t->name,
			 st->t->columns[st->polys[-1 - g->short_fk].id_col]->name);
	} else if (g->numbers_out) {
		snprintf(g->stop_reason, sizeof(g->stop_reason),
			 "the parents have used every number their numbered column holds");
	} else if (g->check_broke) {
		snprintf(g->stop_reason, sizeof(g->stop_reason),
			 "%d attempts in a row repeated a unique key or broke one of the table's "
			 "CHECK constraints", MAX_ATTEMPTS);
	} else {
		snprintf(g->stop_reason, sizeof(g->stop_reason),
			 "%d attempts in a row repeated a unique key: its columns hold no more "
			 "distinct values (or parents)", MAX_ATTEMPTS);
	}
}

/* *reject true when the row breaks one of the table's CHECKs that only
 * the server can judge (check_filter.c). */
static int check_rejects(struct sg_gen_ctx *g, struct sg_row *row, bool *reject)
{
	bool ok;

	if (sg_check_guard_row(g->checks, row, &ok, g->err) < 0)
		return -1;
	*reject = !ok;
	return 0;
}

/* 0: a row is in g->row; 1: no more rows can be made (g->stop_reason);
 * -1: error (g->err). */
int sg_ctx_make_row(struct sg_gen_ctx *g)
{
	struct sg_row *row = &g->row;

	/* g->attempt counts unique-key clashes only: it widens value ranges,
	 * which would not help a row that broke a CHECK */
	g->attempt = 0;
	for (int tries = 0; tries < MAX_ATTEMPTS; tries++) {
		bool clash, broke = false;

		sg_row_reset(row);
		row->index = g->produced;
		g->short_fk = 0;
		g->numbers_out = false;
		sg_fake_row_reset(&g->fake, &g->r);
		if (g->st->gen && g->st->gen->row)
			g->st->gen->row(g, row);
		fill_fks(g, row);
		fill_polys(g, row);
		if (g->short_fk && !g->sampling)
			break;
		clash = !sg_uniq_number(g, row);
		if (!clash) {
			fill_generic(g, row);
			sg_partition_fit(g->st->t->partitioning, g->st->t, &g->r, row);
			clash = sg_uniq_clash(g, row);
			if (clash && g->attempt >= 10 && sg_uniq_sweep(g, row))
				clash = sg_uniq_clash(g, row);
		}
		if (!clash && g->checks && check_rejects(g, row, &broke) < 0)
			return -1;
		for (size_t i = 0; i < g->st->nfks; i++)
			sg_pool_settle(&g->fk_pools[i], !clash && !broke, g->attempt);
		g->attempt += clash;
		g->check_broke |= broke;
		if (clash || broke)
			continue;
		sg_uniq_commit(g, row);
		if (g->record_values)
			sg_runkeys_record(g->res, g->key_cols, row);
		g->produced++;
		return 0;
	}
	stop(g);
	return 1;
}

static void encode_row(struct sg_gen_ctx *g)
{
	for (size_t i = 0; i < g->nw; i++) {
		size_t len;
		const char *v = sg_row_get(&g->row, g->wcols[i], &len);

		if (i)
			sg_buf_addch(&g->out, '\t');
		sg_db_copy_escape(&g->out, v, v ? len : 0);
	}
	sg_buf_addch(&g->out, '\n');
}

static void progress(struct sg_gen_ctx *g, bool final)
{
	double el = since(&g->started), rate;

	if (!g->o->progress || sg_quiet)
		return;
	if (!final && since(&g->last_progress) < (g->tty ? 0.5 : 10.0))
		return;
	clock_gettime(CLOCK_MONOTONIC, &g->last_progress);
	rate = el > 0 ? (double)g->produced / el : 0;
	if (final && !g->tty)
		return;
	fprintf(stderr, "%sseedgen: %s: %lld/%lld rows, %.0f rows/s", g->tty ? "\r" : "",
		g->st->t->name, g->produced, g->st->planned, rate);
	if (!final && rate > 0)
		fprintf(stderr, ", about %.0f s left", (double)(g->st->planned - g->produced) / rate);
	fputs(g->tty ? "\033[K" : "\n", stderr);
	if (final)
		fputs("\r\033[K", stderr);
}

static long fill(void *ctx, char *buf, size_t cap, struct sg_error *err)
{
	struct sg_gen_ctx *g = ctx;
	long long batch = g->o->batch_rows > 0 ? g->o->batch_rows : DEFAULT_BATCH;
	size_t n;

	g->err = err;
	if (sg_interrupted)   /* safety (issue 11): stop the load, roll it back */
		return sg_error_set(err, SG_EXIT_DB, "interrupted by signal %d while loading '%s'",
				    (int)sg_interrupted, g->st->t->name);
	while (g->out.len - g->out_pos < cap && g->produced < g->st->planned && !g->stopped) {
		if (g->out_pos) {
			memmove(g->out.data, g->out.data + g->out_pos, g->out.len - g->out_pos);
			g->out.len -= g->out_pos;
			g->out_pos = 0;
		}
		for (long long i = 0; i < batch && g->produced < g->st->planned; i++) {
			int rc = g->cbatch ? sg_check_batch_next(g) : sg_ctx_make_row(g);

			if (rc < 0)
				return -1;
			if (rc)
				break;
			encode_row(g);
		}
		progress(g, false);
	}
	n = g->out.len - g->out_pos;
	if (n > cap)
		n = cap;
	if (n) /* out.data is NULL when the table stopped before its first row */
		memcpy(buf, g->out.data + g->out_pos, n);
	g->out_pos += n;
	return (long)n;
}

/* --- setting a table up -------------------------------------------------------------- */

static bool is_written(const struct sg_plan_step *st, size_t col)
{
	for (size_t i = 0; i < st->nskips; i++)
		if (st->skips[i].col == col)
			return false;
	return true;
}

/* The tuples a one-per-parent relation's existing children already hold. */
static int load_used(struct sg_gen_ctx *g, const struct sg_plan_fk *pf, struct sg_pool *p,
		     struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	p->unique = true;
	if (g->st->before + g->st->bootstrap_rows == 0)
		return 0;
	sg_buf_adds(&sql, "SELECT DISTINCT ");
	sg_db_quote_idents(g->db, &sql, NULL, pf->fk->columns, pf->fk->ncols);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(g->db, &sql, g->st->t->name);
	rc = sg_db_query(g->db, sql.data, sg_pool_hash_row, &p->used, err);
	sg_buf_release(&sql);
	return rc;
}

static int load_pools(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct sg_plan_step *st = g->st;
	const struct sg_schema *s = g->plan->schema;

	g->fk_pools = sg_calloc(st->nfks ? st->nfks : 1, sizeof(*g->fk_pools));
	for (size_t i = 0; i < st->nfks; i++) {
		const struct sg_plan_fk *pf = &st->fks[i];
		struct sg_pool *p = &g->fk_pools[i];

		if (pf->deferred)
			continue;
		if (sg_pool_open(p, g->cache, g->db, pf->fk->ref_table, pf->fk->ref_schema,
				 pf->fk->ref_columns, pf->fk->ncols, g->plan->seed, pf->skew, err) < 0)
			return -1;
		if (pf->unique && load_used(g, pf, p, err) < 0)
			return -1;
	}
	g->poly_pools = sg_calloc(st->npolys ? st->npolys : 1, sizeof(*g->poly_pools));
	for (size_t i = 0; i < st->npolys; i++) {
		const struct sg_plan_poly *pp = &st->polys[i];

		g->poly_pools[i] = sg_calloc(pp->ntargets ? pp->ntargets : 1, sizeof(struct sg_pool));
		for (size_t j = 0; j < pp->ntargets; j++) {
			const struct sg_table *t = pp->targets[j] >= 0 ? s->tables[pp->targets[j]] : NULL;

			if (!t || t->pk.ncols != 1)
				continue;
			if (sg_pool_open(&g->poly_pools[i][j], g->cache, g->db, t->name, NULL,
					 t->pk.columns, 1, g->plan->seed, g->plan->cfg->skew, err) < 0)
				return -1;
		}
	}
	return 0;
}

/* MAX of every sequential key column, so new keys follow the existing ones;
 * the other columns get the table's row count (lists walked in order go on
 * where the last run stopped). */
static int seq_bases(struct sg_gen_ctx *g, struct sg_error *err)
{
	for (size_t i = 0; i < g->st->ncols; i++) {
		struct sg_colgen *cg = &g->st->cols[i];
		long long base;

		if (!cg->sequential) {
			cg->seq_base = g->st->before > 0 ? g->st->before : 0;
			continue;
		}
		if (sg_runkeys_max(g->db, g->st->t->name, cg->c->name, &base, err) < 0)
			return -1;
		cg->seq_base = base;
	}
	return 0;
}

void sg_ctx_release(struct sg_gen_ctx *g)
{
	if (g->st && g->st->gen && g->st->gen->end && g->gen_state)
		g->st->gen->end(g);
	for (size_t i = 0; g->fk_pools && i < g->st->nfks; i++)
		sg_pool_release(&g->fk_pools[i]);
	free(g->fk_pools);
	sg_check_batch_close(g->cbatch);
	sg_check_guard_close(g->checks);
	for (size_t i = 0; g->poly_pools && i < g->st->npolys; i++) {
		for (size_t j = 0; j < g->st->polys[i].ntargets; j++)
			sg_pool_release(&g->poly_pools[i][j]);
		free(g->poly_pools[i]);
	}
	free(g->poly_pools);
	sg_uniq_release(g);
	free(g->wcols);
	free(g->wnames);
	free(g->colgen_of);
	free(g->fk_of);
	for (size_t i = 0; i < g->nwarned; i++)
		free(g->warned_names[i]);
	free(g->warned_names);
	sg_row_release(&g->row);
	sg_buf_release(&g->out);
	memset(g, 0, sizeof(*g));
}

static void map_columns(struct sg_gen_ctx *g)
{
	const struct sg_plan_step *st = g->st;
	const struct sg_table *t = st->t;
	size_t n = t->ncols ? t->ncols : 1;

	g->colgen_of = sg_malloc(n * sizeof(int));
	g->fk_of = sg_malloc(n * sizeof(int));
	g->wcols = sg_malloc(n * sizeof(size_t));
	g->wnames = sg_malloc(n * sizeof(char *));
	for (size_t i = 0; i < t->ncols; i++) {
		g->colgen_of[i] = -1;
		g->fk_of[i] = -1;
		if (is_written(st, i)) {
			g->wcols[g->nw] = i;
			g->wnames[g->nw++] = t->columns[i]->name;
		}
	}
	for (size_t i = 0; i < st->ncols; i++) {
		g->colgen_of[st->cols[i].col] = (int)i;
		if (st->cols[i].fake_kind)
			sg_fake_row_plan(&g->fake, (enum sg_fake_kind)st->cols[i].fake_kind);
	}
	for (size_t i = 0; i < st->nfks; i++)
		for (size_t j = 0; j < st->fks[i].fk->ncols; j++)
			g->fk_of[st->fks[i].cols[j]] = (int)i;
}

int sg_ctx_init(struct sg_gen_ctx *g, struct sg_db *db, struct sg_plan *plan,
		struct sg_plan_step *st, const struct sg_engine_opts *o,
		struct sg_keycache *cache, struct sg_error *err)
{
	memset(g, 0, sizeof(*g));
	g->db = db;
	g->plan = plan;
	g->st = st;
	g->o = o;
	g->cache = cache;
	g->err = err;
	g->sampling = o->sample > 0;
	g->tty = isatty(STDERR_FILENO);
	sg_rand_for_table(&g->r, plan->seed, st->t->name);
	sg_row_init(&g->row, st->t);
	sg_fake_row_init(&g->fake);
	map_columns(g);
	if (load_pools(g, err) < 0 || sg_uniq_init(g, err) < 0 || seq_bases(g, err) < 0 ||
	    sg_check_guard_open(&g->checks, db, g->st->t, err) < 0)
		return -1;
	g->cbatch = sg_check_batch_open(g);
	if (st->gen && st->gen->begin && st->gen->begin(g, err) < 0)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &g->started);
	g->last_progress = g->started;
	return 0;
}

/* --- samples ---------------------------------------------------------------------------- */

static int sample_rows_to(struct sg_gen_ctx *g)
{
	const char **values = sg_calloc(g->nw + 1, sizeof(*values));
	int rc = 0;

	for (long long r = 0; r < g->o->sample && rc == 0; r++) {
		rc = sg_ctx_make_row(g); /* 1: no more rows */
		for (size_t i = 0; rc == 0 && i < g->nw; i++)
			values[i] = sg_row_get(&g->row, g->wcols[i], NULL);
		if (rc == 0)
			g->o->on_sample(g->o->on_sample_ctx, g->st->t, g->wnames, values, g->nw);
	}
	free(values);
	return rc < 0 ? -1 : 0;
}

static int sample_table(struct sg_gen_ctx *g, FILE *out)
{
	if (g->o->on_sample)
		return sample_rows_to(g);
	fprintf(out, "== %s (%lld sample rows; nothing is written)\n", g->st->t->name,
		g->o->sample);
	for (size_t i = 0; i < g->nw; i++)
		fprintf(out, "%s%s", i ? "\t" : "", g->wnames[i]);
	fputc('\n', out);
	for (long long r = 0; r < g->o->sample; r++) {
		int rc = sg_ctx_make_row(g);

		if (rc < 0)
			return -1;
		if (rc) {
			fprintf(out, "(no more rows: %s)\n", g->stop_reason);
			break;
		}
		sg_buf_reset(&g->out);
		encode_row(g);
		fputs(g->out.data, out);
	}
	fputc('\n', out);
	return 0;
}

/* --- the run ---------------------------------------------------------------------------- */

/* A table with nothing seedgen writes (only a serial key, defaults):
 * rows of defaults, DEFAULT being the one value every column accepts. */
static int default_rows(struct sg_db *db, const struct sg_plan_step *st, long long *rows,
			struct sg_error *err)
{
	const struct sg_table *t = st->t;
	struct sg_buf sql = SG_BUF_INIT;
	size_t col = 0;
	int rc = 0;

	*rows = 0;
	if (!t->ncols)
		return 0;
	for (size_t i = 0; i < t->ncols; i++)
		if (t->columns[i]->auto_increment) {
			col = i;
			break;
		}
	while (rc == 0 && *rows < st->planned) {
		long long n = st->planned - *rows < 1000 ? st->planned - *rows : 1000, done;

		sg_buf_reset(&sql);
		sg_buf_adds(&sql, "INSERT INTO ");
		sg_db_quote_table(db, &sql, t->name);
		sg_buf_adds(&sql, " (");
		sg_db_quote_ident(db, &sql, t->columns[col]->name);
		sg_buf_adds(&sql, ") VALUES ");
		for (long long i = 0; i < n; i++)
			sg_buf_adds(&sql, i ? ", (DEFAULT)" : "(DEFAULT)");
		rc = sg_db_exec_affected(db, sql.data, &done, err);
		*rows += done;
	}
	sg_buf_release(&sql);
	return rc;
}

/* Rows a trigger (or a concurrent writer) added since the plan counted. */
static int recount_before(struct sg_db *db, struct sg_plan_step *st, struct sg_error *err)
{
	long long now;

	if (sg_db_count_rows(db, st->t->name, &now, err) < 0)
		return -1;
	now -= st->bootstrap_rows;
	if (now != st->before)
		sg_warn("'%s' holds %lld rows now, %lld when the plan counted: a trigger on a table "
			"seeded earlier in this run created %lld", st->t->name, now, st->before,
			now - st->before);
	st->before = now;
	st->after = now + st->bootstrap_rows + st->planned;
	return 0;
}

/* What the table really holds after the commit, and why it differs. */
static int count_after(struct sg_db *db, const struct sg_gen_ctx *g, struct sg_table_result *res,
		       long long rows, struct sg_error *err)
{
	const struct sg_plan_step *st = g->st;
	long long after;

	if (sg_db_count_rows(db, st->t->name, &after, err) < 0)
		return -1;
	res->inserted = rows + st->bootstrap_rows;
	res->after = after;
	if (g->stopped)
		snprintf(res->note, sizeof(res->note), "%lld of %lld rows: %s", g->produced,
			 st->planned, g->stop_reason);
	else if (rows != g->produced)
		snprintf(res->note, sizeof(res->note), "the server stored %lld of the %lld rows "
			 "sent: a BEFORE INSERT trigger skipped the others", rows, g->produced);
	else if (after != st->before + res->inserted)
		snprintf(res->note, sizeof(res->note), "holds %lld rows after inserting %lld into "
			 "%lld: a trigger %s %lld rows", after, res->inserted, st->before,
			 after > st->before + res->inserted ? "added" : "deleted",
			 llabs(after - st->before - res->inserted));
	if (res->note[0])
		sg_warn("'%s': %s", st->t->name, res->note);
	return 0;
}

/* A non-transactional table keeps what a failed load stored: record those
 * rows so that undo can delete them (safety, issue 11). */
static void keep_partial(struct sg_db *db, const struct sg_plan_step *st, int int_key,
			 long long max_before, struct sg_table_result *res)
{
	struct sg_error ignored = { 0 };
	char *engine = NULL;

	if (int_key < 0 || sg_db_nontransactional(db, st->t->name, &engine, &ignored) != 1) {
		free(engine);
		return;
	}
	if (sg_runkeys_read_back(db, st->t, st->t->columns[int_key]->name, max_before, res,
				 &ignored) == 0 && sg_runkeys_loaded(res)) {
		res->inserted = sg_runkeys_loaded(res) + st->bootstrap_rows;
		res->after = st->before + res->inserted;
		res->committed = true;
		sg_warn("'%s' (%s) is not transactional: %lld rows of the failed load stayed; "
			"the run report lists them for undo", st->t->name, engine ? engine : "?",
			res->inserted);
	}
	free(engine);
}

/* Loads the table in its own transaction (sg_db_begin_load) and, before
 * the commit, reads back the keys of exactly the rows it inserted (safety,
 * issue 11: concurrent runs' rows and a sequence behind the old maximum
 * cannot mislead it). int_key: the integer key column, -1 for none. */
static int load_step(struct sg_db *db, struct sg_gen_ctx *g, struct sg_table_result *res,
		     int int_key, long long *rows, struct sg_error *err)
{
	const struct sg_plan_step *st = g->st;
	const char *key = int_key >= 0 ? st->t->columns[int_key]->name : NULL;
	long long max_before = 0;
	int rc;

	if (sg_db_begin_load(db, err) < 0)
		return -1;
	rc = key ? sg_runkeys_max(db, st->t->name, key, &max_before, err) : 0;
	if (rc == 0)
		rc = g->nw ? sg_db_load(db, st->t->name, g->wnames, g->nw, fill, g, rows, err) :
			     default_rows(db, st, rows, err);
	if (rc == 0 && !g->nw)
		g->produced = *rows;
	if (rc == 0 && key)
		rc = sg_runkeys_read_back(db, st->t, key, max_before, res, err);
	if (rc < 0) {
		sg_db_rollback(db);
		sg_runkeys_forget(res);
		sg_error_detail(err, "table '%s' was rolled back: %lld of %lld rows had been generated",
				st->t->name, g->produced, st->planned);
		keep_partial(db, st, int_key, max_before, res);
		return -1;
	}
	/* Fewer keys than rows: triggers removed some. More: a table without
	 * transactions took rows of another session meanwhile; undo refuses
	 * a report whose keys outnumber the inserted rows. */
	if (key && sg_runkeys_loaded(res) > *rows)
		sg_warn("'%s': %lld keys above the old maximum for %lld rows loaded: another "
			"session inserted rows meanwhile, so undo will refuse this report",
			st->t->name, sg_runkeys_loaded(res), *rows);
	return sg_db_commit(db, err);
}

static int seed_step(struct sg_db *db, struct sg_plan *plan, struct sg_plan_step *st,
		     const struct sg_engine_opts *o, struct sg_keycache *cache,
		     struct sg_table_result *res, struct sg_error *err)
{
	struct sg_gen_ctx g;
	struct timespec t0;
	long long rows = 0;
	int rc = -1, int_key = -1;

	memset(&g, 0, sizeof(g));
	clock_gettime(CLOCK_MONOTONIC, &t0);
	res->name = st->t->name;
	if (st->planned == 0 && o->sample <= 0 && !(st->gen && st->gen->count_note)) {
		res->inserted = st->bootstrap_rows;
		res->after = st->before + st->bootstrap_rows;
		res->committed = true;
		return 0;
	}
	if (o->sample <= 0 && recount_before(db, st, err) < 0)
		goto out;
	res->before = res->after = st->before;
	if (o->sample <= 0 && st->note[0])
		sg_warn("'%s': %s", st->t->name, st->note);
	if (sg_ctx_init(&g, db, plan, st, o, cache, err) < 0)
		goto out;
	res->planned = st->planned;   /* a generator may derive its count in begin */
	if (o->sample > 0) {
		rc = sample_table(&g, o->out ? o->out : stdout);
		goto out;
	}
	if (st->planned == 0) {
		res->committed = true;
		rc = 0;
		goto out;
	}
	g.res = res;
	int_key = sg_runkeys_choose(st, res, g.key_cols);
	g.record_values = int_key < 0 && res->nkey > 0 && g.nw;
	if (load_step(db, &g, res, int_key, &rows, err) < 0)
		goto out;
	progress(&g, true);
	res->committed = true;
	rc = count_after(db, &g, res, rows, err);
out:
	res->seconds = since(&t0);
	sg_ctx_release(&g);
	return rc;
}

int sg_engine_run(struct sg_db *db, struct sg_plan *plan, const struct sg_engine_opts *o,
		  struct sg_run *run, struct sg_error *err)
{
	struct timespec t0;
	struct sg_deferred d;
	struct sg_keycache cache = { 0 };
	bool writes = o->sample <= 0;
	int rc = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(run, 0, sizeof(*run));
	run->tables = sg_calloc(plan->nsteps ? plan->nsteps : 1, sizeof(*run->tables));
	run->ntables = plan->nsteps;
	for (size_t i = 0; i < plan->nsteps; i++) {
		run->tables[i].name = plan->steps[i].t->name;
		run->tables[i].before = run->tables[i].after = plan->steps[i].before;
		run->tables[i].planned = plan->steps[i].planned;
	}
	sg_deferred_init(&d, plan);
	for (size_t i = 0; i < plan->nsteps; i++) {
		if (sg_interrupted && o->sample <= 0) {   /* safety (issue 11) */
			rc = sg_error_set(err, SG_EXIT_DB, "interrupted by signal %d",
					  (int)sg_interrupted);
			break;
		}
		run->done = i + 1;
		if ((writes && plan->steps[i].cycle_first &&
		     sg_cycle_bootstrap(db, plan, i, &cache, o, run, err) < 0) ||
		    (writes && sg_deferred_snapshot(&d, db, plan, i, err) < 0) ||
		    seed_step(db, plan, &plan->steps[i], o, &cache, &run->tables[i], err) < 0 ||
		    (writes && sg_deferred_run(&d, db, plan, &cache, i, run, err) < 0)) {
			rc = -1;
			if (o->on_table)
				o->on_table(o->on_table_ctx, run);
			break;
		}
		if (writes)
			sg_keycache_forget(&cache, plan->steps[i].t->name);
		if (o->on_table && writes)
			o->on_table(o->on_table_ctx, run);
	}
	if (getenv("SEEDGEN_TRACE_POOLS"))
		fprintf(stderr, "seedgen: trace: %lld parent key reads, %lld generator reads\n",
			cache.reads, cache.reads_done);
	sg_deferred_release(&d, plan);
	sg_keycache_release(&cache);
	run->ok = rc == 0;
	run->seconds = since(&t0);
	return rc;
}
