/*
 * Contract files -> struct sg_schema (see contract_read.h): seedgen's own
 * schema JSON and drizzle-kit snapshots (MySQL version 5, PostgreSQL
 * version 7), told apart by their top-level fields. Only the parts that
 * `seedgen validate` compares are read; a structural problem names the
 * JSON path of the element ("tables.orders.columns.id.type").
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/caps.h"
#include "seedgen/contract_read.h"
#include "seedgen/json.h"

const char *sg_contract_kind_name(enum sg_contract_kind k)
{
	switch (k) {
	case SG_CONTRACT_SEEDGEN: return "seedgen schema JSON";
	case SG_CONTRACT_DRIZZLE_MYSQL: return "drizzle-kit snapshot (mysql, version 5)";
	case SG_CONTRACT_DRIZZLE_PGSQL: return "drizzle-kit snapshot (postgresql, version 7)";
	case SG_CONTRACT_NONE: break;
	}
	return "unknown";
}

/* --- reading helpers ------------------------------------------------------------ */

struct reader {
	const char *name;          /* file name for messages */
	struct sg_error *err;
	struct sg_contract *c;
	const struct sg_caps *caps; /* of the dialect the file names */
	const cJSON *pg_enums;     /* drizzle postgresql: root "enums" */
	const char *pg_schema;     /* schema whose tables are read */
};

static int bad(struct reader *r, const char *path, const char *fmt, ...) SG_PRINTF(3, 4);

static int bad(struct reader *r, const char *path, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	sg_error_set(r->err, SG_EXIT_USAGE, "%s: %s: %s", r->name, path, msg);
	return -1;
}

static const char *kind_of(const cJSON *v)
{
	if (!v || cJSON_IsNull(v))
		return "null";
	if (cJSON_IsString(v))
		return "a string";
	if (cJSON_IsNumber(v))
		return "a number";
	if (cJSON_IsBool(v))
		return "a boolean";
	if (cJSON_IsArray(v))
		return "an array";
	return "an object";
}

/* A string member: *out NULL when absent or null (and required is false). */
static int get_str(struct reader *r, const cJSON *o, const char *key, const char *path,
		   bool required, const char **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = NULL;
	if (!v || cJSON_IsNull(v)) {
		if (required)
			return bad(r, path, "'%s' is missing", key);
		return 0;
	}
	if (!cJSON_IsString(v) || !v->valuestring)
		return bad(r, path, "'%s' must be a string, not %s", key, kind_of(v));
	*out = v->valuestring;
	return 0;
}

static int get_bool(struct reader *r, const cJSON *o, const char *key, const char *path,
		    bool dflt, bool *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = dflt;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsBool(v))
		return bad(r, path, "'%s' must be true or false, not %s", key, kind_of(v));
	*out = cJSON_IsTrue(v);
	return 0;
}

static int get_int(struct reader *r, const cJSON *o, const char *key, const char *path,
		   int dflt, int *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = dflt;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsNumber(v))
		return bad(r, path, "'%s' must be a number, not %s", key, kind_of(v));
	*out = v->valueint;
	return 0;
}

/* An optional member that must be of one container kind when present. */
static int get_container(struct reader *r, const cJSON *o, const char *key, const char *path,
			 bool array, const cJSON **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = NULL;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (array ? !cJSON_IsArray(v) : !cJSON_IsObject(v))
		return bad(r, path, "'%s' must be %s, not %s", key, array ? "an array" : "an object",
			   kind_of(v));
	*out = v;
	return 0;
}

/* Calls add(ctx, name) for every string of the array v. */
static int each_string(struct reader *r, const cJSON *v, const char *path, const char *key,
		       void (*add)(void *, const char *), void *ctx)
{
	const cJSON *e;
	int i = 0;

	if (!v || !cJSON_IsArray(v))
		return bad(r, path, "'%s' must be an array of strings, not %s", key, kind_of(v));
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || !e->valuestring)
			return bad(r, path, "%s[%d] must be a string, not %s", key, i, kind_of(e));
		add(ctx, e->valuestring);
		i++;
	}
	return 0;
}

static void add_key_col(void *k, const char *name)
{
	sg_key_add_column(k, name);
}

static void add_enum_val(void *c, const char *v)
{
	sg_column_add_enum(c, v);
}

