/*
 * Option parsing shared by the commands. getopt_long's own messages name
 * neither the command nor a hint, so seedgen walks argv itself with a small
 * iterator: "--name value", "--name=value", "-x value" and "-x".
 *
 * Here too: the command table, the shared options (declared once, parsed
 * once into struct sg_args) and the help printer. Every option carries its
 * help text, and `seedgen --help`, `seedgen help CMD` and `seedgen CMD
 * --help` print from the same arrays the parser reads.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"
#include "seedgen/words.h"

void sg_argiter_init(struct sg_argiter *it, int argc, char **argv, int start,
		     const char *cmd)
{
	it->argc = argc;
	it->argv = argv;
	it->i = start;
	it->cmd = cmd;
	it->opt = NULL;
}

static int unknown(struct sg_argiter *it, const char *arg, const struct sg_option *opts,
		   size_t nopts, struct sg_error *err)
{
	struct sg_nearest nr;
	char name[64];

	snprintf(name, sizeof(name), "%.*s", (int)strcspn(arg + 2, "="), arg + 2);
	sg_nearest_init(&nr, name);
	if (arg[1] == '-')
		for (size_t i = 0; i < nopts; i++)
			sg_nearest_offer(&nr, opts[i].name);
	sg_error_set(err, SG_EXIT_USAGE, "unknown option '%s' for 'seedgen %s'", arg, it->cmd);
	if (nr.best)
		sg_error_hint(err, "did you mean '--%s'? 'seedgen %s --help' lists the options it takes",
			      nr.best, it->cmd);
	else
		sg_error_hint(err, "run 'seedgen %s --help' for the options it takes", it->cmd);
	return -1;
}

int sg_argiter_next(struct sg_argiter *it, const struct sg_option *opts, size_t nopts,
		    const char **value, struct sg_error *err)
{
	const char *arg, *eq = NULL;
	const struct sg_option *o = NULL;

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
		for (const struct sg_option *p = opts; p < opts + nopts; p++)
			if (strlen(p->name) == n && !strncmp(p->name, name, n))
				o = p;
		if (!o)
			return unknown(it, arg, opts, nopts, err);
	} else if (arg[0] == '-' && arg[1] && arg[1] != '-' && !arg[2]) {
		for (const struct sg_option *p = opts; p < opts + nopts; p++)
			if (p->short_name && p->short_name == arg[1])
				o = p;
		if (!o)
			return unknown(it, arg, opts, nopts, err);
	} else {
		sg_error_set(err, SG_EXIT_USAGE, "unexpected argument '%s' for 'seedgen %s'",
			     arg, it->cmd);
		sg_error_hint(err, "options start with '--'; run 'seedgen %s --help'", it->cmd);
		return -1;
	}
	if (!o->arg) {
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

/* Digits only: strtoll/strtoull would take leading spaces and a sign
 * (" -1" wraps to 18446744073709551615). */
static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

int sg_cli_parse_count(const char *opt, const char *value, long long min,
		       long long *out, struct sg_error *err)
{
	unsigned long long v;

	errno = 0;
	if (!all_digits(value)) {
		if (value[0] == '-' && all_digits(value + 1))
			return sg_error_set(err, SG_EXIT_USAGE, "%s must be at least %lld, not %s",
					    opt, min, value);
		return sg_error_set(err, SG_EXIT_USAGE, "%s must be a whole number, not '%s'",
				    opt, value);
	}
	v = strtoull(value, NULL, 10);
	if (errno == ERANGE || v > (unsigned long long)SG_COUNT_MAX)
		return sg_error_set(err, SG_EXIT_USAGE, "%s must be at most %lld (10^12), not %s",
				    opt, SG_COUNT_MAX, value);
	if ((long long)v < min)
		return sg_error_set(err, SG_EXIT_USAGE, "%s must be at least %lld, not %s", opt,
				    min, value);
	*out = (long long)v;
	return 0;
}

