/*
 * Private to the generic generator (generators/generic_*.c): the strategy
 * codes and flags kept in struct sg_colgen, the edge-scenario variants,
 * and the helpers its planning, name-rule and value files share. Nothing
 * outside generators/generic_*.c includes this header.
 *
 *   generic_plan.c    decisions per column (sg_generic_plan, cardinality)
 *   generic_names.c   column name -> meaning (strategy, soft ranges, shapes)
 *   generic_values.c  numbers, times, binary, enum/set, arrays;
 *                     sg_generic_value and sg_generic_fix_row
 *   generic_text.c    text values (fake kinds, ids, codes, edge lengths)
 *   generic_json.c    JSON values by shape
 *   generic_util.c    number/text formatting helpers and word lists
 */
#ifndef SEEDGEN_GENERIC_INT_H
#define SEEDGEN_GENERIC_INT_H

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "seedgen/buf.h"
#include "seedgen/fake.h"
#include "seedgen/generic.h"
#include "seedgen/words.h"

/* --- strategies and flags ----------------------------------------------- */

enum strategy {
	S_NONE = 0,
	S_OPTS,       /* one of opts->values */
	S_CHOICE,     /* one of the CHECK's IN list */
	S_INT,        /* uniform in [ilo, ihi] */
	S_INT_INDEX,  /* ilo + row index (position, sort_order, line_no) */
	S_INT_PARETO, /* sg_fake_money(dlo, dhi) rounded (quantity, amounts) */
	S_BOOL,
	S_DEC,        /* uniform units (value * 10^scale) in [ilo, ihi] */
	S_DEC_MONEY,  /* sg_fake_money(dlo, dhi) in units */
	S_TEXT,       /* fake kind, word list (p.sub) or free text */
	S_TEXT_ID,    /* uuid / cuid-like / random id, unique by construction */
	S_TEXT_CODE,  /* upper-case letters and digits */
	S_JSON,       /* shape in p.sub */
	S_UUID,
	S_TIME,       /* date, datetime, timestamp: epoch in [ilo, ihi] */
	S_TOD,        /* time of day: seconds in [ilo, ihi] */
	S_YEAR,
	S_BINARY,
	S_BIT,        /* PostgreSQL bit/varbit */
	S_ENUM,
	S_SET,
	S_VOCAB,      /* a neutral-pack word list (p.sub: enum sg_vocab_list) */
	S_PARAMVAL,   /* a value fitting the row's parameter key (p.sub: its column) */
	S_KEYCODE,    /* a short code: letter of the table + number (D001) */
	S_CLASSNAME,  /* a class named after the table: User, AdminUser (Rails STI) */
	S_PATTERN,    /* text matching a CHECK's LIKE pattern or regex (p.pattern) */
	S_RANGE,      /* PostgreSQL range: one slot of a fixed grid (range_value) */
	S_OTHER,      /* a known SG_T_OTHER type: inet, money, point ... (p.sub: its kind) */
};

enum {
	F_ARRAY = 1u << 0,      /* PostgreSQL array of the strategy's element */
	F_ASCII = 1u << 1,      /* keep text ASCII (a CHECK counts bytes) */
	F_UNPARSED = 1u << 2,   /* the column has CHECK text we could not read */
	F_EDGE_NULL = 1u << 3,  /* edge scenario: NULL by slot */
	F_U64MAX = 1u << 4,     /* unsigned bigint: edge maximum 18446744073709551615 */
	F_HI_OPEN = 1u << 5,    /* decimal/float: no CHECK upper bound */
	F_LO_OPEN = 1u << 6,    /* decimal/float: no CHECK lower bound, signed */
	F_FLOAT4 = 1u << 7,     /* float/real */
	F_FLOAT8 = 1u << 8,     /* double */
	F_EMAIL = 1u << 9,      /* keep the '@' structure */
	F_FREETEXT = 1u << 10,  /* cut at a word boundary */
	F_DAY = 1u << 11,       /* date: whole days */
	F_TZ = 1u << 12,        /* PostgreSQL with time zone: "+00" */
	F_PHONE = 1u << 13,     /* phone: digits only when too long */
	F_LIKE = 1u << 14,      /* S_PATTERN: p.pattern is a LIKE pattern (else a regex) */
	F_KEYPART = 1u << 15,   /* in the primary key or a unique key: retries widen */
	F_SOLEKEY = 1u << 16,   /* a unique key (or index) of this column alone */
};

