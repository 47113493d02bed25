/*
 * PostgreSQL introspection: reads one schema's tables, columns, types
 * (domains, enums, arrays), keys, foreign keys, checks and indexes from
 * pg_catalog into the schema model with a handful of set-based queries
 * (never one per table). The connection code is in drv_pgsql.c; both use
 * libpq, nothing else in seedgen does.
 *
 * Needs PostgreSQL 11 or newer (relispartition, conparentid, indnkeyatts);
 * generated columns are read from 12 on.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "seedgen/db.h"
#include "seedgen/drv_keys.h"
#include "seedgen/partition.h"
#include "drv_pgsql_int.h"

static PGconn *conn_of(const struct sg_db *db)
{
	return db->handle;
}

struct pgtype {
	unsigned oid;
	char *name;       /* typname */
	char *nsp;        /* schema of the type */
	char typtype;     /* b base, e enum, d domain, c composite, r range ... */
	char category;    /* typcategory; 'A' for arrays */
	unsigned base;    /* domain: typbasetype */
	int typmod;       /* domain: typtypmod of the base type */
	bool notnull;     /* domain: NOT NULL */
	unsigned elem;    /* array: element type */
	char *def;        /* domain: default expression */
	char **enums;     /* enum: labels in enumsortorder */
	size_t nenums;
	char **checks;    /* domain: CHECK constraints */
	size_t nchecks;
};

struct reltab {
	unsigned oid;
	struct sg_table *t;
};

struct intro {
	struct sg_db *db;
	const char *schema;
	struct sg_error *err;
	struct reltab *tabs;
	size_t ntabs;
	struct pgtype *types;
	size_t ntypes;
};

/* The schema's base tables: ordinary and partitioned, not partitions. */
#define TABS_CTE                                                              \
	"tabs AS (SELECT c.oid FROM pg_catalog.pg_class c"                    \
	" JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"           \
	" WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')"                   \
	" AND NOT c.relispartition)"

/* Every type the columns use, plus (recursively) domains' base types and
 * arrays' element types. */
#define TYPES_CTE                                                             \
	"ty(oid) AS (SELECT a.atttypid FROM pg_catalog.pg_attribute a"        \
	" JOIN tabs ON tabs.oid = a.attrelid"                                 \
	" WHERE a.attnum > 0 AND NOT a.attisdropped"                          \
	" UNION SELECT x.oid FROM ty JOIN pg_catalog.pg_type t ON t.oid = ty.oid" \
	" CROSS JOIN LATERAL (VALUES (t.typbasetype),"                        \
	" (CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE 0 END)) x(oid)"  \
	" WHERE x.oid <> 0)"

static const char SQL_TABLES[] =
	"WITH " TABS_CTE
	" SELECT c.oid, c.relname, c.relkind = 'p',"
	" pg_catalog.obj_description(c.oid, 'pg_class')"
	" FROM tabs JOIN pg_catalog.pg_class c ON c.oid = tabs.oid ORDER BY c.oid";

static const char SQL_TYPES[] =
	"WITH RECURSIVE " TABS_CTE ", " TYPES_CTE
	" SELECT t.oid, t.typname, n.nspname, t.typtype, t.typcategory,"
	" t.typbasetype, t.typtypmod, t.typnotnull,"
	" CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE 0 END, t.typdefault"
	" FROM ty JOIN pg_catalog.pg_type t ON t.oid = ty.oid"
	" JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace ORDER BY t.oid";

static const char SQL_ENUMS[] =
	"WITH RECURSIVE " TABS_CTE ", " TYPES_CTE
	" SELECT e.enumtypid, e.enumlabel FROM pg_catalog.pg_enum e"
	" WHERE e.enumtypid IN (SELECT oid FROM ty)"
	" ORDER BY e.enumtypid, e.enumsortorder";

static const char SQL_DOMAIN_CHECKS[] =
	"WITH RECURSIVE " TABS_CTE ", " TYPES_CTE
	" SELECT con.contypid, pg_catalog.pg_get_constraintdef(con.oid, true)"
	" FROM pg_catalog.pg_constraint con"
	" WHERE con.contype = 'c' AND con.contypid IN (SELECT oid FROM ty)"
	" ORDER BY con.contypid, con.conname";