/* A default given as a JSON number or boolean becomes its SQL spelling. */
static int default_text(struct reader *r, const cJSON *v, const char *path, char **out)
{
	char num[64];

	*out = NULL;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (cJSON_IsString(v)) {
		*out = sg_strdup(v->valuestring);
	} else if (cJSON_IsBool(v)) {
		*out = sg_strdup(cJSON_IsTrue(v) ? "true" : "false");
	} else if (cJSON_IsNumber(v)) {
		double x = v->valuedouble;

		if (x == (double)(long long)x && x > -1e15 && x < 1e15)
			snprintf(num, sizeof(num), "%lld", (long long)x);
		else
			snprintf(num, sizeof(num), "%.17g", x);
		*out = sg_strdup(num);
	} else {
		return bad(r, path, "'default' must be a string, number or boolean, not %s",
			   kind_of(v));
	}
	return 0;
}

/* Adds a column unless the table already has one with the same database
 * name (case-insensitively on MySQL, where column names are); then records
 * the clash and returns NULL. */
static struct sg_column *add_column(struct reader *r, struct sg_table *t, const char *name,
				    const char *field, char ***fields)
{
	for (size_t i = 0; i < t->ncols; i++) {
		bool same = r->caps->ci_columns ? !strcasecmp(t->columns[i]->name, name)
						 : !strcmp(t->columns[i]->name, name);
		struct sg_contract_dup *d;

		if (!same)
			continue;
		SG_GROW(r->c->dups, r->c->ndups + 1, r->c->cap_dups);
		d = &r->c->dups[r->c->ndups++];
		d->table = sg_strdup(t->name);
		d->column = sg_strdup(t->columns[i]->name);
		d->first = sg_strdup((*fields)[i]);
		d->second = sg_strdup(field);
		return NULL;
	}
	*fields = sg_realloc(*fields, (t->ncols + 1) * sizeof(char *));
	(*fields)[t->ncols] = sg_strdup(field);
	return sg_table_add_column(t, name);
}

static void free_fields(char **fields, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(fields[i]);
	free(fields);
}

static bool has_table(const struct sg_schema *s, const char *name)
{
	for (size_t i = 0; i < s->ntables; i++)
		if (!strcmp(s->tables[i]->name, name))
			return true;
	return false;
}

/* --- seedgen's own schema JSON ----------------------------------------------- */

static enum sg_type_class class_by_name(const char *name, bool *found)
{
	*found = false;
	for (int i = 0; i < SG_T__COUNT; i++) {
		if (!strcmp(sg_type_class_name((enum sg_type_class)i), name)) {
			*found = true;
			return (enum sg_type_class)i;
		}
	}
	return SG_T_OTHER;
}

static int seedgen_column(struct reader *r, struct sg_table *t, const cJSON *o,
			  const char *path, char ***fields)
{
	const char *name, *field, *type, *cls, *s;
	struct sg_column *c;
	const cJSON *v;
	bool found;

	if (!cJSON_IsObject(o))
		return bad(r, path, "a column must be an object, not %s", kind_of(o));
	if (get_str(r, o, "name", path, true, &name) < 0 || get_str(r, o, "field", path, false, &field) < 0 ||
	    get_str(r, o, "type", path, false, &type) < 0 || get_str(r, o, "class", path, false, &cls) < 0)
		return -1;
	c = add_column(r, t, name, field ? field : name, fields);
	if (!c)
		return 0;
	c->raw_type = sg_strdup(type ? type : "");
	v = cJSON_GetObjectItemCaseSensitive(o, "enum");
	if (v && !cJSON_IsNull(v) && each_string(r, v, path, "enum", add_enum_val, c) < 0)
		return -1;
	r->caps->classify(c);
	if (cls) {
		c->cls = class_by_name(cls, &found);
		if (!found)
			return bad(r, path, "unknown class '%s'", cls);
	}
	if (get_bool(r, o, "nullable", path, true, &c->nullable) < 0 ||
	    get_bool(r, o, "auto_increment", path, false, &c->auto_increment) < 0 ||
	    get_bool(r, o, "generated", path, false, &c->generated) < 0 ||
	    get_bool(r, o, "identity_always", path, false, &c->identity_always) < 0 ||
	    get_bool(r, o, "on_update_now", path, false, &c->on_update_now) < 0 ||
	    get_bool(r, o, "unsigned", path, c->is_unsigned, &c->is_unsigned) < 0 ||
	    get_bool(r, o, "with_time_zone", path, c->with_tz, &c->with_tz) < 0 ||
	    get_int(r, o, "int_bytes", path, c->int_bytes, &c->int_bytes) < 0 ||
	    get_int(r, o, "length", path, c->length, &c->length) < 0 ||
	    get_int(r, o, "precision", path, c->precision, &c->precision) < 0 ||
	    get_int(r, o, "scale", path, c->scale, &c->scale) < 0)
		return -1;
	if (default_text(r, cJSON_GetObjectItemCaseSensitive(o, "default"), path, &c->default_expr) < 0)
		return -1;
	if (get_str(r, o, "generation_expression", path, false, &s) < 0)
		return -1;
	if (s)
		c->generation_expr = sg_strdup(s);
	if (get_str(r, o, "element_type", path, false, &s) < 0)
		return -1;
	if (s) {
		free(c->elem_type);
		c->elem_type = sg_strdup(s);
	}
	if (get_str(r, o, "element_class", path, false, &s) < 0)
		return -1;
	if (s)
		c->elem_cls = class_by_name(s, &found);
	if (get_str(r, o, "check", path, false, &s) < 0)
		return -1;
	if (s)
		c->check = sg_strdup(s);
	if (get_str(r, o, "comment", path, false, &s) < 0)
		return -1;
	if (s)
		c->comment = sg_strdup(s);
	return 0;
}

