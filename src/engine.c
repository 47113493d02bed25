/*
 * The seeding loop (see engine.h).
 *
 * Per table: load the parent keys each foreign key may use (real rows, in
 * key order, so a seed reproduces), give the parents a seed-dependent
 * popularity order, preload the table's unique keys from its existing rows,
 * then let the driver pull generated rows through sg_db_load() inside one
 * transaction. A row that would break a unique key is generated again.
 * Nullable foreign keys that close a cycle (or point at their own table)
 * go in as NULL and are filled by UPDATE once their parent has rows.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "seedgen/check_filter.h"
#include "seedgen/dist.h"
#include "seedgen/engine.h"
#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/hashset.h"

#define MAX_ATTEMPTS 100
#define DEFAULT_BATCH 1000

/* A map from key hash to a counter (numbering within a parent). */
struct countmap {
	uint64_t *keys; /* 0 = empty */
	int64_t *vals;
	size_t cap, n;
};

static int64_t *countmap_slot(struct countmap *m, uint64_t h)
{
	h = sg_hash_mix(h);
	if ((m->n + 1) * 2 > m->cap) {
		struct countmap bigger = { 0 };

		bigger.cap = m->cap ? m->cap * 2 : 256;
		bigger.keys = sg_calloc(bigger.cap, sizeof(uint64_t));
		bigger.vals = sg_calloc(bigger.cap, sizeof(int64_t));
		for (size_t i = 0; i < m->cap; i++) {
			if (!m->keys[i])
				continue;
			size_t j = m->keys[i] & (bigger.cap - 1);

			while (bigger.keys[j])
				j = (j + 1) & (bigger.cap - 1);
			bigger.keys[j] = m->keys[i];
			bigger.vals[j] = m->vals[i];
			bigger.n++;
		}
		free(m->keys);
		free(m->vals);
		*m = bigger;
	}
	for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (m->keys[i] == h)
			return &m->vals[i];
		if (!m->keys[i]) {
			m->keys[i] = h;
			m->vals[i] = 0;
			m->n++;
			return &m->vals[i];
		}
	}
}

static uint64_t hash_bytes(uint64_t h, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ULL;
	}
	/* A separator that no value contains, so ("ab","c") != ("a","bc"). */
	h ^= 0x1F;
	h *= 1099511628211ULL;
	return h;
}

/* --- parent pools ------------------------------------------------------------ */

struct pool {
	struct sg_buf data;  /* every value back to back */
	size_t *off, *len;   /* n tuples of k values */
	size_t n, k, cap;
	uint32_t *perm;      /* popularity order: perm[0] is the most popular */
	struct sg_skew skew; /* popularity weights by rank (dist.h) */
	size_t next;         /* unique relations: next position in perm to hand out */
	bool picked;         /* unique relations: perm[next] went into the row being made */
	struct sg_hashset used;  /* unique relations: tuples existing children hold */
	bool unique;
};

static int pool_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct pool *p = ctx;

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

static uint64_t tuple_hash(const struct pool *p, size_t t)
{
	uint64_t h = 14695981039346656037ULL;

	for (size_t i = 0; i < p->k; i++)
		h = hash_bytes(h, p->data.data + p->off[t * p->k + i], p->len[t * p->k + i]);
	return h;
}

static int used_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct sg_hashset *ks = ctx;
	uint64_t h = 14695981039346656037ULL;

	for (int i = 0; i < ncols; i++) {
		if (!values[i])
			return 0;
		h = hash_bytes(h, values[i], lengths[i]);
	}
	sg_hashset_add(ks, h);
	return 0;
}

/* Loads the distinct non-NULL tuples of table(cols) in key order, and gives
 * them a popularity order that depends on the run seed and the table. */
static int pool_load(struct sg_db *db, struct pool *p, const char *table, const char *schema,
		     char *const *cols, size_t k, uint64_t seed, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rand r;
	int rc;

	p->k = k;
	sg_buf_adds(&sql, "SELECT DISTINCT ");
	sg_db_quote_idents(db, &sql, NULL, cols, k);
	sg_buf_adds(&sql, " FROM ");
	if (schema) {
		sg_db_quote_ident(db, &sql, schema);
		sg_buf_addch(&sql, '.');
		sg_db_quote_ident(db, &sql, table);
	} else {
		sg_db_quote_table(db, &sql, table);
	}
	sg_buf_adds(&sql, " ORDER BY ");
	sg_db_quote_idents(db, &sql, NULL, cols, k);
	rc = sg_db_query(db, sql.data, pool_row, p, err);
	sg_buf_release(&sql);
	if (rc < 0)
		return -1;
	p->perm = sg_malloc((p->n ? p->n : 1) * sizeof(uint32_t));
	for (size_t i = 0; i < p->n; i++)
		p->perm[i] = (uint32_t)i;
	sg_rand_for_table(&r, seed ^ 0x706f70756c6172ULL /* "popular" */, table);
	for (size_t i = p->n; i > 1; i--) {
		size_t j = sg_rand_below64(&r, i);
		uint32_t tmp = p->perm[i - 1];

		p->perm[i - 1] = p->perm[j];
		p->perm[j] = tmp;
	}
	return 0;
}

/* After a row is accepted (taken) or thrown away: a unique relation moves
 * on to its next parent when the row kept this one. A row thrown away many
 * times over moves on too, in case this parent is what keeps clashing. */
static void pool_settle(struct pool *p, bool taken, int attempt)
{
	if (p->unique && p->picked && (taken || attempt >= 10))
		p->next++;
	p->picked = false;
}

static void pool_release(struct pool *p)
{
	sg_buf_release(&p->data);
	free(p->off);
	free(p->len);
	free(p->perm);
	sg_hashset_release(&p->used);
	sg_skew_release(&p->skew);
	memset(p, 0, sizeof(*p));
}