/* %s: attgenerated, or '' before PostgreSQL 12. */
static const char SQL_COLUMNS[] =
	"WITH " TABS_CTE
	" SELECT a.attrelid, a.attname,"
	" pg_catalog.format_type(a.atttypid, a.atttypmod), a.atttypid, a.atttypmod,"
	" a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity,"
	" %s, pg_catalog.col_description(a.attrelid, a.attnum)"
	" FROM pg_catalog.pg_attribute a JOIN tabs ON tabs.oid = a.attrelid"
	" LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
	" WHERE a.attnum > 0 AND NOT a.attisdropped"
	" ORDER BY a.attrelid, a.attnum";

/* One row per key column of every primary key, unique constraint and
 * foreign key, in conkey order. conparentid <> 0 rows are the clones that
 * PostgreSQL adds for partitions (and for FKs onto a partitioned table). */
static const char SQL_KEYS[] =
	"WITH " TABS_CTE
	" SELECT con.conrelid, con.oid, con.conname, con.contype, a.attname,"
	" fa.attname, fc.relname, fn.nspname, con.confdeltype, con.confupdtype"
	" FROM pg_catalog.pg_constraint con JOIN tabs ON tabs.oid = con.conrelid"
	" CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY"
	"   AS k(attnum, refnum, ord)"
	" JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum"
	" LEFT JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid"
	"   AND fa.attnum = k.refnum"
	" LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid"
	" LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace"
	" WHERE con.contype IN ('p', 'u', 'f') AND con.conparentid = 0"
	" ORDER BY con.conrelid, con.conname, con.oid, k.ord";

static const char SQL_CHECKS[] =
	"WITH " TABS_CTE
	" SELECT con.conrelid, con.conname, pg_catalog.pg_get_constraintdef(con.oid, true),"
	" CASE WHEN cardinality(con.conkey) = 1 THEN a.attname END"
	" FROM pg_catalog.pg_constraint con JOIN tabs ON tabs.oid = con.conrelid"
	" LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid"
	"   AND a.attnum = con.conkey[1]"
	" WHERE con.contype = 'c'"
	" ORDER BY con.conrelid, con.conname";

/* Indexes that back no primary key or unique constraint (those come from
 * pg_constraint), one row per key column (INCLUDE columns left out). For
 * an expression column attname is NULL and the last field holds the
 * expression's text. */
static const char SQL_INDEXES[] =
	"WITH " TABS_CTE
	" SELECT i.indrelid, i.indexrelid, ic.relname, i.indisunique,"
	" i.indpred IS NOT NULL, a.attname,"
	" pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true)"
	" FROM pg_catalog.pg_index i JOIN tabs ON tabs.oid = i.indrelid"
	" JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
	" CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
	" LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid"
	"   AND a.attnum = k.attnum AND k.attnum > 0"
	" WHERE NOT i.indisprimary AND k.ord <= i.indnkeyatts"
	" AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con"
	"   WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid"
	"   AND con.contype IN ('p', 'u'))"
	" ORDER BY i.indrelid, ic.relname, i.indexrelid, k.ord";

static PGresult *intro_query(struct intro *in, const char *sql, const char *what)
{
	const char *params[1] = { in->schema };
	PGresult *res = PQexecParams(conn_of(in->db), sql, 1, NULL, params, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		sg_pg_error(in->db, res, NULL, in->err, "cannot read %s of schema '%s'", what,
			 in->schema);
		PQclear(res);
		return NULL;
	}
	return res;
}

static const char *val(const PGresult *res, int r, int c)
{
	return PQgetisnull(res, r, c) ? NULL : PQgetvalue(res, r, c);
}

static unsigned oid_val(const PGresult *res, int r, int c)
{
	return (unsigned)strtoul(PQgetvalue(res, r, c), NULL, 10);
}

static bool bool_val(const PGresult *res, int r, int c)
{
	return PQgetvalue(res, r, c)[0] == 't';
}

static int cmp_reltab(const void *k, const void *e)
{
	unsigned a = *(const unsigned *)k, b = ((const struct reltab *)e)->oid;

	return a < b ? -1 : a > b;
}

static int cmp_type(const void *k, const void *e)
{
	unsigned a = *(const unsigned *)k, b = ((const struct pgtype *)e)->oid;

	return a < b ? -1 : a > b;
}