/* A key written as ["a", "b"] or {"name": ..., "columns": [...]}. */
static int seedgen_key(struct reader *r, struct sg_table *t, const cJSON *o, const char *path,
		       bool unique)
{
	const char *name = NULL;
	const cJSON *cols = o;
	struct sg_key *k;

	if (cJSON_IsObject(o)) {
		if (get_str(r, o, "name", path, false, &name) < 0)
			return -1;
		cols = cJSON_GetObjectItemCaseSensitive(o, "columns");
	} else if (!cJSON_IsArray(o)) {
		return bad(r, path, "a key must be an array of column names or an object, not %s",
			   kind_of(o));
	}
	k = unique ? sg_table_add_unique(t, name) : sg_table_add_index(t, name);
	return each_string(r, cols, path, "columns", add_key_col, k);
}

static int seedgen_fk(struct reader *r, struct sg_table *t, const cJSON *o, const char *path)
{
	const char *name, *ref_table, *ref_schema, *del, *upd;
	const cJSON *cols, *ref, *ref_cols, *e;
	struct sg_fk *fk;
	bool declared;
	int i = 0, n;

	if (!cJSON_IsObject(o))
		return bad(r, path, "a foreign key must be an object, not %s", kind_of(o));
	if (get_bool(r, o, "declared", path, true, &declared) < 0)
		return -1;
	if (!declared)
		return 0;
	if (get_str(r, o, "name", path, false, &name) < 0 ||
	    get_str(r, o, "on_delete", path, false, &del) < 0 ||
	    get_str(r, o, "on_update", path, false, &upd) < 0)
		return -1;
	cols = cJSON_GetObjectItemCaseSensitive(o, "columns");
	ref = cJSON_GetObjectItemCaseSensitive(o, "references");
	if (!cJSON_IsObject(ref))
		return bad(r, path, "'references' must be an object, not %s", kind_of(ref));
	if (get_str(r, ref, "table", path, true, &ref_table) < 0 ||
	    get_str(r, ref, "schema", path, false, &ref_schema) < 0)
		return -1;
	ref_cols = cJSON_GetObjectItemCaseSensitive(ref, "columns");
	if (!cJSON_IsArray(cols) || !cJSON_IsArray(ref_cols))
		return bad(r, path, "'columns' and 'references.columns' must be arrays");
	n = cJSON_GetArraySize(cols);
	if (n == 0 || n != cJSON_GetArraySize(ref_cols))
		return bad(r, path, "'columns' and 'references.columns' must name as many columns");
	fk = sg_table_add_fk(t, name);
	fk->ref_table = sg_strdup(ref_table);
	if (ref_schema)
		fk->ref_schema = sg_strdup(ref_schema);
	fk->on_delete = sg_fk_action_parse(del);
	fk->on_update = sg_fk_action_parse(upd);
	cJSON_ArrayForEach(e, cols) {
		const cJSON *rc = cJSON_GetArrayItem(ref_cols, i++);

		if (!cJSON_IsString(e) || !cJSON_IsString(rc))
			return bad(r, path, "foreign key columns must be strings");
		sg_fk_add_column(fk, e->valuestring, rc->valuestring);
	}
	return 0;
}

