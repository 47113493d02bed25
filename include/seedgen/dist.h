/*
 * Distributions over a PCG stream: skewed picks of parents (80/20 by
 * default) and Pareto-distributed amounts.
 */
#ifndef SEEDGEN_DIST_H
#define SEEDGEN_DIST_H

#include <stddef.h>
#include <stdint.h>
#include "seedgen/rand.h"

/* Default share of picks that the most popular 20% of parents receive. */
#define SG_DIST_PARETO_SHARE 0.8

/* Skewed picks over n ranks (rank 0 the most popular): Zipf weights
 * 1/(r+1)^s with s chosen so that the top 20% of ranks (at least one)
 * receive `top20_share` of the picks; share 0.2 or less is uniform (s = 0).
 * Callers map ranks to parents through a seed-dependent permutation, so
 * which parents are popular depends on the run seed. */
struct sg_skew {
	double *cdf;   /* n cumulative weights, last = 1; NULL when uniform */
	size_t n;
	double s;      /* the Zipf exponent found */
};

/* Prepares picks over n ranks; free with sg_skew_release(). */
void sg_skew_init(struct sg_skew *k, size_t n, double top20_share);
void sg_skew_release(struct sg_skew *k);
/* A rank in [0, n); 0 when n is 0. */
size_t sg_skew_pick(const struct sg_skew *k, struct sg_rand *r);

/* Pareto (type I) sample with scale xm > 0 and shape alpha > 0: >= xm,
 * long right tail (alpha = 1.16 gives the 80/20 rule). */
double sg_dist_pareto(struct sg_rand *r, double xm, double alpha);

#endif
