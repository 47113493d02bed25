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
/* Removes h; true when it was there. */
bool sg_hashset_remove(struct sg_hashset *s, uint64_t h);
void sg_hashset_release(struct sg_hashset *s);

/* The mix applied to every key (never 0), for other open-addressing tables. */
uint64_t sg_hash_mix(uint64_t h);

/* FNV-1a over one value of a tuple, then a separator that no value holds,
 * so ("ab","c") and ("a","bc") differ. Start a tuple at SG_HASH_INIT. */
#define SG_HASH_INIT 14695981039346656037ULL
uint64_t sg_hash_bytes(uint64_t h, const char *p, size_t n);

/* A map from 64-bit key hash to a counter (numbering within a parent).
 * Zero-initialize; free with sg_countmap_release(). */
struct sg_countmap {
	uint64_t *keys; /* mixed; 0 = empty */
	int64_t *vals;
	size_t cap, n;
};

/* The counter of h, created at 0 when absent. Valid until the next call. */
int64_t *sg_countmap_slot(struct sg_countmap *m, uint64_t h);
void sg_countmap_release(struct sg_countmap *m);

#endif
