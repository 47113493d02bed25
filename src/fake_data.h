/*
 * Data tables behind the fake module (defined in fake_data.c and
 * fake_data_text.c): weighted names, California cities with their
 * counties, ZIP codes and area codes, company name parts, strains,
 * product formats and the sentence templates. Private
 * to the fake module; every table has a matching element count.
 *
 * Templates use {slot} placeholders that fake_text.c fills (see slot_names
 * there for the list); a template never needs more than one pass.
 */
#ifndef SEEDGEN_FAKE_DATA_H
#define SEEDGEN_FAKE_DATA_H

#include <stddef.h>
#include <stdint.h>

/* A string with a relative frequency. */
struct fk_wstr {
	const char *s;
	uint32_t w;
};

struct fk_city {
	const char *name;
	const char *county;   /* without "County" */
	uint16_t w;           /* weight for any business or person */
	uint16_t farm_w;      /* weight for a farm (cultivation hubs), 0 = never */
	const char *zip[6];   /* real ZIP codes of the city, NULL-terminated */
	uint16_t area[3];     /* area codes serving it, 0-terminated */
};

struct fk_strain {
	const char *name;
	uint32_t w;
	char type;            /* 'I'ndica, 'S'ativa, 'H'ybrid */
};

/* Name parts of one kind of company: prefix [middle] suffix. */
struct fk_company_parts {
	const char *const *pre;
	size_t npre;
	const char *const *mid;   /* optional middle word */
	size_t nmid;
	unsigned mid_pct;         /* chance in percent of a middle word */
	const char *const *suf;
	size_t nsuf;
	unsigned city_pct;        /* chance in percent that a city replaces the prefix */
};

/* A product format: category, subcategory, name template, sizes. */
struct fk_format {
	uint8_t cat;              /* index into fk_categories */
	const char *sub;          /* subcategory */
	const char *tmpl;         /* {brand} {strain}/{flavor} ... {size} */
	const char *size[5];      /* NULL-terminated; the first is the most common */
};

struct fk_category {
	const char *name;
	const char *code;         /* SKU prefix */
	uint32_t w;
};

struct fk_file {
	const char *tmpl;         /* file name template */
	const char *mime;
};

/* Company kinds, in the order of fk_company_parts[]. */
enum fk_company_kind {
	FK_DISPENSARY,
	FK_FARM,
	FK_DISTRIBUTOR,
	FK_LAB,
	FK_MANUFACTURER,
	FK_COMPANY_KINDS
};

typedef const char *fk_str;

#define FK_DECL(type, name)            \
	extern const type name[];      \
	extern const size_t name##_n

FK_DECL(struct fk_wstr, fk_first_names);
FK_DECL(struct fk_wstr, fk_last_names);
FK_DECL(struct fk_wstr, fk_mail_domains);
FK_DECL(struct fk_city, fk_cities);
FK_DECL(struct fk_strain, fk_strains);
FK_DECL(struct fk_category, fk_categories);
FK_DECL(struct fk_format, fk_formats);
FK_DECL(struct fk_wstr, fk_countries);      /* name|code pairs as "United States|US" */
FK_DECL(struct fk_wstr, fk_currencies);
FK_DECL(struct fk_wstr, fk_timezones);
FK_DECL(struct fk_file, fk_files);
FK_DECL(struct fk_wstr, fk_payment_terms);
FK_DECL(struct fk_wstr, fk_payment_methods);

extern const struct fk_company_parts fk_company_parts[FK_COMPANY_KINDS];
extern const uint32_t fk_company_kind_w[FK_COMPANY_KINDS];

FK_DECL(fk_str, fk_streets);
FK_DECL(fk_str, fk_rural_streets);
FK_DECL(fk_str, fk_street_types);
FK_DECL(fk_str, fk_brands);
FK_DECL(fk_str, fk_flavors);
FK_DECL(fk_str, fk_aromas);
FK_DECL(fk_str, fk_effects);
FK_DECL(fk_str, fk_job_titles);
FK_DECL(fk_str, fk_email_roles);
FK_DECL(fk_str, fk_banks);
FK_DECL(fk_str, fk_ein_prefixes);
FK_DECL(fk_str, fk_user_agents);
FK_DECL(fk_str, fk_colors);
FK_DECL(fk_str, fk_carriers);
FK_DECL(fk_str, fk_url_paths);
FK_DECL(fk_str, fk_times);
FK_DECL(fk_str, fk_ip_first_octets);

/* Sentence templates. */
FK_DECL(fk_str, fk_titles);
FK_DECL(fk_str, fk_task_titles);
FK_DECL(fk_str, fk_notes);
FK_DECL(fk_str, fk_descriptions);
FK_DECL(fk_str, fk_description_tails);
FK_DECL(fk_str, fk_product_descriptions);
FK_DECL(fk_str, fk_reasons);

/* Comment templates by topic (enum fk_topic order). */
enum fk_topic {
	FK_T_ORDER,
	FK_T_CLIENT,
	FK_T_BATCH,
	FK_T_INVOICE,
	FK_T_PRODUCT,
	FK_T_PO,
	FK_T_DELIVERY,
	FK_T_INVENTORY,
	FK_T_COMPLIANCE,
	FK_T_GENERAL,
	FK_TOPICS
};

struct fk_template_list {
	const char *const *v;
	size_t n;
};

extern const struct fk_template_list fk_comments[FK_TOPICS];

#define FK_COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* Defines name_n, the element count of the data table name (fake_data*.c). */
#define FK_DEFINE_N(name) const size_t name##_n = FK_COUNT(name)

#endif
