/*
 * Shared by the check commands (validate, fingerprint, coverage, verify):
 * spelling-independent forms of column types and defaults, the drift list
 * that `seedgen validate` builds, --ignore patterns and the dated report
 * directory.
 */
#ifndef SEEDGEN_CHECK_H
#define SEEDGEN_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/caps.h"
#include "seedgen/cli.h"
#include "seedgen/contract_read.h"
#include "seedgen/error.h"
#include "seedgen/schema.h"

/* The type of c in one canonical spelling for a dialect, so that equivalent
 * spellings compare equal: "int(11)" and "integer" -> "int", "tinyint(1)"
 * and "bool" -> "boolean", MariaDB's LONGTEXT-with-json_valid -> "json",
 * "character varying(20)" -> "varchar(20)", "timestamp (3) without time
 * zone" -> "timestamp(3)", "numeric(10, 4)" -> "numeric(10,4)". Enum and
 * set columns give "enum" / "set" on MySQL (values are compared apart) and
 * the type's name on PostgreSQL. Returns a new string. */
char *sg_check_type_canon(const struct sg_caps *caps, const struct sg_column *c);

/* The default of c (c->default_expr) in one canonical form, NULL when it
 * has none: NULL and DEFAULT NULL -> none; outer parentheses, PostgreSQL
 * casts ('x'::character varying) and charset introducers dropped; quotes
 * around literals dropped; now(), CURRENT_TIMESTAMP, current_timestamp()
 * -> current_timestamp; true/false/'1'/b'0' on boolean columns -> true or
 * false; numbers on numeric columns by value ('0' = 0.00); a sequence
 * default on an auto-increment column -> none. Returns a new string. */
char *sg_check_default_canon(const struct sg_caps *caps, const struct sg_column *c);

/* One drift finding of `seedgen validate`. */
struct sg_drift {
	const char *kind;   /* static: "missing_table", "type", "enum", "foreign_key", ... */
	char *table;
	char **columns;     /* the column(s) concerned; ncols 0 for table-level issues */
	size_t ncols;
	char *contract;     /* the contract's side, NULL when it has none */
	char *database;     /* the database's side, NULL when it has none */
	char *message;      /* "missing in database (contract: int, nullable)" */
};

struct sg_drift_report {
	struct sg_drift *items;
	size_t n, cap;
	size_t ntables;     /* tables compared: contract and database together, minus ignored */
};

/* Compares the live schema with the contract and appends every difference
 * to out (which the caller zero-initialized). Differences that an --ignore
 * pattern covers are left out. */
void sg_validate_compare(const struct sg_contract *contract, const struct sg_schema *live,
			 const struct sg_namelist *ignore, struct sg_drift_report *out);
void sg_drift_report_release(struct sg_drift_report *r);

/* "table" or "table.column" / "table.(a, b)": the subject of a drift line.
 * Returns a new string. */
char *sg_drift_subject(const struct sg_drift *d);

/* True when a pattern of ignore (fnmatch globs) matches table, or
 * "table.column" when column is not NULL. */
bool sg_check_ignored(const struct sg_namelist *ignore, const char *table, const char *column);

/* Creates DIR/<YYYY-MM-DD> (today, UTC) and its parents; *out gets the new
 * path. Errors: SG_EXIT_USAGE with the path and the reason. */
int sg_check_report_dir(const char *dir, char **out, struct sg_error *err);

/* Writes text to path (replacing it). Errors: SG_EXIT_USAGE. */
int sg_check_write_file(const char *path, const char *text, struct sg_error *err);

#endif
