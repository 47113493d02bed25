/*
 * sg_fake_value(): one value of a kind, from the row's entities
 * (fake_entities.c), the templates (fake_text.c) and the data tables:
 * emails and usernames derived from the row's person, phones from its
 * city's area codes, license numbers by company kind, SKUs from the
 * product, internet values, codes and numbers.
 */
#include <math.h>
#include <stdbool.h>
#include <pthread.h>
#include <string.h>

#include "seedgen/error.h"
#include "seedgen/fake.h"
#include "seedgen/words.h"
#include "fake_data.h"
#include "fake_int.h"

static void email(struct sg_fake_row *row, struct sg_buf *o)
{
	int person = (row->have & HAVE_PERSON) || (row->plan & PLAN_PERSON) ||
		     !fk_row_wants_company(row);
	struct sg_fake_company tmp;
	const struct sg_fake_person *p;
	const char *f, *l;
	int at_company;

	if (!person) {
		const struct sg_fake_company *c = fk_row_company(row, -1, &tmp);

		fk_put(o, fk_email_roles[c->role]);
		sg_buf_addch(o, '@');
		fk_company_domain(c, o);
		return;
	}
	p = fk_row_person(row);
	f = fk_first_name(p);
	l = fk_last_name(p);
	at_company = p->mail == 0;
	switch (p->style) {
	case 0:
		fk_put_ident(o, f, 64);
		sg_buf_addch(o, '.');
		fk_put_ident(o, l, 64);
		break;
	case 1:
		fk_put_ident(o, f, 1);
		fk_put_ident(o, l, 64);
		break;
	case 2:
		fk_put_ident(o, f, 64);
		sg_buf_addch(o, '.');
		fk_put_ident(o, l, 64);
		if (!at_company)
			fk_put_uint(o, p->num, 2);
		break;
	case 3:
		fk_put_ident(o, f, 64);
		fk_put_ident(o, l, 64);
		break;
	case 4:
		fk_put_ident(o, f, 64);
		sg_buf_addch(o, '_');
		fk_put_ident(o, l, 64);
		break;
	case 5:
		fk_put_ident(o, f, 64);
		if (!at_company)
			fk_put_uint(o, p->num, 2);
		break;
	case 6:
		fk_put_ident(o, f, 64);
		sg_buf_addch(o, '.');
		fk_put_ident(o, l, 1);
		break;
	default:
		fk_put_ident(o, l, 64);
		fk_put_ident(o, f, 1);
		break;
	}
	sg_buf_addch(o, '@');
	if (at_company)
		fk_company_domain(fk_row_company(row, -1, &tmp), o);
	else
		fk_put(o, fk_mail_domains[p->mail - 1].s);
}

static void username(struct sg_fake_row *row, struct sg_buf *o)
{
	const struct sg_fake_person *p = fk_row_person(row);
	const char *f = fk_first_name(p), *l = fk_last_name(p);

	switch (p->style) {
	case 0:
		fk_put_ident(o, f, 1);
		fk_put_ident(o, l, 64);
		break;
	case 1:
		fk_put_ident(o, f, 64);
		sg_buf_addch(o, '.');
		fk_put_ident(o, l, 64);
		break;
	case 2:
		fk_put_ident(o, f, 64);
		fk_put_ident(o, l, 1);
		fk_put_uint(o, p->num, 2);
		break;
	case 3:
		fk_put_ident(o, f, 64);
		sg_buf_addch(o, '_');
		fk_put_ident(o, l, 64);
		break;
	case 4:
		fk_put_ident(o, l, 64);
		sg_buf_addch(o, '.');
		fk_put_ident(o, f, 1);
		break;
	case 5:
		fk_put_ident(o, f, 64);
		fk_put_uint(o, p->num, 2);
		break;
	case 6:
		fk_put_ident(o, f, 1);
		fk_put_ident(o, l, 64);
		fk_put_uint(o, p->num, 2);
		break;
	default:
		fk_put_ident(o, f, 64);
		fk_put_ident(o, l, 64);
		break;
	}
}

