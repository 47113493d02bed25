/*
 * `seedgen fingerprint`: named canary checks from a JSON file, for the few
 * facts a deployment relies on (a table, a column and its type, an enum
 * value, an index, required reference rows). Prints PASS/FAIL per check
 * and "N/M checks passed"; --strict turns a failure into exit 1.
 *
 * Checks file: {"checks": [ {"name": ..., "kind": ..., ...}, ... ]} or just
 * the array. Kinds and their fields:
 *   table_exists   table
 *   column_exists  table, column
 *   column_type    table, column, and type ("varchar(500)", compared like
 *                  validate does) and/or class ("varchar")
 *   enum_contains  table, column, value
 *   index_exists   table, and columns (["a", "b"], in order) or index (name);
 *                  primary keys and unique keys count
 *   min_rows       table, min (rows at least)
 * Any check may carry "why": a note for the people who read the file.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/check.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/contract_read.h"
#include "seedgen/db.h"
#include "seedgen/json.h"
#include "seedgen/valuefit.h"

static const char usage[] =
	"usage: seedgen fingerprint --checks FILE [--strict] [--db URL] [--schema NAME]\n"
	"                           [--format text|json]\n"
	"\n"
	"Runs the named canary checks of FILE (JSON) against the live database and\n"
	"prints 'PASS name' or 'FAIL name: detail' for each, then 'N/M checks passed'.\n"
	"Check kinds: table_exists, column_exists, column_type, enum_contains,\n"
	"index_exists, min_rows (see config/fingerprint-terp.json).\n"
	"\n"
	"  --checks FILE     the checks (JSON)\n"
	"  --strict          exit 1 when any check fails (default: report, exit 0)\n"
	"  --db URL          database URL (default: $DATABASE_URL)\n"
	"  --schema NAME     PostgreSQL schema (default: public)\n"
	"  --format F        text (default) or json\n"
	"  -q, --quiet       no warnings\n"
	"  -h, --help        this help\n"
	"\n"
	"Exit codes: 0 ran (and, with --strict, all passed), 1 a check failed under\n"
	"--strict, 2 usage error or bad checks file, 3 database error.\n";

enum { O_DB = 1, O_SCHEMA, O_CHECKS, O_STRICT, O_FORMAT, O_QUIET, O_HELP };

static const struct sg_opt opts[] = {
	{ "db", 0, 1, O_DB },
	{ "schema", 0, 1, O_SCHEMA },
	{ "checks", 'c', 1, O_CHECKS },
	{ "strict", 0, 0, O_STRICT },
	{ "format", 0, 1, O_FORMAT },
	{ "quiet", 'q', 0, O_QUIET },
	{ "help", 'h', 0, O_HELP },
	{ NULL, 0, 0, 0 },
};

enum kind { K_TABLE = 1, K_COLUMN, K_TYPE, K_ENUM, K_INDEX, K_ROWS };

static const struct {
	const char *name;
	enum kind kind;
} kinds[] = {
	{ "table_exists", K_TABLE }, { "column_exists", K_COLUMN }, { "column_type", K_TYPE },
	{ "enum_contains", K_ENUM }, { "index_exists", K_INDEX }, { "min_rows", K_ROWS },
	{ NULL, 0 },
};

struct check {
	char *name;
	enum kind kind;
	const char *kind_name;
	char *table, *column, *type, *cls, *value, *index;
	struct sg_namelist cols;   /* index_exists: the columns, in order */
	long long min;
	bool passed;
	char *detail;              /* why it failed */
};

static void check_free(struct check *c)
{
	free(c->name);
	free(c->table);
	free(c->column);
	free(c->type);
	free(c->cls);
	free(c->value);
	free(c->index);
	free(c->detail);
	for (size_t i = 0; i < c->cols.n; i++)
		free(c->cols.names[i]);
	free(c->cols.names);
}

static int field(const char *file, int i, const cJSON *o, const char *key, bool required,
		 char **out, struct sg_error *err)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = NULL;
	if (!v || cJSON_IsNull(v)) {
		if (!required)
			return 0;
		return sg_error_set(err, SG_EXIT_USAGE, "%s: checks[%d]: '%s' is missing", file, i,
				    key);
	}
	if (!cJSON_IsString(v))
		return sg_error_set(err, SG_EXIT_USAGE, "%s: checks[%d]: '%s' must be a string",
				    file, i, key);
	*out = sg_strdup(v->valuestring);
	return 0;
}

