/*
 * Reference facts about the real world that both sides of realism need:
 * the generators draw coherent rows from them (a state's abbreviation with
 * its name and ZIP codes, a first name with its gender) and `seedgen
 * realism` checks seeded rows against the same facts, so the two can never
 * disagree about what "coherent" means.
 *
 * Everything here is static, read-only data; lookups are case-insensitive
 * and allocate nothing.
 */
#ifndef SEEDGEN_REFDATA_H
#define SEEDGEN_REFDATA_H

#include <stdbool.h>
#include <stddef.h>

/* A US state (the 50 states and DC). */
struct sg_ref_state {
	const char *name;        /* "California" */
	const char *abbr;        /* "CA" (USPS) */
	unsigned short zip3[4][2]; /* ranges of the first three ZIP digits, {0,0}-ended */
	const char *capital;     /* a real city of the state ("Sacramento") */
	unsigned short area;     /* a telephone area code of the capital */
	const char *zip;         /* a real ZIP code of the capital */
};

extern const struct sg_ref_state sg_ref_states[];
extern const size_t sg_ref_nstates;

/* The state whose USPS abbreviation (or full name) is s; NULL if none. */
const struct sg_ref_state *sg_ref_state_by_abbr(const char *s);
const struct sg_ref_state *sg_ref_state_by_name(const char *s);

/* Whether the ZIP code (5 digits, optionally followed by -NNNN) lies in the
 * state's ranges. False for anything that is not a ZIP code. */
bool sg_ref_zip_in_state(const char *zip, const struct sg_ref_state *st);

/* Whether seedgen knows the city (a state capital, or a California city
 * of the fake library), and whether it lies in the state. A city name that
 * several states have (Richmond, Concord) is in each of them. */
bool sg_ref_city_known(const char *city);
bool sg_ref_city_in_state(const char *city, const struct sg_ref_state *st);

/* Gender of a common US first name: 'F', 'M', or 0 when unknown. Covers
 * every first name the fake library draws. */
char sg_ref_first_name_gender(const char *name);

/* n-th first name of gender g ('F' or 'M'), for generators that must match
 * a gender; *count gets how many there are. */
const char *sg_ref_first_name_of(char g, size_t n, size_t *count);

/* Gender a value of a gender column stands for: 'F' for F, female, woman,
 * w; 'M' for M, male, man; 0 for anything else (non-binary, unknown, X). */
char sg_ref_gender_value(const char *s);

/* Gender a courtesy title implies: 'M' for Mr, 'F' for Mrs, Ms, Miss (with
 * or without the dot); 0 for Dr, Prof and anything else. */
char sg_ref_title_gender(const char *s);

#endif
