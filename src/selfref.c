/*
 * Deferred foreign keys: a nullable column that closes a cycle, or points
 * at its own table, goes in as NULL and is filled by UPDATE once its
 * parent has rows, touching only rows this run inserted. A self-reference
 * points only at an earlier row (in key order), so hierarchies never loop;
 * both lists come back sorted by the key, so finding "earlier" is one walk
 * (linear in rows). A unique key that includes the column (UNIQUE(name,
 * parent_id), or an expression index such as (parent_id, lower(name))) is
 * kept: a parent that would repeat one is not used.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/engine_int.h"
#include "seedgen/keyform.h"

#define PICK_TRIES 8

void sg_deferred_init(struct sg_deferred *d, const struct sg_plan *plan)
{
	size_t nfk = 0;

	for (size_t i = 0; i < plan->nsteps; i++)
		nfk += plan->steps[i].nfks;
	d->filled = sg_calloc(nfk ? nfk : 1, sizeof(bool));
	d->existing = sg_calloc(plan->nsteps ? plan->nsteps : 1, sizeof(*d->existing));
}

void sg_deferred_release(struct sg_deferred *d, const struct sg_plan *plan)
{
	for (size_t i = 0; d->existing && i < plan->nsteps; i++)
		sg_hashset_release(&d->existing[i]);
	free(d->existing);
	free(d->filled);
	memset(d, 0, sizeof(*d));
}

static bool has_deferred(const struct sg_plan_step *st)
{
	for (size_t i = 0; i < st->nfks; i++)
		if (st->fks[i].deferred)
			return true;
	return false;
}

int sg_deferred_snapshot(struct sg_deferred *d, struct sg_db *db, const struct sg_plan *plan,
			 size_t i, struct sg_error *err)
{
	const struct sg_plan_step *st = &plan->steps[i];
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	if (!has_deferred(st) || st->t->pk.ncols != 1 || st->before == 0)
		return 0;
	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(db, &sql, st->t->pk.columns[0]);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, st->t->name);
	rc = sg_db_query(db, sql.data, sg_pool_hash_row, &d->existing[i], err);
	sg_buf_release(&sql);
	return rc;
}

/* A unique key of the table that includes the deferred column: the other
 * columns' positions in the "mine" query, and the tuples already held. */
struct dkey {
	size_t *pos;       /* columns of the mine rows (after the pk) */
	enum sg_fold *fold; /* how the key compares each of them (lower(name)) */
	int *prefix;
	bool *pad;
	size_t npos;
	struct sg_hashset held;
	struct sg_buf tmp;
};

struct fill {
	struct sg_db *db;
	struct sg_plan *plan;
	struct sg_plan_step *st;
	struct sg_plan_fk *pf;
	struct sg_pool parents;
	struct sg_rows mine;      /* pk, then the key columns of every dkey */
	char **mine_cols;
	size_t nmine_cols;
	struct dkey *keys;
	size_t nkeys;
	struct sg_buf sql;
};

static size_t mine_col(struct fill *f, const char *name)
{
	for (size_t i = 0; i < f->nmine_cols; i++)
		if (!strcmp(f->mine_cols[i], name))
			return i;
	f->mine_cols = sg_realloc(f->mine_cols, (f->nmine_cols + 1) * sizeof(char *));
	f->mine_cols[f->nmine_cols] = (char *)name;
	return f->nmine_cols++;
}

/* Hash of part i's value as the key compares it. */
static uint64_t part_hash(struct dkey *k, size_t i, uint64_t h, const char *v, size_t len)
{
	if (k->fold[i] == SG_FOLD_NONE && !k->prefix[i] && !k->pad[i])
		return sg_hash_bytes(h, v, len);
	sg_buf_reset(&k->tmp);
	sg_buf_add(&k->tmp, v, len);
	len = sg_keyform_normalize(k->tmp.data, len, k->fold[i], k->prefix[i], k->pad[i]);
	return sg_hash_bytes(h, k->tmp.data, len);
}

static uint64_t key_hash(struct fill *f, struct dkey *k, size_t row, const char *parent,
			 size_t plen, bool *null)
{
	uint64_t h = SG_HASH_INIT;

	*null = false;
	for (size_t i = 0; i < k->npos; i++) {
		const char *v = sg_rows_get(&f->mine, row, k->pos[i]);

		if (!v)
			*null = true;
		else
			h = part_hash(k, i, h, v, sg_rows_len(&f->mine, row, k->pos[i]));
	}
	return sg_hash_bytes(h, parent, plen);
}

