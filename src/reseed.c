/*
 * `seedgen reseed`: empties tables and seeds them again, for staging.
 *
 * The delete half runs in one transaction, children before parents, and
 * keeps every row that a remaining row references (rows of the --keep
 * tables, of tables outside the reseed, and the rows those need): a row
 * is deleted only when nothing left points at it, repeated until nothing
 * changes so that self-referencing hierarchies peel from the leaves. The
 * plan of the seed half is built inside the same transaction, so its
 * counts see the deletions; --dry-run prints both halves and rolls back.
 * Refused on production in every form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/config.h"
#include "seedgen/db.h"
#include "seedgen/engine.h"
#include "seedgen/guard.h"
#include "seedgen/plan.h"
#include "seedgen/runlog.h"

enum { O_KEEP = 1 };

static const struct sg_option options[] = {
	{ NULL, 0, NULL, "tables to reseed (repeatable, or a comma list)", SG_O_TABLE },
	{ NULL, 0, NULL, "every table except the --keep ones and the migration\n"
	  "bookkeeping tables (schema_migrations, ...)", SG_O_ALL },
	{ "keep", 0, "T,...", "tables to leave untouched (repeatable)", O_KEEP },
	{ NULL, 0, NULL, "the same as --keep", SG_O_EXCLUDE },
	{ NULL, 0, NULL, "print the rows that would be deleted and inserted per\n"
	  "table; write nothing", SG_O_DRY_RUN },
	{ 0 },
};

const struct sg_cmd_help sg_help_reseed = {
	.synopsis = "(--table T... | --all) [--keep T,...] [options]",
	.about = "Empties the tables (children before parents, in one transaction), keeping\n"
		 "the --keep tables and every row that remaining rows reference, then seeds\n"
		 "the emptied tables as a normal run would. Staging only: refused when the\n"
		 "target is production, even with --allow-production.",
	.options = options,
	.footer = "Exit codes: 0 ok, 2 usage or input error (nothing written), 3 database\n"
		  "error.\n",
};

/* Appends "(refcols) NOT IN (rows of fk's child c that point somewhere)":
 * the parent rows that no row of c references. The derived table lets
 * MySQL read the table the statement changes. */
static void add_unreferenced(struct sg_db *db, struct sg_buf *sql, const struct sg_table *c,
			     const struct sg_fk *fk)
{
	sg_buf_addch(sql, '(');
	sg_db_quote_idents(db, sql, NULL, fk->ref_columns, fk->ncols);
	sg_buf_adds(sql, ") NOT IN (SELECT * FROM (SELECT ");
	sg_db_quote_idents(db, sql, NULL, fk->columns, fk->ncols);
	sg_buf_adds(sql, " FROM ");
	sg_db_quote_table(db, sql, c->name);
	for (size_t k = 0; k < fk->ncols; k++) {
		sg_buf_adds(sql, k ? " AND " : " WHERE ");
		sg_db_quote_ident(db, sql, fk->columns[k]);
		sg_buf_adds(sql, " IS NOT NULL");
	}
	sg_buf_adds(sql, ") r)");
}

/* One pass over t: deletes the rows that no remaining row references.
 * *deleted gets the count. */
static int empty_table(struct sg_db *db, const struct sg_schema *s, const struct sg_table *t,
		       long long *deleted, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	bool first = true;
	long long n = 0;
	int rc = 0;

	/* ONLY: rows of tables inheriting from t are not t's to delete. */
	sg_buf_adds(&sql, "DELETE FROM ");
	sg_db_quote_table_only(db, &sql, t);
	for (size_t i = 0; i < s->ntables; i++) {
		const struct sg_table *c = s->tables[i];

		for (size_t f = 0; f < c->nfks; f++) {
			const struct sg_fk *fk = c->fks[f];

			if (strcmp(fk->ref_table, t->name) || fk->ref_schema)
				continue;
			sg_buf_adds(&sql, first ? " WHERE " : " AND ");
			first = false;
			add_unreferenced(db, &sql, c, fk);
		}
	}
	if (sg_db_exec_affected(db, sql.data, &n, err) < 0)
		rc = -1;
	*deleted = n;
	sg_buf_release(&sql);
	return rc;
}

/* Dry run: a table that others inherit from is emptied with ONLY, and
 * says so. */
