/*
 * The seeding plan (see plan.h): picks the tables, their row counts and
 * the order that puts parents before children, decides where every column
 * of every table gets its values, and checks everything that can be known
 * before writing: empty required parents, NOT NULL cycles, impossible
 * columns, unique foreign keys that cap a count. --dry-run prints it.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "seedgen/buf.h"
#include "seedgen/check_filter.h"
#include "seedgen/dist.h"
#include "seedgen/gen.h"
#include "seedgen/plan.h"

struct builder {
	struct sg_plan *p;
	struct sg_db *db;
	struct sg_schema *s;
	const struct sg_config *cfg;
	const struct sg_plan_opts *o;
	long long *before;      /* per schema table, -1 = not counted yet */
	int *step_of;           /* per schema table, -1 = not planned */
	struct sg_error *err;
};

static int count_before(struct builder *b, int ti, long long *out)
{
	if (b->before[ti] < 0 &&
	    sg_db_count_rows(b->db, b->s->tables[ti]->name, &b->before[ti], b->err) < 0)
		return -1;
	*out = b->before[ti];
	return 0;
}

static long long count_for(const struct builder *b, const char *table, bool named)
{
	const struct sg_cfg_table *ct = sg_config_table(b->cfg, table);

	if (b->o->count >= 0 && (named || b->o->all))
		return b->o->count;
	if (ct && ct->count >= 0)
		return ct->count;
	return b->cfg->default_count;
}

static struct sg_plan_step *add_step(struct builder *b, int ti, long long count, bool as_parent)
{
	struct sg_plan *p = b->p;
	struct sg_plan_step *st;

	p->steps = sg_realloc(p->steps, (p->nsteps + 1) * sizeof(*p->steps));
	st = &p->steps[p->nsteps];
	memset(st, 0, sizeof(*st));
	st->t = b->s->tables[ti];
	st->index = ti;
	st->planned = count;
	st->added_as_parent = as_parent;
	st->cfg = sg_config_table(b->cfg, st->t->name);
	st->gen = sg_gen_find(st->t->name);
	b->step_of[ti] = (int)p->nsteps;
	p->nsteps++;
	return st;
}

static bool fk_required(const struct sg_table *t, const struct sg_fk *fk)
{
	for (size_t i = 0; i < fk->ncols; i++) {
		const struct sg_column *c = sg_table_find_column(t, fk->columns[i]);

		if (!c || c->nullable)
			return false;
	}
	return true;
}

/* The FK's columns, as a set, are the PK or a unique key of the table. */
static bool fk_unique(const struct sg_table *t, const struct sg_fk *fk)
{
	const struct sg_key *keys[64];
	size_t nk = 0;

	if (t->pk.ncols)
		keys[nk++] = &t->pk;
	for (size_t i = 0; i < t->nuniques && nk < 64; i++)
		keys[nk++] = t->uniques[i];
	for (size_t i = 0; i < nk; i++) {
		bool all = keys[i]->ncols == fk->ncols;

		for (size_t j = 0; all && j < fk->ncols; j++)
			all = sg_key_has_column(keys[i], fk->columns[j]);
		if (all)
			return true;
	}
	return false;
}

/* --- polymorphic pairs --------------------------------------------------- */

static void add_poly(struct sg_plan_step *st, size_t type_col, size_t id_col)
{
	struct sg_plan_poly *pp;

	st->polys = sg_realloc(st->polys, (st->npolys + 1) * sizeof(*pp));
	pp = &st->polys[st->npolys++];
	memset(pp, 0, sizeof(*pp));
	pp->type_col = type_col;
	pp->id_col = id_col;
}

static void poly_target(struct sg_plan_poly *pp, char *value, int table)
{
	pp->type_values = sg_realloc(pp->type_values, (pp->ntargets + 1) * sizeof(char *));
	pp->targets = sg_realloc(pp->targets, (pp->ntargets + 1) * sizeof(int));
	pp->type_values[pp->ntargets] = value;
	pp->targets[pp->ntargets] = table;
	pp->ntargets++;
}

/* The sibling id column of a type column: commentable_type -> commentable_id,
 * entityType -> entityId. */
static int id_sibling(const struct sg_table *t, const char *type_name)
{
	size_t n = strlen(type_name);
	struct sg_buf want = SG_BUF_INIT;
	int hit = -1;

	if (n > 5 && !strcmp(type_name + n - 5, "_type")) {
		sg_buf_add(&want, type_name, n - 5);
		sg_buf_adds(&want, "_id");
	} else if (n > 4 && !strcmp(type_name + n - 4, "Type")) {
		sg_buf_add(&want, type_name, n - 4);
		sg_buf_adds(&want, "Id");
	}
	if (want.len)
		hit = sg_table_column_index(t, want.data);
	sg_buf_release(&want);
	return hit;
}

