/*
 * `seedgen undo --report FILE`: deletes exactly the rows a run inserted, as
 * its run report lists them, children before parents, in one transaction.
 * Rows that other data now references stop the undo (or, with --cascade,
 * are deleted with the rows that reference them); rows already gone are
 * counted, not errors. --dry-run reports and writes nothing. The rows that
 * bootstrapped a NOT NULL foreign-key cycle reference each other: each
 * cycle's are deleted together, by the driver, once the run's other rows
 * of the cycle's tables and of the tables after it are gone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/cli.h"
#include "seedgen/cycle.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"
#include "seedgen/guard.h"
#include "seedgen/runlog.h"

enum { O_REPORT = 1, O_CASCADE };

static const struct sg_option options[] = {
	{ "report", 0, "FILE", "the run report (seedgen-runs/<run id>.json)", O_REPORT },
	{ NULL, 0, NULL, "print what would be deleted; write nothing", SG_O_DRY_RUN },
	{ "cascade", 0, NULL, "also delete rows that reference the run's rows", O_CASCADE },
	{ NULL, 0, NULL, "database URL (default: $DATABASE_URL); must reach the\n"
	  "server, database and schema the run wrote to", SG_O_DB },
	{ 0 },
};

const struct sg_cmd_help sg_help_undo = {
	.synopsis = "--report FILE [--dry-run] [--cascade] [--db URL]\n"
		    "                    [--schema NAME]",
	.about = "Deletes exactly the rows that the run recorded in FILE inserted (its run\n"
		 "report), children before parents, in one transaction. Rows already gone\n"
		 "are counted. When other rows now reference the run's rows, the undo stops\n"
		 "and lists them, unless --cascade deletes those referencing rows too.",
	.options = options,
	.footer = "Exit codes: 0 undone (or would be), 1 stopped by rows that reference the\n"
		  "run's rows, 2 usage or input error, 3 database error.\n",
};

/* One table of the run, as the undo sees it. */
struct target {
	const struct sg_report_table *rt;
	const struct sg_table *t;
	struct sg_buf pred;      /* SQL condition matching exactly the run's rows */
	struct sg_buf boot;      /* those of them that bootstrapped a cycle (empty: none) */
	struct sg_buf rest;      /* the others (when boot is not empty) */
	bool boot_done;
	long long present, deleted, blocked;
};

/* n key tuples of the report's table as a condition on its key columns:
 * IN lists of 500 joined by OR. */
static void tuples_cond(struct sg_db *db, struct sg_buf *p, const struct sg_report_table *rt,
			char *const *values, size_t n)
{
	sg_buf_addch(p, '(');
	for (size_t i = 0; i < n; i++) {
		if (i % 500 == 0) {
			if (i)
				sg_buf_adds(p, ") OR ");
			sg_buf_addch(p, '(');
			sg_db_quote_idents(db, p, NULL, rt->key_columns, rt->nkey);
			sg_buf_adds(p, ") IN (");
		} else {
			sg_buf_adds(p, ", ");
		}
		sg_buf_addch(p, '(');
		for (size_t k = 0; k < rt->nkey; k++) {
			const char *v = values[i * rt->nkey + k];

			sg_buf_adds(p, k ? ", " : "");
			if (v)
				sg_db_quote_literal(db, p, v, strlen(v));
			else
				sg_buf_adds(p, "NULL");
		}
		sg_buf_addch(p, ')');
	}
	sg_buf_adds(p, "))");
}

/* The run's rows of a table as a condition on its key columns, and when
 * some bootstrapped a cycle, those and the others. */
