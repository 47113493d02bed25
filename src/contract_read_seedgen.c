/*
 * Reading seedgen's own schema JSON ("format": "seedgen-schema/1", as
 * `seedgen snapshot` and `inspect --format json` write it) into the
 * contract's schema; entry point sg_cr_read_seedgen (contract_read_int.h).
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

static int seedgen_column(struct reader *r, struct sg_table *t, const cJSON *o,
			  const char *path, char ***fields)
{
	const char *name, *field, *type, *cls, *s;
	struct sg_column *c;
	const cJSON *v;
	bool found;

	if (!cJSON_IsObject(o))
		return sg_cr_bad(r, path, "a column must be an object, not %s", sg_cr_kind_of(o));
	if (sg_cr_get_str(r, o, "name", path, true, &name) < 0 ||
	    sg_cr_get_str(r, o, "field", path, false, &field) < 0 ||
	    sg_cr_get_str(r, o, "type", path, false, &type) < 0 ||
	    sg_cr_get_str(r, o, "class", path, false, &cls) < 0)
		return -1;
	c = sg_cr_add_column(r, t, name, field ? field : name, fields);
	if (!c)
		return 0;
	c->raw_type = sg_strdup(type ? type : "");
	v = cJSON_GetObjectItemCaseSensitive(o, "enum");
	if (v && !cJSON_IsNull(v) && sg_cr_each_string(r, v, path, "enum", sg_cr_add_enum_val, c) < 0)
		return -1;
	r->caps->classify(c);
	if (cls) {
		c->cls = sg_cr_class_by_name(cls, &found);
		if (!found)
			return sg_cr_bad(r, path, "unknown class '%s'", cls);
	}
	if (sg_cr_get_bool(r, o, "nullable", path, true, &c->nullable) < 0 ||
	    sg_cr_get_bool(r, o, "auto_increment", path, false, &c->auto_increment) < 0 ||
	    sg_cr_get_bool(r, o, "generated", path, false, &c->generated) < 0 ||
	    sg_cr_get_bool(r, o, "identity_always", path, false, &c->identity_always) < 0 ||
	    sg_cr_get_bool(r, o, "on_update_now", path, false, &c->on_update_now) < 0 ||
	    sg_cr_get_bool(r, o, "unsigned", path, c->is_unsigned, &c->is_unsigned) < 0 ||
	    sg_cr_get_bool(r, o, "with_time_zone", path, c->with_tz, &c->with_tz) < 0 ||
	    sg_cr_get_int(r, o, "int_bytes", path, c->int_bytes, &c->int_bytes) < 0 ||
	    sg_cr_get_int(r, o, "length", path, c->length, &c->length) < 0 ||
	    sg_cr_get_int(r, o, "precision", path, c->precision, &c->precision) < 0 ||
	    sg_cr_get_int(r, o, "scale", path, c->scale, &c->scale) < 0)
		return -1;
	if (sg_cr_default_text(r, cJSON_GetObjectItemCaseSensitive(o, "default"), path,
			       &c->default_expr) < 0)
		return -1;
	if (sg_cr_get_str(r, o, "generation_expression", path, false, &s) < 0)
		return -1;
	if (s)
		c->generation_expr = sg_strdup(s);
	if (sg_cr_get_str(r, o, "element_type", path, false, &s) < 0)
		return -1;
	if (s) {
		free(c->elem_type);
		c->elem_type = sg_strdup(s);
	}
	if (sg_cr_get_str(r, o, "element_class", path, false, &s) < 0)
		return -1;
	if (s)
		c->elem_cls = sg_cr_class_by_name(s, &found);
	if (sg_cr_get_str(r, o, "check", path, false, &s) < 0)
		return -1;
	if (s)
		c->check = sg_strdup(s);
	if (sg_cr_get_str(r, o, "comment", path, false, &s) < 0)
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
		if (sg_cr_get_str(r, o, "name", path, false, &name) < 0)
			return -1;
		cols = cJSON_GetObjectItemCaseSensitive(o, "columns");
	} else if (!cJSON_IsArray(o)) {
		return sg_cr_bad(r, path, "a key must be an array of column names or an object, not %s",
				 sg_cr_kind_of(o));
	}
	k = unique ? sg_table_add_unique(t, name) : sg_table_add_index(t, name);
	return sg_cr_each_string(r, cols, path, "columns", sg_cr_add_key_col, k);
}

static int seedgen_fk(struct reader *r, struct sg_table *t, const cJSON *o, const char *path)
{
	const char *name, *ref_table, *ref_schema, *del, *upd;
	const cJSON *cols, *ref, *ref_cols, *e;
	struct sg_fk *fk;
	bool declared;
	int i = 0, n;

	if (!cJSON_IsObject(o))
		return sg_cr_bad(r, path, "a foreign key must be an object, not %s", sg_cr_kind_of(o));
	if (sg_cr_get_bool(r, o, "declared", path, true, &declared) < 0)
		return -1;
	if (!declared)
		return 0;
	if (sg_cr_get_str(r, o, "name", path, false, &name) < 0 ||
	    sg_cr_get_str(r, o, "on_delete", path, false, &del) < 0 ||
	    sg_cr_get_str(r, o, "on_update", path, false, &upd) < 0)
		return -1;
	cols = cJSON_GetObjectItemCaseSensitive(o, "columns");
	ref = cJSON_GetObjectItemCaseSensitive(o, "references");
	if (!cJSON_IsObject(ref))
		return sg_cr_bad(r, path, "'references' must be an object, not %s", sg_cr_kind_of(ref));
	if (sg_cr_get_str(r, ref, "table", path, true, &ref_table) < 0 ||
	    sg_cr_get_str(r, ref, "schema", path, false, &ref_schema) < 0)
		return -1;
	ref_cols = cJSON_GetObjectItemCaseSensitive(ref, "columns");
	if (!cJSON_IsArray(cols) || !cJSON_IsArray(ref_cols))
		return sg_cr_bad(r, path, "'columns' and 'references.columns' must be arrays");
	n = cJSON_GetArraySize(cols);
	if (n == 0 || n != cJSON_GetArraySize(ref_cols))
		return sg_cr_bad(r, path, "'columns' and 'references.columns' must name as many columns");
	fk = sg_table_add_fk(t, name);
	fk->ref_table = sg_strdup(ref_table);
	if (ref_schema)
		fk->ref_schema = sg_strdup(ref_schema);
	fk->on_delete = sg_fk_action_parse(del);
	fk->on_update = sg_fk_action_parse(upd);
	cJSON_ArrayForEach(e, cols) {
		const cJSON *rc = cJSON_GetArrayItem(ref_cols, i++);

		if (!cJSON_IsString(e) || !cJSON_IsString(rc))
			return sg_cr_bad(r, path, "foreign key columns must be strings");
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
		return sg_cr_bad(r, path, "a table must be an object, not %s", sg_cr_kind_of(o));
	if (sg_cr_get_str(r, o, "name", path, true, &name) < 0 ||
	    sg_cr_get_str(r, o, "comment", path, false, &comment) < 0)
		return -1;
	snprintf(path, sizeof(path), "tables.%s", name);
	if (sg_cr_has_table(&r->c->schema, name))
		return sg_cr_bad(r, path, "the table is listed twice");
	t = sg_schema_add_table(&r->c->schema, name);
	if (comment)
		t->comment = sg_strdup(comment);
	if (sg_cr_get_bool(r, o, "partitioned", path, false, &t->partitioned) < 0)
		return -1;
	cols = cJSON_GetObjectItemCaseSensitive(o, "columns");
	if (!cJSON_IsArray(cols))
		return sg_cr_bad(r, path, "'columns' must be an array, not %s", sg_cr_kind_of(cols));
	cJSON_ArrayForEach(e, cols) {
		char cpath[400];

		snprintf(cpath, sizeof(cpath), "%s.columns[%d]", path, i++);
		if ((rc = seedgen_column(r, t, e, cpath, &fields)) < 0)
			break;
	}
	sg_cr_free_fields(fields, t->ncols);
	if (rc < 0)
		return -1;
	arr = cJSON_GetObjectItemCaseSensitive(o, "primary_key");
	if (arr && !cJSON_IsNull(arr) &&
	    sg_cr_each_string(r, arr, path, "primary_key", sg_cr_add_key_col, &t->pk) < 0)
		return -1;
	if (sg_cr_get_container(r, o, "unique_keys", path, true, &arr) < 0)
		return -1;
	i = 0;
	cJSON_ArrayForEach(e, arr) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.unique_keys[%d]", path, i++);
		if (seedgen_key(r, t, e, kpath, true) < 0)
			return -1;
	}
	if (sg_cr_get_container(r, o, "indexes", path, true, &arr) < 0)
		return -1;
	i = 0;
	cJSON_ArrayForEach(e, arr) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.indexes[%d]", path, i++);
		if (seedgen_key(r, t, e, kpath, false) < 0)
			return -1;
	}
	if (sg_cr_get_container(r, o, "foreign_keys", path, true, &arr) < 0)
		return -1;
	i = 0;
	cJSON_ArrayForEach(e, arr) {
		char kpath[400];

		snprintf(kpath, sizeof(kpath), "%s.foreign_keys[%d]", path, i++);
		if (seedgen_fk(r, t, e, kpath) < 0)
			return -1;
	}
	if (sg_cr_get_container(r, o, "checks", path, true, &arr) < 0)
		return -1;
	cJSON_ArrayForEach(e, arr) {
		const char *cn, *ce;

		if (!cJSON_IsObject(e) || sg_cr_get_str(r, e, "name", path, false, &cn) < 0 ||
		    sg_cr_get_str(r, e, "expr", path, true, &ce) < 0)
			return sg_cr_bad(r, path, "'checks' must hold objects with an 'expr'");
		sg_table_add_check(t, cn, ce);
	}
	return 0;
}

int sg_cr_read_seedgen(struct reader *r, const cJSON *root)
{
	const char *dialect, *s;
	const cJSON *tables, *e;
	int i = 0;

	if (sg_cr_get_str(r, root, "dialect", "(top level)", true, &dialect) < 0)
		return -1;
	/* the exact names seedgen writes (sg_caps.name), not the URL aliases */
	r->caps = sg_caps_by_name(dialect);
	if (!r->caps || strcmp(r->caps->name, dialect))
		return sg_cr_bad(r, "dialect", "unknown dialect '%s' (expected mysql or postgresql)", dialect);
	r->c->schema.dialect = r->caps->dialect;
	if (sg_cr_get_str(r, root, "server_version", "(top level)", false, &s) < 0)
		return -1;
	if (s)
		r->c->schema.server_version = sg_strdup(s);
	if (sg_cr_get_str(r, root, "database", "(top level)", false, &s) < 0)
		return -1;
	if (s)
		r->c->schema.database = sg_strdup(s);
	if (sg_cr_get_str(r, root, "schema", "(top level)", false, &s) < 0)
		return -1;
	if (s)
		r->c->schema.schema_name = sg_strdup(s);
	tables = cJSON_GetObjectItemCaseSensitive(root, "tables");
	if (!cJSON_IsArray(tables))
		return sg_cr_bad(r, "tables", "must be an array, not %s", sg_cr_kind_of(tables));
	cJSON_ArrayForEach(e, tables)
		if (seedgen_table(r, e, i++) < 0)
			return -1;
	return 0;
}