static void phone(struct sg_fake_row *row, struct sg_buf *o)
{
	const struct sg_fake_addr *a = fk_row_addr(row);
	struct sg_rand *r = row->r;
	unsigned area = fk_cities[a->city].area[a->area];
	unsigned exch = 200 + fk_below(r, 800);
	unsigned line = fk_below(r, 10000);

	if (exch == 555 || exch % 100 == 11) /* 555 is fiction's, N11 are service codes */
		exch++;
	if (sg_rand_chance(r, 0.8)) {
		sg_buf_addch(o, '(');
		fk_put_uint(o, area, 3);
		fk_put(o, ") ");
	} else {
		fk_put_uint(o, area, 3);
		sg_buf_addch(o, '-');
	}
	fk_put_uint(o, exch, 3);
	sg_buf_addch(o, '-');
	fk_put_uint(o, line, 4);
}

static void license_number(struct sg_fake_row *row, struct sg_buf *o)
{
	struct sg_fake_company tmp;
	const struct sg_fake_company *c = fk_row_company(row, -1, &tmp);
	struct sg_rand *r = row->r;
	uint32_t n = 1 + fk_below(r, 999999);

	switch (c->kind) {
	case FK_FARM:
		fk_put(o, "CCL");
		fk_put_uint(o, 18 + fk_below(r, 6), 2);
		sg_buf_addch(o, '-');
		fk_put_uint(o, n, 7);
		return;
	case FK_DISPENSARY:
		fk_put(o, sg_rand_chance(r, 0.8) ? "C10-" : "C9-");
		break;
	case FK_DISTRIBUTOR:
		fk_put(o, "C11-");
		break;
	case FK_LAB:
		fk_put(o, "C8-");
		break;
	default:
		fk_put(o, "C7-");
		break;
	}
	fk_put_uint(o, n, 7);
	fk_put(o, "-LIC");
}

static void sku(struct sg_fake_row *row, struct sg_buf *o)
{
	const struct sg_fake_product *p = fk_row_product(row);
	const struct fk_format *f = &fk_formats[p->format];
	const char *src = strstr(f->tmpl, "{strain}") ? fk_strains[p->strain].name
			 : strstr(f->tmpl, "{flavor}") ? fk_flavors[p->flavor]
						       : fk_brands[p->brand];
	int n = 0, word = 1;

	fk_put(o, fk_categories[p->cat].code);
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
	fk_put_uint(o, p->num, 6);
}

static void slug(struct sg_fake_row *row, struct sg_buf *o)
{
	struct sg_fake_company tmp;
	size_t start = o->len;

	if ((row->have & HAVE_TITLE) || (row->plan & (PLAN_TITLE | PLAN_TASK)))
		fk_row_title(row, !(row->plan & PLAN_TITLE) && (row->plan & PLAN_TASK), o);
	else if ((row->have & HAVE_PRODUCT) || (row->plan & PLAN_PRODUCT))
		fk_product_name(row->r, fk_row_product(row), o);
	else if (fk_row_wants_company(row))
		fk_company_name(fk_row_company(row, -1, &tmp), o);
	else
		fk_row_title(row, 0, o);
	fk_squash(o, start, '-');
}

static void country(struct sg_fake_row *row, int code, struct sg_buf *o)
{
	const char *s = "United States|US", *bar;

	if (!(row->have & HAVE_ADDR) && !(row->plan & PLAN_ADDR))
		s = fk_countries[fk_wpick(&fk_w_country, row->r)].s;
	bar = strchr(s, '|');
	if (code)
		fk_put(o, bar + 1);
	else
		sg_buf_add(o, s, (size_t)(bar - s));
}

static void ip(struct sg_rand *r, struct sg_buf *o)
{
	uint32_t k = fk_below(r, 100);

	if (k < 15) {
		fk_put(o, "10.");
		fk_put_uint(o, fk_below(r, 256), 0);
	} else if (k < 30) {
		fk_put(o, "192.168");
	} else if (k < 35) {
		fk_put(o, "172.");
		fk_put_uint(o, 16 + fk_below(r, 16), 0);
	} else {
		fk_put(o, fk_ip_first_octets[fk_upick(r, fk_ip_first_octets_n)]);
		sg_buf_addch(o, '.');
		fk_put_uint(o, fk_below(r, 256), 0);
	}
	sg_buf_addch(o, '.');
	fk_put_uint(o, k >= 15 && k < 30 ? fk_below(r, 8) : fk_below(r, 256), 0);
	sg_buf_addch(o, '.');
	fk_put_uint(o, 1 + fk_below(r, 254), 0);
}