static void build_pred(struct sg_db *db, struct target *x)
{
	const struct sg_report_table *rt = x->rt;
	struct sg_buf *p = &x->pred;

	sg_buf_addch(p, '(');
	if (rt->nranges) {
		for (size_t i = 0; i < rt->nranges; i++) {
			if (i)
				sg_buf_adds(p, " OR ");
			sg_db_quote_ident(db, p, rt->key_columns[0]);
			if (rt->ranges[i].lo == rt->ranges[i].hi)
				sg_buf_addf(p, " = %lld", rt->ranges[i].lo);
			else
				sg_buf_addf(p, " BETWEEN %lld AND %lld", rt->ranges[i].lo, rt->ranges[i].hi);
		}
	} else if (rt->nvalues) {
		tuples_cond(db, p, rt, rt->values, rt->nvalues);
	} else {
		sg_buf_adds(p, "1 = 0");
	}
	sg_buf_addch(p, ')');
	if (!rt->nboot)
		return;
	/* Within the run's rows, so never more than the report's keys. */
	sg_buf_addf(&x->boot, "(%s AND ", p->data);
	tuples_cond(db, &x->boot, rt, rt->boot_values, rt->nboot);
	sg_buf_addch(&x->boot, ')');
	sg_buf_addf(&x->rest, "(%s AND NOT ", p->data);
	tuples_cond(db, &x->rest, rt, rt->boot_values, rt->nboot);
	sg_buf_addch(&x->rest, ')');
}

static int count_where(struct sg_db *db, const struct sg_table *table, const char *alias,
		       const char *cond, long long *out, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	char *v = NULL;
	int rc;

	sg_buf_adds(&sql, "SELECT COUNT(*) FROM ");
	sg_db_quote_table_only(db, &sql, table);
	sg_buf_addf(&sql, " %s WHERE %s", alias, cond);
	rc = sg_db_query_value(db, sql.data, &v, err);
	*out = v ? strtoll(v, NULL, 10) : 0;
	free(v);
	sg_buf_release(&sql);
	return rc;
}

static struct target *target_of(struct target *xs, size_t n, const char *table)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(xs[i].rt->name, table))
			return &xs[i];
	return NULL;
}

/* The condition "row of child c references one of the run's rows of x,
 * and is not itself one of the run's rows". */
static void referencing_cond(struct sg_db *db, const struct sg_fk *fk, const struct target *x,
			     const struct target *child, struct sg_buf *cond)
{
	sg_buf_adds(cond, "(");
	sg_db_quote_idents(db, cond, "c", fk->columns, fk->ncols);
	sg_buf_adds(cond, ") IN (SELECT ");
	sg_db_quote_idents(db, cond, NULL, fk->ref_columns, fk->ncols);
	sg_buf_adds(cond, " FROM ");
	sg_db_quote_table_only(db, cond, x->t);
	sg_buf_addf(cond, " WHERE %s)", x->pred.data);
	if (child)
		sg_buf_addf(cond, " AND NOT %s", child->pred.data);
}

/* Rows outside the run that reference the run's rows: printed, counted,
 * and with cascade deleted. Returns the number of blocking rows, -1 on error. */
