/*
 * Realistic fake values for a California cannabis supply chain: people,
 * companies (dispensaries, farms, distributors, labs, manufacturers),
 * addresses, products and strains, business text (comments, notes, task
 * titles), codes and identifiers.
 *
 * The engine decides once per column which kind of value to make
 * (sg_fake_kind_for_column / sg_fake_kind_for_table_column), then, per row:
 *
 *     struct sg_fake_row fr;
 *     sg_fake_row_init(&fr);                       once per table
 *     sg_fake_row_plan(&fr, kind);                 once per fake column (optional)
 *     for each row:
 *         sg_fake_row_reset(&fr, &table_stream);
 *         sg_fake_value(&fr, kind, &out);          per column
 *
 * Every draw comes from the caller's struct sg_rand: the same stream and the
 * same sequence of calls give the same values. Values are appended to the
 * caller's sg_buf (never cleared by this module); nothing else is allocated
 * per value. The data tables are static and read-only after a one-time,
 * thread-safe preparation, so rows of different tables may be generated on
 * different threads, each with its own sg_fake_row and sg_rand.
 *
 * Row coherence: a row holds at most one person, one company, one address,
 * one product and one title, each picked by the first value that needs it.
 * Later values in the same row reuse them: EMAIL and USERNAME derive from the
 * row's person; the address's STREET, CITY, COUNTY, ZIP and the PHONE's area
 * code belong together; PRODUCT_NAME, STRAIN, CATEGORY, SUBCATEGORY and SKU
 * describe one product; SLUG is made from the row's title, product or company.
 *
 * Text is ASCII except a few Latin-1 letters in names (José, Peña, Muñoz),
 * and may hold ' & # % : ; (O'Brien, "Sage & Stone", "invoice #48213",
 * "15%"); no value contains a tab, newline, backslash, brace or NUL, none
 * starts or ends with a space, and none is empty. */
#ifndef SEEDGEN_FAKE_H
#define SEEDGEN_FAKE_H

#include <stddef.h>
#include <stdint.h>
#include "seedgen/buf.h"
#include "seedgen/rand.h"

/* Example values are illustrative; "row" means the value is shared with or
 * derived from the row's entity of that type. */
enum sg_fake_kind {
	SG_FAKE_NONE = 0,          /* no fake value: the engine decides by type */

	/* people (row person) */
	SG_FAKE_FIRST_NAME,        /* Maria (US frequency-weighted) */
	SG_FAKE_LAST_NAME,         /* Gonzalez (US census-weighted) */
	SG_FAKE_FULL_NAME,         /* Maria Gonzalez */
	SG_FAKE_USERNAME,          /* mgonzalez, maria.gonzalez42 */
	SG_FAKE_EMAIL,             /* maria.gonzalez42@gmail.com; at the row company's
				      domain when the row has one; info@<company domain>
				      when the table has a company and no person */
	SG_FAKE_JOB_TITLE,         /* Inventory Manager, Budtender */

	/* places (row address; always California) */
	SG_FAKE_PHONE,             /* (510) 482-1937 or 510-482-1937, area code of the row city */
	SG_FAKE_STREET,            /* 1420 Harbor Blvd */
	SG_FAKE_ADDRESS2,          /* Suite 210, Unit 4, Bldg C */
	SG_FAKE_ADDRESS,           /* 1420 Harbor Blvd, Oakland, CA 94607 */
	SG_FAKE_CITY,              /* Oakland */
	SG_FAKE_COUNTY,            /* Alameda (county name without "County") */
	SG_FAKE_STATE,             /* CA */
	SG_FAKE_ZIP,               /* 94607, a real ZIP of the row city */
	SG_FAKE_COUNTRY,           /* United States (weighted; always US when the row has an address) */
	SG_FAKE_COUNTRY_CODE,      /* US (ISO 3166-1 alpha-2, same rule) */
	SG_FAKE_TIMEZONE,          /* America/Los_Angeles (mostly) */

	/* companies (row company) */
	SG_FAKE_COMPANY,           /* any of the kinds below, weighted */
	SG_FAKE_COMPANY_DISPENSARY, /* Green Valley Dispensary */
	SG_FAKE_COMPANY_FARM,      /* Humboldt Heritage Growers */
	SG_FAKE_COMPANY_DISTRIBUTOR, /* Pacific Coast Distribution */
	SG_FAKE_COMPANY_LAB,       /* Coastal Analytical Labs */
	SG_FAKE_COMPANY_MANUFACTURER, /* Golden Hour Edibles */
	SG_FAKE_BRAND,             /* Emerald Triangle (a product brand; row product) */
	SG_FAKE_LICENSE_NUMBER,    /* C10-0000123-LIC; type follows the row company:
				      C10/C9 retail, C11 distributor, C8 lab, C7 manufacturer,
				      CCL21-0001234 cultivation */
	SG_FAKE_TAX_ID,            /* 94-3817265 (EIN form) */
	SG_FAKE_BANK_NAME,         /* Pacific Coast Credit Union */

