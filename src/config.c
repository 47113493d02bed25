/*
 * Config file loading and checking (see config.h; format in README.md).
 *
 * Parsing happens in two steps: sg_config_load() reads the JSON and checks
 * its shape (known keys, value types), then sg_config_check() checks names
 * and values against the live schema. Both report FILE:LINE:COL and the
 * JSON path of the offending node.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "seedgen/buf.h"
#include "seedgen/config.h"
#include "seedgen/config_int.h"
#include "seedgen/vocab.h"
#include "seedgen/json.h"
#include "seedgen/valuefit.h"

int sg_cfg_bad(struct sg_cfg_ctx *x, const cJSON *node, const char *path, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = sg_json_vfail(x->doc, node, path, x->err, fmt, ap);
	va_end(ap);
	return rc;
}

/* Checks that every key of obj is one of `keys` (NULL-terminated). */
static int known_keys(struct sg_cfg_ctx *x, const cJSON *obj, const char *path,
		      const char *const *keys)
{
	return sg_json_known_keys(x->doc, obj, path, keys, x->err);
}

static int want_object(struct sg_cfg_ctx *x, const cJSON *n, const char *path)
{
	if (!cJSON_IsObject(n))
		return sg_cfg_bad(x, n, path, "expected an object, found %s", sg_json_kind(n));
	return 0;
}

static int get_count(struct sg_cfg_ctx *x, const cJSON *n, const char *path, long long *out)
{
	if (!cJSON_IsNumber(n) || n->valuedouble != floor(n->valuedouble))
		return sg_cfg_bad(x, n, path, "expected a whole number of rows, found %s", sg_json_kind(n));
	if (n->valuedouble < 0 || n->valuedouble > 1e12)
		return sg_cfg_bad(x, n, path, "row count %.0f is out of range (0 to 10^12)", n->valuedouble);
	*out = (long long)n->valuedouble;
	return 0;
}

static int get_rate(struct sg_cfg_ctx *x, const cJSON *n, const char *path, double *out)
{
	if (!cJSON_IsNumber(n))
		return sg_cfg_bad(x, n, path, "expected a number from 0 to 1, found %s", sg_json_kind(n));
	if (n->valuedouble < 0 || n->valuedouble > 1)
		return sg_cfg_bad(x, n, path, "%g is not a rate from 0 to 1", n->valuedouble);
	*out = n->valuedouble;
	return 0;
}

/* "pareto" (0.8), "uniform" (0.2) or the top-20% share as a number. */
static int get_skew(struct sg_cfg_ctx *x, const cJSON *n, const char *path, double *out)
{
	if (cJSON_IsString(n) && !strcmp(n->valuestring, "pareto"))
		*out = 0.8;
	else if (cJSON_IsString(n) && !strcmp(n->valuestring, "uniform"))
		*out = 0.2;
	else if (cJSON_IsNumber(n) && n->valuedouble >= 0.2 && n->valuedouble < 1)
		*out = n->valuedouble;
	else
		return sg_cfg_bad(x, n, path, "expected \"pareto\", \"uniform\" or the share of picks "
				  "that go to the top 20%% of parents (0.2 to 0.99)");
	return 0;
}

/* A range bound: a number, or a date "YYYY-MM-DD[ HH:MM[:SS]]" (UTC) as
 * seconds since 1970, which is how the generator counts time. */