/* Both arrays come from queries ordered by oid. */
static struct sg_table *find_table(const struct intro *in, unsigned oid)
{
	struct reltab *r = bsearch(&oid, in->tabs, in->ntabs, sizeof(*in->tabs), cmp_reltab);

	return r ? r->t : NULL;
}

static struct pgtype *find_type(const struct intro *in, unsigned oid)
{
	return bsearch(&oid, in->types, in->ntypes, sizeof(*in->types), cmp_type);
}

static void add_column_check(struct sg_column *col, const char *expr)
{
	if (!col->check) {
		col->check = sg_strdup(expr);
	} else {
		struct sg_buf b = SG_BUF_INIT;

		sg_buf_addf(&b, "%s; %s", col->check, expr);
		free(col->check);
		col->check = sg_buf_detach(&b);
	}
}

/* Type modifier of varchar(n)/char(n) and numeric(p,s) carries a 4-byte
 * header length (VARHDRSZ); those of bit(n) and of the time kinds do not. */
#define VARHDRSZ 4

static enum sg_type_class builtin_class(const char *name, int typmod,
					struct sg_column *col)
{
	static const struct {
		const char *name;
		enum sg_type_class cls;
		int bytes;
	} simple[] = {
		{ "int2", SG_T_INT, 2 },      { "int4", SG_T_INT, 4 },
		{ "int8", SG_T_INT, 8 },      { "bool", SG_T_BOOL, 0 },
		{ "float4", SG_T_FLOAT, 0 },  { "float8", SG_T_DOUBLE, 0 },
		{ "text", SG_T_TEXT, 0 },     { "json", SG_T_JSON, 0 },
		{ "jsonb", SG_T_JSON, 0 },    { "date", SG_T_DATE, 0 },
		{ "uuid", SG_T_UUID, 0 },     { "bytea", SG_T_BINARY, 0 },
	};

	for (size_t i = 0; i < sizeof(simple) / sizeof(simple[0]); i++) {
		if (strcmp(name, simple[i].name))
			continue;
		col->int_bytes = simple[i].bytes;
		return simple[i].cls;
	}
	if (!strcmp(name, "numeric")) {
		if (typmod >= VARHDRSZ) {
			int tm = typmod - VARHDRSZ;

			col->precision = (tm >> 16) & 0xffff;
			/* 11 bits, signed since PostgreSQL 15 allows scale < 0 */
			col->scale = ((tm & 0x7ff) ^ 1024) - 1024;
		} else {
			col->precision = 0;
			col->scale = 0;
		}
		return SG_T_DECIMAL;
	}
	if (!strcmp(name, "varchar") || !strcmp(name, "bpchar")) {
		col->length = typmod >= VARHDRSZ ? typmod - VARHDRSZ : 0;
		return name[0] == 'v' ? SG_T_VARCHAR : SG_T_CHAR;
	}
	if (!strcmp(name, "char")) { /* the one-byte "char" type */
		col->length = 1;
		return SG_T_CHAR;
	}
	if (!strcmp(name, "name")) {
		col->length = 63;
		return SG_T_VARCHAR;
	}
	if (!strcmp(name, "bit") || !strcmp(name, "varbit")) {
		col->length = typmod > 0 ? typmod : (name[0] == 'b' ? 1 : 0);
		return SG_T_BIT;
	}
	if (!strcmp(name, "time") || !strcmp(name, "timetz")) {
		col->precision = typmod >= 0 ? typmod : -1;
		col->with_tz = name[4] == 't';
		return SG_T_TIME;
	}
	if (!strcmp(name, "timestamp") || !strcmp(name, "timestamptz")) {
		col->precision = typmod >= 0 ? typmod : -1;
		col->with_tz = name[9] == 't';
		return col->with_tz ? SG_T_TIMESTAMP : SG_T_DATETIME;
	}
	return SG_T_OTHER;
}

/* Class of type oid (with modifier typmod) for col. Walks domains down to
 * their base type: a column's domains add their NOT NULL, CHECKs and
 * default to col; an array element's domains only their base type. For an
 * array, col's length/precision/scale/enum describe the element. */
static enum sg_type_class resolve_type(const struct intro *in, unsigned oid, int typmod,
				       struct sg_column *col, bool element)
{
	const struct pgtype *t = find_type(in, oid);