	/* web */
	SG_FAKE_URL,               /* https://www.greenvalleydispensary.com (row company) */
	SG_FAKE_IMAGE_URL,         /* https://cdn.greenvalleydispensary.com/img/blue-dream-3f9a1c.jpg */
	SG_FAKE_DOMAIN,            /* greenvalleydispensary.com (row company) */
	SG_FAKE_SLUG,              /* blue-dream-pre-roll-1g: of the row title, product or company */
	SG_FAKE_IP,                /* 73.162.40.211 or 10.0.12.7 (IPv4) */
	SG_FAKE_USER_AGENT,        /* a common desktop/mobile browser string */

	/* text: TITLE and TASK_TITLE are the row title; the others are fresh on
	   every call; names inside text are drawn for the text, not the row's */
	SG_FAKE_TITLE,             /* Q3 Compliance Review (row title) */
	SG_FAKE_TASK_TITLE,        /* Reconcile March invoices for Green Valley Dispensary (row title) */
	SG_FAKE_SENTENCE,          /* one business sentence */
	SG_FAKE_NOTES,             /* one or two sentences of notes on a record */
	SG_FAKE_DESCRIPTION,       /* one or two sentences describing a record */
	SG_FAKE_COMMENT,           /* a business comment on any topic */
	SG_FAKE_REASON,            /* Damaged in transit */

	/* products (row product) */
	SG_FAKE_PRODUCT_NAME,      /* Emerald Triangle Blue Dream Pre-Roll 1g */
	SG_FAKE_PRODUCT_DESCRIPTION, /* Sun-grown Blue Dream with notes of berry and pine. */
	SG_FAKE_STRAIN,            /* Blue Dream */
	SG_FAKE_STRAIN_TYPE,       /* Indica, Sativa, Hybrid (of the row strain) */
	SG_FAKE_CATEGORY,          /* Flower, Pre-Roll, Vape, Edible, Concentrate, Tincture, Topical */
	SG_FAKE_SUBCATEGORY,       /* Indoor, Infused, Cartridge, Gummies, Live Rosin, ... */
	SG_FAKE_SKU,               /* PRE-BD-1G-048213 */
	SG_FAKE_BATCH_CODE,        /* B-20417 */

	/* documents and logistics */
	SG_FAKE_INVOICE_NUMBER,    /* INV-2024-048213 */
	SG_FAKE_ORDER_NUMBER,      /* SO-104821 */
	SG_FAKE_PO_NUMBER,         /* PO-2024-00412 */
	SG_FAKE_TRACKING_NUMBER,   /* 1Z4F82A10312345678 or 781234567890 */
	SG_FAKE_CARRIER,           /* In-house fleet, UPS, a distributor's name */
	SG_FAKE_PAYMENT_TERMS,     /* Net 30, COD, Due on receipt */
	SG_FAKE_PAYMENT_METHOD,    /* Cash, ACH, Check, Wire */
	SG_FAKE_FILENAME,          /* COA_B-20417.pdf (row file) */
	SG_FAKE_MIME_TYPE,         /* application/pdf (matches the row file) */

	/* codes */
	SG_FAKE_COLOR,             /* #3b82f6 (lowercase hex) */
	SG_FAKE_CURRENCY,          /* USD (ISO 4217, ~94% USD) */
	SG_FAKE_UUID,              /* RFC 4122 version 4, lowercase, 36 chars */
	SG_FAKE_HEX_TOKEN,         /* 32 lowercase hex digits */

	SG_FAKE_KIND_COUNT
};

/*
 * Per-row context. Caller-allocated; the fields are private to src/fake_*.c.
 * sg_fake_row_init() clears everything (a zeroed struct is also valid);
 * sg_fake_row_plan() records what the table will ask for and survives
 * sg_fake_row_reset(), which starts a new row drawing from r. r must
 * outlive the row's sg_fake_value() calls.
 */
struct sg_fake_person { uint16_t first, last, num; uint8_t style, mail; };
struct sg_fake_company { uint16_t a, b, c; uint8_t kind, shape, tld, role; };
struct sg_fake_addr { uint16_t city, number, street, unit_no; uint8_t zip, area, stype, unit, rural; };
struct sg_fake_product { uint32_t num; uint16_t strain, brand, flavor; uint8_t cat, format, size; };

struct sg_fake_row {
	struct sg_rand *r;
	unsigned plan;             /* table-wide: entities the columns ask for */
	uint8_t plan_company;      /* 1 + company kind of the table's first specific company column */
	unsigned have;             /* per row: entities picked so far */
	struct sg_fake_person person;
	struct sg_fake_company company;
	struct sg_fake_addr addr;
	struct sg_fake_product product;
	uint64_t title_seed;
	uint8_t file;
};

void sg_fake_row_init(struct sg_fake_row *row);