static void uuid(struct sg_rand *r, struct sg_buf *o)
{
	uint64_t hi = sg_rand_u64(r), lo = sg_rand_u64(r);

	hi = (hi & ~0xF000ULL) | 0x4000ULL;                   /* version 4 */
	lo = (lo & ~(3ULL << 62)) | (2ULL << 62);             /* RFC 4122 variant */
	fk_put_hex(o, hi >> 32, 8);
	sg_buf_addch(o, '-');
	fk_put_hex(o, (hi >> 16) & 0xFFFF, 4);
	sg_buf_addch(o, '-');
	fk_put_hex(o, hi & 0xFFFF, 4);
	sg_buf_addch(o, '-');
	fk_put_hex(o, lo >> 48, 4);
	sg_buf_addch(o, '-');
	fk_put_hex(o, lo & 0xFFFFFFFFFFFFULL, 12);
}

/* People and places; false when kind is not one of them. */
static bool value_person_place(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	struct sg_rand *r = row->r;
	const struct sg_fake_person *p;
	const struct sg_fake_addr *a;

	switch (kind) {
	case SG_FAKE_FIRST_NAME:
		fk_put(o, fk_first_name(fk_row_person(row)));
		break;
	case SG_FAKE_LAST_NAME:
		fk_put(o, fk_last_name(fk_row_person(row)));
		break;
	case SG_FAKE_FULL_NAME:
		p = fk_row_person(row);
		fk_put(o, fk_first_name(p));
		sg_buf_addch(o, ' ');
		fk_put(o, fk_last_name(p));
		break;
	case SG_FAKE_USERNAME:
		username(row, o);
		break;
	case SG_FAKE_EMAIL:
		email(row, o);
		break;
	case SG_FAKE_JOB_TITLE:
		fk_put(o, fk_job_titles[fk_upick(r, fk_job_titles_n)]);
		break;
	case SG_FAKE_PHONE:
		phone(row, o);
		break;
	case SG_FAKE_STREET:
		fk_addr_street(fk_row_addr(row), o);
		break;
	case SG_FAKE_ADDRESS2:
		fk_addr_unit(fk_row_addr(row), o);
		break;
	case SG_FAKE_ADDRESS:
		a = fk_row_addr(row);
		fk_addr_street(a, o);
		if (a->unit) {
			sg_buf_addch(o, ' ');
			fk_addr_unit(a, o);
		}
		fk_put(o, ", ");
		fk_put(o, fk_cities[a->city].name);
		fk_put(o, ", CA ");
		fk_put(o, fk_cities[a->city].zip[a->zip]);
		break;
	case SG_FAKE_CITY:
		fk_put(o, fk_cities[fk_row_addr(row)->city].name);
		break;
	case SG_FAKE_COUNTY:
		fk_put(o, fk_cities[fk_row_addr(row)->city].county);
		break;
	case SG_FAKE_STATE:
		fk_put(o, "CA");
		break;
	case SG_FAKE_ZIP:
		a = fk_row_addr(row);
		fk_put(o, fk_cities[a->city].zip[a->zip]);
		break;
	case SG_FAKE_COUNTRY:
		country(row, 0, o);
		break;
	case SG_FAKE_COUNTRY_CODE:
		country(row, 1, o);
		break;
	case SG_FAKE_TIMEZONE:
		fk_put(o, fk_timezones[fk_wpick(&fk_w_tz, r)].s);
		break;
	default:
		return false;
	}
	return true;
}

