/*
 * PCG32: PCG-XSH-RR with 64-bit state and 32-bit output, after Melissa
 * O'Neill's reference (pcg-random.org), with explicit state so that every
 * table can own an independent, reproducible stream.
 */
#include "seedgen/rand.h"

#define PCG_MULT 6364136223846793005ULL

uint32_t sg_rand_u32(struct sg_rand *r)
{
	uint64_t old = r->state;
	uint32_t xorshifted, rot;

	r->state = old * PCG_MULT + r->inc;
	xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
	rot = (uint32_t)(old >> 59u);
	return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
}

void sg_rand_seed(struct sg_rand *r, uint64_t initstate, uint64_t initseq)
{
	r->state = 0u;
	r->inc = (initseq << 1u) | 1u;
	sg_rand_u32(r);
	r->state += initstate;
	sg_rand_u32(r);
}

uint64_t sg_hash64(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

void sg_rand_for_table(struct sg_rand *r, uint64_t seed, const char *name)
{
	uint64_t h = sg_hash64(name);

	/* The table name picks the stream and perturbs the state, so two
	 * tables never share a sequence even under the same seed. */
	sg_rand_seed(r, seed ^ (h * 0x9E3779B97F4A7C15ULL), h);
}

uint64_t sg_rand_u64(struct sg_rand *r)
{
	uint64_t hi = sg_rand_u32(r);

	return (hi << 32) | sg_rand_u32(r);
}

uint32_t sg_rand_below(struct sg_rand *r, uint32_t bound)
{
	uint32_t threshold, v;

	if (bound == 0)
		return 0;
	/* Reject the low values that would make the modulo biased. */
	threshold = (uint32_t)(-bound) % bound;
	for (;;) {
		v = sg_rand_u32(r);
		if (v >= threshold)
			return v % bound;
	}
}

uint64_t sg_rand_below64(struct sg_rand *r, uint64_t bound)
{
	uint64_t threshold, v;

	if (bound == 0)
		return 0;
	if (bound <= UINT32_MAX)
		return sg_rand_below(r, (uint32_t)bound);
	threshold = (uint64_t)(-bound) % bound;
	for (;;) {
		v = sg_rand_u64(r);
		if (v >= threshold)
			return v % bound;
	}
}

int64_t sg_rand_range(struct sg_rand *r, int64_t lo, int64_t hi)
{
	uint64_t span;

	if (hi <= lo)
		return lo;
	span = (uint64_t)hi - (uint64_t)lo;
	if (span == UINT64_MAX)
		return (int64_t)sg_rand_u64(r);
	return (int64_t)((uint64_t)lo + sg_rand_below64(r, span + 1));
}

double sg_rand_double(struct sg_rand *r)
{
	return (double)(sg_rand_u64(r) >> 11) * (1.0 / 9007199254740992.0);
}

int sg_rand_chance(struct sg_rand *r, double p)
{
	return sg_rand_double(r) < p;
}