	for (int depth = 0; t && t->typtype == 'd' && depth < 64; depth++) {
		if (!element) {
			for (size_t i = 0; i < t->nchecks; i++)
				add_column_check(col, t->checks[i]);
			if (t->notnull)
				col->nullable = false;
			if (t->def && !col->default_expr && !col->generated)
				col->default_expr = sg_strdup(t->def);
		}
		if (typmod < 0)
			typmod = t->typmod;
		t = find_type(in, t->base);
	}
	if (!t)
		return SG_T_OTHER;
	if (t->category == 'A' && t->elem && !element) {
		col->elem_cls = resolve_type(in, t->elem, typmod, col, true);
		return SG_T_ARRAY;
	}
	if (t->typtype == 'e') {
		for (size_t i = 0; i < t->nenums; i++)
			sg_column_add_enum(col, t->enums[i]);
		return SG_T_ENUM;
	}
	if (t->typtype != 'b')
		return SG_T_OTHER;
	if (!strcmp(t->nsp, "pg_catalog"))
		return builtin_class(t->name, typmod, col);
	if (!strcmp(t->name, "citext")) /* extension type, any schema */
		return SG_T_TEXT;
	return SG_T_OTHER;
}

static void types_release(struct intro *in)
{
	for (size_t i = 0; i < in->ntypes; i++) {
		struct pgtype *t = &in->types[i];

		free(t->name);
		free(t->nsp);
		free(t->def);
		for (size_t j = 0; j < t->nenums; j++)
			free(t->enums[j]);
		free(t->enums);
		for (size_t j = 0; j < t->nchecks; j++)
			free(t->checks[j]);
		free(t->checks);
	}
	free(in->types);
	free(in->tabs);
}

static void push_str(char ***arr, size_t *n, const char *s)
{
	*arr = sg_realloc(*arr, (*n + 1) * sizeof(**arr));
	(*arr)[(*n)++] = sg_strdup(s);
}

static int read_tables(struct intro *in, struct sg_schema *out)
{
	PGresult *res = intro_query(in, SQL_TABLES, "the tables");
	int n;

	if (!res)
		return -1;
	n = PQntuples(res);
	in->tabs = sg_calloc((size_t)n + 1, sizeof(*in->tabs));
	for (int r = 0; r < n; r++) {
		struct sg_table *t = sg_schema_add_table(out, PQgetvalue(res, r, 1));
		const char *comment = val(res, r, 3);

		t->partitioned = bool_val(res, r, 2);
		if (comment)
			t->comment = sg_strdup(comment);
		in->tabs[in->ntabs].oid = oid_val(res, r, 0);
		in->tabs[in->ntabs++].t = t;
	}
	PQclear(res);
	return 0;
}

static int read_types(struct intro *in)
{
	PGresult *res = intro_query(in, SQL_TYPES, "the column types");
	int n;

	if (!res)
		return -1;
	n = PQntuples(res);
	in->types = sg_calloc((size_t)n + 1, sizeof(*in->types));
	for (int r = 0; r < n; r++) {
		struct pgtype *t = &in->types[in->ntypes++];
		const char *def = val(res, r, 9);

		t->oid = oid_val(res, r, 0);
		t->name = sg_strdup(PQgetvalue(res, r, 1));
		t->nsp = sg_strdup(PQgetvalue(res, r, 2));
		t->typtype = PQgetvalue(res, r, 3)[0];
		t->category = PQgetvalue(res, r, 4)[0];
		t->base = oid_val(res, r, 5);
		t->typmod = atoi(PQgetvalue(res, r, 6));
		t->notnull = bool_val(res, r, 7);
		t->elem = oid_val(res, r, 8);
		t->def = def ? sg_strdup(def) : NULL;
	}
	PQclear(res);

	if (!(res = intro_query(in, SQL_ENUMS, "the enum labels")))
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct pgtype *t = find_type(in, oid_val(res, r, 0));

		if (t)
			push_str(&t->enums, &t->nenums, PQgetvalue(res, r, 1));
	}
	PQclear(res);

	if (!(res = intro_query(in, SQL_DOMAIN_CHECKS, "the domain constraints")))
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct pgtype *t = find_type(in, oid_val(res, r, 0));

		const char *def = PQgetvalue(res, r, 1);

		if (!t)
			continue;
		push_str(&t->checks, &t->nchecks, def);
		/* The documented way to make a domain non-null that also holds
		 * where NOT NULL is not checked: a value is then required. */
		if (!strcmp(def, "CHECK (VALUE IS NOT NULL)"))
			t->notnull = true;
	}
	PQclear(res);
	return 0;
}

