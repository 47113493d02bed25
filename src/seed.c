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

static const char usage[] =
	"usage: seedgen [seed] (--table T... | --all) [options]\n"
	"\n"
	"Fills tables with realistic rows that fit the live schema: parents before\n"
	"children, foreign keys from real parent rows (Pareto-skewed), unique keys\n"
	"kept unique. Each table commits as one unit.\n"
	"\n"
	"  --db URL            database URL (default: $DATABASE_URL)\n"
	"  --schema NAME       PostgreSQL schema (default: public)\n"
	"  --table T           table to seed (repeatable, or a comma list)\n"
	"  --all               every table, in foreign-key order\n"
	"  --count N           rows per named table (with --all: per table); default:\n"
	"                      the config's count, else 20\n"
	"  --seed N            random seed (default: random; the run prints it)\n"
	"  --with-parents      also seed the empty tables that the named ones need\n"
	"  --strict            error instead of capping a count that a unique foreign\n"
	"                      key makes impossible\n"
	"  --config FILE       config file (counts, null rates, values, relations)\n"
	"  --scenario NAME     light, full, edge, or one the config defines\n"
	"  --batch-size N      rows generated per batch (default 1000)\n"
	"  --dry-run           print the plan (rows now, planned, after; sources of\n"
	"                      every column) and write nothing\n"
	"  --sample K          print K generated rows per table and write nothing\n"
	"  --report FILE       where to write the run report (default:\n"
	"                      seedgen-runs/<run id>.json); `seedgen undo --report`\n"
	"                      deletes exactly the rows the run inserted\n"
	"  --format F          text (default) or json, for the plan and the summary\n"
	"  --env NAME          the target's environment; 'production' (also\n"
	"                      SEEDGEN_ENV=production, or the config's environments)\n"
	"                      turns on the production guard\n"
	"  --allow-production  allow this targeted write on production (--all is\n"
	"                      refused there even then)\n"
	"  --allow-non-transactional  seed MyISAM/Aria/MEMORY tables, whose failed\n"
	"                      loads cannot roll back (the report lists what stays)\n"
	"  -q, --quiet         no progress, no warnings\n"
	"  -h, --help          this help\n";

enum {
	O_DB = 1, O_SCHEMA, O_TABLE, O_ALL, O_COUNT, O_SEED, O_WITH_PARENTS, O_STRICT,
	O_CONFIG, O_SCENARIO, O_BATCH, O_DRY_RUN, O_SAMPLE, O_REPORT, O_FORMAT, O_QUIET,
	O_HELP, O_ENV, O_ALLOW_PROD, O_ALLOW_NONTX,
};

static const struct sg_opt opts[] = {
	{ "db", 0, 1, O_DB },
	{ "schema", 0, 1, O_SCHEMA },
	{ "table", 't', 1, O_TABLE },
	{ "all", 0, 0, O_ALL },
	{ "count", 'n', 1, O_COUNT },
	{ "seed", 0, 1, O_SEED },
	{ "with-parents", 0, 0, O_WITH_PARENTS },
	{ "strict", 0, 0, O_STRICT },
	{ "config", 'c', 1, O_CONFIG },
	{ "scenario", 0, 1, O_SCENARIO },
	{ "batch-size", 0, 1, O_BATCH },
	{ "dry-run", 0, 0, O_DRY_RUN },
	{ "sample", 0, 1, O_SAMPLE },
	{ "report", 0, 1, O_REPORT },
	{ "format", 0, 1, O_FORMAT },
	{ "quiet", 'q', 0, O_QUIET },
	{ "help", 'h', 0, O_HELP },
	{ "env", 0, 1, O_ENV },
	{ "allow-production", 0, 0, O_ALLOW_PROD },
	{ "allow-non-transactional", 0, 0, O_ALLOW_NONTX },
	{ NULL, 0, 0, 0 },
};

