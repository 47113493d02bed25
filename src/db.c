/*
 * The generic database layer: picks a driver from the URL's scheme, owns
 * the connection object and transactions, and offers the small conveniences
 * (single values, row counts, quoting) that the rest of seedgen uses. SQL
 * dialect differences live in the drivers.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/db.h"

/* The URL's dialect (data, from its scheme) -> the driver that speaks it. */
static const struct sg_driver *const drivers[] = { &sg_drv_mysql, &sg_drv_pgsql };

static const struct sg_driver *driver_for(enum sg_dialect d)
{
	for (size_t i = 0; i < sizeof(drivers) / sizeof(drivers[0]); i++)
		if (drivers[i]->caps == sg_caps_of(d))
			return drivers[i];
	return NULL;
}

int sg_db_open(struct sg_db *db, const char *url, const char *schema_name,
	       struct sg_error *err)
{
	memset(db, 0, sizeof(*db));
	if (sg_url_parse(url, &db->url, err) < 0)
		return -1;
	db->drv = driver_for(db->url.dialect);
	db->caps = db->drv->caps;
	if (schema_name) {
		if (!db->caps->schemas) {
			sg_error_set(err, SG_EXIT_USAGE,
				     "--schema '%s' applies to PostgreSQL only; a MySQL "
				     "database is named in the URL", schema_name);
			sg_url_release(&db->url);
			return -1;
		}
		db->schema_name = sg_strdup(schema_name);
	}
	if (db->drv->connect(db, err) < 0) {
		sg_db_close(db);
		return -1;
	}
	/* safety (issue 11): a lock held elsewhere fails, never hangs */
	if (db->drv->set_lock_timeout &&
	    db->drv->set_lock_timeout(db, sg_db_lock_timeout(), err) < 0) {
		sg_db_close(db);
		return -1;
	}
	return 0;
}

void sg_db_close(struct sg_db *db)
{
	if (db->drv && db->handle)
		db->drv->disconnect(db);
	db->handle = NULL;
	sg_url_release(&db->url);
	free(db->schema_name);
	memset(db, 0, sizeof(*db));
}

int sg_db_introspect(struct sg_db *db, struct sg_schema *out, struct sg_error *err)
{
	if (db->drv->introspect(db, out, err) < 0) {
		sg_db_after_error(db, err);
		return -1;
	}
	sg_schema_infer_fks(out);
	return 0;
}

int sg_db_exec_affected(struct sg_db *db, const char *sql, long long *affected,
			struct sg_error *err)
{
	if (db->drv->exec(db, sql, affected, err) < 0) {
		sg_db_after_error(db, err);
		return -1;
	}
	return 0;
}

int sg_db_exec(struct sg_db *db, const char *sql, struct sg_error *err)
{
	return sg_db_exec_affected(db, sql, NULL, err);
}

int sg_db_query(struct sg_db *db, const char *sql, sg_row_fn fn, void *ctx,
		struct sg_error *err)
{
	if (db->drv->query(db, sql, fn, ctx, err) < 0) {
		sg_db_after_error(db, err);
		return -1;
	}
	return 0;
}

struct first_value {
	char *value;
	bool seen;
};

static int take_first(void *ctx, int ncols, const char *const *values,
		      const size_t *lengths)
{
	struct first_value *fv = ctx;

	if (ncols > 0 && values[0])
		fv->value = sg_strndup(values[0], lengths[0]);
	fv->seen = true;
	return 1;
}

int sg_db_query_value(struct sg_db *db, const char *sql, char **out,
		      struct sg_error *err)
{
	struct first_value fv = { NULL, false };

	*out = NULL;
	if (sg_db_query(db, sql, take_first, &fv, err) < 0) {
		free(fv.value);
		return -1;
	}
	*out = fv.value;
	return 0;
}

static int keep_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct sg_rows *r = ctx;
	size_t cap = r->cap;

	r->k = (size_t)ncols;
	SG_GROW(r->off, (r->n + 1) * r->k, r->cap);
	if (r->cap != cap)
		r->len = sg_realloc(r->len, r->cap * sizeof(*r->len));
	for (size_t i = 0; i < r->k; i++) {
		size_t j = r->n * r->k + i;

		r->off[j] = values[i] ? r->data.len : SIZE_MAX;
		r->len[j] = values[i] ? lengths[i] : 0;
		if (values[i]) {
			sg_buf_add(&r->data, values[i], lengths[i]);
			sg_buf_addch(&r->data, '\0');
		}
	}
	r->n++;
	return 0;
}

int sg_db_query_rows(struct sg_db *db, const char *sql, struct sg_rows *out,
		     struct sg_error *err)
{
	memset(out, 0, sizeof(*out));
	if (sg_db_query(db, sql, keep_row, out, err) < 0) {
		sg_rows_release(out);
		return -1;
	}
	return 0;
}