static bool managed_by_fk(const struct sg_plan_step *st, size_t col);

/* Pairs from the config, then enum-typed pairs whose values name tables
 * (target_type enum('PRODUCT','BATCH') -> products, batches). */
static void find_polys(struct builder *b, struct sg_plan_step *st)
{
	const struct sg_table *t = st->t;

	for (size_t i = 0; st->cfg && i < st->cfg->npolys; i++) {
		const struct sg_cfg_poly *cp = &st->cfg->polys[i];

		add_poly(st, (size_t)sg_table_column_index(t, cp->type_column),
			 (size_t)sg_table_column_index(t, cp->id_column));
		st->polys[st->npolys - 1].from_config = true;
		for (size_t j = 0; j < cp->nmap; j++)
			poly_target(&st->polys[st->npolys - 1], cp->map[j].type_value,
				    sg_schema_index_of(b->s, cp->map[j].table));
	}
	for (size_t i = 0; i < t->ncols; i++) {
		const struct sg_column *c = t->columns[i];
		int id = c->cls == SG_T_ENUM ? id_sibling(t, c->name) : -1;
		struct sg_plan_poly *pp;
		bool taken = false;

		if (id < 0 || managed_by_fk(st, (size_t)id) ||
		    t->columns[id]->cls != SG_T_INT)
			continue;
		for (size_t j = 0; j < st->npolys; j++)
			taken |= st->polys[j].type_col == i || st->polys[j].id_col == (size_t)id;
		if (taken)
			continue;
		add_poly(st, i, (size_t)id);
		pp = &st->polys[st->npolys - 1];
		for (size_t j = 0; j < c->n_enum; j++) {
			int target = sg_schema_find_noun(b->s, c->enum_values[j]);

			if (target >= 0 && b->s->tables[target]->pk.ncols == 1 &&
			    sg_table_find_column(b->s->tables[target], b->s->tables[target]->pk.columns[0])->cls == SG_T_INT)
				poly_target(pp, c->enum_values[j], target);
		}
		if (!pp->ntargets) {
			free(pp->type_values);
			free(pp->targets);
			st->npolys--;
		}
	}
}

static bool managed_by_fk(const struct sg_plan_step *st, size_t col)
{
	for (size_t i = 0; i < st->nfks; i++)
		for (size_t j = 0; j < st->fks[i].fk->ncols; j++)
			if (st->fks[i].cols[j] == col)
				return true;
	return false;
}

static bool managed_by_poly(const struct sg_plan_step *st, size_t col)
{
	for (size_t i = 0; i < st->npolys; i++)
		if (st->polys[i].type_col == col || st->polys[i].id_col == col)
			return true;
	return false;
}

/* --- foreign keys --------------------------------------------------------- */

static void collect_fks(struct builder *b, struct sg_plan_step *st)
{
	const struct sg_table *t = st->t;

	st->fks = sg_calloc(t->nfks ? t->nfks : 1, sizeof(*st->fks));
	for (size_t i = 0; i < t->nfks; i++) {
		const struct sg_fk *fk = t->fks[i];
		struct sg_plan_fk *pf = &st->fks[st->nfks];
		const struct sg_cfg_relation *rel = sg_config_relation(st->cfg, fk->columns[0]);
		bool ok = true;

		/* A column in two relations (a declared FK and a config override)
		 * takes its values from the first. */
		for (size_t j = 0; j < fk->ncols && ok; j++) {
			int ci = sg_table_column_index(t, fk->columns[j]);

			ok = ci >= 0 && !t->columns[ci]->generated && !managed_by_fk(st, (size_t)ci);
		}
		if (!ok)
			continue;
		pf->fk = fk;
		pf->parent = fk->ref_index;
		pf->parent_step = -1;
		pf->cols = sg_calloc(fk->ncols, sizeof(size_t));
		for (size_t j = 0; j < fk->ncols; j++)
			pf->cols[j] = (size_t)sg_table_column_index(t, fk->columns[j]);
		pf->required = fk_required(t, fk);
		pf->self = fk->ref_index == st->index;
		pf->unique = fk_unique(t, fk);
		pf->skew = rel && rel->skew >= 0 ? rel->skew : b->cfg->skew;
		st->nfks++;
	}
}

static int plan_fks_all(struct builder *b)
{
	for (size_t i = 0; i < b->p->nsteps; i++) {
		struct sg_plan_step *st = &b->p->steps[i];

		collect_fks(b, st);
		find_polys(b, st);
	}
	return 0;
}

