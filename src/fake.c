/*
 * Realistic values for one column at a time (see seedgen/fake.h): the
 * column classifier, the per-row entities that keep a row's values
 * consistent, and the builders that turn table entries (fake_data.c) into
 * text. A value is built by appending table strings and small integers to
 * the caller's buffer; weighted picks are a binary search over cumulative
 * weights prepared once per process.
 */
#include <math.h>
#include <pthread.h>
#include <string.h>

#include "seedgen/error.h"
#include "seedgen/fake.h"
#include "fake_data.h"

/* ---- weighted picks ------------------------------------------------------ */

struct wtab {
	uint32_t *cum; /* cum[i] = sum of weights 0..i */
	size_t n;
	uint32_t total;
};

static struct wtab w_first, w_last, w_mail, w_city, w_city_farm, w_strain, w_cat,
	w_country, w_currency, w_tz, w_company, w_terms, w_paymethod;
static uint8_t cat_first[16], cat_count[16]; /* fk_formats range per category */
static size_t max_len[SG_FAKE_KIND_COUNT];   /* longest table-backed value */
static pthread_once_t prep_once = PTHREAD_ONCE_INIT;

static void wtab_init(struct wtab *t, size_t n)
{
	/* Reachable until exit through t; never freed on purpose. */
	t->cum = sg_malloc(n * sizeof(*t->cum));
	t->n = n;
	t->total = 0;
}

static void wtab_add(struct wtab *t, size_t i, uint32_t w)
{
	t->total += w;
	t->cum[i] = t->total;
}

/* Uniform in [0, bound), unbiased: Lemire's multiply-shift with rejection.
 * Same contract as sg_rand_below() but a division only on the rare
 * rejection path, which matters at several draws per value. */
static uint32_t below(struct sg_rand *r, uint32_t bound)
{
	uint64_t m;
	uint32_t low;

	if (bound == 0)
		return 0;
	m = (uint64_t)sg_rand_u32(r) * bound;
	low = (uint32_t)m;
	if (low < bound) {
		uint32_t threshold = (uint32_t)(-bound) % bound;

		while (low < threshold) {
			m = (uint64_t)sg_rand_u32(r) * bound;
			low = (uint32_t)m;
		}
	}
	return (uint32_t)(m >> 32);
}

static size_t wpick(const struct wtab *t, struct sg_rand *r)
{
	uint32_t u = below(r, t->total);
	size_t lo = 0, n = t->n;

	/* smallest i with cum[i] > u (zero-weight entries are never chosen);
	 * written without a data-dependent branch, which mispredicted on
	 * every step and tripled the cost of a name */
	while (n > 1) {
		size_t half = n / 2;

		lo = t->cum[lo + half - 1] <= u ? lo + half : lo;
		n -= half;
	}
	return lo;
}

static size_t upick(struct sg_rand *r, size_t n)
{
	return below(r, (uint32_t)n);
}

static void wstr_table(struct wtab *t, const struct fk_wstr *v, size_t n)
{
	wtab_init(t, n);
	for (size_t i = 0; i < n; i++)
		wtab_add(t, i, v[i].w);
}

static size_t longest(const char *const *v, size_t n, size_t stride)
{
	size_t m = 0;

	for (size_t i = 0; i < n; i++) {
		const char *s = *(const char *const *)((const char *)v + i * stride);
		size_t l = sg_utf8_chars(s, strlen(s));

		if (l > m)
			m = l;
	}
	return m;
}

#define LONGEST(arr, field) longest(&(arr)[0].field, arr##_n, sizeof((arr)[0]))

static void prepare(void)
{
	wstr_table(&w_first, fk_first_names, fk_first_names_n);
	wstr_table(&w_last, fk_last_names, fk_last_names_n);
	wstr_table(&w_mail, fk_mail_domains, fk_mail_domains_n);
	wstr_table(&w_country, fk_countries, fk_countries_n);
	wstr_table(&w_currency, fk_currencies, fk_currencies_n);
	wstr_table(&w_tz, fk_timezones, fk_timezones_n);
	wstr_table(&w_terms, fk_payment_terms, fk_payment_terms_n);
	wstr_table(&w_paymethod, fk_payment_methods, fk_payment_methods_n);
	wtab_init(&w_city, fk_cities_n);
	wtab_init(&w_city_farm, fk_cities_n);
	for (size_t i = 0; i < fk_cities_n; i++) {
		wtab_add(&w_city, i, fk_cities[i].w);
		wtab_add(&w_city_farm, i, fk_cities[i].farm_w);
	}
	wtab_init(&w_strain, fk_strains_n);
	for (size_t i = 0; i < fk_strains_n; i++)
		wtab_add(&w_strain, i, fk_strains[i].w);
	wtab_init(&w_cat, fk_categories_n);
	for (size_t i = 0; i < fk_categories_n; i++)
		wtab_add(&w_cat, i, fk_categories[i].w);
	wtab_init(&w_company, FK_COMPANY_KINDS);
	for (size_t i = 0; i < FK_COMPANY_KINDS; i++)
		wtab_add(&w_company, i, fk_company_kind_w[i]);
	/* fk_formats is grouped by category */
	for (size_t i = 0; i < fk_formats_n; i++) {
		uint8_t c = fk_formats[i].cat;

		if (!cat_count[c])
			cat_first[c] = (uint8_t)i;
		cat_count[c]++;
	}

	max_len[SG_FAKE_FIRST_NAME] = LONGEST(fk_first_names, s);
	max_len[SG_FAKE_LAST_NAME] = LONGEST(fk_last_names, s);
	max_len[SG_FAKE_CITY] = LONGEST(fk_cities, name);
	max_len[SG_FAKE_COUNTY] = LONGEST(fk_cities, county);
	max_len[SG_FAKE_STRAIN] = LONGEST(fk_strains, name);
	max_len[SG_FAKE_CATEGORY] = LONGEST(fk_categories, name);
	max_len[SG_FAKE_SUBCATEGORY] = LONGEST(fk_formats, sub);
	max_len[SG_FAKE_TIMEZONE] = LONGEST(fk_timezones, s);
	max_len[SG_FAKE_MIME_TYPE] = LONGEST(fk_files, mime);
	max_len[SG_FAKE_PAYMENT_TERMS] = LONGEST(fk_payment_terms, s);
	max_len[SG_FAKE_PAYMENT_METHOD] = LONGEST(fk_payment_methods, s);
	max_len[SG_FAKE_JOB_TITLE] = longest(fk_job_titles, fk_job_titles_n, sizeof(fk_str));
	max_len[SG_FAKE_BANK_NAME] = longest(fk_banks, fk_banks_n, sizeof(fk_str));
	max_len[SG_FAKE_BRAND] = longest(fk_brands, fk_brands_n, sizeof(fk_str));
	max_len[SG_FAKE_REASON] = longest(fk_reasons, fk_reasons_n, sizeof(fk_str));
	max_len[SG_FAKE_USER_AGENT] = longest(fk_user_agents, fk_user_agents_n, sizeof(fk_str));
	max_len[SG_FAKE_CARRIER] = 0; /* may be a distributor name */
	/* "United States|US": the name part */
	for (size_t i = 0; i < fk_countries_n; i++) {
		size_t l = (size_t)(strchr(fk_countries[i].s, '|') - fk_countries[i].s);

		if (l > max_len[SG_FAKE_COUNTRY])
			max_len[SG_FAKE_COUNTRY] = l;
	}
}

static void ready(void)
{
	pthread_once(&prep_once, prepare);
}

/* ---- appending ----------------------------------------------------------- */

static void put(struct sg_buf *o, const char *s)
{
	sg_buf_adds(o, s);
}

static void put_uint(struct sg_buf *o, uint64_t v, int width)
{
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n < width)
		tmp[n++] = '0';
	sg_buf_grow(o, (size_t)n);
	while (n)
		o->data[o->len++] = tmp[--n];
	o->data[o->len] = '\0';
}

static void put_hex(struct sg_buf *o, uint64_t v, int digits)
{
	static const char hex[] = "0123456789abcdef";

	sg_buf_grow(o, (size_t)digits);
	for (int i = digits - 1; i >= 0; i--)
		o->data[o->len++] = hex[(v >> (4 * i)) & 15];
	o->data[o->len] = '\0';
}

/* Cents as $1,240.00. */
static void put_dollars(struct sg_buf *o, double amount)
{
	uint64_t cents = (uint64_t)llround(amount * 100.0);
	uint64_t d = cents / 100;
	char tmp[32];
	int n = 0, group = 0;

	do {
		if (group == 3) {
			tmp[n++] = ',';
			group = 0;
		}
		tmp[n++] = (char)('0' + d % 10);
		d /= 10;
		group++;
	} while (d);
	sg_buf_addch(o, '$');
	sg_buf_grow(o, (size_t)n + 3);
	while (n)
		o->data[o->len++] = tmp[--n];
	o->data[o->len++] = '.';
	o->data[o->len++] = (char)('0' + cents % 100 / 10);
	o->data[o->len++] = (char)('0' + cents % 10);
	o->data[o->len] = '\0';
}

/* ASCII letter for the UTF-8 sequence C3 xx (U+00C0..U+00FF), lowercase. */
static const char latin1_ascii[] =
	"aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty";

/* Rewrites o[start..len) in place for an identifier: lowercase ASCII
 * letters and digits, accented Latin-1 letters folded (é -> e), other
 * bytes dropped, or, with sep, turned into single separators trimmed at
 * both ends. Never grows the text. */
static void squash(struct sg_buf *o, size_t start, char sep)
{
	char *p = o->data;
	size_t w = start;
	int pending = 0;

	for (size_t i = start; i < o->len; i++) {
		unsigned char ch = (unsigned char)p[i];
		char out = 0;

		if (ch >= 'A' && ch <= 'Z')
			out = (char)(ch - 'A' + 'a');
		else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			out = (char)ch;
		else if (ch == 0xC3 && i + 1 < o->len) {
			unsigned char nx = (unsigned char)p[i + 1];

			if (nx >= 0x80 && nx <= 0xBF && latin1_ascii[nx - 0x80] != '_') {
				out = latin1_ascii[nx - 0x80];
				i++;
			}
		} else if (ch >= 0x80 && ch < 0xC0)
			continue; /* tail of a sequence we do not fold */
		if (!out) {
			pending = sep && w > start;
			continue;
		}
		if (pending) {
			p[w++] = sep;
			pending = 0;
		}
		p[w++] = out;
	}
	o->len = w;
	p[w] = '\0';
}

/* Appends s folded to lowercase ASCII letters, at most max letters. */
static void put_ident(struct sg_buf *o, const char *s, size_t max)
{
	size_t start = o->len;

	put(o, s);
	squash(o, start, 0);
	if (o->len - start > max) {
		o->len = start + max;
		o->data[o->len] = '\0';
	}
}

/* ---- entities -------------------------------------------------------------- */

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

static void person_pick(struct sg_rand *r, struct sg_fake_person *p)
{
	p->first = (uint16_t)wpick(&w_first, r);
	p->last = (uint16_t)wpick(&w_last, r);
	p->style = (uint8_t)below(r, 8);
	p->num = (uint16_t)(sg_rand_chance(r, 0.3) ? 1960 + below(r, 45)
						    : 1 + below(r, 99));
	p->mail = (uint8_t)(1 + wpick(&w_mail, r));
}

static const char *first_name(const struct sg_fake_person *p)
{
	return fk_first_names[p->first].s;
}

static const char *last_name(const struct sg_fake_person *p)
{
	return fk_last_names[p->last].s;
}