static int seedgen_table(struct reader *r, const cJSON *o, int idx)
{
	char path[320];
	const char *name, *comment;
	const cJSON *cols, *arr, *e;
	struct sg_table *t;
	char **fields = NULL;
	int i = 0, rc = 0;

	snprintf(path, sizeof(path), "tables[%d]", idx);
	if (!cJSON_IsObject(o))
		return bad(r, path, "a table must be an object, not %s", kind_of(o));
	if (get_str(r, o, "name", path, true, &name) < 0 || get_str(r, o, "comment", path, false, &comment) < 0)
		return -1;
	snprintf(path, sizeof(path), "tables.%s", name);
	if (has_table(&r->c->schema, name))
		return bad(r, path, "the table is listed twice");
	t = sg_schema_add_table(&r->c->schema, name);
	if (comment)
		t->comment = sg_strdup(comment);
	if (get_bool(r, o, "partitioned", path, false, &t->partitioned) < 0)
		return -1;
	cols = cJSON_GetObjectItemCaseSensitive(o, "columns");
	if (!cJSON_IsArray(cols))
		return bad(r, path, "'columns' must be an array, not %s", kind_of(cols));
	cJSON_ArrayForEach(e, cols) {
		char cpath[400];

		snprintf(cpath, sizeof(cpath), "%s.columns[%d]", path, i++);
		if ((rc = seedgen_column(r, t, e, cpath, &fields)) < 0)
			break;
	}
	free_fields(fields, t->ncols);
	if (rc < 0)
		return -1;
	arr = cJSON_GetObjectItemCaseSensitive(o, "primary_key");
	if (arr && !cJSON_IsNull(arr) && each_string(r, arr, path, "primary_key", add_key_col, &t->pk) < 0)
		return -1;
	if (get_container(r, o, "unique_keys", path, true, &arr) < 0)
		return -1;
	i = 0;
	cJSON_ArrayForEach(e, arr) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.unique_keys[%d]", path, i++);
		if (seedgen_key(r, t, e, kpath, true) < 0)
			return -1;
	}
	if (get_container(r, o, "indexes", path, true, &arr) < 0)
		return -1;
	i = 0;
	cJSON_ArrayForEach(e, arr) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.indexes[%d]", path, i++);
		if (seedgen_key(r, t, e, kpath, false) < 0)
			return -1;
	}
	if (get_container(r, o, "foreign_keys", path, true, &arr) < 0)
		return -1;
	i = 0;
	cJSON_ArrayForEach(e, arr) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.foreign_keys[%d]", path, i++);
		if (seedgen_fk(r, t, e, kpath) < 0)
			return -1;
	}
	if (get_container(r, o, "checks", path, true, &arr) < 0)
		return -1;
	cJSON_ArrayForEach(e, arr) {
		const char *cn, *ce;

		if (!cJSON_IsObject(e) || get_str(r, e, "name", path, false, &cn) < 0 ||
		    get_str(r, e, "expr", path, true, &ce) < 0)
			return bad(r, path, "'checks' must hold objects with an 'expr'");
		sg_table_add_check(t, cn, ce);
	}
	return 0;
}

