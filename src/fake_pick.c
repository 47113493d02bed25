/*
 * The fake module's foundations: weighted picks over the data tables
 * (cumulative weights prepared once per process, binary search per
 * pick), an unbiased bounded draw, and the appenders that build values
 * in the caller's buffer without printf (numbers, hex, dollars, folded
 * identifiers).
 */
#include <math.h>
#include <pthread.h>
#include <string.h>

#include "seedgen/error.h"
#include "seedgen/fake.h"
#include "seedgen/words.h"
#include "fake_data.h"
#include "fake_int.h"

struct wtab fk_w_first, fk_w_last, fk_w_mail, fk_w_city, fk_w_city_farm, fk_w_strain, fk_w_cat,
	fk_w_country, fk_w_currency, fk_w_tz, fk_w_company, fk_w_terms, fk_w_paymethod;
uint8_t fk_cat_first[16], fk_cat_count[16];
size_t fk_max_len[SG_FAKE_KIND_COUNT];
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
uint32_t fk_below(struct sg_rand *r, uint32_t bound)
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

size_t fk_wpick(const struct wtab *t, struct sg_rand *r)
{
	uint32_t u = fk_below(r, t->total);
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

size_t fk_upick(struct sg_rand *r, size_t n)
{
	return fk_below(r, (uint32_t)n);
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
	wstr_table(&fk_w_first, fk_first_names, fk_first_names_n);
	wstr_table(&fk_w_last, fk_last_names, fk_last_names_n);
	wstr_table(&fk_w_mail, fk_mail_domains, fk_mail_domains_n);
	wstr_table(&fk_w_country, fk_countries, fk_countries_n);
	wstr_table(&fk_w_currency, fk_currencies, fk_currencies_n);
	wstr_table(&fk_w_tz, fk_timezones, fk_timezones_n);
	wstr_table(&fk_w_terms, fk_payment_terms, fk_payment_terms_n);
	wstr_table(&fk_w_paymethod, fk_payment_methods, fk_payment_methods_n);
	wtab_init(&fk_w_city, fk_cities_n);
	wtab_init(&fk_w_city_farm, fk_cities_n);
	for (size_t i = 0; i < fk_cities_n; i++) {
		wtab_add(&fk_w_city, i, fk_cities[i].w);
		wtab_add(&fk_w_city_farm, i, fk_cities[i].farm_w);
	}
	wtab_init(&fk_w_strain, fk_strains_n);
	for (size_t i = 0; i < fk_strains_n; i++)
		wtab_add(&fk_w_strain, i, fk_strains[i].w);
	wtab_init(&fk_w_cat, fk_categories_n);
	for (size_t i = 0; i < fk_categories_n; i++)
		wtab_add(&fk_w_cat, i, fk_categories[i].w);
	wtab_init(&fk_w_company, FK_COMPANY_KINDS);
	for (size_t i = 0; i < FK_COMPANY_KINDS; i++)
		wtab_add(&fk_w_company, i, fk_company_kind_w[i]);
	/* fk_formats is grouped by category */
	for (size_t i = 0; i < fk_formats_n; i++) {
		uint8_t c = fk_formats[i].cat;

		if (!fk_cat_count[c])
			fk_cat_first[c] = (uint8_t)i;
		fk_cat_count[c]++;
	}

	fk_max_len[SG_FAKE_FIRST_NAME] = LONGEST(fk_first_names, s);
	fk_max_len[SG_FAKE_LAST_NAME] = LONGEST(fk_last_names, s);
	fk_max_len[SG_FAKE_CITY] = LONGEST(fk_cities, name);
	fk_max_len[SG_FAKE_COUNTY] = LONGEST(fk_cities, county);
	fk_max_len[SG_FAKE_STRAIN] = LONGEST(fk_strains, name);
	fk_max_len[SG_FAKE_CATEGORY] = LONGEST(fk_categories, name);
	fk_max_len[SG_FAKE_SUBCATEGORY] = LONGEST(fk_formats, sub);
	fk_max_len[SG_FAKE_TIMEZONE] = LONGEST(fk_timezones, s);
	fk_max_len[SG_FAKE_MIME_TYPE] = LONGEST(fk_files, mime);
	fk_max_len[SG_FAKE_PAYMENT_TERMS] = LONGEST(fk_payment_terms, s);
	fk_max_len[SG_FAKE_PAYMENT_METHOD] = LONGEST(fk_payment_methods, s);
	fk_max_len[SG_FAKE_JOB_TITLE] = longest(fk_job_titles, fk_job_titles_n, sizeof(fk_str));
	fk_max_len[SG_FAKE_BANK_NAME] = longest(fk_banks, fk_banks_n, sizeof(fk_str));
	fk_max_len[SG_FAKE_BRAND] = longest(fk_brands, fk_brands_n, sizeof(fk_str));
	fk_max_len[SG_FAKE_REASON] = longest(fk_reasons, fk_reasons_n, sizeof(fk_str));
	fk_max_len[SG_FAKE_USER_AGENT] = longest(fk_user_agents, fk_user_agents_n, sizeof(fk_str));
	fk_max_len[SG_FAKE_CARRIER] = 0; /* may be a distributor name */
	/* "United States|US": the name part */
	for (size_t i = 0; i < fk_countries_n; i++) {
		size_t l = (size_t)(strchr(fk_countries[i].s, '|') - fk_countries[i].s);

		if (l > fk_max_len[SG_FAKE_COUNTRY])
			fk_max_len[SG_FAKE_COUNTRY] = l;
	}
}

void fk_ready(void)
{
	pthread_once(&prep_once, prepare);
}

/* ---- appending ----------------------------------------------------------- */

void fk_put(struct sg_buf *o, const char *s)
{
	sg_buf_adds(o, s);
}

void fk_put_uint(struct sg_buf *o, uint64_t v, int width)
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

void fk_put_hex(struct sg_buf *o, uint64_t v, int digits)
{
	static const char hex[] = "0123456789abcdef";

	sg_buf_grow(o, (size_t)digits);
	for (int i = digits - 1; i >= 0; i--)
		o->data[o->len++] = hex[(v >> (4 * i)) & 15];
	o->data[o->len] = '\0';
}

/* Cents as $1,240.00. */
void fk_put_dollars(struct sg_buf *o, double amount)
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
void fk_squash(struct sg_buf *o, size_t start, char sep)
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
void fk_put_ident(struct sg_buf *o, const char *s, size_t max)
{
	size_t start = o->len;

	fk_put(o, s);
	fk_squash(o, start, 0);
	if (o->len - start > max) {
		o->len = start + max;
		o->data[o->len] = '\0';
	}
}