static long long references(struct sg_db *db, const struct sg_schema *s, struct target *xs,
			    size_t n, bool cascade, bool dry_run, struct sg_error *err)
{
	long long total = 0;

	for (size_t i = 0; i < n; i++) {
		for (size_t ti = 0; ti < s->ntables; ti++) {
			const struct sg_table *ct = s->tables[ti];

			for (size_t f = 0; f < ct->nfks; f++) {
				const struct sg_fk *fk = ct->fks[f];
				struct target *child = target_of(xs, n, ct->name);
				struct sg_buf cond = SG_BUF_INIT, sql = SG_BUF_INIT;
				long long cnt;

				if (strcmp(fk->ref_table, xs[i].rt->name) || fk->ref_schema)
					continue;
				referencing_cond(db, fk, &xs[i], child, &cond);
				if (count_where(db, ct, "c", cond.data, &cnt, err) < 0) {
					sg_buf_release(&cond);
					return -1;
				}
				if (cnt) {
					printf("%s %lld row%s of '%s' (%s%s) reference%s rows this run inserted "
					       "into '%s'\n", cascade ? (dry_run ? "would delete:" : "deleting:")
					       : "blocked:", cnt, cnt == 1 ? "" : "s", ct->name, fk->columns[0],
					       fk->declared ? "" : ", inferred", cnt == 1 ? "s" : "",
					       xs[i].rt->name);
					total += cnt;
				}
				if (cnt && cascade && !dry_run) {
					/* MySQL cannot delete from a table its subquery reads:
					 * select through a derived table. */
					sg_buf_adds(&sql, "DELETE FROM ");
					sg_db_quote_table(db, &sql, ct->name);
					sg_buf_adds(&sql, " WHERE (");
					sg_db_quote_idents(db, &sql, NULL, fk->columns, fk->ncols);
					sg_buf_adds(&sql, ") IN (SELECT * FROM (SELECT ");
					sg_db_quote_idents(db, &sql, "c", fk->columns, fk->ncols);
					sg_buf_adds(&sql, " FROM ");
					sg_db_quote_table(db, &sql, ct->name);
					sg_buf_addf(&sql, " c WHERE %s) d)", cond.data);
					if (child)
						sg_buf_addf(&sql, " AND NOT %s", child->pred.data);
					if (sg_db_exec(db, sql.data, err) < 0) {
						sg_buf_release(&cond);
						sg_buf_release(&sql);
						return -1;
					}
				}
				sg_buf_release(&cond);
				sg_buf_release(&sql);
			}
		}
	}
	return total;
}

/* Nullable foreign keys between the run's own rows (cycles broken by
 * UPDATE, self-references) are cleared first, so that deleting children
 * before parents cannot trip over them. */
static int clear_internal_refs(struct sg_db *db, struct target *xs, size_t n,
			       struct sg_error *err)
{
	for (size_t i = 0; i < n; i++) {
		const struct sg_table *t = xs[i].t;

		for (size_t f = 0; f < t->nfks; f++) {
			const struct sg_fk *fk = t->fks[f];
			struct sg_buf sql = SG_BUF_INIT;
			bool nullable = fk->declared;

			for (size_t k = 0; k < fk->ncols && nullable; k++) {
				const struct sg_column *c = sg_table_find_column(t, fk->columns[k]);

				nullable = c && c->nullable;
			}
			if (!nullable || !target_of(xs, n, fk->ref_table))
				continue;
			sg_buf_adds(&sql, "UPDATE ");
			sg_db_quote_table_only(db, &sql, t);
			sg_buf_adds(&sql, " SET ");
			for (size_t k = 0; k < fk->ncols; k++) {
				sg_buf_adds(&sql, k ? ", " : "");
				sg_db_quote_ident(db, &sql, fk->columns[k]);
				sg_buf_adds(&sql, " = NULL");
			}
			sg_buf_addf(&sql, " WHERE %s", xs[i].pred.data);
			if (sg_db_exec(db, sql.data, err) < 0) {
				sg_buf_release(&sql);
				return -1;
			}
			sg_buf_release(&sql);
		}
	}
	return 0;
}

/* How many rows the report's keys of a table name. */
static long long keys_listed(const struct sg_report_table *rt)
{
	long long n = (long long)rt->nvalues;

	for (size_t i = 0; i < rt->nranges; i++)
		n += rt->ranges[i].hi - rt->ranges[i].lo + 1;
	return n;
}

static bool differs(const char *recorded, const char *live)
{
	return recorded && (!live || strcmp(recorded, live));
}

/* The report must be of the server, database and schema --db reached:
 * the server's identity (PostgreSQL's system identifier; MariaDB's
 * @@server_id/@@hostname/@@datadir), not the URL, decides. */
static int same_target(const struct sg_report *rep, struct sg_db *db, const char *path,
		       struct sg_error *err)
{
	const struct sg_db_target *was = &rep->server;
	struct sg_db_target now;
	const char *what = NULL;

