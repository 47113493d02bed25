/*
 * What the generic generator makes of a column's meaning (see
 * realistic.h): ranges for numbers, word lists for names in the neutral
 * pack, and ordered pairs put in order within a row. meaning.c decides the
 * meaning; this file only decides how to draw it.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/meaning.h"
#include "seedgen/realistic.h"
#include "seedgen/vocab.h"

#define DAY 86400LL

/* Whether the table's last word (singular) is one of list. */
static bool table_is(const struct sg_table *t, const char *const *list)
{
	struct sg_words tw;
	char w[24];
	size_t n;

	sg_words_split(t ? t->name : "", &tw);
	if (!tw.n)
		return false;
	snprintf(w, sizeof(w), "%s", sg_words_last(&tw));
	n = strlen(w);
	if (n > 2 && w[n - 1] == 's')
		w[n - 1] = 0;
	for (; *list; list++)
		if (!strcmp(w, *list))
			return true;
	return false;
}

static bool is_birth_year(const struct sg_column *c)
{
	struct sg_words ws;

	sg_words_split(c->name, &ws);
	return sg_words_has(&ws, "birth") || sg_words_has(&ws, "born");
}

bool sg_realistic_number(const struct sg_table *t, const struct sg_column *c, int year,
			 double *lo, double *hi, double *step)
{
	static const char *const songs[] = { "track", "song", "tune", NULL };

	*step = 0;
	switch (sg_meaning_of(t, c)) {
	case SG_M_LAT: *lo = 25.0; *hi = 49.0; return true;
	case SG_M_LON: *lo = -124.5; *hi = -67.0; return true;
	case SG_M_ZOOM: *lo = 3; *hi = 18; return true;
	case SG_M_AGE: *lo = 18; *hi = 90; return true;
	case SG_M_PERCENT: *lo = 0; *hi = 100; return true;
	case SG_M_RATIO:
		*lo = 0;
		*hi = 0.25;
		*step = 0.05;
		return true;
	case SG_M_RATING: *lo = 1; *hi = 5; return true;
	case SG_M_YEAR:
		/* a birth year lies well back; other years (fiscal, model,
		 * release) are recent */
		*lo = is_birth_year(c) ? 1950 : 2000;
		*hi = is_birth_year(c) ? year - 18 : year;
		return true;
	case SG_M_SALARY:
		*lo = 38000;
		*hi = 160000;
		*step = c->cls == SG_T_INT ? 1 : 0.01;
		return true;
	case SG_M_PRICE:
		if (!table_is(t, songs))
			return false;
		*lo = 0.99;
		*hi = 1.99;
		*step = 1.0;
		return true;
	case SG_M_QUANTITY: *lo = 1; *hi = 100; return true;
	case SG_M_MILLIS:
		*lo = table_is(t, songs) ? 120000 : 1000;
		*hi = table_is(t, songs) ? 420000 : 600000;
		return true;
	case SG_M_SECONDS: *lo = 1; *hi = 3600; return true;
	case SG_M_EPOCH:
	case SG_M_EPOCH_MS: /* the last two years, as the time columns */
		*lo = sg_meaning_year_start(year - 2);
		*hi = sg_meaning_year_start(year);
		if (sg_meaning_of(t, c) == SG_M_EPOCH_MS) {
			*lo *= 1000;
			*hi *= 1000;
		}
		return true;
	default: return false;
	}
}

int sg_realistic_vocab(const struct sg_table *t, const struct sg_column *c)
{
	switch (sg_meaning_of(t, c)) {
	case SG_M_BAND: return SG_VL_BAND;
	case SG_M_ALBUM: return SG_VL_ALBUM;
	case SG_M_SONG: return SG_VL_SONG;
	case SG_M_GENRE: return SG_VL_GENRE;
	case SG_M_MEDIA_TYPE: return SG_VL_MEDIA_TYPE;
	case SG_M_DEPARTMENT: return SG_VL_DEPARTMENT;
	case SG_M_PROTOCOL: return SG_VL_PROTOCOL;
	case SG_M_REGION: return SG_VL_REGION;
	case SG_M_PARAM_KEY: return SG_VL_PARAM_KEY;
	case SG_M_HOST: return SG_VL_HOST;
	default: return -1;
	}
}

int sg_realistic_after(const struct sg_table *t, size_t col, int64_t *gap)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (i != col && sg_meaning_ordered(t->columns[i], t->columns[col], gap))
			return (int)i;
	return -1;
}

static bool get_time(const struct sg_row *row, size_t col, int64_t *t)
{
	size_t len;
	const char *v;

	if (sg_row_get_time(row, col, t))
		return true;
	v = sg_row_get(row, col, &len);
	return v && sg_parse_time(v, len, t);
}

static void order_times(struct sg_row *row, size_t a, size_t b, int64_t gap, int64_t now,
			int64_t hi, struct sg_rand *r)
{
	const struct sg_column *cb = row->table->columns[b];
	int64_t ta, tb, lo, top, x;

	if (!get_time(row, a, &ta) || !get_time(row, b, &tb) || ta + gap <= tb)
		return;
	lo = ta + gap;
	if (lo > hi)
		return; /* a at the very end of the type's range: nothing fits after it */
	top = sg_meaning_future_ok(cb->name) ? lo + 365 * DAY : now > lo ? now : lo;
	/* mostly soon after, now and then much later */
	if (top - lo > 30 * DAY && sg_rand_chance(r, 0.7))
		top = lo + 30 * DAY;
	if (top > hi)
		top = hi;
	if (lo > top)
		lo = top;
	x = sg_rand_range(r, lo, top);
	if (cb->cls == SG_T_DATE) {
		int64_t d = x / DAY * DAY - (x % DAY < 0 ? DAY : 0);

		x = d < ta + gap && d + DAY <= hi ? d + DAY : d;
	}
	sg_row_set_time(row, b, x);
}

void sg_realistic_order(struct sg_row *row, size_t a, size_t b, int64_t gap, int64_t now,
			int64_t hi, struct sg_rand *r)
{
	const char *va, *vb;
	size_t la, lb;
	char *sa, *sb;
	double xa, xb;

	if (!sg_row_get(row, a, NULL) || !sg_row_get(row, b, NULL))
		return;
	if (sg_meaning_is_time(row->table->columns[a])) {
		order_times(row, a, b, gap, now, hi, r);
		return;
	}
	va = sg_row_get(row, a, &la);
	vb = sg_row_get(row, b, &lb);
	xa = strtod(va, NULL);
	xb = strtod(vb, NULL);
	if (isnan(xa) || isnan(xb) || xa <= xb)
		return;
	/* copies first: setting a value may move the row's buffer */
	sa = sg_strndup(va, la);
	sb = sg_strndup(vb, lb);
	sg_row_set(row, a, sb, lb);
	sg_row_set(row, b, sa, la);
	free(sa);
	free(sb);
}
