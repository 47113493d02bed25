/*
 * Private to `seedgen reconcile` (reconcile*.c): the parsed file -- its
 * entries, rows, cells, shared references and invariants -- and the state
 * of one run (struct rc), plus the functions the parts call across files.
 */
#ifndef SEEDGEN_RECONCILE_INT_H
#define SEEDGEN_RECONCILE_INT_H

#include <stdbool.h>
#include <cjson/cJSON.h>

#include "seedgen/db.h"
#include "seedgen/json.h"
#include "seedgen/schema.h"

/* Rows per lookup SELECT and per multi-row INSERT, and a size cap for one
 * INSERT (well under the smallest max_allowed_packet a server ships with). */
#define CHUNK_ROWS 200
#define CHUNK_BYTES (256 * 1024)

enum ref_state {
	REF_OPEN = 0,   /* not looked up yet */
	REF_FOUND,      /* value holds the target's value */
	REF_PENDING,    /* not in the database, but a row this file adds */
	REF_MISSING,    /* neither */
};

struct cell;

/* {"ref": TABLE, "by": {...}, "column": C}; shared by every use of the same
 * description, so each distinct reference is looked up once. */
struct ref {
	const cJSON *node;          /* first use, for messages */
	char *path;
	struct sg_table *t;
	const struct sg_column *target;
	struct cell *by;
	size_t nby;
	char *desc;                 /* roles(name='Super Admin') */
	int entry;                  /* index of the file entry of t, -1 if none */
	enum ref_state state;
	char *value;                /* REF_FOUND: the value; NULL for SQL NULL */
};

/* One COLUMN: VALUE of a row, a reference's "by", a "where" or "require". */
struct cell {
	const cJSON *node;          /* the member in the file */
	const struct sg_column *col;
	int ci;                     /* index of col in its table */
	char *text;                 /* value as literal text; NULL = SQL NULL */
	char *canon;                /* for matching file values with each other */
	struct ref *ref;            /* non-NULL: the value is the ref's */
};

struct row {
	const cJSON *node;
	struct cell *cells;
	size_t ncells;
	int *key;                   /* cells index of each key column */
	bool present;               /* in the database (by its key) */
	bool differs;               /* present, and a non-key value differs */
	bool key_pending;           /* a key value refers to a row still to add */
	bool value_pending;         /* a non-key value does */
};

struct entry {
	const cJSON *node;
	char path[32];
	struct sg_table *t;
	const struct sg_column **key;
	size_t nkey;
	struct row *rows;
	size_t nrows;
	long long present, missing, inserted, differ, updated;
};

struct invariant {
	const cJSON *node;
	char *name;
	char path[32];
	struct sg_table *t;
	long long min_rows;         /* -1 for a "require" invariant */
	struct cell *conds;         /* "where" (min_rows) or "require" */
	size_t nconds;
	bool passed;
	char *message;
};

struct rc {
	struct sg_json_doc *doc;
	struct sg_schema *schema;
	struct sg_db *db;
	struct sg_error *err;
	struct entry *entries;
	size_t nentries;
	struct invariant *invs;
	size_t ninvs;
	struct ref **refs;
	size_t nrefs, cap_refs;
	bool dry_run, update;
	/* Production guard (see apply()): the target's environment from --env,
	 * and whether --allow-production was given. */
	const char *env;
	const char *config;        /* --config: environments for the guard */
	bool allow_production;
};

/* reconcile_values.c: messages ("FILE:LINE:COL: PATH: ..."; -1), the
 * table and column lookups that explain a miss, values and cells. */
int sg_rc_bad(struct rc *x, const cJSON *node, const char *path, const char *fmt, ...)
	SG_PRINTF(4, 5);
void sg_rc_describe_cell(struct sg_buf *b, const struct cell *c);
struct sg_table *sg_rc_find_table(struct rc *x, const cJSON *n, const char *path);
void sg_rc_free_cells(struct cell *cells, size_t n);
int sg_rc_known_keys(struct rc *x, const cJSON *obj, const char *path, const char *const *keys);
int sg_rc_parse_value(struct rc *x, const struct sg_table *t, const struct sg_column *c,
		      const cJSON *n, const char *path, int cur, struct cell *out);
int sg_rc_unknown_column(struct rc *x, const cJSON *node, const char *path,
			 const struct sg_table *t, const char *name);
/* reconcile_file.c: the whole file into x (entries, rows, refs, invariants). */
int sg_rc_parse_file(struct rc *x);
/* The cell of row r for column, NULL if the row does not set it. */
struct cell *sg_rc_row_cell(const struct row *r, const char *column);
/* reconcile_sql.c: lookups, the plan, and apply(), the only writer. */
void sg_rc_add_match(struct rc *x, struct sg_buf *b, const struct cell *c);
int sg_rc_apply(struct rc *x);
bool sg_rc_file_adds(const struct rc *x, const struct entry *e, const struct cell *conds,
		     size_t n, long long *count);
int sg_rc_plan(struct rc *x);
int sg_rc_resolve(struct rc *x, struct ref *r, bool planning);

#endif
