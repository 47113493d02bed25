/*
 * Command-line plumbing shared by every command: an option iterator with
 * seedgen's own error messages, value parsers, and the connection options
 * (--db / DATABASE_URL, --schema) that most commands take.
 */
#ifndef SEEDGEN_CLI_H
#define SEEDGEN_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/error.h"

enum { SG_OPT_END = 0 };

/* One accepted option. id must be > 0. has_arg: 0 flag, 1 needs a value. */
struct sg_opt {
	const char *name;     /* long name without "--" */
	char short_name;      /* 0 if none */
	int has_arg;
	int id;
};

struct sg_argiter {
	int argc;
	char **argv;
	int i;                /* next argv index */
	const char *cmd;      /* command name for messages */
	const char *opt;      /* the option just returned, as written ("--count") */
};

void sg_argiter_init(struct sg_argiter *it, int argc, char **argv, int start,
		     const char *cmd);

/* Returns the id of the next option (its value in *value, NULL for flags),
 * SG_OPT_END when argv is done, or -1 with err filled (unknown option,
 * missing value, a value given to a flag, a stray argument). */
int sg_argiter_next(struct sg_argiter *it, const struct sg_opt *opts,
		    const char **value, struct sg_error *err);

/* Parses a non-negative integer option value; min is the smallest value
 * allowed (e.g. 1 for --batch-size). Errors name the option. */
int sg_cli_parse_count(const char *opt, const char *value, long long min,
		       long long *out, struct sg_error *err);

/* Parses an unsigned 64-bit value (for --seed). */
int sg_cli_parse_u64(const char *opt, const char *value, unsigned long long *out,
		     struct sg_error *err);

/* Output format: "text", "json" (and "markdown" where allowed). */
enum sg_format { SG_FMT_TEXT = 0, SG_FMT_JSON, SG_FMT_MARKDOWN };
int sg_cli_parse_format(const char *value, bool allow_markdown, enum sg_format *out,
			struct sg_error *err);

/* A list of names from repeatable, comma-separated options (--table a,b). */
struct sg_namelist {
	char **names;
	size_t n, cap;
};
void sg_namelist_add_csv(struct sg_namelist *l, const char *csv);
bool sg_namelist_has(const struct sg_namelist *l, const char *name);
void sg_namelist_release(struct sg_namelist *l);

/* The --db value, else $DATABASE_URL; error (exit 2) when neither is set. */
int sg_cli_db_url(const char *flag_value, const char **url, struct sg_error *err);

struct sg_db;
struct sg_schema;
/* What most commands do first: the URL from --db or $DATABASE_URL, a
 * connection, and the live schema with its inferred relations. */
int sg_cli_open(const char *db_flag, const char *schema_name, struct sg_db *db,
		struct sg_schema *schema, struct sg_error *err);

#endif
