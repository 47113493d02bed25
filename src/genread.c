/*
 * Generators read other tables through the engine (gen.h sg_gen_read):
 * one SELECT per table and column list per run, kept in the run's key
 * cache (fkpool.c) until the table gets rows, so generators and foreign
 * keys that need the same rows share one read. Each caller gets its own
 * copy, so generators keep owning what they hold.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/engine_int.h"

struct sg_readset {
	char *table, *cols;   /* cols: names joined by '\x1f' */
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

static int read_rows(struct sg_gen_ctx *g, const struct sg_table *t, const char *const *cols,
		     size_t ncols, struct sg_rows *out, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, "SELECT ");
	for (size_t i = 0; i < ncols; i++) {
		if (i)
			sg_buf_adds(&sql, ", ");
		if (sg_table_find_column(t, cols[i]))
			sg_db_quote_ident(g->db, &sql, cols[i]);
		else
			sg_buf_adds(&sql, "NULL");
	}
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(g->db, &sql, t->name);
	sg_buf_adds(&sql, " WHERE ");
	sg_db_quote_ident(g->db, &sql, cols[0]);
	sg_buf_adds(&sql, " IS NOT NULL ORDER BY ");
	for (size_t i = 0; i < ncols; i++)
		sg_buf_addf(&sql, "%s%zu", i ? ", " : "", i + 1);
	rc = sg_db_query_rows(g->db, sql.data, out, err);
	sg_buf_release(&sql);
	return rc;
}

int sg_gen_read(struct sg_gen_ctx *g, const char *table, const char *const *cols, size_t ncols,
		struct sg_rows *out, struct sg_error *err)
{
	const struct sg_table *t = sg_schema_find(g->plan->schema, table);
	struct sg_keycache *c = g->cache;
	struct sg_buf name = SG_BUF_INIT;
	struct sg_readset *rs;

	memset(out, 0, sizeof(*out));
	if (!t || !ncols || !sg_table_find_column(t, cols[0])) {
		sg_error_set(err, SG_EXIT_USAGE, "generator for '%s' reads '%s'.'%s', which the "
			     "schema lacks", g->st->t->name, table, ncols ? cols[0] : "");
		return -1;
	}
	for (size_t i = 0; i < ncols; i++)
		sg_buf_addf(&name, "%s%s", i ? "\x1f" : "", cols[i]);
	for (size_t i = 0; i < c->nreads; i++)
		if (!strcmp(c->readsets[i]->table, table) && !strcmp(c->readsets[i]->cols, name.data)) {
			sg_buf_release(&name);
			rows_copy(out, &c->readsets[i]->rows);
			return 0;
		}
	rs = sg_calloc(1, sizeof(*rs));
	c->reads_done++;
	if (read_rows(g, t, cols, ncols, &rs->rows, err) < 0) {
		sg_buf_release(&name);
		free(rs);
		return -1;
	}
	rs->table = sg_strdup(table);
	rs->cols = sg_buf_detach(&name);
	SG_GROW(c->readsets, c->nreads + 1, c->cap_reads);
	c->readsets[c->nreads++] = rs;
	rows_copy(out, &rs->rows);
	return 0;
}

static void readset_free(struct sg_readset *rs)
{
	sg_rows_release(&rs->rows);
	free(rs->table);
	free(rs->cols);
	free(rs);
}

void sg_readcache_forget(struct sg_keycache *c, const char *table)
{
	size_t j = 0;

	for (size_t i = 0; i < c->nreads; i++) {
		if (!table || !strcmp(c->readsets[i]->table, table))
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