	if (sg_db_identify(db, &now, err) < 0)
		return -1;
	if (rep->dialect && strcmp(rep->dialect, db->drv->name))
		what = "another kind of server";
	else if (!was->server_id)
		what = "an unknown server (the report does not record the server's identity)";
	else if (differs(was->server_id, now.server_id))
		what = "another server";
	else if (differs(was->database ? was->database : rep->database, now.database))
		what = "another database";
	else if (differs(was->schema, now.schema))
		what = "another schema";
	if (what) {
		sg_error_set(err, SG_EXIT_USAGE, "the report '%s' is of a run on %s: it wrote to %s "
			     "database '%s'%s%s%s on %s:%d (server %s); --db reached database '%s'%s%s%s "
			     "on %s:%d (server %s)", path, what, rep->dialect ? rep->dialect : "?",
			     was->database ? was->database : rep->database ? rep->database : "?",
			     was->schema ? " schema '" : "", was->schema ? was->schema : "",
			     was->schema ? "'" : "", was->addr ? was->addr : "?", was->port,
			     was->server_id ? was->server_id : "?", now.database ? now.database : "?",
			     now.schema ? " schema '" : "", now.schema ? now.schema : "",
			     now.schema ? "'" : "", now.addr ? now.addr : "?", now.port,
			     now.server_id ? now.server_id : "?");
		sg_error_detail(err, "the run's target was %s; --db is %s",
				rep->target ? rep->target : "?", db->url.redacted);
		sg_error_hint(err, "pass the URL (and --schema) of the database the run wrote to");
		sg_db_target_release(&now);
		return -1;
	}
	sg_db_target_release(&now);
	return 0;
}

struct undo_args {
	const char *report, *db, *schema, *env, *config;
	bool dry_run, cascade, allow;
};

/* The undo's view of the parsed command line. */
static int take_args(const struct sg_args *args, struct undo_args *a, struct sg_error *err)
{
	memset(a, 0, sizeof(*a));
	a->db = args->db;
	a->schema = args->schema;
	a->env = args->env;
	a->config = args->config;
	a->dry_run = args->dry_run;
	a->allow = args->allow_production;
	for (size_t i = 0; i < args->nown; i++) {
		if (args->own[i].id == O_REPORT)
			a->report = args->own[i].value;
		else if (args->own[i].id == O_CASCADE)
			a->cascade = true;
	}
	if (!a->report) {
		sg_error_set(err, SG_EXIT_USAGE, "undo needs --report FILE: the run report of the run to undo");
		sg_error_hint(err, "writing runs leave their reports in seedgen-runs/");
		return -1;
	}
	return 0;
}

/* The committed tables of the report, children before parents (the
 * reverse of the run's order), each with the condition matching its rows.
 * Refuses a table whose keys outnumber its inserted rows. */
static int collect(struct sg_db *db, const struct sg_schema *schema, const struct sg_report *rep,
		   struct target *xs, size_t *n, struct sg_error *err)
{
	for (size_t i = rep->ntables; i-- > 0;) {
		const struct sg_report_table *rt = &rep->tables[i];
		struct target *x = &xs[*n];

		if (!rt->committed || !rt->inserted)
			continue;
		/* Fewer keys than rows is a run whose triggers removed rows;
		 * more would delete rows the run did not insert. */
		if (rt->nkey && keys_listed(rt) > rt->inserted) {
			sg_error_set(err, SG_EXIT_USAGE, "the report '%s' lists %lld keys for '%s' but "
				     "the run inserted %lld rows there: refusing to delete rows the run "
				     "may not have inserted", rep->path, keys_listed(rt), rt->name,
				     rt->inserted);
			sg_error_hint(err, "delete that table's rows by hand, or remove the table "
				      "from the report");
			return -1;
		}
		if (!rt->nkey) {
			sg_warn("'%s': its %lld rows cannot be told apart from others (no primary key); "
				"left in place", rt->name, rt->inserted);
			continue;
		}
		x->rt = rt;
		x->t = sg_schema_find(schema, rt->name);
		if (!x->t)
			return sg_error_set(err, SG_EXIT_USAGE, "table '%s' of the report is not in "
					    "database '%s'", rt->name,
					    schema->database ? schema->database : "?");
		for (size_t k = 0; k < rt->nkey; k++)
			if (!sg_table_find_column(x->t, rt->key_columns[k]))
				return sg_error_set(err, SG_EXIT_USAGE, "table '%s' has no column '%s', "
						    "which the report's keys use", rt->name,
						    rt->key_columns[k]);
		build_pred(db, x);
		(*n)++;
	}
	return 0;
}

