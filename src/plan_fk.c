/*
 * Where a planned table's foreign keys and polymorphic pairs take their
 * values: which relations the engine fills (the widest of overlapping
 * composite keys), which need parent rows, the NULL rate of each, the
 * empty parents --with-parents pulls in, and the check that every
 * required parent will have rows when its children are seeded.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/plan_int.h"

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


static bool int_keyed(const struct sg_table *t)
{
	return t->pk.ncols == 1 && sg_table_find_column(t, t->pk.columns[0]) &&
	       sg_table_find_column(t, t->pk.columns[0])->cls == SG_T_INT;
}

/* A Rails-style polymorphic type column without a map: commentable_type,
 * taggableType, and the few other names such pairs use (Active Storage's
 * record_type, PaperTrail's item_type, rolify's resource_type) beside an
 * X_id that no foreign key manages: text that names the row's table. */
static bool rails_type(const struct sg_column *c)
{
	size_t n = strlen(c->name);

	/* Only the names polymorphic pairs use: payment_type/payment_id or
	 * file_type/file_id are a kind and an id of something else. */
	static const char *const known[] = { "record_type", "item_type", "resource_type",
					     "owner_type", "subject_type", "target_type",
					     "entity_type", "parent_type", NULL };
	bool named = (n > 9 && !strcmp(c->name + n - 9, "able_type")) ||
		     (n > 8 && !strcmp(c->name + n - 8, "ableType"));

	for (size_t i = 0; known[i] && !named; i++)
		named = !strcmp(c->name, known[i]);
	return (c->cls == SG_T_VARCHAR || c->cls == SG_T_CHAR || c->cls == SG_T_TEXT) && named;
}

/* Enum values that name tables: target_type enum('PRODUCT','BATCH'). */
static void enum_targets(struct builder *b, struct sg_plan_poly *pp, const struct sg_column *c)
{
	for (size_t j = 0; j < c->n_enum; j++) {
		int target = sg_schema_find_noun(b->s, c->enum_values[j]);

		if (target >= 0 && int_keyed(b->s->tables[target]))
			poly_target(pp, c->enum_values[j], target);
	}
}

/* A text type column without a map: any other table with an integer key
 * may be the target, named by its table name, so that the id always points
 * at a row of the table the type names. The config's map narrows it. */
static void any_targets(struct builder *b, const struct sg_plan_step *st, struct sg_plan_poly *pp,
			const struct sg_column *c)
{
	for (size_t j = 0; j < b->s->ntables; j++) {
		const struct sg_table *t = b->s->tables[j];

		if ((int)j != st->index && int_keyed(t) &&
		    (c->length <= 0 || strlen(t->name) <= (size_t)c->length))
			poly_target(pp, t->name, (int)j);
	}
}

/* Pairs from the config, then enum-typed pairs whose values name tables
 * (target_type enum('PRODUCT','BATCH') -> products, batches), then
 * Rails-style text pairs (commentable_type) over every table. */
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
		int id = c->cls == SG_T_ENUM || rails_type(c) ? id_sibling(t, c->name) : -1;
		struct sg_plan_poly *pp;
		bool taken = false;

		if (id < 0 || sg_plan_managed_by_fk(st, (size_t)id) ||
		    t->columns[id]->cls != SG_T_INT)
			continue;
		for (size_t j = 0; j < st->npolys; j++)
			taken |= st->polys[j].type_col == i || st->polys[j].id_col == (size_t)id;
		if (taken)
			continue;
		add_poly(st, i, (size_t)id);
		pp = &st->polys[st->npolys - 1];
		if (c->cls == SG_T_ENUM)
			enum_targets(b, pp, c);
		else
			any_targets(b, st, pp, c);
		pp->guessed = c->cls != SG_T_ENUM;
		if (!pp->ntargets) {
			free(pp->type_values);
			free(pp->targets);
			st->npolys--;
		}
	}
}