static int print_inheritors(struct sg_db *db, const struct sg_table *t, struct sg_error *err)
{
	struct sg_rows r;

	if (!db->drv->inheritors || t->partitioned)
		return 0;
	if (db->drv->inheritors(db, t->name, &r, err) < 0)
		return -1;
	if (r.n) {
		printf("    deletes from '%s' only (DELETE FROM ONLY): the rows of its inheriting "
		       "table%s", t->name, r.n == 1 ? "" : "s");
		for (size_t i = 0; i < r.n; i++)
			printf("%s'%s'", i ? ", " : " ", sg_rows_get(&r, i, 0));
		printf(" stay\n");
	}
	sg_rows_release(&r);
	return 0;
}

static bool in_order(const struct sg_plan *order, const char *table)
{
	for (size_t i = 0; i < order->nsteps; i++)
		if (!strcmp(order->steps[i].t->name, table))
			return true;
	return false;
}

/* Rows that reference each other in a loop through nullable columns (the
 * loops seedgen itself makes when it breaks a cycle by UPDATE) are never
 * unreferenced. Clears, in the reseeded tables, the nullable columns that
 * point into reseeded tables, on rows that nothing outside the reseed
 * references directly; the next passes can then delete them. */
static int break_loops(struct sg_db *db, const struct sg_schema *s, const struct sg_plan *order,
		       struct sg_error *err)
{
	for (size_t i = 0; i < order->nsteps; i++) {
		const struct sg_table *t = order->steps[i].t;

		for (size_t f = 0; f < t->nfks; f++) {
			const struct sg_fk *fk = t->fks[f];
			struct sg_buf sql = SG_BUF_INIT;
			bool nullable = fk->ref_schema == NULL && in_order(order, fk->ref_table);

			for (size_t k = 0; k < fk->ncols && nullable; k++) {
				const struct sg_column *c = sg_table_find_column(t, fk->columns[k]);

				nullable = c && c->nullable && !c->generated;
			}
			if (!nullable || !t->pk.ncols)
				continue;
			sg_buf_adds(&sql, "UPDATE ");
			sg_db_quote_table_only(db, &sql, t);
			sg_buf_adds(&sql, " SET ");
			for (size_t k = 0; k < fk->ncols; k++) {
				sg_buf_adds(&sql, k ? ", " : "");
				sg_db_quote_ident(db, &sql, fk->columns[k]);
				sg_buf_adds(&sql, " = NULL");
			}
			sg_buf_adds(&sql, " WHERE ");
			sg_db_quote_ident(db, &sql, fk->columns[0]);
			sg_buf_adds(&sql, " IS NOT NULL");
			/* ...and no row outside the reseed points at this row. */
			for (size_t j = 0; j < s->ntables; j++) {
				const struct sg_table *c = s->tables[j];

				if (in_order(order, c->name))
					continue;
				for (size_t g = 0; g < c->nfks; g++) {
					const struct sg_fk *in = c->fks[g];

					if (strcmp(in->ref_table, t->name) || in->ref_schema)
						continue;
					sg_buf_adds(&sql, " AND ");
					add_unreferenced(db, &sql, c, in);
				}
			}
			if (sg_db_exec(db, sql.data, err) < 0) {
				sg_buf_release(&sql);
				return -1;
			}
			sg_buf_release(&sql);
		}
	}
	return 0;
}

/* Delete passes, children first, until one deletes nothing: a row freed by
 * a later deletion (a self-reference, an inferred relation) goes in the
 * next pass. */
static int delete_passes(struct sg_db *db, const struct sg_schema *s, const struct sg_plan *order,
			 long long *deleted, long long *total, struct sg_error *err)
{
	for (int pass = 0; pass < 1000; pass++) {
		long long this_pass = 0;

		for (size_t i = order->nsteps; i-- > 0;) {
			long long n;

			if (empty_table(db, s, order->steps[i].t, &n, err) < 0)
				return -1;
			deleted[i] += n;
			this_pass += n;
		}
		*total += this_pass;
		if (!this_pass)
			break;
	}
	return 0;
}

struct reseed_args {
	struct sg_plan_opts po;
	struct sg_namelist keep;
	const char *db, *schema, *config, *scenario, *report, *env;
	bool dry_run, allow, allow_nontx;
	enum sg_format fmt;
	long long batch;
};