/* Companies, licences, internet values; false when kind is not one of them. */
static bool value_business(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	struct sg_rand *r = row->r;
	struct sg_fake_company tmp;
	size_t start;

	switch (kind) {
	case SG_FAKE_COMPANY:
	case SG_FAKE_COMPANY_DISPENSARY:
	case SG_FAKE_COMPANY_FARM:
	case SG_FAKE_COMPANY_DISTRIBUTOR:
	case SG_FAKE_COMPANY_LAB:
	case SG_FAKE_COMPANY_MANUFACTURER:
		fk_company_name(fk_row_company(row, fk_company_kind_of(kind), &tmp), o);
		break;
	case SG_FAKE_BRAND:
		fk_put(o, fk_brands[fk_row_product(row)->brand]);
		break;
	case SG_FAKE_LICENSE_NUMBER:
		license_number(row, o);
		break;
	case SG_FAKE_TAX_ID:
		fk_put(o, fk_ein_prefixes[fk_upick(r, fk_ein_prefixes_n)]);
		sg_buf_addch(o, '-');
		fk_put_uint(o, fk_below(r, 10000000), 7);
		break;
	case SG_FAKE_BANK_NAME:
		fk_put(o, fk_banks[fk_upick(r, fk_banks_n)]);
		break;
	case SG_FAKE_URL:
		fk_put(o, sg_rand_chance(r, 0.6) ? "https://www." : "https://");
		fk_company_domain(fk_row_company(row, -1, &tmp), o);
		if (sg_rand_chance(r, 0.15)) {
			sg_buf_addch(o, '/');
			fk_put(o, fk_url_paths[fk_upick(r, fk_url_paths_n)]);
		}
		break;
	case SG_FAKE_IMAGE_URL:
		fk_put(o, "https://cdn.");
		fk_company_domain(fk_row_company(row, -1, &tmp), o);
		fk_put(o, "/images/");
		if (row->have & HAVE_PRODUCT) {
			start = o->len;
			fk_product_name(r, &row->product, o);
			fk_squash(o, start, '-');
			sg_buf_addch(o, '-');
		}
		fk_put_hex(o, sg_rand_u32(r), 8);
		fk_put(o, sg_rand_chance(r, 0.8) ? ".jpg" : ".png");
		break;
	case SG_FAKE_DOMAIN:
		fk_company_domain(fk_row_company(row, -1, &tmp), o);
		break;
	case SG_FAKE_SLUG:
		slug(row, o);
		break;
	case SG_FAKE_IP:
		ip(r, o);
		break;
	case SG_FAKE_USER_AGENT:
		fk_put(o, fk_user_agents[fk_upick(r, fk_user_agents_n)]);
		break;
	default:
		return false;
	}
	return true;
}

/* Titles, notes, descriptions, comments; false when kind is not one of them. */
static bool value_prose(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	struct sg_rand *r = row->r;
	struct rctx c = { r, NULL, -1, 1 };

	switch (kind) {
	case SG_FAKE_TITLE:
		fk_row_title(row, 0, o);
		break;
	case SG_FAKE_TASK_TITLE:
		fk_row_title(row, 1, o);
		break;
	case SG_FAKE_SENTENCE:
		if (sg_rand_chance(r, 0.5))
			fk_render_one(r, fk_notes, fk_notes_n, o);
		else
			fk_any_comment(r, o);
		break;
	case SG_FAKE_NOTES: {
		size_t i = fk_upick(r, fk_notes_n);

		fk_render(&c, fk_notes[i], o);
		if (sg_rand_chance(r, 0.35)) {
			size_t j = fk_upick(r, fk_notes_n - 1);

			sg_buf_addch(o, ' ');
			fk_render(&c, fk_notes[j >= i ? j + 1 : j], o);
		}
		break;
	}
	case SG_FAKE_DESCRIPTION:
		fk_render_one(r, fk_descriptions, fk_descriptions_n, o);
		if (sg_rand_chance(r, 0.3)) {
			sg_buf_addch(o, ' ');
			fk_render_one(r, fk_description_tails, fk_description_tails_n, o);
		}
		break;
	case SG_FAKE_COMMENT:
		fk_any_comment(r, o);
		break;
	case SG_FAKE_REASON:
		fk_put(o, fk_reasons[fk_upick(r, fk_reasons_n)]);
		break;
	default:
		return false;
	}
	return true;
}