static void company_pick(struct sg_rand *r, struct sg_fake_company *c, unsigned kind)
{
	const struct fk_company_parts *p = &fk_company_parts[kind];
	unsigned tld = below(r, 100);

	c->kind = (uint8_t)kind;
	c->shape = (uint8_t)(below(r, 100) < p->city_pct);
	c->a = (uint16_t)(c->shape ? wpick(&w_city, r) : upick(r, p->npre));
	c->c = (uint16_t)upick(r, p->nsuf);
	c->b = 0;
	if (below(r, 100) < p->mid_pct) {
		size_t m = 1 + upick(r, p->nmid - 1);
		const char *pre = c->shape ? fk_cities[c->a].name : p->pre[c->a];

		/* "Humboldt Heritage Heritage Farms" reads wrong */
		if (!strstr(pre, p->mid[m]) && !strstr(p->suf[c->c], p->mid[m]))
			c->b = (uint16_t)m;
	}
	c->tld = (uint8_t)(tld < 85 ? 0 : tld < 93 ? 1 : tld < 98 ? 2 : 3);
	c->role = (uint8_t)upick(r, fk_email_roles_n);
}

static void company_name(const struct sg_fake_company *c, struct sg_buf *o)
{
	const struct fk_company_parts *p = &fk_company_parts[c->kind];

	put(o, c->shape ? fk_cities[c->a].name : p->pre[c->a]);
	if (c->b) {
		sg_buf_addch(o, ' ');
		put(o, p->mid[c->b]);
	}
	sg_buf_addch(o, ' ');
	put(o, p->suf[c->c]);
}

static void company_domain(const struct sg_fake_company *c, struct sg_buf *o)
{
	static const char *const tlds[] = { ".com", ".co", ".net", ".us" };
	size_t start = o->len;

	company_name(c, o);
	squash(o, start, 0);
	put(o, tlds[c->tld]);
}

static void addr_pick(struct sg_rand *r, struct sg_fake_addr *a, int farm)
{
	const struct fk_city *city;
	size_t nz = 0, na = 0;

	a->city = (uint16_t)wpick(farm ? &w_city_farm : &w_city, r);
	city = &fk_cities[a->city];
	while (nz < 6 && city->zip[nz])
		nz++;
	while (na < 3 && city->area[na])
		na++;
	a->zip = (uint8_t)upick(r, nz);
	a->area = (uint8_t)upick(r, na);
	a->rural = (uint8_t)(farm && sg_rand_chance(r, 0.7));
	if (a->rural) {
		a->number = (uint16_t)(1000 + below(r, 39000));
		a->street = (uint16_t)upick(r, fk_rural_streets_n);
	} else {
		/* mostly 3-4 digit numbers, some short ones */
		a->number = (uint16_t)(sg_rand_chance(r, 0.15) ? 1 + below(r, 99)
							 : 100 + below(r, 9900));
		a->street = (uint16_t)upick(r, fk_streets_n);
	}
	a->stype = (uint8_t)upick(r, fk_street_types_n);
	a->unit = (uint8_t)(sg_rand_chance(r, 0.25) ? 1 + below(r, 4) : 0);
	a->unit_no = (uint16_t)(1 + below(r, 400));
}

static void addr_unit(const struct sg_fake_addr *a, struct sg_buf *o)
{
	switch (a->unit ? a->unit : 1) {
	case 1:
		put(o, "Suite ");
		put_uint(o, 100u + a->unit_no, 0);
		break;
	case 2:
		put(o, "Unit ");
		put_uint(o, 1u + a->unit_no % 40, 0);
		break;
	case 3:
		sg_buf_addch(o, '#');
		put_uint(o, 1u + a->unit_no % 60, 0);
		break;
	default:
		put(o, "Bldg ");
		sg_buf_addch(o, (char)('A' + a->unit_no % 6));
		break;
	}
}

static void addr_street(const struct sg_fake_addr *a, struct sg_buf *o)
{
	put_uint(o, a->number, 0);
	sg_buf_addch(o, ' ');
	if (a->rural) {
		put(o, fk_rural_streets[a->street]);
		put(o, " Rd");
	} else {
		put(o, fk_streets[a->street]);
		sg_buf_addch(o, ' ');
		put(o, fk_street_types[a->stype]);
	}
}

static void product_pick(struct sg_rand *r, struct sg_fake_product *p)
{
	size_t nsize = 0;
	const struct fk_format *f;

	p->cat = (uint8_t)wpick(&w_cat, r);
	p->format = (uint8_t)(cat_first[p->cat] + upick(r, cat_count[p->cat]));
	f = &fk_formats[p->format];
	while (nsize < 5 && f->size[nsize])
		nsize++;
	/* the first size is the usual one */
	p->size = (uint8_t)(nsize > 1 && sg_rand_chance(r, 0.4) ? 1 + upick(r, nsize - 1) : 0);
	p->strain = (uint16_t)wpick(&w_strain, r);
	p->brand = (uint16_t)upick(r, fk_brands_n);
	p->flavor = (uint16_t)upick(r, fk_flavors_n);
	p->num = below(r, 1000000);
}

/* ---- row entities -------------------------------------------------------- */

static int row_wants_company(const struct sg_fake_row *row)
{
	return (row->have & HAVE_COMPANY) || (row->plan & PLAN_COMPANY);
}

static int row_is_farm(const struct sg_fake_row *row)
{
	if (row->have & HAVE_COMPANY)
		return row->company.kind == FK_FARM;
	return row->plan_company == 1 + FK_FARM;
}

static const struct sg_fake_person *row_person(struct sg_fake_row *row)
{
	if (!(row->have & HAVE_PERSON)) {
		person_pick(row->r, &row->person);
		/* people at a company mostly use its domain; small farms use gmail */
		if (row_wants_company(row) && sg_rand_chance(row->r, 0.8))
			row->person.mail = 0;
		row->have |= HAVE_PERSON;
	}
	return &row->person;
}

/* The row company; kind < 0: any. A kind other than the row company's
 * gives a separate company in *tmp. */
static const struct sg_fake_company *row_company(struct sg_fake_row *row, int kind,
						 struct sg_fake_company *tmp)
{
	if (row->have & HAVE_COMPANY) {
		if (kind < 0 || kind == row->company.kind)
			return &row->company;
		company_pick(row->r, tmp, (unsigned)kind);
		return tmp;
	}
	if (kind < 0)
		kind = row->plan_company ? row->plan_company - 1 : (int)wpick(&w_company, row->r);
	company_pick(row->r, &row->company, (unsigned)kind);
	row->have |= HAVE_COMPANY;
	return &row->company;
}

static const struct sg_fake_addr *row_addr(struct sg_fake_row *row)
{
	if (!(row->have & HAVE_ADDR)) {
		addr_pick(row->r, &row->addr, row_is_farm(row));
		row->have |= HAVE_ADDR;
	}
	return &row->addr;
}

static const struct sg_fake_product *row_product(struct sg_fake_row *row)
{
	if (!(row->have & HAVE_PRODUCT)) {
		product_pick(row->r, &row->product);
		row->have |= HAVE_PRODUCT;
	}
	return &row->product;
}

/* ---- templates ----------------------------------------------------------- */

enum slot {
	S_FIRST, S_PERSON, S_COMPANY, S_CLIENT, S_VENDOR, S_DISPENSARY, S_FARM,
	S_DISTRIBUTOR, S_LAB, S_MANUFACTURER, S_MONTH, S_MONTHSLUG, S_WEEKDAY,
	S_QUARTER, S_BATCH, S_INVOICE, S_ORDER, S_PO, S_MANIFEST, S_AMOUNT, S_UNITS,
	S_CASES, S_LBS, S_DAYS, S_PERCENT, S_TERMS, S_TIME, S_THC, S_STRAIN,
	S_STRAINSLUG, S_PRODUCT, S_CATEGORY, S_SUBCAT, S_BRAND, S_FLAVOR, S_SIZE,
	S_CITY, S_COUNTY, S_AROMA, S_AROMA2, S_EFFECT, S_HEX6, S_N3, S_N4,
};

static const struct {
	const char *name;
	size_t len;
	enum slot id;
} slot_names[] = {
#define SLOT(n, id) { n, sizeof(n) - 1, id }
	SLOT("first", S_FIRST), SLOT("person", S_PERSON), SLOT("company", S_COMPANY),
	SLOT("client", S_CLIENT), SLOT("vendor", S_VENDOR), SLOT("dispensary", S_DISPENSARY),
	SLOT("farm", S_FARM), SLOT("distributor", S_DISTRIBUTOR), SLOT("lab", S_LAB),
	SLOT("manufacturer", S_MANUFACTURER), SLOT("month", S_MONTH),
	SLOT("monthslug", S_MONTHSLUG), SLOT("weekday", S_WEEKDAY), SLOT("quarter", S_QUARTER),
	SLOT("batch", S_BATCH), SLOT("invoice", S_INVOICE), SLOT("order", S_ORDER),
	SLOT("po", S_PO), SLOT("manifest", S_MANIFEST), SLOT("amount", S_AMOUNT),
	SLOT("units", S_UNITS), SLOT("cases", S_CASES), SLOT("lbs", S_LBS),
	SLOT("days", S_DAYS), SLOT("percent", S_PERCENT), SLOT("terms", S_TERMS),
	SLOT("time", S_TIME), SLOT("thc", S_THC), SLOT("strain", S_STRAIN),
	SLOT("strainslug", S_STRAINSLUG), SLOT("product", S_PRODUCT),
	SLOT("category", S_CATEGORY), SLOT("subcat", S_SUBCAT), SLOT("brand", S_BRAND),
	SLOT("flavor", S_FLAVOR), SLOT("size", S_SIZE), SLOT("city", S_CITY),
	SLOT("county", S_COUNTY), SLOT("aroma", S_AROMA), SLOT("aroma2", S_AROMA2),
	SLOT("effect", S_EFFECT), SLOT("hex6", S_HEX6), SLOT("n3", S_N3), SLOT("n4", S_N4),
#undef SLOT
};

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};
static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};

struct rctx {
	struct sg_rand *r;
	const struct sg_fake_product *prod; /* product slots use it when set */
	int aroma;                          /* last {aroma}, so {aroma2} differs */
	int sentence;                       /* capitalize the first letter */
};

static void render(struct rctx *c, const char *t, struct sg_buf *o);

static void fresh_company(struct sg_rand *r, unsigned kind, struct sg_buf *o)
{
	struct sg_fake_company co;

	company_pick(r, &co, kind);
	company_name(&co, o);
}

static void product_name(struct sg_rand *r, const struct sg_fake_product *p, struct sg_buf *o)
{
	struct rctx c = { r, p, -1, 0 };

	render(&c, fk_formats[p->format].tmpl, o);
}