/* The reseed's view of the parsed command line; --exclude is --keep. */
static void take_args(const struct sg_args *args, struct reseed_args *a)
{
	memset(a, 0, sizeof(*a));
	sg_plan_opts_from_args(args, &a->po);
	a->db = args->db;
	a->schema = args->schema;
	a->config = args->config;
	a->scenario = args->scenario;
	a->report = args->report;
	a->env = args->env;
	a->dry_run = args->dry_run;
	a->allow = args->allow_production;
	a->allow_nontx = args->allow_nontx;
	a->fmt = args->format;
	a->batch = args->batch;
	for (size_t i = 0; i < args->exclude.n; i++)
		sg_namelist_add_csv(&a->keep, args->exclude.names[i]);
	for (size_t i = 0; i < args->nown; i++)
		if (args->own[i].id == O_KEEP)
			sg_namelist_add_csv(&a->keep, args->own[i].value);
	a->po.seed = args->seed_given ? args->seed : (unsigned long long)time(NULL) % 1000000000ULL;
}

static int check_keep(const struct sg_schema *schema, struct reseed_args *a, struct sg_error *err)
{
	for (size_t i = 0; i < a->keep.n; i++)
		if (!sg_schema_find(schema, a->keep.names[i]))
			return sg_error_set(err, SG_EXIT_USAGE, "unknown table '%s' in --keep",
					    a->keep.names[i]);
	for (size_t i = 0; i < a->po.tables.n; i++)
		if (sg_namelist_has(&a->keep, a->po.tables.names[i]))
			return sg_error_set(err, SG_EXIT_USAGE, "table '%s' is both reseeded (--table) "
					    "and kept (--keep)", a->po.tables.names[i]);
	a->po.exclude = a->keep;
	return 0;
}

static int print_dry_run(struct sg_db *db, const struct sg_plan *plan, const struct sg_plan *order,
			 const long long *deleted, struct sg_error *err)
{
	printf("reseed dry run (seed %llu): nothing is written\n", (unsigned long long)plan->seed);
	for (size_t i = 0; i < plan->nsteps; i++) {
		int o = sg_plan_step_of(order, plan->steps[i].index);

		printf("  %s: %lld rows would be deleted, %lld inserted (%lld after)\n",
		       plan->steps[i].t->name, o >= 0 ? deleted[o] : 0, plan->steps[i].planned,
		       plan->steps[i].after);
		if (print_inheritors(db, plan->steps[i].t, err) < 0)
			return -1;
	}
	for (size_t i = 0; i < plan->nskipped; i++)
		printf("  %s: untouched (%s)\n", plan->skipped[i].table, plan->skipped[i].reason);
	return 0;
}

/* Seeds the emptied tables and ends the run report; returns the exit code. */
static int seed_emptied(struct sg_db *db, struct sg_plan *plan, const struct sg_plan *order,
			const long long *deleted, const struct reseed_args *a,
			struct sg_runlog *log, struct sg_run *run, struct sg_error *err)
{
	struct sg_engine_opts eo = { 0 };
	int rc = SG_EXIT_OK;

	/* Deleted counts follow the seeding plan's order in the report. */
	log->deleted = sg_calloc(plan->nsteps + 1, sizeof(long long));
	for (size_t i = 0; i < plan->nsteps; i++) {
		int o = sg_plan_step_of(order, plan->steps[i].index);

		log->deleted[i] = o >= 0 ? deleted[o] : 0;
	}
	eo.batch_rows = a->batch;
	eo.progress = true;
	eo.on_table = sg_runlog_on_table;
	eo.on_table_ctx = log;
	if (sg_engine_run(db, plan, &eo, run, err) < 0)
		rc = err->code ? err->code : SG_EXIT_DB;
	if (a->fmt == SG_FMT_JSON) {
		char *text = sg_runlog_json(log, run, sg_runlog_status(rc), rc ? err : NULL);

		puts(text);
		free(text);
	} else {
		printf("reseeded %zu tables with seed %llu (run report: %s)\n", plan->nsteps,
		       (unsigned long long)plan->seed, log->path);
		for (size_t i = 0; i < run->ntables; i++)
			printf("  %s: %lld deleted, %lld inserted%s\n", run->tables[i].name,
			       log->deleted[i], run->tables[i].inserted,
			       run->tables[i].committed ? "" : " (not committed)");
		for (size_t i = 0; i < plan->nskipped; i++)
			printf("  %s: untouched (%s)\n", plan->skipped[i].table, plan->skipped[i].reason);
	}
	fflush(stdout);
	if (rc)
		sg_error_print(err);
	return sg_runlog_finish(log, run, rc, err);
}