int sg_cli_parse_u64(const char *opt, const char *value, unsigned long long *out,
		     struct sg_error *err)
{
	unsigned long long v;

	errno = 0;
	v = all_digits(value) ? strtoull(value, NULL, 10) : 0;
	if (!all_digits(value) || errno == ERANGE)
		return sg_error_set(err, SG_EXIT_USAGE,
				    "%s must be a whole number from 0 to 18446744073709551615 "
				    "(digits only), not '%s'", opt, value);
	*out = v;
	return 0;
}

int sg_cli_parse_percent(const char *opt, const char *value, double *out, struct sg_error *err)
{
	char *end;
	double x;

	errno = 0;
	x = strtod(value, &end);
	if (end != value && *end == '%')
		end++;
	if (!*value || *end || errno == ERANGE || !(x >= 0 && x <= 100))
		return sg_error_set(err, SG_EXIT_USAGE, "%s must be a number from 0 to 100, not '%s'",
				    opt, value);
	*out = x;
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

/* --- the command table --------------------------------------------------------- */

/* To add a command: write cmd_NAME(struct sg_args *) and its sg_help_NAME
 * in src/NAME.c, declare both in include/seedgen/commands.h, add a row
 * here with the flags that say what it does, document it in README.md. */
const struct sg_command sg_commands[] = {
	{ "seed", cmd_seed, "fill tables with realistic rows (the default command)",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_NEEDS_CONFIG | SG_CMD_WRITES | SG_CMD_SEEDS |
	  SG_CMD_FORMAT, &sg_help_seed },
	{ "reseed", cmd_reseed, "empty tables and seed them again (staging only)",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_NEEDS_CONFIG | SG_CMD_WRITES | SG_CMD_SEEDS |
	  SG_CMD_FORMAT, &sg_help_reseed },
	{ "undo", cmd_undo, "delete exactly the rows a run inserted (from its report)",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_NEEDS_CONFIG | SG_CMD_WRITES, &sg_help_undo },
	{ "list-generators", cmd_list_generators,
	  "the table-specific generators; the rest are generic",
	  SG_CMD_MAY_USE_DB | SG_CMD_NEEDS_SCHEMA, &sg_help_list_generators },
	{ "inspect", cmd_inspect, "print the live schema (text or JSON)",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_FORMAT, &sg_help_inspect },
	{ "snapshot", cmd_snapshot, "write the live schema as a contract (seedgen schema JSON)",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA, &sg_help_snapshot },
	{ "validate", cmd_validate, "compare the live schema with a contract; report drift",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_FORMAT | SG_CMD_MARKDOWN, &sg_help_validate },
	{ "fingerprint", cmd_fingerprint, "run named canary checks (tables, columns, enums, rows)",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_FORMAT, &sg_help_fingerprint },
	{ "coverage", cmd_coverage, "how many tables have data; per-table row counts",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_FORMAT, &sg_help_coverage },
	{ "verify", cmd_verify, "referential integrity: orphans, bad enum values, duplicates",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_FORMAT, &sg_help_verify },
	{ "reconcile", cmd_reconcile, "insert missing reference rows by natural key (idempotent)",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_NEEDS_CONFIG | SG_CMD_WRITES | SG_CMD_FORMAT,
	  &sg_help_reconcile },
	{ "realism", cmd_realism, "score how realistic the rows are (ordered dates, ranges, codes)",
	  SG_CMD_NEEDS_DB | SG_CMD_NEEDS_SCHEMA | SG_CMD_FORMAT, &sg_help_realism },
	{ NULL, NULL, NULL, 0, NULL },
};

const struct sg_command *sg_command_find(const char *name)
{
	for (const struct sg_command *c = sg_commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

/* --- the shared options --------------------------------------------------------- */

/* Each with the command flags that bring it (0: every command). */
static const struct {
	struct sg_option o;
	unsigned by;
} shared[] = {
	{ { "table", 't', "T", "table to seed (repeatable, or a comma list)", SG_O_TABLE },
	  SG_CMD_SEEDS },
	{ { "all", 0, NULL, "every table, in foreign-key order; migration\n"
	    "bookkeeping tables (schema_migrations, alembic_version,\n"
	    "...) are skipped: name them with --table to seed them", SG_O_ALL }, SG_CMD_SEEDS },
	{ { "exclude", 0, "T,...", "with --all: leave these tables out (repeatable)", SG_O_EXCLUDE },
	  SG_CMD_SEEDS },
	{ { "count", 'n', "N", "rows per named table (with --all: per table), at most\n"
	    "10^12; default: the config's count, else 20", SG_O_COUNT }, SG_CMD_SEEDS },
	{ { "seed", 0, "N", "random seed, 0 to 2^64-1 (default: random; the run\nprints it)",
	    SG_O_SEED }, SG_CMD_SEEDS },
	{ { "with-parents", 0, NULL, "also seed the empty tables that the named ones need",
	    SG_O_WITH_PARENTS }, SG_CMD_SEEDS },
	{ { "strict", 0, NULL, "error instead of capping a count that a unique key\n"
	    "makes impossible", SG_O_STRICT }, SG_CMD_SEEDS },
	{ { "allow-non-transactional", 0, NULL, "seed MyISAM/Aria/MEMORY tables too (a failed\n"
	    "load then keeps its rows; the report lists them)", SG_O_ALLOW_NONTX }, SG_CMD_SEEDS },
	{ { "scenario", 0, "NAME", "light, full, edge, or one the config defines", SG_O_SCENARIO },
	  SG_CMD_SEEDS },
	{ { "batch-size", 0, "N", "rows generated per batch (default 1000)", SG_O_BATCH },
	  SG_CMD_SEEDS },
	{ { "report", 0, "FILE", "where to write the run report (default:\n"
	    "seedgen-runs/<run id>.json); 'seedgen undo --report\n"
	    "FILE' deletes exactly the rows the run inserted", SG_O_REPORT }, SG_CMD_SEEDS },
	{ { "dry-run", 0, NULL, "print what would be written; write nothing", SG_O_DRY_RUN },
	  SG_CMD_WRITES },
	{ { "format", 0, "F", "text (default) or json", SG_O_FORMAT },
	  SG_CMD_FORMAT | SG_CMD_MARKDOWN },
	{ { "db", 0, "URL", "database URL (default: $DATABASE_URL)", SG_O_DB },
	  SG_CMD_NEEDS_DB | SG_CMD_MAY_USE_DB },
	{ { "schema", 0, "NAME", "PostgreSQL schema (default: public)", SG_O_SCHEMA },
	  SG_CMD_NEEDS_SCHEMA },
	{ { "config", 'c', "FILE", "config file (default: $SEEDGEN_CONFIG); its\n"
	    "'environments' tell production targets", SG_O_CONFIG },
	  SG_CMD_NEEDS_CONFIG | SG_CMD_WRITES },
	{ { "env", 0, "NAME", "the target's environment; 'production' (also\n"
	    "SEEDGEN_ENV=production, or the config's environments)\n"
	    "turns on the production guard", SG_O_ENV }, SG_CMD_WRITES },
	{ { "allow-production", 0, NULL, "allow this targeted write on a production target",
	    SG_O_ALLOW_PROD }, SG_CMD_WRITES },
	{ { "quiet", 'q', NULL, "no progress lines, no warnings", SG_O_QUIET }, 0 },
	{ { "help", 'h', NULL, "this help", SG_O_HELP }, 0 },
};
#define NSHARED (sizeof(shared) / sizeof(shared[0]))

static const struct sg_option *shared_option(int id)
{
	for (size_t i = 0; i < NSHARED; i++)
		if (shared[i].o.id == id)
			return &shared[i].o;
	return NULL;
}

static bool listed(const struct sg_option *opts, size_t n, int id)
{
	for (size_t i = 0; i < n; i++)
		if (opts[i].id == id)
			return true;
	return false;
}

size_t sg_cmd_options(const struct sg_command *cmd, struct sg_option *out, size_t max)
{
	size_t n = 0;

	for (const struct sg_option *o = cmd->help->options; o && o->id && n < max; o++) {
		const struct sg_option *sh = o->name ? NULL : shared_option(o->id);

		out[n] = sh ? *sh : *o;
		if (sh && o->help)
			out[n].help = o->help;
		if (out[n].name)
			n++;
	}
	for (size_t i = 0; i < NSHARED && n < max; i++)
		if ((!shared[i].by || (shared[i].by & cmd->flags)) && !listed(out, n, shared[i].o.id))
			out[n++] = shared[i].o;
	return n;
}

/* --- parsing -------------------------------------------------------------------- */

static int shared_value(struct sg_args *a, int id, const char *v, struct sg_error *err)
{
	switch (id) {
	case SG_O_DB: a->db = v; break;
	case SG_O_SCHEMA: a->schema = v; break;
	case SG_O_CONFIG: a->config = v; break;
	case SG_O_ENV: a->env = v; break;
	case SG_O_SCENARIO: a->scenario = v; break;
	case SG_O_REPORT: a->report = v; break;
	case SG_O_ALLOW_PROD: a->allow_production = true; break;
	case SG_O_DRY_RUN: a->dry_run = true; break;
	case SG_O_ALL: a->all = true; break;
	case SG_O_WITH_PARENTS: a->with_parents = true; break;
	case SG_O_ALLOW_NONTX: a->allow_nontx = true; break;
	case SG_O_STRICT: a->strict = true; break;
	case SG_O_TABLE: sg_namelist_add_csv(&a->tables, v); break;
	case SG_O_EXCLUDE: sg_namelist_add_csv(&a->exclude, v); break;
	case SG_O_COUNT: return sg_cli_parse_count("--count", v, 0, &a->count, err);
	case SG_O_BATCH: return sg_cli_parse_count("--batch-size", v, 1, &a->batch, err);
	case SG_O_SEED:
		a->seed_given = true;
		return sg_cli_parse_u64("--seed", v, &a->seed, err);
	case SG_O_FORMAT:
		return sg_cli_parse_format(v, a->cmd->flags & SG_CMD_MARKDOWN, &a->format, err);
	case SG_O_QUIET: sg_quiet = 1; break;
	}
	return 0;
}

/* Rules between the seeding options, the same for every command that seeds. */
static int check_seeding(const struct sg_args *a, struct sg_error *err)
{
	const char *name = a->cmd->name;

	if (a->all && a->tables.n)
		return sg_error_set(err, SG_EXIT_USAGE, "--all and --table exclude each other: "
				    "%s every table, or name the ones you want", name);
	if (!a->all && !a->tables.n) {
		sg_error_set(err, SG_EXIT_USAGE,
			     "nothing to %s: name tables with --table, or use --all", name);
		sg_error_hint(err, "e.g. seedgen %s --table comments --count 100", name);
		return -1;
	}
	if (a->exclude.n && !a->all) {
		sg_error_set(err, SG_EXIT_USAGE, "--exclude works with --all only");
		sg_error_hint(err, "with --table, leave the table out of the list instead");
		return -1;
	}
	if (a->report && a->dry_run) {
		sg_error_set(err, SG_EXIT_USAGE, "--report and --dry-run exclude each other: "
			     "a dry run writes nothing, not even a run report");
		sg_error_hint(err, "drop --report to preview, or --dry-run to seed");
		return -1;
	}
	return 0;
}

int sg_args_parse(struct sg_args *a, const struct sg_command *cmd, int argc, char **argv,
		  int start, struct sg_error *err)
{
	struct sg_option opts[SG_CMD_MAX_OPTIONS];
	size_t nopts = sg_cmd_options(cmd, opts, SG_CMD_MAX_OPTIONS);
	struct sg_argiter it;
	const char *v;
	int id;

	memset(a, 0, sizeof(*a));
	a->cmd = cmd;
	a->count = -1;
	sg_argiter_init(&it, argc, argv, start, cmd->name);
	while ((id = sg_argiter_next(&it, opts, nopts, &v, err)) > 0) {
		if (id == SG_O_HELP)
			return 1;
		if (id < SG_O_SHARED) {
			SG_GROW(a->own, a->nown + 1, a->cap_own);
			a->own[a->nown++] = (struct sg_optval){ id, it.opt, v };
		} else if (shared_value(a, id, v, err) < 0) {
			return -1;
		}
	}
	if (id < 0)
		return -1;
	return (cmd->flags & SG_CMD_SEEDS) ? check_seeding(a, err) : 0;
}

void sg_args_release(struct sg_args *a)
{
	sg_namelist_release(&a->tables);
	sg_namelist_release(&a->exclude);
	free(a->own);
	a->own = NULL;
	a->nown = 0;
}

/* --- help ------------------------------------------------------------------------ */

#define HELP_COL 24

static void print_option(const struct sg_option *o, FILE *out)
{
	char left[96];
	const char *h = o->help ? o->help : "";
	int n;

	if (o->short_name)
		n = snprintf(left, sizeof(left), "  -%c, --%s%s%s", o->short_name, o->name,
			     o->arg ? " " : "", o->arg ? o->arg : "");
	else
		n = snprintf(left, sizeof(left), "  --%s%s%s", o->name, o->arg ? " " : "",
			     o->arg ? o->arg : "");
	if (n >= HELP_COL - 1)
		fprintf(out, "%s\n%*s", left, HELP_COL, "");
	else
		fprintf(out, "%-*s", HELP_COL, left);
	for (;;) {
		const char *nl = strchr(h, '\n');

		if (!nl) {
			fprintf(out, "%s\n", h);
			break;
		}
		fprintf(out, "%.*s\n%*s", (int)(nl - h), h, HELP_COL, "");
		h = nl + 1;
	}
}

void sg_cli_help(const struct sg_command *cmd, FILE *out)
{
	struct sg_option opts[SG_CMD_MAX_OPTIONS];
	size_t n = sg_cmd_options(cmd, opts, SG_CMD_MAX_OPTIONS);
	const struct sg_cmd_help *h = cmd->help;

	fprintf(out, "usage: seedgen %s %s\n\n%s\n", cmd->name, h->synopsis, h->about);
	fputs("\noptions:\n", out);
	for (size_t i = 0; i < n; i++)
		print_option(&opts[i], out);
	if (cmd->flags & SG_CMD_NEEDS_DB)
		fputs("\nThe database comes from --db URL or $DATABASE_URL.\n", out);
	if (cmd->flags & SG_CMD_WRITES)
		fputs("It writes: on a production target (--env, SEEDGEN_ENV, the config's\n"
		      "environments) it needs --allow-production; --dry-run writes nothing.\n", out);
	if (h->footer)
		fprintf(out, "\n%s", h->footer);
}

void sg_cli_usage(FILE *out)
{
	fputs("usage: seedgen COMMAND [options]\n"
	      "       seedgen --table T [--count N] [options]   (seed is the default command)\n"
	      "       seedgen help COMMAND                      (or seedgen COMMAND --help)\n"
	      "\n"
	      "seedgen reads a live MySQL/MariaDB or PostgreSQL schema and fills it with\n"
	      "realistic, referentially correct seed data, and checks it.\n"
	      "\n"
	      "commands:\n", out);
	for (const struct sg_command *c = sg_commands; c->name; c++)
		fprintf(out, "  %-16s %s\n", c->name, c->summary);
	fputs("\n"
	      "The database comes from --db URL or $DATABASE_URL:\n"
	      "  mysql://user:password@host:3306/db   mariadb://...\n"
	      "  postgresql://user:password@host:5432/db   postgres://...\n"
	      "\n"
	      "Run 'seedgen help COMMAND' for a command's options.\n"
	      "Exit codes: 0 ok, 1 check failed, 2 usage or input error, 3 database error.\n",
	      out);
}
