/*
 * Reading drizzle-kit snapshots (MySQL format version 5, PostgreSQL format
 * version 7) into the contract's schema; entry point sg_cr_read_drizzle
 * (contract_read_int.h). PostgreSQL enum types come from the snapshot's
 * top-level "enums"; only the tables of the chosen schema are read.
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
#include "contract_read_int.h"

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
		return sg_cr_bad(r, path, "a column must be an object, not %s", sg_cr_kind_of(o));
	name = o->string;
	if (sg_cr_get_str(r, o, "name", path, false, &uname) < 0)
		return -1;
	if (uname)
		name = uname;
	if (!name)
		return sg_cr_bad(r, path, "the column has no name");
	if (sg_cr_get_str(r, o, "type", path, true, &type) < 0 ||
	    sg_cr_get_str(r, o, "typeSchema", path, false, &type_schema) < 0 ||
	    sg_cr_get_bool(r, o, "primaryKey", path, false, &pk) < 0 ||
	    sg_cr_get_bool(r, o, "notNull", path, false, &notnull) < 0 ||
	    sg_cr_get_bool(r, o, "autoincrement", path, false, &ai) < 0 ||
	    sg_cr_get_bool(r, o, "isUnique", path, false, &uniq) < 0 ||
	    sg_cr_get_bool(r, o, "onUpdate", path, false, &on_update) < 0)
		return -1;
	c = sg_cr_add_column(r, t, name, o->string ? o->string : name, fields);
	if (!c)
		return 0;
	c->on_update_now = on_update;
	c->raw_type = sg_strdup(type);
	c->nullable = !notnull && !pk;
	c->auto_increment = ai;
	if (sg_cr_default_text(r, cJSON_GetObjectItemCaseSensitive(o, "default"), path,
			       &c->default_expr) < 0)
		return -1;
	r->caps->classify(c);
	if (r->c->kind == SG_CONTRACT_DRIZZLE_PGSQL && (en = drizzle_pg_enum(r, type, type_schema))) {
		if (sg_cr_each_string(r, cJSON_GetObjectItemCaseSensitive(en, "values"), path, "values",
				sg_cr_add_enum_val, c) < 0)
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

		if (sg_cr_get_str(r, v, "type", path, false, &kind) < 0)
			return -1;
		c->auto_increment = true;
		c->identity_always = kind && !strcmp(kind, "always");
	}
	v = cJSON_GetObjectItemCaseSensitive(o, "generated");
	if (cJSON_IsObject(v)) {
		const char *as;

		if (sg_cr_get_str(r, v, "as", path, false, &as) < 0)
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

		if (sg_cr_get_str(r, o, "uniqueName", path, false, &un) < 0)
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
		return sg_cr_bad(r, path, "'columns' must be an array, not %s", sg_cr_kind_of(cols));
	cJSON_ArrayForEach(e, cols) {
		const char *expr = NULL;

		if (cJSON_IsString(e))
			expr = e->valuestring;
		else if (cJSON_IsObject(e) && sg_cr_get_str(r, e, "expression", path, true, &expr) < 0)
			return -1;
		if (!expr)
			return sg_cr_bad(r, path, "an index column must be a name or an object, not %s",
					 sg_cr_kind_of(e));
		sg_key_add_column(k, expr);
	}
	return 0;
}

/* The primary key, unique constraints and indexes of table object o. */
static int drizzle_keys(struct reader *r, struct sg_table *t, const cJSON *o, const char *path)
{
	const cJSON *part, *e;

	if (sg_cr_get_container(r, o, "compositePrimaryKeys", path, false, &part) < 0)
		return -1;
	cJSON_ArrayForEach(e, part) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.compositePrimaryKeys.%s", path, e->string);
		if (!cJSON_IsObject(e))
			return sg_cr_bad(r, kpath, "must be an object, not %s", sg_cr_kind_of(e));
		/* Column flags and this object can both name the PK. */
		for (size_t i = 0; i < t->pk.ncols; i++)
			free(t->pk.columns[i]);
		t->pk.ncols = 0;
		if (drizzle_key_columns(r, &t->pk, cJSON_GetObjectItemCaseSensitive(e, "columns"),
					kpath) < 0)
			return -1;
	}
	if (sg_cr_get_container(r, o, "uniqueConstraints", path, false, &part) < 0)
		return -1;
	cJSON_ArrayForEach(e, part) {
		char kpath[400];
		const char *kn;

		snprintf(kpath, sizeof(kpath), "%s.uniqueConstraints.%s", path, e->string);
		if (!cJSON_IsObject(e))
			return sg_cr_bad(r, kpath, "must be an object, not %s", sg_cr_kind_of(e));
		if (sg_cr_get_str(r, e, "name", kpath, false, &kn) < 0 ||
		    drizzle_key_columns(r, sg_table_add_unique(t, kn ? kn : e->string),
					cJSON_GetObjectItemCaseSensitive(e, "columns"), kpath) < 0)
			return -1;
	}
	if (sg_cr_get_container(r, o, "indexes", path, false, &part) < 0)
		return -1;
	cJSON_ArrayForEach(e, part) {
		char kpath[400];
		const char *kn;
		bool uniq;

		snprintf(kpath, sizeof(kpath), "%s.indexes.%s", path, e->string);
		if (!cJSON_IsObject(e))
			return sg_cr_bad(r, kpath, "must be an object, not %s", sg_cr_kind_of(e));
		if (sg_cr_get_str(r, e, "name", kpath, false, &kn) < 0 ||
		    sg_cr_get_bool(r, e, "isUnique", kpath, false, &uniq) < 0)
			return -1;
		if (!kn)
			kn = e->string;
		if (drizzle_key_columns(r, uniq ? sg_table_add_unique(t, kn) : sg_table_add_index(t, kn),
					cJSON_GetObjectItemCaseSensitive(e, "columns"), kpath) < 0)
			return -1;
	}
	return 0;
}