/* --with-parents: pulls in every empty parent that a planned table needs,
 * transitively. */
static int add_parents(struct builder *b)
{
	for (size_t i = 0; i < b->p->nsteps; i++) {
		/* steps may grow while we walk them: index, do not hold pointers */
		for (size_t j = 0; j < b->p->steps[i].nfks; j++) {
			const struct sg_plan_fk *pf = &b->p->steps[i].fks[j];
			long long n;
			struct sg_plan_step *ns;

			if (!pf->required || pf->self || pf->parent < 0 || b->step_of[pf->parent] >= 0)
				continue;
			if (count_before(b, pf->parent, &n) < 0)
				return -1;
			if (n > 0)
				continue;
			ns = add_step(b, pf->parent, count_for(b, b->s->tables[pf->parent]->name, false), true);
			collect_fks(b, ns);
			find_polys(b, ns);
		}
		for (size_t j = 0; j < b->p->steps[i].npolys; j++) {
			const struct sg_plan_poly *pp = &b->p->steps[i].polys[j];
			const struct sg_column *idc = b->p->steps[i].t->columns[pp->id_col];
			bool any = false;
			long long n;

			if (idc->nullable || !pp->ntargets)
				continue;
			for (size_t k = 0; k < pp->ntargets && !any; k++) {
				if (pp->targets[k] < 0)
					continue;
				if (b->step_of[pp->targets[k]] >= 0)
					any = true;
				else if (count_before(b, pp->targets[k], &n) < 0)
					return -1;
				else
					any = n > 0;
			}
			if (!any && pp->targets[0] >= 0) {
				struct sg_plan_step *ns = add_step(b, pp->targets[0],
					count_for(b, b->s->tables[pp->targets[0]]->name, false), true);

				collect_fks(b, ns);
				find_polys(b, ns);
			}
		}
	}
	return 0;
}

/* --- order ------------------------------------------------------------------ */

static bool edge_live(const struct sg_plan_fk *pf)
{
	return pf->parent_step >= 0 && !pf->self && !pf->deferred;
}

/* Explains a NOT NULL cycle among the steps still waiting. */
static int cycle_error(struct builder *b, const bool *done)
{
	struct sg_plan *p = b->p;
	size_t n = p->nsteps;
	int *next = sg_calloc(n, sizeof(int));
	size_t start = 0, cur;
	struct sg_buf path = SG_BUF_INIT;
	bool *seen = sg_calloc(n, sizeof(bool));

	/* Every waiting step has a live edge from a waiting parent: follow
	 * child -> parent until a step repeats. */
	for (size_t i = 0; i < n; i++) {
		next[i] = -1;
		for (size_t j = 0; !done[i] && j < p->steps[i].nfks && next[i] < 0; j++) {
			const struct sg_plan_fk *pf = &p->steps[i].fks[j];

			if (edge_live(pf) && !done[pf->parent_step])
				next[i] = pf->parent_step;
		}
		if (!done[i] && next[i] >= 0)
			start = i;
	}
	for (cur = start; !seen[cur] && next[cur] >= 0; cur = (size_t)next[cur])
		seen[cur] = true;
	start = cur;
	do {
		sg_buf_addf(&path, "%s -> ", p->steps[cur].t->name);
		cur = (size_t)next[cur];
	} while (cur != start);
	sg_buf_adds(&path, p->steps[start].t->name);
	sg_error_set(b->err, SG_EXIT_USAGE,
		     "the foreign keys %s form a cycle in which every column is NOT NULL", path.data);
	sg_error_detail(b->err, "no table of the cycle can get its first row: each needs a row "
			"of the next one to exist already");
	sg_error_hint(b->err, "seed one of these tables by hand first, or make one of the "
		      "columns nullable");
	sg_buf_release(&path);
	free(next);
	free(seen);
	return -1;
}

/* Topological order, parents first, ties by name. When no step is ready,
 * a nullable edge inside the remaining set is deferred (NULL on insert,
 * UPDATE later); with none left, the cycle is all NOT NULL: an error. */
