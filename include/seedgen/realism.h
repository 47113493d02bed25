/*
 * The realism rules of `seedgen realism`: which rules apply to a live
 * schema (from what its columns mean, see meaning.h) and how many rows of
 * each table hold them. Ordered pairs (from <= to, order <= shipped,
 * birth + 14 years <= hire), no future dates unless the name allows them,
 * plausible ranges (latitude, zoom, ratio, percent, salary, price, year,
 * age), birth dates, code shapes (state, country, currency, ZIP), and row
 * coherence (state name with state code, ZIP and city with state, gender
 * and courtesy title with first name, the year in an email with the birth
 * date).
 *
 * Ownership: a struct sg_realism owns its rules; free with
 * sg_realism_release(). Rules point at tables and columns of the schema
 * they were planned from, which must outlive them.
 */
#ifndef SEEDGEN_REALISM_H
#define SEEDGEN_REALISM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "seedgen/db.h"
#include "seedgen/error.h"
#include "seedgen/schema.h"

enum sg_rl_kind {
	SG_RL_ORDER,        /* col[0] (+ gap) <= col[1] */
	SG_RL_PAST,         /* 1900 <= col[0] <= now + 1 day */
	SG_RL_RANGE,        /* lo <= col[0] <= hi */
	SG_RL_BIRTH,        /* now - 120 years <= col[0] <= now */
	SG_RL_STATE_ABBR,   /* a USPS state code */
	SG_RL_STATE_NAME,   /* a US state name */
	SG_RL_COUNTRY,      /* 2 or 3 upper-case letters (the column's length) */
	SG_RL_CURRENCY,     /* 3 upper-case letters */
	SG_RL_ZIP,          /* 12345 or 12345-6789 */
	SG_RL_STATE_PAIR,   /* col[0] state name is the state of col[1] code */
	SG_RL_ZIP_STATE,    /* col[0] ZIP lies in col[1]'s state */
	SG_RL_CITY_STATE,   /* col[0] city (when known) lies in col[1]'s state */
	SG_RL_GENDER,       /* col[0] first name's gender is col[1]'s */
	SG_RL_COURTESY,     /* col[0] first name's gender is col[1] title's */
	SG_RL_EMAIL_YEAR,   /* a 19xx/20xx year in col[0] email is col[1]'s birth year */
	SG_RL_VOCAB,        /* a member of a closed list (genre, protocol, department ...) */
	SG_RL_KEY_VALUE,    /* col[1] value fits col[0] parameter key (port -> a number) */
	SG_RL_NEUTRAL,      /* no cannabis word outside TERP (neutral vocabulary pack) */
	SG_RL_CODE,         /* a short key code: letters then digits (D001) */
	SG_RL__COUNT
};

struct sg_rl_rule {
	enum sg_rl_kind kind;
	const struct sg_table *table;
	int col[2];           /* column indexes in table; col[1] -1 when unused */
	double lo, hi;        /* SG_RL_RANGE */
	int64_t gap;          /* SG_RL_ORDER: least distance (seconds for times) */
	int len;              /* SG_RL_COUNTRY: 2, 3, or 0 for either */
	int list;             /* SG_RL_VOCAB: enum sg_vocab_list */
	char what[128];       /* "from_date <= to_date", "zoom in 0..22" */
	long long checked;    /* rows where the rule applies (no NULL, known values) */
	long long held;
	char example[128];    /* the first row that failed, as "value" or "a / b" */
};

struct sg_realism {
	struct sg_rl_rule *rules;
	size_t n, cap;
	int64_t now;          /* seconds since 1970 UTC that "future" is measured from */
};

/* Short name of a rule kind ("order", "not future", "range" ...). */
const char *sg_rl_kind_name(enum sg_rl_kind k);

/* The rules that apply to the tables tables[0..n) of s, in table order.
 * now is the moment "future" starts; neutral adds the rule that names hold
 * no word of the cannabis vocabulary (schemas other than TERP). Always
 * succeeds (a table may get no rule). */
void sg_realism_plan(struct sg_realism *rl, struct sg_table *const *tables, size_t n,
		     int64_t now, bool neutral);

/* Reads every planned table (at most max_rows rows each, 0 = all) and
 * counts, per rule, the rows where it applies and holds. */
int sg_realism_run(struct sg_realism *rl, struct sg_db *db, long long max_rows,
		   struct sg_error *err);

void sg_realism_release(struct sg_realism *rl);

#endif
