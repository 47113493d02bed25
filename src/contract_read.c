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
#include "contract_read_int.h"

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


int sg_cr_bad(struct reader *r, const char *path, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	sg_error_set(r->err, SG_EXIT_USAGE, "%s: %s: %s", r->name, path, msg);
	return -1;
}

const char *sg_cr_kind_of(const cJSON *v)
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
int sg_cr_get_str(struct reader *r, const cJSON *o, const char *key, const char *path,
		  bool required, const char **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = NULL;
	if (!v || cJSON_IsNull(v)) {
		if (required)
			return sg_cr_bad(r, path, "'%s' is missing", key);
		return 0;
	}
	if (!cJSON_IsString(v) || !v->valuestring)
		return sg_cr_bad(r, path, "'%s' must be a string, not %s", key, sg_cr_kind_of(v));
	*out = v->valuestring;
	return 0;
}

int sg_cr_get_bool(struct reader *r, const cJSON *o, const char *key, const char *path,
		   bool dflt, bool *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = dflt;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsBool(v))
		return sg_cr_bad(r, path, "'%s' must be true or false, not %s", key, sg_cr_kind_of(v));
	*out = cJSON_IsTrue(v);
	return 0;
}

int sg_cr_get_int(struct reader *r, const cJSON *o, const char *key, const char *path,
		  int dflt, int *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = dflt;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsNumber(v))
		return sg_cr_bad(r, path, "'%s' must be a number, not %s", key, sg_cr_kind_of(v));
	*out = v->valueint;
	return 0;
}

/* An optional member that must be of one container kind when present. */
int sg_cr_get_container(struct reader *r, const cJSON *o, const char *key, const char *path,
			bool array, const cJSON **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = NULL;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (array ? !cJSON_IsArray(v) : !cJSON_IsObject(v))
		return sg_cr_bad(r, path, "'%s' must be %s, not %s", key, array ? "an array" : "an object",
				 sg_cr_kind_of(v));
	*out = v;
	return 0;
}

/* Calls add(ctx, name) for every string of the array v. */
int sg_cr_each_string(struct reader *r, const cJSON *v, const char *path, const char *key,
		      void (*add)(void *, const char *), void *ctx)
{
	const cJSON *e;
	int i = 0;

	if (!v || !cJSON_IsArray(v))
		return sg_cr_bad(r, path, "'%s' must be an array of strings, not %s", key, sg_cr_kind_of(v));
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || !e->valuestring)
			return sg_cr_bad(r, path, "%s[%d] must be a string, not %s", key, i, sg_cr_kind_of(e));
		add(ctx, e->valuestring);
		i++;
	}
	return 0;
}

void sg_cr_add_key_col(void *k, const char *name)
{
	sg_key_add_column(k, name);
}

void sg_cr_add_enum_val(void *c, const char *v)
{
	sg_column_add_enum(c, v);
}

/* A default given as a JSON number or boolean becomes its SQL spelling. */
int sg_cr_default_text(struct reader *r, const cJSON *v, const char *path, char **out)
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
		return sg_cr_bad(r, path, "'default' must be a string, number or boolean, not %s",
				 sg_cr_kind_of(v));
	}
	return 0;
}

/* Adds a column unless the table already has one with the same database
 * name (case-insensitively on MySQL, where column names are); then records
 * the clash and returns NULL. */
struct sg_column *sg_cr_add_column(struct reader *r, struct sg_table *t, const char *name,
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

void sg_cr_free_fields(char **fields, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(fields[i]);
	free(fields);
}

bool sg_cr_has_table(const struct sg_schema *s, const char *name)
{
	for (size_t i = 0; i < s->ntables; i++)
		if (!strcmp(s->tables[i]->name, name))
			return true;
	return false;
}

/* --- seedgen's own schema JSON ----------------------------------------------- */

enum sg_type_class sg_cr_class_by_name(const char *name, bool *found)
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
			     name, sg_cr_kind_of(root));
		goto done;
	}
	if (detect(&r, root) < 0)
		goto done;
	if (out->kind == SG_CONTRACT_SEEDGEN)
		rc = sg_cr_read_seedgen(&r, root);
	else
		rc = sg_cr_read_drizzle(&r, root);
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
