/* Fake values: determinism, row coherence, the column classifier, UTF-8
 * truncation, the money distribution and name frequencies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "seedgen/fake.h"
#include "../../src/fake_data.h"

#define ROWS 2000

static void value(struct sg_fake_row *row, enum sg_fake_kind k, struct sg_buf *b)
{
	sg_buf_reset(b);
	sg_fake_value(row, k, b);
}

/* Every kind, ROWS rows, one buffer holding everything, separated by \n. */
static void all_values(uint64_t seed, struct sg_buf *all)
{
	struct sg_rand r;
	struct sg_fake_row row;

	sg_rand_seed(&r, seed, 99);
	sg_fake_row_init(&row);
	for (int i = 0; i < ROWS / 10; i++) {
		sg_fake_row_reset(&row, &r);
		for (int k = 1; k < SG_FAKE_KIND_COUNT; k++) {
			sg_fake_value(&row, (enum sg_fake_kind)k, all);
			sg_buf_addch(all, '\n');
		}
		sg_fake_comment_for(&row, "invoice", all);
		sg_buf_addch(all, '\n');
	}
}

static void same_seed_same_values(void **state)
{
	struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT, c = SG_BUF_INIT;

	(void)state;
	all_values(7, &a);
	all_values(7, &b);
	all_values(8, &c);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	assert_true(a.len != c.len || memcmp(a.data, c.data, a.len) != 0);
	sg_buf_release(&a);
	sg_buf_release(&b);
	sg_buf_release(&c);
}

static int valid_utf8(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t n = s[i] < 0x80 ? 1 : (s[i] & 0xE0) == 0xC0 ? 2 : (s[i] & 0xF0) == 0xE0 ? 3
			 : (s[i] & 0xF8) == 0xF0 ? 4 : 0;

		if (!n || i + n > len)
			return 0;
		for (size_t j = 1; j < n; j++)
			if ((s[i + j] & 0xC0) != 0x80)
				return 0;
		i += n;
	}
	return 1;
}

static void every_kind_non_empty_clean_and_bounded(void **state)
{
	struct sg_rand r;
	struct sg_fake_row row;
	struct sg_buf b = SG_BUF_INIT;

	(void)state;
	sg_rand_seed(&r, 1, 1);
	sg_fake_row_init(&row);
	for (int k = 1; k < SG_FAKE_KIND_COUNT; k++) {
		size_t max = sg_fake_kind_max_chars((enum sg_fake_kind)k);

		assert_string_not_equal(sg_fake_kind_name((enum sg_fake_kind)k), "?");
		for (int i = 0; i < ROWS; i++) {
			sg_fake_row_reset(&row, &r);
			value(&row, (enum sg_fake_kind)k, &b);
			if (b.len == 0 || strpbrk(b.data, "\t\n\r\\{}") || b.data[0] == ' ' ||
			    b.data[b.len - 1] == ' ' || !valid_utf8((unsigned char *)b.data, b.len))
				fail_msg("kind %s gave '%s'", sg_fake_kind_name((enum sg_fake_kind)k),
					 sg_buf_str(&b));
			if (max && sg_utf8_chars(b.data, b.len) > max)
				fail_msg("kind %s: '%s' is longer than %zu",
					 sg_fake_kind_name((enum sg_fake_kind)k), b.data, max);
		}
	}
	sg_fake_row_reset(&row, &r);
	value(&row, SG_FAKE_NONE, &b);
	assert_int_equal(b.len, 0);
	assert_string_equal(sg_fake_kind_name(SG_FAKE_NONE), "none");
	assert_int_equal(sg_fake_kind_max_chars(SG_FAKE_UUID), 36);
	assert_int_equal(sg_fake_kind_max_chars(SG_FAKE_STATE), 2);
	assert_true(sg_fake_kind_max_chars(SG_FAKE_CITY) >= strlen("South San Francisco"));
	sg_buf_release(&b);
}

/* Lowercase ASCII letters of a name, as the email builder folds them. */
static void fold(const char *s, char *out, size_t cap)
{
	size_t n = 0;

	for (; *s && n + 1 < cap; s++) {
		unsigned char c = (unsigned char)*s;

		if (c >= 'A' && c <= 'Z')
			out[n++] = (char)(c - 'A' + 'a');
		else if (c >= 'a' && c <= 'z')
			out[n++] = (char)c;
		else if (c == 0xC3) {
			unsigned char d = (unsigned char)*++s;

			out[n++] = d == 0xA9 ? 'e' : d == 0xB1 ? 'n' : d == 0xB3 ? 'o' : d == 0xA1 ? 'a' : '?';
		}
	}
	out[n] = '\0';
}

