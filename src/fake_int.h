/*
 * Private to the fake module (src/fake_*.c): the weighted-pick tables
 * prepared once per process, the appenders, the row entities and the
 * template renderer that the module's files share. Nothing outside
 * src/fake_*.c includes this header.
 *
 *   fake_pick.c      weighted picks, appenders (numbers, hex, identifiers)
 *   fake_entities.c  person, company, address, product of a row
 *   fake_text.c      templates, titles, notes, comments
 *   fake_value.c     sg_fake_value(): one value of a kind
 *   fake_kind.c      column classifier, kind names, money, UTF-8
 *   fake_data*.c     the data tables (fake_data.h)
 */
#ifndef SEEDGEN_FAKE_INT_H
#define SEEDGEN_FAKE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "seedgen/buf.h"
#include "seedgen/fake.h"
#include "seedgen/rand.h"

/* --- fake_pick.c ---------------------------------------------------------- */

struct wtab {
	uint32_t *cum; /* cum[i] = sum of weights 0..i */
	size_t n;
	uint32_t total;
};

/* Prepared by fk_ready(); read-only afterwards. */
extern struct wtab fk_w_first, fk_w_last, fk_w_mail, fk_w_city, fk_w_city_farm, fk_w_strain,
	fk_w_cat, fk_w_country, fk_w_currency, fk_w_tz, fk_w_company, fk_w_terms, fk_w_paymethod;
extern uint8_t fk_cat_first[16], fk_cat_count[16]; /* fk_formats range per category */
extern size_t fk_max_len[SG_FAKE_KIND_COUNT];      /* longest table-backed value */

/* Prepares the tables above once per process (thread-safe). */
void fk_ready(void);
/* Uniform in [0, bound), unbiased. */
uint32_t fk_below(struct sg_rand *r, uint32_t bound);
/* Index of a weighted pick from t; uniform index below n. */
size_t fk_wpick(const struct wtab *t, struct sg_rand *r);
size_t fk_upick(struct sg_rand *r, size_t n);

void fk_put(struct sg_buf *o, const char *s);
/* v in decimal, zero-padded to width digits. */
void fk_put_uint(struct sg_buf *o, uint64_t v, int width);
/* The low `digits` hex digits of v. */
void fk_put_hex(struct sg_buf *o, uint64_t v, int digits);
/* An amount as $1,240.00. */
void fk_put_dollars(struct sg_buf *o, double amount);
/* Folds o[start..len) in place into an identifier (lowercase ASCII,
 * accents folded); with sep, other runs become single separators. */
void fk_squash(struct sg_buf *o, size_t start, char sep);
/* Appends s folded to lowercase ASCII letters, at most max letters. */
void fk_put_ident(struct sg_buf *o, const char *s, size_t max);

/* --- fake_entities.c ------------------------------------------------------ */

enum {
	HAVE_PERSON = 1u << 0,
	HAVE_COMPANY = 1u << 1,
	HAVE_ADDR = 1u << 2,
	HAVE_PRODUCT = 1u << 3,
	HAVE_TITLE = 1u << 4,
	HAVE_FILE = 1u << 5,
};

enum {
	PLAN_PERSON = 1u << 0,
	PLAN_COMPANY = 1u << 1,
	PLAN_ADDR = 1u << 2,
	PLAN_PRODUCT = 1u << 3,
	PLAN_TITLE = 1u << 4,
	PLAN_TASK = 1u << 5,
};

const char *fk_first_name(const struct sg_fake_person *p);
const char *fk_last_name(const struct sg_fake_person *p);
void fk_company_pick(struct sg_rand *r, struct sg_fake_company *c, unsigned kind);
void fk_company_name(const struct sg_fake_company *c, struct sg_buf *o);
void fk_company_domain(const struct sg_fake_company *c, struct sg_buf *o);
void fk_addr_unit(const struct sg_fake_addr *a, struct sg_buf *o);
void fk_addr_street(const struct sg_fake_addr *a, struct sg_buf *o);
void fk_product_pick(struct sg_rand *r, struct sg_fake_product *p);
int fk_row_wants_company(const struct sg_fake_row *row);
/* The row's entities, drawn on first use. */
const struct sg_fake_person *fk_row_person(struct sg_fake_row *row);
/* The row company; kind < 0: any. A kind other than the row company's
 * gives a separate company in *tmp. */
const struct sg_fake_company *fk_row_company(struct sg_fake_row *row, int kind,
					     struct sg_fake_company *tmp);
const struct sg_fake_addr *fk_row_addr(struct sg_fake_row *row);
const struct sg_fake_product *fk_row_product(struct sg_fake_row *row);
/* enum fk_company_kind of a company kind, -1 for others. */
int fk_company_kind_of(enum sg_fake_kind k);

/* --- fake_text.c ---------------------------------------------------------- */

struct rctx {
	struct sg_rand *r;
	const struct sg_fake_product *prod; /* product slots use it when set */
	int aroma;                          /* last {aroma}, so {aroma2} differs */
	int sentence;                       /* capitalize the first letter */
};

/* Renders template t into o, filling its {slot}s. */
void fk_render(struct rctx *c, const char *t, struct sg_buf *o);
/* One of the n templates v, rendered as a sentence. */
void fk_render_one(struct sg_rand *r, const char *const *v, size_t n, struct sg_buf *o);
void fk_fresh_company(struct sg_rand *r, unsigned kind, struct sg_buf *o);
void fk_product_name(struct sg_rand *r, const struct sg_fake_product *p, struct sg_buf *o);
/* A comment from any topic. */
void fk_any_comment(struct sg_rand *r, struct sg_buf *o);
/* The row title: generic or task-like, always the same within a row. */
void fk_row_title(struct sg_fake_row *row, int task, struct sg_buf *o);

#endif
