/*
 * Shared by the generic generator's unit tests (test_generic_*.c): a
 * hand-built one-table schema in either dialect, planning every column,
 * producing rows, and checkers for values (UTF-8, decimal digits,
 * integers, uuids, timestamps). Header-only (static inline) because each
 * unit test is built from one source file.
 */
#ifndef SEEDGEN_TEST_GENERIC_FIXTURE_H
#define SEEDGEN_TEST_GENERIC_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "seedgen/fake.h"
#include "seedgen/generic.h"
#include "seedgen/row.h"

#define NOW 1767225600LL /* 2026-01-01 00:00:00 UTC */
#define TWO_YEARS (2 * 365LL * 86400)
#define ROWS 2000

/* --- fixture ------------------------------------------------------------- */

struct fx {
	struct sg_schema s;
	struct sg_table *t;
	struct sg_gen_env env;
	struct sg_colgen cg[96];
	enum sg_col_decision dec[96];
	char reason[96][128];
	struct sg_row row;
	struct sg_rand r;
	struct sg_fake_row fr;
	bool planned;
};

static inline struct sg_column *add_col(struct sg_table *t, const char *name, enum sg_type_class cls,
				 int length, bool nullable)
{
	struct sg_column *c = sg_table_add_column(t, name);

	c->cls = cls;
	c->length = length;
	c->nullable = nullable;
	c->precision = -1;
	return c;
}

static inline struct sg_column *add_int(struct sg_table *t, const char *name, int bytes, bool uns,
				 bool nullable)
{
	struct sg_column *c = add_col(t, name, SG_T_INT, 0, nullable);

	c->int_bytes = bytes;
	c->is_unsigned = uns;
	return c;
}

static inline struct sg_column *add_dec(struct sg_table *t, const char *name, int p, int s, bool uns)
{
	struct sg_column *c = add_col(t, name, SG_T_DECIMAL, 0, false);

	c->precision = p;
	c->scale = s;
	c->is_unsigned = uns;
	return c;
}

static inline void set_check(struct sg_column *c, const char *text)
{
	c->check = sg_strdup(text);
}

static inline void fx_init(struct fx *f, enum sg_dialect d, const char *table)
{
	memset(f, 0, sizeof(*f));
	f->s.dialect = d;
	f->t = sg_schema_add_table(&f->s, table);
	f->env.caps = sg_caps_of(d);
	f->env.now = NOW;
	f->env.null_rate = 0.1;
}

static inline void fx_plan(struct fx *f, const struct sg_colopts *opts_for_all)
{
	for (size_t i = 0; i < f->t->ncols; i++)
		f->dec[i] = sg_generic_plan(&f->cg[i], f->t, i, opts_for_all, &f->env, f->reason[i],
					    sizeof(f->reason[i]));
	sg_row_init(&f->row, f->t);
	sg_rand_seed(&f->r, 42, 7);
	sg_fake_row_init(&f->fr);
	for (size_t i = 0; i < f->t->ncols; i++)
		if (f->dec[i] == SG_COL_WRITE && f->cg[i].fake_kind)
			sg_fake_row_plan(&f->fr, (enum sg_fake_kind)f->cg[i].fake_kind);
	f->planned = true;
}

static inline void fx_row(struct fx *f, long long index)
{
	sg_row_reset(&f->row);
	f->row.index = index;
	sg_fake_row_reset(&f->fr, &f->r);
	for (size_t i = 0; i < f->t->ncols; i++)
		if (f->dec[i] == SG_COL_WRITE)
			sg_generic_value(&f->cg[i], &f->env, &f->r, &f->fr, &f->row, 0);
	sg_generic_fix_row(f->cg, f->t->ncols, &f->env, &f->r, &f->row);
}

static inline void fx_release(struct fx *f)
{
	if (f->planned)
		sg_row_release(&f->row);
	sg_schema_release(&f->s);
}

static inline int col_index(const struct fx *f, const char *name)
{
	int i = sg_table_column_index(f->t, name);

	if (i < 0)
		fail_msg("no column %s", name);
	return i;
}

/* Value of a column in the current row; NULL for SQL NULL. */
static inline const char *val(const struct fx *f, const char *name, size_t *len)
{
	int i = col_index(f, name);

	assert_true(sg_row_is_set(&f->row, (size_t)i));
	return sg_row_get(&f->row, (size_t)i, len);
}

/* --- value checkers -------------------------------------------------------- */

static inline size_t chars(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

static inline bool valid_utf8(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
			 : (c & 0xF8) == 0xF0 ? 4 : 0;

		if (!n || i + n > len)
			return false;
		for (size_t k = 1; k < n; k++)
			if (((unsigned char)s[i + k] & 0xC0) != 0x80)
				return false;
		i += n;
	}
	return true;
}

static inline bool has_4byte(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xF8) == 0xF0)
			return true;
	return false;
}

static inline bool has_multibyte_letter(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xE0) == 0xC0 || ((unsigned char)s[i] & 0xF0) == 0xE0)
			return true;
	return false;
}

/* "-123.45": integer digits and fraction digits; false if not a decimal. */
static inline bool decimal_digits(const char *s, int *ip, int *fp)
{
	const char *p = s;

	*ip = *fp = 0;
	if (*p == '-')
		p++;
	if (!(*p >= '0' && *p <= '9'))
		return false;
	while (*p >= '0' && *p <= '9') {
		(*ip)++;
		p++;
	}
	if (*p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') {
			(*fp)++;
			p++;
		}
	}
	/* a leading "0." does not count as an integer digit */
	if ((s[0] == '0' || (s[0] == '-' && s[1] == '0')) && *ip == 1)
		*ip = 0;
	return *p == '\0';
}

static inline bool is_int(const char *s, long long *v)
{
	char *end;

	*v = 0;
	if (!*s)
		return false;
	*v = strtoll(s, &end, 10);
	return *end == '\0';
}

static inline bool is_uuid(const char *s, size_t len, bool v4)
{
	static const char hex[] = "0123456789abcdef";

	if (len != 36)
		return false;
	for (size_t i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return false;
		} else if (!strchr(hex, s[i]) || !s[i]) {
			return false;
		}
	}
	return !v4 || (s[14] == '4' && strchr("89ab", s[19]));
}

static inline int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + (int64_t)doe - 719468;
}

/* "YYYY-MM-DD[ HH:MM:SS][+00]" -> epoch; false when malformed. */
static inline bool parse_time(const char *s, int64_t *out)
{
	int y, mo, d, h = 0, mi = 0, se = 0, n = 0;
	size_t len = strlen(s);

	if (len == 10) {
		if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
			return false;
	} else if (len == 19 || (len == 22 && !strcmp(s + 19, "+00"))) {
		if (sscanf(s, "%4d-%2d-%2d %2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &se, &n) != 6 ||
		    n != 19)
			return false;
	} else {
		return false;
	}
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59)
		return false;
	*out = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60 + se;
	return true;
}

#endif