static int in_list(const char *s, size_t len, const fk_str *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && !memcmp(list[i], s, len))
			return 1;
	return 0;
}

static int is_freemail(const char *domain)
{
	for (size_t i = 0; i < fk_mail_domains_n; i++)
		if (!strcmp(domain, fk_mail_domains[i].s))
			return 1;
	return 0;
}

static void email_follows_the_row_person(void **state)
{
	struct sg_rand r;
	struct sg_fake_row row;
	struct sg_buf first = SG_BUF_INIT, last = SG_BUF_INIT, full = SG_BUF_INIT,
		      email = SG_BUF_INIT, user = SG_BUF_INIT;
	char f[64], l[64];

	(void)state;
	sg_rand_seed(&r, 2, 3);
	sg_fake_row_init(&row);
	for (int i = 0; i < ROWS; i++) {
		sg_fake_row_reset(&row, &r);
		value(&row, SG_FAKE_FIRST_NAME, &first);
		value(&row, SG_FAKE_EMAIL, &email);
		value(&row, SG_FAKE_LAST_NAME, &last);
		value(&row, SG_FAKE_FULL_NAME, &full);
		value(&row, SG_FAKE_USERNAME, &user);
		fold(first.data, f, sizeof(f));
		fold(last.data, l, sizeof(l));
		char *at = strchr(email.data, '@');
		assert_non_null(at);
		*at = '\0';
		/* every local-part style holds the first or the last name, whole */
		if (!strstr(email.data, f) && !strstr(email.data, l))
			fail_msg("email %s@%s is not %s %s", email.data, at + 1, first.data, last.data);
		if (!strstr(user.data, f) && !strstr(user.data, l))
			fail_msg("username %s is not %s %s", user.data, first.data, last.data);
		assert_true(is_freemail(at + 1)); /* no company in this table */
		assert_int_equal(full.len, first.len + 1 + last.len);
		assert_memory_equal(full.data, first.data, first.len);
		assert_string_equal(full.data + first.len + 1, last.data);
	}
	sg_buf_release(&first);
	sg_buf_release(&last);
	sg_buf_release(&full);
	sg_buf_release(&email);
	sg_buf_release(&user);
}

static void email_uses_the_company_domain(void **state)
{
	struct sg_rand r;
	struct sg_fake_row co, staff;
	struct sg_buf email = SG_BUF_INIT, domain = SG_BUF_INIT, url = SG_BUF_INIT;
	int at_company = 0;

	(void)state;
	sg_rand_seed(&r, 4, 5);
	/* a clients-like table: company and email, no person */
	sg_fake_row_init(&co);
	sg_fake_row_plan(&co, SG_FAKE_EMAIL);
	sg_fake_row_plan(&co, SG_FAKE_COMPANY);
	sg_fake_row_plan(&co, SG_FAKE_URL);
	/* a vendors-like table: company, contact person, email */
	sg_fake_row_init(&staff);
	sg_fake_row_plan(&staff, SG_FAKE_COMPANY_FARM);
	sg_fake_row_plan(&staff, SG_FAKE_FULL_NAME);
	sg_fake_row_plan(&staff, SG_FAKE_EMAIL);
	for (int i = 0; i < ROWS; i++) {
		sg_fake_row_reset(&co, &r);
		value(&co, SG_FAKE_EMAIL, &email); /* before the company column on purpose */
		value(&co, SG_FAKE_DOMAIN, &domain);
		value(&co, SG_FAKE_URL, &url);
		char *at = strchr(email.data, '@');
		assert_non_null(at);
		assert_true(in_list(email.data, (size_t)(at - email.data), fk_email_roles,
				    fk_email_roles_n));
		assert_string_equal(at + 1, domain.data);
		assert_non_null(strstr(url.data, domain.data));

		sg_fake_row_reset(&staff, &r);
		value(&staff, SG_FAKE_EMAIL, &email);
		value(&staff, SG_FAKE_DOMAIN, &domain);
		at = strchr(email.data, '@');
		assert_non_null(at);
		if (!strcmp(at + 1, domain.data))
			at_company++;
		else
			assert_true(is_freemail(at + 1));
	}
	/* about 80% of contacts use the company domain */
	assert_in_range(at_company, ROWS * 70 / 100, ROWS * 90 / 100);
	sg_buf_release(&email);
	sg_buf_release(&domain);
	sg_buf_release(&url);
}