static int range_value(struct sg_cfg_ctx *x, const cJSON *n, const char *path, double *out,
		       bool *is_date)
{
	struct tm tm = { 0 };
	int y, mo, d, h = 0, mi = 0, sec = 0, got;
	char tail;

	if (cJSON_IsNumber(n)) {
		*out = n->valuedouble;
		return 0;
	}
	if (!cJSON_IsString(n))
		return sg_cfg_bad(x, n, path, "\"min\"/\"max\" must be numbers or dates "
				  "(\"2024-01-31\", \"2024-01-31 08:30\"), found %s", sg_json_kind(n));
	got = sscanf(n->valuestring, "%4d-%2d-%2d%*[ T]%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &sec, &tail);
	if (!(got == 3 || got == 5 || got == 6) || mo < 1 || mo > 12 || d < 1 || d > 31 ||
	    h > 23 || mi > 59 || sec > 60)
		return sg_cfg_bad(x, n, path, "'%s' is not a date (\"2024-01-31\" or \"2024-01-31 08:30:00\")",
				  n->valuestring);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	*out = (double)timegm(&tm);
	*is_date = true;
	return 0;
}

static int parse_column(struct sg_cfg_ctx *x, const cJSON *n, const char *path,
			struct sg_cfg_column *c)
{
	static const char *const keys[] = { "null_rate", "values", "min", "max", NULL };
	const cJSON *v, *mn, *mx;

	c->name = sg_strdup(n->string);
	c->node = n;
	c->opts.null_rate = -1;
	if (want_object(x, n, path) < 0 || known_keys(x, n, path, keys) < 0)
		return -1;
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "null_rate")) &&
	    get_rate(x, v, path, &c->opts.null_rate) < 0)
		return -1;
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "values"))) {
		const cJSON *e;
		size_t i = 0;

		if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) == 0)
			return sg_cfg_bad(x, v, path, "\"values\" must be a non-empty array of strings or numbers");
		c->opts.values = sg_calloc((size_t)cJSON_GetArraySize(v), sizeof(char *));
		cJSON_ArrayForEach(e, v) {
			char num[64];

			if (cJSON_IsString(e)) {
				c->opts.values[i++] = sg_strdup(e->valuestring);
			} else if (cJSON_IsNumber(e)) {
				snprintf(num, sizeof(num), "%.15g", e->valuedouble);
				c->opts.values[i++] = sg_strdup(num);
			} else {
				c->opts.nvalues = i;
				return sg_cfg_bad(x, e, path, "\"values\" entries must be strings or numbers, found %s",
						  sg_json_kind(e));
			}
		}
		c->opts.nvalues = i;
	}
	mn = cJSON_GetObjectItemCaseSensitive(n, "min");
	mx = cJSON_GetObjectItemCaseSensitive(n, "max");
	if (mn || mx) {
		if (!mn || !mx)
			return sg_cfg_bad(x, mn ? mn : mx, path, "\"min\" and \"max\" go together");
		if (range_value(x, mn, path, &c->opts.min, &c->range_is_date) < 0 ||
		    range_value(x, mx, path, &c->opts.max, &c->range_is_date) < 0)
			return -1;
		if (c->opts.min > c->opts.max)
			return sg_cfg_bad(x, mn, path, "\"min\" is greater than \"max\"");
		c->opts.has_range = true;
	}
	return 0;
}

static int split_ref(const char *s, char **table, char **column)
{
	const char *dot = strrchr(s, '.');

	if (!dot || dot == s || !dot[1])
		return -1;
	*table = sg_strndup(s, (size_t)(dot - s));
	*column = sg_strdup(dot + 1);
	return 0;
}

static int parse_relation(struct sg_cfg_ctx *x, const cJSON *n, const char *path,
			  struct sg_cfg_relation *r)
{
	static const char *const keys[] = { "skew", "references", "infer", NULL };
	const cJSON *v;

	r->column = sg_strdup(n->string);
	r->node = n;
	r->skew = -1;
	if (want_object(x, n, path) < 0 || known_keys(x, n, path, keys) < 0)
		return -1;
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "skew")) && get_skew(x, v, path, &r->skew) < 0)
		return -1;
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "infer"))) {
		if (!cJSON_IsBool(v))
			return sg_cfg_bad(x, v, path, "\"infer\" must be true or false");
		r->infer_off = cJSON_IsFalse(v);
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "references"))) {
		if (!cJSON_IsString(v) || split_ref(v->valuestring, &r->ref_table, &r->ref_column) < 0)
			return sg_cfg_bad(x, v, path, "\"references\" must be \"table.column\"");
	}
	return 0;
}