/* sg_db_query callback: an existing row's tuple (the key's other parts,
 * then the deferred column), hashed as key_hash() does. */
static int hash_held(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct dkey *k = ctx;
	uint64_t h = SG_HASH_INIT;

	for (int i = 0; i < ncols; i++) {
		if (!values[i])
			return 0;
		h = i + 1 < ncols ? part_hash(k, (size_t)i, h, values[i], lengths[i])
				  : sg_hash_bytes(h, values[i], lengths[i]);
	}
	sg_hashset_add(&k->held, h);
	return 0;
}

/* Column name part j of key k reads, with how it compares it; NULL for
 * an expression seedgen does not understand. */
static const char *part_column(const struct sg_table *t, const struct sg_key *k, size_t j,
			       enum sg_fold *fold, int *prefix)
{
	int c;

	*fold = SG_FOLD_NONE;
	*prefix = 0;
	if (!k->parts)
		return k->columns[j];
	*fold = k->parts[j].fold;
	*prefix = k->parts[j].prefix;
	if (k->parts[j].base || !k->parts[j].expr)
		return k->parts[j].base ? k->parts[j].base : k->columns[j];
	c = sg_keyform_parse_expr(t, k->parts[j].expr, fold, prefix);
	return c < 0 ? NULL : t->columns[c]->name;
}

/* Whether the deferred column col is a plain part of k and every part is
 * understood. */
static bool key_usable(const struct sg_table *t, const struct sg_key *k, const char *col)
{
	bool has = false;

	if (k->exclusion)
		return false;
	for (size_t j = 0; j < k->ncols; j++) {
		enum sg_fold fold;
		int prefix;
		const char *name = part_column(t, k, j, &fold, &prefix);

		if (!name)
			return false;
		if (!strcmp(name, col) && fold == SG_FOLD_NONE && !prefix)
			has = true;
	}
	return has;
}

