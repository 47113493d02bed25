/*
 * Unique keys and per-parent numbering for the table being seeded. Every
 * unique key seedgen writes (PK included) keeps a set of the hashes of the
 * values it holds, existing rows first, so a row that would repeat one is
 * made again. A key of foreign-key columns plus one integer column
 * (order_items (order_id, line_no)) is numbered 1, 2, 3... within each
 * parent, after the numbers it already has, and never beyond what the
 * column holds: a parent whose numbers ran out is not picked again.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/engine_int.h"

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
			h = sg_hash_bytes(h, buf, k) ^ 0x5A;
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
	return sg_hash_bytes(h, buf, k);
}

/* Text kinds that the server's default collation compares folded. */
static bool folds(const struct sg_gen_ctx *g, size_t col)
{
	enum sg_type_class cls = g->st->t->columns[col]->cls;

	return g->plan->env.caps->ci_text_keys &&
	       (cls == SG_T_CHAR || cls == SG_T_VARCHAR || cls == SG_T_TEXT ||
		cls == SG_T_ENUM || cls == SG_T_SET);
}

bool sg_uniq_hash(const struct sg_gen_ctx *g, const size_t *cols, size_t ncols,
		  const struct sg_row *row, uint64_t *h)
{
	*h = SG_HASH_INIT;
	for (size_t i = 0; i < ncols; i++) {
		size_t len;
		const char *v = sg_row_get(row, cols[i], &len);

		if (!v)
			return false;
		if (folds(g, cols[i]))
			*h = hash_folded(*h, v, len);
		else
			*h = sg_hash_bytes(*h, v, len);
	}
	return true;
}

static bool is_written(const struct sg_plan_step *st, size_t col)
{
	for (size_t i = 0; i < st->nskips; i++)
		if (st->skips[i].col == col)
			return false;
	return true;
}

/* A key as the server compares it (keyform.h): partial, expression,
 * prefix and generated-column keys and exclusion constraints included. */
static void add_ukey(struct sg_gen_ctx *g, const struct sg_key *k)
{
	struct sg_keyform kf;
	struct ukey *u;

	sg_keyform_init(&kf, g->st->t, k);
	for (size_t i = 0; i < kf.nparts && kf.usable; i++)
		/* A key over a column the server fills (auto-increment) is the
		 * server's to keep unique. */
		kf.usable = is_written(g->st, kf.parts[i].col);
	if (!kf.usable) {
		sg_keyform_release(&kf);
		return;
	}
	g->ukeys = sg_realloc(g->ukeys, (g->nukeys + 1) * sizeof(*g->ukeys));
	u = &g->ukeys[g->nukeys++];
	memset(u, 0, sizeof(*u));
	u->name = k->name;
	u->form = kf;
	u->ncols = kf.nparts;
	u->cols = sg_malloc(kf.nparts * sizeof(size_t));
	for (size_t i = 0; i < kf.nparts; i++)
		u->cols[i] = kf.parts[i].col;
}

static const char *row_value(void *ctx, size_t col, size_t *len)
{
	return sg_row_get(ctx, col, len);
}

/* Hash of the row's key as the server compares it; false when the row
 * cannot collide (outside a partial index, or a NULL part). */
static bool ukey_hash(const struct sg_gen_ctx *g, struct ukey *u, const struct sg_row *row,
		      uint64_t *h)
{
	void *ctx = (void *)(uintptr_t)row;

	if (!sg_keyform_in_index(&u->form, row_value, ctx))
		return false;
	*h = SG_HASH_INIT;
	for (size_t i = 0; i < u->form.nparts; i++) {
		if (!sg_keyform_value(&u->form, i, row_value, ctx, &u->scratch))
			return false;
		if (folds(g, u->cols[i]))
			*h = hash_folded(*h, u->scratch.data, u->scratch.len);
		else
			*h = sg_hash_bytes(*h, u->scratch.data, u->scratch.len);
	}
	return true;
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
	sg_plan_ordinal_range(&g->st->cols[g->colgen_of[free_col]], &o->min, &o->max);
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
	uint64_t h = SG_HASH_INIT;

	for (int i = 0; i < ncols - 1; i++) {
		if (!values[i])
			return 0;
		h = sg_hash_bytes(h, values[i], lengths[i]);
	}
	if (values[ncols - 1])
		*sg_countmap_slot(&o->next, h) = strtoll(values[ncols - 1], NULL, 10);
	return 0;
}