static int order_steps(struct builder *b)
{
	struct sg_plan *p = b->p;
	size_t n = p->nsteps, placed = 0;
	bool *done = sg_calloc(n ? n : 1, sizeof(bool));
	size_t *order = sg_calloc(n ? n : 1, sizeof(size_t));
	struct sg_plan_step *sorted;
	int rc = 0;

	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < p->steps[i].nfks; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			pf->parent_step = pf->parent >= 0 ? b->step_of[pf->parent] : -1;
		}
	while (placed < n) {
		int pick = -1;

		/* First pass honours polymorphic targets too; the second, only
		 * when they alone close a loop, ignores them. */
		for (int pass = 0; pass < 2 && pick < 0; pass++)
			for (size_t i = 0; i < n; i++) {
				bool ready = !done[i];

				for (size_t j = 0; ready && j < p->steps[i].nfks; j++) {
					const struct sg_plan_fk *pf = &p->steps[i].fks[j];

					ready = !edge_live(pf) || done[pf->parent_step];
				}
				for (const char *const *a = p->steps[i].gen ? p->steps[i].gen->after : NULL;
				     ready && pass == 0 && a && *a; a++) {
					int ti = sg_schema_index_of(b->s, *a);
					int ts = ti >= 0 ? b->step_of[ti] : -1;

					ready = ts < 0 || (size_t)ts == i || done[ts];
				}
				for (size_t j = 0; ready && pass == 0 && j < p->steps[i].npolys; j++)
					for (size_t k = 0; ready && k < p->steps[i].polys[j].ntargets; k++) {
						int tgt = p->steps[i].polys[j].targets[k];
						int ts = tgt >= 0 ? b->step_of[tgt] : -1;

						ready = ts < 0 || (size_t)ts == i || done[ts];
					}
				if (ready && (pick < 0 ||
					      strcmp(p->steps[i].t->name, p->steps[pick].t->name) < 0))
					pick = (int)i;
			}
		if (pick >= 0) {
			done[pick] = true;
			order[placed++] = (size_t)pick;
			continue;
		}
		/* Stuck: defer the first nullable edge between waiting steps. */
		struct sg_plan_fk *defer = NULL;
		const char *defer_child = NULL;

		for (size_t i = 0; i < n; i++)
			for (size_t j = 0; !done[i] && j < p->steps[i].nfks; j++) {
				struct sg_plan_fk *pf = &p->steps[i].fks[j];

				if (edge_live(pf) && !done[pf->parent_step] && !pf->required &&
				    (!defer || strcmp(p->steps[i].t->name, defer_child) < 0)) {
					defer = pf;
					defer_child = p->steps[i].t->name;
				}
			}
		if (!defer) {
			rc = cycle_error(b, done);
			goto out;
		}
		defer->deferred = true;
	}
	/* Reorder the steps and fix the indexes that point into them. */
	sorted = sg_calloc(n ? n : 1, sizeof(*sorted));
	for (size_t i = 0; i < n; i++) {
		sorted[i] = p->steps[order[i]];
		b->step_of[sorted[i].index] = (int)i;
	}
	free(p->steps);
	p->steps = sorted;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < p->steps[i].nfks; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			pf->parent_step = pf->parent >= 0 ? b->step_of[pf->parent] : -1;
		}
out:
	free(done);
	free(order);
	return rc;
}

/* --- counts, pools, caps ---------------------------------------------------- */

static int check_parents(struct builder *b)
{
	struct sg_plan *p = b->p;

	for (size_t i = 0; i < p->nsteps; i++) {
		struct sg_plan_step *st = &p->steps[i];

		if (count_before(b, st->index, &st->before) < 0)
			return -1;
		for (size_t j = 0; j < st->nfks; j++) {
			struct sg_plan_fk *pf = &st->fks[j];

			if (pf->parent < 0) {
				/* A parent in another schema: only what is there now. */
				pf->pool_before = pf->pool_at_seed = -1;
				continue;
			}
			if (count_before(b, pf->parent, &pf->pool_before) < 0)
				return -1;
			pf->pool_at_seed = pf->pool_before;
			if (pf->parent_step >= 0 && !pf->deferred && !pf->self)
				pf->pool_at_seed += p->steps[pf->parent_step].planned;
			if (pf->self && pf->required && pf->pool_before == 0 && st->planned > 0) {
				sg_error_set(b->err, SG_EXIT_USAGE,
					     "cannot seed '%s': column '%s' is NOT NULL and references "
					     "'%s' itself, which has no rows yet", st->t->name,
					     pf->fk->columns[0], st->t->name);
				sg_error_hint(b->err, "insert a first row by hand; seedgen can then "
					      "point new rows at it");
				return -1;
			}
			if (pf->self && !pf->required && pf->pool_before == 0)
				pf->deferred = true;
			if (pf->required && pf->pool_at_seed == 0 && st->planned > 0 && !pf->self) {
				const char *parent = b->s->tables[pf->parent]->name;

				sg_error_set(b->err, SG_EXIT_USAGE,
					     "cannot seed '%s': column '%s' is NOT NULL and references "
					     "'%s', which has no rows%s", st->t->name, pf->fk->columns[0],
					     parent, pf->parent_step >= 0 ? " planned" : " and is not in the plan");
				sg_error_detail(b->err, "relation %s.%s -> %s.%s (%s)", st->t->name,
						pf->fk->columns[0], parent, pf->fk->ref_columns[0],
						pf->fk->declared ? "declared foreign key" : "inferred from the name");
				sg_error_hint(b->err, "add --with-parents to seed '%s' too, or seed it first "
					      "(seedgen --table %s)", parent, parent);
				return -1;
			}
		}
		for (size_t j = 0; j < st->npolys && st->planned > 0; j++) {
			const struct sg_plan_poly *pp = &st->polys[j];
			struct sg_buf names = SG_BUF_INIT;
			bool any = false;

			if (st->t->columns[pp->id_col]->nullable)
				continue;
			for (size_t k = 0; k < pp->ntargets && !any; k++) {
				long long n = 0;
				int ts = pp->targets[k] >= 0 ? b->step_of[pp->targets[k]] : -1;

				if (pp->targets[k] < 0)
					continue;
				if (count_before(b, pp->targets[k], &n) < 0)
					return -1;
				any = n > 0 || (ts >= 0 && (size_t)ts < i && p->steps[ts].planned > 0);
				sg_buf_addf(&names, "%s'%s'", k ? ", " : "", b->s->tables[pp->targets[k]]->name);
			}
			if (!any) {
				sg_error_set(b->err, SG_EXIT_USAGE,
					     "cannot seed '%s': column '%s' is NOT NULL and points at a row of "
					     "one of %s (by '%s'), which all have no rows", st->t->name,
					     st->t->columns[pp->id_col]->name, sg_buf_str(&names),
					     st->t->columns[pp->type_col]->name);
				sg_error_hint(b->err, "add --with-parents, or seed one of those tables first");
				sg_buf_release(&names);
				return -1;
			}
			sg_buf_release(&names);
		}
	}
	return 0;
}

