/*
 * The seeding plan (see plan.h): picks the tables, their row counts and
 * the order that puts parents before children, decides where every column
 * of every table gets its values, and checks everything that can be known
 * before writing: empty required parents, NOT NULL cycles, impossible
 * columns, unique foreign keys that cap a count. --dry-run prints it.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "seedgen/check_filter.h"
#include "seedgen/plan_int.h"
#include "seedgen/vocab.h"

int sg_plan_count_before(struct builder *b, int ti, long long *out)
{
	if (b->before[ti] < 0 &&
	    sg_db_count_rows(b->db, b->s->tables[ti]->name, &b->before[ti], b->err) < 0)
		return -1;
	*out = b->before[ti];
	return 0;
}

long long sg_plan_count_for(const struct builder *b, const char *table, bool named)
{
	const struct sg_cfg_table *ct = sg_config_table(b->cfg, table);

	if (b->o->count >= 0 && (named || b->o->all))
		return b->o->count;
	if (ct && ct->count >= 0)
		return ct->count;
	return b->cfg->default_count;
}

struct sg_plan_step *sg_plan_add_step(struct builder *b, int ti, long long count, bool as_parent)
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

/* How many distinct values column ci of a planned table can take, or -1
 * for "practically unbounded": a required foreign key has its parent rows,
 * a NOT NULL enum its values (or the config's list), a boolean two. */
void sg_plan_ordinal_range(const struct sg_colgen *cg, long long *lo, long long *hi)
{
	/* hard_lo/hard_hi: the type's and the CHECK's integer limits, which
	 * sg_generic_plan() works out for every integer column. */
	*lo = cg->p.hard_lo > 1 ? cg->p.hard_lo : 1;
	*hi = cg->p.hard_hi;
}

/* A key of foreign-key columns plus one integer column: that column is
 * numbered within each parent (the engine's ordinals, uniq.c). */
static bool numbered_column(const struct sg_plan_step *st, const struct sg_key *k, size_t ci)
{
	size_t other = 0;

	if (st->t->columns[ci]->cls != SG_T_INT)
		return false;
	for (size_t i = 0; i < k->ncols; i++) {
		int c = sg_table_column_index(st->t, k->columns[i]);

		if (c < 0)
			return false;
		if ((size_t)c != ci && !sg_plan_managed_by_fk(st, (size_t)c))
			other++;
	}
	return other == 0 && k->ncols > 1;
}