/* A tuple index: skewed by popularity, or the next unused one for a unique
 * relation; -1 when the pool is exhausted. */
static long pool_pick(struct pool *p, struct sg_rand *r)
{
	if (!p->n)
		return -1;
	if (p->unique) {
		/* The parent counts as taken only once its row is accepted
		 * (pool_accept): a row generated again must not use one up. */
		while (p->next < p->n && sg_hashset_has(&p->used, tuple_hash(p, p->perm[p->next])))
			p->next++;
		if (p->next >= p->n)
			return -1;
		p->picked = true;
		return p->perm[p->next];
	}
	return p->perm[sg_skew_pick(&p->skew, r)];
}

/* --- per-table context ---------------------------------------------------------- */

struct ukey {
	size_t *cols;
	size_t ncols;
	const char *name;
	struct sg_hashset set;
};

/* An integer column numbered within its parent: the rest of a unique key
 * is foreign-key columns, e.g. order_items (order_id, line_no). */
struct ordinal {
	size_t col;
	size_t *fkcols;
	size_t nfk;
	struct countmap next;  /* parent tuple -> last number used */
	uint64_t pending;      /* parent of the row being made */
	int64_t pending_n;
	bool has_pending;
};

struct sg_gen_ctx {
	struct sg_db *db;
	struct sg_plan *plan;
	struct sg_plan_step *st;
	const struct sg_engine_opts *o;
	struct sg_rand r;
	struct sg_fake_row fake;
	struct sg_row row;
	struct pool *fk_pools;          /* per plan fk */
	struct pool **poly_pools;       /* per poly, per target */
	size_t *wcols;                  /* written columns, ordinal order */
	const char **wnames;
	size_t nw;
	struct ukey *ukeys;
	size_t nukeys;
	struct ordinal *ords;
	size_t nords;
	int *colgen_of;                 /* column -> index in st->cols, -1 */
	int *fk_of;                     /* column -> index in st->fks, -1 */
	bool *warned;                   /* per missing-column warning, by name hash slot */
	char **warned_names;
	size_t nwarned;
	void *gen_state;
	struct sg_table_result *res;    /* where the inserted keys go */
	int key_cols[16];               /* columns of res->key_columns */
	bool record_values;             /* keys recorded as generated (not read back) */
	int attempt;
	long long produced;
	struct sg_buf out;
	size_t out_pos;
	struct sg_error *err;
	struct timespec started, last_progress;
	bool tty;
	bool sampling;
	struct sg_check_guard *checks;  /* the table's CHECKs, NULL when none */
};

