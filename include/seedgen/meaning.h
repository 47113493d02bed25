/*
 * What a column means, from its table's name, its own name and its type:
 * one home for the rules that both the generators (to make realistic
 * values) and `seedgen realism` (to score them) follow, so the two cannot
 * drift apart. "min_lat" is a latitude (-90..90), "discount" of type real
 * a ratio (0..1), "salary" yearly money, "to_date" may lie in the future,
 * "from_date" comes before "to_date", "birth_date" at least 14 years
 * before "hire_date".
 *
 * Nothing here allocates or talks to a database.
 */
#ifndef SEEDGEN_MEANING_H
#define SEEDGEN_MEANING_H

#include <stdbool.h>
#include <stdint.h>
#include "seedgen/schema.h"
#include "seedgen/words.h"

enum sg_meaning {
	SG_M_NONE = 0,
	/* numbers with a plausible range (sg_meaning_range) */
	SG_M_LAT, SG_M_LON, SG_M_ZOOM, SG_M_AGE, SG_M_PERCENT, SG_M_RATIO, SG_M_RATING,
	SG_M_YEAR, SG_M_SALARY, SG_M_PRICE, SG_M_QUANTITY, SG_M_MILLIS, SG_M_SECONDS,
	SG_M_EPOCH,       /* a point in time as an integer: unix seconds (created_at int) */
	SG_M_EPOCH_MS,    /* the same in milliseconds (bigint CreateAt) */
	/* dates */
	SG_M_BIRTH,       /* birth date: 18..90 years ago when generated, never future */
	/* codes and places (text) */
	SG_M_STATE_ABBR,  /* CA */
	SG_M_STATE_NAME,  /* California */
	SG_M_COUNTRY_CODE,/* US / USA (length from the column) */
	SG_M_CURRENCY,    /* USD */
	SG_M_ZIP, SG_M_CITY,
	/* people */
	SG_M_FIRST_NAME, SG_M_GENDER, SG_M_COURTESY, SG_M_EMAIL,
	/* names and closed vocabularies (text; see vocab.h for the lists) */
	SG_M_BAND,        /* name in artist/band tables */
	SG_M_ALBUM,       /* title/name in album tables */
	SG_M_SONG,        /* name/title in track/song tables */
	SG_M_GENRE, SG_M_MEDIA_TYPE, SG_M_DEPARTMENT, SG_M_PROTOCOL, SG_M_REGION,
	SG_M_PARAM_KEY,   /* parameter_name in a parameter/setting/property table */
	SG_M_PARAM_VALUE, /* its value */
	SG_M_CODE,        /* a short key code: dept_no char(4) -> D001 */
	SG_M_PERSON_NAME, /* composer, author, artist ... as a text column: a full name */
	SG_M_JOB_TITLE,   /* job_title, position; title in a titles or people table (HR) */
	SG_M_HOST,        /* hostname, remote_host, server; a connection's name */
	SG_M_CLASS_NAME,  /* Rails single-table inheritance: `type` holds a class
	                     name (AdminUser) in a table with created_at/updated_at */
	SG_M__COUNT
};

/* The meaning of column c of table t; SG_M_NONE when none applies. Number
 * meanings need a numeric type (int, decimal, float, year), date meanings a
 * date/time type, text meanings a text type. */
enum sg_meaning sg_meaning_of(const struct sg_table *t, const struct sg_column *c);

/* Short lower-case name of a meaning ("latitude", "state code"). */
const char *sg_meaning_name(enum sg_meaning m);

/* The plausible [lo, hi] of a number meaning; false for the others. year
 * is the current year (SG_M_YEAR ends 10 years after it). */
bool sg_meaning_range(enum sg_meaning m, int year, double *lo, double *hi);

/* Seconds from 1970-01-01 to January 1st of year (UTC). */
double sg_meaning_year_start(int year);
/* Whether a date/time column may hold a future value: its name says so
 * (due, expires, scheduled, deadline, until, to, end, next, required ...). */
bool sg_meaning_future_ok(const char *column_name);

/* Whether columns a and b of a table form an ordered pair: b must not come
 * before a (from/to, start/end, valid_from/valid_until, min/max,
 * order/shipped/required, created/updated/deleted, birth/hire ...), both
 * of comparable types (two date/time columns or two numbers). *min_gap
 * gets the least distance in the column's unit (seconds for times: 14
 * years for birth -> hire; 0 otherwise). */
bool sg_meaning_ordered(const struct sg_column *a, const struct sg_column *b,
			int64_t *min_gap);

/* Whether a column is a date/time (date, datetime, timestamp) or a number. */
bool sg_meaning_is_time(const struct sg_column *c);
bool sg_meaning_is_number(const struct sg_column *c);

#endif
