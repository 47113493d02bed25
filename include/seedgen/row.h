/*
 * One row being generated: a value slot per column of the table. The
 * engine owns the row; generators set columns (by index or by name), and
 * the engine fills what they left unset. Values are copied into the row's
 * own buffer, so callers may pass temporaries.
 */
#ifndef SEEDGEN_ROW_H
#define SEEDGEN_ROW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "seedgen/buf.h"
#include "seedgen/schema.h"

enum sg_val_state {
	SG_VAL_UNSET = 0, /* nobody set it yet */
	SG_VAL_NULL,      /* SQL NULL */
	SG_VAL_SET,       /* text value in data[off .. off+len) */
};

struct sg_row {
	const struct sg_table *table;
	size_t ncols;
	unsigned char *state;   /* enum sg_val_state per column */
	size_t *off, *len;      /* value position in data */
	int64_t *epoch;         /* time columns set with sg_row_set_time: seconds since 1970 UTC */
	bool *has_epoch;
	struct sg_buf data;
	long long index;        /* 0-based position of this row among the table's new rows */
};

/* Allocates the slots for table t; free with sg_row_release(). */
void sg_row_init(struct sg_row *row, const struct sg_table *t);
void sg_row_release(struct sg_row *row);
/* Marks every column unset; keeps memory. */
void sg_row_reset(struct sg_row *row);

void sg_row_set(struct sg_row *row, size_t col, const char *v, size_t len);
void sg_row_sets(struct sg_row *row, size_t col, const char *v);
void sg_row_setf(struct sg_row *row, size_t col, const char *fmt, ...) SG_PRINTF(3, 4);
void sg_row_set_null(struct sg_row *row, size_t col);
void sg_row_set_int(struct sg_row *row, size_t col, long long v);
/* Sets a date/time column from seconds since 1970 UTC, formatted for the
 * column's class (date, time, datetime/timestamp), and remembers the
 * number so that ordering rules can compare it. */
void sg_row_set_time(struct sg_row *row, size_t col, int64_t epoch);

/* Value of a column, NULL when unset or SQL NULL; *len may be NULL. */
const char *sg_row_get(const struct sg_row *row, size_t col, size_t *len);
bool sg_row_is_set(const struct sg_row *row, size_t col); /* SET or NULL */
/* The epoch of a time column set with sg_row_set_time(), else false. */
bool sg_row_get_time(const struct sg_row *row, size_t col, int64_t *epoch);

/* Formats epoch for a column class into out (appends): "2025-03-14",
 * "09:26:53", "2025-03-14 09:26:53". */
void sg_format_time(enum sg_type_class cls, int64_t epoch, struct sg_buf *out);

/* The inverse of sg_format_time() for dates and timestamps as MySQL and
 * PostgreSQL print them: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" (or with a
 * 'T' between), with an optional fraction (".123456") and an optional
 * time zone suffix ("+00", "+05:30", "-08", "Z"; the offset is taken off),
 * to seconds since 1970 UTC in *out. s[0..len) need not be NUL-terminated.
 * A fraction rounds up to the next second, so that a time generated at or
 * after *out is never before the stored value. A day 29-31 that its month
 * lacks (MySQL's ALLOW_INVALID_DATES) counts on into the next month.
 * Returns false, leaving *out alone, for anything else: NULL, MySQL's zero
 * date "0000-00-00", "infinity", "... BC", a value out of range. */
bool sg_parse_time(const char *s, size_t len, int64_t *out);

/* A value built in place, without a copy: start = sg_row_begin(row), append
 * to row->data (sg_buf_* functions), then sg_row_end(row, col, start) makes
 * data[start ..) the column's value. Nothing else may set a value of the
 * row in between. Used by the generic generator. */
size_t sg_row_begin(struct sg_row *row);
void sg_row_end(struct sg_row *row, size_t col, size_t start);

#endif
