/*
 * The entities behind a fake row: a person, a company, an address and a
 * product are drawn once per row when a value first needs them, so that
 * a row's name, email, phone, city and ZIP agree with each other.
 * sg_fake_row_plan() tells the row which entities its columns will read
 * (a row with a company column gets company emails).
 */
#include <math.h>
#include <pthread.h>
#include <string.h>

#include "seedgen/error.h"
#include "seedgen/fake.h"
#include "seedgen/words.h"
#include "fake_data.h"
#include "fake_int.h"

static void person_pick(struct sg_rand *r, struct sg_fake_person *p)
{
	p->first = (uint16_t)fk_wpick(&fk_w_first, r);
	p->last = (uint16_t)fk_wpick(&fk_w_last, r);
	p->style = (uint8_t)fk_below(r, 8);
	p->num = (uint16_t)(sg_rand_chance(r, 0.3) ? 1960 + fk_below(r, 45)
						    : 1 + fk_below(r, 99));
	p->mail = (uint8_t)(1 + fk_wpick(&fk_w_mail, r));
}

const char *fk_first_name(const struct sg_fake_person *p)
{
	return fk_first_names[p->first].s;
}

const char *fk_last_name(const struct sg_fake_person *p)
{
	return fk_last_names[p->last].s;
}

void fk_company_pick(struct sg_rand *r, struct sg_fake_company *c, unsigned kind)
{
	const struct fk_company_parts *p = &fk_company_parts[kind];
	unsigned tld = fk_below(r, 100);

	c->kind = (uint8_t)kind;
	c->shape = (uint8_t)(fk_below(r, 100) < p->city_pct);
	c->a = (uint16_t)(c->shape ? fk_wpick(&fk_w_city, r) : fk_upick(r, p->npre));
	c->c = (uint16_t)fk_upick(r, p->nsuf);
	c->b = 0;
	if (fk_below(r, 100) < p->mid_pct) {
		size_t m = 1 + fk_upick(r, p->nmid - 1);
		const char *pre = c->shape ? fk_cities[c->a].name : p->pre[c->a];

		/* "Humboldt Heritage Heritage Farms" reads wrong */
		if (!strstr(pre, p->mid[m]) && !strstr(p->suf[c->c], p->mid[m]))
			c->b = (uint16_t)m;
	}
	c->tld = (uint8_t)(tld < 85 ? 0 : tld < 93 ? 1 : tld < 98 ? 2 : 3);
	c->role = (uint8_t)fk_upick(r, fk_email_roles_n);
}

void fk_company_name(const struct sg_fake_company *c, struct sg_buf *o)
{
	const struct fk_company_parts *p = &fk_company_parts[c->kind];

	fk_put(o, c->shape ? fk_cities[c->a].name : p->pre[c->a]);
	if (c->b) {
		sg_buf_addch(o, ' ');
		fk_put(o, p->mid[c->b]);
	}
	sg_buf_addch(o, ' ');
	fk_put(o, p->suf[c->c]);
}

void fk_company_domain(const struct sg_fake_company *c, struct sg_buf *o)
{
	static const char *const tlds[] = { ".com", ".co", ".net", ".us" };
	size_t start = o->len;

	fk_company_name(c, o);
	fk_squash(o, start, 0);
	fk_put(o, tlds[c->tld]);
}

static void addr_pick(struct sg_rand *r, struct sg_fake_addr *a, int farm)
{
	const struct fk_city *city;
	size_t nz = 0, na = 0;

	a->city = (uint16_t)fk_wpick(farm ? &fk_w_city_farm : &fk_w_city, r);
	city = &fk_cities[a->city];
	while (nz < 6 && city->zip[nz])
		nz++;
	while (na < 3 && city->area[na])
		na++;
	a->zip = (uint8_t)fk_upick(r, nz);
	a->area = (uint8_t)fk_upick(r, na);
	a->rural = (uint8_t)(farm && sg_rand_chance(r, 0.7));
	if (a->rural) {
		a->number = (uint16_t)(1000 + fk_below(r, 39000));
		a->street = (uint16_t)fk_upick(r, fk_rural_streets_n);
	} else {
		/* mostly 3-4 digit numbers, some short ones */
		a->number = (uint16_t)(sg_rand_chance(r, 0.15) ? 1 + fk_below(r, 99)
							 : 100 + fk_below(r, 9900));
		a->street = (uint16_t)fk_upick(r, fk_streets_n);
	}
	a->stype = (uint8_t)fk_upick(r, fk_street_types_n);
	a->unit = (uint8_t)(sg_rand_chance(r, 0.25) ? 1 + fk_below(r, 4) : 0);
	a->unit_no = (uint16_t)(1 + fk_below(r, 400));
}