static int parse_poly(struct sg_cfg_ctx *x, const cJSON *n, const char *path, struct sg_cfg_poly *p)
{
	static const char *const keys[] = { "type_column", "id_column", "map", NULL };
	const cJSON *tc, *ic, *map, *e;
	size_t i = 0;

	p->node = n;
	if (want_object(x, n, path) < 0 || known_keys(x, n, path, keys) < 0)
		return -1;
	tc = cJSON_GetObjectItemCaseSensitive(n, "type_column");
	ic = cJSON_GetObjectItemCaseSensitive(n, "id_column");
	map = cJSON_GetObjectItemCaseSensitive(n, "map");
	if (tc && !cJSON_IsString(tc))
		return sg_cfg_bad(x, tc, path, "\"type_column\" must be a column name");
	if (ic && !cJSON_IsString(ic))
		return sg_cfg_bad(x, ic, path, "\"id_column\" must be a column name");
	/* Default column names: <name>_type/<name>_id, the Rails/Laravel convention. */
	if (tc) {
		p->type_column = sg_strdup(tc->valuestring);
	} else {
		struct sg_buf b = SG_BUF_INIT;
		sg_buf_addf(&b, "%s_type", n->string);
		p->type_column = sg_buf_detach(&b);
	}
	if (ic) {
		p->id_column = sg_strdup(ic->valuestring);
	} else {
		struct sg_buf b = SG_BUF_INIT;
		sg_buf_addf(&b, "%s_id", n->string);
		p->id_column = sg_buf_detach(&b);
	}
	if (!map || !cJSON_IsObject(map) || !map->child)
		return sg_cfg_bad(x, map ? map : n, path,
				  "\"map\" must be a non-empty object of type value -> table name");
	p->map = sg_calloc((size_t)cJSON_GetArraySize(map), sizeof(*p->map));
	cJSON_ArrayForEach(e, map) {
		if (!cJSON_IsString(e))
			return p->nmap = i, sg_cfg_bad(x, e, path, "map value for '%s' must be a table name", e->string);
		p->map[i].type_value = sg_strdup(e->string);
		p->map[i].table = sg_strdup(e->valuestring);
		p->nmap = ++i;
	}
	return 0;
}

static struct sg_cfg_table *table_slot(struct sg_config *cfg, const char *name)
{
	for (size_t i = 0; i < cfg->ntables; i++)
		if (!strcmp(cfg->tables[i].name, name))
			return &cfg->tables[i];
	cfg->tables = sg_realloc(cfg->tables, (cfg->ntables + 1) * sizeof(*cfg->tables));
	memset(&cfg->tables[cfg->ntables], 0, sizeof(*cfg->tables));
	cfg->tables[cfg->ntables].name = sg_strdup(name);
	cfg->tables[cfg->ntables].count = -1;
	cfg->tables[cfg->ntables].null_rate = -1;
	return &cfg->tables[cfg->ntables++];
}

static void column_free(struct sg_cfg_column *c)
{
	free(c->name);
	for (size_t i = 0; i < c->opts.nvalues; i++)
		free(c->opts.values[i]);
	free(c->opts.values);
}

/* Parses one entry of "tables" into its slot; a later call (a scenario)
 * overrides what it names and keeps the rest. */