const char *sg_rows_get(const struct sg_rows *r, size_t row, size_t col)
{
	size_t o;

	if (row >= r->n || col >= r->k)
		return NULL;
	o = r->off[row * r->k + col];
	return o == SIZE_MAX ? NULL : r->data.data + o;
}

size_t sg_rows_len(const struct sg_rows *r, size_t row, size_t col)
{
	if (row >= r->n || col >= r->k)
		return 0;
	return r->len[row * r->k + col];
}

void sg_rows_release(struct sg_rows *r)
{
	sg_buf_release(&r->data);
	free(r->off);
	free(r->len);
	memset(r, 0, sizeof(*r));
}

void sg_db_quote_ident(const struct sg_db *db, struct sg_buf *out, const char *ident)
{
	db->drv->quote_ident(out, ident);
}

void sg_db_quote_idents(const struct sg_db *db, struct sg_buf *out, const char *alias,
			char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sg_buf_adds(out, ", ");
		if (alias)
			sg_buf_addf(out, "%s.", alias);
		db->drv->quote_ident(out, names[i]);
	}
}

void sg_db_quote_literal(struct sg_db *db, struct sg_buf *out, const char *s, size_t len)
{
	db->drv->quote_literal(db, out, s, len);
}

void sg_db_same(struct sg_db *db, struct sg_buf *out, enum sg_type_class cls,
		const char *col_sql, const char *lit_sql)
{
	if (cls == SG_T_JSON && lit_sql) {
		db->drv->json_same(db, out, col_sql, lit_sql);
		return;
	}
	sg_buf_adds(out, col_sql);
	sg_buf_adds(out, db->caps->null_safe_eq);
	sg_buf_adds(out, lit_sql ? lit_sql : "NULL");
}

void sg_db_quote_table(const struct sg_db *db, struct sg_buf *out, const char *table)
{
	if (db->schema_name && strcmp(db->schema_name, "public")) {
		db->drv->quote_ident(out, db->schema_name);
		sg_buf_addch(out, '.');
	}
	db->drv->quote_ident(out, table);
}

void sg_db_quote_table_in(const struct sg_db *db, struct sg_buf *out, const char *schema,
			  const char *table)
{
	if (!schema) {
		sg_db_quote_table(db, out, table);
		return;
	}
	db->drv->quote_ident(out, schema);
	sg_buf_addch(out, '.');
	db->drv->quote_ident(out, table);
}

int sg_db_count_rows(struct sg_db *db, const char *table, long long *out,
		     struct sg_error *err)
{
	return sg_db_count_rows_in(db, NULL, table, out, err);
}

int sg_db_count_rows_in(struct sg_db *db, const char *schema, const char *table,
			long long *out, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	char *v = NULL;
	int rc;

	sg_buf_adds(&sql, "SELECT COUNT(*) FROM ");
	sg_db_quote_table_in(db, &sql, schema, table);
	rc = sg_db_query_value(db, sql.data, &v, err);
	sg_buf_release(&sql);
	*out = (rc == 0 && v) ? strtoll(v, NULL, 10) : 0;
	free(v);
	return rc;
}

int sg_db_begin(struct sg_db *db, struct sg_error *err)
{
	if (db->drv->exec(db, db->caps->begin_sql, NULL, err) < 0)
		return -1;
	db->in_tx = true;
	return 0;
}

int sg_db_commit(struct sg_db *db, struct sg_error *err)
{
	int rc = db->drv->exec(db, "COMMIT", NULL, err);

	db->in_tx = false;
	return rc;
}

int sg_db_rollback(struct sg_db *db)
{
	struct sg_error ignored = { 0 };

	if (!db->in_tx)
		return 0;
	db->in_tx = false;
	return db->drv->exec(db, "ROLLBACK", NULL, &ignored);
}

void sg_db_copy_escape(struct sg_buf *out, const char *s, size_t len)
{
	if (!s) {
		sg_buf_add(out, "\\N", 2);
		return;
	}
	sg_buf_grow(out, len + 8);
	for (size_t i = 0; i < len; i++) {
		char c = s[i];

		switch (c) {
		case '\\': sg_buf_add(out, "\\\\", 2); break;
		case '\t': sg_buf_add(out, "\\t", 2); break;
		case '\n': sg_buf_add(out, "\\n", 2); break;
		case '\r': sg_buf_add(out, "\\r", 2); break;
		default: sg_buf_addch(out, c); break;
		}
	}
}

/* --- multi-row INSERT fallback -------------------------------------------- */

