/*
 * `seedgen realism`: how realistic the rows of a database are. Plans the
 * realism rules from the live schema (realism_rules.c: ordered dates,
 * plausible ranges, codes, row coherence), reads every table once and
 * prints, per rule, the share of rows that hold it, then the overall
 * share; --min-percent gates a CI job on every rule and on the total.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cjson/cJSON.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"
#include "seedgen/realism.h"
#include "seedgen/vocab.h"

static const char usage[] =
	"usage: seedgen realism [--db URL] [--schema NAME] [--tables T,...]\n"
	"                       [--min-percent P] [--max-rows N] [--format text|json]\n"
	"\n"
	"Scores how realistic the rows are. From what each column means (its table,\n"
	"name and type) it checks: ordered pairs (from <= to, start <= end, min <= max,\n"
	"order <= shipped/required, created <= updated/deleted, birth + 14 years <= hire),\n"
	"no date in the future unless the name allows it (due, expires, scheduled, to ...),\n"
	"ranges (latitude, longitude, zoom, ratio 0..1, percent, rating, year, age,\n"
	"salary, price, quantity, milliseconds), birth dates, state/country/currency/ZIP\n"
	"codes, and row coherence (state name and code, ZIP and city in the state,\n"
	"gender and courtesy title from the first name, the year in an email and the\n"
	"birth date), closed vocabularies (genre, media type, department, protocol,\n"
	"region, parameter names and values that fit them), D001-like codes, and,\n"
	"outside TERP, names free of the cannabis vocabulary. Prints per rule the\n"
	"rows that hold it and the overall share.\n"
	"\n"
	"  --db URL          database URL (default: $DATABASE_URL)\n"
	"  --schema NAME     PostgreSQL schema (default: public)\n"
	"  --tables T,...    only these tables (repeatable, or a comma list)\n"
	"  --min-percent P   exit 1 when a rule, or all rules together, hold in\n"
	"                    fewer than P% of the rows they apply to\n"
	"  --max-rows N      read at most N rows per table (default: all)\n"
	"  --format F        text (default) or json\n"
	"  -q, --quiet       no warnings\n"
	"  -h, --help        this help\n"
	"\n"
	"Exit codes: 0 ok, 1 below --min-percent, 2 usage error, 3 database error.\n";

enum { O_DB = 1, O_SCHEMA, O_TABLES, O_MIN, O_MAXROWS, O_FORMAT, O_QUIET, O_HELP };

static const struct sg_opt opts[] = {
	{ "db", 0, 1, O_DB },
	{ "schema", 0, 1, O_SCHEMA },
	{ "tables", 't', 1, O_TABLES },
	{ "table", 0, 1, O_TABLES },
	{ "min-percent", 0, 1, O_MIN },
	{ "max-rows", 0, 1, O_MAXROWS },
	{ "format", 0, 1, O_FORMAT },
	{ "quiet", 'q', 0, O_QUIET },
	{ "help", 'h', 0, O_HELP },
	{ NULL, 0, 0, 0 },
};

static int parse_percent(const char *v, double *out, struct sg_error *err)
{
	char *end;
	double x;

	errno = 0;
	x = strtod(v, &end);
	if (end != v && *end == '%')
		end++;
	if (!*v || *end || errno == ERANGE || x < 0 || x > 100)
		return sg_error_set(err, SG_EXIT_USAGE,
				    "--min-percent must be a number from 0 to 100, not '%s'", v);
	*out = x;
	return 0;
}

static double share(long long held, long long checked)
{
	return checked ? 100.0 * (double)held / (double)checked : 100.0;
}

static bool below(long long held, long long checked, double min)
{
	return min >= 0 && checked && (double)held * 100.0 < min * (double)checked;
}

static void print_json(const struct sg_realism *rl, long long held, long long checked,
		       double min, bool passed)
{
	cJSON *root = cJSON_CreateObject(), *rules = cJSON_CreateArray();
	char *json;

	for (size_t i = 0; i < rl->n; i++) {
		const struct sg_rl_rule *r = &rl->rules[i];
		cJSON *o = cJSON_CreateObject();

		cJSON_AddStringToObject(o, "rule", sg_rl_kind_name(r->kind));
		cJSON_AddStringToObject(o, "table", r->table->name);
		cJSON_AddStringToObject(o, "check", r->what);
		cJSON_AddNumberToObject(o, "rows", (double)r->checked);
		cJSON_AddNumberToObject(o, "held", (double)r->held);
		cJSON_AddNumberToObject(o, "percent", share(r->held, r->checked));
		if (r->example[0])
			cJSON_AddStringToObject(o, "example", r->example);
		cJSON_AddItemToArray(rules, o);
	}
	cJSON_AddItemToObject(root, "rules", rules);
	cJSON_AddNumberToObject(root, "rows", (double)checked);
	cJSON_AddNumberToObject(root, "held", (double)held);
	cJSON_AddNumberToObject(root, "percent", share(held, checked));
	if (min >= 0)
		cJSON_AddNumberToObject(root, "min_percent", min);
	else
		cJSON_AddNullToObject(root, "min_percent");
	cJSON_AddBoolToObject(root, "passed", passed);
	json = cJSON_Print(root);
	cJSON_Delete(root);
	puts(json ? json : "{}");
	free(json);
}

static void print_text(const struct sg_realism *rl, long long held, long long checked,
		       double min, bool passed)
{
	size_t tw = 5, ww = 5, applied = 0;

	for (size_t i = 0; i < rl->n; i++) {
		if (strlen(rl->rules[i].table->name) > tw)
			tw = strlen(rl->rules[i].table->name);
		if (strlen(rl->rules[i].what) > ww)
			ww = strlen(rl->rules[i].what);
	}
	printf("%-14s %-*s %-*s %8s %8s %7s\n", "rule", (int)tw, "table", (int)ww, "check",
	       "rows", "held", "share");
	for (size_t i = 0; i < rl->n; i++) {
		const struct sg_rl_rule *r = &rl->rules[i];

		applied += r->checked > 0;
		printf("%-14s %-*s %-*s %8lld %8lld ", sg_rl_kind_name(r->kind), (int)tw,
		       r->table->name, (int)ww, r->what, r->checked, r->held);
		if (r->checked)
			printf("%6.1f%%", share(r->held, r->checked));
		else
			printf("%7s", "-");
		if (r->example[0])
			printf("  e.g. %s", r->example);
		putchar('\n');
	}
	printf("\n%lld/%lld row checks hold (%.1f%%) over %zu rules (%zu applied)\n", held,
	       checked, share(held, checked), rl->n, applied);
	if (!passed)
		printf("FAIL: below --min-percent %g\n", min);
}

static int run(struct sg_db *db, const struct sg_schema *s, struct sg_table **picked, size_t n,
	       long long max_rows, double min, enum sg_format fmt, struct sg_error *err)
{
	struct sg_realism rl = { 0 };
	long long held = 0, checked = 0;
	bool passed = true;

	sg_realism_plan(&rl, picked, n, (int64_t)time(NULL),
			sg_vocab_pack_for(s, SG_PACK_AUTO) == SG_PACK_NEUTRAL);
	if (sg_realism_run(&rl, db, max_rows, err) < 0) {
		sg_realism_release(&rl);
		return -1;
	}
	for (size_t i = 0; i < rl.n; i++) {
		held += rl.rules[i].held;
		checked += rl.rules[i].checked;
		if (below(rl.rules[i].held, rl.rules[i].checked, min))
			passed = false;
	}
	if (below(held, checked, min))
		passed = false;
	if (fmt == SG_FMT_JSON)
		print_json(&rl, held, checked, min, passed);
	else
		print_text(&rl, held, checked, min, passed);
	sg_realism_release(&rl);
	return passed ? SG_EXIT_OK : SG_EXIT_CHECK;
}

int cmd_realism(int argc, char **argv)
{
	struct sg_error err = { 0 };
	struct sg_argiter it;
	struct sg_namelist only = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_table **picked = NULL;
	const char *db_flag = NULL, *schema_name = NULL, *v;
	enum sg_format fmt = SG_FMT_TEXT;
	double min_percent = -1;
	long long max_rows = 0;
	size_t n = 0;
	int id, rc = SG_EXIT_OK;

	sg_argiter_init(&it, argc, argv, 1, "realism");
	while ((id = sg_argiter_next(&it, opts, &v, &err)) > 0) {
		switch (id) {
		case O_DB: db_flag = v; break;
		case O_SCHEMA: schema_name = v; break;
		case O_TABLES: sg_namelist_add_csv(&only, v); break;
		case O_MIN:
			if (parse_percent(v, &min_percent, &err) < 0)
				goto fail;
			break;
		case O_MAXROWS:
			if (sg_cli_parse_count("--max-rows", v, 1, &max_rows, &err) < 0)
				goto fail;
			break;
		case O_FORMAT:
			if (sg_cli_parse_format(v, false, &fmt, &err) < 0)
				goto fail;
			break;
		case O_QUIET: sg_quiet = 1; break;
		case O_HELP: fputs(usage, stdout); goto out;
		}
	}
	if (id < 0 || sg_cli_open(db_flag, schema_name, &db, &schema, &err) < 0)
		goto fail;
	picked = sg_calloc(schema.ntables + only.n + 1, sizeof(*picked));
	if (only.n) {
		if (sg_schema_pick(&schema, only.names, only.n, picked, &err) < 0)
			goto fail;
		n = only.n;
	} else {
		for (size_t i = 0; i < schema.ntables; i++)
			picked[n++] = schema.tables[i];
	}
	rc = run(&db, &schema, picked, n, max_rows, min_percent, fmt, &err);
	if (rc >= 0)
		goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	free(picked);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_namelist_release(&only);
	return rc;
}