static void slot(struct rctx *c, const char *name, size_t len, struct sg_buf *o)
{
	struct sg_rand *r = c->r;
	struct sg_fake_product tmp;
	const struct sg_fake_product *p = c->prod;
	size_t i, start;

	for (i = 0; i < FK_COUNT(slot_names); i++)
		if (slot_names[i].len == len && slot_names[i].name[0] == name[0] &&
		    !memcmp(slot_names[i].name, name, len))
			break;
	if (i == FK_COUNT(slot_names)) {
		/* a template typo: left visible so that test_fake catches it */
		sg_buf_addch(o, '{');
		sg_buf_add(o, name, len);
		sg_buf_addch(o, '}');
		return;
	}
	switch (slot_names[i].id) {
	case S_FIRST:
		put(o, fk_first_names[wpick(&w_first, r)].s);
		break;
	case S_PERSON:
		put(o, fk_first_names[wpick(&w_first, r)].s);
		sg_buf_addch(o, ' ');
		put(o, fk_last_names[wpick(&w_last, r)].s);
		break;
	case S_COMPANY:
		fresh_company(r, (unsigned)wpick(&w_company, r), o);
		break;
	case S_CLIENT:
		fresh_company(r, sg_rand_chance(r, 0.75) ? FK_DISPENSARY : FK_DISTRIBUTOR, o);
		break;
	case S_VENDOR:
		fresh_company(r, sg_rand_chance(r, 0.6) ? FK_FARM : FK_MANUFACTURER, o);
		break;
	case S_DISPENSARY:
		fresh_company(r, FK_DISPENSARY, o);
		break;
	case S_FARM:
		fresh_company(r, FK_FARM, o);
		break;
	case S_DISTRIBUTOR:
		fresh_company(r, FK_DISTRIBUTOR, o);
		break;
	case S_LAB:
		fresh_company(r, FK_LAB, o);
		break;
	case S_MANUFACTURER:
		fresh_company(r, FK_MANUFACTURER, o);
		break;
	case S_MONTH:
		put(o, months[upick(r, 12)]);
		break;
	case S_MONTHSLUG:
		start = o->len;
		put(o, months[upick(r, 12)]);
		squash(o, start, '-');
		break;
	case S_WEEKDAY:
		put(o, weekdays[upick(r, FK_COUNT(weekdays))]);
		break;
	case S_QUARTER:
		sg_buf_addch(o, 'Q');
		sg_buf_addch(o, (char)('1' + below(r, 4)));
		break;
	case S_BATCH:
		put(o, "B-");
		put_uint(o, 10000 + below(r, 90000), 0);
		break;
	case S_INVOICE:
		put_uint(o, 10000 + below(r, 90000), 0);
		break;
	case S_ORDER:
		put(o, "SO-");
		put_uint(o, 100000 + below(r, 900000), 0);
		break;
	case S_PO:
		put(o, "PO-");
		put_uint(o, 10000 + below(r, 90000), 0);
		break;
	case S_MANIFEST:
		put_uint(o, 1000000 + below(r, 9000000), 10);
		break;
	case S_AMOUNT:
		put_dollars(o, sg_fake_money(r, 80, 6000));
		break;
	case S_UNITS:
		put_uint(o, 6 * (1 + below(r, 80)), 0);
		break;
	case S_CASES:
		put_uint(o, 2 + below(r, 39), 0);
		break;
	case S_LBS:
		put_uint(o, 1 + below(r, 60), 0);
		break;
	case S_DAYS:
		put_uint(o, 2 + below(r, 20), 0);
		break;
	case S_PERCENT:
		put_uint(o, 5 + below(r, 26), 0);
		sg_buf_addch(o, '%');
		break;
	case S_TERMS: {
		static const char *const terms[] = { "15", "30", "30", "30", "45", "60" };

		put(o, terms[upick(r, FK_COUNT(terms))]);
		break;
	}
	case S_TIME:
		put(o, fk_times[upick(r, fk_times_n)]);
		break;
	case S_THC: {
		uint32_t t = 180 + below(r, 160);

		put_uint(o, t / 10, 0);
		sg_buf_addch(o, '.');
		put_uint(o, t % 10, 0);
		sg_buf_addch(o, '%');
		break;
	}
	case S_STRAIN:
		put(o, fk_strains[p ? p->strain : wpick(&w_strain, r)].name);
		break;
	case S_STRAINSLUG:
		start = o->len;
		put(o, fk_strains[p ? p->strain : wpick(&w_strain, r)].name);
		squash(o, start, '-');
		break;
	case S_PRODUCT:
		if (!p) {
			product_pick(r, &tmp);
			p = &tmp;
		}
		product_name(r, p, o);
		break;
	case S_CATEGORY:
		put(o, fk_categories[p ? p->cat : wpick(&w_cat, r)].name);
		break;
	case S_SUBCAT:
		put(o, fk_formats[p ? p->format : upick(r, fk_formats_n)].sub);
		break;
	case S_BRAND:
		put(o, fk_brands[p ? p->brand : upick(r, fk_brands_n)]);
		break;
	case S_FLAVOR:
		put(o, fk_flavors[p ? p->flavor : upick(r, fk_flavors_n)]);
		break;
	case S_SIZE:
		if (p)
			put(o, fk_formats[p->format].size[p->size]);
		else
			put(o, "1g");
		break;
	case S_CITY:
		put(o, fk_cities[wpick(&w_city, r)].name);
		break;
	case S_COUNTY:
		put(o, fk_cities[wpick(&w_city, r)].county);
		break;
	case S_AROMA:
		c->aroma = (int)upick(r, fk_aromas_n);
		put(o, fk_aromas[c->aroma]);
		break;
	case S_AROMA2: {
		size_t a = upick(r, fk_aromas_n - 1);

		if (c->aroma >= 0 && a >= (size_t)c->aroma)
			a++;
		put(o, fk_aromas[a]);
		break;
	}
	case S_EFFECT:
		put(o, fk_effects[upick(r, fk_effects_n)]);
		break;
	case S_HEX6:
		put_hex(o, sg_rand_u32(r), 6);
		break;
	case S_N3:
		put_uint(o, 100 + below(r, 900), 0);
		break;
	case S_N4:
		put_uint(o, 1000 + below(r, 9000), 0);
		break;
	}
}

static void render(struct rctx *c, const char *t, struct sg_buf *o)
{
	size_t start = o->len;

	for (;;) {
		const char *b = strchr(t, '{'), *e;

		if (!b)
			break;
		e = strchr(b, '}');
		if (!e)
			break;
		sg_buf_add(o, t, (size_t)(b - t));
		slot(c, b + 1, (size_t)(e - b - 1), o);
		t = e + 1;
	}
	put(o, t);
	/* a sentence may start with a lowercase slot ({effect} ...) */
	if (c->sentence && o->len > start && o->data[start] >= 'a' && o->data[start] <= 'z')
		o->data[start] = (char)(o->data[start] - 'a' + 'A');
}

static void render_one(struct sg_rand *r, const char *const *v, size_t n, struct sg_buf *o)
{
	struct rctx c = { r, NULL, -1, 1 };

	render(&c, v[upick(r, n)], o);
}

/* One template from the topics in mix (percent weights summing to 100),
 * or from all topics when mix is NULL. */
struct topic_mix {
	uint8_t topic[3];
	uint8_t pct[3];
};

static void comment(struct sg_rand *r, const struct topic_mix *mix, struct sg_buf *o)
{
	const struct fk_template_list *l;

	if (!mix) {
		size_t total = 0, k;

		for (int t = 0; t < FK_TOPICS; t++)
			total += fk_comments[t].n;
		k = upick(r, total);
		for (int t = 0; t < FK_TOPICS; t++) {
			if (k < fk_comments[t].n) {
				struct rctx c = { r, NULL, -1, 1 };

				render(&c, fk_comments[t].v[k], o);
				return;
			}
			k -= fk_comments[t].n;
		}
		return;
	}
	uint32_t u = below(r, 100);
	int i = 0;

	while (i < 2 && (u >= mix->pct[i] || !mix->pct[i])) {
		u -= mix->pct[i];
		i++;
	}
	l = &fk_comments[mix->topic[i]];
	render_one(r, l->v, l->n, o);
}

/* ---- the row API ------------------------------------------------------------ */

void sg_fake_row_init(struct sg_fake_row *row)
{
	ready();
	memset(row, 0, sizeof(*row));
}

static int company_kind_of(enum sg_fake_kind k)
{
	switch (k) {
	case SG_FAKE_COMPANY_DISPENSARY:
		return FK_DISPENSARY;
	case SG_FAKE_COMPANY_FARM:
		return FK_FARM;
	case SG_FAKE_COMPANY_DISTRIBUTOR:
		return FK_DISTRIBUTOR;
	case SG_FAKE_COMPANY_LAB:
		return FK_LAB;
	case SG_FAKE_COMPANY_MANUFACTURER:
		return FK_MANUFACTURER;
	default:
		return -1;
	}
}

void sg_fake_row_plan(struct sg_fake_row *row, enum sg_fake_kind kind)
{
	switch (kind) {
	case SG_FAKE_FIRST_NAME:
	case SG_FAKE_LAST_NAME:
	case SG_FAKE_FULL_NAME:
	case SG_FAKE_USERNAME:
		row->plan |= PLAN_PERSON;
		break;
	case SG_FAKE_COMPANY:
	case SG_FAKE_COMPANY_DISPENSARY:
	case SG_FAKE_COMPANY_FARM:
	case SG_FAKE_COMPANY_DISTRIBUTOR:
	case SG_FAKE_COMPANY_LAB:
	case SG_FAKE_COMPANY_MANUFACTURER:
	case SG_FAKE_LICENSE_NUMBER:
		row->plan |= PLAN_COMPANY;
		if (!row->plan_company && company_kind_of(kind) >= 0)
			row->plan_company = (uint8_t)(1 + company_kind_of(kind));
		break;
	case SG_FAKE_STREET:
	case SG_FAKE_ADDRESS2:
	case SG_FAKE_ADDRESS:
	case SG_FAKE_CITY:
	case SG_FAKE_COUNTY:
	case SG_FAKE_STATE:
	case SG_FAKE_ZIP:
		row->plan |= PLAN_ADDR;
		break;
	case SG_FAKE_PRODUCT_NAME:
	case SG_FAKE_PRODUCT_DESCRIPTION:
	case SG_FAKE_CATEGORY:
	case SG_FAKE_SUBCATEGORY:
	case SG_FAKE_SKU:
	case SG_FAKE_BRAND:
		row->plan |= PLAN_PRODUCT;
		break;
	case SG_FAKE_TITLE:
		row->plan |= PLAN_TITLE;
		break;
	case SG_FAKE_TASK_TITLE:
		row->plan |= PLAN_TASK;
		break;
	default:
		break;
	}
}

void sg_fake_row_reset(struct sg_fake_row *row, struct sg_rand *r)
{
	ready();
	row->r = r;
	row->have = 0;
}

/* The row title: generic or task-like, always the same within a row. */
static void row_title(struct sg_fake_row *row, int task, struct sg_buf *o)
{
	struct sg_rand sub;

	if (!(row->have & HAVE_TITLE)) {
		row->title_seed = sg_rand_u64(row->r);
		row->have |= HAVE_TITLE;
	}
	sg_rand_seed(&sub, row->title_seed, 0x7469746c65ULL);
	if (task)
		render_one(&sub, fk_task_titles, fk_task_titles_n, o);
	else
		render_one(&sub, fk_titles, fk_titles_n, o);
}

static void email(struct sg_fake_row *row, struct sg_buf *o)
{
	int person = (row->have & HAVE_PERSON) || (row->plan & PLAN_PERSON) ||
		     !row_wants_company(row);
	struct sg_fake_company tmp;
	const struct sg_fake_person *p;
	const char *f, *l;
	int at_company;

	if (!person) {
		const struct sg_fake_company *c = row_company(row, -1, &tmp);

		put(o, fk_email_roles[c->role]);
		sg_buf_addch(o, '@');
		company_domain(c, o);
		return;
	}
	p = row_person(row);
	f = first_name(p);
	l = last_name(p);
	at_company = p->mail == 0;
	switch (p->style) {
	case 0:
		put_ident(o, f, 64);
		sg_buf_addch(o, '.');
		put_ident(o, l, 64);
		break;
	case 1:
		put_ident(o, f, 1);
		put_ident(o, l, 64);
		break;
	case 2:
		put_ident(o, f, 64);
		sg_buf_addch(o, '.');
		put_ident(o, l, 64);
		if (!at_company)
			put_uint(o, p->num, 2);
		break;
	case 3:
		put_ident(o, f, 64);
		put_ident(o, l, 64);
		break;
	case 4:
		put_ident(o, f, 64);
		sg_buf_addch(o, '_');
		put_ident(o, l, 64);
		break;
	case 5:
		put_ident(o, f, 64);
		if (!at_company)
			put_uint(o, p->num, 2);
		break;
	case 6:
		put_ident(o, f, 64);
		sg_buf_addch(o, '.');
		put_ident(o, l, 1);
		break;
	default:
		put_ident(o, l, 64);
		put_ident(o, f, 1);
		break;
	}
	sg_buf_addch(o, '@');
	if (at_company)
		company_domain(row_company(row, -1, &tmp), o);
	else
		put(o, fk_mail_domains[p->mail - 1].s);
}

