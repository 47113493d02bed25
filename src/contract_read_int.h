/*
 * Private to the contract reader (contract_read*.c): the reading state and
 * the helpers that the seedgen and drizzle-kit readers share. Every helper
 * that fails fills r->err (SG_EXIT_USAGE, naming the file and the JSON
 * path) and returns -1.
 */
#ifndef SEEDGEN_CONTRACT_READ_INT_H
#define SEEDGEN_CONTRACT_READ_INT_H

#include <stdbool.h>
#include <cjson/cJSON.h>

#include "seedgen/caps.h"
#include "seedgen/contract_read.h"

struct reader {
	const char *name;          /* file name for messages */
	struct sg_error *err;
	struct sg_contract *c;
	const struct sg_caps *caps; /* of the dialect the file names */
	const cJSON *pg_enums;     /* drizzle postgresql: root "enums" */
	const char *pg_schema;     /* schema whose tables are read */
};

/* Fails with "FILE: PATH: message". */
int sg_cr_bad(struct reader *r, const char *path, const char *fmt, ...) SG_PRINTF(3, 4);
/* "a string", "an array", "null" ...: what a JSON value is, for messages. */
const char *sg_cr_kind_of(const cJSON *v);
/* Typed members of object o; absent (or null) members give the default. */
int sg_cr_get_str(struct reader *r, const cJSON *o, const char *key, const char *path,
		  bool required, const char **out);
int sg_cr_get_bool(struct reader *r, const cJSON *o, const char *key, const char *path,
		   bool dflt, bool *out);
int sg_cr_get_int(struct reader *r, const cJSON *o, const char *key, const char *path,
		  int dflt, int *out);
int sg_cr_get_container(struct reader *r, const cJSON *o, const char *key, const char *path,
			bool array, const cJSON **out);
/* Calls add(ctx, s) for each string of the JSON array v (at path.key). */
int sg_cr_each_string(struct reader *r, const cJSON *v, const char *path, const char *key,
		      void (*add)(void *, const char *), void *ctx);
/* sg_cr_each_string callbacks: a key column, an enum member. */
void sg_cr_add_key_col(void *k, const char *name);
void sg_cr_add_enum_val(void *c, const char *v);
/* A default given as a JSON number or boolean becomes its SQL spelling. */
int sg_cr_default_text(struct reader *r, const cJSON *v, const char *path, char **out);
/* Adds a column unless the table has one of that database name (then
 * records the clash in the contract's dups and returns NULL). */
struct sg_column *sg_cr_add_column(struct reader *r, struct sg_table *t, const char *name,
				   const char *field, char ***fields);
void sg_cr_free_fields(char **fields, size_t n);
bool sg_cr_has_table(const struct sg_schema *s, const char *name);
enum sg_type_class sg_cr_class_by_name(const char *name, bool *found);
/* The two formats, from the parsed root object. */
int sg_cr_read_seedgen(struct reader *r, const cJSON *root);
int sg_cr_read_drizzle(struct reader *r, const cJSON *root);

#endif