static double since(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/* --- the generator API (gen.h) ------------------------------------------------ */

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
struct sg_db *sg_gen_db(struct sg_gen_ctx *g) { return g->db; }
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

static int set_from_pool(struct sg_gen_ctx *g, struct sg_row *row, size_t fi)
{
	const struct sg_plan_fk *pf = &g->st->fks[fi];
	struct pool *p = &g->fk_pools[fi];
	long t = pool_pick(p, &g->r);

	if (t < 0) {
		if (g->sampling && pf->required) {
			for (size_t i = 0; i < pf->fk->ncols; i++)
				sg_row_sets(row, pf->cols[i], "<new>");
			return 0;
		}
		for (size_t i = 0; i < pf->fk->ncols; i++)
			sg_row_set_null(row, pf->cols[i]);
		return -1;
	}
	for (size_t i = 0; i < pf->fk->ncols; i++)
		sg_row_set(row, pf->cols[i], p->data.data + p->off[(size_t)t * p->k + i],
			   p->len[(size_t)t * p->k + i]);
	return 0;
}

int sg_gen_pick_parent(struct sg_gen_ctx *g, struct sg_row *row, int col)
{
	if (col < 0 || g->fk_of[col] < 0 || g->st->fks[g->fk_of[col]].deferred)
		return -1;
	return set_from_pool(g, row, (size_t)g->fk_of[col]);
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

/* --- rows ------------------------------------------------------------------------ */

static void fill_fks(struct sg_gen_ctx *g, struct sg_row *row)
{
	for (size_t i = 0; i < g->st->nfks; i++) {
		const struct sg_plan_fk *pf = &g->st->fks[i];
		double null_rate = g->plan->env.edge ? 0.5 : g->plan->env.null_rate;

		if (sg_row_is_set(row, pf->cols[0]))
			continue;
		if (pf->deferred || (!pf->required && sg_rand_chance(&g->r, null_rate))) {
			for (size_t j = 0; j < pf->fk->ncols; j++)
				sg_row_set_null(row, pf->cols[j]);
			continue;
		}
		set_from_pool(g, row, i);
	}
}

static void fill_poly(struct sg_gen_ctx *g, struct sg_row *row, size_t i)
{
	const struct sg_plan_poly *pp = &g->st->polys[i];
	size_t avail = 0, pick;
	long t;

	if (sg_row_is_set(row, pp->type_col) && sg_row_is_set(row, pp->id_col))
		return;
	for (size_t j = 0; j < pp->ntargets; j++)
		avail += g->poly_pools[i][j].n > 0;
	if (!avail) {
		if (g->sampling && pp->ntargets) {
			sg_row_sets(row, pp->type_col, pp->type_values[0]);
			sg_row_sets(row, pp->id_col, "<new>");
		} else {
			sg_row_set_null(row, pp->type_col);
			sg_row_set_null(row, pp->id_col);
		}
		return;
	}
	pick = sg_rand_below(&g->r, (uint32_t)avail);
	for (size_t j = 0; j < pp->ntargets; j++) {
		struct pool *p = &g->poly_pools[i][j];

		if (!p->n || pick--)
			continue;
		t = pool_pick(p, &g->r);
		sg_row_sets(row, pp->type_col, pp->type_values[j]);
		sg_row_set(row, pp->id_col, p->data.data + p->off[t], p->len[t]);
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
		if (g->st->polys[i].type_col != (size_t)type_col)
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

/* MySQL's default collations (utf8mb4_unicode_ci, ..._general_ci) compare
 * text without case, without accents and without trailing spaces, so
 * 'José' and 'jose ' are one key there. Keys are hashed in that folded
 * form so that seedgen regenerates such a row instead of the server
 * refusing the load. Folds ASCII case, Latin-1 accented letters and
 * trailing spaces; rarer equivalences fall back to the server's error. */
static uint64_t hash_folded(uint64_t h, const char *p, size_t n)
{
	static const char latin1[] = /* U+00C0..U+00FF without the accent */
		"aaaaaaaceeeeiiiidnooooo*ouuuuyts"
		"aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	char buf[256];
	size_t k = 0;

	while (n > 0 && p[n - 1] == ' ')
		n--;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		if (k == sizeof(buf)) {
			h = hash_bytes(h, buf, k) ^ 0x5A;
			k = 0;
		}
		if (c >= 'A' && c <= 'Z') {
			buf[k++] = (char)(c + 32);
		} else if ((c == 0xC3) && i + 1 < n && ((unsigned char)p[i + 1] & 0xC0) == 0x80) {
			buf[k++] = latin1[((unsigned char)p[i + 1] & 0x3F)];
			i++;
		} else {
			buf[k++] = (char)c;
		}
	}
	return hash_bytes(h, buf, k);
}

/* Hash of a unique key's values in this row; false when a part is NULL
 * (NULLs never collide). */
static bool ukey_hash(const struct sg_gen_ctx *g, const struct ukey *k, const struct sg_row *row,
		      uint64_t *h)
{
	*h = 14695981039346656037ULL;
	for (size_t i = 0; i < k->ncols; i++) {
		size_t len;
		const char *v = sg_row_get(row, k->cols[i], &len);
		enum sg_type_class cls = g->st->t->columns[k->cols[i]]->cls;

		if (!v)
			return false;
		if (g->plan->env.caps->ci_text_keys &&
		    (cls == SG_T_CHAR || cls == SG_T_VARCHAR || cls == SG_T_TEXT ||
		     cls == SG_T_ENUM || cls == SG_T_SET))
			*h = hash_folded(*h, v, len);
		else
			*h = hash_bytes(*h, v, len);
	}
	return true;
}

static void fill_ordinals(struct sg_gen_ctx *g, struct sg_row *row)
{
	for (size_t i = 0; i < g->nords; i++) {
		struct ordinal *o = &g->ords[i];
		uint64_t h = 14695981039346656037ULL;
		bool ok = !sg_row_is_set(row, o->col);

		o->has_pending = false;
		for (size_t j = 0; ok && j < o->nfk; j++) {
			size_t len;
			const char *v = sg_row_get(row, o->fkcols[j], &len);

			ok = v != NULL;
			if (ok)
				h = hash_bytes(h, v, len);
		}
		if (!ok)
			continue;
		o->pending = h;
		o->pending_n = *countmap_slot(&o->next, h) + 1;
		o->has_pending = true;
		sg_row_set_int(row, o->col, o->pending_n);
	}
}

/* Keeps the key of an accepted row (tables whose keys seedgen makes). */
static void record_key(struct sg_gen_ctx *g, const struct sg_row *row)
{
	struct sg_table_result *res = g->res;

	SG_GROW(res->values, (res->nvalues + 1) * res->nkey, res->cap_values);
	for (size_t i = 0; i < res->nkey; i++) {
		size_t len;
		const char *v = sg_row_get(row, (size_t)g->key_cols[i], &len);

		res->values[res->nvalues * res->nkey + i] = v ? sg_strndup(v, len) : NULL;
	}
	res->nvalues++;
}

/* *reject true when the row breaks one of the table's CHECKs. */
static int check_rejects(struct sg_gen_ctx *g, struct sg_row *row, bool *reject)
{
	bool ok;

	if (sg_check_guard_row(g->checks, row, &ok, g->err) < 0)
		return -1;
	*reject = !ok;
	return 0;
}

static int make_row(struct sg_gen_ctx *g)
{
	struct sg_row *row = &g->row;

	/* g->attempt counts unique-key clashes only: it widens value ranges,
	 * which would not help a row that broke a CHECK */
	g->attempt = 0;
	for (int tries = 0; tries < MAX_ATTEMPTS; tries++) {
		bool clash = false, broke = false;

		sg_row_reset(row);
		row->index = g->produced;
		sg_fake_row_reset(&g->fake, &g->r);
		if (g->st->gen && g->st->gen->row)
			g->st->gen->row(g, row);
		fill_fks(g, row);
		fill_polys(g, row);
		fill_ordinals(g, row);
		fill_generic(g, row);
		for (size_t i = 0; i < g->nukeys && !clash; i++) {
			uint64_t h;

			clash = ukey_hash(g, &g->ukeys[i], row, &h) && sg_hashset_has(&g->ukeys[i].set, h);
		}
		if (!clash && g->checks && check_rejects(g, row, &broke) < 0)
			return -1;
		for (size_t i = 0; i < g->st->nfks; i++)
			pool_settle(&g->fk_pools[i], !clash && !broke, g->attempt);
		g->attempt += clash;
		if (clash || broke)
			continue;
		for (size_t i = 0; i < g->nukeys; i++) {
			uint64_t h;

			if (ukey_hash(g, &g->ukeys[i], row, &h))
				sg_hashset_add(&g->ukeys[i].set, h);
		}
		for (size_t i = 0; i < g->nords; i++)
			if (g->ords[i].has_pending)
				*countmap_slot(&g->ords[i].next, g->ords[i].pending) = g->ords[i].pending_n;
		if (g->record_values)
			record_key(g, row);
		g->produced++;
		return 0;
	}
	sg_error_set(g->err, SG_EXIT_DB, "cannot make row %lld of '%s' unique%s after %d attempts",
		     g->produced + 1, g->st->t->name,
		     sg_check_guard_rejected(g->checks) ? " and within its CHECK constraints" : "",
		     MAX_ATTEMPTS);
	sg_error_detail(g->err, "every attempt repeated a value of a unique key that the table "
			"or this run already holds%s", sg_check_guard_rejected(g->checks)
			? ", or broke one of its CHECK constraints" : "");
	sg_error_hint(g->err, "lower --count for '%s', or widen the column's values in the config",
		      g->st->t->name);
	return -1;
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
	while (g->out.len - g->out_pos < cap && g->produced < g->st->planned) {
		if (g->out_pos) {
			memmove(g->out.data, g->out.data + g->out_pos, g->out.len - g->out_pos);
			g->out.len -= g->out_pos;
			g->out_pos = 0;
		}
		for (long long i = 0; i < batch && g->produced < g->st->planned; i++) {
			if (make_row(g) < 0)
				return -1;
			encode_row(g);
		}
		progress(g, false);
	}
	n = g->out.len - g->out_pos;
	if (n > cap)
		n = cap;
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

static void add_ukey(struct sg_gen_ctx *g, const struct sg_key *k)
{
	struct ukey *u;

	for (size_t i = 0; i < k->ncols; i++) {
		int ci = sg_table_column_index(g->st->t, k->columns[i]);

		/* A key over a column the server fills (auto-increment) is the
		 * server's to keep unique. */
		if (ci < 0 || !is_written(g->st, (size_t)ci))
			return;
	}
	g->ukeys = sg_realloc(g->ukeys, (g->nukeys + 1) * sizeof(*g->ukeys));
	u = &g->ukeys[g->nukeys++];
	memset(u, 0, sizeof(*u));
	u->name = k->name;
	u->ncols = k->ncols;
	u->cols = sg_malloc(k->ncols * sizeof(size_t));
	for (size_t i = 0; i < k->ncols; i++)
		u->cols[i] = (size_t)sg_table_column_index(g->st->t, k->columns[i]);
}

/* A key of FK columns plus one integer column that seedgen writes. */
static void add_ordinal(struct sg_gen_ctx *g, const struct sg_key *k)
{
	int free_col = -1;
	size_t nfk = 0;
	struct ordinal *o;

	for (size_t i = 0; i < k->ncols; i++) {
		int ci = sg_table_column_index(g->st->t, k->columns[i]);

		if (ci < 0)
			return;
		if (g->fk_of[ci] >= 0 && !g->st->fks[g->fk_of[ci]].deferred) {
			nfk++;
		} else if (free_col < 0 && g->colgen_of[ci] >= 0 &&
			   g->st->t->columns[ci]->cls == SG_T_INT && !g->st->cols[g->colgen_of[ci]].opts) {
			free_col = ci;
		} else {
			return;
		}
	}
	if (free_col < 0 || !nfk)
		return;
	g->ords = sg_realloc(g->ords, (g->nords + 1) * sizeof(*g->ords));
	o = &g->ords[g->nords++];
	memset(o, 0, sizeof(*o));
	o->col = (size_t)free_col;
	o->fkcols = sg_malloc(nfk * sizeof(size_t));
	for (size_t i = 0; i < k->ncols; i++) {
		int ci = sg_table_column_index(g->st->t, k->columns[i]);

		if (ci != free_col)
			o->fkcols[o->nfk++] = (size_t)ci;
	}
}

static int ordinal_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct ordinal *o = ctx;
	uint64_t h = 14695981039346656037ULL;

	for (int i = 0; i < ncols - 1; i++) {
		if (!values[i])
			return 0;
		h = hash_bytes(h, values[i], lengths[i]);
	}
	if (values[ncols - 1])
		*countmap_slot(&o->next, h) = strtoll(values[ncols - 1], NULL, 10);
	return 0;
}

/* Numbering continues after the highest number each parent already has. */
static int preload_ordinals(struct sg_gen_ctx *g, struct sg_error *err)
{
	for (size_t i = 0; i < g->nords && g->st->before > 0; i++) {
		struct ordinal *o = &g->ords[i];
		struct sg_buf sql = SG_BUF_INIT, cols = SG_BUF_INIT;
		int rc;

		for (size_t j = 0; j < o->nfk; j++) {
			if (j)
				sg_buf_adds(&cols, ", ");
			sg_db_quote_ident(g->db, &cols, g->st->t->columns[o->fkcols[j]]->name);
		}
		sg_buf_addf(&sql, "SELECT %s, MAX(", cols.data);
		sg_db_quote_ident(g->db, &sql, g->st->t->columns[o->col]->name);
		sg_buf_adds(&sql, ") FROM ");
		sg_db_quote_table(g->db, &sql, g->st->t->name);
		sg_buf_addf(&sql, " GROUP BY %s", cols.data);
		rc = sg_db_query(g->db, sql.data, ordinal_row, o, err);
		sg_buf_release(&sql);
		sg_buf_release(&cols);
		if (rc < 0)
			return -1;
	}
	return 0;
}

struct preload {
	struct sg_gen_ctx *g;
	struct ukey *u;
};

/* An existing row's key, hashed the way ukey_hash hashes a new one. */
static int ukey_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct preload *pl = ctx;
	struct sg_row *row = &pl->g->row;
	uint64_t h;

	sg_row_reset(row);
	for (int i = 0; i < ncols; i++) {
		if (!values[i])
			return 0;
		sg_row_set(row, pl->u->cols[i], values[i], lengths[i]);
	}
	if (ukey_hash(pl->g, pl->u, row, &h))
		sg_hashset_add(&pl->u->set, h);
	return 0;
}

static int preload_ukeys(struct sg_gen_ctx *g, struct sg_error *err)
{
	for (size_t i = 0; i < g->nukeys; i++) {
		struct ukey *u = &g->ukeys[i];
		struct sg_buf sql = SG_BUF_INIT;
		int rc;

		if (g->st->before == 0)
			continue;
		sg_buf_adds(&sql, "SELECT ");
		for (size_t j = 0; j < u->ncols; j++) {
			if (j)
				sg_buf_adds(&sql, ", ");
			sg_db_quote_ident(g->db, &sql, g->st->t->columns[u->cols[j]]->name);
		}
		sg_buf_adds(&sql, " FROM ");
		sg_db_quote_table(g->db, &sql, g->st->t->name);
		struct preload pl = { g, u };

		rc = sg_db_query(g->db, sql.data, ukey_row, &pl, err);
		sg_buf_release(&sql);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static int load_pools(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct sg_plan_step *st = g->st;
	const struct sg_schema *s = g->plan->schema;

	g->fk_pools = sg_calloc(st->nfks ? st->nfks : 1, sizeof(*g->fk_pools));
	for (size_t i = 0; i < st->nfks; i++) {
		const struct sg_plan_fk *pf = &st->fks[i];
		struct pool *p = &g->fk_pools[i];

		if (pf->deferred)
			continue;
		if (pool_load(g->db, p, pf->fk->ref_table, pf->fk->ref_schema, pf->fk->ref_columns,
			      pf->fk->ncols, g->plan->seed, err) < 0)
			return -1;
		sg_skew_init(&p->skew, p->n, pf->skew);
		if (pf->unique) {
			struct sg_buf sql = SG_BUF_INIT;
			int rc;

			p->unique = true;
			if (st->before == 0)
				continue;
			sg_buf_adds(&sql, "SELECT DISTINCT ");
			sg_db_quote_idents(g->db, &sql, NULL, pf->fk->columns, pf->fk->ncols);
			sg_buf_adds(&sql, " FROM ");
			sg_db_quote_table(g->db, &sql, st->t->name);
			rc = sg_db_query(g->db, sql.data, used_row, &p->used, err);
			sg_buf_release(&sql);
			if (rc < 0)
				return -1;
		}
	}
	g->poly_pools = sg_calloc(st->npolys ? st->npolys : 1, sizeof(*g->poly_pools));
	for (size_t i = 0; i < st->npolys; i++) {
		const struct sg_plan_poly *pp = &st->polys[i];

		g->poly_pools[i] = sg_calloc(pp->ntargets ? pp->ntargets : 1, sizeof(struct pool));
		for (size_t j = 0; j < pp->ntargets; j++) {
			const struct sg_table *t = pp->targets[j] >= 0 ? s->tables[pp->targets[j]] : NULL;

			if (!t || t->pk.ncols != 1)
				continue;
			if (pool_load(g->db, &g->poly_pools[i][j], t->name, NULL, t->pk.columns, 1,
				      g->plan->seed, err) < 0)
				return -1;
			sg_skew_init(&g->poly_pools[i][j].skew, g->poly_pools[i][j].n, g->plan->cfg->skew);
		}
	}
	return 0;
}

/* MAX of every sequential key column, so new keys follow the existing ones. */
static int seq_bases(struct sg_gen_ctx *g, struct sg_error *err)
{
	for (size_t i = 0; i < g->st->ncols; i++) {
		struct sg_colgen *cg = &g->st->cols[i];
		struct sg_buf sql = SG_BUF_INIT;
		char *v = NULL;
		int rc;

		if (!cg->sequential)
			continue;
		sg_buf_adds(&sql, "SELECT MAX(");
		sg_db_quote_ident(g->db, &sql, cg->c->name);
		sg_buf_adds(&sql, ") FROM ");
		sg_db_quote_table(g->db, &sql, g->st->t->name);
		rc = sg_db_query_value(g->db, sql.data, &v, err);
		sg_buf_release(&sql);
		if (rc < 0)
			return -1;
		cg->seq_base = v ? strtoll(v, NULL, 10) : 0;
		free(v);
	}
	return 0;
}

static void ctx_release(struct sg_gen_ctx *g)
{
	if (g->st && g->st->gen && g->st->gen->end && g->gen_state)
		g->st->gen->end(g);
	for (size_t i = 0; g->fk_pools && i < g->st->nfks; i++)
		pool_release(&g->fk_pools[i]);
	free(g->fk_pools);
	for (size_t i = 0; g->poly_pools && i < g->st->npolys; i++) {
		for (size_t j = 0; j < g->st->polys[i].ntargets; j++)
			pool_release(&g->poly_pools[i][j]);
		free(g->poly_pools[i]);
	}
	free(g->poly_pools);
	for (size_t i = 0; i < g->nukeys; i++) {
		free(g->ukeys[i].cols);
		sg_hashset_release(&g->ukeys[i].set);
	}
	free(g->ukeys);
	for (size_t i = 0; i < g->nords; i++) {
		free(g->ords[i].fkcols);
		free(g->ords[i].next.keys);
		free(g->ords[i].next.vals);
	}
	free(g->ords);
	free(g->wcols);
	free(g->wnames);
	free(g->colgen_of);
	free(g->fk_of);
	for (size_t i = 0; i < g->nwarned; i++)
		free(g->warned_names[i]);
	free(g->warned_names);
	sg_check_guard_close(g->checks);
	sg_row_release(&g->row);
	sg_buf_release(&g->out);
}

static int ctx_init(struct sg_gen_ctx *g, struct sg_db *db, struct sg_plan *plan,
		    struct sg_plan_step *st, const struct sg_engine_opts *o, struct sg_error *err)
{
	const struct sg_table *t = st->t;

	memset(g, 0, sizeof(*g));
	g->db = db;
	g->plan = plan;
	g->st = st;
	g->o = o;
	g->err = err;
	g->sampling = o->sample > 0;
	g->tty = isatty(STDERR_FILENO);
	sg_rand_for_table(&g->r, plan->seed, t->name);
	sg_row_init(&g->row, t);
	sg_fake_row_init(&g->fake);
	g->colgen_of = sg_malloc((t->ncols ? t->ncols : 1) * sizeof(int));
	g->fk_of = sg_malloc((t->ncols ? t->ncols : 1) * sizeof(int));
	g->wcols = sg_malloc((t->ncols ? t->ncols : 1) * sizeof(size_t));
	g->wnames = sg_malloc((t->ncols ? t->ncols : 1) * sizeof(char *));
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
	if (t->pk.ncols) {
		add_ukey(g, &t->pk);
		add_ordinal(g, &t->pk);
	}
	for (size_t i = 0; i < t->nuniques; i++) {
		add_ukey(g, t->uniques[i]);
		add_ordinal(g, t->uniques[i]);
	}
	if (load_pools(g, err) < 0 || preload_ukeys(g, err) < 0 || preload_ordinals(g, err) < 0 ||
	    seq_bases(g, err) < 0 || sg_check_guard_open(&g->checks, db, t, err) < 0)
		return -1;
	if (st->gen && st->gen->begin && st->gen->begin(g, err) < 0)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &g->started);
	g->last_progress = g->started;
	return 0;
}

/* --- deferred foreign keys ------------------------------------------------------------ */

struct keys_seen {
	struct sg_buf data;
	size_t *off, *len;
	size_t n, cap;
};

static int key_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct keys_seen *k = ctx;

	(void)ncols;
	if (!values[0])
		return 0;
	SG_GROW(k->off, k->n + 1, k->cap);
	k->len = sg_realloc(k->len, k->cap * sizeof(size_t));
	k->off[k->n] = k->data.len;
	k->len[k->n] = lengths[0];
	sg_buf_add(&k->data, values[0], lengths[0]);
	k->n++;
	return 0;
}

/* Points the rows this run inserted (their deferred column still NULL) at
 * parent rows, one UPDATE per row: cycles and self-references are rare and
 * small, and per-row statements let the server convert the literals. */
static int fill_deferred(struct sg_db *db, struct sg_plan *plan, struct sg_plan_step *st,
			 struct sg_plan_fk *pf, const struct sg_hashset *existing, long long *updated,
			 struct sg_error *err)
{
	const struct sg_table *t = st->t;
	struct pool parents = { 0 };
	struct keys_seen mine = { 0 };
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rand r;
	int rc = -1;

	if (t->pk.ncols != 1 || pf->fk->ncols != 1) {
		sg_warn("'%s'.'%s' stays NULL: filling a cycle's column needs a one-column primary "
			"key and a one-column foreign key", t->name, pf->fk->columns[0]);
		return 0;
	}
	if (pool_load(db, &parents, pf->fk->ref_table, pf->fk->ref_schema, pf->fk->ref_columns, 1,
		      plan->seed, err) < 0)
		goto out;
	sg_skew_init(&parents.skew, parents.n, pf->skew);
	/* The rows this run inserted: NULL in the column, and a key that was
	 * not in the table before the run (existing rows are never touched). */
	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(db, &sql, t->pk.columns[0]);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, t->name);
	sg_buf_adds(&sql, " WHERE ");
	sg_db_quote_ident(db, &sql, pf->fk->columns[0]);
	sg_buf_adds(&sql, " IS NULL ORDER BY ");
	sg_db_quote_ident(db, &sql, t->pk.columns[0]);
	if (sg_db_query(db, sql.data, key_row, &mine, err) < 0)
		goto out;
	sg_rand_for_table(&r, plan->seed ^ 0x646566657272ULL /* "deferr" */, t->name);
	if (sg_db_begin(db, err) < 0)
		goto out;
	for (size_t i = 0; i < mine.n; i++) {
		const char *key = mine.data.data + mine.off[i];
		long pick;
		long long n;

		if (sg_hashset_has(existing, hash_bytes(14695981039346656037ULL, key, mine.len[i])) ||
		    sg_rand_chance(&r, plan->env.null_rate))
			continue;
		/* A self-reference points only at an earlier row (in key order),
		 * so the rows form a forest, never a loop. */
		if (pf->self) {
			size_t limit = 0;

			while (limit < parents.n &&
			       !(parents.len[limit] == mine.len[i] &&
				 !memcmp(parents.data.data + parents.off[limit], key, mine.len[i])))
				limit++;
			if (limit == 0)
				continue;
			pick = (long)sg_rand_below64(&r, limit);
		} else {
			pick = pool_pick(&parents, &r);
			if (pick < 0)
				break;
		}
		sg_buf_reset(&sql);
		sg_buf_adds(&sql, "UPDATE ");
		sg_db_quote_table(db, &sql, t->name);
		sg_buf_adds(&sql, " SET ");
		sg_db_quote_ident(db, &sql, pf->fk->columns[0]);
		sg_buf_adds(&sql, " = ");
		sg_db_quote_literal(db, &sql, parents.data.data + parents.off[pick], parents.len[pick]);
		/* MySQL bumps ON UPDATE CURRENT_TIMESTAMP columns on any change;
		 * assigning them their own value keeps the seeded times (and so
		 * makes a run with the same seed reproduce). */
		for (size_t c = 0; c < t->ncols; c++) {
			if (!t->columns[c]->on_update_now)
				continue;
			sg_buf_adds(&sql, ", ");
			sg_db_quote_ident(db, &sql, t->columns[c]->name);
			sg_buf_adds(&sql, " = ");
			sg_db_quote_ident(db, &sql, t->columns[c]->name);
		}
		sg_buf_adds(&sql, " WHERE ");
		sg_db_quote_ident(db, &sql, t->pk.columns[0]);
		sg_buf_adds(&sql, " = ");
		sg_db_quote_literal(db, &sql, key, mine.len[i]);
		if (sg_db_exec_affected(db, sql.data, &n, err) < 0) {
			sg_db_rollback(db);
			goto out;
		}
		*updated += n;
	}
	if (sg_db_commit(db, err) < 0)
		goto out;
	rc = 0;
out:
	pool_release(&parents);
	sg_buf_release(&mine.data);
	free(mine.off);
	free(mine.len);
	sg_buf_release(&sql);
	return rc;
}

/* After step `done` committed: fills every deferred column whose parent
 * is now seeded. */
static int run_deferred(struct sg_db *db, struct sg_plan *plan, size_t done, struct sg_run *run,
			bool *filled, const struct sg_hashset *existing, struct sg_error *err)
{
	size_t k = 0;

	for (size_t i = 0; i <= done; i++)
		for (size_t j = 0; j < plan->steps[i].nfks; j++, k++) {
			struct sg_plan_fk *pf = &plan->steps[i].fks[j];
			bool parent_ready = pf->self || pf->parent_step < 0 ||
					    (size_t)pf->parent_step <= done;

			if (!pf->deferred || filled[k] || !parent_ready)
				continue;
			filled[k] = true;
			if (fill_deferred(db, plan, &plan->steps[i], pf, &existing[i],
					  &run->tables[i].updated, err) < 0)
				return -1;
		}
	return 0;
}

static bool has_deferred(const struct sg_plan_step *st)
{
	for (size_t i = 0; i < st->nfks; i++)
		if (st->fks[i].deferred)
			return true;
	return false;
}

/* The primary keys a table holds before the run, for a table whose
 * deferred columns will be filled by UPDATE. */
static int snapshot_keys(struct sg_db *db, const struct sg_plan_step *st, struct sg_hashset *ks,
			 struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	if (!has_deferred(st) || st->t->pk.ncols != 1 || st->before == 0)
		return 0;
	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(db, &sql, st->t->pk.columns[0]);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, st->t->name);
	rc = sg_db_query(db, sql.data, used_row, ks, err);
	sg_buf_release(&sql);
	return rc;
}