static void delete_sql(struct sg_db *db, struct sg_buf *sql, const struct sg_table *t,
		       const char *cond)
{
	sg_buf_adds(sql, "DELETE FROM ");
	sg_db_quote_table_only(db, sql, t);
	sg_buf_addf(sql, " WHERE %s", cond);
}

/* The bootstrap rows of the cycle through `cycle`, all together. */
static int delete_boot(struct sg_db *db, struct target *xs, size_t n, const char *cycle,
		       struct sg_error *err)
{
	struct sg_cycle_del *dels = sg_calloc(n, sizeof(*dels));
	struct target **of = sg_calloc(n, sizeof(*of));
	struct sg_buf *sql = sg_calloc(n, sizeof(*sql));
	size_t m = 0;
	int rc = 0;

	for (size_t i = 0; i < n; i++)
		if (xs[i].boot.len && !xs[i].boot_done && !strcmp(xs[i].rt->boot_cycle, cycle)) {
			delete_sql(db, &sql[m], xs[i].t, xs[i].boot.data);
			dels[m].t = xs[i].t;
			dels[m].cond = xs[i].boot.data;
			dels[m].sql = sql[m].data;
			of[m++] = &xs[i];
		}
	if (!m)
		rc = 0;
	else if (!db->drv->delete_cycle)
		rc = sg_error_set(err, SG_EXIT_DB, "cannot delete the rows that bootstrapped the NOT "
				  "NULL cycle through '%s': the %s driver cannot delete them together",
				  cycle, db->drv->name);
	else
		rc = db->drv->delete_cycle(db, dels, m, err);
	if (rc < 0) {
		sg_error_detail(err, "while deleting the rows that bootstrapped the NOT NULL cycle "
				"through '%s' (one per table of it)", cycle);
		if (err->code == SG_EXIT_CHECK)
			sg_error_hint(err, "delete or repoint those rows, then undo again");
	}
	for (size_t i = 0; i < m && rc == 0; i++) {
		of[i]->deleted += dels[i].deleted;
		of[i]->boot_done = true;
	}
	for (size_t i = 0; i < m; i++)
		sg_buf_release(&sql[i]);
	free(sql);
	free(dels);
	free(of);
	return rc;
}

/* Children before parents; a cycle's bootstrap rows right after the run's
 * other rows of its first table (they reference each other and tables
 * seeded before the cycle; only rows seeded after them reference them). */
static int delete_rows(struct sg_db *db, struct target *xs, size_t n, struct sg_error *err)
{
	for (size_t i = 0; i < n; i++) {
		struct sg_buf sql = SG_BUF_INIT;
		int r;

		delete_sql(db, &sql, xs[i].t, xs[i].boot.len ? xs[i].rest.data : xs[i].pred.data);
		r = sg_db_exec_affected(db, sql.data, &xs[i].deleted, err);
		sg_buf_release(&sql);
		if (r < 0 || delete_boot(db, xs, n, xs[i].rt->name, err) < 0)
			return -1;
	}
	/* A cycle whose first table the report does not list (edited). */
	for (size_t i = 0; i < n; i++)
		if (xs[i].boot.len && !xs[i].boot_done &&
		    delete_boot(db, xs, n, xs[i].rt->boot_cycle, err) < 0)
			return -1;
	return 0;
}

