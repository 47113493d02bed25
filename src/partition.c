/*
 * Partition bounds in the schema model and the engine's rule that keeps a
 * generated row's key inside a partition that exists (partition.h).
 * Integer keys compare as numbers, date and time keys as epochs, others
 * as text; a key outside every partition is replaced by a value of a
 * partition picked at random.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/partition.h"

struct sg_partitioning *sg_partitioning_of(struct sg_table *t, const char *column,
					   enum sg_part_kind kind)
{
	if (!t->partitioning) {
		t->partitioning = sg_calloc(1, sizeof(*t->partitioning));
		t->partitioning->column = sg_strdup(column);
		t->partitioning->kind = kind;
	}
	return t->partitioning;
}

struct sg_partition *sg_partitioning_add(struct sg_partitioning *p)
{
	p->parts = sg_realloc(p->parts, (p->nparts + 1) * sizeof(*p->parts));
	memset(&p->parts[p->nparts], 0, sizeof(*p->parts));
	return &p->parts[p->nparts++];
}

void sg_partition_add_value(struct sg_partition *part, const char *value)
{
	part->values = sg_realloc(part->values, (part->nvalues + 1) * sizeof(char *));
	part->values[part->nvalues++] = sg_strdup(value);
}

void sg_partitioning_free(struct sg_partitioning *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->nparts; i++) {
		free(p->parts[i].lo);
		free(p->parts[i].hi);
		for (size_t j = 0; j < p->parts[i].nvalues; j++)
			free(p->parts[i].values[j]);
		free(p->parts[i].values);
	}
	free(p->parts);
	free(p->column);
	free(p);
}

static bool is_time(enum sg_type_class c)
{
	return c == SG_T_DATE || c == SG_T_DATETIME || c == SG_T_TIMESTAMP;
}

/* Epoch of 1 January of a year (days from the civil calendar). */
static int64_t year_start(long long y)
{
	long long era, yoe, doe;

	y -= 1;  /* March-based year of 1 January */
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doe = (365 * yoe + yoe / 4 - yoe / 100) + 306;  /* 1 January: day 306 of a March year */
	return (era * 146097 + doe - 719468) * 86400;
}

/* A bound or key as a number on one axis: integers, epochs, years. */
static bool axis(const struct sg_partitioning *p, const struct sg_column *c, const char *s,
		 size_t len, bool bound, int64_t *out)
{
	char *end;

	if (p->by_year && bound) {
		*out = year_start(strtoll(s, &end, 10));
		return end != s;
	}
	if (is_time(c->cls))
		return sg_parse_time(s, len, out);
	if (c->cls == SG_T_INT) {
		*out = strtoll(s, &end, 10);
		return end != s;
	}
	return false;
}

static bool fits(const struct sg_partitioning *p, const struct sg_column *c, const char *v,
		 size_t len)
{
	int64_t x, lo, hi;

	if (p->kind == SG_PART_HASH || p->has_default)
		return true;
	if (!v)
		return false;
	for (size_t i = 0; i < p->nparts; i++) {
		const struct sg_partition *pt = &p->parts[i];

		if (p->kind == SG_PART_LIST) {
			for (size_t j = 0; j < pt->nvalues; j++) {
				if (p->by_year ? axis(p, c, v, len, false, &x) &&
						 x >= year_start(atoll(pt->values[j])) &&
						 x < year_start(atoll(pt->values[j]) + 1) :
						 strlen(pt->values[j]) == len && !memcmp(pt->values[j], v, len))
					return true;
			}
			continue;
		}
		if (!axis(p, c, v, len, false, &x))
			return false;
		if ((!pt->lo || (axis(p, c, pt->lo, strlen(pt->lo), true, &lo) && x >= lo)) &&
		    (!pt->hi || (axis(p, c, pt->hi, strlen(pt->hi), true, &hi) && x < hi)))
			return true;
	}
	return false;
}

/* A value in [lo, hi) on the column's axis; an open end is a year (or
 * 1000) from the other. */
static void set_in_range(const struct sg_partitioning *p, const struct sg_column *c,
			 const struct sg_partition *pt, size_t col, struct sg_rand *r,
			 struct sg_row *row)
{
	int64_t span = is_time(c->cls) ? 365LL * 86400 : 1000, lo = 0, hi = 0, v;
	bool has_lo = pt->lo && axis(p, c, pt->lo, strlen(pt->lo), true, &lo);
	bool has_hi = pt->hi && axis(p, c, pt->hi, strlen(pt->hi), true, &hi);

	if (!has_lo)
		lo = has_hi ? hi - span : 0;
	if (!has_hi)
		hi = lo + span;
	if (hi <= lo)
		return;
	v = sg_rand_range(r, lo, hi - 1);
	if (c->cls == SG_T_DATE)
		v -= ((v % 86400) + 86400) % 86400;
	if (is_time(c->cls))
		sg_row_set_time(row, col, v < lo ? lo : v);
	else
		sg_row_set_int(row, col, v);
}

void sg_partition_fit(const struct sg_partitioning *p, const struct sg_table *t,
		      struct sg_rand *r, struct sg_row *row)
{
	int ci = p ? sg_table_column_index(t, p->column) : -1;
	const struct sg_partition *pt;
	const struct sg_column *c;
	size_t len;
	const char *v;

	if (ci < 0 || !p->nparts)
		return;
	c = t->columns[ci];
	v = sg_row_get(row, (size_t)ci, &len);
	if (fits(p, c, v, len))
		return;
	pt = &p->parts[sg_rand_below64(r, p->nparts)];
	if (p->kind == SG_PART_RANGE) {
		set_in_range(p, c, pt, (size_t)ci, r, row);
	} else if (pt->nvalues && p->by_year) {
		long long y = atoll(pt->values[sg_rand_below64(r, pt->nvalues)]);

		sg_row_set_time(row, (size_t)ci,
				sg_rand_range(r, year_start(y), year_start(y + 1) - 86400));
	} else if (pt->nvalues) {
		sg_row_sets(row, (size_t)ci, pt->values[sg_rand_below64(r, pt->nvalues)]);
	}
}