static int read_seedgen(struct reader *r, const cJSON *root)
{
	const char *dialect, *s;
	const cJSON *tables, *e;
	int i = 0;

	if (get_str(r, root, "dialect", "(top level)", true, &dialect) < 0)
		return -1;
	/* the exact names seedgen writes (sg_caps.name), not the URL aliases */
	r->caps = sg_caps_by_name(dialect);
	if (!r->caps || strcmp(r->caps->name, dialect))
		return bad(r, "dialect", "unknown dialect '%s' (expected mysql or postgresql)", dialect);
	r->c->schema.dialect = r->caps->dialect;
	if (get_str(r, root, "server_version", "(top level)", false, &s) < 0)
		return -1;
	if (s)
		r->c->schema.server_version = sg_strdup(s);
	if (get_str(r, root, "database", "(top level)", false, &s) < 0)
		return -1;
	if (s)
		r->c->schema.database = sg_strdup(s);
	if (get_str(r, root, "schema", "(top level)", false, &s) < 0)
		return -1;
	if (s)
		r->c->schema.schema_name = sg_strdup(s);
	tables = cJSON_GetObjectItemCaseSensitive(root, "tables");
	if (!cJSON_IsArray(tables))
		return bad(r, "tables", "must be an array, not %s", kind_of(tables));
	cJSON_ArrayForEach(e, tables)
		if (seedgen_table(r, e, i++) < 0)
			return -1;
	return 0;
}

/* --- drizzle-kit snapshots --------------------------------------------------- */

/* PostgreSQL: a column whose type names an enum of the snapshot. */
static const cJSON *drizzle_pg_enum(struct reader *r, const char *type, const char *type_schema)
{
	struct sg_buf key = SG_BUF_INIT;
	const cJSON *e;
	size_t n = strlen(type);

	if (!r->pg_enums)
		return NULL;
	while (n >= 2 && !strncmp(type + n - 2, "[]", 2))
		n -= 2;
	sg_buf_addf(&key, "%s.%.*s", type_schema && *type_schema ? type_schema : "public",
		    (int)n, type);
	e = cJSON_GetObjectItemCaseSensitive(r->pg_enums, key.data);
	if (!e) {
		/* The type may already be schema-qualified ("public"."mood"). */
		sg_buf_reset(&key);
		sg_buf_add(&key, type, n);
		e = cJSON_GetObjectItemCaseSensitive(r->pg_enums, key.data);
	}
	sg_buf_release(&key);
	return cJSON_IsObject(e) ? e : NULL;
}

static int drizzle_column(struct reader *r, struct sg_table *t, const cJSON *o, const char *path,
			  char ***fields)
{
	const char *name, *type, *type_schema, *uname;
	const cJSON *v, *en;
	struct sg_column *c;
	bool pk, notnull, ai, uniq, on_update;

	if (!cJSON_IsObject(o))
		return bad(r, path, "a column must be an object, not %s", kind_of(o));
	name = o->string;
	if (get_str(r, o, "name", path, false, &uname) < 0)
		return -1;
	if (uname)
		name = uname;
	if (!name)
		return bad(r, path, "the column has no name");
	if (get_str(r, o, "type", path, true, &type) < 0 ||
	    get_str(r, o, "typeSchema", path, false, &type_schema) < 0 ||
	    get_bool(r, o, "primaryKey", path, false, &pk) < 0 ||
	    get_bool(r, o, "notNull", path, false, &notnull) < 0 ||
	    get_bool(r, o, "autoincrement", path, false, &ai) < 0 ||
	    get_bool(r, o, "isUnique", path, false, &uniq) < 0 ||
	    get_bool(r, o, "onUpdate", path, false, &on_update) < 0)
		return -1;
	c = add_column(r, t, name, o->string ? o->string : name, fields);
	if (!c)
		return 0;
	c->on_update_now = on_update;
	c->raw_type = sg_strdup(type);
	c->nullable = !notnull && !pk;
	c->auto_increment = ai;
	if (default_text(r, cJSON_GetObjectItemCaseSensitive(o, "default"), path, &c->default_expr) < 0)
		return -1;
	r->caps->classify(c);
	if (r->c->kind == SG_CONTRACT_DRIZZLE_PGSQL && (en = drizzle_pg_enum(r, type, type_schema))) {
		if (each_string(r, cJSON_GetObjectItemCaseSensitive(en, "values"), path, "values",
				add_enum_val, c) < 0)
			return -1;
		if (c->cls == SG_T_ARRAY)
			c->elem_cls = SG_T_ENUM;
		else
			c->cls = SG_T_ENUM;
	}
	/* serial types are auto-increment whatever the snapshot's flag says */
	if (strstr(type, "serial"))
		c->auto_increment = true;
	v = cJSON_GetObjectItemCaseSensitive(o, "identity");
	if (cJSON_IsObject(v)) {
		const char *kind;

		if (get_str(r, v, "type", path, false, &kind) < 0)
			return -1;
		c->auto_increment = true;
		c->identity_always = kind && !strcmp(kind, "always");
	}
	v = cJSON_GetObjectItemCaseSensitive(o, "generated");
	if (cJSON_IsObject(v)) {
		const char *as;

		if (get_str(r, v, "as", path, false, &as) < 0)
			return -1;
		c->generated = true;
		if (as)
			c->generation_expr = sg_strdup(as);
	}
	if (pk)
		sg_key_add_column(&t->pk, c->name);
	if (uniq) {
		const char *un;
		struct sg_key *k;

		if (get_str(r, o, "uniqueName", path, false, &un) < 0)
			return -1;
		k = sg_table_add_unique(t, un);
		sg_key_add_column(k, c->name);
	}
	return 0;
}