/* One entry e of "foreignKeys" (at kpath). */
static int drizzle_fk(struct reader *r, struct sg_table *t, const cJSON *e, const char *kpath)
{
	const char *kn, *to, *del, *upd;
	const cJSON *from, *tocols, *x;
	struct sg_fk *fk;
	int i = 0;

	if (!cJSON_IsObject(e))
		return sg_cr_bad(r, kpath, "must be an object, not %s", sg_cr_kind_of(e));
	if (sg_cr_get_str(r, e, "name", kpath, false, &kn) < 0 ||
	    sg_cr_get_str(r, e, "tableTo", kpath, true, &to) < 0 ||
	    sg_cr_get_str(r, e, "onDelete", kpath, false, &del) < 0 ||
	    sg_cr_get_str(r, e, "onUpdate", kpath, false, &upd) < 0)
		return -1;
	from = cJSON_GetObjectItemCaseSensitive(e, "columnsFrom");
	tocols = cJSON_GetObjectItemCaseSensitive(e, "columnsTo");
	if (!cJSON_IsArray(from) || !cJSON_IsArray(tocols) || !cJSON_GetArraySize(from) ||
	    cJSON_GetArraySize(from) != cJSON_GetArraySize(tocols))
		return sg_cr_bad(r, kpath, "'columnsFrom' and 'columnsTo' must be arrays of the same length");
	fk = sg_table_add_fk(t, kn ? kn : e->string);
	fk->ref_table = sg_strdup(to);
	fk->on_delete = sg_fk_action_parse(del);
	fk->on_update = sg_fk_action_parse(upd);
	cJSON_ArrayForEach(x, from) {
		const cJSON *y = cJSON_GetArrayItem(tocols, i++);

		if (!cJSON_IsString(x) || !cJSON_IsString(y))
			return sg_cr_bad(r, kpath, "foreign key columns must be strings");
		sg_fk_add_column(fk, x->valuestring, y->valuestring);
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
		return sg_cr_bad(r, path, "a table must be an object, not %s", sg_cr_kind_of(o));
	if (sg_cr_get_str(r, o, "name", path, false, &name) < 0 ||
	    sg_cr_get_str(r, o, "schema", path, false, &schema) < 0)
		return -1;
	if (!name)
		name = o->string;
	if (!name)
		return sg_cr_bad(r, path, "the table has no name");
	if (r->c->kind == SG_CONTRACT_DRIZZLE_PGSQL &&
	    strcmp(schema && *schema ? schema : "public", r->pg_schema))
		return 0;
	if (sg_cr_has_table(&r->c->schema, name))
		return sg_cr_bad(r, path, "the table is listed twice");
	t = sg_schema_add_table(&r->c->schema, name);
	if (sg_cr_get_container(r, o, "columns", path, false, &cols) < 0)
		return -1;
	if (!cols)
		return sg_cr_bad(r, path, "'columns' is missing");
	cJSON_ArrayForEach(e, cols) {
		char cpath[400];

		snprintf(cpath, sizeof(cpath), "%s.columns.%s", path, e->string ? e->string : "?");
		if ((rc = drizzle_column(r, t, e, cpath, &fields)) < 0)
			break;
	}
	sg_cr_free_fields(fields, t->ncols);
	if (rc < 0)
		return -1;

	if (drizzle_keys(r, t, o, path) < 0)
		return -1;
	if (sg_cr_get_container(r, o, "foreignKeys", path, false, &part) < 0)
		return -1;
	cJSON_ArrayForEach(e, part) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.foreignKeys.%s", path, e->string);
		if (drizzle_fk(r, t, e, kpath) < 0)
			return -1;
	}
	part = cJSON_GetObjectItemCaseSensitive(o, r->c->kind == SG_CONTRACT_DRIZZLE_MYSQL
						 ? "checkConstraint" : "checkConstraints");
	if (cJSON_IsObject(part)) {
		cJSON_ArrayForEach(e, part) {
			const char *kn, *val;

			if (!cJSON_IsObject(e) ||
			    sg_cr_get_str(r, e, "name", path, false, &kn) < 0 ||
			    sg_cr_get_str(r, e, "value", path, false, &val) < 0)
				return -1;
			if (val)
				sg_table_add_check(t, kn ? kn : e->string, val);
		}
	}
	return 0;
}

int sg_cr_read_drizzle(struct reader *r, const cJSON *root)
{
	const cJSON *tables = cJSON_GetObjectItemCaseSensitive(root, "tables"), *e;

	r->c->schema.dialect = r->caps->dialect;
	if (r->c->kind == SG_CONTRACT_DRIZZLE_PGSQL) {
		r->pg_enums = cJSON_GetObjectItemCaseSensitive(root, "enums");
		r->c->schema.schema_name = sg_strdup(r->pg_schema);
	}
	if (!cJSON_IsObject(tables))
		return sg_cr_bad(r, "tables", "must be an object, not %s", sg_cr_kind_of(tables));
	cJSON_ArrayForEach(e, tables)
		if (drizzle_table(r, e) < 0)
			return -1;
	return 0;
}