/* Tells the row that the table has a column of this kind. Optional, but it
 * makes rows agree whatever the column order: an EMAIL column then knows
 * whether the table also has a person and/or a company, and the first
 * company made is of the kind of the table's first company column. Call it
 * for every fake column before the first sg_fake_row_reset(). */
void sg_fake_row_plan(struct sg_fake_row *row, enum sg_fake_kind kind);

/* Starts a new row: forgets the previous row's entities, keeps the plan. */
void sg_fake_row_reset(struct sg_fake_row *row, struct sg_rand *r);

/* Appends one value of `kind` to out (never empty; call
 * sg_fake_row_reset() first). SG_FAKE_NONE and unknown kinds append
 * nothing. Values are not unique: some kinds have a handful of values
 * (STATE, CATEGORY, CURRENCY), names and codes repeat over millions of
 * rows, so unique columns need the caller's retry/suffix. A company kind other than the row
 * company's kind gives a separate company of that kind (a transfer row may
 * name a farm and a dispensary); SG_FAKE_COMPANY gives the row company. */
void sg_fake_value(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *out);

/* Appends a comment fitting the commented entity's type: "order",
 * "client", "batch", "invoice", "product", "purchase_order" (also plural,
 * camelCase, or a class name like "App\\Models\\PurchaseOrder"; "customer",
 * "lot", "po", "strain", ... are understood); anything else or NULL gives a
 * general comment. */
void sg_fake_comment_for(struct sg_fake_row *row, const char *entity_type, struct sg_buf *out);

/*
 * Column classifier. The name is split into lowercase words at underscores,
 * dashes, spaces, digit runs and camel humps ("contactEmail" -> contact
 * email, "addressLine1" -> address line 1, "IPAddress" -> ip address). The
 * kind is decided by the LAST word, sometimes with the words before it
 * ("first name", "ip address", "product name"): a rule matches only at the
 * end, so "emailVerified", "emailVerifiedAt", "statement", "updatedBy",
 * "cityId" and "contentType" are SG_FAKE_NONE while "citySlug" is a slug.
 * A bare "name" (or "title", "description") is ambiguous without the table
 * and gives NONE (TITLE / DESCRIPTION) here.
 */
enum sg_fake_kind sg_fake_kind_for_column(const char *column_name);

/* Same, using the table name (its words singularized, read from the last
 * one) for ambiguous columns. "name" (also display_name, nameCanonical,
 * standardizedName) is FULL_NAME in users/employees/contacts, COMPANY in
 * clients/vendors/suppliers (the specific kind in farms/labs/...),
 * PRODUCT_NAME in products, STRAIN in strains, CATEGORY in categories,
 * BRAND in brands, else TITLE (roles, tags, rooms, product_grades, ...);
 * "title" in a tasks/todos table is TASK_TITLE; "description" is
 * PRODUCT_DESCRIPTION in products/strains and PRODUCT_NAME in invoice or
 * bill line items; "category"/"type" in strains is STRAIN_TYPE; a category
 * in an expense/ledger/account table is TITLE. table may be NULL. */
enum sg_fake_kind sg_fake_kind_for_table_column(const char *table, const char *column_name);

/* "email", "company_farm", ...; "none" for NONE, "?" out of range. */
const char *sg_fake_kind_name(enum sg_fake_kind kind);

/* Longest value of the kind in characters when it has a fixed format (2 for
 * STATE, 14 for PHONE, 36 for UUID, ...) or comes whole from one table
 * (FIRST_NAME, CITY, STRAIN, ...); 0 when the kind is composed text with no
 * useful bound: then truncate with sg_utf8_truncate(). A column shorter
 * than a fixed-format bound cannot hold the kind (a 2-char "country" wants
 * COUNTRY_CODE). */
size_t sg_fake_kind_max_chars(enum sg_fake_kind kind);

/*
 * A positive amount: Pareto (type I) with scale lo = max(min, 0.01) and the
 * shape chosen so that 10% of draws exceed typical_max (alpha =
 * ln 10 / ln(typical_max / lo)); most values sit near lo, with a long tail.
 * Draws above the hard cap SG_FAKE_MONEY_CAP_FACTOR * typical_max are
 * clamped to it. Rounded to cents; always in [lo, 10 * typical_max] (ends
 * rounded inwards to a cent). typical_max <= lo is treated as 10 * lo.
 * Uses pow/log: about 30 ns.
 */
double sg_fake_money(struct sg_rand *r, double min, double typical_max);
#define SG_FAKE_MONEY_CAP_FACTOR 10.0

/* Number of UTF-8 characters (code points) in s[0..len): bytes that are not
 * continuation bytes. */
size_t sg_utf8_chars(const char *s, size_t len);

/* Byte length of the longest prefix of s[0..len) with at most max_chars
 * characters that does not split a UTF-8 sequence. Counts code points, as
 * VARCHAR(n) does in MySQL (utf8mb4) and PostgreSQL; an emoji made of
 * several code points (ZWJ sequences, flags) may lose its tail parts. */
size_t sg_utf8_truncate(const char *s, size_t len, size_t max_chars);

#endif