static int parse_table(struct sg_cfg_ctx *x, struct sg_config *cfg, const cJSON *n)
{
	static const char *const keys[] = { "comment", "count", "null_rate", "columns", "relations",
					    "polymorphic", NULL };
	struct sg_buf path = SG_BUF_INIT;
	struct sg_cfg_table *t;
	const cJSON *v, *e;
	int rc = -1;

	sg_buf_addf(&path, "tables.%s", n->string);
	if (want_object(x, n, path.data) < 0 || known_keys(x, n, path.data, keys) < 0)
		goto out;
	t = table_slot(cfg, n->string);
	t->node = n;
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "count")) &&
	    get_count(x, v, path.data, &t->count) < 0)
		goto out;
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "null_rate")) &&
	    get_rate(x, v, path.data, &t->null_rate) < 0)
		goto out;
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "columns"))) {
		if (want_object(x, v, path.data) < 0)
			goto out;
		cJSON_ArrayForEach(e, v) {
			struct sg_cfg_column c = { 0 };
			struct sg_buf cp = SG_BUF_INIT;
			size_t i;
			int r;

			sg_buf_addf(&cp, "%s.columns.%s", path.data, e->string);
			r = parse_column(x, e, cp.data, &c);
			sg_buf_release(&cp);
			if (r < 0) {
				column_free(&c);
				goto out;
			}
			for (i = 0; i < t->ncolumns && strcmp(t->columns[i].name, c.name); i++)
				;
			if (i == t->ncolumns) {
				t->columns = sg_realloc(t->columns, (t->ncolumns + 1) * sizeof(c));
				t->ncolumns++;
			} else {
				column_free(&t->columns[i]);
			}
			t->columns[i] = c;
		}
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "relations"))) {
		if (want_object(x, v, path.data) < 0)
			goto out;
		cJSON_ArrayForEach(e, v) {
			struct sg_buf rp = SG_BUF_INIT;
			struct sg_cfg_relation *r;

			t->relations = sg_realloc(t->relations, (t->nrelations + 1) * sizeof(*r));
			r = &t->relations[t->nrelations++];
			memset(r, 0, sizeof(*r));
			sg_buf_addf(&rp, "%s.relations.%s", path.data, e->string);
			if (parse_relation(x, e, rp.data, r) < 0) {
				sg_buf_release(&rp);
				goto out;
			}
			sg_buf_release(&rp);
		}
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(n, "polymorphic"))) {
		if (want_object(x, v, path.data) < 0)
			goto out;
		cJSON_ArrayForEach(e, v) {
			struct sg_buf pp = SG_BUF_INIT;
			struct sg_cfg_poly *p;

			t->polys = sg_realloc(t->polys, (t->npolys + 1) * sizeof(*p));
			p = &t->polys[t->npolys++];
			memset(p, 0, sizeof(*p));
			sg_buf_addf(&pp, "%s.polymorphic.%s", path.data, e->string);
			if (parse_poly(x, e, pp.data, p) < 0) {
				sg_buf_release(&pp);
				goto out;
			}
			sg_buf_release(&pp);
		}
	}
	rc = 0;
out:
	sg_buf_release(&path);
	return rc;
}

static int string_list(struct sg_cfg_ctx *x, const cJSON *v, const char *path, char ***out,
		       size_t *n)
{
	const cJSON *e;

	if (!cJSON_IsArray(v))
		return sg_cfg_bad(x, v, path, "expected an array of strings (glob patterns)");
	*out = sg_calloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(char *));
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || !*e->valuestring)
			return sg_cfg_bad(x, e, path, "patterns must be non-empty strings");
		(*out)[(*n)++] = sg_strdup(e->valuestring);
	}
	return 0;
}