/* Key columns: MySQL snapshots list names, PostgreSQL ones objects with an
 * "expression". */
static int drizzle_key_columns(struct reader *r, struct sg_key *k, const cJSON *cols,
			       const char *path)
{
	const cJSON *e;

	if (!cJSON_IsArray(cols))
		return bad(r, path, "'columns' must be an array, not %s", kind_of(cols));
	cJSON_ArrayForEach(e, cols) {
		const char *expr = NULL;

		if (cJSON_IsString(e))
			expr = e->valuestring;
		else if (cJSON_IsObject(e) && get_str(r, e, "expression", path, true, &expr) < 0)
			return -1;
		if (!expr)
			return bad(r, path, "an index column must be a name or an object, not %s",
				   kind_of(e));
		sg_key_add_column(k, expr);
	}
	return 0;
}

static int drizzle_table(struct reader *r, const cJSON *o)
{
	char path[320];
	const char *name, *schema;
	const cJSON *cols, *part, *e;
	struct sg_table *t;
	char **fields = NULL;
	int rc = 0;

	snprintf(path, sizeof(path), "tables.%s", o->string ? o->string : "?");
	if (!cJSON_IsObject(o))
		return bad(r, path, "a table must be an object, not %s", kind_of(o));
	if (get_str(r, o, "name", path, false, &name) < 0 || get_str(r, o, "schema", path, false, &schema) < 0)
		return -1;
	if (!name)
		name = o->string;
	if (!name)
		return bad(r, path, "the table has no name");
	if (r->c->kind == SG_CONTRACT_DRIZZLE_PGSQL &&
	    strcmp(schema && *schema ? schema : "public", r->pg_schema))
		return 0;
	if (has_table(&r->c->schema, name))
		return bad(r, path, "the table is listed twice");
	t = sg_schema_add_table(&r->c->schema, name);
	if (get_container(r, o, "columns", path, false, &cols) < 0)
		return -1;
	if (!cols)
		return bad(r, path, "'columns' is missing");
	cJSON_ArrayForEach(e, cols) {
		char cpath[400];

		snprintf(cpath, sizeof(cpath), "%s.columns.%s", path, e->string ? e->string : "?");
		if ((rc = drizzle_column(r, t, e, cpath, &fields)) < 0)
			break;
	}
	free_fields(fields, t->ncols);
	if (rc < 0)
		return -1;

	if (get_container(r, o, "compositePrimaryKeys", path, false, &part) < 0)
		return -1;
	cJSON_ArrayForEach(e, part) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.compositePrimaryKeys.%s", path, e->string);
		if (!cJSON_IsObject(e))
			return bad(r, kpath, "must be an object, not %s", kind_of(e));
		/* Column flags and this object can both name the PK. */
		for (size_t i = 0; i < t->pk.ncols; i++)
			free(t->pk.columns[i]);
		t->pk.ncols = 0;
		if (drizzle_key_columns(r, &t->pk, cJSON_GetObjectItemCaseSensitive(e, "columns"),
					kpath) < 0)
			return -1;
	}
	if (get_container(r, o, "uniqueConstraints", path, false, &part) < 0)
		return -1;
	cJSON_ArrayForEach(e, part) {
		char kpath[400];
		const char *kn;

		snprintf(kpath, sizeof(kpath), "%s.uniqueConstraints.%s", path, e->string);
		if (!cJSON_IsObject(e))
			return bad(r, kpath, "must be an object, not %s", kind_of(e));
		if (get_str(r, e, "name", kpath, false, &kn) < 0 ||
		    drizzle_key_columns(r, sg_table_add_unique(t, kn ? kn : e->string),
					cJSON_GetObjectItemCaseSensitive(e, "columns"), kpath) < 0)
			return -1;
	}
	if (get_container(r, o, "indexes", path, false, &part) < 0)
		return -1;
	cJSON_ArrayForEach(e, part) {
		char kpath[400];
		const char *kn;
		bool uniq;

		snprintf(kpath, sizeof(kpath), "%s.indexes.%s", path, e->string);
		if (!cJSON_IsObject(e))
			return bad(r, kpath, "must be an object, not %s", kind_of(e));
		if (get_str(r, e, "name", kpath, false, &kn) < 0 ||
		    get_bool(r, e, "isUnique", kpath, false, &uniq) < 0)
			return -1;
		if (!kn)
			kn = e->string;
		if (drizzle_key_columns(r, uniq ? sg_table_add_unique(t, kn) : sg_table_add_index(t, kn),
					cJSON_GetObjectItemCaseSensitive(e, "columns"), kpath) < 0)
			return -1;
	}
	if (get_container(r, o, "foreignKeys", path, false, &part) < 0)
		return -1;
	cJSON_ArrayForEach(e, part) {
		char kpath[400];
		const char *kn, *to, *del, *upd;
		const cJSON *from, *tocols, *x;
		struct sg_fk *fk;
		int i = 0;

		snprintf(kpath, sizeof(kpath), "%s.foreignKeys.%s", path, e->string);
		if (!cJSON_IsObject(e))
			return bad(r, kpath, "must be an object, not %s", kind_of(e));
		if (get_str(r, e, "name", kpath, false, &kn) < 0 ||
		    get_str(r, e, "tableTo", kpath, true, &to) < 0 ||
		    get_str(r, e, "onDelete", kpath, false, &del) < 0 ||
		    get_str(r, e, "onUpdate", kpath, false, &upd) < 0)
			return -1;
		from = cJSON_GetObjectItemCaseSensitive(e, "columnsFrom");
		tocols = cJSON_GetObjectItemCaseSensitive(e, "columnsTo");
		if (!cJSON_IsArray(from) || !cJSON_IsArray(tocols) || !cJSON_GetArraySize(from) ||
		    cJSON_GetArraySize(from) != cJSON_GetArraySize(tocols))
			return bad(r, kpath, "'columnsFrom' and 'columnsTo' must be arrays of the same length");
		fk = sg_table_add_fk(t, kn ? kn : e->string);
		fk->ref_table = sg_strdup(to);
		fk->on_delete = sg_fk_action_parse(del);
		fk->on_update = sg_fk_action_parse(upd);
		cJSON_ArrayForEach(x, from) {
			const cJSON *y = cJSON_GetArrayItem(tocols, i++);

			if (!cJSON_IsString(x) || !cJSON_IsString(y))
				return bad(r, kpath, "foreign key columns must be strings");
			sg_fk_add_column(fk, x->valuestring, y->valuestring);
		}
	}
	part = cJSON_GetObjectItemCaseSensitive(o, r->c->kind == SG_CONTRACT_DRIZZLE_MYSQL
						 ? "checkConstraint" : "checkConstraints");
	if (cJSON_IsObject(part)) {
		cJSON_ArrayForEach(e, part) {
			const char *kn, *val;

			if (!cJSON_IsObject(e) || get_str(r, e, "name", path, false, &kn) < 0 ||
			    get_str(r, e, "value", path, false, &val) < 0)
				return -1;
			if (val)
				sg_table_add_check(t, kn ? kn : e->string, val);
		}
	}
	return 0;
}