/* --- samples ---------------------------------------------------------------------------- */

static int sample_table(struct sg_gen_ctx *g, FILE *out)
{
	fprintf(out, "== %s (%lld sample rows; nothing is written)\n", g->st->t->name,
		g->o->sample);
	for (size_t i = 0; i < g->nw; i++)
		fprintf(out, "%s%s", i ? "\t" : "", g->wnames[i]);
	fputc('\n', out);
	for (long long r = 0; r < g->o->sample; r++) {
		if (make_row(g) < 0)
			return -1;
		sg_buf_reset(&g->out);
		encode_row(g);
		fputs(g->out.data, out);
	}
	fputc('\n', out);
	return 0;
}

/* --- the run ---------------------------------------------------------------------------- */

static void forget_values(struct sg_table_result *res)
{
	for (size_t i = 0; i < res->nvalues * res->nkey; i++)
		free(res->values[i]);
	res->nvalues = 0;
}

/* Which columns identify the rows a run inserts: a one-column integer
 * primary key, or the auto-increment column of a composite one (read back
 * after the load as the keys above the old maximum); else the primary key
 * as generated. Returns the integer column, or -1 when keys are recorded
 * as generated (or not at all: nkey == 0). */
static int choose_key(const struct sg_plan_step *st, struct sg_table_result *res, int *cols)
{
	const struct sg_table *t = st->t;
	int auto_col = -1;

	res->nkey = 0;
	for (size_t i = 0; i < t->pk.ncols; i++) {
		int ci = sg_table_column_index(t, t->pk.columns[i]);

		if (ci >= 0 && t->columns[ci]->cls == SG_T_INT &&
		    (t->pk.ncols == 1 || t->columns[ci]->auto_increment)) {
			auto_col = ci;
			break;
		}
	}
	if (auto_col >= 0 || (t->pk.ncols > 0 && t->pk.ncols <= 16)) {
		res->key_columns = sg_malloc((t->pk.ncols ? t->pk.ncols : 1) * sizeof(char *));
		if (auto_col >= 0) {
			res->key_columns[res->nkey] = t->columns[auto_col]->name;
			cols[res->nkey++] = auto_col;
		} else {
			for (size_t i = 0; i < t->pk.ncols; i++) {
				cols[res->nkey] = sg_table_column_index(t, t->pk.columns[i]);
				res->key_columns[res->nkey++] = t->pk.columns[i];
			}
		}
	}
	return auto_col;
}