/* "environments": {"production": {"hosts": [globs], "databases": [globs]}} */
static int parse_environments(struct sg_cfg_ctx *x, struct sg_config *cfg, const cJSON *n)
{
	static const char *const keys[] = { "hosts", "databases", "comment", NULL };
	const cJSON *e, *v;

	if (want_object(x, n, "environments") < 0)
		return -1;
	cfg->envs = sg_calloc((size_t)cJSON_GetArraySize(n) + 1, sizeof(*cfg->envs));
	cJSON_ArrayForEach(e, n) {
		struct sg_cfg_env *env = &cfg->envs[cfg->nenvs++];
		struct sg_buf path = SG_BUF_INIT;
		int rc = 0;

		env->name = sg_strdup(e->string);
		sg_buf_addf(&path, "environments.%s", e->string);
		if (want_object(x, e, path.data) < 0 || known_keys(x, e, path.data, keys) < 0)
			rc = -1;
		if (!rc && (v = cJSON_GetObjectItemCaseSensitive(e, "hosts")))
			rc = string_list(x, v, path.data, &env->hosts, &env->nhosts);
		if (!rc && (v = cJSON_GetObjectItemCaseSensitive(e, "databases")))
			rc = string_list(x, v, path.data, &env->databases, &env->ndatabases);
		if (!rc && !env->nhosts && !env->ndatabases)
			rc = sg_cfg_bad(x, e, path.data, "an environment needs \"hosts\" or \"databases\" patterns");
		sg_buf_release(&path);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* "defaults" and "tables" (and, at the top level, "foreign_keys" and
 * "scenarios"): the shape shared by the file and each scenario. */
static int parse_level(struct sg_cfg_ctx *x, struct sg_config *cfg, const cJSON *n, bool top)
{
	static const char *const top_keys[] = { "$schema", "comment", "defaults", "foreign_keys",
						"tables", "scenarios", "environments", "vocabulary",
						NULL };
	static const char *const scen_keys[] = { "comment", "defaults", "tables", NULL };
	static const char *const def_keys[] = { "count", "null_rate", "skew", NULL };
	const char *where = top ? "(top level)" : "scenarios";
	const cJSON *d, *v, *e;

	if (want_object(x, n, where) < 0 || known_keys(x, n, where, top ? top_keys : scen_keys) < 0)
		return -1;
	if ((d = cJSON_GetObjectItemCaseSensitive(n, "defaults"))) {
		if (want_object(x, d, "defaults") < 0 || known_keys(x, d, "defaults", def_keys) < 0)
			return -1;
		if ((v = cJSON_GetObjectItemCaseSensitive(d, "count")) &&
		    get_count(x, v, "defaults", &cfg->default_count) < 0)
			return -1;
		if ((v = cJSON_GetObjectItemCaseSensitive(d, "null_rate")) &&
		    get_rate(x, v, "defaults", &cfg->null_rate) < 0)
			return -1;
		if ((v = cJSON_GetObjectItemCaseSensitive(d, "skew")) &&
		    get_skew(x, v, "defaults", &cfg->skew) < 0)
			return -1;
	}
	if (top && (v = cJSON_GetObjectItemCaseSensitive(n, "vocabulary"))) {
		if (!cJSON_IsString(v) || sg_vocab_pack_parse(v->valuestring) < 0)
			return sg_cfg_bad(x, v, "vocabulary",
					  "\"vocabulary\" must be \"auto\", \"cannabis\" or \"neutral\"");
		cfg->vocabulary = sg_vocab_pack_parse(v->valuestring);
	}
	if (top && (d = cJSON_GetObjectItemCaseSensitive(n, "foreign_keys"))) {
		static const char *const fk_keys[] = { "infer", NULL };

		if (want_object(x, d, "foreign_keys") < 0 ||
		    known_keys(x, d, "foreign_keys", fk_keys) < 0)
			return -1;
		if ((v = cJSON_GetObjectItemCaseSensitive(d, "infer"))) {
			if (!cJSON_IsBool(v))
				return sg_cfg_bad(x, v, "foreign_keys", "\"infer\" must be true or false");
			cfg->infer_fks = cJSON_IsTrue(v);
		}
	}
	if ((d = cJSON_GetObjectItemCaseSensitive(n, "tables"))) {
		if (want_object(x, d, "tables") < 0)
			return -1;
		cJSON_ArrayForEach(e, d)
			if (parse_table(x, cfg, e) < 0)
				return -1;
	}
	if (top && (d = cJSON_GetObjectItemCaseSensitive(n, "environments")) &&
	    parse_environments(x, cfg, d) < 0)
		return -1;
	return 0;
}

/* Built-in meaning of the three standard scenarios when the file does not
 * define them: light = at most 5 rows a table, full = the file's volumes,
 * edge = boundary values in 10 rows a table unless configured. */
static void builtin_scenario(struct sg_config *cfg, const char *name)
{
	if (!strcmp(name, "light")) {
		if (cfg->default_count > 5)
			cfg->default_count = 5;
		for (size_t i = 0; i < cfg->ntables; i++)
			if (cfg->tables[i].count > 5)
				cfg->tables[i].count = 5;
	} else if (!strcmp(name, "edge") && cfg->default_count == SG_DEFAULT_COUNT) {
		cfg->default_count = 10;
	}
}

int sg_config_load(struct sg_config *cfg, const char *path, const char *scenario,
		   struct sg_error *err)
{
	struct sg_json_doc *doc;
	struct sg_cfg_ctx x;
	const cJSON *scens, *sc = NULL;
	bool builtin = scenario && (!strcmp(scenario, "light") || !strcmp(scenario, "full") ||
				    !strcmp(scenario, "edge"));

	memset(cfg, 0, sizeof(*cfg));
	cfg->default_count = SG_DEFAULT_COUNT;
	cfg->null_rate = SG_DEFAULT_NULL_RATE;
	cfg->skew = 0.8;
	cfg->infer_fks = true;
	if (scenario) {
		cfg->scenario = sg_strdup(scenario);
		cfg->edge = !strcmp(scenario, "edge");
	}
	if (!path) {
		if (scenario && !builtin)
			return sg_error_set(err, SG_EXIT_USAGE,
					    "unknown scenario '%s': without --config only light, full "
					    "and edge exist", scenario);
		if (scenario)
			builtin_scenario(cfg, scenario);
		return 0;
	}
	doc = sg_calloc(1, sizeof(*doc));
	if (sg_json_doc_load(path, "config file", doc, err) < 0) {
		free(doc);
		return -1;
	}
	cfg->doc = doc;
	cfg->path = sg_strdup(path);
	x.doc = doc;
	x.err = err;
	if (parse_level(&x, cfg, doc->root, true) < 0)
		goto fail;
	if (!scenario)
		return 0;
	scens = cJSON_GetObjectItemCaseSensitive(doc->root, "scenarios");
	if (scens) {
		if (want_object(&x, scens, "scenarios") < 0)
			goto fail;
		sc = cJSON_GetObjectItemCaseSensitive(scens, scenario);
	}
	if (sc) {
		if (parse_level(&x, cfg, sc, false) < 0)
			goto fail;
	} else if (builtin) {
		builtin_scenario(cfg, scenario);
	} else {
		struct sg_buf names = SG_BUF_INIT;
		const cJSON *e;

		cJSON_ArrayForEach(e, scens)
			sg_buf_addf(&names, ", %s", e->string);
		sg_error_set(err, SG_EXIT_USAGE, "unknown scenario '%s' in %s", scenario, path);
		sg_error_hint(err, "scenarios: light, full, edge%s", sg_buf_str(&names));
		sg_buf_release(&names);
		goto fail;
	}
	return 0;
fail:
	sg_config_release(cfg);
	return -1;
}

void sg_config_release(struct sg_config *cfg)
{
	for (size_t i = 0; i < cfg->ntables; i++) {
		struct sg_cfg_table *t = &cfg->tables[i];

		free(t->name);
		for (size_t j = 0; j < t->ncolumns; j++)
			column_free(&t->columns[j]);
		free(t->columns);
		for (size_t j = 0; j < t->nrelations; j++) {
			free(t->relations[j].column);
			free(t->relations[j].ref_table);
			free(t->relations[j].ref_column);
		}
		free(t->relations);
		for (size_t j = 0; j < t->npolys; j++) {
			free(t->polys[j].type_column);
			free(t->polys[j].id_column);
			for (size_t k = 0; k < t->polys[j].nmap; k++) {
				free(t->polys[j].map[k].type_value);
				free(t->polys[j].map[k].table);
			}
			free(t->polys[j].map);
		}
		free(t->polys);
	}
	free(cfg->tables);
	for (size_t i = 0; i < cfg->nenvs; i++) {
		struct sg_cfg_env *e = &cfg->envs[i];

		free(e->name);
		for (size_t j = 0; j < e->nhosts; j++)
			free(e->hosts[j]);
		free(e->hosts);
		for (size_t j = 0; j < e->ndatabases; j++)
			free(e->databases[j]);
		free(e->databases);
	}
	free(cfg->envs);
	free(cfg->path);
	free(cfg->scenario);
	if (cfg->doc) {
		sg_json_release(cfg->doc);
		free(cfg->doc);
	}
	memset(cfg, 0, sizeof(*cfg));
}

const struct sg_cfg_table *sg_config_table(const struct sg_config *cfg, const char *name)
{
	for (size_t i = 0; i < cfg->ntables; i++)
		if (!strcmp(cfg->tables[i].name, name))
			return &cfg->tables[i];
	return NULL;
}

const struct sg_cfg_column *sg_config_column(const struct sg_cfg_table *t, const char *name)
{
	for (size_t i = 0; t && i < t->ncolumns; i++)
		if (!strcmp(t->columns[i].name, name))
			return &t->columns[i];
	return NULL;
}

const struct sg_cfg_relation *sg_config_relation(const struct sg_cfg_table *t, const char *column)
{
	for (size_t i = 0; t && i < t->nrelations; i++)
		if (!strcmp(t->relations[i].column, column))
			return &t->relations[i];
	return NULL;
}
