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

	sg_buf_adds(&sql, "DELETE FROM ");
	sg_db_quote_table(db, &sql, t->name);
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
			sg_db_quote_table(db, &sql, t->name);
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

int cmd_reseed(struct sg_args *a)
{
	struct sg_error err = { 0 };
	struct sg_plan_opts po = { 0 }, order_opts = { 0 };
	struct sg_namelist keep = { 0 };
	struct sg_config cfg = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_plan order = { 0 }, plan = { 0 };
	struct sg_run run = { 0 };
	struct sg_runlog log = { 0 };
	struct sg_engine_opts eo = { 0 };
	struct sg_guard guard;
	const char *db_flag = a->db, *schema_name = a->schema, *config = a->config;
	const char *scenario = a->scenario, *report = a->report, *env = a->env, *url;
	bool dry_run = a->dry_run, allow = a->allow_production, in_tx = false;
	enum sg_format fmt = a->format;
	long long batch = a->batch, *deleted = NULL, total_deleted = 0;
	unsigned long long seed = a->seed;
	bool seed_given = a->seed_given;
	int rc = SG_EXIT_OK;

	po.tables = a->tables;
	po.all = a->all;
	po.count = a->count;
	po.with_parents = a->with_parents;
	po.strict = a->strict;
	for (size_t i = 0; i < a->exclude.n; i++)
		sg_namelist_add_csv(&keep, a->exclude.names[i]);
	for (size_t i = 0; i < a->nown; i++)
		if (a->own[i].id == O_KEEP)
			sg_namelist_add_csv(&keep, a->own[i].value);
	if (sg_cli_db_url(db_flag, &url, &err) < 0 ||
	    sg_config_load(&cfg, sg_guard_config_path(config), scenario, &err) < 0 ||
	    sg_db_open(&db, url, schema_name, &err) < 0)
		goto fail;
	sg_guard_classify(&guard, &cfg, &db.url, env);
	if (sg_guard_write(&guard, "reseed", allow, true, &err) < 0)
		goto fail;
	if (sg_db_introspect(&db, &schema, &err) < 0 || sg_config_check(&cfg, &schema, &err) < 0)
		goto fail;
	sg_config_apply_fks(&cfg, &schema);
	for (size_t i = 0; i < keep.n; i++)
		if (!sg_schema_find(&schema, keep.names[i])) {
			sg_error_set(&err, SG_EXIT_USAGE, "unknown table '%s' in --keep", keep.names[i]);
			goto fail;
		}
	for (size_t i = 0; i < po.tables.n; i++)
		if (sg_namelist_has(&keep, po.tables.names[i])) {
			sg_error_set(&err, SG_EXIT_USAGE, "table '%s' is both reseeded (--table) and kept "
				     "(--keep)", po.tables.names[i]);
			goto fail;
		}
	po.exclude = keep;
	po.seed = seed_given ? seed : (unsigned long long)time(NULL) % 1000000000ULL;

	/* The order of the tables (parents first), from a plan of no rows. */
	order_opts = po;
	order_opts.count = 0;
	order_opts.with_parents = false;
	if (sg_plan_build(&order, &db, &schema, &cfg, &order_opts, &err) < 0)
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
	if (sg_plan_build(&plan, &db, &schema, &cfg, &po, &err) < 0)
		goto fail;
	if (dry_run) {
		sg_db_rollback(&db);
		in_tx = false;
		printf("reseed dry run (seed %llu): nothing is written\n",
		       (unsigned long long)plan.seed);
		for (size_t i = 0; i < plan.nsteps; i++) {
			int o = sg_plan_step_of(&order, plan.steps[i].index);

			printf("  %s: %lld rows would be deleted, %lld inserted (%lld after)\n",
			       plan.steps[i].t->name, o >= 0 ? deleted[o] : 0, plan.steps[i].planned,
			       plan.steps[i].after);
		}
		for (size_t i = 0; i < plan.nskipped; i++)
			printf("  %s: untouched (%s)\n", plan.skipped[i].table, plan.skipped[i].reason);
		goto out;
	}
	if (sg_db_commit(&db, &err) < 0)
		goto fail;
	in_tx = false;
	if (!sg_quiet)
		fprintf(stderr, "seedgen: reseed: deleted %lld rows from %zu tables of %s; seeding "
			"with seed %llu\n", total_deleted, order.nsteps, db.url.redacted,
			(unsigned long long)plan.seed);
	if (sg_runlog_open(&log, report, "reseed", plan.seed, &db, schema.database, &err) < 0)
		goto fail;
	/* Deleted counts follow the seeding plan's order in the report. */
	log.deleted = sg_calloc(plan.nsteps + 1, sizeof(long long));
	for (size_t i = 0; i < plan.nsteps; i++) {
		int o = sg_plan_step_of(&order, plan.steps[i].index);

		log.deleted[i] = o >= 0 ? deleted[o] : 0;
	}
	eo.batch_rows = batch;
	eo.progress = true;
	if (sg_engine_run(&db, &plan, &eo, &run, &err) < 0)
		rc = err.code ? err.code : SG_EXIT_DB;
	{
		struct sg_error werr = { 0 };

		if (sg_runlog_write(&log, &run, rc ? "failed" : "ok", rc ? &err : NULL, &werr) < 0)
			sg_error_print(&werr);
	}
	if (fmt == SG_FMT_JSON) {
		char *text = sg_runlog_json(&log, &run, rc ? "failed" : "ok", rc ? &err : NULL);

		puts(text);
		free(text);
	} else {
		printf("reseeded %zu tables with seed %llu (run report: %s)\n", plan.nsteps,
		       (unsigned long long)plan.seed, log.path);
		for (size_t i = 0; i < run.ntables; i++)
			printf("  %s: %lld deleted, %lld inserted%s\n", run.tables[i].name, log.deleted[i],
			       run.tables[i].inserted, run.tables[i].committed ? "" : " (not committed)");
		for (size_t i = 0; i < plan.nskipped; i++)
			printf("  %s: untouched (%s)\n", plan.skipped[i].table, plan.skipped[i].reason);
	}
	if (rc)
		sg_error_print(&err);
	goto out;
fail:
	if (in_tx)
		sg_db_rollback(&db);
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
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
	sg_namelist_release(&keep);
	return rc;
}