bool sg_plan_managed_by_fk(const struct sg_plan_step *st, size_t col)
{
	for (size_t i = 0; i < st->nfks; i++)
		for (size_t j = 0; j < st->fks[i].fk->ncols; j++)
			if (st->fks[i].cols[j] == col)
				return true;
	return false;
}

bool sg_plan_managed_by_poly(const struct sg_plan_step *st, size_t col)
{
	for (size_t i = 0; i < st->npolys; i++)
		if (st->polys[i].type_col == col || st->polys[i].id_col == col)
			return true;
	return false;
}

/* --- foreign keys --------------------------------------------------------- */

static bool fk_some_required(const struct sg_table *t, const struct sg_fk *fk)
{
	for (size_t i = 0; i < fk->ncols; i++) {
		const struct sg_column *c = sg_table_find_column(t, fk->columns[i]);

		if (c && !c->nullable)
			return true;
	}
	return false;
}

/* The chance of NULL for a relation: the config of its first nullable
 * column, else the table's, else the run's. */
static double fk_null_rate(const struct builder *b, const struct sg_plan_step *st,
			   const struct sg_fk *fk)
{
	for (size_t i = 0; i < fk->ncols; i++) {
		const struct sg_column *c = sg_table_find_column(st->t, fk->columns[i]);
		const struct sg_cfg_column *cc = c && c->nullable ?
			sg_config_column(st->cfg, c->name) : NULL;

		if (cc && cc->opts.null_rate >= 0)
			return cc->opts.null_rate;
	}
	if (st->cfg && st->cfg->null_rate >= 0)
		return st->cfg->null_rate;
	return b->cfg->null_rate;
}

static void add_fk(struct builder *b, struct sg_plan_step *st, const struct sg_fk *fk)
{
	const struct sg_table *t = st->t;
	struct sg_plan_fk *pf = &st->fks[st->nfks];
	const struct sg_cfg_relation *rel = sg_config_relation(st->cfg, fk->columns[0]);

	/* A column in two relations (a declared FK and a config override, or
	 * two overlapping composite keys) takes its values from the first:
	 * the widest, whose parent row carries the narrower key too
	 * (orders (w, d, c) -> customer also satisfies (w, d) -> district). */
	for (size_t j = 0; j < fk->ncols; j++) {
		int ci = sg_table_column_index(t, fk->columns[j]);

		if (ci < 0 || t->columns[ci]->generated || sg_plan_managed_by_fk(st, (size_t)ci))
			return;
	}
	pf->fk = fk;
	pf->parent = fk->ref_index;
	pf->parent_step = -1;
	pf->cols = sg_calloc(fk->ncols, sizeof(size_t));
	for (size_t j = 0; j < fk->ncols; j++)
		pf->cols[j] = (size_t)sg_table_column_index(t, fk->columns[j]);
	pf->required = fk_required(t, fk);
	pf->some_required = fk_some_required(t, fk);
	pf->null_rate = fk_null_rate(b, st, fk);
	pf->self = fk->ref_index == st->index;
	pf->unique = fk_unique(t, fk);
	pf->skew = rel && rel->skew >= 0 ? rel->skew : b->cfg->skew;
	st->nfks++;
}

static void collect_fks(struct builder *b, struct sg_plan_step *st)
{
	const struct sg_table *t = st->t;
	size_t widest = 0;

	st->fks = sg_calloc(t->nfks ? t->nfks : 1, sizeof(*st->fks));
	for (size_t i = 0; i < t->nfks; i++)
		if (t->fks[i]->ncols > widest)
			widest = t->fks[i]->ncols;
	/* Declared before inferred within a width, as the schema lists them. */
	for (size_t w = widest; w > 0; w--)
		for (size_t i = 0; i < t->nfks; i++)
			if (t->fks[i]->ncols == w)
				add_fk(b, st, t->fks[i]);
}

