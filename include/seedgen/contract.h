/*
 * seedgen's schema JSON: the `inspect --format json` output, which is also
 * the contract format that `snapshot` writes and `validate` reads. The
 * format is documented in README.md ("Schema JSON"); fields are only ever
 * added, never renamed.
 */
#ifndef SEEDGEN_CONTRACT_H
#define SEEDGEN_CONTRACT_H

#include <stddef.h>
#include "seedgen/schema.h"

#define SG_CONTRACT_FORMAT "seedgen-schema/1"

/* Returns a new, pretty-printed JSON string describing `tables` (n of them;
 * all of s's tables when tables is NULL). Free with free(). */
char *sg_contract_to_json(const struct sg_schema *s,
			  struct sg_table *const *tables, size_t n);

#endif
