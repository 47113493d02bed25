/*
 * MySQL/MariaDB: the first rows of a NOT NULL foreign-key cycle (cycle.h).
 * InnoDB checks foreign keys row by row, so FOREIGN_KEY_CHECKS is off for
 * these rows only: each goes in pointing at the next row's key when it is
 * known, else at a placeholder fixed by UPDATE once the next row has its
 * auto-increment key; checks go back on and every link is verified with a
 * join before the caller commits.
 *
 * Undo deletes such rows with FOREIGN_KEY_CHECKS off too (InnoDB would
 * refuse the first of them, still referenced by the next), and since the
 * server then checks nothing, it checks first: the rows are locked, and
 * every foreign key that references their tables, from any database, is
 * asked for rows outside the set that reference them.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/cycle.h"
#include "seedgen/db.h"
#include "seedgen/schema.h"

static int insert_row(struct sg_db *db, const struct sg_cycle_row *r, const char *link,
		      char **key, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, "INSERT INTO ");
	sg_db_quote_table(db, &sql, r->table);
	sg_buf_adds(&sql, " (");
	for (size_t c = 0; c < r->ncols; c++) {
		sg_db_quote_ident(db, &sql, r->columns[c]);
		sg_buf_adds(&sql, ", ");
	}
	if (r->key_value) {
		sg_db_quote_ident(db, &sql, r->key_column);
		sg_buf_adds(&sql, ", ");
	}
	sg_db_quote_ident(db, &sql, r->link_column);
	sg_buf_adds(&sql, ") VALUES (");
	for (size_t c = 0; c < r->ncols; c++) {
		if (r->values[c])
			sg_db_quote_literal(db, &sql, r->values[c], strlen(r->values[c]));
		else
			sg_buf_adds(&sql, "NULL");
		sg_buf_adds(&sql, ", ");
	}
	if (r->key_value) {
		sg_db_quote_literal(db, &sql, r->key_value, strlen(r->key_value));
		sg_buf_adds(&sql, ", ");
	}
	sg_db_quote_literal(db, &sql, link, strlen(link));
	sg_buf_adds(&sql, ")");
	rc = sg_db_exec(db, sql.data, err);
	sg_buf_release(&sql);
	if (rc < 0)
		return -1;
	if (r->key_value) {
		*key = sg_strdup(r->key_value);
		return 0;
	}
	return sg_db_query_value(db, "SELECT LAST_INSERT_ID()", key, err);
}

static void where_key(struct sg_db *db, struct sg_buf *sql, const char *alias,
		      const struct sg_cycle_row *r, const char *key)
{
	sg_buf_adds(sql, " WHERE ");
	if (alias)
		sg_buf_addf(sql, "%s.", alias);
	sg_db_quote_ident(db, sql, r->key_column);
	sg_buf_adds(sql, " = ");
	sg_db_quote_literal(db, sql, key, strlen(key));
}

static int link_row(struct sg_db *db, const struct sg_cycle_row *r, const char *key,
		    const char *next_key, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, "UPDATE ");
	sg_db_quote_table(db, &sql, r->table);
	sg_buf_adds(&sql, " SET ");
	sg_db_quote_ident(db, &sql, r->link_column);
	sg_buf_adds(&sql, " = ");
	sg_db_quote_literal(db, &sql, next_key, strlen(next_key));
	where_key(db, &sql, NULL, r, key);
	rc = sg_db_exec(db, sql.data, err);
	sg_buf_release(&sql);
	return rc;
}

/* The row links to a row that exists, by the server's own join. */
static int verify(struct sg_db *db, const struct sg_cycle_row *r, const struct sg_cycle_row *next,
		  const char *key, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	char *v = NULL;
	int rc;

	sg_buf_adds(&sql, "SELECT COUNT(*) FROM ");
	sg_db_quote_table(db, &sql, r->table);
	sg_buf_adds(&sql, " c JOIN ");
	sg_db_quote_table(db, &sql, next->table);
	sg_buf_adds(&sql, " p ON c.");
	sg_db_quote_ident(db, &sql, r->link_column);
	sg_buf_adds(&sql, " = p.");
	sg_db_quote_ident(db, &sql, next->key_column);
	where_key(db, &sql, "c", r, key);
	rc = sg_db_query_value(db, sql.data, &v, err);
	if (rc == 0 && (!v || strcmp(v, "1"))) {
		sg_error_set(err, SG_EXIT_DB, "the bootstrap row of '%s' does not point at the one "
			     "of '%s' after the insert", r->table, next->table);
		rc = -1;
	}
	free(v);
	sg_buf_release(&sql);
	return rc;
}