int sg_plan_fks_all(struct builder *b)
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
int sg_plan_add_parents(struct builder *b)
{
	for (size_t i = 0; i < b->p->nsteps; i++) {
		/* steps may grow while we walk them: index, do not hold pointers */
		for (size_t j = 0; j < b->p->steps[i].nfks; j++) {
			const struct sg_plan_fk *pf = &b->p->steps[i].fks[j];
			long long n;
			struct sg_plan_step *ns;

			if (!pf->some_required || pf->self || pf->parent < 0 || b->step_of[pf->parent] >= 0)
				continue;
			if (sg_plan_count_before(b, pf->parent, &n) < 0)
				return -1;
			if (n > 0)
				continue;
			ns = sg_plan_add_step(b, pf->parent, sg_plan_count_for(b, b->s->tables[pf->parent]->name, false), true);
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
				else if (sg_plan_count_before(b, pp->targets[k], &n) < 0)
					return -1;
				else
					any = n > 0;
			}
			if (!any && pp->targets[0] >= 0) {
				struct sg_plan_step *ns = sg_plan_add_step(b, pp->targets[0],
					sg_plan_count_for(b, b->s->tables[pp->targets[0]]->name, false), true);

				collect_fks(b, ns);
				find_polys(b, ns);
			}
		}
	}
	return 0;
}

long long sg_plan_pool_at_seed(const struct sg_plan *p, size_t i, const struct sg_plan_fk *pf)
{
	long long n = pf->pool_before;

	if (pf->parent_step >= 0 && (size_t)pf->parent_step < i && !pf->deferred && !pf->self)
		n += p->steps[pf->parent_step].planned;
	if (pf->bootstrapped && n == 0)
		n = 1;  /* the cycle's bootstrap row */
	return n;
}

/* --- counts, pools, caps ---------------------------------------------------- */

/* A parent outside the run's schema: the run never seeds it, so its rows
 * now are all a child can point at; none for a NOT NULL key is an error. */
static int foreign_parent(struct builder *b, const struct sg_plan_step *st, struct sg_plan_fk *pf)
{
	const struct sg_fk *fk = pf->fk;

	pf->pool_before = pf->pool_at_seed = -1;
	if (!fk->ref_schema)
		return 0; /* no table to count */
	if (sg_db_count_rows_in(b->db, fk->ref_schema, fk->ref_table, &pf->pool_before,
				b->err) < 0)
		return -1;
	pf->pool_at_seed = pf->pool_before;
	if (!pf->some_required || pf->pool_before > 0 || st->planned <= 0)
		return 0;
	sg_error_set(b->err, SG_EXIT_USAGE,
		     "cannot seed '%s': column '%s' is NOT NULL and references '%s.%s', which "
		     "has no rows and is outside the schema seedgen seeds", st->t->name,
		     fk->columns[0], fk->ref_schema, fk->ref_table);
	sg_error_detail(b->err, "relation %s.%s -> %s.%s.%s (declared foreign key)", st->t->name,
			fk->columns[0], fk->ref_schema, fk->ref_table, fk->ref_columns[0]);
	sg_error_hint(b->err, "seed '%s.%s' first (a run with that schema or database), or "
		      "leave '%s' out (--exclude %s)", fk->ref_schema, fk->ref_table,
		      st->t->name, st->t->name);
	return -1;
}

int sg_plan_check_parents(struct builder *b)
{
	struct sg_plan *p = b->p;

	for (size_t i = 0; i < p->nsteps; i++) {
		struct sg_plan_step *st = &p->steps[i];

		if (sg_plan_count_before(b, st->index, &st->before) < 0)
			return -1;
		for (size_t j = 0; j < st->nfks; j++) {
			struct sg_plan_fk *pf = &st->fks[j];

			if (pf->parent < 0) {
				/* A parent in another schema: only what is there now. */
				if (foreign_parent(b, st, pf) < 0)
					return -1;
				continue;
			}
			if (sg_plan_count_before(b, pf->parent, &pf->pool_before) < 0)
				return -1;
			pf->pool_at_seed = sg_plan_pool_at_seed(p, i, pf);
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
			if (pf->some_required && pf->pool_at_seed == 0 && st->planned > 0 && !pf->self) {
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
				if (sg_plan_count_before(b, pp->targets[k], &n) < 0)
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