static int range_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct sg_table_result *res = ctx;
	long long v;

	(void)ncols;
	(void)lengths;
	if (!values[0])
		return 0;
	v = strtoll(values[0], NULL, 10);
	if (res->nranges && res->ranges[res->nranges - 1].hi + 1 == v) {
		res->ranges[res->nranges - 1].hi = v;
		return 0;
	}
	SG_GROW(res->ranges, res->nranges + 1, res->cap_ranges);
	res->ranges[res->nranges].lo = res->ranges[res->nranges].hi = v;
	res->nranges++;
	return 0;
}

/* MAX(col), or 0 for an empty table. */
static int max_of(struct sg_db *db, const char *table, const char *col, long long *out,
		  struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	char *v = NULL;
	int rc;

	sg_buf_adds(&sql, "SELECT MAX(");
	sg_db_quote_ident(db, &sql, col);
	sg_buf_adds(&sql, ") FROM ");
	sg_db_quote_table(db, &sql, table);
	rc = sg_db_query_value(db, sql.data, &v, err);
	*out = v ? strtoll(v, NULL, 10) : 0;
	free(v);
	sg_buf_release(&sql);
	return rc;
}

/* The integer keys above the old maximum: the rows this run inserted
 * (seedgen assumes nobody else inserts into the table meanwhile). */