struct seed_args {
	struct sg_plan_opts plan;
	const char *db, *schema, *config, *scenario, *report, *env;
	bool seed_given, dry_run, allow_production, allow_nontx;
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

static int parse_args(int argc, char **argv, struct seed_args *a, struct sg_error *err)
{
	struct sg_argiter it;
	const char *v;
	int id;

	memset(a, 0, sizeof(*a));
	a->plan.count = -1;
	sg_argiter_init(&it, argc, argv, 1, "seed");
	while ((id = sg_argiter_next(&it, opts, &v, err)) > 0) {
		switch (id) {
		case O_DB: a->db = v; break;
		case O_SCHEMA: a->schema = v; break;
		case O_TABLE: sg_namelist_add_csv(&a->plan.tables, v); break;
		case O_ALL: a->plan.all = true; break;
		case O_COUNT:
			if (sg_cli_parse_count("--count", v, 0, &a->plan.count, err) < 0)
				return -1;
			break;
		case O_SEED: {
			unsigned long long s;

			if (sg_cli_parse_u64("--seed", v, &s, err) < 0)
				return -1;
			a->plan.seed = s;
			a->seed_given = true;
			break;
		}
		case O_WITH_PARENTS: a->plan.with_parents = true; break;
		case O_STRICT: a->plan.strict = true; break;
		case O_CONFIG: a->config = v; break;
		case O_SCENARIO: a->scenario = v; break;
		case O_BATCH:
			if (sg_cli_parse_count("--batch-size", v, 1, &a->batch, err) < 0)
				return -1;
			break;
		case O_DRY_RUN: a->dry_run = true; break;
		case O_SAMPLE:
			if (sg_cli_parse_count("--sample", v, 1, &a->sample, err) < 0)
				return -1;
			break;
		case O_REPORT: a->report = v; break;
		case O_FORMAT:
			if (sg_cli_parse_format(v, false, &a->fmt, err) < 0)
				return -1;
			break;
		case O_QUIET: sg_quiet = 1; break;
		case O_ENV: a->env = v; break;
		case O_ALLOW_PROD: a->allow_production = true; break;
		case O_ALLOW_NONTX: a->allow_nontx = true; break;
		case O_HELP: return 1;
		}
	}
	if (id < 0)
		return -1;
	if (a->plan.all && a->plan.tables.n)
		return sg_error_set(err, SG_EXIT_USAGE, "--all and --table exclude each other: "
				    "seed every table, or name the ones you want");
	if (!a->plan.all && !a->plan.tables.n) {
		sg_error_set(err, SG_EXIT_USAGE, "nothing to seed: name tables with --table, or use --all");
		sg_error_hint(err, "e.g. seedgen --table comments --count 100");
		return -1;
	}
	if (a->dry_run && a->sample)
		return sg_error_set(err, SG_EXIT_USAGE, "--dry-run and --sample exclude each other: "
				    "both only preview; pick one");
	if (!a->seed_given)
		a->plan.seed = random_seed();
	return 0;
}

static void print_summary(const struct seed_args *a, const struct sg_run *run, FILE *out)
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
}

int cmd_seed(int argc, char **argv)
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
	const char *url;
	int rc = SG_EXIT_OK, pr;

	pr = parse_args(argc, argv, &a, &err);
	if (pr == 1) {
		fputs(usage, stdout);
		goto out;
	}
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
	if (sg_engine_run(&db, &plan, &eo, &run, &err) < 0)
		rc = err.code ? err.code : SG_EXIT_DB;
	if (!a.sample) {
		if (a.fmt == SG_FMT_JSON) {
			char *text = sg_runlog_json(&log, &run, sg_runlog_status(rc), rc ? &err : NULL);

			puts(text);
			free(text);
		} else {
			print_summary(&a, &run, stdout);
		}
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
	sg_runlog_release(&log);
	sg_run_release(&run);
	sg_plan_release(&plan);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_config_release(&cfg);
	sg_namelist_release(&a.plan.tables);
	return rc;
}
