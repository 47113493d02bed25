/*
 * PostgreSQL partition bounds for the schema model (partition.h): for
 * every partitioned table of the schema with a one-column key, each
 * partition's bound as pg_get_expr() prints it ("FOR VALUES FROM ('a') TO
 * ('b')", "FOR VALUES IN (1, 2)", "DEFAULT", "FOR VALUES WITH (...)").
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/db.h"
#include "seedgen/partition.h"

/* The next bound value at *p: a quoted literal (unquoted, '' -> '), a
 * bare word or number; NULL for MINVALUE/MAXVALUE. Advances *p past it. */
static char *bound_value(const char **p)
{
	const char *s = *p;
	struct sg_buf b = SG_BUF_INIT;

	while (*s == ' ' || *s == ',' || *s == '(')
		s++;
	if (*s == '\'') {
		for (s++; *s && !(*s == '\'' && s[1] != '\''); s++) {
			if (*s == '\'')
				s++;
			sg_buf_addch(&b, *s);
		}
		if (*s)
			s++;
		while (*s && *s != ',' && *s != ')')  /* a cast after the literal */
			s++;
	} else {
		while (*s && *s != ',' && *s != ')')
			sg_buf_addch(&b, *s++);
	}
	*p = s;
	if (!strcmp(sg_buf_str(&b), "MINVALUE") || !strcmp(sg_buf_str(&b), "MAXVALUE")) {
		sg_buf_release(&b);
		return NULL;
	}
	return sg_buf_detach(&b);
}

static void add_bound(struct sg_partitioning *pt, const char *expr)
{
	const char *from = strstr(expr, "FROM ("), *to = strstr(expr, ") TO ("),
		   *in = strstr(expr, "IN (");
	struct sg_partition *part;

	if (!strcmp(expr, "DEFAULT")) {
		pt->has_default = true;
		return;
	}
	if (pt->kind == SG_PART_RANGE && from && to) {
		part = sg_partitioning_add(pt);
		from += 6;
		to += 6;
		part->lo = bound_value(&from);
		part->hi = bound_value(&to);
	} else if (pt->kind == SG_PART_LIST && in) {
		part = sg_partitioning_add(pt);
		in += 4;
		while (*in && *in != ')') {
			char *v = bound_value(&in);

			if (v)
				sg_partition_add_value(part, v);
			free(v);
			while (*in == ' ')
				in++;
			if (*in == ',')
				in++;
		}
	}
}

int sg_pgsql_read_partitions(struct sg_db *db, struct sg_schema *s, struct sg_error *err)
{
	struct sg_rows rows = { 0 };
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, "SELECT c.relname, a.attname, pt.partstrat, pg_get_expr(p.relpartbound, p.oid)"
		    " FROM pg_partitioned_table pt JOIN pg_class c ON c.oid = pt.partrelid"
		    " JOIN pg_namespace n ON n.oid = c.relnamespace"
		    " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = pt.partattrs[0]"
		    " JOIN pg_inherits i ON i.inhparent = c.oid JOIN pg_class p ON p.oid = i.inhrelid"
		    " WHERE pt.partnatts = 1 AND n.nspname = ");
	sg_db_quote_literal(db, &sql, s->schema_name ? s->schema_name : "public",
			    strlen(s->schema_name ? s->schema_name : "public"));
	sg_buf_adds(&sql, " ORDER BY c.relname, p.relname");
	rc = sg_db_query_rows(db, sql.data, &rows, err);
	for (size_t r = 0; rc == 0 && r < rows.n; r++) {
		struct sg_table *t = sg_schema_find(s, sg_rows_get(&rows, r, 0));
		const char *strat = sg_rows_get(&rows, r, 2), *bound = sg_rows_get(&rows, r, 3);
		enum sg_part_kind kind = !strcmp(strat, "r") ? SG_PART_RANGE :
					 !strcmp(strat, "l") ? SG_PART_LIST : SG_PART_HASH;

		if (t && bound)
			add_bound(sg_partitioning_of(t, sg_rows_get(&rows, r, 1), kind), bound);
	}
	sg_rows_release(&rows);
	sg_buf_release(&sql);
	return rc;
}