static int insert_all(struct sg_db *db, const struct sg_cycle_row *rows, size_t n, char **keys,
		      struct sg_error *err)
{
	for (size_t i = 0; i < n; i++) {
		const char *next = rows[(i + 1) % n].key_value;

		if (insert_row(db, &rows[i], next ? next : "0", &keys[i], err) < 0)
			return -1;
		if (!keys[i]) {
			sg_error_set(err, SG_EXIT_DB, "no key came back for the bootstrap row of '%s'",
				     rows[i].table);
			return -1;
		}
	}
	for (size_t i = 0; i < n; i++)
		if (!rows[(i + 1) % n].key_value &&
		    link_row(db, &rows[i], keys[i], keys[(i + 1) % n], err) < 0)
			return -1;
	return 0;
}

int sg_mysql_insert_cycle(struct sg_db *db, const struct sg_cycle_row *rows, size_t n,
			  char **keys, struct sg_error *err)
{
	struct sg_error ignore = { 0 };
	int rc;

	if (sg_db_exec(db, "SET FOREIGN_KEY_CHECKS = 0", err) < 0)
		return -1;
	rc = insert_all(db, rows, n, keys, err);
	if (sg_db_exec(db, "SET FOREIGN_KEY_CHECKS = 1", rc < 0 ? &ignore : err) < 0)
		rc = -1;
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = verify(db, &rows[i], &rows[(i + 1) % n], keys[i], err);
	return rc;
}

/* --- undo: deleting the rows together ------------------------------------- */

static const struct sg_cycle_del *del_named(const struct sg_cycle_del *dels, size_t n,
					    const char *table)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(dels[i].t->name, table))
			return &dels[i];
	return NULL;
}

/* Every foreign key, in any database, that references a table of the set:
 * one row per column (schema, table, constraint, column, referenced table,
 * referenced column, whether the child is in this database). */
static int referencing_fks(struct sg_db *db, const struct sg_cycle_del *dels, size_t n,
			   struct sg_rows *out, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, "
		    "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME, TABLE_SCHEMA = DATABASE() "
		    "FROM information_schema.KEY_COLUMN_USAGE WHERE REFERENCED_TABLE_SCHEMA = "
		    "DATABASE() AND REFERENCED_TABLE_NAME IN (");
	for (size_t i = 0; i < n; i++) {
		sg_buf_adds(&sql, i ? ", " : "");
		sg_db_quote_literal(db, &sql, dels[i].t->name, strlen(dels[i].t->name));
	}
	sg_buf_adds(&sql, ") ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION");
	rc = sg_db_query_rows(db, sql.data, out, err);
	sg_buf_release(&sql);
	return rc;
}

static bool same_fk(const struct sg_rows *fks, size_t a, size_t b)
{
	for (size_t c = 0; c < 3; c++)
		if (strcmp(sg_rows_get(fks, a, c), sg_rows_get(fks, b, c)))
			return false;
	return true;
}

/* Rows outside the set that reference the set's rows through the foreign
 * key of rows [from, to) of fks, read with locks (the latest committed
 * rows, not the transaction's snapshot). */
static int count_refs(struct sg_db *db, const struct sg_rows *fks, size_t from, size_t to,
		      const struct sg_cycle_del *dels, size_t n, long long *out,
		      struct sg_error *err)
{
	const struct sg_cycle_del *parent = del_named(dels, n, sg_rows_get(fks, from, 4));
	const struct sg_cycle_del *child = NULL;
	struct sg_buf sql = SG_BUF_INIT;
	char *v = NULL;
	int rc;