static int read_back_keys(struct sg_db *db, const struct sg_table *t, const char *col,
			  long long max_before, struct sg_table_result *res, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(db, &sql, col);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, t->name);
	sg_buf_addf(&sql, " WHERE ");
	sg_db_quote_ident(db, &sql, col);
	sg_buf_addf(&sql, " > %lld ORDER BY ", max_before);
	sg_db_quote_ident(db, &sql, col);
	rc = sg_db_query(db, sql.data, range_row, res, err);
	sg_buf_release(&sql);
	return rc;
}

static int seed_step(struct sg_db *db, struct sg_plan *plan, struct sg_plan_step *st,
		     const struct sg_engine_opts *o, struct sg_table_result *res,
		     struct sg_error *err)
{
	struct sg_gen_ctx g;
	struct timespec t0;
	long long rows = 0, max_before = 0;
	int rc = -1, int_key = -1;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	res->name = st->t->name;
	res->planned = st->planned;
	res->before = st->before;
	res->after = st->before;
	if (st->planned == 0 && o->sample <= 0 && !(st->gen && st->gen->count_note)) {
		res->committed = true;
		return 0;
	}
	if (ctx_init(&g, db, plan, st, o, err) < 0)
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
	int_key = choose_key(st, res, g.key_cols);
	g.record_values = int_key < 0 && res->nkey > 0;
	if (int_key >= 0 && max_of(db, st->t->name, st->t->columns[int_key]->name, &max_before,
				   err) < 0)
		goto out;
	if (sg_db_begin(db, err) < 0)
		goto out;
	if (sg_db_load(db, st->t->name, g.wnames, g.nw, fill, &g, &rows, err) < 0) {
		sg_db_rollback(db);
		forget_values(res);
		sg_error_detail(err, "table '%s' was rolled back: %lld of %lld rows had been generated",
				st->t->name, g.produced, st->planned);
		goto out;
	}
	if (rows != st->planned) {
		sg_db_rollback(db);
		forget_values(res);
		sg_error_set(err, SG_EXIT_DB, "loading '%s' stored %lld rows instead of %lld",
			     st->t->name, rows, st->planned);
		goto out;
	}
	if (sg_db_commit(db, err) < 0)
		goto out;
	progress(&g, true);
	if (int_key >= 0 && read_back_keys(db, st->t, st->t->columns[int_key]->name, max_before,
					   res, err) < 0)
		goto out;
	res->inserted = rows;
	res->after = st->before + rows;
	res->committed = true;
	rc = 0;
out:
	res->seconds = since(&t0);
	ctx_release(&g);
	return rc;
}

