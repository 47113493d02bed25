/*
 * Reading schema contracts: a JSON file that says what the database should
 * look like, loaded into the same struct sg_schema that introspection
 * builds, so that `seedgen validate` compares like with like.
 *
 * Accepted formats, detected from the content:
 *   - seedgen's own schema JSON ("format": "seedgen-schema/1"), as written
 *     by `seedgen snapshot` and `seedgen inspect --format json`. A column
 *     may carry an optional "field" (the application's name for it); two
 *     entries that map to one database column are recorded in
 *     sg_contract.dups instead of being added twice.
 *   - drizzle-kit snapshots: MySQL format version 5 and PostgreSQL format
 *     version 7 (drizzle/meta/NNNN_snapshot.json).
 *
 * Only declared foreign keys are loaded; relations a snapshot marks as
 * inferred ("declared": false) are left out, because the live side infers
 * its own.
 */
#ifndef SEEDGEN_CONTRACT_READ_H
#define SEEDGEN_CONTRACT_READ_H

#include <stddef.h>
#include "seedgen/error.h"
#include "seedgen/schema.h"

struct cJSON;

enum sg_contract_kind {
	SG_CONTRACT_NONE = 0,
	SG_CONTRACT_SEEDGEN,        /* seedgen-schema/1 */
	SG_CONTRACT_DRIZZLE_MYSQL,  /* drizzle-kit snapshot, dialect mysql, version 5 */
	SG_CONTRACT_DRIZZLE_PGSQL,  /* drizzle-kit snapshot, dialect postgresql, version 7 */
};

/* Two contract entries mapped to the same database column of a table. */
struct sg_contract_dup {
	char *table;
	char *column;  /* the database column (as the first entry spells it) */
	char *first;   /* field name of the first entry ("field", else its column name) */
	char *second;  /* field name of the later entry */
};

struct sg_contract {
	enum sg_contract_kind kind;
	char *path;               /* as given */
	struct sg_schema schema;  /* finished (sorted); dialect set from the file */
	struct sg_contract_dup *dups;
	size_t ndups, cap_dups;
};

/* Human name of a contract kind: "seedgen schema JSON", "drizzle-kit
 * snapshot (mysql, version 5)", ... */
const char *sg_contract_kind_name(enum sg_contract_kind k);

/* Reads and parses the file at path. pg_schema picks the PostgreSQL schema
 * whose tables a drizzle-kit snapshot contributes (NULL = "public").
 * Errors are SG_EXIT_USAGE: unreadable file, malformed JSON (message
 * "PATH:LINE:COLUMN: malformed JSON ..."), an unknown format or version,
 * or a structural problem (message names the JSON path of the element).
 * Free with sg_contract_release(); *out is initialized by the call. */
int sg_contract_load(const char *path, const char *pg_schema, struct sg_contract *out,
		     struct sg_error *err);

/* The same from text already in memory; name is used in messages. */
int sg_contract_parse(const char *text, size_t len, const char *name,
		      const char *pg_schema, struct sg_contract *out, struct sg_error *err);

void sg_contract_release(struct sg_contract *c);

#endif