struct insert_state {
	struct sg_db *db;
	struct sg_buf head;    /* INSERT INTO t (cols) VALUES */
	struct sg_buf stmt;
	struct sg_buf field;   /* the current value, unescaped */
	size_t ncols, col;
	bool field_null, in_escape;
	long long rows, stmt_rows;
	size_t limit;
};

static void insert_field_end(struct insert_state *st)
{
	sg_buf_adds(&st->stmt, st->col == 0 ? (st->stmt_rows ? ",(" : "(") : ",");
	if (st->field_null)
		sg_buf_adds(&st->stmt, "NULL");
	else
		st->db->drv->quote_literal(st->db, &st->stmt, sg_buf_str(&st->field), st->field.len);
	sg_buf_reset(&st->field);
	st->field_null = false;
	st->col++;
}

static int insert_flush(struct insert_state *st, struct sg_error *err)
{
	long long affected = 0;

	if (!st->stmt_rows)
		return 0;
	if (st->db->drv->exec(st->db, st->stmt.data, &affected, err) < 0)
		return -1;
	st->rows += st->stmt_rows;
	st->stmt_rows = 0;
	sg_buf_reset(&st->stmt);
	sg_buf_add(&st->stmt, st->head.data, st->head.len);
	return 0;
}

/* Decodes the text format byte by byte into quoted literals. */
static int insert_feed(struct insert_state *st, const char *p, size_t n, struct sg_error *err)
{
	for (size_t i = 0; i < n; i++) {
		char c = p[i];

		if (st->in_escape) {
			st->in_escape = false;
			switch (c) {
			case 'N': st->field_null = true; break;
			case 't': sg_buf_addch(&st->field, '\t'); break;
			case 'n': sg_buf_addch(&st->field, '\n'); break;
			case 'r': sg_buf_addch(&st->field, '\r'); break;
			default: sg_buf_addch(&st->field, c); break;
			}
		} else if (c == '\\') {
			st->in_escape = true;
		} else if (c == '\t') {
			insert_field_end(st);
		} else if (c == '\n') {
			insert_field_end(st);
			sg_buf_addch(&st->stmt, ')');
			st->col = 0;
			st->stmt_rows++;
			if (st->stmt.len >= st->limit && insert_flush(st, err) < 0)
				return -1;
		} else {
			sg_buf_addch(&st->field, c);
		}
	}
	return 0;
}

static int load_insert(struct sg_db *db, const char *table, const char *const *columns,
		       size_t ncols, sg_fill_fn fill, void *ctx, long long *rows,
		       struct sg_error *err);

int sg_db_load(struct sg_db *db, const char *table, const char *const *columns,
	       size_t ncols, sg_fill_fn fill, void *ctx, long long *rows,
	       struct sg_error *err)
{
	int rc;

	*rows = 0;
	rc = 1;
	if (db->drv->bulk_load)
		rc = db->drv->bulk_load(db, table, columns, ncols, fill, ctx, rows, err);
	if (rc == 1)   /* no fast path on this server */
		rc = load_insert(db, table, columns, ncols, fill, ctx, rows, err);
	if (rc < 0)
		sg_db_after_error(db, err);
	return rc;
}

static int load_insert(struct sg_db *db, const char *table, const char *const *columns,
		       size_t ncols, sg_fill_fn fill, void *ctx, long long *rows,
		       struct sg_error *err)
{
	struct insert_state st = { 0 };
	char chunk[65536];
	size_t max;
	long n;
	int rc = -1;

	*rows = 0;
	st.db = db;
	st.ncols = ncols;
	max = db->drv->max_statement ? db->drv->max_statement(db) : 0;
	/* Stay well under the server's packet limit: one row may overshoot. */
	st.limit = max ? max / 4 : 4u << 20;
	if (st.limit > (4u << 20))
		st.limit = 4u << 20;
	sg_buf_adds(&st.head, "INSERT INTO ");
	sg_db_quote_table(db, &st.head, table);
	sg_buf_adds(&st.head, " (");
	for (size_t i = 0; i < ncols; i++) {
		if (i)
			sg_buf_adds(&st.head, ", ");
		db->drv->quote_ident(&st.head, columns[i]);
	}
	sg_buf_adds(&st.head, ") VALUES ");
	sg_buf_add(&st.stmt, st.head.data, st.head.len);
	while ((n = fill(ctx, chunk, sizeof(chunk), err)) > 0)
		if (insert_feed(&st, chunk, (size_t)n, err) < 0)
			goto out;
	if (n < 0 || insert_flush(&st, err) < 0)
		goto out;
	*rows = st.rows;
	rc = 0;
out:
	sg_buf_release(&st.head);
	sg_buf_release(&st.stmt);
	sg_buf_release(&st.field);
	return rc;
}
