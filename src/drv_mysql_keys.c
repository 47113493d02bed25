/*
 * MySQL / MariaDB: the parts of the catalog that say what a key compares
 * and what a text column can hold (seedgen/drv_keys.h): prefix key parts
 * (UNIQUE (name(3)), STATISTICS.SUB_PART) and each text column's
 * character set (COLUMNS.CHARACTER_SET_NAME), from which the highest
 * character it holds follows (latin1, ascii, utf8mb3).
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/drv_keys.h"

static const char sql_prefixes[] =
	"SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, SUB_PART "
	"FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
	"AND SUB_PART IS NOT NULL";

static const char sql_charsets[] =
	"SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME "
	"FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
	"AND CHARACTER_SET_NAME IS NOT NULL";

/* MySQL names every primary key PRIMARY. */
static struct sg_key *find_key(struct sg_table *t, const char *name)
{
	return !strcmp(name, "PRIMARY") ? &t->pk : sg_table_find_key(t, name);
}

/* TABLE_NAME, INDEX_NAME, COLUMN_NAME, SUB_PART */
static int row_prefix(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct sg_table *t = sg_schema_find(ctx, v[0]);
	struct sg_key *k = t && v[1] ? find_key(t, v[1]) : NULL;

	(void)ncols;
	(void)len;
	for (size_t i = 0; k && v[2] && v[3] && i < k->ncols; i++)
		if (!strcmp(k->columns[i], v[2]))
			sg_key_part(k, i)->prefix = atoi(v[3]);
	return 0;
}

/* Highest code point a character set holds; 0 for any. */
static unsigned charset_limit(const char *cs)
{
	if (!strcmp(cs, "ascii"))
		return 0x7F;
	if (!strcmp(cs, "latin1"))
		return 0xFF;
	if (!strcmp(cs, "utf8mb3") || !strcmp(cs, "utf8") || !strcmp(cs, "ucs2"))
		return 0xFFFF;
	return 0;
}

/* TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME */
static int row_charset(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct sg_table *t = sg_schema_find(ctx, v[0]);
	struct sg_column *c = t ? sg_table_find_column(t, v[1]) : NULL;

	(void)ncols;
	(void)len;
	if (!c || !v[2])
		return 0;
	free(c->charset);
	c->charset = sg_strdup(v[2]);
	c->max_code_point = charset_limit(v[2]);
	return 0;
}

int sg_mysql_read_keyforms(struct sg_db *db, struct sg_schema *s, struct sg_error *err)
{
	if (sg_db_query(db, sql_prefixes, row_prefix, s, err) < 0 ||
	    sg_db_query(db, sql_charsets, row_charset, s, err) < 0)
		return -1;
	return 0;
}
