/*
 * MySQL/MariaDB partition bounds for the schema model (partition.h), from
 * information_schema.PARTITIONS: RANGE and LIST over one column or over
 * YEAR(column), and their COLUMNS forms over one column. A range's low
 * end is the previous partition's VALUES LESS THAN.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/db.h"
#include "seedgen/partition.h"

/* "`col`" or "year(`col`)" -> col (by_year set); NULL for other keys. */
static char *key_column(const char *expr, bool *by_year)
{
	const char *s = expr;
	struct sg_buf b = SG_BUF_INIT;

	*by_year = false;
	if (!strncasecmp(s, "year(", 5)) {
		*by_year = true;
		s += 5;
	}
	if (*s == '`')
		s++;
	while (*s && *s != '`' && *s != ')' && *s != ',')
		sg_buf_addch(&b, *s++);
	if (*s == '`')
		s++;
	if (*by_year && *s == ')')
		s++;
	if (*s || !b.len) {
		sg_buf_release(&b);
		return NULL;
	}
	return sg_buf_detach(&b);
}

/* The comma-separated values of a description, quotes taken off. */
static void add_values(struct sg_partition *part, const char *desc)
{
	const char *s = desc;

	while (*s) {
		struct sg_buf b = SG_BUF_INIT;

		while (*s == ' ' || *s == ',')
			s++;
		if (*s == '\'') {
			for (s++; *s && !(*s == '\'' && s[1] != '\''); s++) {
				if (*s == '\'')
					s++;
				sg_buf_addch(&b, *s);
			}
			if (*s)
				s++;
		} else {
			while (*s && *s != ',')
				sg_buf_addch(&b, *s++);
		}
		if (b.len && strcmp(sg_buf_str(&b), "NULL"))
			sg_partition_add_value(part, sg_buf_str(&b));
		sg_buf_release(&b);
	}
}

static void add_partition(struct sg_table *t, const char *method, const char *expr,
			  const char *desc, char **prev_hi)
{
	bool by_year, range = !strncmp(method, "RANGE", 5), list = !strncmp(method, "LIST", 4);
	char *col = key_column(expr, &by_year);
	struct sg_partitioning *pt;
	struct sg_partition *part;

	if (!col || (!range && !list) || (t->partitioning && strcmp(t->partitioning->column, col))) {
		free(col);
		return;
	}
	pt = sg_partitioning_of(t, col, range ? SG_PART_RANGE : SG_PART_LIST);
	pt->by_year = by_year;
	part = sg_partitioning_add(pt);
	if (range) {
		struct sg_partition tmp = { 0 };

		add_values(&tmp, desc);
		part->lo = *prev_hi ? sg_strdup(*prev_hi) : NULL;
		part->hi = tmp.nvalues && strcmp(tmp.values[0], "MAXVALUE") ? sg_strdup(tmp.values[0]) : NULL;
		free(*prev_hi);
		*prev_hi = part->hi ? sg_strdup(part->hi) : NULL;
		for (size_t i = 0; i < tmp.nvalues; i++)
			free(tmp.values[i]);
		free(tmp.values);
	} else {
		add_values(part, desc);
	}
	free(col);
}

int sg_mysql_read_partitions(struct sg_db *db, struct sg_schema *s, struct sg_error *err)
{
	struct sg_rows rows = { 0 };
	char *prev_hi = NULL;
	const char *prev_table = "";
	int rc;

	rc = sg_db_query_rows(db, "SELECT TABLE_NAME, PARTITION_METHOD, PARTITION_EXPRESSION,"
			      " PARTITION_DESCRIPTION FROM information_schema.PARTITIONS"
			      " WHERE TABLE_SCHEMA = DATABASE() AND PARTITION_NAME IS NOT NULL"
			      " AND SUBPARTITION_NAME IS NULL"
			      " ORDER BY TABLE_NAME, PARTITION_ORDINAL_POSITION", &rows, err);
	for (size_t r = 0; rc == 0 && r < rows.n; r++) {
		const char *name = sg_rows_get(&rows, r, 0);
		struct sg_table *t = sg_schema_find(s, name);

		if (strcmp(name, prev_table)) {
			free(prev_hi);
			prev_hi = NULL;
			prev_table = name;
		}
		if (t && sg_rows_get(&rows, r, 1) && sg_rows_get(&rows, r, 2) && sg_rows_get(&rows, r, 3))
			add_partition(t, sg_rows_get(&rows, r, 1), sg_rows_get(&rows, r, 2),
				      sg_rows_get(&rows, r, 3), &prev_hi);
	}
	free(prev_hi);
	sg_rows_release(&rows);
	return rc;
}
