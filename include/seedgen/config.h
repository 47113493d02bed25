/*
 * The config file (--config FILE): row counts, null rates, column value
 * lists and ranges, relation skew, inferred-FK overrides, polymorphic maps,
 * and named scenarios that override all of these. The format is documented
 * in README.md ("Config file"). Every mistake is an error naming the JSON
 * path with FILE:LINE:COL; names are checked against the live schema by
 * sg_config_check().
 *
 * Ownership: struct sg_config owns everything in it; sg_config_release().
 */
#ifndef SEEDGEN_CONFIG_H
#define SEEDGEN_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/error.h"
#include "seedgen/generic.h"
#include "seedgen/schema.h"

#define SG_DEFAULT_COUNT 20       /* rows per table when nothing says otherwise */
#define SG_DEFAULT_NULL_RATE 0.1  /* chance of NULL in a nullable column */

struct sg_cfg_column {
	char *name;
	struct sg_colopts opts;   /* null_rate < 0 when unset; date ranges in seconds since 1970 */
	bool range_is_date;       /* min/max were given as dates */
	const void *node;         /* cJSON node, for error positions */
};

struct sg_cfg_relation {
	char *column;             /* child column (single-column relations) */
	double skew;              /* top-20% share; < 0 = default (0.8) */
	bool infer_off;           /* "infer": false: do not treat as a relation */
	char *ref_table;          /* "references": "table.column" override */
	char *ref_column;
	const void *node;
};

struct sg_cfg_poly_entry {
	char *type_value;         /* value written to the type column */
	char *table;              /* table whose primary key the id column gets */
};

struct sg_cfg_poly {
	char *type_column;
	char *id_column;
	struct sg_cfg_poly_entry *map;
	size_t nmap;
	const void *node;
};

struct sg_cfg_table {
	char *name;
	long long count;          /* < 0 when unset */
	double null_rate;         /* < 0 when unset */
	struct sg_cfg_column *columns;
	size_t ncolumns;
	struct sg_cfg_relation *relations;
	size_t nrelations;
	struct sg_cfg_poly *polys;
	size_t npolys;
	const void *node;
};

/* A named environment: targets whose host and database match (globs). */
struct sg_cfg_env {
	char *name;
	char **hosts;
	size_t nhosts;
	char **databases;
	size_t ndatabases;
};

struct sg_config {
	char *path;                /* NULL when no file was given */
	long long default_count;   /* SG_DEFAULT_COUNT unless configured */
	double null_rate;          /* SG_DEFAULT_NULL_RATE unless configured */
	double skew;               /* default top-20% share of parent picks (0.8) */
	bool infer_fks;            /* "foreign_keys": {"infer": false} turns inference off */
	bool edge;                 /* scenario "edge" */
	int vocabulary;            /* "vocabulary": enum sg_vocab_pack (0 = auto, from the schema) */
	char *scenario;            /* the scenario in force, NULL if none */
	struct sg_cfg_table *tables;
	size_t ntables;
	struct sg_cfg_env *envs;   /* "environments" (production guard) */
	size_t nenvs;
	void *doc;                 /* struct sg_json_doc *, kept for positions */
};

/* Loads path (NULL: built-in defaults only) and applies scenario (NULL:
 * none; "edge" also works without a file, "light" and "full" need the
 * file to define them unless built in). Errors: SG_EXIT_USAGE with
 * FILE:LINE:COL and the JSON path. */
int sg_config_load(struct sg_config *cfg, const char *path, const char *scenario,
		   struct sg_error *err);
void sg_config_release(struct sg_config *cfg);

/* Checks every table, column, relation and polymorphic map against the
 * live schema, and every value against its column (enum values the column
 * lacks, lengths, ranges for the type). Errors name FILE:LINE:COL. */
int sg_config_check(const struct sg_config *cfg, const struct sg_schema *s,
		    struct sg_error *err);

/* Applies the config's FK settings to s: drops relations marked
 * "infer": false, adds or retargets "references" overrides. Call after
 * sg_config_check(). */
void sg_config_apply_fks(const struct sg_config *cfg, struct sg_schema *s);

const struct sg_cfg_table *sg_config_table(const struct sg_config *cfg, const char *name);
const struct sg_cfg_column *sg_config_column(const struct sg_cfg_table *t, const char *name);
const struct sg_cfg_relation *sg_config_relation(const struct sg_cfg_table *t,
						 const char *column);

#endif