static double column_choices(const struct sg_plan_step *st, size_t ci, const struct sg_gen_env *env,
			     bool numbered, const char **what)
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
		if (numbered && !cc) {
			long long lo, hi;

			sg_plan_ordinal_range(&cg, &lo, &hi);
			*what = "numbers per parent";
			return hi >= lo ? (double)(hi - lo + 1) : 0;
		}
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

		/* Parents earlier in the plan are capped already. */
		for (size_t j = 0; j < st->nfks; j++)
			if (st->fks[j].parent >= 0)
				st->fks[j].pool_at_seed = sg_plan_pool_at_seed(b->p, i, &st->fks[j]);
		if (t->pk.ncols)
			keys[nk++] = &t->pk;
		for (size_t k = 0; k < t->nuniques && nk < 65; k++)
			keys[nk++] = t->uniques[k];
		for (size_t k = 0; k < nk; k++) {
			double combos = 1;
			const char *kind = NULL;

			for (size_t c = 0; c < keys[k]->ncols && combos >= 0; c++) {
				int ci = sg_table_column_index(t, keys[k]->columns[c]);
				double n = ci < 0 ? -1 : column_choices(st, (size_t)ci, &b->p->env,
							       numbered_column(st, keys[k], (size_t)ci), &kind);

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

		if (sg_plan_managed_by_fk(st, i) || sg_plan_managed_by_poly(st, i))
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

/* Tables that migration tools keep for themselves: --all leaves them out
 * (seeding them would confuse the tool); --table still names them. */
static const char *const migration_tables[] = {
	"schema_migrations", "ar_internal_metadata", "__drizzle_migrations", "knex_migrations",
	"knex_migrations_lock", "flyway_schema_history", "alembic_version", "goose_db_version",
	"_prisma_migrations", "django_migrations", "doctrine_migration_versions",
	"__EFMigrationsHistory", "SequelizeMeta", "databasechangelog", "databasechangeloglock",
	"_sqlx_migrations", "__diesel_schema_migrations", "refinery_schema_history",
	"mikro_orm_migrations", "kysely_migration", "kysely_migration_lock", "pgmigrations",
	"gorp_migrations", "atlas_schema_revisions", "phinxlog",
	NULL,
};

/* Tools whose table has a plain name: known by its columns too (Laravel
 * and TypeORM's migrations, Yii's migration). */
static bool migration_shape(const struct sg_table *t)
{
	static const char *const shapes[][3] = {
		{ "migrations", "migration", "batch" }, { "migrations", "timestamp", "name" },
		{ "migration", "version", "apply_time" },
	};

	for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
		if (!strcasecmp(t->name, shapes[i][0]) && sg_table_find_column(t, shapes[i][1]) &&
		    sg_table_find_column(t, shapes[i][2]) && t->ncols <= 4)
			return true;
	return false;
}

static const char *skip_reason(const struct sg_plan_opts *o, const struct sg_table *t)
{
	if (sg_namelist_has(&o->exclude, t->name))
		return "excluded on the command line";
	for (const char *const *m = migration_tables; *m; m++)
		if (!strcasecmp(*m, t->name))
			return "migration bookkeeping table; name it with --table to seed it";
	if (migration_shape(t))
		return "migration bookkeeping table; name it with --table to seed it";
	return NULL;
}

static int pick_all(struct builder *b)
{
	const struct sg_plan_opts *o = b->o;
	struct sg_plan *p = b->p;

	for (size_t i = 0; i < o->exclude.n; i++)
		if (!sg_schema_find(b->s, o->exclude.names[i])) {
			const char *near = sg_schema_suggest(b->s, o->exclude.names[i]);

			sg_error_set(b->err, SG_EXIT_USAGE, "unknown table '%s' in --exclude (database '%s')",
				     o->exclude.names[i], b->s->database ? b->s->database : "?");
			if (near)
				sg_error_hint(b->err, "did you mean '%s'?", near);
			return -1;
		}
	for (size_t i = 0; i < b->s->ntables; i++) {
		const char *name = b->s->tables[i]->name, *why = skip_reason(o, b->s->tables[i]);

		if (!why) {
			sg_plan_add_step(b, (int)i, sg_plan_count_for(b, name, false), false);
			continue;
		}
		p->skipped = sg_realloc(p->skipped, (p->nskipped + 1) * sizeof(*p->skipped));
		p->skipped[p->nskipped++] = (struct sg_plan_skipped){ name, why };
	}
	return 0;
}

static int pick_tables(struct builder *b)
{
	const struct sg_plan_opts *o = b->o;

	if (o->all)
		return pick_all(b);
	struct sg_table **named = sg_calloc(o->tables.n + 1, sizeof(*named));

	if (sg_schema_pick(b->s, o->tables.names, o->tables.n, named, b->err) < 0) {
		free(named);
		return -1;
	}
	for (size_t i = 0; i < o->tables.n; i++)
		sg_plan_add_step(b, sg_schema_index_of(b->s, named[i]->name),
			 sg_plan_count_for(b, o->tables.names[i], true), false);
	free(named);
	return 0;
}

void sg_plan_opts_from_args(const struct sg_args *a, struct sg_plan_opts *o)
{
	o->tables = a->tables;
	o->all = a->all;
	o->count = a->count;
	o->with_parents = a->with_parents;
	o->strict = a->strict;
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
	sg_vocab_use(sg_vocab_pack_for(s, (enum sg_vocab_pack)cfg->vocabulary));
	b.before = sg_malloc((s->ntables ? s->ntables : 1) * sizeof(long long));
	b.step_of = sg_malloc((s->ntables ? s->ntables : 1) * sizeof(int));
	for (size_t i = 0; i < s->ntables; i++) {
		b.before[i] = -1;
		b.step_of[i] = -1;
	}
	if (pick_tables(&b) < 0 || sg_plan_fks_all(&b) < 0)
		goto out;
	if (o->with_parents && sg_plan_add_parents(&b) < 0)
		goto out;
	if (sg_plan_order(&b) < 0 || sg_plan_check_parents(&b) < 0 || apply_caps(&b) < 0)
		goto out;
	/* Caps change parent counts: recompute the pools children will see. */
	for (size_t i = 0; i < p->nsteps; i++)
		for (size_t j = 0; j < p->steps[i].nfks; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			if (pf->parent >= 0)
				pf->pool_at_seed = sg_plan_pool_at_seed(p, i, pf);
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
	free(p->skipped);
	memset(p, 0, sizeof(*p));
}

int sg_plan_step_of(const struct sg_plan *p, int schema_index)
{
	for (size_t i = 0; i < p->nsteps; i++)
		if (p->steps[i].index == schema_index)
			return (int)i;
	return -1;
}