void fk_addr_unit(const struct sg_fake_addr *a, struct sg_buf *o)
{
	switch (a->unit ? a->unit : 1) {
	case 1:
		fk_put(o, "Suite ");
		fk_put_uint(o, 100u + a->unit_no, 0);
		break;
	case 2:
		fk_put(o, "Unit ");
		fk_put_uint(o, 1u + a->unit_no % 40, 0);
		break;
	case 3:
		sg_buf_addch(o, '#');
		fk_put_uint(o, 1u + a->unit_no % 60, 0);
		break;
	default:
		fk_put(o, "Bldg ");
		sg_buf_addch(o, (char)('A' + a->unit_no % 6));
		break;
	}
}

void fk_addr_street(const struct sg_fake_addr *a, struct sg_buf *o)
{
	fk_put_uint(o, a->number, 0);
	sg_buf_addch(o, ' ');
	if (a->rural) {
		fk_put(o, fk_rural_streets[a->street]);
		fk_put(o, " Rd");
	} else {
		fk_put(o, fk_streets[a->street]);
		sg_buf_addch(o, ' ');
		fk_put(o, fk_street_types[a->stype]);
	}
}

void fk_product_pick(struct sg_rand *r, struct sg_fake_product *p)
{
	size_t nsize = 0;
	const struct fk_format *f;

	p->cat = (uint8_t)fk_wpick(&fk_w_cat, r);
	p->format = (uint8_t)(fk_cat_first[p->cat] + fk_upick(r, fk_cat_count[p->cat]));
	f = &fk_formats[p->format];
	while (nsize < 5 && f->size[nsize])
		nsize++;
	/* the first size is the usual one */
	p->size = (uint8_t)(nsize > 1 && sg_rand_chance(r, 0.4) ? 1 + fk_upick(r, nsize - 1) : 0);
	p->strain = (uint16_t)fk_wpick(&fk_w_strain, r);
	p->brand = (uint16_t)fk_upick(r, fk_brands_n);
	p->flavor = (uint16_t)fk_upick(r, fk_flavors_n);
	p->num = fk_below(r, 1000000);
}

/* ---- row entities -------------------------------------------------------- */

int fk_row_wants_company(const struct sg_fake_row *row)
{
	return (row->have & HAVE_COMPANY) || (row->plan & PLAN_COMPANY);
}

static int row_is_farm(const struct sg_fake_row *row)
{
	if (row->have & HAVE_COMPANY)
		return row->company.kind == FK_FARM;
	return row->plan_company == 1 + FK_FARM;
}

const struct sg_fake_person *fk_row_person(struct sg_fake_row *row)
{
	if (!(row->have & HAVE_PERSON)) {
		person_pick(row->r, &row->person);
		/* people at a company mostly use its domain; small farms use gmail */
		if (fk_row_wants_company(row) && sg_rand_chance(row->r, 0.8))
			row->person.mail = 0;
		row->have |= HAVE_PERSON;
	}
	return &row->person;
}

/* The row company; kind < 0: any. A kind other than the row company's
 * gives a separate company in *tmp. */
const struct sg_fake_company *fk_row_company(struct sg_fake_row *row, int kind,
						 struct sg_fake_company *tmp)
{
	if (row->have & HAVE_COMPANY) {
		if (kind < 0 || kind == row->company.kind)
			return &row->company;
		fk_company_pick(row->r, tmp, (unsigned)kind);
		return tmp;
	}
	if (kind < 0)
		kind = row->plan_company ? row->plan_company - 1 : (int)fk_wpick(&fk_w_company, row->r);
	fk_company_pick(row->r, &row->company, (unsigned)kind);
	row->have |= HAVE_COMPANY;
	return &row->company;
}

const struct sg_fake_addr *fk_row_addr(struct sg_fake_row *row)
{
	if (!(row->have & HAVE_ADDR)) {
		addr_pick(row->r, &row->addr, row_is_farm(row));
		row->have |= HAVE_ADDR;
	}
	return &row->addr;
}

const struct sg_fake_product *fk_row_product(struct sg_fake_row *row)
{
	if (!(row->have & HAVE_PRODUCT)) {
		fk_product_pick(row->r, &row->product);
		row->have |= HAVE_PRODUCT;
	}
	return &row->product;
}

void sg_fake_row_init(struct sg_fake_row *row)
{
	fk_ready();
	memset(row, 0, sizeof(*row));
}

int fk_company_kind_of(enum sg_fake_kind k)
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
		if (!row->plan_company && fk_company_kind_of(kind) >= 0)
			row->plan_company = (uint8_t)(1 + fk_company_kind_of(kind));
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
	fk_ready();
	row->r = r;
	row->have = 0;
}