	if (!strcmp(sg_rows_get(fks, from, 6), "1"))
		child = del_named(dels, n, sg_rows_get(fks, from, 1));
	sg_buf_adds(&sql, "SELECT COUNT(*) FROM ");
	sg_db_quote_ident(db, &sql, sg_rows_get(fks, from, 0));
	sg_buf_adds(&sql, ".");
	sg_db_quote_ident(db, &sql, sg_rows_get(fks, from, 1));
	sg_buf_adds(&sql, " c WHERE (");
	for (size_t r = from; r < to; r++) {
		sg_buf_adds(&sql, r > from ? ", c." : "c.");
		sg_db_quote_ident(db, &sql, sg_rows_get(fks, r, 3));
	}
	sg_buf_adds(&sql, ") IN (SELECT ");
	for (size_t r = from; r < to; r++) {
		sg_buf_adds(&sql, r > from ? ", " : "");
		sg_db_quote_ident(db, &sql, sg_rows_get(fks, r, 5));
	}
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, parent->t->name);
	sg_buf_addf(&sql, " WHERE %s)", parent->cond);
	if (child)
		sg_buf_addf(&sql, " AND NOT %s", child->cond);
	sg_buf_adds(&sql, " LOCK IN SHARE MODE");
	rc = sg_db_query_value(db, sql.data, &v, err);
	*out = v ? strtoll(v, NULL, 10) : 0;
	free(v);
	sg_buf_release(&sql);
	return rc;
}

/* Locks the set's rows (no new row can reference them before the commit),
 * then refuses when any row outside the set references them. */
static int check_unreferenced(struct sg_db *db, const struct sg_cycle_del *dels, size_t n,
			      struct sg_error *err)
{
	struct sg_rows fks;
	int rc = 0;

	for (size_t i = 0; i < n && rc == 0; i++) {
		struct sg_buf sql = SG_BUF_INIT;
		char *v = NULL;

		sg_buf_adds(&sql, "SELECT COUNT(*) FROM ");
		sg_db_quote_table(db, &sql, dels[i].t->name);
		sg_buf_addf(&sql, " WHERE %s FOR UPDATE", dels[i].cond);
		rc = sg_db_query_value(db, sql.data, &v, err);
		free(v);
		sg_buf_release(&sql);
	}
	if (rc < 0 || referencing_fks(db, dels, n, &fks, err) < 0)
		return -1;
	for (size_t from = 0, to; rc == 0 && from < fks.n; from = to) {
		long long cnt = 0;

		for (to = from + 1; to < fks.n && same_fk(&fks, from, to); to++)
			;
		rc = count_refs(db, &fks, from, to, dels, n, &cnt, err);
		if (rc == 0 && cnt > 0)
			rc = sg_error_set(err, SG_EXIT_CHECK, "cannot delete the bootstrap rows of the "
					  "NOT NULL cycle: %lld row%s of '%s.%s' (%s) still reference%s "
					  "them", cnt, cnt == 1 ? "" : "s", sg_rows_get(&fks, from, 0),
					  sg_rows_get(&fks, from, 1), sg_rows_get(&fks, from, 3),
					  cnt == 1 ? "s" : "");
	}
	sg_rows_release(&fks);
	return rc;
}

int sg_mysql_delete_cycle(struct sg_db *db, struct sg_cycle_del *dels, size_t n,
			  struct sg_error *err)
{
	struct sg_error ignore = { 0 };
	int rc = 0;

	if (check_unreferenced(db, dels, n, err) < 0 ||
	    sg_db_exec(db, "SET FOREIGN_KEY_CHECKS = 0", err) < 0)
		return -1;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = sg_db_exec_affected(db, dels[i].sql, &dels[i].deleted, err);
	if (sg_db_exec(db, "SET FOREIGN_KEY_CHECKS = 1", rc < 0 ? &ignore : err) < 0)
		rc = -1;
	return rc;
}
