/*
 * Generators read other tables through the engine (gen.h sg_gen_select,
 * sg_gen_read): a generator describes what it needs (columns, conditions,
 * distinct or grouped maximum, a limit) and this file builds the SELECT
 * with the connection's quoting, so no generator holds SQL of its own.
 * Each distinct read runs once per run and is kept in the run's key cache
 * (fkpool.c) until its table gets rows, so generators that need the same
 * rows share one read; each caller gets its own copy, so generators keep
 * owning what they hold.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/engine_int.h"

struct sg_readset {
	char *schema, *table;  /* schema NULL: a table of the run's schema */
	char *key;             /* the whole read, serialized */
	struct sg_rows rows;
};

static void rows_copy(struct sg_rows *dst, const struct sg_rows *src)
{
	size_t n = src->n * src->k;

	memset(dst, 0, sizeof(*dst));
	dst->n = src->n;
	dst->k = src->k;
	dst->cap = n;
	dst->off = sg_malloc((n ? n : 1) * sizeof(size_t));
	dst->len = sg_malloc((n ? n : 1) * sizeof(size_t));
	if (n) {
		memcpy(dst->off, src->off, n * sizeof(size_t));
		memcpy(dst->len, src->len, n * sizeof(size_t));
	}
	sg_buf_add(&dst->data, src->data.data ? src->data.data : "", src->data.len);
}

/* The read as a string: equal strings, equal reads. */
static char *read_key(const struct sg_read *q)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_addf(&b, "%s\x1e%s\x1e%d\x1e%zu", q->schema ? q->schema : "", q->table,
		    (int)q->shape, q->limit);
	for (size_t i = 0; i < q->ncols; i++)
		sg_buf_addf(&b, "\x1e%s", q->cols[i]);
	for (size_t i = 0; i < q->nwhere; i++)
		sg_buf_addf(&b, "\x1d%s\x1f%d\x1f%s", q->where[i].col, (int)q->where[i].test,
			    q->where[i].text ? q->where[i].text : "");
	return sg_buf_detach(&b);
}

/* Which of q's columns (and condition columns) a table outside the run's
 * schema has, asked of the server's catalog: has[i] for cols[i], then
 * has[ncols + j] for where[j]. Error when the server has no such table. */
static int foreign_columns(struct sg_gen_ctx *g, const struct sg_read *q, bool *has,
			   struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rows cols;
	int rc;

	sg_buf_adds(&sql, "SELECT column_name FROM information_schema.columns WHERE table_schema = ");
	sg_db_quote_literal(g->db, &sql, q->schema, strlen(q->schema));
	sg_buf_adds(&sql, " AND table_name = ");
	sg_db_quote_literal(g->db, &sql, q->table, strlen(q->table));
	rc = sg_db_query_rows(g->db, sql.data, &cols, err);
	sg_buf_release(&sql);
	if (rc < 0)
		return -1;
	if (!cols.n) {
		sg_error_set(err, SG_EXIT_USAGE, "generator for '%s' reads '%s'.'%s', which the "
			     "server lacks", g->st->t->name, q->schema, q->table);
		return -1;
	}
	for (size_t i = 0; i < q->ncols + q->nwhere; i++) {
		const char *want = i < q->ncols ? q->cols[i] : q->where[i - q->ncols].col;

		has[i] = false;
		for (size_t r = 0; r < cols.n && !has[i]; r++)
			has[i] = sg_rows_get(&cols, r, 0) && !strcmp(sg_rows_get(&cols, r, 0), want);
	}
	sg_rows_release(&cols);
	return 0;
}

static void add_where(struct sg_gen_ctx *g, struct sg_buf *sql, const struct sg_read *q,
		      const bool *has)
{
	const char *sep = " WHERE ";

	for (size_t i = 0; i < q->nwhere; i++) {
		const struct sg_read_where *w = &q->where[i];

		if (!has[q->ncols + i]) {
			/* A missing column reads as NULL: IS NULL holds, the rest never. */
			if (w->test != SG_READ_IS_NULL) {
				sg_buf_addf(sql, "%s1 = 0", sep);
				sep = " AND ";
			}
			continue;
		}
		sg_buf_adds(sql, sep);
		sep = " AND ";
		sg_db_quote_ident(g->db, sql, w->col);
		if (w->test == SG_READ_NOT_NULL) {
			sg_buf_adds(sql, " IS NOT NULL");
		} else if (w->test == SG_READ_IS_NULL) {
			sg_buf_adds(sql, " IS NULL");
		} else {
			/* '!' escapes: backslash means different things per server mode */
			struct sg_buf pat = SG_BUF_INIT;

			sg_buf_addch(&pat, '%');
			for (const char *p = w->text; *p; p++) {
				if (*p == '%' || *p == '_' || *p == '!')
					sg_buf_addch(&pat, '!');
				sg_buf_addch(&pat, *p);
			}
			sg_buf_addch(&pat, '%');
			sg_buf_adds(sql, " LIKE ");
			sg_db_quote_literal(g->db, sql, pat.data, pat.len);
			sg_buf_adds(sql, " ESCAPE '!'");
			sg_buf_release(&pat);
		}
	}
}