static int read_columns(struct intro *in)
{
	char sql[sizeof(SQL_COLUMNS) + 32];
	PGresult *res;

	snprintf(sql, sizeof(sql), SQL_COLUMNS,
		 PQserverVersion(conn_of(in->db)) >= 120000 ? "a.attgenerated" : "''");
	if (!(res = intro_query(in, sql, "the columns")))
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct sg_table *t = find_table(in, oid_val(res, r, 0));
		struct sg_column *col;
		const struct pgtype *ty;
		const char *raw = PQgetvalue(res, r, 2), *def = val(res, r, 6);
		const char *comment = val(res, r, 9);
		char identity = PQgetvalue(res, r, 7)[0], gen = PQgetvalue(res, r, 8)[0];
		unsigned typoid = oid_val(res, r, 3);

		if (!t)
			continue;
		col = sg_table_add_column(t, PQgetvalue(res, r, 1));
		col->raw_type = sg_strdup(raw);
		col->nullable = !bool_val(res, r, 5);
		if (gen == 's') {
			/* pg_attrdef holds the generation expression, not a default */
			col->generated = true;
			col->generation_expr = def ? sg_strdup(def) : NULL;
		} else if (def) {
			col->default_expr = sg_strdup(def);
			if (!strncmp(def, "nextval(", 8))
				col->auto_increment = true;
		}
		if (identity == 'a' || identity == 'd') {
			col->auto_increment = true;
			col->identity_always = identity == 'a';
		}
		if (comment)
			col->comment = sg_strdup(comment);
		if ((ty = find_type(in, typoid)))
			col->udt_name = sg_strdup(ty->name);
		col->cls = resolve_type(in, typoid, atoi(PQgetvalue(res, r, 4)), col, false);
		if (col->cls == SG_T_ARRAY) {
			/* format_type() spells every array with one "[]" suffix */
			size_t len = strlen(raw);

			col->elem_type = len > 2 && !strcmp(raw + len - 2, "[]")
				? sg_strndup(raw, len - 2) : sg_strdup(raw);
		}
	}
	PQclear(res);
	return 0;
}

static enum sg_fk_action fk_action(char c)
{
	switch (c) {
	case 'r': return SG_FK_RESTRICT;
	case 'c': return SG_FK_CASCADE;
	case 'n': return SG_FK_SET_NULL;
	case 'd': return SG_FK_SET_DEFAULT;
	default: return SG_FK_NO_ACTION; /* 'a' */
	}
}

static int read_keys(struct intro *in)
{
	PGresult *res = intro_query(in, SQL_KEYS, "the keys");
	unsigned cur = 0;
	struct sg_key *key = NULL;
	struct sg_fk *fk = NULL;

	if (!res)
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct sg_table *t = find_table(in, oid_val(res, r, 0));
		unsigned con = oid_val(res, r, 1);
		const char *name = PQgetvalue(res, r, 2), *col = PQgetvalue(res, r, 4);
		char type = PQgetvalue(res, r, 3)[0];

		if (!t)
			continue;
		if (con != cur) {
			cur = con;
			key = NULL;
			fk = NULL;
			if (type == 'p') {
				key = &t->pk;
				sg_key_set_name(key, name);
			} else if (type == 'u') {
				key = sg_table_add_unique(t, name);
			} else {
				const char *rnsp = val(res, r, 7);

				fk = sg_table_add_fk(t, name);
				fk->ref_table = sg_strdup(val(res, r, 6) ? val(res, r, 6) : "");
				if (rnsp && strcmp(rnsp, in->schema))
					fk->ref_schema = sg_strdup(rnsp);
				fk->on_delete = fk_action(PQgetvalue(res, r, 8)[0]);
				fk->on_update = fk_action(PQgetvalue(res, r, 9)[0]);
			}
		}
		if (key)
			sg_key_add_column(key, col);
		else if (fk)
			sg_fk_add_column(fk, col, val(res, r, 5) ? val(res, r, 5) : "");
	}
	PQclear(res);
	return 0;
}

