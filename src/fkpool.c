/*
 * Parent key pools: the real keys a foreign key may point at, read once
 * per parent table per run (a run-wide cache, emptied for a table when it
 * gets rows), in key order so that a seed reproduces, with a popularity
 * order that depends on the seed and the table. Each foreign key gets its
 * own view of the shared keys: its skew, and for a unique relation (one
 * child per parent) the parents already taken.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/engine_int.h"

static int keys_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct sg_keys *p = ctx;

	for (int i = 0; i < ncols; i++)
		if (!values[i])
			return 0;
	if ((p->n + 1) * p->k > p->cap) {
		p->cap = p->cap ? p->cap * 2 : 256 * p->k;
		p->off = sg_realloc(p->off, p->cap * sizeof(size_t));
		p->len = sg_realloc(p->len, p->cap * sizeof(size_t));
	}
	for (int i = 0; i < ncols; i++) {
		p->off[p->n * p->k + (size_t)i] = p->data.len;
		p->len[p->n * p->k + (size_t)i] = lengths[i];
		sg_buf_add(&p->data, values[i], lengths[i]);
	}
	p->n++;
	return 0;
}

static int keys_load(struct sg_db *db, struct sg_keys *p, char *const *cols, uint64_t seed,
		     struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rand r;
	int rc;

	sg_buf_adds(&sql, "SELECT DISTINCT ");
	sg_db_quote_idents(db, &sql, NULL, cols, p->k);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table_in(db, &sql, p->schema, p->table);
	sg_buf_adds(&sql, " ORDER BY ");
	sg_db_quote_idents(db, &sql, NULL, cols, p->k);
	rc = sg_db_query(db, sql.data, keys_row, p, err);
	sg_buf_release(&sql);
	if (rc < 0)
		return -1;
	p->perm = sg_malloc((p->n ? p->n : 1) * sizeof(uint32_t));
	for (size_t i = 0; i < p->n; i++)
		p->perm[i] = (uint32_t)i;
	sg_rand_for_table(&r, seed ^ 0x706f70756c6172ULL /* "popular" */, p->table);
	for (size_t i = p->n; i > 1; i--) {
		size_t j = sg_rand_below64(&r, i);
		uint32_t tmp = p->perm[i - 1];

		p->perm[i - 1] = p->perm[j];
		p->perm[j] = tmp;
	}
	return 0;
}

static void keys_free(struct sg_keys *p)
{
	sg_buf_release(&p->data);
	free(p->table);
	free(p->schema);
	free(p->cols);
	free(p->off);
	free(p->len);
	free(p->perm);
	free(p);
}

static bool same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

int sg_keycache_get(struct sg_keycache *c, struct sg_db *db, const char *table,
		    const char *schema, char *const *cols, size_t k, uint64_t seed,
		    const struct sg_keys **out, struct sg_error *err)
{
	struct sg_buf name = SG_BUF_INIT;
	struct sg_keys *p;

	for (size_t i = 0; i < k; i++) {
		if (i)
			sg_buf_addch(&name, '\x1f');
		sg_buf_adds(&name, cols[i]);
	}
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->sets[i]->table, table) && same(c->sets[i]->schema, schema) &&
		    !strcmp(c->sets[i]->cols, name.data)) {
			sg_buf_release(&name);
			*out = c->sets[i];
			return 0;
		}
	p = sg_calloc(1, sizeof(*p));
	p->table = sg_strdup(table);
	p->schema = schema ? sg_strdup(schema) : NULL;
	p->cols = sg_buf_detach(&name);
	p->k = k;
	c->reads++;
	if (keys_load(db, p, cols, seed, err) < 0) {
		keys_free(p);
		return -1;
	}
	SG_GROW(c->sets, c->n + 1, c->cap);
	c->sets[c->n++] = p;
	*out = p;
	return 0;
}

void sg_keycache_forget(struct sg_keycache *c, const char *table)
{
	size_t j = 0;

	for (size_t i = 0; i < c->n; i++) {
		if (!c->sets[i]->schema && !strcmp(c->sets[i]->table, table))
			keys_free(c->sets[i]);
		else
			c->sets[j++] = c->sets[i];
	}
	c->n = j;
	sg_readcache_forget(c, table);
}

void sg_keycache_release(struct sg_keycache *c)
{
	for (size_t i = 0; i < c->n; i++)
		keys_free(c->sets[i]);
	free(c->sets);
	sg_readcache_forget(c, NULL);
	memset(c, 0, sizeof(*c));
}

int sg_pool_open(struct sg_pool *p, struct sg_keycache *c, struct sg_db *db, const char *table,
		 const char *schema, char *const *cols, size_t k, uint64_t seed, double skew,
		 struct sg_error *err)
{
	if (sg_keycache_get(c, db, table, schema, cols, k, seed, &p->keys, err) < 0)
		return -1;
	p->n = p->keys->n;
	sg_skew_init(&p->skew, p->n, skew);
	return 0;
}

static uint64_t tuple_hash(const struct sg_pool *p, size_t t)
{
	uint64_t h = SG_HASH_INIT;
	const struct sg_keys *ks = p->keys;

	for (size_t i = 0; i < ks->k; i++)
		h = sg_hash_bytes(h, ks->data.data + ks->off[t * ks->k + i], ks->len[t * ks->k + i]);
	return h;
}

const char *sg_pool_value(const struct sg_pool *p, size_t t, size_t i, size_t *len)
{
	*len = p->keys->len[t * p->keys->k + i];
	return p->keys->data.data + p->keys->off[t * p->keys->k + i];
}

int sg_pool_hash_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct sg_hashset *ks = ctx;
	uint64_t h = SG_HASH_INIT;

	for (int i = 0; i < ncols; i++) {
		if (!values[i])
			return 0;
		h = sg_hash_bytes(h, values[i], lengths[i]);
	}
	sg_hashset_add(ks, h);
	return 0;
}

/* After a row is accepted (taken) or thrown away: a unique relation moves
 * on to its next parent when the row kept this one. A row thrown away many
 * times over moves on too, in case this parent is what keeps clashing. */
void sg_pool_settle(struct sg_pool *p, bool taken, int attempt)
{
	if (p->unique && p->picked && (taken || attempt >= 10))
		p->next++;
	p->picked = false;
}

/* A tuple index: skewed by popularity, or the next unused one for a unique
 * relation; -1 when the pool is exhausted. */
long sg_pool_pick(struct sg_pool *p, struct sg_rand *r)
{
	if (!p->n)
		return -1;
	if (p->unique) {
		/* The parent counts as taken only once its row is accepted
		 * (sg_pool_settle): a row generated again must not use one up. */
		while (p->next < p->n && sg_hashset_has(&p->used, tuple_hash(p, p->keys->perm[p->next])))
			p->next++;
		if (p->next >= p->n)
			return -1;
		p->picked = true;
		return p->keys->perm[p->next];
	}
	return p->keys->perm[sg_skew_pick(&p->skew, r)];
}

size_t sg_pool_free(const struct sg_pool *p)
{
	size_t n = 0;

	for (size_t i = p->next; i < p->n; i++)
		n += !sg_hashset_has(&p->used, tuple_hash(p, p->keys->perm[i]));
	return n;
}

void sg_pool_release(struct sg_pool *p)
{
	sg_hashset_release(&p->used);
	sg_skew_release(&p->skew);
	memset(p, 0, sizeof(*p));
}
