/*
 * Run reports: the JSON record of a writing run (seed, reseed), written
 * when the run starts and again after every table, so that even a killed
 * run leaves a report saying which tables committed; and read back by
 * `seedgen undo`, which deletes exactly the rows a run inserted.
 *
 * Format "seedgen-run/1":
 *   {"format", "run_id", "command", "seed", "target" (password redacted),
 *    "dialect", "database", "schema", "started", "finished", "status"
 *    ("running", "ok", "failed"), "error",
 *    "tables": [{"name", "before", "planned", "inserted", "after",
 *                "committed", "seconds", "rows_per_second", "deleted",
 *                "keys": {"columns": [...], "ranges": [[lo, hi], ...]}
 *                     or {"columns": [...], "values": [[v, ...], ...]}
 *                     or null (rows not identifiable: no primary key)}]}
 */
#ifndef SEEDGEN_RUNLOG_H
#define SEEDGEN_RUNLOG_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>
#include "seedgen/db.h"
#include "seedgen/engine.h"

#define SG_RUNLOG_DIR "seedgen-runs"

struct sg_runlog {
	char id[80];
	char *path;              /* where the report goes */
	const char *command;     /* "seed", "reseed" */
	uint64_t seed;
	const struct sg_db *db;
	const char *database;    /* borrowed */
	time_t started;
	long long *deleted;      /* reseed: rows deleted per plan step (NULL for seed) */
};

/* Picks the path (path, else SG_RUNLOG_DIR/<run id>.json, creating the
 * directory) and checks that it can be written, before anything is.
 * Errors: SG_EXIT_USAGE naming the path. */
int sg_runlog_open(struct sg_runlog *log, const char *path, const char *command, uint64_t seed,
		   const struct sg_db *db, const char *database, struct sg_error *err);
void sg_runlog_release(struct sg_runlog *log);

/* The report as JSON text (new string), for a file or stdout. status is
 * "running", "ok" or "failed"; failure (may be NULL) gives the error. */
char *sg_runlog_json(const struct sg_runlog *log, const struct sg_run *run, const char *status,
		     const struct sg_error *failure);

/* Writes the report atomically (temp file + rename). */
int sg_runlog_write(const struct sg_runlog *log, const struct sg_run *run, const char *status,
		    const struct sg_error *failure, struct sg_error *err);

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
};

struct sg_report {
	char *path;
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
