/*
 * `seedgen seed` (the default command): reads the live schema, builds and
 * checks the plan, and either previews it (--dry-run), prints sample rows
 * (--sample), or seeds table by table and reports what it inserted.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cjson/cJSON.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/config.h"
#include "seedgen/db.h"
#include "seedgen/engine.h"
#include "seedgen/guard.h"
#include "seedgen/plan.h"
#include "seedgen/runlog.h"

enum { O_SAMPLE = 1 };

static const struct sg_option options[] = {
	{ .id = SG_O_TABLE }, { .id = SG_O_ALL }, { .id = SG_O_EXCLUDE }, { .id = SG_O_COUNT },
	{ .id = SG_O_SEED }, { .id = SG_O_WITH_PARENTS }, { .id = SG_O_STRICT },
	{ .id = SG_O_ALLOW_NONTX },
	{ .id = SG_O_CONFIG }, { .id = SG_O_SCENARIO }, { .id = SG_O_BATCH },
	{ NULL, 0, NULL, "print the plan (rows now, planned, after; sources of\n"
	  "every column; tables skipped and why) and write nothing", SG_O_DRY_RUN },
	{ "sample", 0, "K", "print K generated rows per table (with --format json:\n"
	  "as JSON) and write nothing", O_SAMPLE },
	{ .id = SG_O_REPORT },
	{ NULL, 0, NULL, "text (default) or json, for the plan, the samples and\nthe summary",
	  SG_O_FORMAT },
	{ 0 },
};

const struct sg_cmd_help sg_help_seed = {
	.synopsis = "(--table T... | --all) [options]",
	.about = "Fills tables with realistic rows that fit the live schema: parents before\n"
		 "children, foreign keys from real parent rows (Pareto-skewed), unique keys\n"
		 "kept unique. Each table commits as one unit.",
	.options = options,
	.footer = "Exit codes: 0 ok, 2 usage or input error (nothing written), 3 database\n"
		  "error (the failing table rolled back).\n",
};

struct seed_args {
	struct sg_plan_opts plan;
	const char *db, *schema, *config, *scenario, *report, *env;
	bool dry_run, allow_production, allow_nontx;
	long long batch, sample;
	enum sg_format fmt;
};

static uint64_t random_seed(void)
{
	uint64_t s = 0;
	int fd = open("/dev/urandom", O_RDONLY);

	if (fd >= 0) {
		if (read(fd, &s, sizeof(s)) != (ssize_t)sizeof(s))
			s = 0;
		close(fd);
	}
	if (!s)
		s = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
	/* Keep it short enough to retype. */
	return s % 1000000000ULL;
}

static int parse_args(const struct sg_args *args, struct seed_args *a, struct sg_error *err)
{
	memset(a, 0, sizeof(*a));
	sg_plan_opts_from_args(args, &a->plan);
	a->plan.exclude = args->exclude;
	a->db = args->db;
	a->schema = args->schema;
	a->config = args->config;
	a->scenario = args->scenario;
	a->report = args->report;
	a->env = args->env;
	a->dry_run = args->dry_run;
	a->allow_production = args->allow_production;
	a->allow_nontx = args->allow_nontx;
	a->batch = args->batch;
	a->fmt = args->format;
	for (size_t i = 0; i < args->nown; i++)
		if (args->own[i].id == O_SAMPLE &&
		    sg_cli_parse_count("--sample", args->own[i].value, 1, &a->sample, err) < 0)
			return -1;
	if (a->dry_run && a->sample)
		return sg_error_set(err, SG_EXIT_USAGE, "--dry-run and --sample exclude each other: "
				    "both only preview; pick one");
	if (a->report && a->sample)
		return sg_error_set(err, SG_EXIT_USAGE, "--report and --sample exclude each other: "
				    "--sample writes nothing, not even a run report");
	a->plan.seed = args->seed_given ? args->seed : random_seed();
	return 0;
}