enum variant { V_NORMAL = 0, V_MAX, V_MIN, V_MAX2, V_MIN2, V_NULL };

enum time_role { R_NONE = 0, R_PAST, R_CREATED, R_UPDATED, R_START, R_END, R_FUTURE, R_BIRTH };

/* Word lists for short text columns (p.sub) and JSON shapes. */
enum vocab {
	W_NONE = 0, W_STATUS, W_GENERIC, W_TYPE, W_SOURCE, W_METHOD, W_ROLE, W_PRIORITY,
	W_TIER, W_FREQ, W_UNIT, W_VISIBILITY, W_LANG, W_THEME, W_TAGS, W_DIRECTION,
	W_ACTION, W_GRADE, W_SENTENCE, W_TITLE, W_COUNT
};

enum jshape {
	J_GENERIC = 0, J_META, J_SETTINGS, J_ATTRS, J_ADDRESS, J_CONDITIONS, J_CHANGES,
	J_WEIGHTS, J_HOURS, J_TRANSLATED, J_TEXTS, J_A_TAGS, J_A_CATEGORIES, J_A_ROLES, J_A_DATES, J_A_IDS,
	J_A_ITEMS, J_A_TEXT, J_A_WORDS
};

#define YEAR_SECS (365LL * 86400)
#define EDGE_LONG 2000        /* characters of an unbounded text at its "maximum" */
#define EDGE_ELEM 64          /* characters of an unbounded array element */
#define EDGE_BLOB 1024        /* bytes of an unbounded binary */
#define PG_INDEX_BYTES 800    /* bytes of indexed text on PostgreSQL */
#define EPOCH_0001 (-62135596800LL)
#define EPOCH_1000 (-30610224000LL)
#define EPOCH_9999 253402300799LL

/* --- generic_util.c ------------------------------------------------------- */

extern const char gn_b36[];                          /* 0-9a-z */
extern const char *const *const gn_vocabs[W_COUNT];  /* word lists by enum vocab */

const char *gn_pick(struct sg_rand *r, const char *const *list);
void gn_add_i64(struct sg_buf *b, int64_t v);
/* units * 10^-scale as a decimal literal ("12.50", "-0.05"). */
void gn_add_units(struct sg_buf *b, int64_t units, int scale);
void gn_add_random(struct sg_buf *b, struct sg_rand *r, size_t n, const char *alphabet,
		   uint32_t size);
/* Byte length of the longest prefix of s[0..len) of at most maxb bytes
 * that ends on a character boundary. */
size_t gn_utf8_bytes_cut(const char *s, size_t len, size_t maxb);
/* Appends up to `chars` characters using at most `bytes` bytes; with
 * unicode, the first three are é, 中 and 😀 when they fit. */
void gn_add_filler(struct sg_buf *b, struct sg_rand *r, size_t chars, size_t bytes,
		   bool unicode);
void gn_add_uuid(struct sg_buf *b, struct sg_rand *r);
/* Replaces in b[start..) every character above max_cp (what the column's
 * character set holds: latin1, ascii, utf8mb3) by an ASCII letter or
 * digit; the text only gets shorter in bytes, never in characters. */
void gn_fit_charset(struct sg_buf *b, size_t start, unsigned max_cp);

