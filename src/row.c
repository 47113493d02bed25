/*
 * One row being generated: a value slot per column, all values packed in a
 * single growable buffer that is reused from row to row, so that filling a
 * row allocates nothing once the buffer has grown to the table's row size.
 * Every stored value is followed by a NUL, so sg_row_get() may be read as a
 * C string. Time columns set with sg_row_set_time() also keep their epoch,
 * which the ordering rules (sg_generic_fix_row) compare.
 *
 * sg_format_time() converts with a hand-rolled civil-from-days (Howard
 * Hinnant's algorithm) rather than gmtime/strftime: it is several times
 * faster, runs millions of times in a large seed, and handles years 1..9999
 * on both sides of 1970 without depending on the platform's time_t range;
 * sg_parse_time() is its inverse, with days-from-civil.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/row.h"

void sg_row_init(struct sg_row *row, const struct sg_table *t)
{
	size_t n = t ? t->ncols : 0, alloc = n ? n : 1;

	memset(row, 0, sizeof(*row));
	row->table = t;
	row->ncols = n;
	row->state = sg_calloc(alloc, sizeof(*row->state));
	row->off = sg_calloc(alloc, sizeof(*row->off));
	row->len = sg_calloc(alloc, sizeof(*row->len));
	row->epoch = sg_calloc(alloc, sizeof(*row->epoch));
	row->has_epoch = sg_calloc(alloc, sizeof(*row->has_epoch));
	sg_buf_grow(&row->data, 256);
	sg_buf_reset(&row->data);
}

void sg_row_release(struct sg_row *row)
{
	free(row->state);
	free(row->off);
	free(row->len);
	free(row->epoch);
	free(row->has_epoch);
	sg_buf_release(&row->data);
	memset(row, 0, sizeof(*row));
}

void sg_row_reset(struct sg_row *row)
{
	memset(row->state, SG_VAL_UNSET, row->ncols * sizeof(*row->state));
	memset(row->has_epoch, 0, row->ncols * sizeof(*row->has_epoch));
	sg_buf_reset(&row->data);
}

void sg_row_set(struct sg_row *row, size_t col, const char *v, size_t len)
{
	struct sg_buf *b = &row->data;

	if (col >= row->ncols)
		return;
	/* Inline sg_buf_add plus the separating NUL: this runs once per
	 * value of every row. */
	sg_buf_grow(b, len + 1);
	row->off[col] = b->len;
	row->len[col] = len;
	if (len)
		memcpy(b->data + b->len, v, len);
	b->len += len;
	b->data[b->len++] = '\0';
	b->data[b->len] = '\0';
	row->state[col] = SG_VAL_SET;
	row->has_epoch[col] = false;
}

void sg_row_sets(struct sg_row *row, size_t col, const char *v)
{
	sg_row_set(row, col, v, strlen(v));
}

void sg_row_setf(struct sg_row *row, size_t col, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof(small)) {
		sg_row_set(row, col, small, (size_t)n);
		return;
	}
	char *big = sg_malloc((size_t)n + 1);

	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sg_row_set(row, col, big, (size_t)n);
	free(big);
}

void sg_row_set_null(struct sg_row *row, size_t col)
{
	if (col >= row->ncols)
		return;
	row->state[col] = SG_VAL_NULL;
	row->has_epoch[col] = false;
}

void sg_row_set_int(struct sg_row *row, size_t col, long long v)
{
	char tmp[24], *p = tmp + sizeof(tmp);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	sg_row_set(row, col, p, (size_t)(tmp + sizeof(tmp) - p));
}

void sg_row_set_time(struct sg_row *row, size_t col, int64_t epoch)
{
	char tmp[48];
	struct sg_buf b = { tmp, 0, sizeof(tmp) };
	const struct sg_column *c;
	enum sg_type_class cls = SG_T_DATETIME;

	if (col >= row->ncols)
		return;
	c = row->table ? row->table->columns[col] : NULL;
	if (c)
		cls = c->cls == SG_T_ARRAY ? c->elem_cls : c->cls;
	tmp[0] = '\0';
	sg_format_time(cls, epoch, &b);
	/* An explicit UTC offset makes a timestamptz/timetz value independent
	 * of the session's TimeZone; only PostgreSQL marks with_tz (MySQL's
	 * TIMESTAMP follows the session time_zone, which the engine sets). */
	if (c && c->with_tz && (cls == SG_T_TIMESTAMP || cls == SG_T_TIME))
		sg_buf_add(&b, "+00", 3);
	sg_row_set(row, col, b.data, b.len);
	/* b never outgrows tmp: the longest form is 19 + 3 characters. */
	row->epoch[col] = epoch;
	row->has_epoch[col] = true;
}

const char *sg_row_get(const struct sg_row *row, size_t col, size_t *len)
{
	if (col >= row->ncols || row->state[col] != SG_VAL_SET) {
		if (len)
			*len = 0;
		return NULL;
	}
	if (len)
		*len = row->len[col];
	return row->data.data + row->off[col];
}