/* --sample --format json: {"seed", "seed_text", "sample", "tables": [{"name", "rows":
 * [{column: value}]}]}, values as the text seedgen would load, null for
 * NULL. */
struct samples {
	cJSON *root, *tables, *rows;
	const struct sg_table *t;
};

static void add_sample(void *ctx, const struct sg_table *t, const char *const *names,
		       const char *const *values, size_t n)
{
	struct samples *sm = ctx;
	cJSON *row = cJSON_CreateObject();

	if (sm->t != t) {
		cJSON *o = cJSON_CreateObject();

		cJSON_AddStringToObject(o, "name", t->name);
		sm->rows = cJSON_AddArrayToObject(o, "rows");
		cJSON_AddItemToArray(sm->tables, o);
		sm->t = t;
	}
	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToObject(row, names[i], values[i] ? cJSON_CreateString(values[i])
							      : cJSON_CreateNull());
	cJSON_AddItemToArray(sm->rows, row);
}

static void samples_begin(struct samples *sm, uint64_t seed, long long sample,
			  struct sg_engine_opts *eo)
{
	char seed_text[24];

	snprintf(seed_text, sizeof(seed_text), "%llu", (unsigned long long)seed);
	sm->root = cJSON_CreateObject();
	cJSON_AddNumberToObject(sm->root, "seed", (double)seed);
	cJSON_AddStringToObject(sm->root, "seed_text", seed_text);
	cJSON_AddNumberToObject(sm->root, "sample", (double)sample);
	sm->tables = cJSON_AddArrayToObject(sm->root, "tables");
	eo->on_sample = add_sample;
	eo->on_sample_ctx = sm;
}

static void samples_print(const struct samples *sm)
{
	char *text = cJSON_Print(sm->root);

	puts(text ? text : "{}");
	free(text);
}

/* The run summary as JSON: the run report's document plus the tables
 * --all skipped. */
static void print_summary_json(const struct sg_runlog *log, const struct sg_run *run,
			       const struct sg_plan *plan, int rc, const struct sg_error *err)
{
	char *text = sg_runlog_json(log, run, sg_runlog_status(rc), rc ? err : NULL);
	cJSON *root = cJSON_Parse(text), *skipped = cJSON_CreateArray();

	for (size_t i = 0; i < plan->nskipped; i++) {
		cJSON *o = cJSON_CreateObject();

		cJSON_AddStringToObject(o, "name", plan->skipped[i].table);
		cJSON_AddStringToObject(o, "reason", plan->skipped[i].reason);
		cJSON_AddItemToArray(skipped, o);
	}
	if (root) {
		cJSON_AddItemToObject(root, "skipped", skipped);
		free(text);
		text = cJSON_Print(root);
		cJSON_Delete(root);
	} else {
		cJSON_Delete(skipped);
	}
	puts(text);
	free(text);
}

static void print_summary(const struct seed_args *a, const struct sg_run *run,
			  const struct sg_plan *plan, FILE *out)
{
	long long total = 0;
	size_t w = 5;

	for (size_t i = 0; i < run->ntables; i++) {
		total += run->tables[i].inserted;
		if (strlen(run->tables[i].name) > w)
			w = strlen(run->tables[i].name);
	}
	fprintf(out, "%s %lld rows into %zu table%s with seed %llu in %.2f s\n",
		run->ok ? "inserted" : "stopped after inserting", total, run->ntables,
		run->ntables == 1 ? "" : "s", (unsigned long long)a->plan.seed, run->seconds);
	fprintf(out, "  %-*s %10s %10s %10s %9s %11s\n", (int)w, "table", "before", "inserted",
		"after", "seconds", "rows/s");
	for (size_t i = 0; i < run->ntables; i++) {
		const struct sg_table_result *r = &run->tables[i];
		const char *state = r->committed ? "" : i < run->done ? "  rolled back" : "  not reached";

		fprintf(out, "  %-*s %10lld %10lld %10lld %9.2f %11.0f%s\n", (int)w, r->name, r->before,
			r->inserted, r->after, r->seconds,
			r->seconds > 0 ? (double)r->inserted / r->seconds : 0.0, state);
	}
	for (size_t i = 0; i < plan->nskipped; i++)
		fprintf(out, "  skipped %s: %s\n", plan->skipped[i].table, plan->skipped[i].reason);
}