static int parse_check(const char *file, int i, const cJSON *o, struct check *c,
		       struct sg_error *err)
{
	char *kind = NULL;
	const cJSON *v;
	int rc = -1;

	if (!cJSON_IsObject(o))
		return sg_error_set(err, SG_EXIT_USAGE, "%s: checks[%d] must be an object", file, i);
	if (field(file, i, o, "name", true, &c->name, err) < 0 ||
	    field(file, i, o, "kind", true, &kind, err) < 0)
		goto out;
	for (int k = 0; kinds[k].name; k++) {
		if (!strcmp(kinds[k].name, kind)) {
			c->kind = kinds[k].kind;
			c->kind_name = kinds[k].name;
		}
	}
	if (!c->kind) {
		sg_error_set(err, SG_EXIT_USAGE, "%s: checks[%d] '%s': unknown kind '%s'", file, i,
			     c->name, kind);
		sg_error_hint(err, "kinds: table_exists, column_exists, column_type, "
			      "enum_contains, index_exists, min_rows");
		goto out;
	}
	if (field(file, i, o, "table", true, &c->table, err) < 0)
		goto out;
	if (field(file, i, o, "column", c->kind == K_COLUMN || c->kind == K_TYPE || c->kind == K_ENUM,
		  &c->column, err) < 0 ||
	    field(file, i, o, "type", false, &c->type, err) < 0 ||
	    field(file, i, o, "class", false, &c->cls, err) < 0 ||
	    field(file, i, o, "value", c->kind == K_ENUM, &c->value, err) < 0 ||
	    field(file, i, o, "index", false, &c->index, err) < 0)
		goto out;
	if (c->kind == K_TYPE && !c->type && !c->cls) {
		sg_error_set(err, SG_EXIT_USAGE, "%s: checks[%d] '%s': column_type needs 'type' "
			     "or 'class'", file, i, c->name);
		goto out;
	}
	if (c->kind == K_INDEX) {
		const cJSON *e;

		v = cJSON_GetObjectItemCaseSensitive(o, "columns");
		if (v && cJSON_IsArray(v)) {
			cJSON_ArrayForEach(e, v) {
				if (!cJSON_IsString(e)) {
					sg_error_set(err, SG_EXIT_USAGE, "%s: checks[%d] '%s': 'columns' "
						     "must hold strings", file, i, c->name);
					goto out;
				}
				SG_GROW(c->cols.names, c->cols.n + 1, c->cols.cap);
				c->cols.names[c->cols.n++] = sg_strdup(e->valuestring);
			}
		} else if (v && cJSON_IsString(v)) {
			sg_namelist_add_csv(&c->cols, v->valuestring);
		}
		if (!c->cols.n && !c->index) {
			sg_error_set(err, SG_EXIT_USAGE, "%s: checks[%d] '%s': index_exists needs "
				     "'columns' or 'index'", file, i, c->name);
			goto out;
		}
	}
	if (c->kind == K_ROWS) {
		v = cJSON_GetObjectItemCaseSensitive(o, "min");
		if (!cJSON_IsNumber(v) || v->valuedouble < 0) {
			sg_error_set(err, SG_EXIT_USAGE, "%s: checks[%d] '%s': min_rows needs 'min', "
				     "a number of rows", file, i, c->name);
			goto out;
		}
		c->min = (long long)v->valuedouble;
	}
	rc = 0;
out:
	free(kind);
	return rc;
}

static int load_checks(const char *path, struct check **out, size_t *n, struct sg_error *err)
{
	char *text = NULL;
	size_t len;
	cJSON *root = NULL;
	const cJSON *arr, *e;
	int i = 0, rc = -1;

	*out = NULL;
	*n = 0;
	if (sg_read_file(path, "checks file", &text, &len, err) < 0)
		return -1;
	if (sg_json_parse(text, len, path, &root, err) < 0)
		goto out;
	arr = cJSON_IsArray(root) ? root : cJSON_GetObjectItemCaseSensitive(root, "checks");
	if (!cJSON_IsArray(arr)) {
		sg_error_set(err, SG_EXIT_USAGE, "%s: expected a list of checks "
			     "(an array, or an object with \"checks\": [...])", path);
		goto out;
	}
	*out = sg_calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof(**out));
	cJSON_ArrayForEach(e, arr) {
		if (parse_check(path, i, e, &(*out)[i], err) < 0) {
			*n = (size_t)i + 1;
			goto out;
		}
		i++;
	}
	*n = (size_t)i;
	if (!*n) {
		sg_error_set(err, SG_EXIT_USAGE, "%s: the file holds no checks", path);
		goto out;
	}
	rc = 0;
