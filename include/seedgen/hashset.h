/*
 * A set of 64-bit hashes (open addressing), for "seen this key before?"
 * over many rows: unique keys, used parents, existing pairs. Stores 8
 * bytes per key. Zero-initialize; free with sg_hashset_release().
 */
#ifndef SEEDGEN_HASHSET_H
#define SEEDGEN_HASHSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sg_hashset {
	uint64_t *slots; /* mixed hashes; 0 = empty */
	size_t cap, n;
};

/* Adds h; true when it was not there yet. */
bool sg_hashset_add(struct sg_hashset *s, uint64_t h);
bool sg_hashset_has(const struct sg_hashset *s, uint64_t h);
void sg_hashset_release(struct sg_hashset *s);

/* The mix applied to every key (never 0), for other open-addressing tables. */
uint64_t sg_hash_mix(uint64_t h);

#endif