int cmd_seed(struct sg_args *args)
{
	struct sg_error err = { 0 };
	struct seed_args a;
	struct sg_config cfg = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_plan plan = { 0 };
	struct sg_run run = { 0 };
	struct sg_engine_opts eo = { 0 };
	struct sg_runlog log = { 0 };
	struct sg_guard guard;
	struct samples sm = { 0 };
	const char *url;
	int rc = SG_EXIT_OK, pr;

	pr = parse_args(args, &a, &err);
	if (pr < 0 || sg_cli_db_url(a.db, &url, &err) < 0)
		goto fail;
	if (sg_config_load(&cfg, sg_guard_config_path(a.config), a.scenario, &err) < 0)
		goto fail;
	if (sg_db_open(&db, url, a.schema, &err) < 0)
		goto fail;
	if (sg_guard_classify(&guard, &cfg, &db, a.env, &err) < 0)
		goto fail;
	if (!a.dry_run && !a.sample &&
	    sg_guard_write(&guard, a.plan.all ? "seeding every table (--all)" : "seeding", a.allow_production,
			   a.plan.all, &err) < 0)
		goto fail;
	if (sg_db_introspect(&db, &schema, &err) < 0)
		goto fail;
	if (sg_config_check(&cfg, &schema, &err) < 0)
		goto fail;
	sg_config_apply_fks(&cfg, &schema);
	if (sg_plan_build(&plan, &db, &schema, &cfg, &a.plan, &err) < 0)
		goto fail;
	if (a.dry_run) {
		sg_plan_print(&plan, stdout, a.fmt);
		goto out;
	}
	if (!a.sample) {
		if (sg_runlog_check_engines(&db, &plan, a.allow_nontx, &err) < 0 ||
		    sg_runlog_open(&log, a.report, "seed", plan.seed, &db, schema.database, &err) < 0)
			goto fail;
		if (sg_runlog_write(&log, &run, "running", NULL, &err) < 0)
			goto fail;
		sg_runlog_arm_signals(&log);
		eo.on_table = sg_runlog_on_table;
		eo.on_table_ctx = &log;
		if (!sg_quiet)
			fprintf(stderr, "seedgen: run report: %s\n", log.path);
	}
	if (!sg_quiet && !a.sample)
		fprintf(stderr, "seedgen: seeding %zu table%s of %s with seed %llu\n", plan.nsteps,
			plan.nsteps == 1 ? "" : "s", db.url.redacted, (unsigned long long)plan.seed);
	eo.batch_rows = a.batch;
	eo.progress = !a.sample;
	eo.sample = a.sample;
	eo.out = stdout;
	if (a.sample && a.fmt == SG_FMT_JSON)
		samples_begin(&sm, plan.seed, a.sample, &eo);
	if (sg_engine_run(&db, &plan, &eo, &run, &err) < 0)
		rc = err.code ? err.code : SG_EXIT_DB;
	if (sm.root && !rc)
		samples_print(&sm);
	if (!a.sample) {
		if (a.fmt == SG_FMT_JSON)
			print_summary_json(&log, &run, &plan, rc, &err);
		else
			print_summary(&a, &run, &plan, stdout);
		fflush(stdout);
		if (rc)
			sg_error_print(&err);
		rc = sg_runlog_finish(&log, &run, rc, &err);
		goto out;
	}
	if (rc)
		sg_error_print(&err);
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	cJSON_Delete(sm.root);
	sg_runlog_release(&log);
	sg_run_release(&run);
	sg_plan_release(&plan);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_config_release(&cfg);
	return rc;
}
