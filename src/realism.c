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

enum { O_TABLES = 1, O_MIN, O_MAXROWS };

static const struct sg_option options[] = {
	{ "tables", 0, "T,...", "only these tables (repeatable, or a comma list)", O_TABLES },
	{ NULL, 0, NULL, "the same as --tables", SG_O_TABLE },
	{ "min-percent", 0, "P", "exit 1 when a rule, or all rules together, hold in\n"
	  "fewer than P% of the rows they apply to", O_MIN },
	{ "max-rows", 0, "N", "read at most N rows per table (default: all)", O_MAXROWS },
	{ 0 },
};

const struct sg_cmd_help sg_help_realism = {
	.synopsis = "[--db URL] [--schema NAME] [--tables T,...]\n"
		    "                       [--min-percent P] [--max-rows N] [--format text|json]",
	.about = "Scores how realistic the rows are. From what each column means (its table,\n"
		 "name and type) it checks: ordered pairs (from <= to, start <= end, min <= max,\n"
		 "order <= shipped/required, created <= updated/deleted, birth + 14 years <=\n"
		 "hire), no date in the future unless the name allows it (due, expires,\n"
		 "scheduled, to ...), ranges (latitude, longitude, zoom, ratio 0..1, percent,\n"
		 "rating, year, age, salary, price, quantity, milliseconds), birth dates,\n"
		 "state/country/currency/ZIP codes, and row coherence (state name and code, ZIP\n"
		 "and city in the state, gender and courtesy title from the first name, the year\n"
		 "in an email and the birth date), closed vocabularies (genre, media type,\n"
		 "department, protocol, region, parameter names and values that fit them),\n"
		 "D001-like codes, and, outside TERP, names free of the cannabis vocabulary.\n"
		 "Prints per rule the rows that hold it and the overall share.",
	.options = options,
	.footer = "Exit codes: 0 ok, 1 below --min-percent, 2 usage error, 3 database error.\n",
};

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

int cmd_realism(struct sg_args *a)
{
	struct sg_error err = { 0 };
	struct sg_namelist *only = &a->tables;
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_table **picked = NULL;
	enum sg_format fmt = a->format;
	double min_percent = -1;
	long long max_rows = 0;
	size_t n = 0;
	int rc = SG_EXIT_OK;

	for (size_t i = 0; i < a->nown; i++) {
		const char *v = a->own[i].value;

		if (a->own[i].id == O_TABLES)
			sg_namelist_add_csv(only, v);
		else if (a->own[i].id == O_MIN &&
			 sg_cli_parse_percent("--min-percent", v, &min_percent, &err) < 0)
			goto fail;
		else if (a->own[i].id == O_MAXROWS &&
			 sg_cli_parse_count("--max-rows", v, 1, &max_rows, &err) < 0)
			goto fail;
	}
	if (sg_cli_open(a->db, a->schema, &db, &schema, &err) < 0)
		goto fail;
	if (sg_schema_pick_or_all(&schema, only->names, only->n, &picked, &n, &err) < 0)
		goto fail;
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
	return rc;
}
