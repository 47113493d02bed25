/*
 * The keys of exactly the rows a run inserted (what `seedgen undo`
 * deletes): an integer key read back as sorted ranges above the old
 * maximum, or the primary key's values recorded as they were generated;
 * before them, the key of the row that bootstrapped a NOT NULL cycle
 * (cycle.c), if the table had one.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/engine_int.h"

void sg_runkeys_forget(struct sg_table_result *res)
{
	for (size_t i = res->boot_values * res->nkey; i < res->nvalues * res->nkey; i++)
		free(res->values[i]);
	res->nvalues = res->boot_values;
	res->nranges = res->boot_ranges;
}

static void add_range(struct sg_table_result *res, long long v)
{
	/* A bootstrap key stays a range of its own: forget() cuts there. */
	if (res->nranges > res->boot_ranges && res->ranges[res->nranges - 1].hi + 1 == v) {
		res->ranges[res->nranges - 1].hi = v;
		return;
	}
	SG_GROW(res->ranges, res->nranges + 1, res->cap_ranges);
	res->ranges[res->nranges].lo = res->ranges[res->nranges].hi = v;
	res->nranges++;
}

void sg_runkeys_boot(struct sg_table_result *res, bool int_key, const char *const *tuple,
		     const char *cycle)
{
	res->boot_cycle = cycle;
	if (int_key) {
		add_range(res, strtoll(tuple[0], NULL, 10));
		res->boot_ranges = res->nranges;
		return;
	}
	SG_GROW(res->values, (res->nvalues + 1) * res->nkey, res->cap_values);
	for (size_t i = 0; i < res->nkey; i++)
		res->values[res->nvalues * res->nkey + i] = tuple[i] ? sg_strdup(tuple[i]) : NULL;
	res->boot_values = ++res->nvalues;
}

long long sg_runkeys_loaded(const struct sg_table_result *res)
{
	long long n = (long long)(res->nvalues - res->boot_values);

	for (size_t i = res->boot_ranges; i < res->nranges; i++)
		n += res->ranges[i].hi - res->ranges[i].lo + 1;
	return n;
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
	(void)ncols;
	(void)lengths;
	if (values[0])
		add_range(ctx, strtoll(values[0], NULL, 10));
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

/* The integer keys of exactly the rows the current load transaction
 * inserted (sg_db_inserted_cond: "above the old maximum" in the load's own
 * snapshot, or the driver's own-rows condition), read before the commit. */
int sg_runkeys_read_back(struct sg_db *db, const struct sg_table *t, const char *col,
			 long long max_before, struct sg_table_result *res, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	res->nranges = res->boot_ranges;
	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(db, &sql, col);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table_only(db, &sql, t);
	sg_buf_adds(&sql, " WHERE ");
	sg_db_inserted_cond(db, &sql, col, max_before);
	sg_buf_adds(&sql, " ORDER BY ");
	sg_db_quote_ident(db, &sql, col);
	rc = sg_db_query(db, sql.data, range_row, res, err);
	sg_buf_release(&sql);
	return rc;
}

void sg_run_release(struct sg_run *run)
{
	for (size_t i = 0; i < run->ntables; i++) {
		struct sg_table_result *r = &run->tables[i];

		r->boot_values = 0;
		sg_runkeys_forget(r);
		free(r->values);
		free(r->ranges);
		free(r->key_columns);
	}
	free(run->tables);
	memset(run, 0, sizeof(*run));
}