static int read_checks(struct intro *in)
{
	PGresult *res = intro_query(in, SQL_CHECKS, "the check constraints");

	if (!res)
		return -1;
	for (int r = 0; r < PQntuples(res); r++) {
		struct sg_table *t = find_table(in, oid_val(res, r, 0));
		const char *expr = PQgetvalue(res, r, 2), *colname = val(res, r, 3);
		struct sg_column *col;

		if (!t)
			continue;
		sg_table_add_check(t, PQgetvalue(res, r, 1), expr);
		if (colname && (col = sg_table_find_column(t, colname)))
			add_column_check(col, expr);
	}
	PQclear(res);
	return 0;
}

/* A unique index over plain columns without a predicate is a unique key
 * like a constraint. Partial and expression unique indexes do not make the
 * columns unique, so they are listed with the plain indexes (key->unique
 * still true). An expression column is named by its expression text as
 * pg_get_indexdef() prints it, e.g. "lower(full_name)". */
static void flush_index(struct sg_table *t, const char *name, bool unique,
			bool partial, char **cols, size_t ncols, bool has_expr)
{
	struct sg_key *k;

	if (unique && !partial && !has_expr) {
		k = sg_table_add_unique(t, name);
	} else {
		k = sg_table_add_index(t, name);
		k->unique = unique;
	}
	for (size_t i = 0; i < ncols; i++)
		sg_key_add_column(k, cols[i]);
}

static int read_indexes(struct intro *in)
{
	PGresult *res = intro_query(in, SQL_INDEXES, "the indexes");
	char **cols = NULL;
	size_t ncols = 0;
	int start = 0, n;

	if (!res)
		return -1;
	n = PQntuples(res);
	for (int r = 0; r <= n; r++) {
		const char *attname;

		if (r > start && (r == n || oid_val(res, r, 1) != oid_val(res, start, 1))) {
			struct sg_table *t = find_table(in, oid_val(res, start, 0));
			bool has_expr = false;

			for (int i = start; i < r; i++)
				has_expr |= PQgetisnull(res, i, 5);
			if (t)
				flush_index(t, PQgetvalue(res, start, 2), bool_val(res, start, 3),
					    bool_val(res, start, 4), cols, ncols, has_expr);
			for (size_t i = 0; i < ncols; i++)
				free(cols[i]);
			ncols = 0;
			start = r;
		}
		if (r == n)
			break;
		attname = val(res, r, 5);
		push_str(&cols, &ncols, attname ? attname : PQgetvalue(res, r, 6));
	}
	free(cols);
	PQclear(res);
	return 0;
}

int sg_pg_introspect(struct sg_db *db, struct sg_schema *out, struct sg_error *err)
{
	PGconn *conn = conn_of(db);
	struct intro in = { .db = db, .err = err };
	const char *params[1];
	const char *ver = PQparameterStatus(conn, "server_version");
	PGresult *res;
	int rc = -1;

	in.schema = db->schema_name ? db->schema_name : "public";
	params[0] = in.schema;
	res = PQexecParams(conn, "SELECT current_database(), EXISTS (SELECT 1 FROM"
			   " pg_catalog.pg_namespace WHERE nspname = $1)",
			   1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		sg_pg_error(db, res, NULL, err, "cannot read schema '%s'", in.schema);
		PQclear(res);
		return -1;
	}
	if (!bool_val(res, 0, 1)) {
		sg_error_set(err, SG_EXIT_USAGE, "schema '%s' does not exist in database '%s'",
			     in.schema, PQgetvalue(res, 0, 0));
		PQclear(res);
		return -1;
	}
	out->dialect = SG_DIALECT_PGSQL;
	out->database = sg_strdup(PQgetvalue(res, 0, 0));
	out->schema_name = sg_strdup(in.schema);
	out->server_version = ver ? sg_strdup(ver) : NULL;
	PQclear(res);

	if (read_tables(&in, out) == 0 && read_types(&in) == 0 &&
	    read_columns(&in) == 0 && read_keys(&in) == 0 &&
	    read_checks(&in) == 0 && read_indexes(&in) == 0)
		rc = 0;
	types_release(&in);
	if (rc == 0)
		sg_schema_finish(out);
	if (rc == 0 && (sg_pgsql_read_partitions(db, out, err) < 0 ||
			sg_pgsql_read_keyforms(db, out, err) < 0))
		rc = -1;
	return rc;
}
