/*
 * Option parsing shared by the commands. getopt_long's own messages name
 * neither the command nor a hint, so seedgen walks argv itself with a small
 * iterator: "--name value", "--name=value", "-x value" and "-x".
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/cli.h"
#include "seedgen/db.h"

void sg_argiter_init(struct sg_argiter *it, int argc, char **argv, int start,
		     const char *cmd)
{
	it->argc = argc;
	it->argv = argv;
	it->i = start;
	it->cmd = cmd;
	it->opt = NULL;
}

static int unknown(struct sg_argiter *it, const char *arg, struct sg_error *err)
{
	sg_error_set(err, SG_EXIT_USAGE, "unknown option '%s' for 'seedgen %s'", arg, it->cmd);
	sg_error_hint(err, "run 'seedgen %s --help' for the options it takes", it->cmd);
	return -1;
}

int sg_argiter_next(struct sg_argiter *it, const struct sg_opt *opts,
		    const char **value, struct sg_error *err)
{
	const char *arg, *eq = NULL;
	const struct sg_opt *o = NULL;

	*value = NULL;
	if (it->i >= it->argc)
		return SG_OPT_END;
	arg = it->argv[it->i++];
	it->opt = arg;
	if (arg[0] == '-' && arg[1] == '-' && arg[2]) {
		const char *name = arg + 2;
		size_t n;

		eq = strchr(name, '=');
		n = eq ? (size_t)(eq - name) : strlen(name);
		for (const struct sg_opt *p = opts; p->name; p++)
			if (strlen(p->name) == n && !strncmp(p->name, name, n))
				o = p;
		if (!o)
			return unknown(it, arg, err);
	} else if (arg[0] == '-' && arg[1] && arg[1] != '-' && !arg[2]) {
		for (const struct sg_opt *p = opts; p->name; p++)
			if (p->short_name && p->short_name == arg[1])
				o = p;
		if (!o)
			return unknown(it, arg, err);
	} else {
		sg_error_set(err, SG_EXIT_USAGE, "unexpected argument '%s' for 'seedgen %s'",
			     arg, it->cmd);
		sg_error_hint(err, "options start with '--'; run 'seedgen %s --help'", it->cmd);
		return -1;
	}
	if (!o->has_arg) {
		if (eq) {
			sg_error_set(err, SG_EXIT_USAGE, "option '--%s' takes no value", o->name);
			return -1;
		}
		return o->id;
	}
	if (eq) {
		*value = eq + 1;
	} else {
		if (it->i >= it->argc) {
			sg_error_set(err, SG_EXIT_USAGE, "option '%s' needs a value", arg);
			return -1;
		}
		*value = it->argv[it->i++];
	}
	return o->id;
}

int sg_cli_parse_count(const char *opt, const char *value, long long min,
		       long long *out, struct sg_error *err)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(value, &end, 10);
	if (!*value || *end || errno == ERANGE) {
		sg_error_set(err, SG_EXIT_USAGE, "%s must be a whole number, not '%s'", opt, value);
		return -1;
	}
	if (v < min) {
		sg_error_set(err, SG_EXIT_USAGE, "%s must be at least %lld, not %lld", opt, min, v);
		return -1;
	}
	*out = v;
	return 0;
}

int sg_cli_parse_u64(const char *opt, const char *value, unsigned long long *out,
		     struct sg_error *err)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(value, &end, 10);
	if (!*value || *end || errno == ERANGE || value[0] == '-' || value[0] == '+') {
		sg_error_set(err, SG_EXIT_USAGE,
			     "%s must be a whole number from 0 to 18446744073709551615, not '%s'",
			     opt, value);
		return -1;
	}
	*out = v;
	return 0;
}

int sg_cli_parse_format(const char *value, bool allow_markdown, enum sg_format *out,
			struct sg_error *err)
{
	if (!strcmp(value, "text"))
		*out = SG_FMT_TEXT;
	else if (!strcmp(value, "json"))
		*out = SG_FMT_JSON;
	else if (allow_markdown && !strcmp(value, "markdown"))
		*out = SG_FMT_MARKDOWN;
	else
		return sg_error_set(err, SG_EXIT_USAGE, "unknown --format '%s': expected %s",
				    value, allow_markdown ? "text, json or markdown" : "text or json");
	return 0;
}

void sg_namelist_add_csv(struct sg_namelist *l, const char *csv)
{
	const char *p = csv;

	for (;;) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);

		if (n) {
			char *name = sg_strndup(p, n);

			if (sg_namelist_has(l, name)) {
				free(name);
			} else {
				SG_GROW(l->names, l->n + 1, l->cap);
				l->names[l->n++] = name;
			}
		}
		if (!comma)
			break;
		p = comma + 1;
	}
}

bool sg_namelist_has(const struct sg_namelist *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->names[i], name))
			return true;
	return false;
}

void sg_namelist_release(struct sg_namelist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->names[i]);
	free(l->names);
	memset(l, 0, sizeof(*l));
}

int sg_cli_db_url(const char *flag_value, const char **url, struct sg_error *err)
{
	const char *env = getenv("DATABASE_URL");

	if (flag_value && *flag_value) {
		*url = flag_value;
		return 0;
	}
	if (env && *env) {
		*url = env;
		return 0;
	}
	sg_error_set(err, SG_EXIT_USAGE, "no database given: use --db URL or set DATABASE_URL");
	sg_error_hint(err, "e.g. --db mysql://user:password@127.0.0.1:3306/erp");
	return -1;
}

int sg_cli_open(const char *db_flag, const char *schema_name, struct sg_db *db,
		struct sg_schema *schema, struct sg_error *err)
{
	const char *url;

	if (sg_cli_db_url(db_flag, &url, err) < 0 || sg_db_open(db, url, schema_name, err) < 0)
		return -1;
	return sg_db_introspect(db, schema, err);
}