/* Keys that include the column, and the tuples existing rows hold. */
static int find_keys(struct fill *f, struct sg_error *err)
{
	const struct sg_table *t = f->st->t;
	const char *col = f->pf->fk->columns[0];

	mine_col(f, t->pk.columns[0]);
	/* unique constraints, the primary key, then unique indexes (partial
	 * ones taken as covering every row: stricter, never wrong) */
	for (size_t i = 0; i <= t->nuniques + t->nindexes; i++) {
		const struct sg_key *k = i < t->nuniques ? t->uniques[i] : i == t->nuniques ? &t->pk
				       : t->indexes[i - t->nuniques - 1];
		struct dkey *dk;
		int rc;

		if ((i > t->nuniques && !k->unique) || !key_usable(t, k, col))
			continue;
		f->keys = sg_realloc(f->keys, (f->nkeys + 1) * sizeof(*f->keys));
		dk = &f->keys[f->nkeys++];
		memset(dk, 0, sizeof(*dk));
		dk->pos = sg_calloc(k->ncols, sizeof(size_t));
		dk->fold = sg_calloc(k->ncols, sizeof(*dk->fold));
		dk->prefix = sg_calloc(k->ncols, sizeof(int));
		dk->pad = sg_calloc(k->ncols, sizeof(bool));
		sg_buf_reset(&f->sql);
		sg_buf_adds(&f->sql, "SELECT ");
		for (size_t j = 0; j < k->ncols; j++) {
			const char *name = part_column(t, k, j, &dk->fold[dk->npos],
						       &dk->prefix[dk->npos]);
			const struct sg_column *c = sg_table_find_column(t, name);

			if (!strcmp(name, col) && dk->fold[dk->npos] == SG_FOLD_NONE &&
			    !dk->prefix[dk->npos])
				continue;
			dk->pad[dk->npos] = c && c->pad_blanks;
			dk->pos[dk->npos++] = mine_col(f, name);
			sg_db_quote_ident(f->db, &f->sql, name);
			sg_buf_adds(&f->sql, ", ");
		}
		sg_db_quote_ident(f->db, &f->sql, col);
		sg_buf_adds(&f->sql, " FROM ");
		sg_db_quote_table(f->db, &f->sql, t->name);
		sg_buf_adds(&f->sql, " WHERE ");
		sg_db_quote_ident(f->db, &f->sql, col);
		sg_buf_adds(&f->sql, " IS NOT NULL");
		rc = sg_db_query(f->db, f->sql.data, hash_held, dk, err);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* The rows this run inserted: NULL in the column, sorted by key. */
static int read_mine(struct fill *f, struct sg_error *err)
{
	const struct sg_table *t = f->st->t;

	sg_buf_reset(&f->sql);
	sg_buf_adds(&f->sql, "SELECT ");
	sg_db_quote_idents(f->db, &f->sql, NULL, f->mine_cols, f->nmine_cols);
	sg_buf_adds(&f->sql, " FROM ");
	sg_db_quote_table(f->db, &f->sql, t->name);
	sg_buf_adds(&f->sql, " WHERE ");
	sg_db_quote_ident(f->db, &f->sql, f->pf->fk->columns[0]);
	sg_buf_adds(&f->sql, " IS NULL ORDER BY ");
	sg_db_quote_ident(f->db, &f->sql, t->pk.columns[0]);
	return sg_db_query_rows(f->db, f->sql.data, &f->mine, err);
}

static int update_row(struct fill *f, const char *key, size_t klen, const char *val, size_t vlen,
		      long long *updated, struct sg_error *err)
{
	const struct sg_table *t = f->st->t;
	long long n;

	sg_buf_reset(&f->sql);
	sg_buf_adds(&f->sql, "UPDATE ");
	sg_db_quote_table(f->db, &f->sql, t->name);
	sg_buf_adds(&f->sql, " SET ");
	sg_db_quote_ident(f->db, &f->sql, f->pf->fk->columns[0]);
	sg_buf_adds(&f->sql, " = ");
	sg_db_quote_literal(f->db, &f->sql, val, vlen);
	/* MySQL bumps ON UPDATE CURRENT_TIMESTAMP columns on any change;
	 * assigning them their own value keeps the seeded times (and so
	 * makes a run with the same seed reproduce). */
	for (size_t c = 0; c < t->ncols; c++) {
		if (!t->columns[c]->on_update_now)
			continue;
		sg_buf_adds(&f->sql, ", ");
		sg_db_quote_ident(f->db, &f->sql, t->columns[c]->name);
		sg_buf_adds(&f->sql, " = ");
		sg_db_quote_ident(f->db, &f->sql, t->columns[c]->name);
	}
	sg_buf_adds(&f->sql, " WHERE ");
	sg_db_quote_ident(f->db, &f->sql, t->pk.columns[0]);
	sg_buf_adds(&f->sql, " = ");
	sg_db_quote_literal(f->db, &f->sql, key, klen);
	if (sg_db_exec_affected(f->db, f->sql.data, &n, err) < 0)
		return -1;
	*updated += n;
	return 0;
}

/* A parent for row i that keeps every unique key, recorded as held; -1
 * when none is found in a few tries. `limit`: self-references pick among
 * the first `limit` parents (the earlier rows). */
static long choose(struct fill *f, size_t i, size_t limit, struct sg_rand *r)
{
	for (int tries = 0; tries < PICK_TRIES; tries++) {
		long pick = f->pf->self ? (long)sg_rand_below64(r, limit) : sg_pool_pick(&f->parents, r);
		size_t plen;
		const char *pv;
		bool ok = true;

		if (pick < 0)
			return -1;
		pv = sg_pool_value(&f->parents, (size_t)pick, 0, &plen);
		for (size_t k = 0; k < f->nkeys && ok; k++) {
			bool null;
			uint64_t h = key_hash(f, &f->keys[k], i, pv, plen, &null);

			ok = null || !sg_hashset_has(&f->keys[k].held, h);
		}
		if (!ok)
			continue;
		for (size_t k = 0; k < f->nkeys; k++) {
			bool null;
			uint64_t h = key_hash(f, &f->keys[k], i, pv, plen, &null);

			if (!null)
				sg_hashset_add(&f->keys[k].held, h);
		}
		return pick;
	}
	return -1;
}

static int assign(struct fill *f, const struct sg_hashset *existing, long long *updated,
		  struct sg_error *err)
{
	struct sg_rand r;
	size_t lim = 0;

	sg_rand_for_table(&r, f->plan->seed ^ 0x646566657272ULL /* "deferr" */, f->st->t->name);
	for (size_t i = 0; i < f->mine.n; i++) {
		const char *key = sg_rows_get(&f->mine, i, 0);
		size_t klen = sg_rows_len(&f->mine, i, 0), plen;
		long pick;

		if (!key || sg_hashset_has(existing, sg_hash_bytes(SG_HASH_INIT, key, klen)) ||
		    sg_rand_chance(&r, f->pf->null_rate))
			continue;
		if (f->pf->self) {
			/* Both lists are in key order: "earlier" only moves forward. */
			while (lim < f->parents.n) {
				const char *pv = sg_pool_value(&f->parents, lim, 0, &plen);

				if (plen == klen && !memcmp(pv, key, klen))
					break;
				lim++;
			}
			if (lim == 0 || lim >= f->parents.n)
				continue;
		}
		pick = choose(f, i, lim, &r);
		if (pick < 0)
			continue;
		{
			const char *pv = sg_pool_value(&f->parents, (size_t)pick, 0, &plen);

			if (update_row(f, key, klen, pv, plen, updated, err) < 0)
				return -1;
		}
	}
	return 0;
}

static void fill_release(struct fill *f)
{
	sg_pool_release(&f->parents);
	sg_rows_release(&f->mine);
	free(f->mine_cols);
	for (size_t i = 0; i < f->nkeys; i++) {
		free(f->keys[i].pos);
		free(f->keys[i].fold);
		free(f->keys[i].prefix);
		free(f->keys[i].pad);
		sg_buf_release(&f->keys[i].tmp);
		sg_hashset_release(&f->keys[i].held);
	}
	free(f->keys);
	sg_buf_release(&f->sql);
}

static int fill_deferred(struct sg_db *db, struct sg_plan *plan, struct sg_keycache *cache,
			 struct sg_plan_step *st, struct sg_plan_fk *pf,
			 const struct sg_hashset *existing, long long *updated, struct sg_error *err)
{
	const struct sg_table *t = st->t;
	struct fill f = { .db = db, .plan = plan, .st = st, .pf = pf, .sql = SG_BUF_INIT };
	int rc = -1;

	if (t->pk.ncols != 1 || pf->fk->ncols != 1 ||
	    (pf->self && strcmp(pf->fk->ref_columns[0], t->pk.columns[0]))) {
		sg_warn("'%s'.'%s' stays NULL: filling a cycle's column needs a one-column primary "
			"key and a one-column foreign key (to the primary key for a self-reference)",
			t->name, pf->fk->columns[0]);
		return 0;
	}
	if (sg_pool_open(&f.parents, cache, db, pf->fk->ref_table, pf->fk->ref_schema,
			 pf->fk->ref_columns, 1, plan->seed, pf->skew, err) < 0 ||
	    find_keys(&f, err) < 0 || read_mine(&f, err) < 0)
		goto out;
	if (sg_db_begin(db, err) < 0)
		goto out;
	if (assign(&f, existing, updated, err) < 0) {
		sg_db_rollback(db);
		goto out;
	}
	if (sg_db_commit(db, err) < 0)
		goto out;
	rc = 0;
out:
	fill_release(&f);
	return rc;
}

int sg_deferred_run(struct sg_deferred *d, struct sg_db *db, struct sg_plan *plan,
		    struct sg_keycache *cache, size_t done, struct sg_run *run,
		    struct sg_error *err)
{
	size_t k = 0;

	for (size_t i = 0; i <= done; i++)
		for (size_t j = 0; j < plan->steps[i].nfks; j++, k++) {
			struct sg_plan_fk *pf = &plan->steps[i].fks[j];
			bool parent_ready = pf->self || pf->parent_step < 0 ||
					    (size_t)pf->parent_step <= done;

			if (!pf->deferred || d->filled[k] || !parent_ready)
				continue;
			d->filled[k] = true;
			if (fill_deferred(db, plan, cache, &plan->steps[i], pf, &d->existing[i],
					  &run->tables[i].updated, err) < 0)
				return -1;
			sg_keycache_forget(cache, plan->steps[i].t->name);
		}
	return 0;
}
