/*
 * PostgreSQL: the first rows of a NOT NULL foreign-key cycle (cycle.h) in
 * one INSERT statement of data-modifying CTEs. Non-deferred foreign keys
 * are checked when the statement ends, by which time every row of the
 * cycle exists. Keys the server numbers are drawn first from the column's
 * own sequence (pg_get_serial_sequence), so each row can name the next.
 * Undo deletes such rows the same way: its DELETE statements as the CTEs of
 * one statement, at whose end foreign keys (NO ACTION and RESTRICT alike)
 * are checked.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/cycle.h"
#include "seedgen/db.h"

/* The key of row i as an expression: its literal, or its drawn number. */
static void key_expr(struct sg_db *db, struct sg_buf *sql, const struct sg_cycle_row *r, size_t i)
{
	if (r->key_value)
		sg_db_quote_literal(db, sql, r->key_value, strlen(r->key_value));
	else
		sg_buf_addf(sql, "(SELECT k%zu FROM k)", i);
}

static void draw_keys(struct sg_db *db, struct sg_buf *sql, const struct sg_cycle_row *rows,
		      size_t n)
{
	struct sg_buf name = SG_BUF_INIT;
	bool any = false;

	sg_buf_adds(sql, "WITH k AS (SELECT ");
	for (size_t i = 0; i < n; i++) {
		if (rows[i].key_value)
			continue;
		sg_buf_reset(&name);
		sg_db_quote_table(db, &name, rows[i].table);
		sg_buf_adds(sql, any ? ", nextval(pg_get_serial_sequence(" : "nextval(pg_get_serial_sequence(");
		sg_db_quote_literal(db, sql, name.data, name.len);
		sg_buf_adds(sql, ", ");
		sg_db_quote_literal(db, sql, rows[i].key_column, strlen(rows[i].key_column));
		sg_buf_addf(sql, ")) AS k%zu", i);
		any = true;
	}
	if (!any)
		sg_buf_adds(sql, "1 AS none");
	sg_buf_adds(sql, ")");
	sg_buf_release(&name);
}

static void insert_cte(struct sg_db *db, struct sg_buf *sql, const struct sg_cycle_row *rows,
		       size_t n, size_t i)
{
	const struct sg_cycle_row *r = &rows[i];

	sg_buf_addf(sql, ", c%zu AS (INSERT INTO ", i);
	sg_db_quote_table(db, sql, r->table);
	sg_buf_adds(sql, " (");
	for (size_t c = 0; c < r->ncols; c++) {
		sg_db_quote_ident(db, sql, r->columns[c]);
		sg_buf_adds(sql, ", ");
	}
	sg_db_quote_ident(db, sql, r->key_column);
	sg_buf_adds(sql, ", ");
	sg_db_quote_ident(db, sql, r->link_column);
	sg_buf_adds(sql, r->key_always ? ") OVERRIDING SYSTEM VALUE VALUES (" : ") VALUES (");
	for (size_t c = 0; c < r->ncols; c++) {
		if (r->values[c])
			sg_db_quote_literal(db, sql, r->values[c], strlen(r->values[c]));
		else
			sg_buf_adds(sql, "NULL");
		sg_buf_adds(sql, ", ");
	}
	key_expr(db, sql, r, i);
	sg_buf_adds(sql, ", ");
	key_expr(db, sql, &rows[(i + 1) % n], (i + 1) % n);
	/* The key as stored, whatever a trigger made of it. */
	sg_buf_adds(sql, ") RETURNING (");
	sg_db_quote_ident(db, sql, r->key_column);
	sg_buf_adds(sql, ")::text AS k)");
}

int sg_pgsql_insert_cycle(struct sg_db *db, const struct sg_cycle_row *rows, size_t n,
			  char **keys, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rows got;
	size_t stored = 0;
	int rc;

	draw_keys(db, &sql, rows, n);
	for (size_t i = 0; i < n; i++)
		insert_cte(db, &sql, rows, n, i);
	sg_buf_adds(&sql, " SELECT ");
	for (size_t i = 0; i < n; i++)
		sg_buf_addf(&sql, "%s(SELECT k FROM c%zu)", i ? ", " : "", i);
	rc = sg_db_query_rows(db, sql.data, &got, err);
	sg_buf_release(&sql);
	if (rc < 0)
		return -1;
	for (size_t i = 0; i < n && got.n == 1; i++) {
		const char *k = sg_rows_get(&got, 0, i);

		keys[i] = k ? sg_strdup(k) : NULL;
		stored += k != NULL;
	}
	sg_rows_release(&got);
	if (stored != n)
		return sg_error_set(err, SG_EXIT_DB, "bootstrapping the cycle through '%s' inserted "
				    "%zu of %zu rows", rows[0].table, stored, n);
	return 0;
}

int sg_pgsql_delete_cycle(struct sg_db *db, struct sg_cycle_del *dels, size_t n,
			  struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rows got;
	int rc;

	for (size_t i = 0; i < n; i++)
		sg_buf_addf(&sql, "%sd%zu AS (%s RETURNING 1)", i ? ", " : "WITH ", i, dels[i].sql);
	sg_buf_adds(&sql, " SELECT ");
	for (size_t i = 0; i < n; i++)
		sg_buf_addf(&sql, "%s(SELECT count(*) FROM d%zu)", i ? ", " : "", i);
	rc = sg_db_query_rows(db, sql.data, &got, err);
	sg_buf_release(&sql);
	/* foreign_key_violation, restrict_violation: referenced by rows that stay */
	if (rc < 0 && (strstr(err->msg, "SQLSTATE 23503") || strstr(err->msg, "SQLSTATE 23001")))
		err->code = SG_EXIT_CHECK;
	if (rc < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const char *v = sg_rows_get(&got, 0, i);

		dels[i].deleted = v ? strtoll(v, NULL, 10) : 0;
	}
	sg_rows_release(&got);
	return 0;
}