bool sg_row_is_set(const struct sg_row *row, size_t col)
{
	return col < row->ncols && row->state[col] != SG_VAL_UNSET;
}

bool sg_row_get_time(const struct sg_row *row, size_t col, int64_t *epoch)
{
	if (col >= row->ncols || row->state[col] != SG_VAL_SET || !row->has_epoch[col])
		return false;
	if (epoch)
		*epoch = row->epoch[col];
	return true;
}

/* Days since 1970-01-01 -> proleptic Gregorian y/m/d (Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms"). */
static void civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int64_t)yoe + era * 400 + (*m <= 2);
}

static char *put2(char *p, unsigned v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
	return p + 2;
}

void sg_format_time(enum sg_type_class cls, int64_t epoch, struct sg_buf *out)
{
	char tmp[40], *p = tmp;
	int64_t days = epoch / 86400, secs = epoch % 86400;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	if (cls != SG_T_TIME) {
		int64_t y;
		unsigned m, d;

		civil_from_days(days, &y, &m, &d);
		if (y >= 0 && y <= 9999) {
			p = put2(p, (unsigned)(y / 100));
			p = put2(p, (unsigned)(y % 100));
		} else {
			/* Outside what either server accepts; keep it readable. */
			p += snprintf(p, 24, "%04lld", (long long)y);
		}
		*p++ = '-';
		p = put2(p, m);
		*p++ = '-';
		p = put2(p, d);
		if (cls == SG_T_DATE || cls == SG_T_YEAR) {
			if (cls == SG_T_YEAR)
				p = tmp + (p - tmp) - 6; /* "YYYY" only */
			sg_buf_add(out, tmp, (size_t)(p - tmp));
			return;
		}
		*p++ = ' ';
	}
	p = put2(p, (unsigned)(secs / 3600));
	*p++ = ':';
	p = put2(p, (unsigned)(secs / 60 % 60));
	*p++ = ':';
	p = put2(p, (unsigned)(secs % 60));
	sg_buf_add(out, tmp, (size_t)(p - tmp));
}

/* Proleptic Gregorian y/m/d -> days since 1970-01-01 (Hinnant, as above). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

/* Exactly n digits at *p (before end) into *v; advances *p. */
static bool take_digits(const char **p, const char *end, int n, unsigned *v)
{
	*v = 0;
	if (end - *p < n)
		return false;
	for (int i = 0; i < n; i++, (*p)++) {
		if (**p < '0' || **p > '9')
			return false;
		*v = *v * 10 + (unsigned)(**p - '0');
	}
	return true;
}

static bool take_char(const char **p, const char *end, char c)
{
	if (*p < end && **p == c) {
		(*p)++;
		return true;
	}
	return false;
}

bool sg_parse_time(const char *s, size_t len, int64_t *out)
{
	const char *p = s, *end;
	unsigned y, mo, d, h = 0, mi = 0, sec = 0;
	bool frac = false;
	int64_t t;

	if (!s)
		return false;
	end = s + len;
	if (!take_digits(&p, end, 4, &y) || !take_char(&p, end, '-') ||
	    !take_digits(&p, end, 2, &mo) || !take_char(&p, end, '-') ||
	    !take_digits(&p, end, 2, &d) || mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	if (take_char(&p, end, ' ') || take_char(&p, end, 'T')) {
		if (!take_digits(&p, end, 2, &h) || !take_char(&p, end, ':') ||
		    !take_digits(&p, end, 2, &mi) || !take_char(&p, end, ':') ||
		    !take_digits(&p, end, 2, &sec) || h > 23 || mi > 59 || sec > 59)
			return false;
		if (take_char(&p, end, '.')) {
			if (p == end || *p < '0' || *p > '9')
				return false;
			for (; p < end && *p >= '0' && *p <= '9'; p++)
				frac |= *p != '0';
		}
	}
	t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec + frac;
	if (p < end && (*p == '+' || *p == '-')) {
		int64_t sign = *p++ == '-' ? -1 : 1;
		unsigned oh, om = 0, os = 0;

		if (!take_digits(&p, end, 2, &oh) ||
		    (take_char(&p, end, ':') && !take_digits(&p, end, 2, &om)) ||
		    (take_char(&p, end, ':') && !take_digits(&p, end, 2, &os)) || om > 59 || os > 59)
			return false;
		t -= sign * (oh * 3600 + om * 60 + os);
	} else {
		take_char(&p, end, 'Z');
	}
	if (p != end)
		return false; /* "... BC", trailing text */
	*out = t;
	return true;
}

size_t sg_row_begin(struct sg_row *row)
{
	return row->data.len;
}

void sg_row_end(struct sg_row *row, size_t col, size_t start)
{
	struct sg_buf *b = &row->data;
	size_t len = b->len - start;

	if (col >= row->ncols) {
		b->len = start;
		if (b->data)
			b->data[start] = '\0';
		return;
	}
	sg_buf_addch(b, '\0');
	b->data[b->len] = '\0';
	row->off[col] = start;
	row->len[col] = len;
	row->state[col] = SG_VAL_SET;
	row->has_epoch[col] = false;
}