out:
	cJSON_Delete(root);
	free(text);
	return rc;
}

static void fail(struct check *c, const char *fmt, ...) SG_PRINTF(2, 3);

static void fail(struct check *c, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	c->passed = false;
	free(c->detail);
	c->detail = sg_strdup(msg);
}

static bool key_matches(const struct check *c, const struct sg_key *k)
{
	if (!k->ncols)
		return false;
	if (c->index && (!k->name || strcmp(c->index, k->name)))
		return false;
	if (c->cols.n) {
		if (c->cols.n != k->ncols)
			return false;
		for (size_t i = 0; i < k->ncols; i++)
			if (strcmp(c->cols.names[i], k->columns[i]))
				return false;
	}
	return true;
}

/* A "type" check: the column's type as the check spells it (compared in
 * canonical form, parsed by the dialect's own type parser) and class. */
static void check_type(const struct sg_schema *s, struct check *c, const struct sg_column *col)
{
	const struct sg_caps *caps = sg_schema_caps(s);
	char *have = sg_check_type_canon(caps, col);

	if (c->type) {
		struct sg_column want = { 0 };
		char *w;

		want.raw_type = c->type;
		caps->classify(&want);
		w = sg_check_type_canon(caps, &want);
		if (strcmp(w, have))
			fail(c, "%s.%s is %s, expected %s", c->table, c->column, col->raw_type,
			     c->type);
		free(w);
		free(want.elem_type);
		for (size_t i = 0; i < want.n_enum; i++)
			free(want.enum_values[i]);
		free(want.enum_values);
	}
	if (c->passed && c->cls && strcmp(c->cls, sg_type_class_name(col->cls)))
		fail(c, "%s.%s is of class %s (%s), expected %s", c->table, c->column,
		     sg_type_class_name(col->cls), col->raw_type, c->cls);
	free(have);
}

static int run_check(struct sg_db *db, const struct sg_schema *s, struct check *c,
		     struct sg_error *err)
{
	const struct sg_table *t = sg_schema_find(s, c->table);
	const struct sg_column *col = NULL;

	c->passed = true;
	if (!t) {
		const char *near = sg_schema_suggest(s, c->table);

		fail(c, "table '%s' not found%s%s%s", c->table, near ? " (did you mean '" : "",
		     near ? near : "", near ? "'?)" : "");
		return 0;
	}
	if (c->column) {
		col = sg_table_find_column(t, c->column);
		if (!col) {
			const char *near = NULL;

			for (size_t i = 0; i < t->ncols && !near; i++)
				if (!strcasecmp(t->columns[i]->name, c->column))
					near = t->columns[i]->name;
			fail(c, "column %s.%s not found%s%s%s", c->table, c->column,
			     near ? " (the table has '" : "", near ? near : "", near ? "')" : "");
			return 0;
		}
	}
	switch (c->kind) {
	case K_TABLE:
	case K_COLUMN:
		break;
	case K_TYPE:
		check_type(s, c, col);
		break;
	case K_ENUM: {
		bool found = sg_enum_has(col, c->value, strlen(c->value));

		if (!found && !col->n_enum) {
			fail(c, "%s.%s is %s, not an enum", c->table, c->column, col->raw_type);
		} else if (!found) {
			struct sg_buf b = SG_BUF_INIT;

			sg_enum_list(col, &b);
			fail(c, "%s.%s has no value '%s' (values: %s)", c->table, c->column, c->value,
			     b.data);
			sg_buf_release(&b);
		}
		break;
	}
	case K_INDEX: {
		bool found = key_matches(c, &t->pk);

		for (size_t i = 0; i < t->nuniques && !found; i++)
			found = key_matches(c, t->uniques[i]);
		for (size_t i = 0; i < t->nindexes && !found; i++)
			found = key_matches(c, t->indexes[i]);
		if (!found) {
			struct sg_buf b = SG_BUF_INIT;

			for (size_t i = 0; i < c->cols.n; i++)
				sg_buf_addf(&b, "%s%s", i ? ", " : "", c->cols.names[i]);
			if (c->index && c->cols.n)
				fail(c, "no index '%s' on %s(%s)", c->index, c->table, b.data);
			else if (c->index)
				fail(c, "no index '%s' on %s", c->index, c->table);
			else
				fail(c, "no index on %s(%s)", c->table, b.data);
			sg_buf_release(&b);
		}
		break;
	}
	case K_ROWS: {
		long long n;

		if (sg_db_count_rows(db, t->name, &n, err) < 0)
			return -1;
		if (n < c->min)
			fail(c, "%s has %lld row%s, expected at least %lld", c->table, n,
			     n == 1 ? "" : "s", c->min);
		break;
	}
	}
	return 0;
}