static void username(struct sg_fake_row *row, struct sg_buf *o)
{
	const struct sg_fake_person *p = row_person(row);
	const char *f = first_name(p), *l = last_name(p);

	switch (p->style) {
	case 0:
		put_ident(o, f, 1);
		put_ident(o, l, 64);
		break;
	case 1:
		put_ident(o, f, 64);
		sg_buf_addch(o, '.');
		put_ident(o, l, 64);
		break;
	case 2:
		put_ident(o, f, 64);
		put_ident(o, l, 1);
		put_uint(o, p->num, 2);
		break;
	case 3:
		put_ident(o, f, 64);
		sg_buf_addch(o, '_');
		put_ident(o, l, 64);
		break;
	case 4:
		put_ident(o, l, 64);
		sg_buf_addch(o, '.');
		put_ident(o, f, 1);
		break;
	case 5:
		put_ident(o, f, 64);
		put_uint(o, p->num, 2);
		break;
	case 6:
		put_ident(o, f, 1);
		put_ident(o, l, 64);
		put_uint(o, p->num, 2);
		break;
	default:
		put_ident(o, f, 64);
		put_ident(o, l, 64);
		break;
	}
}

static void phone(struct sg_fake_row *row, struct sg_buf *o)
{
	const struct sg_fake_addr *a = row_addr(row);
	struct sg_rand *r = row->r;
	unsigned area = fk_cities[a->city].area[a->area];
	unsigned exch = 200 + below(r, 800);
	unsigned line = below(r, 10000);

	if (exch == 555 || exch % 100 == 11) /* 555 is fiction's, N11 are service codes */
		exch++;
	if (sg_rand_chance(r, 0.8)) {
		sg_buf_addch(o, '(');
		put_uint(o, area, 3);
		put(o, ") ");
	} else {
		put_uint(o, area, 3);
		sg_buf_addch(o, '-');
	}
	put_uint(o, exch, 3);
	sg_buf_addch(o, '-');
	put_uint(o, line, 4);
}

static void license_number(struct sg_fake_row *row, struct sg_buf *o)
{
	struct sg_fake_company tmp;
	const struct sg_fake_company *c = row_company(row, -1, &tmp);
	struct sg_rand *r = row->r;
	uint32_t n = 1 + below(r, 999999);

	switch (c->kind) {
	case FK_FARM:
		put(o, "CCL");
		put_uint(o, 18 + below(r, 6), 2);
		sg_buf_addch(o, '-');
		put_uint(o, n, 7);
		return;
	case FK_DISPENSARY:
		put(o, sg_rand_chance(r, 0.8) ? "C10-" : "C9-");
		break;
	case FK_DISTRIBUTOR:
		put(o, "C11-");
		break;
	case FK_LAB:
		put(o, "C8-");
		break;
	default:
		put(o, "C7-");
		break;
	}
	put_uint(o, n, 7);
	put(o, "-LIC");
}

