/*
 * Vocabulary packs. The cannabis supply-chain vocabulary of the fake
 * library fits TERP, the ERP seedgen was first written for; every other
 * schema gets the neutral pack: band, album and song names, genres, media
 * types, departments, remote-desktop protocols and connection parameters,
 * regions, plain company and product names. sg_vocab_pack_for() picks the
 * pack of a schema (TERP is recognised by its table names) unless the
 * config names one.
 *
 * The pack is run-wide state of the fake library, set once before rows are
 * generated (sg_vocab_use) and only read afterwards; the word lists are
 * static and read-only.
 */
#ifndef SEEDGEN_VOCAB_H
#define SEEDGEN_VOCAB_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/buf.h"
#include "seedgen/rand.h"
#include "seedgen/schema.h"

enum sg_vocab_pack {
	SG_PACK_AUTO = 0,   /* from the schema: TERP's tables -> cannabis, else neutral */
	SG_PACK_CANNABIS,   /* TERP: dispensaries, strains, COAs */
	SG_PACK_NEUTRAL,    /* anything else */
};

/* "auto", "cannabis" (also "terp"), "neutral"; -1 for anything else. */
int sg_vocab_pack_parse(const char *s);
const char *sg_vocab_pack_name(enum sg_vocab_pack p);

/* The pack for schema s: want unless it is SG_PACK_AUTO, else cannabis
 * when s has TERP's tables (strains, batches, todo_lists, ...). */
enum sg_vocab_pack sg_vocab_pack_for(const struct sg_schema *s, enum sg_vocab_pack want);

/* The run's pack (cannabis until sg_vocab_use() says otherwise, so that a
 * caller that never chooses keeps the original vocabulary). */
void sg_vocab_use(enum sg_vocab_pack p);
enum sg_vocab_pack sg_vocab_current(void);

/* Neutral lists and composed names. */
enum sg_vocab_list {
	SG_VL_BAND,         /* The Velvet Harbors, Northern Lights */
	SG_VL_ALBUM,        /* Echoes of Summer */
	SG_VL_SONG,         /* Midnight Train */
	SG_VL_GENRE,        /* Rock, Jazz, Hip Hop */
	SG_VL_MEDIA_TYPE,   /* MPEG audio file, AAC audio file */
	SG_VL_DEPARTMENT,   /* Sales, Engineering */
	SG_VL_PROTOCOL,     /* rdp, vnc, ssh, telnet, kubernetes */
	SG_VL_REGION,       /* Northeast, Midwest, South, West */
	SG_VL_COMPANY,      /* Harbor Logistics Inc. */
	SG_VL_PRODUCT,      /* Organic Green Tea 500g */
	SG_VL_TITLE,        /* Quarterly Planning Review */
	SG_VL_JOB_TITLE,    /* Senior Engineer, Staff Accountant */
	SG_VL_HOST,         /* app-server-03 */
	SG_VL_PARAM_KEY,    /* hostname, port, username, color-depth */
	SG_VL_SENTENCE,     /* Shipment arrived two days late; customer notified. */
	SG_VL_CATEGORY,     /* Beverages, Condiments, Office Supplies */
	SG_VL_COUNTRY2,     /* US, CA, GB ... every ISO 3166 alpha-2 code */
	SG_VL_CURRENCY,     /* USD, EUR, GBP ... ISO 4217 codes */
	SG_VL__COUNT
};

/* Appends one value of the list to out. */
void sg_vocab_add(struct sg_rand *r, enum sg_vocab_list l, struct sg_buf *out);

/* A neutral company name made from three numbers (any values; the fake
 * library passes a row company's, so that its name, email domain and URL
 * agree): "Summit Logistics Inc.". */
void sg_vocab_company(unsigned a, unsigned b, unsigned c, struct sg_buf *out);

/* Whether s is a member of a closed list (GENRE, MEDIA_TYPE, PROTOCOL,
 * DEPARTMENT, REGION, PARAM_KEY); false for the composed ones. */
bool sg_vocab_has(enum sg_vocab_list l, const char *s);

/* Size of a closed list (0 for the composed ones) and its n-th member (n
 * taken modulo the size), for a unique column that must not repeat. */
size_t sg_vocab_count(enum sg_vocab_list l);
void sg_vocab_nth(enum sg_vocab_list l, size_t n, struct sg_buf *out);

/* Appends a value that fits the connection parameter key (a host for
 * "hostname", a port number for "port", true/false for flags ...). */
void sg_vocab_param_value(struct sg_rand *r, const char *key, struct sg_buf *out);

/* Whether value fits key as sg_vocab_param_value() makes them; true for a
 * key it does not know. */
bool sg_vocab_param_fits(const char *key, const char *value);

/* Whether s holds a word of the cannabis pack (kush, strain, dispensary,
 * COA, THC ...), case-insensitive, as a whole word. */
bool sg_vocab_is_cannabis(const char *s);

#endif