/* How many distinct values column ci of a planned table can take, or -1
 * for "practically unbounded": a required foreign key has its parent rows,
 * a NOT NULL enum its values (or the config's list), a boolean two. */
static double column_choices(const struct sg_plan_step *st, size_t ci, const struct sg_gen_env *env,
			     const char **what)
{
	const struct sg_column *c = st->t->columns[ci];
	const struct sg_cfg_column *cc = sg_config_column(st->cfg, c->name);

	for (size_t f = 0; f < st->nfks; f++)
		for (size_t x = 0; x < st->fks[f].fk->ncols; x++) {
			const struct sg_plan_fk *pf = &st->fks[f];

			if (pf->cols[x] != ci)
				continue;
			if (!pf->required || pf->deferred || pf->pool_at_seed < 0)
				return -1;
			*what = "parent rows";
			/* A composite FK: its pool counts once, on its first column. */
			return x == 0 ? (double)pf->pool_at_seed : 1;
		}
	if (c->nullable)
		return -1;
	{
		struct sg_colgen cg;
		char reason[96];
		uint64_t n = 0;

		if (sg_generic_plan(&cg, st->t, ci, cc ? &cc->opts : NULL, env, reason,
				    sizeof(reason)) == SG_COL_WRITE)
			n = sg_generic_cardinality(&cg);
		if (!n)
			return -1;
		*what = cc && cc->opts.nvalues ? "configured values" :
			c->cls == SG_T_ENUM ? "enum values" : c->cls == SG_T_BOOL ?
			"boolean values" : "possible values";
		return (double)n;
	}
}

/* A unique key whose columns can only take so many combinations (one row
 * per parent, one per enum value, ...) bounds the count. */
static int apply_caps(struct builder *b)
{
	for (size_t i = 0; i < b->p->nsteps; i++) {
		struct sg_plan_step *st = &b->p->steps[i];
		const struct sg_table *t = st->t;
		const struct sg_key *keys[65];
		const char *why = NULL, *what = NULL;
		double cap = -1;
		size_t nk = 0;

		if (t->pk.ncols)
			keys[nk++] = &t->pk;
		for (size_t k = 0; k < t->nuniques && nk < 65; k++)
			keys[nk++] = t->uniques[k];
		for (size_t k = 0; k < nk; k++) {
			double combos = 1;
			const char *kind = NULL;

			for (size_t c = 0; c < keys[k]->ncols && combos >= 0; c++) {
				int ci = sg_table_column_index(t, keys[k]->columns[c]);
				double n = ci < 0 ? -1 : column_choices(st, (size_t)ci, &b->p->env, &kind);

				combos = n < 0 ? -1 : combos * n;
			}
			if (combos < 0)
				continue;
			combos -= (double)st->before;
			if (combos < 0)
				combos = 0;
			if (cap < 0 || combos < cap) {
				cap = combos;
				why = keys[k]->name;
				what = keys[k]->ncols > 1 ? "combinations" : kind;
			}
		}
		if (cap >= 0 && (double)st->planned > cap) {
			long long c = (long long)cap;

			snprintf(st->note, sizeof(st->note),
				 "count capped from %lld to %lld: unique key %s has only that many "
				 "more %s", st->planned, c, why ? why : "", what ? what : "values");
			if (b->o->strict) {
				sg_error_set(b->err, SG_EXIT_USAGE,
					     "cannot insert %lld rows into '%s': its unique key '%s' allows "
					     "only %lld more (%s)", st->planned, t->name, why ? why : "", c,
					     what ? what : "values");
				sg_error_hint(b->err, "lower --count, seed more parent rows, or drop "
					      "--strict to cap the count");
				return -1;
			}
			st->planned = c;
		}
	}
	return 0;
}

