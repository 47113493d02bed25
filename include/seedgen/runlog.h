/*
 * Run reports: the JSON record of a writing run (seed, reseed), written
 * when the run starts and again after every table, so that even a killed
 * run leaves a report saying which tables committed; and read back by
 * `seedgen undo`, which deletes exactly the rows a run inserted.
 *
 * Format "seedgen-run/1":
 *   {"format", "run_id", "command", "seed", "target" (password redacted),
 *    "dialect", "database", "schema", "server": {"host", "addr", "port",
 *    "database", "schema", "server_host", "server_id"} (what the connection
 *    reached; undo refuses any other server), "started", "finished",
 *    "status" ("running", "ok", "failed", "interrupted"), "error",
 *    "tables": [{"name", "before", "planned", "inserted", "after",
 *                "committed", "seconds", "rows_per_second", "deleted",
 *                "keys": {"columns": [...], "ranges": [[lo, hi], ...]}
 *                     or {"columns": [...], "values": [[v, ...], ...]}
 *                     or null (rows not identifiable: no primary key)}]}
 *   A table whose first row bootstrapped a NOT NULL foreign-key cycle has
 *   also "keys": {..., "bootstrap": {"cycle": FIRST_TABLE, "values":
 *   [[v, ...]]}}: those of its keys (strings) that are that row. Undo
 *   deletes every other row of the run first, and the bootstrap rows of a
 *   cycle together when it reaches the cycle's first table.
 */
#ifndef SEEDGEN_RUNLOG_H
#define SEEDGEN_RUNLOG_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>
#include "seedgen/db.h"
#include "seedgen/engine.h"

#define SG_RUNLOG_DIR "seedgen-runs"

struct sg_runlog {
	char id[80];
	char *path;              /* where the report goes */
	char *tmp;               /* path.<pid>.tmp, for atomic rewrites */
	const char *command;     /* "seed", "reseed" */
	uint64_t seed;
	const struct sg_db *db;
	const char *database;    /* borrowed */
	struct sg_db_target target;
	time_t started;
	long long *deleted;      /* reseed: rows deleted per plan step (NULL for seed) */
	dev_t dev;               /* the report file as this run last wrote it: */
	ino_t ino;               /* a file swapped in meanwhile is never replaced */
};

/* Picks the path (path, else SG_RUNLOG_DIR/<run id>.json, creating the
 * directory), asks the server what the connection reached, and creates
 * the report file before anything is written. An existing path of any
 * kind (an earlier report, a symlink, /dev/full, a FIFO) is refused: a
 * report never replaces a file. Errors: SG_EXIT_USAGE naming the path,
 * SG_EXIT_DB when the server cannot be asked. */
int sg_runlog_open(struct sg_runlog *log, const char *path, const char *command, uint64_t seed,
		   struct sg_db *db, const char *database, struct sg_error *err);
void sg_runlog_release(struct sg_runlog *log);

/* Installs SIGINT/SIGTERM handlers for the run: the first signal sets
 * sg_interrupted (the engine then stops and rolls the current table back),
 * a second writes the last report marked "interrupted", prints where it
 * is and the undo command, and exits. */
void sg_runlog_arm_signals(struct sg_runlog *log);
/* Restores the default handlers (sg_runlog_release does it too). */
void sg_runlog_disarm(void);

/* sg_engine_opts.on_table for a run with a report (ctx: the runlog):
 * rewrites the report after every table; a failure is a warning there,
 * since sg_runlog_finish reports the last write. */
void sg_runlog_on_table(void *ctx, const struct sg_run *run);

/* Tells the user where the report is and how to undo the run (stderr). */
void sg_runlog_print_where(const struct sg_runlog *log);

/* The report as JSON text (new string), for a file or stdout. status is
 * "running", "ok" or "failed"; failure (may be NULL) gives the error. */
char *sg_runlog_json(const struct sg_runlog *log, const struct sg_run *run, const char *status,
		     const struct sg_error *failure);

/* Writes the report atomically (temp file + rename), only over the file
 * this run created. Errors: SG_EXIT_DB (the run may have committed rows
 * that only this report would list). */
int sg_runlog_write(struct sg_runlog *log, const struct sg_run *run, const char *status,
		    const struct sg_error *failure, struct sg_error *err);

/* The status a run ends with: "interrupted" after a signal, else "failed"
 * when rc != 0, else "ok". */
const char *sg_runlog_status(int rc);

/* Ends a run: writes the final report. When that fails, prints why and the
 * whole report (the keys of every committed row) on stderr and returns
 * SG_EXIT_DB; else tells where the report is. After a signal the result
 * is 128 + the signal. Otherwise returns rc. */
int sg_runlog_finish(struct sg_runlog *log, const struct sg_run *run, int rc,
		     const struct sg_error *run_err);

/* Non-transactional tables (MyISAM, Aria, MEMORY) cannot roll a failed load
 * back: refuses (SG_EXIT_USAGE, naming table and engine) a plan that writes
 * into one, unless allow (--allow-non-transactional), which warns. */
int sg_runlog_check_engines(struct sg_db *db, const struct sg_plan *plan, bool allow,
			    struct sg_error *err);

/* --- reading ------------------------------------------------------------ */

struct sg_report_table {
	char *name;
	bool committed;
	long long inserted;
	char **key_columns;      /* nkey == 0: not identifiable */
	size_t nkey;
	struct sg_keyrange *ranges;
	size_t nranges;
	char **values;           /* nvalues tuples of nkey */
	size_t nvalues;
	char *boot_cycle;        /* NULL: no bootstrap rows */
	char **boot_values;      /* nboot tuples of nkey: the bootstrap rows' keys */
	size_t nboot;
};

struct sg_report {
	char *path;
	struct sg_db_target server;  /* as recorded; server_id NULL in old reports */
	char *run_id;
	char *command;
	char *dialect;
	char *database;
	char *target;
	char *status;
	uint64_t seed;
	struct sg_report_table *tables;  /* in the run's (plan) order */
	size_t ntables;
};

/* Loads a run report. Errors: SG_EXIT_USAGE (unreadable, malformed JSON
 * with FILE:LINE:COL, not a seedgen run report). */
int sg_report_load(const char *path, struct sg_report *r, struct sg_error *err);
void sg_report_release(struct sg_report *r);

#endif
