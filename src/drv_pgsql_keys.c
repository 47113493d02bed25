/*
 * PostgreSQL: the parts of the catalog that say what a key compares and
 * what a column holds (seedgen/drv_keys.h). Unique indexes: their WHERE
 * predicate, expression parts (lower(name)) and NULLS NOT DISTINCT (15+);
 * exclusion constraints with their operators; range types (int4range ...
 * tstzrange) as SG_T_RANGE; char(n) blank padding; name and "char", whose
 * lengths count bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/drv_keys.h"

struct pgk {
	struct sg_schema *s;
	struct sg_key *key;     /* key of the current group */
	char *group;            /* "table\x01index" of the current group */
};

/* %s: schema literal; %s: indnullsnotdistinct or false before 15. */
static const char sql_unique_indexes[] =
	"SELECT c.relname, ic.relname, pg_catalog.pg_get_expr(i.indpred, i.indrelid), %s,"
	" a.attname, pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true), k.ord"
	" FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
	" JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
	" JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
	" CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
	" LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid"
	"   AND a.attnum = k.attnum AND k.attnum > 0"
	" WHERE n.nspname = %s AND i.indisunique AND k.ord <= i.indnkeyatts"
	" ORDER BY c.relname, ic.relname, k.ord";

static const char sql_exclusions[] =
	"SELECT c.relname, con.conname, a.attname, o.oprname,"
	" pg_catalog.pg_get_indexdef(con.conindid, k.ord::int, true), k.ord"
	" FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
	" JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
	" CROSS JOIN LATERAL unnest(con.conkey, con.conexclop) WITH ORDINALITY AS k(attnum, op, ord)"
	" LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid"
	"   AND a.attnum = k.attnum AND k.attnum > 0"
	" JOIN pg_catalog.pg_operator o ON o.oid = k.op"
	" WHERE n.nspname = %s AND con.contype = 'x' AND con.conparentid = 0"
	" ORDER BY c.relname, con.conname, k.ord";

/* The key named v[1] of table v[0], looked up once per group of rows. */
static struct sg_key *group_key(struct pgk *st, const char *const *v, bool *first)
{
	size_t n = strlen(v[0]) + strlen(v[1]) + 2;
	char *g = sg_malloc(n);
	struct sg_table *t;

	snprintf(g, n, "%s\x01%s", v[0], v[1]);
	*first = !st->group || strcmp(st->group, g);
	if (!*first) {
		free(g);
		return st->key;
	}
	free(st->group);
	st->group = g;
	t = sg_schema_find(st->s, v[0]);
	st->key = t ? sg_table_find_key(t, v[1]) : NULL;
	return st->key;
}

/* An expression part: its text; keyform reads the column out of it. */
static void set_expr(struct sg_key *k, size_t i, const char *expr)
{
	struct sg_key_part *p = sg_key_part(k, i);

	free(p->expr);
	free(p->base);
	p->expr = sg_strdup(expr);
	p->base = NULL;
}

/* table, index, predicate, nulls not distinct, attname, part text, ord */
static int row_unique_index(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct pgk *st = ctx;
	bool first;
	struct sg_key *k = group_key(st, v, &first);
	size_t i = v[6] ? (size_t)atoi(v[6]) - 1 : 0;

	(void)ncols;
	(void)len;
	if (!k)
		return 0;
	if (first) {
		if (v[2] && !k->predicate)
			k->predicate = sg_strdup(v[2]);
		k->nulls_not_distinct = v[3] && v[3][0] == 't';
	}
	if (!v[4] && v[5] && i < k->ncols)
		set_expr(k, i, v[5]);
	return 0;
}

