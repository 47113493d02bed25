/*
 * Distributions over a PCG stream. Skewed parent picks use Zipf weights
 * over popularity ranks, w(r) = 1/(r+1)^s. The share of the top 20% of
 * ranks grows with s, so s is found by bisection for the share asked for
 * (0.8 by default): for 1,000 parents that is s ~ 1.03, for 60 parents
 * s ~ 1.3. Picks take a uniform draw and bisect the cumulative weights.
 */
#include <math.h>
#include <stdlib.h>

#include "seedgen/dist.h"
#include "seedgen/error.h"

static double top_share(size_t n, size_t top, double s)
{
	double all = 0, head = 0;

	/* Large pools: the sums are close to their integrals, and the exact
	 * sums would cost O(n) per bisection step. */
	if (n > 20000) {
		double N = (double)n + 1, T = (double)top + 1;

		if (fabs(s - 1) < 1e-9)
			return log(T) / log(N);
		return (pow(T, 1 - s) - 1) / (pow(N, 1 - s) - 1);
	}

	for (size_t r = 0; r < n; r++) {
		double w = pow((double)(r + 1), -s);

		all += w;
		if (r < top)
			head += w;
	}
	return head / all;
}

void sg_skew_init(struct sg_skew *k, size_t n, double top20_share)
{
	size_t top = (size_t)((double)n * 0.2 + 0.5);
	double lo = 0, hi = 8, sum = 0;

	k->cdf = NULL;
	k->n = n;
	k->s = 0;
	if (top < 1)
		top = 1;
	if (n < 2 || top >= n || top20_share <= (double)top / (double)n)
		return;
	if (top20_share > 0.999)
		top20_share = 0.999;
	for (int i = 0; i < 50; i++) {
		double mid = (lo + hi) / 2;

		if (top_share(n, top, mid) < top20_share)
			lo = mid;
		else
			hi = mid;
	}
	k->s = (lo + hi) / 2;
	k->cdf = sg_malloc(n * sizeof(double));
	for (size_t r = 0; r < n; r++) {
		sum += pow((double)(r + 1), -k->s);
		k->cdf[r] = sum;
	}
	for (size_t r = 0; r < n; r++)
		k->cdf[r] /= sum;
	k->cdf[n - 1] = 1.0;
}

void sg_skew_release(struct sg_skew *k)
{
	free(k->cdf);
	k->cdf = NULL;
	k->n = 0;
}

size_t sg_skew_pick(const struct sg_skew *k, struct sg_rand *r)
{
	double u;
	size_t lo = 0, hi;

	if (k->n <= 1)
		return 0;
	if (!k->cdf)
		return sg_rand_below64(r, k->n);
	u = sg_rand_double(r);
	hi = k->n - 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (k->cdf[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

double sg_dist_pareto(struct sg_rand *r, double xm, double alpha)
{
	/* Inverse CDF; 1 - u is in (0, 1], so the power is finite. */
	double u = sg_rand_double(r);

	return xm / pow(1.0 - u, 1.0 / alpha);
}
