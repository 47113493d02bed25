/*
 * "Does this value fit this column": one home for the rules that the config
 * checks (--values), reconcile files and the generators' helpers apply to a
 * value given as text before it goes to the server -- enum and set
 * membership, length in characters, integer range, decimal digits, and the
 * date, time and uuid text forms. Pure functions of the schema model; the
 * callers word their own messages.
 */
#ifndef SEEDGEN_VALUEFIT_H
#define SEEDGEN_VALUEFIT_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/buf.h"
#include "seedgen/caps.h"
#include "seedgen/schema.h"

/* True when v[0..len) is one of c's enum (or set) members, byte for byte. */
bool sg_enum_has(const struct sg_column *c, const char *v, size_t len);

/* Appends c's members quoted and comma-separated: 'a', 'b', 'c'. */
void sg_enum_list(const struct sg_column *c, struct sg_buf *out);

/* The first member of the set value v ("a,b") that c does not allow, or
 * NULL when all fit; *len gets that member's length. */
const char *sg_set_bad_member(const struct sg_column *c, const char *v, size_t *len);

/* Characters (UTF-8 code points) in the NUL-terminated s. */
size_t sg_fit_chars(const char *s);

/* True when s is longer than c's declared length in characters (char,
 * varchar and text kinds with a length; never for other columns). */
bool sg_fit_too_long(const struct sg_column *c, const char *s);

/* The smallest and largest value of an integer column. */
void sg_fit_int_bounds(const struct sg_column *c, long long *lo, unsigned long long *hi);

/* s is an optional minus and digits only. */
bool sg_fit_is_integer(const char *s);

/* s (a whole number, sg_fit_is_integer) lies within c's integer range. */
bool sg_fit_int_in_range(const struct sg_column *c, const char *s);

/* Decimal text s against c: 0 fits, 1 negative in an unsigned column,
 * 2 too many digits before the point, 3 more decimal places than the
 * column keeps. Exponent forms and columns without a precision only get
 * the sign check. */
int sg_fit_decimal(const struct sg_column *c, const char *s);

/* YYYY-MM-DD at s; *rest gets what follows. */
bool sg_fit_parse_date(const char *s, const char **rest);
/* [-]H[HH]:MM[:SS[.ffffff]] at s; *rest gets what follows. */
bool sg_fit_parse_time(const char *s, const char **rest);
/* Z, +HH, +HH:MM or +HHMM: the whole of s. */
bool sg_fit_parse_zone(const char *s);

/* s is a time of day for c (a zone only where caps allows zone literals
 * and the column has a time zone). */
bool sg_fit_time(const struct sg_caps *caps, const struct sg_column *c, const char *s);
/* s is a date, optionally followed by ' ' or 'T' and a time (and a zone
 * where caps allows zone literals). */
bool sg_fit_datetime(const struct sg_caps *caps, const char *s);

/* xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx in hex digits of either case. */
bool sg_fit_uuid(const char *s);

#endif