/* The report exists (and is named) before anything is deleted. */
static int open_report(struct sg_db *db, const struct sg_schema *schema,
		       const struct reseed_args *a, struct sg_runlog *log, struct sg_run *run,
		       struct sg_error *err)
{
	if (sg_runlog_open(log, a->report, "reseed", a->po.seed, db, schema->database, err) < 0 ||
	    sg_runlog_write(log, run, "running", NULL, err) < 0)
		return -1;
	if (!sg_quiet)
		fprintf(stderr, "seedgen: run report: %s\n", log->path);
	sg_runlog_arm_signals(log);
	return 0;
}

int cmd_reseed(struct sg_args *args)
{
	struct sg_error err = { 0 };
	struct reseed_args a;
	struct sg_plan_opts order_opts;
	struct sg_config cfg = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_plan order = { 0 }, plan = { 0 };
	struct sg_run run = { 0 };
	struct sg_runlog log = { 0 };
	struct sg_guard guard;
	const char *url;
	bool in_tx = false;
	long long *deleted = NULL, total_deleted = 0;
	int rc = SG_EXIT_OK;

	take_args(args, &a);
	if (sg_cli_db_url(a.db, &url, &err) < 0 ||
	    sg_config_load(&cfg, sg_guard_config_path(a.config), a.scenario, &err) < 0 ||
	    sg_db_open(&db, url, a.schema, &err) < 0 ||
	    sg_guard_classify(&guard, &cfg, &db, a.env, &err) < 0 ||
	    sg_guard_write(&guard, "reseed", a.allow, true, &err) < 0 ||
	    sg_db_introspect(&db, &schema, &err) < 0 || sg_config_check(&cfg, &schema, &err) < 0)
		goto fail;
	sg_config_apply_fks(&cfg, &schema);
	if (check_keep(&schema, &a, &err) < 0)
		goto fail;
	/* The order of the tables (parents first), from a plan of no rows. */
	order_opts = a.po;
	order_opts.count = 0;
	order_opts.with_parents = false;
	if (sg_plan_build(&order, &db, &schema, &cfg, &order_opts, &err) < 0)
		goto fail;
	if (!a.dry_run && (sg_runlog_check_engines(&db, &order, a.allow_nontx, &err) < 0 ||
			   open_report(&db, &schema, &a, &log, &run, &err) < 0))
		goto fail;
	deleted = sg_calloc(order.nsteps + 1, sizeof(long long));
	if (sg_db_begin(&db, &err) < 0)
		goto fail;
	in_tx = true;
	if (delete_passes(&db, &schema, &order, deleted, &total_deleted, &err) < 0 ||
	    break_loops(&db, &schema, &order, &err) < 0 ||
	    delete_passes(&db, &schema, &order, deleted, &total_deleted, &err) < 0)
		goto fail;
	/* Built inside the transaction: its counts see the deletions. */
	if (sg_plan_build(&plan, &db, &schema, &cfg, &a.po, &err) < 0)
		goto fail;
	if (a.dry_run) {
		sg_db_rollback(&db);
		in_tx = false;
		if (print_dry_run(&db, &plan, &order, deleted, &err) < 0)
			goto fail;
		goto out;
	}
	if (sg_interrupted) {
		sg_error_set(&err, SG_EXIT_DB, "interrupted by signal %d: nothing was deleted",
			     (int)sg_interrupted);
		goto fail;
	}
	if (sg_db_commit(&db, &err) < 0)
		goto fail;
	in_tx = false;
	if (!sg_quiet)
		fprintf(stderr, "seedgen: reseed: deleted %lld rows from %zu tables of %s; seeding "
			"with seed %llu\n", total_deleted, order.nsteps, db.url.redacted,
			(unsigned long long)plan.seed);
	rc = seed_emptied(&db, &plan, &order, deleted, &a, &log, &run, &err);
	goto out;
fail:
	if (in_tx)
		sg_db_rollback(&db);
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
	if (log.path)
		rc = sg_runlog_finish(&log, &run, rc, &err);
out:
	free(log.deleted);
	sg_runlog_release(&log);
	free(deleted);
	sg_run_release(&run);
	sg_plan_release(&plan);
	sg_plan_release(&order);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_config_release(&cfg);
	sg_namelist_release(&a.keep);
	return rc;
}
