/*
 * The keys of exactly the rows a run inserted (what `seedgen undo`
 * deletes): an integer key read back as sorted ranges above the old
 * maximum, or the primary key's values recorded as they were generated.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/engine_int.h"

void sg_runkeys_forget(struct sg_table_result *res)
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
int sg_runkeys_choose(const struct sg_plan_step *st, struct sg_table_result *res, int *cols)
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
		free(res->key_columns);
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

void sg_runkeys_record(struct sg_table_result *res, const int *cols, const struct sg_row *row)
{
	SG_GROW(res->values, (res->nvalues + 1) * res->nkey, res->cap_values);
	for (size_t i = 0; i < res->nkey; i++) {
		size_t len;
		const char *v = sg_row_get(row, (size_t)cols[i], &len);

		res->values[res->nvalues * res->nkey + i] = v ? sg_strndup(v, len) : NULL;
	}
	res->nvalues++;
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

int sg_runkeys_max(struct sg_db *db, const char *table, const char *col, long long *out,
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
int sg_runkeys_read_back(struct sg_db *db, const struct sg_table *t, const char *col,
			 long long max_before, struct sg_table_result *res, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	res->nranges = 0;
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

void sg_run_release(struct sg_run *run)
{
	for (size_t i = 0; i < run->ntables; i++) {
		struct sg_table_result *r = &run->tables[i];

		sg_runkeys_forget(r);
		free(r->values);
		free(r->ranges);
		free(r->key_columns);
	}
	free(run->tables);
	memset(run, 0, sizeof(*run));
}