static void print_result(const struct sg_report *rep, const struct target *xs, size_t n,
			 bool dry_run)
{
	long long deleted = 0, gone = 0;

	for (size_t i = 0; i < n; i++) {
		long long already = xs[i].rt->inserted - xs[i].present;

		printf("%s: %lld %s\n", xs[i].rt->name, xs[i].deleted,
		       dry_run ? "would be deleted" : "deleted");
		if (already > 0)
			printf("%s: %lld already gone\n", xs[i].rt->name, already);
		deleted += xs[i].deleted;
		gone += already > 0 ? already : 0;
	}
	printf("%s %lld row%s of run %s from %zu table%s (%lld already gone)%s\n",
	       dry_run ? "would delete" : "deleted", deleted, deleted == 1 ? "" : "s",
	       rep->run_id ? rep->run_id : "?", n, n == 1 ? "" : "s", gone,
	       dry_run ? "; nothing was written" : "");
}

/* Counts, checks references, deletes (unless dry run) in one transaction.
 * Returns SG_EXIT_OK, SG_EXIT_CHECK when other rows reference the run's,
 * or -1 on error (rolled back). */
static int undo_rows(struct sg_db *db, const struct sg_schema *schema, struct target *xs,
		     size_t n, const struct undo_args *a, struct sg_error *err)
{
	long long blocked;

	if (!a->dry_run && sg_db_begin(db, err) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (count_where(db, xs[i].t, "t", xs[i].pred.data, &xs[i].present, err) < 0)
			goto rollback;
	blocked = references(db, schema, xs, n, a->cascade, a->dry_run, err);
	if (blocked < 0)
		goto rollback;
	if (blocked && !a->cascade) {
		sg_db_rollback(db);
		fprintf(stderr, "seedgen: undo stopped: %lld row%s of other data reference%s rows this "
			"run inserted; nothing was deleted\n", blocked, blocked == 1 ? "" : "s",
			blocked == 1 ? "s" : "");
		fprintf(stderr, "seedgen: hint: delete or repoint those rows, or run again with "
			"--cascade to delete them too\n");
		return SG_EXIT_CHECK;
	}
	if (a->dry_run) {
		for (size_t i = 0; i < n; i++)
			xs[i].deleted = xs[i].present;
		return SG_EXIT_OK;
	}
	if (clear_internal_refs(db, xs, n, err) < 0 || delete_rows(db, xs, n, err) < 0)
		goto rollback;
	return sg_db_commit(db, err) < 0 ? -1 : SG_EXIT_OK;
rollback:
	sg_db_rollback(db);
	return -1;
}

int cmd_undo(struct sg_args *args)
{
	struct sg_error err = { 0 };
	struct undo_args a;
	struct sg_report rep = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct target *xs = NULL;
	struct sg_config cfg = { 0 };
	struct sg_guard guard;
	const char *url;
	size_t n = 0;
	int rc = SG_EXIT_OK;

	if (take_args(args, &a, &err) < 0 || sg_report_load(a.report, &rep, &err) < 0 ||
	    sg_cli_db_url(a.db, &url, &err) < 0 ||
	    sg_config_load(&cfg, sg_guard_config_path(a.config), NULL, &err) < 0 ||
	    sg_db_open(&db, url, a.schema, &err) < 0 ||
	    sg_guard_classify(&guard, &cfg, &db, a.env, &err) < 0)
		goto fail;
	if (!a.dry_run && sg_guard_write(&guard, "undo", a.allow, false, &err) < 0)
		goto fail;
	if (sg_db_introspect(&db, &schema, &err) < 0 || same_target(&rep, &db, a.report, &err) < 0)
		goto fail;
	xs = sg_calloc(rep.ntables + 1, sizeof(*xs));
	if (collect(&db, &schema, &rep, xs, &n, &err) < 0)
		goto fail;
	rc = undo_rows(&db, &schema, xs, n, &a, &err);
	if (rc < 0)
		goto fail;
	if (rc == SG_EXIT_OK)
		print_result(&rep, xs, n, a.dry_run);
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	for (size_t i = 0; i < n; i++) {
		sg_buf_release(&xs[i].pred);
		sg_buf_release(&xs[i].boot);
		sg_buf_release(&xs[i].rest);
	}
	free(xs);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_config_release(&cfg);
	sg_report_release(&rep);
	return rc;
}