int cmd_fingerprint(int argc, char **argv)
{
	struct sg_error err = { 0 };
	struct sg_argiter it;
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct check *checks = NULL;
	size_t n = 0, passed = 0;
	const char *db_flag = NULL, *schema_name = NULL, *checks_path = NULL, *url, *v;
	enum sg_format fmt = SG_FMT_TEXT;
	bool strict = false;
	int id, rc = SG_EXIT_OK;

	sg_argiter_init(&it, argc, argv, 1, "fingerprint");
	while ((id = sg_argiter_next(&it, opts, &v, &err)) > 0) {
		switch (id) {
		case O_DB: db_flag = v; break;
		case O_SCHEMA: schema_name = v; break;
		case O_CHECKS: checks_path = v; break;
		case O_STRICT: strict = true; break;
		case O_FORMAT:
			if (sg_cli_parse_format(v, false, &fmt, &err) < 0)
				goto fail;
			break;
		case O_QUIET: sg_quiet = 1; break;
		case O_HELP: fputs(usage, stdout); goto out;
		}
	}
	if (id < 0)
		goto fail;
	if (!checks_path) {
		sg_error_set(&err, SG_EXIT_USAGE, "seedgen fingerprint needs --checks FILE");
		sg_error_hint(&err, "see config/fingerprint-terp.json for an example");
		goto fail;
	}
	if (sg_cli_db_url(db_flag, &url, &err) < 0)
		goto fail;
	if (load_checks(checks_path, &checks, &n, &err) < 0)
		goto fail;
	if (sg_db_open(&db, url, schema_name, &err) < 0)
		goto fail;
	if (sg_db_introspect(&db, &schema, &err) < 0)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		if (run_check(&db, &schema, &checks[i], &err) < 0)
			goto fail;
		passed += checks[i].passed;
	}
	if (fmt == SG_FMT_JSON) {
		cJSON *root = cJSON_CreateObject(), *arr = cJSON_CreateArray();
		char *json;

		for (size_t i = 0; i < n; i++) {
			cJSON *o = cJSON_CreateObject();

			cJSON_AddStringToObject(o, "name", checks[i].name);
			cJSON_AddStringToObject(o, "kind", checks[i].kind_name);
			cJSON_AddBoolToObject(o, "passed", checks[i].passed);
			if (checks[i].detail)
				cJSON_AddStringToObject(o, "detail", checks[i].detail);
			cJSON_AddItemToArray(arr, o);
		}
		cJSON_AddItemToObject(root, "checks", arr);
		cJSON_AddNumberToObject(root, "passed", (double)passed);
		cJSON_AddNumberToObject(root, "total", (double)n);
		json = cJSON_Print(root);
		cJSON_Delete(root);
		puts(json ? json : "{}");
		free(json);
	} else {
		for (size_t i = 0; i < n; i++) {
			if (checks[i].passed)
				printf("PASS %s\n", checks[i].name);
			else
				printf("FAIL %s: %s\n", checks[i].name, checks[i].detail);
		}
		printf("%zu/%zu checks passed\n", passed, n);
	}
	rc = strict && passed < n ? SG_EXIT_CHECK : SG_EXIT_OK;
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	for (size_t i = 0; i < n; i++)
		check_free(&checks[i]);
	free(checks);
	sg_schema_release(&schema);
	sg_db_close(&db);
	return rc;
}