/* --- columns ----------------------------------------------------------------- */

static int plan_columns(struct builder *b, struct sg_plan_step *st)
{
	const struct sg_table *t = st->t;

	st->cols = sg_calloc(t->ncols ? t->ncols : 1, sizeof(*st->cols));
	st->skips = sg_calloc(t->ncols ? t->ncols : 1, sizeof(*st->skips));
	for (size_t i = 0; i < t->ncols; i++) {
		const struct sg_cfg_column *cc = sg_config_column(st->cfg, t->columns[i]->name);
		char reason[96] = "";
		enum sg_col_decision d;

		if (managed_by_fk(st, i) || managed_by_poly(st, i))
			continue;
		d = sg_generic_plan(&st->cols[st->ncols], t, i, cc ? &cc->opts : NULL, &b->p->env,
				    reason, sizeof(reason));
		if (d == SG_COL_IMPOSSIBLE) {
			sg_error_set(b->err, SG_EXIT_USAGE,
				     "cannot seed '%s': column '%s' is NOT NULL without a default, and "
				     "seedgen cannot produce %s", t->name, t->columns[i]->name,
				     t->columns[i]->raw_type ? t->columns[i]->raw_type : "its type");
			sg_error_detail(b->err, "%s", reason);
			sg_error_hint(b->err, "give the column a default, make it nullable, or leave "
				      "'%s' out of the plan", t->name);
			return -1;
		}
		if (d == SG_COL_SKIP) {
			st->skips[st->nskips].col = i;
			snprintf(st->skips[st->nskips].reason, sizeof(st->skips[0].reason), "%s", reason);
			st->nskips++;
			continue;
		}
		if (st->cfg && st->cfg->null_rate >= 0 && t->columns[i]->nullable &&
		    (!cc || cc->opts.null_rate < 0))
			st->cols[st->ncols].null_rate = st->cfg->null_rate;
		st->ncols++;
	}
	return 0;
}

/* --- building ---------------------------------------------------------------- */

static int pick_tables(struct builder *b)
{
	const struct sg_plan_opts *o = b->o;

	if (o->all) {
		for (size_t i = 0; i < b->s->ntables; i++)
			if (!sg_namelist_has(&o->exclude, b->s->tables[i]->name))
				add_step(b, (int)i, count_for(b, b->s->tables[i]->name, false), false);
		return 0;
	}
	struct sg_table **named = sg_calloc(o->tables.n + 1, sizeof(*named));

	if (sg_schema_pick(b->s, o->tables.names, o->tables.n, named, b->err) < 0) {
		free(named);
		return -1;
	}
	for (size_t i = 0; i < o->tables.n; i++)
		add_step(b, sg_schema_index_of(b->s, named[i]->name),
			 count_for(b, o->tables.names[i], true), false);
	free(named);
	return 0;
}

int sg_plan_build(struct sg_plan *p, struct sg_db *db, struct sg_schema *s,
		  const struct sg_config *cfg, const struct sg_plan_opts *o,
		  struct sg_error *err)
{
	struct builder b = { p, db, s, cfg, o, NULL, NULL, err };
	int rc = -1;