static int read_rows(struct sg_gen_ctx *g, const struct sg_read *q, const bool *has,
		     struct sg_rows *out, struct sg_error *err)
{
	size_t nkey = q->shape == SG_READ_MAX ? q->ncols - 1 : q->ncols;
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, q->shape == SG_READ_DISTINCT ? "SELECT DISTINCT " : "SELECT ");
	for (size_t i = 0; i < q->ncols; i++) {
		bool agg = q->shape == SG_READ_MAX && i == nkey && has[i];

		if (i)
			sg_buf_adds(&sql, ", ");
		if (agg)
			sg_buf_adds(&sql, "MAX(");
		if (has[i])
			sg_db_quote_ident(g->db, &sql, q->cols[i]);
		else
			sg_buf_adds(&sql, "NULL");
		if (agg)
			sg_buf_addch(&sql, ')');
	}
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table_in(g->db, &sql, q->schema, q->table);
	add_where(g, &sql, q, has);
	if (q->shape == SG_READ_MAX) {
		sg_buf_adds(&sql, " GROUP BY ");
		for (size_t i = 0; i < nkey; i++)
			sg_buf_addf(&sql, "%s%zu", i ? ", " : "", i + 1);
	}
	sg_buf_adds(&sql, " ORDER BY ");
	for (size_t i = 0; i < nkey; i++)
		sg_buf_addf(&sql, "%s%zu", i ? ", " : "", i + 1);
	if (q->limit)
		sg_buf_addf(&sql, " LIMIT %zu", q->limit);
	rc = sg_db_query_rows(g->db, sql.data, out, err);
	sg_buf_release(&sql);
	return rc;
}

/* The columns q names that exist: from the run's schema, or the server's
 * catalog for a table outside it. */
static int columns_of(struct sg_gen_ctx *g, const struct sg_read *q, bool *has,
		      struct sg_error *err)
{
	const struct sg_table *t;

	if (q->schema)
		return foreign_columns(g, q, has, err);
	t = sg_schema_find(g->plan->schema, q->table);
	if (!t) {
		sg_error_set(err, SG_EXIT_USAGE, "generator for '%s' reads table '%s', which the "
			     "schema lacks", g->st->t->name, q->table);
		return -1;
	}
	for (size_t i = 0; i < q->ncols + q->nwhere; i++)
		has[i] = sg_table_find_column(t, i < q->ncols ? q->cols[i]
						   : q->where[i - q->ncols].col) != NULL;
	return 0;
}

int sg_gen_select(struct sg_gen_ctx *g, const struct sg_read *q, struct sg_rows *out,
		  struct sg_error *err)
{
	struct sg_keycache *c = g->cache;
	struct sg_readset *rs;
	char *key;
	bool *has;

	memset(out, 0, sizeof(*out));
	if (!q->ncols || (q->shape == SG_READ_MAX && q->ncols < 2)) {
		sg_error_set(err, SG_EXIT_USAGE, "generator for '%s' reads '%s' with too few "
			     "columns", g->st->t->name, q->table);
		return -1;
	}
	key = read_key(q);
	for (size_t i = 0; i < c->nreads; i++)
		if (!strcmp(c->readsets[i]->key, key)) {
			free(key);
			rows_copy(out, &c->readsets[i]->rows);
			return 0;
		}
	has = sg_malloc((q->ncols + q->nwhere) * sizeof(*has));
	rs = sg_calloc(1, sizeof(*rs));
	c->reads_done++;
	if (columns_of(g, q, has, err) < 0 || read_rows(g, q, has, &rs->rows, err) < 0) {
		free(has);
		free(key);
		free(rs);
		return -1;
	}
	free(has);
	rs->schema = q->schema ? sg_strdup(q->schema) : NULL;
	rs->table = sg_strdup(q->table);
	rs->key = key;
	SG_GROW(c->readsets, c->nreads + 1, c->cap_reads);
	c->readsets[c->nreads++] = rs;
	rows_copy(out, &rs->rows);
	return 0;
}

int sg_gen_read(struct sg_gen_ctx *g, const char *table, const char *const *cols, size_t ncols,
		struct sg_rows *out, struct sg_error *err)
{
	const struct sg_table *t = sg_schema_find(g->plan->schema, table);
	struct sg_read_where first = { ncols ? cols[0] : "", SG_READ_NOT_NULL, NULL };
	struct sg_read q = { NULL, table, cols, ncols, &first, 1, SG_READ_ROWS, 0 };

	if (!t || !ncols || !sg_table_find_column(t, cols[0])) {
		memset(out, 0, sizeof(*out));
		sg_error_set(err, SG_EXIT_USAGE, "generator for '%s' reads '%s'.'%s', which the "
			     "schema lacks", g->st->t->name, table, ncols ? cols[0] : "");
		return -1;
	}
	return sg_gen_select(g, &q, out, err);
}

static void readset_free(struct sg_readset *rs)
{
	sg_rows_release(&rs->rows);
	free(rs->schema);
	free(rs->table);
	free(rs->key);
	free(rs);
}

void sg_readcache_forget(struct sg_keycache *c, const char *table)
{
	size_t j = 0;

	for (size_t i = 0; i < c->nreads; i++) {
		if (!table || (!c->readsets[i]->schema && !strcmp(c->readsets[i]->table, table)))
			readset_free(c->readsets[i]);
		else
			c->readsets[j++] = c->readsets[i];
	}
	c->nreads = j;
	if (!table) {
		free(c->readsets);
		c->readsets = NULL;
		c->cap_reads = 0;
	}
}