static const struct fk_city *find_city(const char *name)
{
	for (size_t i = 0; i < fk_cities_n; i++)
		if (!strcmp(fk_cities[i].name, name))
			return &fk_cities[i];
	return NULL;
}

static void address_parts_agree(void **state)
{
	struct sg_rand r;
	struct sg_fake_row row;
	struct sg_buf phone = SG_BUF_INIT, city = SG_BUF_INIT, county = SG_BUF_INIT,
		      zip = SG_BUF_INIT, street = SG_BUF_INIT, addr = SG_BUF_INIT,
		      state_ = SG_BUF_INIT, country = SG_BUF_INIT, want = SG_BUF_INIT;

	(void)state;
	sg_rand_seed(&r, 6, 7);
	sg_fake_row_init(&row);
	for (int i = 0; i < ROWS; i++) {
		sg_fake_row_reset(&row, &r);
		value(&row, SG_FAKE_PHONE, &phone); /* the phone picks the address */
		value(&row, SG_FAKE_STREET, &street);
		value(&row, SG_FAKE_CITY, &city);
		value(&row, SG_FAKE_COUNTY, &county);
		value(&row, SG_FAKE_ZIP, &zip);
		value(&row, SG_FAKE_STATE, &state_);
		value(&row, SG_FAKE_ADDRESS, &addr);
		value(&row, SG_FAKE_COUNTRY, &country);

		const struct fk_city *c = find_city(city.data);
		assert_non_null(c);
		assert_string_equal(county.data, c->county);
		assert_string_equal(state_.data, "CA");
		assert_string_equal(country.data, "United States");
		int zip_ok = 0, area_ok = 0;
		for (int z = 0; z < 6 && c->zip[z]; z++)
			zip_ok |= !strcmp(c->zip[z], zip.data);
		assert_true(zip_ok);
		unsigned area = (unsigned)atoi(phone.data[0] == '(' ? phone.data + 1 : phone.data);
		for (int a = 0; a < 3 && c->area[a]; a++)
			area_ok |= c->area[a] == area;
		if (!area_ok)
			fail_msg("phone %s in %s", phone.data, city.data);
		assert_true(phone.len == 14 || phone.len == 12);
		/* "<street>[ unit], <city>, CA <zip>" */
		assert_memory_equal(addr.data, street.data, street.len);
		sg_buf_reset(&want);
		sg_buf_addf(&want, ", %s, CA %s", city.data, zip.data);
		assert_true(addr.len > want.len);
		assert_string_equal(addr.data + addr.len - want.len, want.data);
	}
	sg_buf_release(&phone);
	sg_buf_release(&city);
	sg_buf_release(&county);
	sg_buf_release(&zip);
	sg_buf_release(&street);
	sg_buf_release(&addr);
	sg_buf_release(&state_);
	sg_buf_release(&country);
	sg_buf_release(&want);
}

/* The city table against facts kept apart from it: the 58 counties, the
 * California ZIP range and area codes, and a few known cities. */