int sg_engine_run(struct sg_db *db, struct sg_plan *plan, const struct sg_engine_opts *o,
		  struct sg_run *run, struct sg_error *err)
{
	struct timespec t0;
	size_t nfk = 0;
	bool *filled;
	struct sg_hashset *existing;
	int rc = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(run, 0, sizeof(*run));
	run->tables = sg_calloc(plan->nsteps ? plan->nsteps : 1, sizeof(*run->tables));
	run->ntables = plan->nsteps;
	for (size_t i = 0; i < plan->nsteps; i++) {
		run->tables[i].name = plan->steps[i].t->name;
		run->tables[i].before = run->tables[i].after = plan->steps[i].before;
		run->tables[i].planned = plan->steps[i].planned;
		nfk += plan->steps[i].nfks;
	}
	filled = sg_calloc(nfk ? nfk : 1, sizeof(bool));
	existing = sg_calloc(plan->nsteps ? plan->nsteps : 1, sizeof(*existing));
	for (size_t i = 0; i < plan->nsteps; i++) {
		run->done = i + 1;
		if ((o->sample <= 0 && snapshot_keys(db, &plan->steps[i], &existing[i], err) < 0) ||
		    seed_step(db, plan, &plan->steps[i], o, &run->tables[i], err) < 0 ||
		    (o->sample <= 0 && run_deferred(db, plan, i, run, filled, existing, err) < 0)) {
			rc = -1;
			if (o->on_table)
				o->on_table(o->on_table_ctx, run);
			break;
		}
		if (o->on_table && o->sample <= 0)
			o->on_table(o->on_table_ctx, run);
	}
	for (size_t i = 0; i < plan->nsteps; i++)
		sg_hashset_release(&existing[i]);
	free(existing);
	free(filled);
	run->ok = rc == 0;
	run->seconds = since(&t0);
	return rc;
}

void sg_run_release(struct sg_run *run)
{
	for (size_t i = 0; i < run->ntables; i++) {
		struct sg_table_result *r = &run->tables[i];

		forget_values(r);
		free(r->values);
		free(r->ranges);
		free(r->key_columns);
	}
	free(run->tables);
	memset(run, 0, sizeof(*run));
}
