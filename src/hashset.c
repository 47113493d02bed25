/*
 * A set of 64-bit hashes (see hashset.h). Keys are mixed once on the way
 * in (so that poor hashes still spread over the slots, and never become
 * the empty marker 0); growing moves the stored, already mixed values as
 * they are.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/error.h"
#include "seedgen/hashset.h"

uint64_t sg_hash_mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h ? h : 1;
}

/* Inserts an already mixed value; true when it was new. */
static bool put(struct sg_hashset *s, uint64_t m)
{
	for (size_t i = m & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
		if (s->slots[i] == m)
			return false;
		if (!s->slots[i]) {
			s->slots[i] = m;
			s->n++;
			return true;
		}
	}
}

static void grow(struct sg_hashset *s)
{
	struct sg_hashset bigger = { sg_calloc(s->cap ? s->cap * 2 : 1024, sizeof(uint64_t)),
				     s->cap ? s->cap * 2 : 1024, 0 };

	for (size_t i = 0; i < s->cap; i++)
		if (s->slots[i])
			put(&bigger, s->slots[i]);
	free(s->slots);
	*s = bigger;
}

bool sg_hashset_add(struct sg_hashset *s, uint64_t h)
{
	if ((s->n + 1) * 2 > s->cap)
		grow(s);
	return put(s, sg_hash_mix(h));
}

bool sg_hashset_has(const struct sg_hashset *s, uint64_t h)
{
	if (!s->cap)
		return false;
	h = sg_hash_mix(h);
	for (size_t i = h & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
		if (s->slots[i] == h)
			return true;
		if (!s->slots[i])
			return false;
	}
}

bool sg_hashset_remove(struct sg_hashset *s, uint64_t h)
{
	size_t mask = s->cap - 1, i, j;

	if (!s->cap)
		return false;
	h = sg_hash_mix(h);
	for (i = h & mask; s->slots[i] != h; i = (i + 1) & mask)
		if (!s->slots[i])
			return false;
	/* Backward shift (no tombstones): a later member of the probe run
	 * moves into the hole when the hole lies between its home slot and
	 * where it sits, so that every member stays reachable from home. */
	for (j = (i + 1) & mask; s->slots[j]; j = (j + 1) & mask)
		if (((j - (s->slots[j] & mask)) & mask) >= ((j - i) & mask)) {
			s->slots[i] = s->slots[j];
			i = j;
		}
	s->slots[i] = 0;
	s->n--;
	return true;
}

void sg_hashset_release(struct sg_hashset *s)
{
	free(s->slots);
	s->slots = NULL;
	s->cap = s->n = 0;
}

uint64_t sg_hash_bytes(uint64_t h, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ULL;
	}
	h ^= 0x1F;
	h *= 1099511628211ULL;
	return h;
}

static void countmap_grow(struct sg_countmap *m)
{
	struct sg_countmap bigger = { 0 };

	bigger.cap = m->cap ? m->cap * 2 : 256;
	bigger.keys = sg_calloc(bigger.cap, sizeof(uint64_t));
	bigger.vals = sg_calloc(bigger.cap, sizeof(int64_t));
	for (size_t i = 0; i < m->cap; i++) {
		size_t j;

		if (!m->keys[i])
			continue;
		for (j = m->keys[i] & (bigger.cap - 1); bigger.keys[j]; j = (j + 1) & (bigger.cap - 1))
			;
		bigger.keys[j] = m->keys[i];
		bigger.vals[j] = m->vals[i];
		bigger.n++;
	}
	free(m->keys);
	free(m->vals);
	*m = bigger;
}

int64_t *sg_countmap_slot(struct sg_countmap *m, uint64_t h)
{
	h = sg_hash_mix(h);
	if ((m->n + 1) * 2 > m->cap)
		countmap_grow(m);
	for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (m->keys[i] == h)
			return &m->vals[i];
		if (!m->keys[i]) {
			m->keys[i] = h;
			m->vals[i] = 0;
			m->n++;
			return &m->vals[i];
		}
	}
}

void sg_countmap_release(struct sg_countmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}