static int read_drizzle(struct reader *r, const cJSON *root)
{
	const cJSON *tables = cJSON_GetObjectItemCaseSensitive(root, "tables"), *e;

	r->c->schema.dialect = r->caps->dialect;
	if (r->c->kind == SG_CONTRACT_DRIZZLE_PGSQL) {
		r->pg_enums = cJSON_GetObjectItemCaseSensitive(root, "enums");
		r->c->schema.schema_name = sg_strdup(r->pg_schema);
	}
	if (!cJSON_IsObject(tables))
		return bad(r, "tables", "must be an object, not %s", kind_of(tables));
	cJSON_ArrayForEach(e, tables)
		if (drizzle_table(r, e) < 0)
			return -1;
	return 0;
}

/* --- entry points -------------------------------------------------------------- */

static int detect(struct reader *r, const cJSON *root)
{
	const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(root, "format");
	const cJSON *ver = cJSON_GetObjectItemCaseSensitive(root, "version");
	const cJSON *dia = cJSON_GetObjectItemCaseSensitive(root, "dialect");
	char version[32] = "";

	if (cJSON_IsString(fmt)) {
		if (strcmp(fmt->valuestring, "seedgen-schema/1"))
			return sg_error_set(r->err, SG_EXIT_USAGE,
					    "%s: unsupported format '%s' (this seedgen reads "
					    "seedgen-schema/1)", r->name, fmt->valuestring);
		r->c->kind = SG_CONTRACT_SEEDGEN;
		return 0;
	}
	if (cJSON_IsString(ver))
		snprintf(version, sizeof(version), "%s", ver->valuestring);
	else if (cJSON_IsNumber(ver))
		snprintf(version, sizeof(version), "%d", ver->valueint);
	if (*version && cJSON_IsString(dia)) {
		if (!strcmp(dia->valuestring, "mysql") && !strcmp(version, "5")) {
			r->c->kind = SG_CONTRACT_DRIZZLE_MYSQL;
			r->caps = sg_caps_by_name("mysql");
			return 0;
		}
		if (!strcmp(dia->valuestring, "postgresql") && !strcmp(version, "7")) {
			r->c->kind = SG_CONTRACT_DRIZZLE_PGSQL;
			r->caps = sg_caps_by_name("postgresql");
			return 0;
		}
		sg_error_set(r->err, SG_EXIT_USAGE,
			     "%s: unsupported drizzle-kit snapshot (dialect '%s', version %s)",
			     r->name, dia->valuestring, version);
		sg_error_hint(r->err, "supported: mysql version 5 and postgresql version 7; "
			      "regenerate it with a current drizzle-kit");
		return -1;
	}
	sg_error_set(r->err, SG_EXIT_USAGE,
		     "%s: not a seedgen schema JSON or a drizzle-kit snapshot", r->name);
	sg_error_hint(r->err, "expected a top-level \"format\": \"seedgen-schema/1\" "
		      "(seedgen snapshot) or \"version\" and \"dialect\" (drizzle-kit)");
	return -1;
}

