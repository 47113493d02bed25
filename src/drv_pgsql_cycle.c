/*
 * PostgreSQL: the first rows of a NOT NULL foreign-key cycle (cycle.h) in
 * one INSERT statement of data-modifying CTEs. Non-deferred foreign keys
 * are checked when the statement ends, by which time every row of the
 * cycle exists. Keys the server numbers are drawn first from the column's
 * own sequence (pg_get_serial_sequence), so each row can name the next.
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
	sg_buf_adds(sql, ") RETURNING 1)");
}

int sg_pgsql_insert_cycle(struct sg_db *db, const struct sg_cycle_row *rows, size_t n,
			  struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	char *v = NULL;
	int rc;

	draw_keys(db, &sql, rows, n);
	for (size_t i = 0; i < n; i++)
		insert_cte(db, &sql, rows, n, i);
	sg_buf_adds(&sql, " SELECT 0");
	for (size_t i = 0; i < n; i++)
		sg_buf_addf(&sql, " + (SELECT count(*) FROM c%zu)", i);
	rc = sg_db_query_value(db, sql.data, &v, err);
	if (rc == 0 && (!v || strtoll(v, NULL, 10) != (long long)n)) {
		sg_error_set(err, SG_EXIT_DB, "bootstrapping the cycle through '%s' inserted %s of "
			     "%zu rows", rows[0].table, v ? v : "none", n);
		rc = -1;
	}
	free(v);
	sg_buf_release(&sql);
	return rc;
}