	memset(p, 0, sizeof(*p));
	p->seed = o->seed;
	p->schema = s;
	p->cfg = cfg;
	p->env.caps = sg_schema_caps(s);
	/* Midnight UTC of the run's day: one seed gives the same rows all day. */
	p->env.now = (int64_t)(time(NULL) / 86400) * 86400;
	p->env.null_rate = cfg->null_rate;
	p->env.edge = cfg->edge;
	p->env.check_backslash = sg_check_backslash(db);
	b.before = sg_malloc((s->ntables ? s->ntables : 1) * sizeof(long long));
	b.step_of = sg_malloc((s->ntables ? s->ntables : 1) * sizeof(int));
	for (size_t i = 0; i < s->ntables; i++) {
		b.before[i] = -1;
		b.step_of[i] = -1;
	}
	if (pick_tables(&b) < 0 || plan_fks_all(&b) < 0)
		goto out;
	if (o->with_parents && add_parents(&b) < 0)
		goto out;
	if (order_steps(&b) < 0 || check_parents(&b) < 0 || apply_caps(&b) < 0)
		goto out;
	/* Caps change parent counts: recompute the pools children will see. */
	for (size_t i = 0; i < p->nsteps; i++)
		for (size_t j = 0; j < p->steps[i].nfks; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			if (pf->parent >= 0)
				pf->pool_at_seed = pf->pool_before +
					(pf->parent_step >= 0 && !pf->deferred && !pf->self ?
					 p->steps[pf->parent_step].planned : 0);
		}
	for (size_t i = 0; i < p->nsteps; i++) {
		p->steps[i].after = p->steps[i].before + p->steps[i].planned;
		if (plan_columns(&b, &p->steps[i]) < 0)
			goto out;
	}
	rc = 0;
out:
	free(b.before);
	free(b.step_of);
	if (rc < 0)
		sg_plan_release(p);
	return rc;
}

void sg_plan_release(struct sg_plan *p)
{
	for (size_t i = 0; i < p->nsteps; i++) {
		struct sg_plan_step *st = &p->steps[i];

		for (size_t j = 0; j < st->nfks; j++)
			free(st->fks[j].cols);
		free(st->fks);
		for (size_t j = 0; j < st->npolys; j++) {
			free(st->polys[j].type_values);
			free(st->polys[j].targets);
		}
		free(st->polys);
		free(st->cols);
		free(st->skips);
	}
	free(p->steps);
	memset(p, 0, sizeof(*p));
}

int sg_plan_step_of(const struct sg_plan *p, int schema_index)
{
	for (size_t i = 0; i < p->nsteps; i++)
		if (p->steps[i].index == schema_index)
			return (int)i;
	return -1;
}

/* --- the preview ------------------------------------------------------------- */

static const char *gen_name(const struct sg_plan_step *st)
{
	return st->gen ? st->gen->table : "generic";
}

static void fk_text(const struct sg_plan *p, const struct sg_plan_fk *pf, struct sg_buf *b)
{
	const struct sg_fk *fk = pf->fk;

	for (size_t i = 0; i < fk->ncols; i++)
		sg_buf_addf(b, "%s%s", i ? "," : "", fk->columns[i]);
	sg_buf_addf(b, " -> %s.", fk->ref_table);
	for (size_t i = 0; i < fk->ncols; i++)
		sg_buf_addf(b, "%s%s", i ? "," : "", fk->ref_columns[i]);
	sg_buf_addf(b, " (%s", fk->declared ? "declared" : "inferred");
	if (pf->pool_at_seed >= 0)
		sg_buf_addf(b, ", %lld parent rows when seeded", pf->pool_at_seed);
	if (pf->deferred)
		sg_buf_adds(b, ", NULL on insert and set by UPDATE once the parent is seeded");
	else if (pf->unique)
		sg_buf_adds(b, ", one row per parent");
	else if (pf->skew > 0.2)
		sg_buf_addf(b, ", skewed: top 20%% of parents get %.0f%%", pf->skew * 100);
	else
		sg_buf_adds(b, ", uniform");
	if (!pf->required)
		sg_buf_adds(b, ", nullable");
	sg_buf_addch(b, ')');
	(void)p;
}