/* Numbering continues after the highest number each parent already has. */
static int preload_ordinals(struct sg_gen_ctx *g, struct sg_error *err)
{
	for (size_t i = 0; i < g->nords && g->st->before + g->st->bootstrap_rows > 0; i++) {
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
	for (int i = 0; i < ncols; i++)
		if (values[i])
			sg_row_set(row, pl->u->form.reads[i], values[i], lengths[i]);
	if (ukey_hash(pl->g, pl->u, row, &h))
		sg_hashset_add(&pl->u->set, h);
	return 0;
}

static int preload_ukeys(struct sg_gen_ctx *g, struct sg_error *err)
{
	for (size_t i = 0; i < g->nukeys && g->st->before + g->st->bootstrap_rows > 0; i++) {
		struct ukey *u = &g->ukeys[i];
		struct sg_buf sql = SG_BUF_INIT;
		struct preload pl = { g, u };
		int rc;

		sg_buf_adds(&sql, "SELECT ");
		for (size_t j = 0; j < u->form.nreads; j++) {
			if (j)
				sg_buf_adds(&sql, ", ");
			sg_db_quote_ident(g->db, &sql, g->st->t->columns[u->form.reads[j]]->name);
		}
		sg_buf_adds(&sql, " FROM ");
		sg_db_quote_table(g->db, &sql, g->st->t->name);
		rc = sg_db_query(g->db, sql.data, ukey_row, &pl, err);
		sg_buf_release(&sql);
		if (rc < 0)
			return -1;
	}
	return 0;
}

int sg_uniq_init(struct sg_gen_ctx *g, struct sg_error *err)
{
	const struct sg_table *t = g->st->t;

	if (t->pk.ncols) {
		add_ukey(g, &t->pk);
		add_ordinal(g, &t->pk);
	}
	for (size_t i = 0; i < t->nuniques; i++) {
		add_ukey(g, t->uniques[i]);
		add_ordinal(g, t->uniques[i]);
	}
	for (size_t i = 0; i < t->nindexes; i++)
		if (t->indexes[i]->unique || t->indexes[i]->exclusion)
			add_ukey(g, t->indexes[i]);
	return preload_ukeys(g, err) < 0 || preload_ordinals(g, err) < 0 ? -1 : 0;
}

bool sg_uniq_number(struct sg_gen_ctx *g, struct sg_row *row)
{
	for (size_t i = 0; i < g->nords; i++) {
		struct ordinal *o = &g->ords[i];
		uint64_t h = SG_HASH_INIT;
		bool ok = !sg_row_is_set(row, o->col);

		o->has_pending = false;
		for (size_t j = 0; ok && j < o->nfk; j++) {
			size_t len;
			const char *v = sg_row_get(row, o->fkcols[j], &len);

			ok = v != NULL;
			if (ok)
				h = sg_hash_bytes(h, v, len);
		}
		if (!ok)
			continue;
		o->pending = h;
		o->pending_n = *sg_countmap_slot(&o->next, h) + 1;
		if (o->pending_n < o->min)
			o->pending_n = o->min;
		if (o->pending_n > o->max) {
			g->numbers_out = true;
			return false;
		}
		o->has_pending = true;
		sg_row_set_int(row, o->col, o->pending_n);
	}
	return true;
}

bool sg_uniq_clash(struct sg_gen_ctx *g, const struct sg_row *row)
{
	for (size_t i = 0; i < g->nukeys; i++) {
		uint64_t h;

		if (ukey_hash(g, &g->ukeys[i], row, &h) && sg_hashset_has(&g->ukeys[i].set, h))
			return true;
	}
	return false;
}

/* A free value of a one-column key, searched from a random start. */
static bool sweep_key(struct sg_gen_ctx *g, struct ukey *u, struct sg_row *row)
{
	size_t col = u->cols[0];
	const struct sg_colgen *cg = g->colgen_of[col] >= 0 ? &g->st->cols[g->colgen_of[col]] : NULL;
	const struct sg_column *c = g->st->t->columns[col];
	long long lo, span;
	uint64_t h;

	if (!cg || cg->opts)
		return false;
	if (c->cls == SG_T_INT) {
		lo = cg->p.hard_lo;  /* the type's and the CHECK's limits */
		span = cg->p.hard_hi - lo + 1;
	} else if (c->cls == SG_T_ENUM) {
		lo = 0;
		span = (long long)c->n_enum;
	} else {
		return false;
	}
	if (span <= 0 || span > (1LL << 22))
		return false;
	for (long long k = 0, start = (long long)sg_rand_below64(&g->r, (uint64_t)span); k < span;
	     k++) {
		long long v = (start + k) % span;

		if (c->cls == SG_T_INT)
			sg_row_set_int(row, col, lo + v);
		else
			sg_row_sets(row, col, c->enum_values[v]);
		if (ukey_hash(g, u, row, &h) && !sg_hashset_has(&u->set, h))
			return true;
	}
	return false;
}

bool sg_uniq_sweep(struct sg_gen_ctx *g, struct sg_row *row)
{
	for (size_t i = 0; i < g->nukeys; i++) {
		struct ukey *u = &g->ukeys[i];
		uint64_t h;

		if (u->ncols != 1 || !ukey_hash(g, u, row, &h) ||
		    !sg_hashset_has(&u->set, h))
			continue;
		if (!sweep_key(g, u, row))
			return false;
	}
	return true;
}

void sg_uniq_commit(struct sg_gen_ctx *g, const struct sg_row *row)
{
	for (size_t i = 0; i < g->nukeys; i++) {
		uint64_t h;

		if (ukey_hash(g, &g->ukeys[i], row, &h))
			sg_hashset_add(&g->ukeys[i].set, h);
	}
	for (size_t i = 0; i < g->nords; i++)
		if (g->ords[i].has_pending)
			*sg_countmap_slot(&g->ords[i].next, g->ords[i].pending) = g->ords[i].pending_n;
}

void sg_uniq_forget(struct sg_gen_ctx *g, const struct sg_row *row)
{
	for (size_t i = 0; i < g->nukeys; i++) {
		uint64_t h;

		if (ukey_hash(g, &g->ukeys[i], row, &h))
			sg_hashset_remove(&g->ukeys[i].set, h);
	}
}

void sg_uniq_release(struct sg_gen_ctx *g)
{
	for (size_t i = 0; i < g->nukeys; i++) {
		free(g->ukeys[i].cols);
		sg_hashset_release(&g->ukeys[i].set);
		sg_keyform_release(&g->ukeys[i].form);
		sg_buf_release(&g->ukeys[i].scratch);
	}
	free(g->ukeys);
	for (size_t i = 0; i < g->nords; i++) {
		free(g->ords[i].fkcols);
		sg_countmap_release(&g->ords[i].next);
	}
	free(g->ords);
	g->ukeys = NULL;
	g->ords = NULL;
	g->nukeys = g->nords = 0;
}