/* Products, document numbers, shipping and payment; false when kind is not one of them. */
static bool value_product(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	struct sg_rand *r = row->r;
	struct rctx c = { r, NULL, -1, 1 };

	switch (kind) {
	case SG_FAKE_PRODUCT_NAME:
		fk_product_name(r, fk_row_product(row), o);
		break;
	case SG_FAKE_PRODUCT_DESCRIPTION:
		c.prod = fk_row_product(row);
		fk_render(&c, fk_product_descriptions[fk_upick(r, fk_product_descriptions_n)], o);
		break;
	case SG_FAKE_STRAIN:
		fk_put(o, fk_strains[fk_row_product(row)->strain].name);
		break;
	case SG_FAKE_STRAIN_TYPE: {
		char t = fk_strains[fk_row_product(row)->strain].type;

		fk_put(o, t == 'I' ? "Indica" : t == 'S' ? "Sativa" : "Hybrid");
		break;
	}
	case SG_FAKE_CATEGORY:
		fk_put(o, fk_categories[fk_row_product(row)->cat].name);
		break;
	case SG_FAKE_SUBCATEGORY:
		fk_put(o, fk_formats[fk_row_product(row)->format].sub);
		break;
	case SG_FAKE_SKU:
		sku(row, o);
		break;
	case SG_FAKE_BATCH_CODE:
		fk_put(o, "B-");
		fk_put_uint(o, 10000 + fk_below(r, 90000), 0);
		break;
	case SG_FAKE_INVOICE_NUMBER:
		fk_put(o, "INV-");
		fk_put_uint(o, fk_below(r, 1000000), 6);
		break;
	case SG_FAKE_ORDER_NUMBER:
		fk_put(o, "SO-");
		fk_put_uint(o, 100000 + fk_below(r, 900000), 0);
		break;
	case SG_FAKE_PO_NUMBER:
		fk_put(o, "PO-");
		fk_put_uint(o, 10000 + fk_below(r, 90000), 0);
		break;
	case SG_FAKE_TRACKING_NUMBER:
		if (sg_rand_chance(r, 0.5)) {
			static const char an[] = "0123456789ABCDEFGHJKLMNPRSTUVWXY";

			fk_put(o, "1Z");
			for (int i = 0; i < 6; i++)
				sg_buf_addch(o, an[fk_below(r, 32)]);
			fk_put(o, "03");
			fk_put_uint(o, fk_below(r, 100000000), 8);
		} else {
			fk_put_uint(o, 100000 + fk_below(r, 900000), 6);
			fk_put_uint(o, fk_below(r, 1000000), 6);
		}
		break;
	case SG_FAKE_CARRIER:
		if (sg_rand_chance(r, 0.3))
			fk_fresh_company(r, FK_DISTRIBUTOR, o);
		else
			fk_put(o, fk_carriers[fk_upick(r, fk_carriers_n)]);
		break;
	case SG_FAKE_PAYMENT_TERMS:
		fk_put(o, fk_payment_terms[fk_wpick(&fk_w_terms, r)].s);
		break;
	case SG_FAKE_PAYMENT_METHOD:
		fk_put(o, fk_payment_methods[fk_wpick(&fk_w_paymethod, r)].s);
		break;
	default:
		return false;
	}
	return true;
}

/* Files, colours, currencies, uuids, tokens; false when kind is not one of them. */
static bool value_misc(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	struct sg_rand *r = row->r;
	struct rctx c = { r, NULL, -1, 1 };

	switch (kind) {
	case SG_FAKE_FILENAME:
	case SG_FAKE_MIME_TYPE:
		if (!(row->have & HAVE_FILE)) {
			row->file = (uint8_t)fk_upick(r, fk_files_n);
			row->have |= HAVE_FILE;
		}
		c.sentence = 0;
		if (kind == SG_FAKE_MIME_TYPE)
			fk_put(o, fk_files[row->file].mime);
		else
			fk_render(&c, fk_files[row->file].tmpl, o);
		break;
	case SG_FAKE_COLOR:
		if (sg_rand_chance(r, 0.75))
			fk_put(o, fk_colors[fk_upick(r, fk_colors_n)]);
		else {
			sg_buf_addch(o, '#');
			fk_put_hex(o, fk_below(r, 1u << 24), 6);
		}
		break;
	case SG_FAKE_CURRENCY:
		fk_put(o, fk_currencies[fk_wpick(&fk_w_currency, r)].s);
		break;
	case SG_FAKE_UUID:
		uuid(r, o);
		break;
	case SG_FAKE_HEX_TOKEN:
		fk_put_hex(o, sg_rand_u64(r), 16);
		fk_put_hex(o, sg_rand_u64(r), 16);
		break;
	default:
		return false;
	}
	return true;
}

void sg_fake_value(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	if (kind == SG_FAKE_NONE || kind >= SG_FAKE_KIND_COUNT)
		return;
	if (!value_person_place(row, kind, o) && !value_business(row, kind, o) &&
	    !value_prose(row, kind, o) && !value_product(row, kind, o))
		value_misc(row, kind, o);
}