static void city_table_is_californian(void **state)
{
	static const char *const counties[] = {
		"Alameda", "Alpine", "Amador", "Butte", "Calaveras", "Colusa", "Contra Costa",
		"Del Norte", "El Dorado", "Fresno", "Glenn", "Humboldt", "Imperial", "Inyo",
		"Kern", "Kings", "Lake", "Lassen", "Los Angeles", "Madera", "Marin", "Mariposa",
		"Mendocino", "Merced", "Modoc", "Mono", "Monterey", "Napa", "Nevada", "Orange",
		"Placer", "Plumas", "Riverside", "Sacramento", "San Benito", "San Bernardino",
		"San Diego", "San Francisco", "San Joaquin", "San Luis Obispo", "San Mateo",
		"Santa Barbara", "Santa Clara", "Santa Cruz", "Shasta", "Sierra", "Siskiyou",
		"Solano", "Sonoma", "Stanislaus", "Sutter", "Tehama", "Trinity", "Tulare",
		"Tuolumne", "Ventura", "Yolo", "Yuba",
	};
	static const unsigned areas[] = {
		209, 213, 279, 310, 323, 341, 350, 408, 415, 424, 442, 510, 530, 559, 562,
		619, 626, 628, 650, 657, 661, 669, 707, 714, 747, 760, 805, 818, 820, 831,
		840, 858, 909, 916, 925, 949, 951,
	};
	static const struct {
		const char *city, *county, *zip;
		unsigned area;
	} known[] = {
		{ "Los Angeles", "Los Angeles", "90012", 213 }, { "Oakland", "Alameda", "94612", 510 },
		{ "Sacramento", "Sacramento", "95814", 916 }, { "Eureka", "Humboldt", "95501", 707 },
		{ "Arcata", "Humboldt", "95521", 707 }, { "Salinas", "Monterey", "93901", 831 },
		{ "Santa Rosa", "Sonoma", "95401", 707 }, { "Fresno", "Fresno", "93721", 559 },
		{ "San Diego", "San Diego", "92101", 619 }, { "Ukiah", "Mendocino", "95482", 707 },
		{ "San Francisco", "San Francisco", "94103", 415 },
		{ "Desert Hot Springs", "Riverside", "92240", 760 },
	};

	(void)state;
	assert_true(fk_cities_n >= 60);
	for (size_t i = 0; i < fk_cities_n; i++) {
		const struct fk_city *c = &fk_cities[i];
		int ok = 0;

		for (size_t k = 0; k < sizeof(counties) / sizeof(counties[0]); k++)
			ok |= !strcmp(c->county, counties[k]);
		if (!ok)
			fail_msg("%s: no county %s", c->name, c->county);
		assert_non_null(c->zip[0]);
		for (int z = 0; z < 6 && c->zip[z]; z++) {
			long zip = strtol(c->zip[z], NULL, 10);

			if (strlen(c->zip[z]) != 5 || zip < 90001 || zip > 96162)
				fail_msg("%s: ZIP %s", c->name, c->zip[z]);
		}
		assert_true(c->area[0] != 0);
		for (int a = 0; a < 3 && c->area[a]; a++) {
			ok = 0;
			for (size_t k = 0; k < sizeof(areas) / sizeof(areas[0]); k++)
				ok |= areas[k] == c->area[a];
			if (!ok)
				fail_msg("%s: area code %u", c->name, c->area[a]);
		}
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(c->name, fk_cities[j].name);
	}
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		const struct fk_city *c = find_city(known[i].city);
		int zip = 0, area = 0;

		assert_non_null(c);
		assert_string_equal(c->county, known[i].county);
		for (int z = 0; z < 6 && c->zip[z]; z++)
			zip |= !strcmp(c->zip[z], known[i].zip);
		for (int a = 0; a < 3 && c->area[a]; a++)
			area |= c->area[a] == known[i].area;
		assert_true(zip && area);
	}
}