static inline int64_t gn_clamp64(int64_t v, int64_t lo, int64_t hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static inline int64_t gn_dbl_to_i64(double v)
{
	if (!(v == v))
		return 0;
	if (v >= 9.2e18)
		return INT64_MAX;
	if (v <= -9.2e18)
		return INT64_MIN;
	return (int64_t)v;
}

static inline int64_t gn_pow10i(int e)
{
	int64_t v = 1;

	for (int i = 0; i < e && i < 18; i++)
		v *= 10;
	return v;
}

/* 10^e as a double without pow() for the usual scales. */
static inline double gn_pow10d(int e)
{
	static const double p[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
				    1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18 };

	return e >= 0 && e <= 18 ? p[e] : pow(10.0, e);
}

static inline size_t gn_utf8_chars(const char *s, size_t len)
{
	return sg_utf8_chars(s, len);
}

static inline void gn_truncate_to(struct sg_buf *b, size_t len)
{
	b->len = len;
	if (b->data)
		b->data[len] = '\0';
}

static inline int64_t gn_floor_day(int64_t t)
{
	int64_t d = t / 86400;

	if (t % 86400 < 0)
		d--;
	return d * 86400;
}

static inline int64_t gn_civil_year(int64_t epoch)
{
	/* Good enough for "the current year" of a run: 365.2425-day years. */
	return 1970 + (int64_t)floor((double)epoch / 31556952.0);
}

/* --- generic_names.c: what a column's name says ---------------------------- */

/* Integer strategy and soft range [ilo, ihi] from the name. */
void gn_int_rule(struct sg_colgen *cg, const struct sg_words *ws, const struct sg_gen_env *env);
/* Decimal/float strategy, soft range [dlo, dhi], scale when the type leaves it open. */
void gn_dec_rule(struct sg_colgen *cg, const struct sg_words *ws, int *scale);
/* Text strategy: fake kind, id, code, word list or free text. */
void gn_text_rule(struct sg_colgen *cg, const struct sg_table *t, const struct sg_words *ws,
		  bool key, enum sg_type_class cls);
int gn_json_shape(const struct sg_words *ws);      /* enum jshape */
int gn_time_role(const struct sg_words *ws);       /* enum time_role */
double gn_bool_bias(const struct sg_words *ws);    /* chance of true */
/* What the column means (meaning.h) over what its name's words said: the
 * ranges of latitudes, zooms, ratios, salaries ...; state, gender, courtesy
 * and email kinds; word lists of genres, protocols, departments, bands ...;
 * D001-like codes; the ordered pair it belongs to; whether it is part of a
 * key. Called last by sg_generic_plan() for a column it writes. */
void gn_meaning_rule(struct sg_colgen *cg, const struct sg_table *t,
		     const struct sg_gen_env *env);
/* Text of the strategies S_VOCAB, S_PARAMVAL and S_KEYCODE. */
void gn_gen_meaning_text(const struct sg_colgen *cg, struct sg_rand *r, const struct sg_row *row,
			 int attempt, struct sg_buf *b);

/* --- value makers shared between files ------------------------------------ */

/* Text value (or array element) appended to b; v is an enum variant. */
void gn_gen_text(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		 struct sg_fake_row *fr, const struct sg_row *row, int attempt, int v,
		 bool elem, struct sg_buf *b);
/* Text matching the column's CHECK pattern (S_PATTERN) appended to b. */
void gn_gen_pattern(const struct sg_colgen *cg, struct sg_rand *r, struct sg_buf *b);
/* --- generic_other.c ------------------------------------------------------- */

/* The kind of an SG_T_OTHER column seedgen knows how to write (inet,
 * macaddr, money, interval, tsvector, point, geometry ...), from its type
 * name; 0 when it is not one of them. */
int gn_other_kind(const struct sg_column *c, const struct sg_caps *caps);
/* A value of kind cg->p.sub appended to b (S_OTHER). */
void gn_gen_other(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		  int attempt, struct sg_buf *b);

/* JSON value of shape cg->p.sub appended to b. */
void gn_gen_json(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		 struct sg_fake_row *fr, int attempt, int v, struct sg_buf *b);

#endif
