/*
 * Whether a value given as text fits a column (see valuefit.h): the one
 * place for enum/set membership, lengths, integer ranges, decimal digits
 * and the date, time and uuid forms, shared by the config checks,
 * reconcile and the generators' helpers.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/valuefit.h"

bool sg_enum_has(const struct sg_column *c, const char *v, size_t len)
{
	for (size_t i = 0; i < c->n_enum; i++)
		if (strlen(c->enum_values[i]) == len && !strncmp(c->enum_values[i], v, len))
			return true;
	return false;
}

void sg_enum_list(const struct sg_column *c, struct sg_buf *out)
{
	for (size_t i = 0; i < c->n_enum; i++)
		sg_buf_addf(out, "%s'%s'", i ? ", " : "", c->enum_values[i]);
	sg_buf_adds(out, "");
}

const char *sg_set_bad_member(const struct sg_column *c, const char *v, size_t *len)
{
	for (const char *s = v; *s;) {
		size_t n = strcspn(s, ",");

		if (!sg_enum_has(c, s, n)) {
			*len = n;
			return s;
		}
		s += n + (s[n] == ',');
	}
	*len = 0;
	return NULL;
}

size_t sg_fit_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

bool sg_fit_too_long(const struct sg_column *c, const char *s)
{
	if (c->cls != SG_T_CHAR && c->cls != SG_T_VARCHAR && c->cls != SG_T_TEXT)
		return false;
	return c->length > 0 && sg_fit_chars(s) > (size_t)c->length;
}

void sg_fit_int_bounds(const struct sg_column *c, long long *lo, unsigned long long *hi)
{
	int bytes = c->int_bytes > 0 && c->int_bytes <= 8 ? c->int_bytes : 8;

	if (c->is_unsigned) {
		*lo = 0;
		*hi = bytes == 8 ? ~0ULL : (1ULL << (bytes * 8)) - 1;
	} else {
		*lo = bytes == 8 ? (-0x7fffffffffffffffLL - 1) : -(1LL << (bytes * 8 - 1));
		*hi = bytes == 8 ? 0x7fffffffffffffffULL : (1ULL << (bytes * 8 - 1)) - 1;
	}
}

bool sg_fit_is_integer(const char *s)
{
	if (*s == '-')
		s++;
	return *s && strspn(s, "0123456789") == strlen(s);
}

bool sg_fit_int_in_range(const struct sg_column *c, const char *s)
{
	long long lo;
	unsigned long long hi;

	sg_fit_int_bounds(c, &lo, &hi);
	errno = 0;
	if (*s == '-') {
		long long v = strtoll(s, NULL, 10);

		return errno != ERANGE && v >= lo;
	} else {
		unsigned long long v = strtoull(s, NULL, 10);

		return errno != ERANGE && v <= hi;
	}
}

int sg_fit_decimal(const struct sg_column *c, const char *s)
{
	const char *dot;
	int whole = 0, frac = 0;

	if (*s == '-') {
		if (c->is_unsigned)
			return 1;
		s++;
	}
	if (c->cls != SG_T_DECIMAL || c->precision <= 0 || strpbrk(s, "eE"))
		return 0;
	while (*s == '0' && s[1] && s[1] != '.')
		s++;
	dot = strchr(s, '.');
	whole = dot ? (int)(dot - s) : (int)strlen(s);
	if (whole == 1 && *s == '0')
		whole = 0;
	if (dot) {
		frac = (int)strlen(dot + 1);
		while (frac > 0 && dot[frac] == '0')
			frac--;
	}
	if (whole > c->precision - c->scale)
		return 2;
	if (frac > c->scale)
		return 3;
	return 0;
}

static bool digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

bool sg_fit_parse_date(const char *s, const char **rest)
{
	int mo, d;

	if (!digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2))
		return false;
	mo = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	*rest = s + 10;
	return true;
}

bool sg_fit_parse_time(const char *s, const char **rest)
{
	int h = 0;

	if (*s == '-')
		s++;
	if (!digits(s, 1))
		return false;
	while (digits(s, 1) && h < 1000)
		h = h * 10 + (*s++ - '0');
	if (*s != ':' || !digits(s + 1, 2) || (s[1] - '0') > 5)
		return false;
	s += 3;
	if (*s == ':') {
		if (!digits(s + 1, 2) || (s[1] - '0') > 6)
			return false;
		s += 3;
		if (*s == '.') {
			if (!digits(++s, 1))
				return false;
			while (digits(s, 1))
				s++;
		}
	}
	*rest = s;
	return true;
}

bool sg_fit_parse_zone(const char *s)
{
	if (!strcmp(s, "Z"))
		return true;
	if ((*s != '+' && *s != '-') || !digits(s + 1, 2))
		return false;
	s += 3;
	if (*s == ':')
		s++;
	return !*s || (digits(s, 2) && !s[2]);
}

bool sg_fit_time(const struct sg_caps *caps, const struct sg_column *c, const char *s)
{
	const char *rest;

	return sg_fit_parse_time(s, &rest) &&
	       (!*rest || (caps->zone_literals && c->with_tz && sg_fit_parse_zone(rest)));
}

bool sg_fit_datetime(const struct sg_caps *caps, const char *s)
{
	const char *rest;

	if (!sg_fit_parse_date(s, &rest))
		return false;
	if (!*rest)
		return true;
	if ((*rest != ' ' && *rest != 'T') || !sg_fit_parse_time(rest + 1, &rest))
		return false;
	return !*rest || (caps->zone_literals && sg_fit_parse_zone(rest));
}

bool sg_fit_uuid(const char *s)
{
	if (strlen(s) != 36)
		return false;
	for (int i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return false;
		} else if (!strchr("0123456789abcdefABCDEF", s[i]) || !s[i]) {
			return false;
		}
	}
	return true;
}