static int is_slug(const char *s)
{
	if (!*s || *s == '-' || s[strlen(s) - 1] == '-' || strstr(s, "--"))
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

static void product_and_title_agree(void **state)
{
	struct sg_rand r;
	struct sg_fake_row row, t;
	struct sg_buf name = SG_BUF_INIT, strain = SG_BUF_INIT, cat = SG_BUF_INIT,
		      sku = SG_BUF_INIT, slug = SG_BUF_INIT, brand = SG_BUF_INIT,
		      title = SG_BUF_INIT, again = SG_BUF_INIT;

	(void)state;
	sg_rand_seed(&r, 8, 9);
	sg_fake_row_init(&row);
	sg_fake_row_plan(&row, SG_FAKE_PRODUCT_NAME);
	sg_fake_row_init(&t);
	sg_fake_row_plan(&t, SG_FAKE_TASK_TITLE);
	for (int i = 0; i < ROWS; i++) {
		sg_fake_row_reset(&row, &r);
		value(&row, SG_FAKE_SLUG, &slug);
		value(&row, SG_FAKE_PRODUCT_NAME, &name);
		value(&row, SG_FAKE_STRAIN, &strain);
		value(&row, SG_FAKE_CATEGORY, &cat);
		value(&row, SG_FAKE_SKU, &sku);
		value(&row, SG_FAKE_BRAND, &brand);
		assert_memory_equal(name.data, brand.data, brand.len);
		size_t ci = 0;
		while (ci < fk_categories_n && strcmp(fk_categories[ci].name, cat.data))
			ci++;
		assert_true(ci < fk_categories_n);
		assert_memory_equal(sku.data, fk_categories[ci].code, 3);
		if (!strcmp(cat.data, "Flower") || !strcmp(cat.data, "Pre-Roll") ||
		    !strcmp(cat.data, "Vape") || !strcmp(cat.data, "Concentrate"))
			assert_non_null(strstr(name.data, strain.data));
		assert_true(is_slug(slug.data));
		/* the slug is the product name's */
		assert_int_equal(slug.data[0], name.data[0] | 0x20);

		sg_fake_row_reset(&t, &r);
		value(&t, SG_FAKE_TASK_TITLE, &title);
		value(&t, SG_FAKE_TASK_TITLE, &again);
		assert_string_equal(title.data, again.data);
		value(&t, SG_FAKE_SLUG, &slug);
		assert_true(is_slug(slug.data));
		assert_int_equal(slug.data[0], title.data[0] | 0x20);
	}
	sg_buf_release(&name);
	sg_buf_release(&strain);
	sg_buf_release(&cat);
	sg_buf_release(&sku);
	sg_buf_release(&slug);
	sg_buf_release(&brand);
	sg_buf_release(&title);
	sg_buf_release(&again);
}

static void licence_follows_company_kind(void **state)
{
	struct sg_rand r;
	struct sg_fake_row row;
	struct sg_buf b = SG_BUF_INIT;

	(void)state;
	sg_rand_seed(&r, 10, 11);
	sg_fake_row_init(&row);
	sg_fake_row_plan(&row, SG_FAKE_LICENSE_NUMBER);
	sg_fake_row_plan(&row, SG_FAKE_COMPANY_LAB);
	for (int i = 0; i < 200; i++) {
		sg_fake_row_reset(&row, &r);
		value(&row, SG_FAKE_LICENSE_NUMBER, &b);
		assert_int_equal(b.len, 14);
		assert_memory_equal(b.data, "C8-", 3);
		assert_string_equal(b.data + 10, "-LIC");
		value(&row, SG_FAKE_COMPANY_LAB, &b);
		assert_true(strstr(b.data, "Lab") || strstr(b.data, "Testing"));
	}
	sg_buf_release(&b);
}

static void classifier_by_words(void **state)
{
	static const struct {
		const char *col;
		enum sg_fake_kind want;
	} cases[] = {
		{ "email", SG_FAKE_EMAIL }, { "contactEmail", SG_FAKE_EMAIL },
		{ "contact_email", SG_FAKE_EMAIL }, { "EMAIL_ADDRESS", SG_FAKE_EMAIL },
		{ "first_name", SG_FAKE_FIRST_NAME }, { "firstName", SG_FAKE_FIRST_NAME },
		{ "FirstName", SG_FAKE_FIRST_NAME }, { "firstname", SG_FAKE_FIRST_NAME },
		{ "lastName", SG_FAKE_LAST_NAME }, { "last_name", SG_FAKE_LAST_NAME },
		{ "full_name", SG_FAKE_FULL_NAME }, { "contactName", SG_FAKE_FULL_NAME },
		{ "username", SG_FAKE_USERNAME }, { "user_name", SG_FAKE_USERNAME },
		{ "phone", SG_FAKE_PHONE }, { "phoneNumber", SG_FAKE_PHONE },
		{ "mobile", SG_FAKE_PHONE }, { "contact_phone", SG_FAKE_PHONE },
		{ "address", SG_FAKE_ADDRESS }, { "delivery_address", SG_FAKE_ADDRESS },
		{ "street", SG_FAKE_STREET }, { "address1", SG_FAKE_STREET },
		{ "addressLine1", SG_FAKE_STREET }, { "address_line_1", SG_FAKE_STREET },
		{ "address2", SG_FAKE_ADDRESS2 }, { "city", SG_FAKE_CITY },
		{ "county", SG_FAKE_COUNTY }, { "state", SG_FAKE_STATE },
		{ "billing_state", SG_FAKE_STATE }, { "zip", SG_FAKE_ZIP },
		{ "zipCode", SG_FAKE_ZIP }, { "zip_code", SG_FAKE_ZIP },
		{ "postal_code", SG_FAKE_ZIP }, { "country", SG_FAKE_COUNTRY },
		{ "countryCode", SG_FAKE_COUNTRY_CODE }, { "company", SG_FAKE_COMPANY },
		{ "companyName", SG_FAKE_COMPANY }, { "business_name", SG_FAKE_COMPANY },
		{ "legalName", SG_FAKE_COMPANY }, { "vendorName", SG_FAKE_COMPANY },
		{ "url", SG_FAKE_URL }, { "website", SG_FAKE_URL },
		{ "avatarUrl", SG_FAKE_IMAGE_URL }, { "image_url", SG_FAKE_IMAGE_URL },
		{ "slug", SG_FAKE_SLUG }, { "citySlug", SG_FAKE_SLUG },
		{ "title", SG_FAKE_TITLE }, { "description", SG_FAKE_DESCRIPTION },
		{ "notes", SG_FAKE_NOTES }, { "note", SG_FAKE_NOTES },
		{ "internalNotes", SG_FAKE_NOTES }, { "internal_notes", SG_FAKE_NOTES },
		{ "content", SG_FAKE_COMMENT }, { "comment", SG_FAKE_COMMENT },
		{ "body", SG_FAKE_COMMENT }, { "message", SG_FAKE_COMMENT },
		{ "sku", SG_FAKE_SKU }, { "SKU", SG_FAKE_SKU }, { "color", SG_FAKE_COLOR },
		{ "colour", SG_FAKE_COLOR }, { "ip", SG_FAKE_IP }, { "ipAddress", SG_FAKE_IP },
		{ "ip_address", SG_FAKE_IP }, { "IPAddress", SG_FAKE_IP },
		{ "clock_in_ip", SG_FAKE_IP }, { "currency", SG_FAKE_CURRENCY },
		{ "currencyCode", SG_FAKE_CURRENCY }, { "strain", SG_FAKE_STRAIN },
		{ "strainName", SG_FAKE_STRAIN }, { "baseStrainName", SG_FAKE_STRAIN },
		{ "category", SG_FAKE_CATEGORY }, { "product_name", SG_FAKE_PRODUCT_NAME },
		{ "productName", SG_FAKE_PRODUCT_NAME }, { "licenseNumber", SG_FAKE_LICENSE_NUMBER },
		{ "license_number", SG_FAKE_LICENSE_NUMBER }, { "uuid", SG_FAKE_UUID },
		{ "session_guid", SG_FAKE_UUID }, { "reset_token", SG_FAKE_HEX_TOKEN },
		{ "rejection_reason", SG_FAKE_REASON }, { "mime_type", SG_FAKE_MIME_TYPE },
		{ "original_filename", SG_FAKE_FILENAME }, { "tracking_number", SG_FAKE_TRACKING_NUMBER },
		{ "invoiceNumber", SG_FAKE_INVOICE_NUMBER }, { "poNumber", SG_FAKE_PO_NUMBER },
		{ "timezone", SG_FAKE_TIMEZONE }, { "user_agent", SG_FAKE_USER_AGENT },
		{ "subcategory", SG_FAKE_SUBCATEGORY }, { "paymentTerms", SG_FAKE_PAYMENT_TERMS },
		{ "payment_method", SG_FAKE_PAYMENT_METHOD }, { "emailed_to", SG_FAKE_EMAIL },
		{ "display_name", SG_FAKE_FULL_NAME },
		/* negatives */
		{ "statement", SG_FAKE_NONE }, { "emailVerified", SG_FAKE_NONE },
		{ "emailVerifiedAt", SG_FAKE_NONE }, { "email_verified_at", SG_FAKE_NONE },
		{ "updatedBy", SG_FAKE_NONE }, { "cityId", SG_FAKE_NONE },
		{ "name", SG_FAKE_NONE }, { "status", SG_FAKE_NONE }, { "id", SG_FAKE_NONE },
		{ "password_hash", SG_FAKE_NONE }, { "wallet_address", SG_FAKE_NONE },
		{ "errorMessage", SG_FAKE_NONE }, { "phoneVerified", SG_FAKE_NONE },
		{ "stateless", SG_FAKE_NONE }, { "citizen", SG_FAKE_NONE },
		{ "ipsum", SG_FAKE_NONE }, { "skuCount", SG_FAKE_NONE },
		{ "", SG_FAKE_NONE }, { "__", SG_FAKE_NONE },
		{ "a_b_c_d_e_f_g_h_i_j_email", SG_FAKE_EMAIL },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum sg_fake_kind got = sg_fake_kind_for_column(cases[i].col);

		if (got != cases[i].want)
			fail_msg("'%s': got %s, want %s", cases[i].col, sg_fake_kind_name(got),
				 sg_fake_kind_name(cases[i].want));
	}
	assert_int_equal(sg_fake_kind_for_column(NULL), SG_FAKE_NONE);
}

static void classifier_with_table(void **state)
{
	static const struct {
		const char *table, *col;
		enum sg_fake_kind want;
	} cases[] = {
		{ "users", "name", SG_FAKE_FULL_NAME },
		{ "clients", "name", SG_FAKE_COMPANY },
		{ "vendors", "name", SG_FAKE_COMPANY },
		{ "supplier_profiles", "name", SG_FAKE_COMPANY },
		{ "farms", "name", SG_FAKE_COMPANY_FARM },
		{ "dispensaries", "name", SG_FAKE_COMPANY_DISPENSARY },
		{ "strains", "name", SG_FAKE_STRAIN },
		{ "strains", "category", SG_FAKE_STRAIN_TYPE },
		{ "strains", "description", SG_FAKE_PRODUCT_DESCRIPTION },
		{ "products", "description", SG_FAKE_PRODUCT_DESCRIPTION },
		{ "products", "name", SG_FAKE_PRODUCT_NAME },
		{ "brands", "name", SG_FAKE_BRAND },
		{ "product_categories", "name", SG_FAKE_CATEGORY },
		{ "categories", "name", SG_FAKE_CATEGORY },
		{ "todo_tasks", "title", SG_FAKE_TASK_TITLE },
		{ "calendar_events", "title", SG_FAKE_TITLE },
		{ "calendar_events", "name", SG_FAKE_TITLE },
		{ "roles", "name", SG_FAKE_TITLE },
		{ "users", "email", SG_FAKE_EMAIL },
		{ "users", "emailVerified", SG_FAKE_NONE },
		{ NULL, "name", SG_FAKE_NONE },
		{ "clients", "description", SG_FAKE_DESCRIPTION },
		{ "expenseCategories", "name", SG_FAKE_TITLE },
		{ "expenseCategories", "categoryName", SG_FAKE_TITLE },
		{ "invoiceLineItems", "description", SG_FAKE_PRODUCT_NAME },
		{ "inbox_items", "description", SG_FAKE_DESCRIPTION },
		{ "office_supply_items", "name", SG_FAKE_TITLE },
		{ "product_grades", "name", SG_FAKE_TITLE },
		{ "products", "nameCanonical", SG_FAKE_PRODUCT_NAME },
		{ "strains", "standardizedName", SG_FAKE_STRAIN },
		{ "users", "display_name", SG_FAKE_FULL_NAME },
		{ "vip_tiers", "display_name", SG_FAKE_TITLE },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum sg_fake_kind got = sg_fake_kind_for_table_column(cases[i].table, cases[i].col);

		if (got != cases[i].want)
			fail_msg("%s.%s: got %s, want %s", cases[i].table ? cases[i].table : "(null)",
				 cases[i].col, sg_fake_kind_name(got), sg_fake_kind_name(cases[i].want));
	}
}

static void utf8_counts_and_truncates_whole_chars(void **state)
{
	const char *s = "h\xc3\xa9llo";              /* héllo: 6 bytes, 5 chars */
	const char *e = "a\xf0\x9f\x98\x80" "b";      /* a😀b: 6 bytes, 3 chars */
	const char *cjk = "\xe5\x8f\xb0\xe5\x8c\x97"; /* 台北: 6 bytes, 2 chars */

	(void)state;
	assert_int_equal(sg_utf8_chars(s, strlen(s)), 5);
	assert_int_equal(sg_utf8_chars(e, strlen(e)), 3);
	assert_int_equal(sg_utf8_chars(cjk, strlen(cjk)), 2);
	assert_int_equal(sg_utf8_chars("", 0), 0);
	assert_int_equal(sg_utf8_truncate(s, 6, 0), 0);
	assert_int_equal(sg_utf8_truncate(s, 6, 1), 1);
	assert_int_equal(sg_utf8_truncate(s, 6, 2), 3);   /* "hé", not half of é */
	assert_int_equal(sg_utf8_truncate(s, 6, 5), 6);
	assert_int_equal(sg_utf8_truncate(s, 6, 100), 6);
	assert_int_equal(sg_utf8_truncate(e, 6, 1), 1);   /* "a", not a piece of the emoji */
	assert_int_equal(sg_utf8_truncate(e, 6, 2), 5);
	assert_int_equal(sg_utf8_truncate(cjk, 6, 1), 3);
	/* a byte limit that lands inside a sequence still keeps it whole or out */
	assert_int_equal(sg_utf8_truncate(e, 3, 5), 3);
	for (size_t max = 0; max < 8; max++) {
		size_t n = sg_utf8_truncate(e, 6, max);

		assert_true(n == 6 || ((unsigned char)e[n] & 0xC0) != 0x80);
		assert_true(sg_utf8_chars(e, n) <= max);
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void money_is_skewed(void **state)
{
	enum { N = 10000 };
	static double v[N];
	struct sg_rand r;
	double sum = 0, top = 0;

	(void)state;
	sg_rand_seed(&r, 12, 13);
	for (int i = 0; i < N; i++) {
		v[i] = sg_fake_money(&r, 5, 500);
		assert_true(v[i] >= 5.0 && v[i] <= 5000.0);
		double cents = v[i] * 100.0;
		assert_true(cents - (double)(long long)(cents + 0.5) < 1e-6 &&
			    (double)(long long)(cents + 0.5) - cents < 1e-6);
		sum += v[i];
	}
	qsort(v, N, sizeof(v[0]), cmp_double);
	for (int i = N * 8 / 10; i < N; i++)
		top += v[i];
	assert_true(v[N / 2] < 0.5 * (sum / N)); /* median well below the mean */
	assert_true(top > 0.5 * sum);            /* top 20% hold the majority */
	assert_true(v[0] > 0);
	/* about 10% above typical_max */
	int above = 0;
	for (int i = 0; i < N; i++)
		above += v[i] > 500.0;
	assert_in_range(above, N * 7 / 100, N * 13 / 100);
	/* degenerate parameters stay positive and bounded */
	for (int i = 0; i < 1000; i++) {
		double x = sg_fake_money(&r, 0, 0);

		assert_true(x >= 0.01 && x <= 1.0);
		x = sg_fake_money(&r, 100, 50);
		assert_true(x >= 100 && x <= 10000);
	}
}

static void names_follow_frequencies(void **state)
{
	struct sg_rand r;
	struct sg_fake_row row;
	struct sg_buf b = SG_BUF_INIT;
	int james = 0, hiroshi = 0, smith = 0, nakamura = 0;

	(void)state;
	sg_rand_seed(&r, 14, 15);
	sg_fake_row_init(&row);
	for (int i = 0; i < 10000; i++) {
		sg_fake_row_reset(&row, &r);
		value(&row, SG_FAKE_FIRST_NAME, &b);
		james += !strcmp(b.data, "James");
		hiroshi += !strcmp(b.data, "Hiroshi");
		value(&row, SG_FAKE_LAST_NAME, &b);
		smith += !strcmp(b.data, "Smith");
		nakamura += !strcmp(b.data, "Nakamura");
	}
	assert_true(james > 5 * (hiroshi + 1));
	assert_true(smith > 5 * (nakamura + 1));
	assert_true(james > 100);
	sg_buf_release(&b);
}

static void comments_fit_the_entity(void **state)
{
	static const char *const po_types[] = {
		"purchase_order", "PurchaseOrder", "purchaseOrders", "App\\Models\\PurchaseOrder", "po",
	};
	struct sg_rand r;
	struct sg_fake_row row;
	struct sg_buf b = SG_BUF_INIT;

	(void)state;
	sg_rand_seed(&r, 16, 17);
	sg_fake_row_init(&row);
	sg_fake_row_reset(&row, &r);
	for (size_t t = 0; t < sizeof(po_types) / sizeof(po_types[0]); t++) {
		int hits = 0;

		for (int i = 0; i < 200; i++) {
			value(&row, SG_FAKE_NONE, &b);
			sg_fake_comment_for(&row, po_types[t], &b);
			hits += strstr(b.data, "PO-") != NULL;
		}
		assert_true(hits >= 140);
	}
	int inv = 0, batch = 0;
	for (int i = 0; i < 200; i++) {
		sg_buf_reset(&b);
		sg_fake_comment_for(&row, "invoice", &b);
		inv += strstr(b.data, "nvoice") != NULL;
		sg_buf_reset(&b);
		sg_fake_comment_for(&row, "batches", &b);
		batch += strstr(b.data, "B-") != NULL;
		sg_buf_reset(&b);
		sg_fake_comment_for(&row, NULL, &b);
		assert_true(b.len > 10);
		sg_buf_reset(&b);
		sg_fake_comment_for(&row, "widget", &b);
		assert_true(b.len > 10 && !strchr(b.data, '{'));
	}
	assert_true(inv >= 150);
	assert_true(batch >= 120);
	sg_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_seed_same_values),
		cmocka_unit_test(every_kind_non_empty_clean_and_bounded),
		cmocka_unit_test(email_follows_the_row_person),
		cmocka_unit_test(email_uses_the_company_domain),
		cmocka_unit_test(address_parts_agree),
		cmocka_unit_test(city_table_is_californian),
		cmocka_unit_test(product_and_title_agree),
		cmocka_unit_test(licence_follows_company_kind),
		cmocka_unit_test(classifier_by_words),
		cmocka_unit_test(classifier_with_table),
		cmocka_unit_test(utf8_counts_and_truncates_whole_chars),
		cmocka_unit_test(money_is_skewed),
		cmocka_unit_test(names_follow_frequencies),
		cmocka_unit_test(comments_fit_the_entity),
	};
	return cmocka_run_group_tests_name("fake", tests, NULL, NULL);
}
