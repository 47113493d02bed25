/*
 * What a SQL dialect can do and how it spells things, as data and a few
 * functions, so that code outside the drivers asks "does this dialect
 * count length() in bytes?" instead of "is this MySQL?".
 *
 * One const struct per dialect lives with its driver (drv_mysql_type.c,
 * drv_pgsql_type.c). A connection gets its driver's caps at open
 * (sg_db.caps); a schema read from a contract file gets the caps of the
 * dialect the file names (sg_caps_by_name), a live schema those of its
 * driver; sg_schema_caps() reads them from a schema. The enum sg_dialect
 * stays only as data (a URL scheme, a contract file's "dialect" field) and
 * is turned into caps once, through the table behind sg_caps_of().
 */
#ifndef SEEDGEN_CAPS_H
#define SEEDGEN_CAPS_H

#include <stdbool.h>
#include "seedgen/buf.h"
#include "seedgen/schema.h"

struct sg_caps {
	const char *name;              /* "mysql", "postgresql": reports, contract files */
	enum sg_dialect dialect;       /* the same, as data */

	/* --- SQL spelling --- */
	const char *begin_sql;         /* "START TRANSACTION" / "BEGIN" */
	const char *null_safe_eq;      /* " <=> " / " IS NOT DISTINCT FROM " (with blanks) */
	const char *bool_literal[2];   /* false, true in a statement: "0" "1" / "false" "true" */
	const char *bool_text[2];      /* false, true in the bulk text format: "0" "1" / "f" "t" */
	/* Exact (byte-wise, collation-free) text comparison of an expression:
	 * exact_open EXPR exact_close -- "CAST(" x " AS BINARY)" / "" x "::text". */
	const char *exact_open, *exact_close;

	/* --- language --- */
	bool backslash_escapes;        /* backslash escapes in string literals */
	bool cast_suffix;              /* expr::type casts (defaults, CHECK text) */
	bool charset_introducers;      /* _utf8mb4'abc' literals */
	bool arrays;                   /* "type[]" columns */
	bool schemas;                  /* tables live in a named schema (--schema) */
	bool multi_host;               /* URLs may name several hosts (host1:p1,host2:p2) */
	bool ci_columns;               /* column names compare case-insensitively */
	bool ci_text_keys;             /* unique keys compare text case-insensitively (collations) */
	bool strict_text_ops;          /* no implicit uuid = text: mixed keys compare as ::text */
	bool zone_literals;            /* time/timestamp literals may carry a zone */
	bool json_is_text;             /* MariaDB: JSON is LONGTEXT with a json_valid CHECK */
	bool enum_inline;              /* enum('a','b') / set(...) column types */

	/* --- constraints and keys --- */
	bool restrict_is_no_action;    /* no deferred checks: RESTRICT = NO ACTION */
	bool fk_auto_index;            /* keeps an index named after each foreign key */

	/* --- values the generators make --- */
	bool length_counts_bytes;      /* length() in a CHECK counts bytes */
	bool text_limit_bytes;         /* TEXT(n) limits are bytes */
	bool index_row_limit;          /* an indexed value must stay under ~2.7kB (btree) */
	bool timestamp_1970_2038;      /* TIMESTAMP holds 1970-01-01 .. 2038-01-19 only */
	bool datetime_from_1000;       /* DATETIME/DATE start at year 1000 (else 0001) */
	bool time_zones;               /* "with time zone" columns take a +00 suffix */
	bool time_838h;                /* TIME spans -838:59:59 .. 838:59:59 */
	bool binary_fixed_pad;         /* binary(n) pads with NULs to n bytes */
	bool bit_is_binary;            /* bit(n) takes raw bytes: not producible as text */
	bool bare_autoinc_is_identity; /* auto-increment without a default: an identity column */
	bool binary_hex_text;          /* binary values as \x hex text (else printable bytes) */
	bool geometry_wkb;             /* spatial columns take the internal SRID + WKB bytes
	                                  (else WKT text); POINT/POLYGON are then spatial */

	/* --- type rules --- */
	/* Fills col's cls, int_bytes, is_unsigned, length, precision, scale,
	 * with_tz, array element and enum values from col->raw_type as this
	 * dialect spells it. One parser for introspection and contract files. */
	void (*classify)(struct sg_column *col);
	/* Canonical base name and arguments of a type (lower-case, squeezed,
	 * modifiers removed); uns is the unsigned flag, tz 1 / 0 / -1 for
	 * with / without / no time zone clause. See sg_check_type_canon. */
	void (*canon_type)(struct sg_buf *base, struct sg_buf *args, bool *uns, int tz);
};

extern const struct sg_caps sg_caps_mysql;
extern const struct sg_caps sg_caps_pgsql;

/* The caps of a dialect; NULL for SG_DIALECT_NONE. */
const struct sg_caps *sg_caps_of(enum sg_dialect d);

/* The caps a dialect name selects: "mysql", "mariadb", "postgresql",
 * "postgres" (any case); NULL if unknown. */
const struct sg_caps *sg_caps_by_name(const char *name);

/* The caps of the dialect a schema was read in (live or contract); NULL
 * when the schema has no dialect. */
const struct sg_caps *sg_schema_caps(const struct sg_schema *s);

/* The raw type s lower-cased, with runs of blanks as one space and no
 * blanks next to parentheses or commas: "Timestamp (3)" -> "timestamp(3)",
 * "numeric(10, 4)" -> "numeric(10,4)". Returns a new string. */
char *sg_type_squeeze(const char *s);

/* True when w is one of the NULL-terminated list (type-name tables). */
bool sg_caps_word_in(const char *w, const char *const *list);

#endif
