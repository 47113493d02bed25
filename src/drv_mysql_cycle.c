/*
 * MySQL/MariaDB: the first rows of a NOT NULL foreign-key cycle (cycle.h).
 * InnoDB checks foreign keys row by row, so FOREIGN_KEY_CHECKS is off for
 * these rows only: each goes in pointing at the next row's key when it is
 * known, else at a placeholder fixed by UPDATE once the next row has its
 * auto-increment key; checks go back on and every link is verified with a
 * join before the caller commits.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/cycle.h"
#include "seedgen/db.h"

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
			  struct sg_error *err)
{
	char **keys = sg_calloc(n, sizeof(char *));
	struct sg_error ignore = { 0 };
	int rc;

	if (sg_db_exec(db, "SET FOREIGN_KEY_CHECKS = 0", err) < 0) {
		free(keys);
		return -1;
	}
	rc = insert_all(db, rows, n, keys, err);
	if (sg_db_exec(db, "SET FOREIGN_KEY_CHECKS = 1", rc < 0 ? &ignore : err) < 0)
		rc = -1;
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = verify(db, &rows[i], &rows[(i + 1) % n], keys[i], err);
	for (size_t i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
	return rc;
}