static void print_text(const struct sg_plan *p, FILE *out)
{
	long long total = 0;
	struct sg_buf b = SG_BUF_INIT;

	for (size_t i = 0; i < p->nsteps; i++)
		total += p->steps[i].planned;
	fprintf(out, "dry run: seed %llu, %zu table%s, %lld rows planned; nothing is written\n\n",
		(unsigned long long)p->seed, p->nsteps, p->nsteps == 1 ? "" : "s", total);
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct sg_plan_step *st = &p->steps[i];

		fprintf(out, "%s: %lld now + %lld planned = %lld after  [generator: %s%s]\n",
			st->t->name, st->before, st->planned, st->after, gen_name(st),
			st->added_as_parent ? ", added as a required parent" : "");
		if (st->note[0])
			fprintf(out, "  note: %s\n", st->note);
		if (st->gen && st->gen->count_note)
			fprintf(out, "  note: the count is an estimate: %s\n", st->gen->count_note);
		for (size_t j = 0; j < st->nfks; j++) {
			sg_buf_reset(&b);
			fk_text(p, &st->fks[j], &b);
			fprintf(out, "  fk %s\n", b.data);
		}
		for (size_t j = 0; j < st->npolys; j++) {
			const struct sg_plan_poly *pp = &st->polys[j];

			fprintf(out, "  polymorphic %s + %s ->", st->t->columns[pp->type_col]->name,
				st->t->columns[pp->id_col]->name);
			for (size_t k = 0; k < pp->ntargets; k++)
				fprintf(out, "%s %s=%s", k ? "," : "", pp->type_values[k],
					pp->targets[k] >= 0 ? p->schema->tables[pp->targets[k]]->name : "?");
			fprintf(out, " (%s)\n", pp->from_config ? "config" : "enum values name tables");
		}
		sg_buf_reset(&b);
		for (size_t j = 0; j < st->ncols; j++)
			sg_buf_addf(&b, "%s%s", j ? ", " : "", st->t->columns[st->cols[j].col]->name);
		if (st->ncols)
			fprintf(out, "  writes: %s\n", b.data);
		for (size_t j = 0; j < st->nskips; j++)
			fprintf(out, "  leaves to the server: %s (%s)\n",
				st->t->columns[st->skips[j].col]->name, st->skips[j].reason);
		sg_check_print(out, st->t, p->env.check_backslash);
		fputc('\n', out);
	}
	sg_buf_release(&b);
}

static void json_str(struct sg_buf *b, const char *s)
{
	sg_buf_addch(b, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			sg_buf_addf(b, "\\%c", c);
		else if (c < 0x20)
			sg_buf_addf(b, "\\u%04x", c);
		else
			sg_buf_addch(b, (char)c);
	}
	sg_buf_addch(b, '"');
}

static void print_json(const struct sg_plan *p, FILE *out)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_addf(&b, "{\"seed\": %llu, \"dry_run\": true, \"tables\": [", (unsigned long long)p->seed);
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct sg_plan_step *st = &p->steps[i];

		sg_buf_adds(&b, i ? ",\n  {\"name\": " : "\n  {\"name\": ");
		json_str(&b, st->t->name);
		sg_buf_addf(&b, ", \"before\": %lld, \"planned\": %lld, \"after\": %lld, \"generator\": ",
			    st->before, st->planned, st->after);
		json_str(&b, gen_name(st));
		sg_buf_addf(&b, ", \"added_as_parent\": %s", st->added_as_parent ? "true" : "false");
		if (st->gen && st->gen->count_note) {
			sg_buf_adds(&b, ", \"count_estimated\": ");
			json_str(&b, st->gen->count_note);
		}
		if (st->note[0]) {
			sg_buf_adds(&b, ", \"note\": ");
			json_str(&b, st->note);
		}
		sg_buf_adds(&b, ", \"foreign_keys\": [");
		for (size_t j = 0; j < st->nfks; j++) {
			const struct sg_plan_fk *pf = &st->fks[j];

			sg_buf_adds(&b, j ? ", {\"columns\": [" : "{\"columns\": [");
			for (size_t k = 0; k < pf->fk->ncols; k++) {
				if (k)
					sg_buf_adds(&b, ", ");
				json_str(&b, pf->fk->columns[k]);
			}
			sg_buf_adds(&b, "], \"references\": ");
			json_str(&b, pf->fk->ref_table);
			sg_buf_addf(&b, ", \"declared\": %s, \"pool\": %lld, \"skew\": %.2f, "
				    "\"deferred\": %s, \"required\": %s}",
				    pf->fk->declared ? "true" : "false", pf->pool_at_seed, pf->skew,
				    pf->deferred ? "true" : "false", pf->required ? "true" : "false");
		}
		sg_buf_adds(&b, "], \"writes\": [");
		for (size_t j = 0; j < st->ncols; j++) {
			if (j)
				sg_buf_adds(&b, ", ");
			json_str(&b, st->t->columns[st->cols[j].col]->name);
		}
		sg_buf_adds(&b, "], \"defaults\": [");
		for (size_t j = 0; j < st->nskips; j++) {
			sg_buf_adds(&b, j ? ", {\"column\": " : "{\"column\": ");
			json_str(&b, st->t->columns[st->skips[j].col]->name);
			sg_buf_adds(&b, ", \"reason\": ");
			json_str(&b, st->skips[j].reason);
			sg_buf_addch(&b, '}');
		}
		sg_buf_adds(&b, "]}");
	}
	sg_buf_adds(&b, "\n]}\n");
	fputs(b.data, out);
	sg_buf_release(&b);
}

void sg_plan_print(const struct sg_plan *p, FILE *out, enum sg_format fmt)
{
	if (fmt == SG_FMT_JSON)
		print_json(p, out);
	else
		print_text(p, out);
}