int sg_contract_parse(const char *text, size_t len, const char *name,
		      const char *pg_schema, struct sg_contract *out, struct sg_error *err)
{
	struct reader r = { 0 };
	cJSON *root = NULL;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	out->path = sg_strdup(name);
	r.name = name;
	r.err = err;
	r.c = out;
	r.pg_schema = pg_schema ? pg_schema : "public";
	if (sg_json_parse(text, len, name, &root, err) < 0)
		goto done;
	if (!cJSON_IsObject(root)) {
		sg_error_set(err, SG_EXIT_USAGE, "%s: a contract must be a JSON object, not %s",
			     name, kind_of(root));
		goto done;
	}
	if (detect(&r, root) < 0)
		goto done;
	if (out->kind == SG_CONTRACT_SEEDGEN)
		rc = read_seedgen(&r, root);
	else
		rc = read_drizzle(&r, root);
	if (rc == 0)
		sg_schema_finish(&out->schema);
done:
	cJSON_Delete(root);
	if (rc < 0)
		sg_contract_release(out);
	return rc;
}

int sg_contract_load(const char *path, const char *pg_schema, struct sg_contract *out,
		     struct sg_error *err)
{
	char *text;
	size_t len;
	int rc;

	memset(out, 0, sizeof(*out));
	if (sg_read_file(path, "contract", &text, &len, err) < 0)
		return -1;
	rc = sg_contract_parse(text, len, path, pg_schema, out, err);
	free(text);
	return rc;
}

void sg_contract_release(struct sg_contract *c)
{
	sg_schema_release(&c->schema);
	for (size_t i = 0; i < c->ndups; i++) {
		free(c->dups[i].table);
		free(c->dups[i].column);
		free(c->dups[i].first);
		free(c->dups[i].second);
	}
	free(c->dups);
	free(c->path);
	memset(c, 0, sizeof(*c));
}