/* table, constraint, attname, operator, part text, ord */
static int row_exclusion(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct pgk *st = ctx;
	bool first;
	struct sg_key *k = group_key(st, v, &first);
	size_t i = v[5] ? (size_t)atoi(v[5]) - 1 : 0;
	struct sg_table *t;

	(void)ncols;
	(void)len;
	if (!k && first && (t = sg_schema_find(st->s, v[0]))) {
		k = st->key = sg_table_add_index(t, v[1]);
	}
	if (!k)
		return 0;
	k->exclusion = true;
	if (i >= k->ncols)
		sg_key_add_column(k, v[2] ? v[2] : v[4] ? v[4] : "?");
	if (i >= k->ncols)
		return 0;
	if (!v[2] && v[4])
		set_expr(k, i, v[4]);
	free(sg_key_part(k, i)->op);
	k->parts[i].op = sg_strdup(v[3] ? v[3] : "?");
	return 0;
}

/* Built-in range types and what their bounds are. */
static void range_column(struct sg_column *c)
{
	static const struct {
		const char *name;
		enum sg_type_class bound;
		int bytes;
		bool tz;
	} ranges[] = {
		{ "int4range", SG_T_INT, 4, false },  { "int8range", SG_T_INT, 8, false },
		{ "numrange", SG_T_DECIMAL, 0, false }, { "daterange", SG_T_DATE, 0, false },
		{ "tsrange", SG_T_DATETIME, 0, false }, { "tstzrange", SG_T_TIMESTAMP, 0, true },
	};

	for (size_t i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++) {
		if (strcmp(c->udt_name, ranges[i].name))
			continue;
		c->cls = SG_T_RANGE;
		c->elem_cls = ranges[i].bound;
		c->int_bytes = ranges[i].bytes;
		c->with_tz = ranges[i].tz;
		c->precision = -1;
		return;
	}
}

static void read_column_kinds(struct sg_schema *s)
{
	for (size_t i = 0; i < s->ntables; i++) {
		for (size_t j = 0; j < s->tables[i]->ncols; j++) {
			struct sg_column *c = s->tables[i]->columns[j];

			if (!c->udt_name)
				continue;
			if (c->cls == SG_T_CHAR && !strcmp(c->udt_name, "bpchar"))
				c->pad_blanks = true;
			else if (!strcmp(c->udt_name, "name") || !strcmp(c->udt_name, "char"))
				c->length_bytes = true;
			else if (c->cls == SG_T_OTHER)
				range_column(c);
		}
	}
}

/* Runs fmt with its "%s" replaced, in order, by a1 then a2. */
static int run(struct sg_db *db, const char *fmt, const char *a1, const char *a2,
	       sg_row_fn fn, struct pgk *st, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	const char *args[2] = { a1, a2 }, *p = fmt, *q;
	int rc, k = 0;

	while ((q = strstr(p, "%s")) && k < 2) {
		sg_buf_add(&sql, p, (size_t)(q - p));
		sg_buf_adds(&sql, args[k++]);
		p = q + 2;
	}
	sg_buf_adds(&sql, p);
	rc = sg_db_query(db, sql.data, fn, st, err);
	sg_buf_release(&sql);
	free(st->group);
	st->group = NULL;
	st->key = NULL;
	return rc;
}

int sg_pgsql_read_keyforms(struct sg_db *db, struct sg_schema *s, struct sg_error *err)
{
	struct pgk st = { .s = s };
	struct sg_buf lit = SG_BUF_INIT;
	char *ver = NULL;
	bool nnd;
	int rc;

	read_column_kinds(s);
	if (sg_db_query_value(db, "SELECT current_setting('server_version_num')", &ver, err) < 0)
		return -1;
	nnd = ver && atol(ver) >= 150000;
	free(ver);
	sg_db_quote_literal(db, &lit, s->schema_name ? s->schema_name : "public",
			    strlen(s->schema_name ? s->schema_name : "public"));
	rc = run(db, sql_unique_indexes, nnd ? "i.indnullsnotdistinct" : "false", lit.data,
		 row_unique_index, &st, err);
	if (rc == 0)
		rc = run(db, sql_exclusions, lit.data, NULL, row_exclusion, &st, err);
	sg_buf_release(&lit);
	return rc;
}