static void sku(struct sg_fake_row *row, struct sg_buf *o)
{
	const struct sg_fake_product *p = row_product(row);
	const struct fk_format *f = &fk_formats[p->format];
	const char *src = strstr(f->tmpl, "{strain}") ? fk_strains[p->strain].name
			 : strstr(f->tmpl, "{flavor}") ? fk_flavors[p->flavor]
						       : fk_brands[p->brand];
	int n = 0, word = 1;

	put(o, fk_categories[p->cat].code);
	sg_buf_addch(o, '-');
	/* initials: Blue Dream -> BD, Gorilla Glue #4 -> GG4 */
	for (const char *s = src; *s && n < 4; s++) {
		int alnum = (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
			    (*s >= '0' && *s <= '9');

		if (alnum && word) {
			sg_buf_addch(o, (char)(*s >= 'a' && *s <= 'z' ? *s - 'a' + 'A' : *s));
			n++;
		}
		word = *s == ' ' || (word && !alnum);
	}
	sg_buf_addch(o, '-');
	put_uint(o, p->num, 6);
}

static void slug(struct sg_fake_row *row, struct sg_buf *o)
{
	struct sg_fake_company tmp;
	size_t start = o->len;

	if ((row->have & HAVE_TITLE) || (row->plan & (PLAN_TITLE | PLAN_TASK)))
		row_title(row, !(row->plan & PLAN_TITLE) && (row->plan & PLAN_TASK), o);
	else if ((row->have & HAVE_PRODUCT) || (row->plan & PLAN_PRODUCT))
		product_name(row->r, row_product(row), o);
	else if (row_wants_company(row))
		company_name(row_company(row, -1, &tmp), o);
	else
		row_title(row, 0, o);
	squash(o, start, '-');
}

static void country(struct sg_fake_row *row, int code, struct sg_buf *o)
{
	const char *s = "United States|US", *bar;

	if (!(row->have & HAVE_ADDR) && !(row->plan & PLAN_ADDR))
		s = fk_countries[wpick(&w_country, row->r)].s;
	bar = strchr(s, '|');
	if (code)
		put(o, bar + 1);
	else
		sg_buf_add(o, s, (size_t)(bar - s));
}

static void ip(struct sg_rand *r, struct sg_buf *o)
{
	uint32_t k = below(r, 100);

	if (k < 15) {
		put(o, "10.");
		put_uint(o, below(r, 256), 0);
	} else if (k < 30) {
		put(o, "192.168");
	} else if (k < 35) {
		put(o, "172.");
		put_uint(o, 16 + below(r, 16), 0);
	} else {
		put(o, fk_ip_first_octets[upick(r, fk_ip_first_octets_n)]);
		sg_buf_addch(o, '.');
		put_uint(o, below(r, 256), 0);
	}
	sg_buf_addch(o, '.');
	put_uint(o, k >= 15 && k < 30 ? below(r, 8) : below(r, 256), 0);
	sg_buf_addch(o, '.');
	put_uint(o, 1 + below(r, 254), 0);
}

static void uuid(struct sg_rand *r, struct sg_buf *o)
{
	uint64_t hi = sg_rand_u64(r), lo = sg_rand_u64(r);

	hi = (hi & ~0xF000ULL) | 0x4000ULL;                   /* version 4 */
	lo = (lo & ~(3ULL << 62)) | (2ULL << 62);             /* RFC 4122 variant */
	put_hex(o, hi >> 32, 8);
	sg_buf_addch(o, '-');
	put_hex(o, (hi >> 16) & 0xFFFF, 4);
	sg_buf_addch(o, '-');
	put_hex(o, hi & 0xFFFF, 4);
	sg_buf_addch(o, '-');
	put_hex(o, lo >> 48, 4);
	sg_buf_addch(o, '-');
	put_hex(o, lo & 0xFFFFFFFFFFFFULL, 12);
}

void sg_fake_value(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	struct sg_rand *r = row->r;
	struct sg_fake_company tmp;
	const struct sg_fake_person *p;
	const struct sg_fake_addr *a;
	struct rctx c = { r, NULL, -1, 1 };
	size_t start;

	switch (kind) {
	case SG_FAKE_NONE:
	case SG_FAKE_KIND_COUNT:
		break;
	case SG_FAKE_FIRST_NAME:
		put(o, first_name(row_person(row)));
		break;
	case SG_FAKE_LAST_NAME:
		put(o, last_name(row_person(row)));
		break;
	case SG_FAKE_FULL_NAME:
		p = row_person(row);
		put(o, first_name(p));
		sg_buf_addch(o, ' ');
		put(o, last_name(p));
		break;
	case SG_FAKE_USERNAME:
		username(row, o);
		break;
	case SG_FAKE_EMAIL:
		email(row, o);
		break;
	case SG_FAKE_JOB_TITLE:
		put(o, fk_job_titles[upick(r, fk_job_titles_n)]);
		break;
	case SG_FAKE_PHONE:
		phone(row, o);
		break;
	case SG_FAKE_STREET:
		addr_street(row_addr(row), o);
		break;
	case SG_FAKE_ADDRESS2:
		addr_unit(row_addr(row), o);
		break;
	case SG_FAKE_ADDRESS:
		a = row_addr(row);
		addr_street(a, o);
		if (a->unit) {
			sg_buf_addch(o, ' ');
			addr_unit(a, o);
		}
		put(o, ", ");
		put(o, fk_cities[a->city].name);
		put(o, ", CA ");
		put(o, fk_cities[a->city].zip[a->zip]);
		break;
	case SG_FAKE_CITY:
		put(o, fk_cities[row_addr(row)->city].name);
		break;
	case SG_FAKE_COUNTY:
		put(o, fk_cities[row_addr(row)->city].county);
		break;
	case SG_FAKE_STATE:
		put(o, "CA");
		break;
	case SG_FAKE_ZIP:
		a = row_addr(row);
		put(o, fk_cities[a->city].zip[a->zip]);
		break;
	case SG_FAKE_COUNTRY:
		country(row, 0, o);
		break;
	case SG_FAKE_COUNTRY_CODE:
		country(row, 1, o);
		break;
	case SG_FAKE_TIMEZONE:
		put(o, fk_timezones[wpick(&w_tz, r)].s);
		break;
	case SG_FAKE_COMPANY:
	case SG_FAKE_COMPANY_DISPENSARY:
	case SG_FAKE_COMPANY_FARM:
	case SG_FAKE_COMPANY_DISTRIBUTOR:
	case SG_FAKE_COMPANY_LAB:
	case SG_FAKE_COMPANY_MANUFACTURER:
		company_name(row_company(row, company_kind_of(kind), &tmp), o);
		break;
	case SG_FAKE_BRAND:
		put(o, fk_brands[row_product(row)->brand]);
		break;
	case SG_FAKE_LICENSE_NUMBER:
		license_number(row, o);
		break;
	case SG_FAKE_TAX_ID:
		put(o, fk_ein_prefixes[upick(r, fk_ein_prefixes_n)]);
		sg_buf_addch(o, '-');
		put_uint(o, below(r, 10000000), 7);
		break;
	case SG_FAKE_BANK_NAME:
		put(o, fk_banks[upick(r, fk_banks_n)]);
		break;
	case SG_FAKE_URL:
		put(o, sg_rand_chance(r, 0.6) ? "https://www." : "https://");
		company_domain(row_company(row, -1, &tmp), o);
		if (sg_rand_chance(r, 0.15)) {
			sg_buf_addch(o, '/');
			put(o, fk_url_paths[upick(r, fk_url_paths_n)]);
		}
		break;
	case SG_FAKE_IMAGE_URL:
		put(o, "https://cdn.");
		company_domain(row_company(row, -1, &tmp), o);
		put(o, "/images/");
		if (row->have & HAVE_PRODUCT) {
			start = o->len;
			product_name(r, &row->product, o);
			squash(o, start, '-');
			sg_buf_addch(o, '-');
		}
		put_hex(o, sg_rand_u32(r), 8);
		put(o, sg_rand_chance(r, 0.8) ? ".jpg" : ".png");
		break;
	case SG_FAKE_DOMAIN:
		company_domain(row_company(row, -1, &tmp), o);
		break;
	case SG_FAKE_SLUG:
		slug(row, o);
		break;
	case SG_FAKE_IP:
		ip(r, o);
		break;
	case SG_FAKE_USER_AGENT:
		put(o, fk_user_agents[upick(r, fk_user_agents_n)]);
		break;
	case SG_FAKE_TITLE:
		row_title(row, 0, o);
		break;
	case SG_FAKE_TASK_TITLE:
		row_title(row, 1, o);
		break;
	case SG_FAKE_SENTENCE:
		if (sg_rand_chance(r, 0.5))
			render_one(r, fk_notes, fk_notes_n, o);
		else
			comment(r, NULL, o);
		break;
	case SG_FAKE_NOTES: {
		size_t i = upick(r, fk_notes_n);

		render(&c, fk_notes[i], o);
		if (sg_rand_chance(r, 0.35)) {
			size_t j = upick(r, fk_notes_n - 1);

			sg_buf_addch(o, ' ');
			render(&c, fk_notes[j >= i ? j + 1 : j], o);
		}
		break;
	}
	case SG_FAKE_DESCRIPTION:
		render_one(r, fk_descriptions, fk_descriptions_n, o);
		if (sg_rand_chance(r, 0.3)) {
			sg_buf_addch(o, ' ');
			render_one(r, fk_description_tails, fk_description_tails_n, o);
		}
		break;
	case SG_FAKE_COMMENT:
		comment(r, NULL, o);
		break;
	case SG_FAKE_REASON:
		put(o, fk_reasons[upick(r, fk_reasons_n)]);
		break;
	case SG_FAKE_PRODUCT_NAME:
		product_name(r, row_product(row), o);
		break;
	case SG_FAKE_PRODUCT_DESCRIPTION:
		c.prod = row_product(row);
		render(&c, fk_product_descriptions[upick(r, fk_product_descriptions_n)], o);
		break;
	case SG_FAKE_STRAIN:
		put(o, fk_strains[row_product(row)->strain].name);
		break;
	case SG_FAKE_STRAIN_TYPE: {
		char t = fk_strains[row_product(row)->strain].type;

		put(o, t == 'I' ? "Indica" : t == 'S' ? "Sativa" : "Hybrid");
		break;
	}
	case SG_FAKE_CATEGORY:
		put(o, fk_categories[row_product(row)->cat].name);
		break;
	case SG_FAKE_SUBCATEGORY:
		put(o, fk_formats[row_product(row)->format].sub);
		break;
	case SG_FAKE_SKU:
		sku(row, o);
		break;
	case SG_FAKE_BATCH_CODE:
		put(o, "B-");
		put_uint(o, 10000 + below(r, 90000), 0);
		break;
	case SG_FAKE_INVOICE_NUMBER:
		put(o, "INV-");
		put_uint(o, below(r, 1000000), 6);
		break;
	case SG_FAKE_ORDER_NUMBER:
		put(o, "SO-");
		put_uint(o, 100000 + below(r, 900000), 0);
		break;
	case SG_FAKE_PO_NUMBER:
		put(o, "PO-");
		put_uint(o, 10000 + below(r, 90000), 0);
		break;
	case SG_FAKE_TRACKING_NUMBER:
		if (sg_rand_chance(r, 0.5)) {
			static const char an[] = "0123456789ABCDEFGHJKLMNPRSTUVWXY";

			put(o, "1Z");
			for (int i = 0; i < 6; i++)
				sg_buf_addch(o, an[below(r, 32)]);
			put(o, "03");
			put_uint(o, below(r, 100000000), 8);
		} else {
			put_uint(o, 100000 + below(r, 900000), 6);
			put_uint(o, below(r, 1000000), 6);
		}
		break;
	case SG_FAKE_CARRIER:
		if (sg_rand_chance(r, 0.3))
			fresh_company(r, FK_DISTRIBUTOR, o);
		else
			put(o, fk_carriers[upick(r, fk_carriers_n)]);
		break;
	case SG_FAKE_PAYMENT_TERMS:
		put(o, fk_payment_terms[wpick(&w_terms, r)].s);
		break;
	case SG_FAKE_PAYMENT_METHOD:
		put(o, fk_payment_methods[wpick(&w_paymethod, r)].s);
		break;
	case SG_FAKE_FILENAME:
	case SG_FAKE_MIME_TYPE:
		if (!(row->have & HAVE_FILE)) {
			row->file = (uint8_t)upick(r, fk_files_n);
			row->have |= HAVE_FILE;
		}
		c.sentence = 0;
		if (kind == SG_FAKE_MIME_TYPE)
			put(o, fk_files[row->file].mime);
		else
			render(&c, fk_files[row->file].tmpl, o);
		break;
	case SG_FAKE_COLOR:
		if (sg_rand_chance(r, 0.75))
			put(o, fk_colors[upick(r, fk_colors_n)]);
		else {
			sg_buf_addch(o, '#');
			put_hex(o, below(r, 1u << 24), 6);
		}
		break;
	case SG_FAKE_CURRENCY:
		put(o, fk_currencies[wpick(&w_currency, r)].s);
		break;
	case SG_FAKE_UUID:
		uuid(r, o);
		break;
	case SG_FAKE_HEX_TOKEN:
		put_hex(o, sg_rand_u64(r), 16);
		put_hex(o, sg_rand_u64(r), 16);
		break;
	}
}

/* ---- comments for an entity type -------------------------------------------- */

#define MIX(t1, p1, t2, p2, t3, p3) { { t1, t2, t3 }, { p1, p2, p3 } }

static const struct {
	const char *word;
	struct topic_mix mix;
} entity_topics[] = {
	{ "order", MIX(FK_T_ORDER, 70, FK_T_DELIVERY, 20, FK_T_GENERAL, 10) },
	{ "client", MIX(FK_T_CLIENT, 80, FK_T_INVOICE, 10, FK_T_GENERAL, 10) },
	{ "customer", MIX(FK_T_CLIENT, 80, FK_T_INVOICE, 10, FK_T_GENERAL, 10) },
	{ "account", MIX(FK_T_CLIENT, 80, FK_T_INVOICE, 10, FK_T_GENERAL, 10) },
	{ "dispensary", MIX(FK_T_CLIENT, 80, FK_T_ORDER, 10, FK_T_GENERAL, 10) },
	{ "batch", MIX(FK_T_BATCH, 70, FK_T_COMPLIANCE, 20, FK_T_INVENTORY, 10) },
	{ "lot", MIX(FK_T_BATCH, 70, FK_T_COMPLIANCE, 20, FK_T_INVENTORY, 10) },
	{ "harvest", MIX(FK_T_BATCH, 80, FK_T_COMPLIANCE, 20, FK_T_GENERAL, 0) },
	{ "invoice", MIX(FK_T_INVOICE, 85, FK_T_GENERAL, 15, FK_T_GENERAL, 0) },
	{ "bill", MIX(FK_T_INVOICE, 85, FK_T_GENERAL, 15, FK_T_GENERAL, 0) },
	{ "payment", MIX(FK_T_INVOICE, 85, FK_T_GENERAL, 15, FK_T_GENERAL, 0) },
	{ "product", MIX(FK_T_PRODUCT, 70, FK_T_INVENTORY, 25, FK_T_GENERAL, 5) },
	{ "sku", MIX(FK_T_PRODUCT, 70, FK_T_INVENTORY, 25, FK_T_GENERAL, 5) },
	{ "item", MIX(FK_T_PRODUCT, 70, FK_T_INVENTORY, 25, FK_T_GENERAL, 5) },
	{ "strain", MIX(FK_T_PRODUCT, 80, FK_T_BATCH, 20, FK_T_GENERAL, 0) },
	{ "po", MIX(FK_T_PO, 80, FK_T_DELIVERY, 10, FK_T_GENERAL, 10) },
	{ "vendor", MIX(FK_T_PO, 60, FK_T_COMPLIANCE, 20, FK_T_GENERAL, 20) },
	{ "supplier", MIX(FK_T_PO, 60, FK_T_COMPLIANCE, 20, FK_T_GENERAL, 20) },
	{ "delivery", MIX(FK_T_DELIVERY, 80, FK_T_ORDER, 20, FK_T_GENERAL, 0) },
	{ "shipment", MIX(FK_T_DELIVERY, 80, FK_T_ORDER, 20, FK_T_GENERAL, 0) },
	{ "transfer", MIX(FK_T_DELIVERY, 80, FK_T_INVENTORY, 20, FK_T_GENERAL, 0) },
	{ "manifest", MIX(FK_T_DELIVERY, 70, FK_T_COMPLIANCE, 30, FK_T_GENERAL, 0) },
	{ "inventory", MIX(FK_T_INVENTORY, 80, FK_T_PRODUCT, 20, FK_T_GENERAL, 0) },
	{ "stock", MIX(FK_T_INVENTORY, 80, FK_T_PRODUCT, 20, FK_T_GENERAL, 0) },
	{ "license", MIX(FK_T_COMPLIANCE, 90, FK_T_GENERAL, 10, FK_T_GENERAL, 0) },
	{ "permit", MIX(FK_T_COMPLIANCE, 90, FK_T_GENERAL, 10, FK_T_GENERAL, 0) },
	{ "compliance", MIX(FK_T_COMPLIANCE, 90, FK_T_GENERAL, 10, FK_T_GENERAL, 0) },
};
static const struct topic_mix po_mix = MIX(FK_T_PO, 80, FK_T_DELIVERY, 10, FK_T_GENERAL, 10);

#define MAXWORDS 8
#define WORDLEN 24

struct words {
	int n;
	char w[MAXWORDS][WORDLEN];
};

static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Splits an identifier into lowercase words at separators, digit runs and
 * camel humps ("IPAddress" -> ip address). Keeps the last MAXWORDS words. */
static void split_words(const char *s, struct words *ws)
{
	size_t len = 0;

	ws->n = 0;
	for (size_t i = 0; s && s[i]; i++) {
		char ch = s[i], prev = i ? s[i - 1] : 0, next = s[i + 1];
		int alnum = is_lower(ch) || is_upper(ch) || is_digit(ch);
		int brk = 0;

		if (!alnum) {
			len = 0;
			continue;
		}
		if (len) {
			brk = (is_upper(ch) && (is_lower(prev) || is_digit(prev))) ||
			      (is_upper(ch) && is_upper(prev) && is_lower(next)) ||
			      (is_digit(ch) != is_digit(prev));
		}
		if (!len || brk) {
			if (ws->n == MAXWORDS) {
				memmove(ws->w[0], ws->w[1], sizeof(ws->w[0]) * (MAXWORDS - 1));
				ws->n--;
			}
			ws->n++;
			len = 0;
		}
		if (len < WORDLEN - 1) {
			ws->w[ws->n - 1][len++] = is_upper(ch) ? (char)(ch - 'A' + 'a') : ch;
			ws->w[ws->n - 1][len] = '\0';
		}
	}
}

/* categories -> category, batches -> batch, addresses -> address, people -> person */
static void singular(char *w)
{
	size_t n = strlen(w);

	if (!strcmp(w, "people")) {
		strcpy(w, "person");
		return;
	}
	if (n > 3 && !strcmp(w + n - 3, "ies")) {
		strcpy(w + n - 3, "y");
		return;
	}
	if (n > 4 && (!strcmp(w + n - 4, "sses") || !strcmp(w + n - 4, "ches") ||
		      !strcmp(w + n - 4, "shes") || !strcmp(w + n - 4, "uses"))) {
		w[n - 2] = '\0';
		return;
	}
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u')
		w[n - 1] = '\0';
}

void sg_fake_comment_for(struct sg_fake_row *row, const char *entity_type, struct sg_buf *out)
{
	struct words ws;
	const struct topic_mix *mix = NULL;
	const char *t = entity_type;

	/* App\Models\PurchaseOrder, orders.Order: the last component */
	for (const char *s = entity_type; s && *s; s++)
		if (*s == '\\' || *s == '.' || *s == ':' || *s == '/')
			t = s + 1;
	split_words(t, &ws);
	if (ws.n) {
		char *last = ws.w[ws.n - 1];

		singular(last);
		if (!strcmp(last, "order") && ws.n > 1 && !strcmp(ws.w[ws.n - 2], "purchase"))
			mix = &po_mix;
		for (size_t i = 0; !mix && i < FK_COUNT(entity_topics); i++)
			if (!strcmp(last, entity_topics[i].word))
				mix = &entity_topics[i].mix;
	}
	comment(row->r, mix, out);
}

/* ---- column classifier --------------------------------------------------------- */

/*
 * The rule: a pattern (one to four words) matches when it equals the LAST
 * words of the column name; of all matching patterns the longest wins, so
 * "ip address" beats "address" and "error message" (NONE) beats "message".
 * Nothing matches on a word that is not last: emailVerified is not an email.
 */
static const struct {
	const char *pattern;
	enum sg_fake_kind kind;
} column_rules[] = {
	{ "first name", SG_FAKE_FIRST_NAME }, { "firstname", SG_FAKE_FIRST_NAME },
	{ "given name", SG_FAKE_FIRST_NAME }, { "fname", SG_FAKE_FIRST_NAME },
	{ "forename", SG_FAKE_FIRST_NAME },
	{ "last name", SG_FAKE_LAST_NAME }, { "lastname", SG_FAKE_LAST_NAME },
	{ "family name", SG_FAKE_LAST_NAME }, { "surname", SG_FAKE_LAST_NAME },
	{ "lname", SG_FAKE_LAST_NAME },
	{ "full name", SG_FAKE_FULL_NAME }, { "fullname", SG_FAKE_FULL_NAME },
	{ "contact name", SG_FAKE_FULL_NAME }, { "contact", SG_FAKE_FULL_NAME },
	{ "display name", SG_FAKE_FULL_NAME }, { "displayname", SG_FAKE_FULL_NAME },
	{ "person name", SG_FAKE_FULL_NAME }, { "owner name", SG_FAKE_FULL_NAME },
	{ "employee name", SG_FAKE_FULL_NAME }, { "author", SG_FAKE_FULL_NAME },
	{ "author name", SG_FAKE_FULL_NAME }, { "recipient name", SG_FAKE_FULL_NAME },
	{ "driver name", SG_FAKE_FULL_NAME }, { "manager name", SG_FAKE_FULL_NAME },
	{ "rep name", SG_FAKE_FULL_NAME }, { "sales rep", SG_FAKE_FULL_NAME },
	{ "buyer name", SG_FAKE_FULL_NAME }, { "signer name", SG_FAKE_FULL_NAME },
	{ "assignee name", SG_FAKE_FULL_NAME }, { "requester name", SG_FAKE_FULL_NAME },
	{ "username", SG_FAKE_USERNAME }, { "user name", SG_FAKE_USERNAME },
	{ "login", SG_FAKE_USERNAME }, { "handle", SG_FAKE_USERNAME },
	{ "screen name", SG_FAKE_USERNAME },
	{ "email", SG_FAKE_EMAIL }, { "e mail", SG_FAKE_EMAIL },
	{ "email address", SG_FAKE_EMAIL }, { "emailaddress", SG_FAKE_EMAIL },
	{ "emailed to", SG_FAKE_EMAIL }, { "sms sent to", SG_FAKE_PHONE },
	{ "external name", SG_FAKE_FULL_NAME }, { "guest name", SG_FAKE_FULL_NAME },
	{ "job title", SG_FAKE_JOB_TITLE }, { "jobtitle", SG_FAKE_JOB_TITLE },
	{ "occupation", SG_FAKE_JOB_TITLE },
	{ "phone", SG_FAKE_PHONE }, { "phone number", SG_FAKE_PHONE },
	{ "phonenumber", SG_FAKE_PHONE }, { "telephone", SG_FAKE_PHONE },
	{ "tel", SG_FAKE_PHONE }, { "mobile", SG_FAKE_PHONE },
	{ "mobile number", SG_FAKE_PHONE }, { "cell", SG_FAKE_PHONE },
	{ "cellphone", SG_FAKE_PHONE }, { "cell number", SG_FAKE_PHONE },
	{ "fax", SG_FAKE_PHONE }, { "fax number", SG_FAKE_PHONE },
	{ "contact number", SG_FAKE_PHONE },
	{ "street", SG_FAKE_STREET }, { "street address", SG_FAKE_STREET },
	{ "streetaddress", SG_FAKE_STREET }, { "address 1", SG_FAKE_STREET },
	{ "address line 1", SG_FAKE_STREET }, { "address line", SG_FAKE_STREET },
	{ "addr 1", SG_FAKE_STREET }, { "line 1", SG_FAKE_STREET },
	{ "street 1", SG_FAKE_STREET },
	{ "address 2", SG_FAKE_ADDRESS2 }, { "address line 2", SG_FAKE_ADDRESS2 },
	{ "addr 2", SG_FAKE_ADDRESS2 }, { "line 2", SG_FAKE_ADDRESS2 },
	{ "street 2", SG_FAKE_ADDRESS2 }, { "suite", SG_FAKE_ADDRESS2 },
	{ "apartment", SG_FAKE_ADDRESS2 }, { "apt", SG_FAKE_ADDRESS2 },
	{ "address", SG_FAKE_ADDRESS }, { "addr", SG_FAKE_ADDRESS },
	{ "city", SG_FAKE_CITY }, { "town", SG_FAKE_CITY }, { "city name", SG_FAKE_CITY },
	{ "county", SG_FAKE_COUNTY },
	{ "state", SG_FAKE_STATE }, { "state code", SG_FAKE_STATE },
	{ "province", SG_FAKE_STATE },
	{ "zip", SG_FAKE_ZIP }, { "zip code", SG_FAKE_ZIP }, { "zipcode", SG_FAKE_ZIP },
	{ "postal code", SG_FAKE_ZIP }, { "postalcode", SG_FAKE_ZIP },
	{ "postcode", SG_FAKE_ZIP }, { "post code", SG_FAKE_ZIP },
	{ "country", SG_FAKE_COUNTRY }, { "country name", SG_FAKE_COUNTRY },
	{ "country code", SG_FAKE_COUNTRY_CODE }, { "country iso", SG_FAKE_COUNTRY_CODE },
	{ "timezone", SG_FAKE_TIMEZONE }, { "time zone", SG_FAKE_TIMEZONE },
	{ "tz", SG_FAKE_TIMEZONE },
	{ "company", SG_FAKE_COMPANY }, { "company name", SG_FAKE_COMPANY },
	{ "companyname", SG_FAKE_COMPANY }, { "business", SG_FAKE_COMPANY },
	{ "business name", SG_FAKE_COMPANY }, { "legal name", SG_FAKE_COMPANY },
	{ "vendor", SG_FAKE_COMPANY }, { "vendor name", SG_FAKE_COMPANY },
	{ "supplier", SG_FAKE_COMPANY }, { "supplier name", SG_FAKE_COMPANY },
	{ "client name", SG_FAKE_COMPANY }, { "customer name", SG_FAKE_COMPANY },
	{ "customer", SG_FAKE_COMPANY }, { "organization", SG_FAKE_COMPANY },
	{ "organization name", SG_FAKE_COMPANY }, { "organisation", SG_FAKE_COMPANY },
	{ "org name", SG_FAKE_COMPANY }, { "dba", SG_FAKE_COMPANY },
	{ "dba name", SG_FAKE_COMPANY }, { "trade name", SG_FAKE_COMPANY },
	{ "employer", SG_FAKE_COMPANY }, { "payee", SG_FAKE_COMPANY },
	{ "payee name", SG_FAKE_COMPANY }, { "partner name", SG_FAKE_COMPANY },
	{ "dispensary", SG_FAKE_COMPANY_DISPENSARY },
	{ "dispensary name", SG_FAKE_COMPANY_DISPENSARY },
	{ "retailer", SG_FAKE_COMPANY_DISPENSARY },
	{ "retailer name", SG_FAKE_COMPANY_DISPENSARY },
	{ "store name", SG_FAKE_COMPANY_DISPENSARY },
	{ "farm", SG_FAKE_COMPANY_FARM }, { "farm name", SG_FAKE_COMPANY_FARM },
	{ "grower", SG_FAKE_COMPANY_FARM }, { "grower name", SG_FAKE_COMPANY_FARM },
	{ "cultivator", SG_FAKE_COMPANY_FARM },
	{ "cultivator name", SG_FAKE_COMPANY_FARM },
	{ "distributor", SG_FAKE_COMPANY_DISTRIBUTOR },
	{ "distributor name", SG_FAKE_COMPANY_DISTRIBUTOR },
	{ "lab", SG_FAKE_COMPANY_LAB }, { "lab name", SG_FAKE_COMPANY_LAB },
	{ "laboratory", SG_FAKE_COMPANY_LAB }, { "testing lab", SG_FAKE_COMPANY_LAB },
	{ "manufacturer", SG_FAKE_COMPANY_MANUFACTURER },
	{ "manufacturer name", SG_FAKE_COMPANY_MANUFACTURER },
	{ "brand", SG_FAKE_BRAND }, { "brand name", SG_FAKE_BRAND },
	{ "license", SG_FAKE_LICENSE_NUMBER }, { "license number", SG_FAKE_LICENSE_NUMBER },
	{ "license no", SG_FAKE_LICENSE_NUMBER }, { "license num", SG_FAKE_LICENSE_NUMBER },
	{ "licence", SG_FAKE_LICENSE_NUMBER }, { "licence number", SG_FAKE_LICENSE_NUMBER },
	{ "licensenumber", SG_FAKE_LICENSE_NUMBER },
	{ "tax id", SG_FAKE_TAX_ID }, { "ein", SG_FAKE_TAX_ID }, { "tin", SG_FAKE_TAX_ID },
	{ "tax number", SG_FAKE_TAX_ID },
	{ "bank", SG_FAKE_BANK_NAME }, { "bank name", SG_FAKE_BANK_NAME },
	{ "url", SG_FAKE_URL }, { "website", SG_FAKE_URL }, { "web site", SG_FAKE_URL },
	{ "homepage", SG_FAKE_URL }, { "home page", SG_FAKE_URL }, { "link", SG_FAKE_URL },
	{ "href", SG_FAKE_URL }, { "uri", SG_FAKE_URL },
	{ "image url", SG_FAKE_IMAGE_URL }, { "avatar url", SG_FAKE_IMAGE_URL },
	{ "avatar", SG_FAKE_IMAGE_URL }, { "photo url", SG_FAKE_IMAGE_URL },
	{ "picture url", SG_FAKE_IMAGE_URL }, { "thumbnail url", SG_FAKE_IMAGE_URL },
	{ "logo url", SG_FAKE_IMAGE_URL }, { "icon url", SG_FAKE_IMAGE_URL },
	{ "img url", SG_FAKE_IMAGE_URL }, { "cover url", SG_FAKE_IMAGE_URL },
	{ "banner url", SG_FAKE_IMAGE_URL }, { "image", SG_FAKE_IMAGE_URL },
	{ "photo", SG_FAKE_IMAGE_URL }, { "thumbnail", SG_FAKE_IMAGE_URL },
	{ "logo", SG_FAKE_IMAGE_URL }, { "picture", SG_FAKE_IMAGE_URL },
	{ "domain", SG_FAKE_DOMAIN }, { "domain name", SG_FAKE_DOMAIN },
	{ "hostname", SG_FAKE_DOMAIN },
	{ "slug", SG_FAKE_SLUG }, { "permalink", SG_FAKE_SLUG },
	{ "ip", SG_FAKE_IP }, { "ip address", SG_FAKE_IP }, { "ipaddress", SG_FAKE_IP },
	{ "ip addr", SG_FAKE_IP }, { "ipv 4", SG_FAKE_IP },
	{ "user agent", SG_FAKE_USER_AGENT }, { "useragent", SG_FAKE_USER_AGENT },
	{ "title", SG_FAKE_TITLE }, { "subject", SG_FAKE_TITLE },
	{ "headline", SG_FAKE_TITLE }, { "heading", SG_FAKE_TITLE },
	{ "task title", SG_FAKE_TASK_TITLE }, { "task name", SG_FAKE_TASK_TITLE },
	{ "todo title", SG_FAKE_TASK_TITLE }, { "todo name", SG_FAKE_TASK_TITLE },
	{ "text", SG_FAKE_SENTENCE }, { "caption", SG_FAKE_SENTENCE },
	{ "tagline", SG_FAKE_SENTENCE }, { "resolution", SG_FAKE_SENTENCE },
	{ "notes", SG_FAKE_NOTES }, { "note", SG_FAKE_NOTES }, { "remarks", SG_FAKE_NOTES },
	{ "remark", SG_FAKE_NOTES }, { "memo", SG_FAKE_NOTES },
	{ "instructions", SG_FAKE_NOTES },
	{ "description", SG_FAKE_DESCRIPTION }, { "desc", SG_FAKE_DESCRIPTION },
	{ "summary", SG_FAKE_DESCRIPTION }, { "details", SG_FAKE_DESCRIPTION },
	{ "bio", SG_FAKE_DESCRIPTION }, { "about", SG_FAKE_DESCRIPTION },
	{ "overview", SG_FAKE_DESCRIPTION },
	{ "comment", SG_FAKE_COMMENT }, { "comments", SG_FAKE_COMMENT },
	{ "content", SG_FAKE_COMMENT }, { "body", SG_FAKE_COMMENT },
	{ "message", SG_FAKE_COMMENT }, { "msg", SG_FAKE_COMMENT },
	{ "feedback", SG_FAKE_COMMENT }, { "reply", SG_FAKE_COMMENT },
	{ "reason", SG_FAKE_REASON }, { "cause", SG_FAKE_REASON },
	{ "product name", SG_FAKE_PRODUCT_NAME }, { "productname", SG_FAKE_PRODUCT_NAME },
	{ "product", SG_FAKE_PRODUCT_NAME }, { "item name", SG_FAKE_PRODUCT_NAME },
	{ "product display name", SG_FAKE_PRODUCT_NAME },
	{ "product title", SG_FAKE_PRODUCT_NAME }, { "listing name", SG_FAKE_PRODUCT_NAME },
	{ "product description", SG_FAKE_PRODUCT_DESCRIPTION },
	{ "item description", SG_FAKE_PRODUCT_DESCRIPTION },
	{ "strain", SG_FAKE_STRAIN }, { "strain name", SG_FAKE_STRAIN },
	{ "strainname", SG_FAKE_STRAIN }, { "cultivar", SG_FAKE_STRAIN },
	{ "genetics", SG_FAKE_STRAIN },
	{ "strain type", SG_FAKE_STRAIN_TYPE },
	{ "category", SG_FAKE_CATEGORY }, { "category name", SG_FAKE_CATEGORY },
	{ "categoryname", SG_FAKE_CATEGORY },
	{ "subcategory", SG_FAKE_SUBCATEGORY }, { "sub category", SG_FAKE_SUBCATEGORY },
	{ "subcategory name", SG_FAKE_SUBCATEGORY },
	{ "sku", SG_FAKE_SKU }, { "sku code", SG_FAKE_SKU }, { "product code", SG_FAKE_SKU },
	{ "sku number", SG_FAKE_SKU },
	{ "batch code", SG_FAKE_BATCH_CODE }, { "batch number", SG_FAKE_BATCH_CODE },
	{ "batch no", SG_FAKE_BATCH_CODE }, { "lot number", SG_FAKE_BATCH_CODE },
	{ "lot code", SG_FAKE_BATCH_CODE }, { "lot", SG_FAKE_BATCH_CODE },
	{ "batch", SG_FAKE_BATCH_CODE },
	{ "invoice number", SG_FAKE_INVOICE_NUMBER }, { "invoice no", SG_FAKE_INVOICE_NUMBER },
	{ "invoice num", SG_FAKE_INVOICE_NUMBER }, { "invoice", SG_FAKE_INVOICE_NUMBER },
	{ "order number", SG_FAKE_ORDER_NUMBER }, { "order no", SG_FAKE_ORDER_NUMBER },
	{ "order num", SG_FAKE_ORDER_NUMBER },
	{ "po number", SG_FAKE_PO_NUMBER }, { "po no", SG_FAKE_PO_NUMBER },
	{ "po", SG_FAKE_PO_NUMBER }, { "purchase order number", SG_FAKE_PO_NUMBER },
	{ "tracking number", SG_FAKE_TRACKING_NUMBER }, { "tracking", SG_FAKE_TRACKING_NUMBER },
	{ "tracking code", SG_FAKE_TRACKING_NUMBER }, { "tracking no", SG_FAKE_TRACKING_NUMBER },
	{ "payment terms", SG_FAKE_PAYMENT_TERMS }, { "terms", SG_FAKE_PAYMENT_TERMS },
	{ "payment method", SG_FAKE_PAYMENT_METHOD }, { "pay method", SG_FAKE_PAYMENT_METHOD },
	{ "carrier", SG_FAKE_CARRIER }, { "carrier name", SG_FAKE_CARRIER },
	{ "courier", SG_FAKE_CARRIER }, { "shipper", SG_FAKE_CARRIER },
	{ "filename", SG_FAKE_FILENAME }, { "file name", SG_FAKE_FILENAME },
	{ "document name", SG_FAKE_FILENAME }, { "attachment name", SG_FAKE_FILENAME },
	{ "mime type", SG_FAKE_MIME_TYPE }, { "mimetype", SG_FAKE_MIME_TYPE },
	{ "content type", SG_FAKE_MIME_TYPE }, { "media type", SG_FAKE_MIME_TYPE },
	{ "file type", SG_FAKE_MIME_TYPE },
	{ "color", SG_FAKE_COLOR }, { "colour", SG_FAKE_COLOR },
	{ "color code", SG_FAKE_COLOR }, { "colour code", SG_FAKE_COLOR },
	{ "color hex", SG_FAKE_COLOR }, { "hex color", SG_FAKE_COLOR },
	{ "currency", SG_FAKE_CURRENCY }, { "currency code", SG_FAKE_CURRENCY },
	{ "currencycode", SG_FAKE_CURRENCY }, { "currency iso", SG_FAKE_CURRENCY },
	{ "uuid", SG_FAKE_UUID }, { "guid", SG_FAKE_UUID },
	{ "token", SG_FAKE_HEX_TOKEN }, { "hash", SG_FAKE_HEX_TOKEN },
	{ "api key", SG_FAKE_HEX_TOKEN }, { "secret", SG_FAKE_HEX_TOKEN },
	{ "nonce", SG_FAKE_HEX_TOKEN }, { "checksum", SG_FAKE_HEX_TOKEN },
	{ "digest", SG_FAKE_HEX_TOKEN }, { "sha", SG_FAKE_HEX_TOKEN },
	{ "idempotency key", SG_FAKE_HEX_TOKEN },
	/* look-alikes that are something else */
	{ "password", SG_FAKE_NONE }, { "password hash", SG_FAKE_NONE },
	{ "password digest", SG_FAKE_NONE }, { "wallet address", SG_FAKE_NONE },
	{ "error message", SG_FAKE_NONE }, { "commit message", SG_FAKE_NONE },
	{ "mac address", SG_FAKE_NONE }, { "state machine", SG_FAKE_NONE },
};

/* Number of pattern words when pattern equals the last words of ws, else 0. */
static int rule_match(const char *pattern, const struct words *ws)
{
	const char *pw[4];
	size_t pl[4];
	int k = 0;

	for (const char *s = pattern; *s && k < 4;) {
		const char *e = strchr(s, ' ');
		size_t l = e ? (size_t)(e - s) : strlen(s);

		pw[k] = s;
		pl[k++] = l;
		s += l;
		while (*s == ' ')
			s++;
	}
	if (k > ws->n)
		return 0;
	for (int i = 0; i < k; i++) {
		const char *w = ws->w[ws->n - k + i];

		if (strlen(w) != pl[i] || memcmp(w, pw[i], pl[i]))
			return 0;
	}
	return k;
}

static enum sg_fake_kind classify(const struct words *ws)
{
	enum sg_fake_kind best = SG_FAKE_NONE;
	int best_k = 0;

	for (size_t i = 0; i < FK_COUNT(column_rules); i++) {
		int k = rule_match(column_rules[i].pattern, ws);

		if (k > best_k) {
			best_k = k;
			best = column_rules[i].kind;
		}
	}
	return best;
}

enum sg_fake_kind sg_fake_kind_for_column(const char *column_name)
{
	struct words ws;

	split_words(column_name, &ws);
	return classify(&ws);
}

/* What a bare "name" column holds in a table named after this word. */
static const struct {
	const char *word;
	enum sg_fake_kind kind;
} table_rules[] = {
	{ "user", SG_FAKE_FULL_NAME }, { "employee", SG_FAKE_FULL_NAME },
	{ "member", SG_FAKE_FULL_NAME }, { "contact", SG_FAKE_FULL_NAME },
	{ "person", SG_FAKE_FULL_NAME }, { "author", SG_FAKE_FULL_NAME },
	{ "driver", SG_FAKE_FULL_NAME }, { "staff", SG_FAKE_FULL_NAME },
	{ "rep", SG_FAKE_FULL_NAME }, { "buyer", SG_FAKE_FULL_NAME },
	{ "admin", SG_FAKE_FULL_NAME }, { "participant", SG_FAKE_FULL_NAME },
	{ "attendee", SG_FAKE_FULL_NAME }, { "recipient", SG_FAKE_FULL_NAME },
	{ "assignee", SG_FAKE_FULL_NAME }, { "customer", SG_FAKE_COMPANY },
	{ "client", SG_FAKE_COMPANY }, { "vendor", SG_FAKE_COMPANY },
	{ "supplier", SG_FAKE_COMPANY }, { "company", SG_FAKE_COMPANY },
	{ "organization", SG_FAKE_COMPANY }, { "org", SG_FAKE_COMPANY },
	{ "partner", SG_FAKE_COMPANY }, { "business", SG_FAKE_COMPANY },
	{ "merchant", SG_FAKE_COMPANY }, { "payee", SG_FAKE_COMPANY },
	{ "dispensary", SG_FAKE_COMPANY_DISPENSARY }, { "retailer", SG_FAKE_COMPANY_DISPENSARY },
	{ "store", SG_FAKE_COMPANY_DISPENSARY }, { "shop", SG_FAKE_COMPANY_DISPENSARY },
	{ "farm", SG_FAKE_COMPANY_FARM }, { "grower", SG_FAKE_COMPANY_FARM },
	{ "cultivator", SG_FAKE_COMPANY_FARM }, { "distributor", SG_FAKE_COMPANY_DISTRIBUTOR },
	{ "lab", SG_FAKE_COMPANY_LAB }, { "laboratory", SG_FAKE_COMPANY_LAB },
	{ "manufacturer", SG_FAKE_COMPANY_MANUFACTURER },
	{ "processor", SG_FAKE_COMPANY_MANUFACTURER }, { "brand", SG_FAKE_BRAND },
	{ "product", SG_FAKE_PRODUCT_NAME }, { "sku", SG_FAKE_PRODUCT_NAME }, { "listing", SG_FAKE_PRODUCT_NAME },
	{ "variant", SG_FAKE_PRODUCT_NAME }, { "strain", SG_FAKE_STRAIN },
	{ "cultivar", SG_FAKE_STRAIN }, { "category", SG_FAKE_CATEGORY },
	{ "subcategory", SG_FAKE_SUBCATEGORY }, { "task", SG_FAKE_TASK_TITLE },
	{ "todo", SG_FAKE_TASK_TITLE }, { "bank", SG_FAKE_BANK_NAME },
	{ "city", SG_FAKE_CITY }, { "county", SG_FAKE_COUNTY }, { "country", SG_FAKE_COUNTRY },
	/* words that end the search: the name is a plain title */
	{ "list", SG_FAKE_TITLE }, { "note", SG_FAKE_TITLE }, { "event", SG_FAKE_TITLE },
	{ "calendar", SG_FAKE_TITLE }, { "template", SG_FAKE_TITLE }, { "rule", SG_FAKE_TITLE },
	{ "view", SG_FAKE_TITLE }, { "setting", SG_FAKE_TITLE }, { "type", SG_FAKE_TITLE },
	{ "status", SG_FAKE_TITLE }, { "tier", SG_FAKE_TITLE }, { "role", SG_FAKE_TITLE },
	{ "permission", SG_FAKE_TITLE }, { "group", SG_FAKE_TITLE }, { "tag", SG_FAKE_TITLE },
	{ "location", SG_FAKE_TITLE }, { "site", SG_FAKE_TITLE }, { "room", SG_FAKE_TITLE },
	{ "zone", SG_FAKE_TITLE }, { "report", SG_FAKE_TITLE }, { "widget", SG_FAKE_TITLE },
	{ "flag", SG_FAKE_TITLE }, { "session", SG_FAKE_TITLE }, { "account", SG_FAKE_TITLE },
	{ "grade", SG_FAKE_TITLE }, { "image", SG_FAKE_TITLE }, { "media", SG_FAKE_TITLE },
	{ "photo", SG_FAKE_TITLE }, { "price", SG_FAKE_TITLE }, { "history", SG_FAKE_TITLE },
	{ "log", SG_FAKE_TITLE }, { "alert", SG_FAKE_TITLE }, { "synonym", SG_FAKE_TITLE },
	{ "adjustment", SG_FAKE_TITLE }, { "allocation", SG_FAKE_TITLE },
	{ "movement", SG_FAKE_TITLE }, { "transaction", SG_FAKE_TITLE },
	{ "charge", SG_FAKE_TITLE }, { "fee", SG_FAKE_TITLE }, { "item", SG_FAKE_TITLE },
};

/* Tables where a category is not a product category (expense categories). */
static const char *const non_product_words[] = {
	"expense", "ledger", "account", "finance", "fee", "budget", "cost", "ticket",
	"support", "blog", "article", "faq",
};

/* The kind a table's entity names have: the last word of the table name
 * found in table_rules, scanning from the end (todo_tasks -> task,
 * supplier_profiles -> supplier); TITLE when none is known. *word gets the
 * matched word, "" when none. */
static enum sg_fake_kind table_kind(const struct words *tw, const char **word)
{
	for (int i = tw->n - 1; i >= 0; i--) {
		for (size_t j = 0; j < FK_COUNT(table_rules); j++) {
			if (!strcmp(tw->w[i], table_rules[j].word)) {
				*word = table_rules[j].word;
				return table_rules[j].kind;
			}
		}
	}
	*word = "";
	return SG_FAKE_TITLE;
}

static int words_are(const struct words *ws, const char *one, const char *two)
{
	if (!two)
		return ws->n == 1 && !strcmp(ws->w[0], one);
	return ws->n == 2 && !strcmp(ws->w[0], one) && !strcmp(ws->w[1], two);
}

static int has_word(const struct words *ws, const char *w)
{
	for (int i = 0; i < ws->n; i++)
		if (!strcmp(ws->w[i], w))
			return 1;
	return 0;
}

/* "name" and its variants that mean the record's own name. */
static int is_own_name(const struct words *ws)
{
	static const char *const qual[] = { "display", "canonical", "standardized", "normalized" };

	if (words_are(ws, "name", NULL))
		return 1;
	for (size_t i = 0; i < FK_COUNT(qual); i++)
		if (words_are(ws, qual[i], "name") || words_are(ws, "name", qual[i]))
			return 1;
	return 0;
}

enum sg_fake_kind sg_fake_kind_for_table_column(const char *table, const char *column_name)
{
	struct words ws, tw;
	enum sg_fake_kind k, tk;
	const char *tword;

	split_words(column_name, &ws);
	k = classify(&ws);
	if (!table || !*table)
		return k;
	split_words(table, &tw);
	for (int i = 0; i < tw.n; i++)
		singular(tw.w[i]);
	tk = table_kind(&tw, &tword);
	if (is_own_name(&ws)) {
		k = tk;
	} else if (words_are(&ws, "title", NULL) && tk == SG_FAKE_TASK_TITLE) {
		k = SG_FAKE_TASK_TITLE;
	} else if (words_are(&ws, "description", NULL)) {
		if (has_word(&tw, "line") && has_word(&tw, "item"))
			k = SG_FAKE_PRODUCT_NAME; /* an invoice line's description */
		else if (!strcmp(tword, "product") || !strcmp(tword, "strain") ||
			 !strcmp(tword, "cultivar") || !strcmp(tword, "sku"))
			k = SG_FAKE_PRODUCT_DESCRIPTION;
	} else if (tk == SG_FAKE_STRAIN &&
		   (words_are(&ws, "category", NULL) || words_are(&ws, "type", NULL))) {
		k = SG_FAKE_STRAIN_TYPE;
	}
	if (k == SG_FAKE_CATEGORY || k == SG_FAKE_SUBCATEGORY) {
		for (size_t i = 0; i < FK_COUNT(non_product_words); i++)
			if (has_word(&tw, non_product_words[i]))
				return SG_FAKE_TITLE;
	}
	return k;
}

static const char *const kind_names[SG_FAKE_KIND_COUNT] = {
	[SG_FAKE_NONE] = "none", [SG_FAKE_FIRST_NAME] = "first_name",
	[SG_FAKE_LAST_NAME] = "last_name", [SG_FAKE_FULL_NAME] = "full_name",
	[SG_FAKE_USERNAME] = "username", [SG_FAKE_EMAIL] = "email",
	[SG_FAKE_JOB_TITLE] = "job_title", [SG_FAKE_PHONE] = "phone",
	[SG_FAKE_STREET] = "street", [SG_FAKE_ADDRESS2] = "address2",
	[SG_FAKE_ADDRESS] = "address", [SG_FAKE_CITY] = "city", [SG_FAKE_COUNTY] = "county",
	[SG_FAKE_STATE] = "state", [SG_FAKE_ZIP] = "zip", [SG_FAKE_COUNTRY] = "country",
	[SG_FAKE_COUNTRY_CODE] = "country_code", [SG_FAKE_TIMEZONE] = "timezone",
	[SG_FAKE_COMPANY] = "company", [SG_FAKE_COMPANY_DISPENSARY] = "company_dispensary",
	[SG_FAKE_COMPANY_FARM] = "company_farm",
	[SG_FAKE_COMPANY_DISTRIBUTOR] = "company_distributor",
	[SG_FAKE_COMPANY_LAB] = "company_lab",
	[SG_FAKE_COMPANY_MANUFACTURER] = "company_manufacturer", [SG_FAKE_BRAND] = "brand",
	[SG_FAKE_LICENSE_NUMBER] = "license_number", [SG_FAKE_TAX_ID] = "tax_id",
	[SG_FAKE_BANK_NAME] = "bank_name", [SG_FAKE_URL] = "url",
	[SG_FAKE_IMAGE_URL] = "image_url", [SG_FAKE_DOMAIN] = "domain",
	[SG_FAKE_SLUG] = "slug", [SG_FAKE_IP] = "ip", [SG_FAKE_USER_AGENT] = "user_agent",
	[SG_FAKE_TITLE] = "title", [SG_FAKE_TASK_TITLE] = "task_title",
	[SG_FAKE_SENTENCE] = "sentence", [SG_FAKE_NOTES] = "notes",
	[SG_FAKE_DESCRIPTION] = "description", [SG_FAKE_COMMENT] = "comment",
	[SG_FAKE_REASON] = "reason", [SG_FAKE_PRODUCT_NAME] = "product_name",
	[SG_FAKE_PRODUCT_DESCRIPTION] = "product_description", [SG_FAKE_STRAIN] = "strain",
	[SG_FAKE_STRAIN_TYPE] = "strain_type", [SG_FAKE_CATEGORY] = "category",
	[SG_FAKE_SUBCATEGORY] = "subcategory", [SG_FAKE_SKU] = "sku",
	[SG_FAKE_BATCH_CODE] = "batch_code", [SG_FAKE_INVOICE_NUMBER] = "invoice_number",
	[SG_FAKE_ORDER_NUMBER] = "order_number", [SG_FAKE_PO_NUMBER] = "po_number",
	[SG_FAKE_TRACKING_NUMBER] = "tracking_number", [SG_FAKE_CARRIER] = "carrier",
	[SG_FAKE_PAYMENT_TERMS] = "payment_terms", [SG_FAKE_PAYMENT_METHOD] = "payment_method",
	[SG_FAKE_FILENAME] = "filename", [SG_FAKE_MIME_TYPE] = "mime_type",
	[SG_FAKE_COLOR] = "color", [SG_FAKE_CURRENCY] = "currency", [SG_FAKE_UUID] = "uuid",
	[SG_FAKE_HEX_TOKEN] = "hex_token",
};

const char *sg_fake_kind_name(enum sg_fake_kind kind)
{
	if ((unsigned)kind >= SG_FAKE_KIND_COUNT || !kind_names[kind])
		return "?";
	return kind_names[kind];
}

size_t sg_fake_kind_max_chars(enum sg_fake_kind kind)
{
	switch (kind) {
	case SG_FAKE_STATE:
	case SG_FAKE_COUNTRY_CODE:
		return 2;
	case SG_FAKE_CURRENCY:
		return 3;
	case SG_FAKE_ZIP:
		return 5;
	case SG_FAKE_STRAIN_TYPE:
		return 6;
	case SG_FAKE_COLOR:
	case SG_FAKE_BATCH_CODE:
		return 7;
	case SG_FAKE_PO_NUMBER:
		return 8;
	case SG_FAKE_ORDER_NUMBER:
		return 9;
	case SG_FAKE_TAX_ID:
	case SG_FAKE_INVOICE_NUMBER:
		return 10;
	case SG_FAKE_PHONE:
		return 14;
	case SG_FAKE_IP:
	case SG_FAKE_LICENSE_NUMBER:
	case SG_FAKE_SKU:
		return 15;
	case SG_FAKE_TRACKING_NUMBER:
		return 18;
	case SG_FAKE_HEX_TOKEN:
		return 32;
	case SG_FAKE_UUID:
		return 36;
	default:
		ready();
		return (unsigned)kind < SG_FAKE_KIND_COUNT ? max_len[kind] : 0;
	}
}

/* ---- money and UTF-8 ------------------------------------------------------------ */

double sg_fake_money(struct sg_rand *r, double min, double typical_max)
{
	double lo = min > 0.01 ? min : 0.01;
	double hi = typical_max > lo ? typical_max : 10.0 * lo;
	double alpha = log(10.0) / log(hi / lo);
	double u = 1.0 - sg_rand_double(r); /* (0, 1] */
	double x = lo * pow(u, -1.0 / alpha);
	double floor_c = ceil(lo * 100.0 - 1e-9) / 100.0;
	double cap_c = floor(hi * SG_FAKE_MONEY_CAP_FACTOR * 100.0 + 1e-9) / 100.0;

	x = round(x * 100.0) / 100.0;
	if (x < floor_c)
		x = floor_c;
	if (x > cap_c)
		x = cap_c;
	return x;
}

size_t sg_utf8_chars(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

size_t sg_utf8_truncate(const char *s, size_t len, size_t max_chars)
{
	size_t chars = 0;

	for (size_t i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (chars == max_chars)
				return i;
			chars++;
		}
	}
	return len;
}
