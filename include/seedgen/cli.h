/*
 * Command-line plumbing: the command table, options that carry their help
 * text (one array per command, from which both the parser and --help are
 * made), the shared options parsed once into struct sg_args, an option
 * iterator with seedgen's own error messages, value parsers, and opening
 * the database that --db / $DATABASE_URL names.
 */
#ifndef SEEDGEN_CLI_H
#define SEEDGEN_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "seedgen/error.h"

enum { SG_OPT_END = 0 };

enum sg_format { SG_FMT_TEXT = 0, SG_FMT_JSON, SG_FMT_MARKDOWN };

/* A list of names from repeatable, comma-separated options (--table a,b). */
struct sg_namelist {
	char **names;
	size_t n, cap;
};

/* One option, with its help. The parser and every --help read the same
 * arrays, so the help cannot miss an option the parser takes. */
struct sg_option {
	const char *name;     /* long name without "--"; NULL: the shared option `id`,
			       * with `help` (if set) instead of its own text */
	char short_name;      /* 0 if none */
	const char *arg;      /* placeholder of its value ("N", "FILE"); NULL: a flag */
	const char *help;     /* for --help; '\n' starts another line */
	int id;               /* > 0; own ids below SG_O_SHARED */
};

/* The shared options: declared once (cli.c), parsed once into struct
 * sg_args. A command takes those its flags bring (see enum sg_cmd_flag)
 * and those its own array names by id. */
enum sg_shared_option {
	SG_O_SHARED = 1000,
	SG_O_DB = SG_O_SHARED, SG_O_SCHEMA, SG_O_CONFIG, SG_O_ENV, SG_O_ALLOW_PROD, SG_O_DRY_RUN,
	SG_O_TABLE, SG_O_ALL, SG_O_EXCLUDE, SG_O_COUNT, SG_O_SEED, SG_O_WITH_PARENTS, SG_O_STRICT,
	SG_O_ALLOW_NONTX,
	SG_O_SCENARIO, SG_O_BATCH, SG_O_REPORT, SG_O_FORMAT, SG_O_QUIET, SG_O_HELP,
};

/* What a command does, and so which shared options it takes. */
enum sg_cmd_flag {
	SG_CMD_NEEDS_DB = 1 << 0,     /* connects: --db URL or $DATABASE_URL */
	SG_CMD_MAY_USE_DB = 1 << 1,   /* connects when given a URL: --db */
	SG_CMD_NEEDS_SCHEMA = 1 << 2, /* reads the live schema: --schema NAME */
	SG_CMD_NEEDS_CONFIG = 1 << 3, /* reads the config file: --config FILE */
	SG_CMD_WRITES = 1 << 4,       /* writes: --dry-run, the production guard
				       * (--env, --allow-production; its config) */
	SG_CMD_SEEDS = 1 << 5,        /* plans and seeds tables: --table, --all, --count... */
	SG_CMD_FORMAT = 1 << 6,       /* --format text|json */
	SG_CMD_MARKDOWN = 1 << 7,     /* --format also takes markdown */
};

/* The help of a command, kept in its file next to the code that reads
 * the options. */
struct sg_cmd_help {
	const char *synopsis;         /* what follows "usage: seedgen NAME " */
	const char *about;            /* paragraph(s) */
	const struct sg_option *options; /* own options and shared overrides; ends with {0} */
	const char *footer;           /* e.g. the exit codes; may be NULL */
};

struct sg_args;

/* A row of the command table (sg_commands[], cli.c). */
struct sg_command {
	const char *name;
	int (*fn)(struct sg_args *a);
	const char *summary;          /* one line, for seedgen --help */
	unsigned flags;               /* enum sg_cmd_flag */
	const struct sg_cmd_help *help;
};

extern const struct sg_command sg_commands[]; /* ends with { NULL } */
const struct sg_command *sg_command_find(const char *name);

/* An own option as the command line gave it. */
struct sg_optval {
	int id;
	const char *opt;              /* as written ("--min-percent", "-t") */
	const char *value;            /* NULL for a flag */
};

/* The parsed command line. Strings point into argv. */
struct sg_args {
	const struct sg_command *cmd;
	const char *db, *schema, *config, *env, *scenario, *report; /* NULL: not given */
	bool allow_production, dry_run;
	enum sg_format format;        /* SG_FMT_TEXT unless --format */
	/* SG_CMD_SEEDS, and --table where a command names it */
	struct sg_namelist tables, exclude;
	bool all, with_parents, strict, seed_given;
	bool allow_nontx;             /* --allow-non-transactional */
	long long count;              /* < 0: not given */
	long long batch;              /* 0: not given */
	unsigned long long seed;
	struct sg_optval *own;        /* the command's own options, in argv order */
	size_t nown, cap_own;
};

/* Parses argv[start..argc) for cmd: shared options into a, own options
 * into a->own, the values of shared options checked. Returns 0, 1 when
 * --help was asked (nothing else checked), or -1 with err filled (exit 2).
 * Release a with sg_args_release() in every case. */
int sg_args_parse(struct sg_args *a, const struct sg_command *cmd, int argc, char **argv,
		  int start, struct sg_error *err);
void sg_args_release(struct sg_args *a);

/* Every option cmd takes, own then shared, with names and help resolved.
 * Returns how many (at most max). */
size_t sg_cmd_options(const struct sg_command *cmd, struct sg_option *out, size_t max);
#define SG_CMD_MAX_OPTIONS 64

/* `seedgen --help` and `seedgen CMD --help`, printed from the arrays. */
void sg_cli_usage(FILE *out);
void sg_cli_help(const struct sg_command *cmd, FILE *out);

/* The option iterator under sg_args_parse(): "--name value",
 * "--name=value", "-x value", "-x". */
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
int sg_argiter_next(struct sg_argiter *it, const struct sg_option *opts, size_t nopts,
		    const char **value, struct sg_error *err);

/* The largest count any option takes (--count, --sample, --batch-size):
 * 10^12 rows, far beyond any seeding run, far below overflow. */
#define SG_COUNT_MAX 1000000000000LL

/* Parses a whole number from min to SG_COUNT_MAX, digits only (no sign,
 * no spaces); min is e.g. 1 for --batch-size. Errors name the option. */
int sg_cli_parse_count(const char *opt, const char *value, long long min,
		       long long *out, struct sg_error *err);

/* Parses an unsigned 64-bit value (for --seed), digits only. */
int sg_cli_parse_u64(const char *opt, const char *value, unsigned long long *out,
		     struct sg_error *err);

/* Parses a percentage from 0 to 100 ("30", "12.5", "30%"), e.g. for
 * --min-percent. Errors name the option. */
int sg_cli_parse_percent(const char *opt, const char *value, double *out, struct sg_error *err);

/* Output format: "text", "json" (and "markdown" where allowed). */
int sg_cli_parse_format(const char *value, bool allow_markdown, enum sg_format *out,
			struct sg_error *err);

/* Adds the names of a comma list, skipping empty ones and repeats. */
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
