/*
 * Identifier words: the one home for how seedgen reads a table or column
 * name as English words. "contactEmail", "contact_email" and
 * "ContactEMail" all read as "contact email"; "IPAddress" as "ip
 * address"; "address_line1" as "address line 1". Also singular and
 * plural forms of a word and the edit distance behind "did you mean"
 * hints. Used by the generic generator (column meaning), the fake-data
 * kind lookup, foreign-key inference and config/reconcile errors.
 * Everything here is pure and allocation-free except where stated.
 */
#ifndef SEEDGEN_WORDS_H
#define SEEDGEN_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/buf.h"

#define SG_WORDS_MAX 8
#define SG_WORD_LEN 24

/* Lower-case words of a name; longer words are cut to SG_WORD_LEN - 1. */
struct sg_words {
	int n;
	char w[SG_WORDS_MAX][SG_WORD_LEN];
};

/* Splits name at non-alphanumerics, digit runs and camel humps (bytes
 * >= 0x80 count as lower-case letters). Keeps the first SG_WORDS_MAX
 * words. */
void sg_words_split(const char *name, struct sg_words *ws);
/* The same, keeping the last SG_WORDS_MAX words (the head noun of a long
 * name is at its end). */
void sg_words_split_tail(const char *name, struct sg_words *ws);
/* Byte offsets in name[0..n) where the words start, by the same rules;
 * at most max of them. Returns the count. */
size_t sg_words_starts(const char *name, size_t n, size_t *starts, size_t max);

const char *sg_words_first(const struct sg_words *ws); /* "" if none */
const char *sg_words_last(const struct sg_words *ws);  /* "" if none */
bool sg_words_has(const struct sg_words *ws, const char *w);
/* Is any word (first_in: the first word) in the NULL-terminated list? */
bool sg_words_any_in(const struct sg_words *ws, const char *const *list);
bool sg_words_first_in(const struct sg_words *ws, const char *const *list);
/* Is w in the NULL-terminated list (exact, case-sensitive)? */
bool sg_word_in_list(const char *w, const char *const *list);

/* Singular of a lower-case word, in place: categories -> category,
 * batches -> batch, addresses -> address, statuses -> status,
 * people -> person, orders -> order; "status", "bus" and short words
 * stay. */
void sg_word_singular(char *w);
/* Does the lower-case word look plural ("tags", not "status", "address")? */
bool sg_word_looks_plural(const char *w);
/* Appends the plural ending to b (person -> people, category ->
 * categories, batch -> batches, order -> orders). */
void sg_word_pluralize(struct sg_buf *b);

/* Case-insensitive (ASCII) Levenshtein distance; (size_t)-1 when either
 * string is longer than 128 bytes. */
size_t sg_edit_distance(const char *a, const char *b);

/* The closest of several candidate names, for "did you mean" hints:
 * init, offer each candidate, then read best (NULL when none is within
 * a third of the name's length). best borrows the offered string. */
struct sg_nearest {
	const char *name;
	const char *best;
	size_t best_d;
};
void sg_nearest_init(struct sg_nearest *nr, const char *name);
void sg_nearest_offer(struct sg_nearest *nr, const char *candidate);

#endif
