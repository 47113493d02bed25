/*
 * PCG32 (PCG-XSH-RR, 64-bit state, 32-bit output; O'Neill, pcg-random.org)
 * with explicit state. Every random draw in seedgen goes through one of
 * these; one stream per table, derived from the run seed and the table name
 * (sg_rand_for_table), so adding a table never changes another one's rows.
 */
#ifndef SEEDGEN_RAND_H
#define SEEDGEN_RAND_H

#include <stdint.h>

struct sg_rand {
	uint64_t state;
	uint64_t inc; /* stream selector; always odd */
};

/* Seeds like pcg32_srandom_r(rng, initstate, initseq). */
void sg_rand_seed(struct sg_rand *r, uint64_t initstate, uint64_t initseq);

/* Stream for table `name` under run seed `seed`. */
void sg_rand_for_table(struct sg_rand *r, uint64_t seed, const char *name);

uint32_t sg_rand_u32(struct sg_rand *r);
uint64_t sg_rand_u64(struct sg_rand *r);

/* Uniform in [0, bound), unbiased (rejection); bound 0 returns 0. */
uint32_t sg_rand_below(struct sg_rand *r, uint32_t bound);
uint64_t sg_rand_below64(struct sg_rand *r, uint64_t bound);

/* Uniform integer in [lo, hi] (inclusive), any int64 range. */
int64_t sg_rand_range(struct sg_rand *r, int64_t lo, int64_t hi);

/* Uniform double in [0, 1) with 53 random bits. */
double sg_rand_double(struct sg_rand *r);

/* true with probability p. */
int sg_rand_chance(struct sg_rand *r, double p);

/* 64-bit FNV-1a of a string (stable hash for stream derivation). */
uint64_t sg_hash64(const char *s);

#endif
