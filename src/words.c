/*
 * Identifier words (see include/seedgen/words.h): splitting names into
 * words, singular/plural and edit distance. One set of rules, so that the
 * generic generator, fake-data kinds, foreign-key inference and "did you
 * mean" hints agree on what a name says.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/error.h"
#include "seedgen/words.h"

static bool is_lower(unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0x80; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Does a new word start at s[i] (s[i] alphanumeric, in_word: the byte
 * before belongs to a word)? */
static bool word_break(const unsigned char *s, size_t i, bool in_word)
{
	unsigned char ch = s[i], prev, next;

	if (!in_word)
		return true;
	prev = s[i - 1];
	next = s[i + 1];
	return is_digit(ch) != is_digit(prev) || (is_upper(ch) && is_lower(prev)) ||
	       (is_upper(ch) && is_upper(prev) && is_lower(next));
}

/* Start offsets and lengths of the word spans of name[0..n), at most max;
 * keep_last: when there are more, the last max (else the first). */
static size_t word_spans(const char *name, size_t n, size_t *starts, size_t *lens, size_t max,
			 bool keep_last)
{
	const unsigned char *s = (const unsigned char *)name;
	size_t k = 0;
	bool in_word = false;

	for (size_t i = 0; i < n && s[i]; i++) {
		unsigned char ch = s[i];

		if (!is_lower(ch) && !is_upper(ch) && !is_digit(ch)) {
			in_word = false;
			continue;
		}
		if (word_break(s, i, in_word)) {
			if (k == max) {
				if (!keep_last)
					break;
				memmove(starts, starts + 1, (max - 1) * sizeof(*starts));
				memmove(lens, lens + 1, (max - 1) * sizeof(*lens));
				k--;
			}
			starts[k] = i;
			lens[k++] = 0;
		}
		in_word = true;
		lens[k - 1]++;
	}
	return k;
}

static void split(const char *name, struct sg_words *ws, bool keep_last)
{
	size_t starts[SG_WORDS_MAX], lens[SG_WORDS_MAX], k;

	memset(ws, 0, sizeof(*ws));
	if (!name)
		return;
	k = word_spans(name, strlen(name), starts, lens, SG_WORDS_MAX, keep_last);
	for (size_t i = 0; i < k; i++) {
		size_t len = lens[i] < SG_WORD_LEN - 1 ? lens[i] : SG_WORD_LEN - 1;

		for (size_t j = 0; j < len; j++) {
			char ch = name[starts[i] + j];

			ws->w[i][j] = is_upper((unsigned char)ch) ? (char)(ch - 'A' + 'a') : ch;
		}
	}
	ws->n = (int)k;
}

void sg_words_split(const char *name, struct sg_words *ws)
{
	split(name, ws, false);
}

void sg_words_split_tail(const char *name, struct sg_words *ws)
{
	split(name, ws, true);
}

size_t sg_words_starts(const char *name, size_t n, size_t *starts, size_t max)
{
	size_t *lens = sg_calloc(max ? max : 1, sizeof(*lens)), k;

	k = word_spans(name, n, starts, lens, max, false);
	free(lens);
	return k;
}

const char *sg_words_first(const struct sg_words *ws)
{
	return ws->n ? ws->w[0] : "";
}

const char *sg_words_last(const struct sg_words *ws)
{
	return ws->n ? ws->w[ws->n - 1] : "";
}

bool sg_word_in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(w, *list))
			return true;
	return false;
}

bool sg_words_has(const struct sg_words *ws, const char *w)
{
	for (int i = 0; i < ws->n; i++)
		if (!strcmp(ws->w[i], w))
			return true;
	return false;
}

bool sg_words_any_in(const struct sg_words *ws, const char *const *list)
{
	for (int i = 0; i < ws->n; i++)
		if (sg_word_in_list(ws->w[i], list))
			return true;
	return false;
}

bool sg_words_first_in(const struct sg_words *ws, const char *const *list)
{
	return ws->n && sg_word_in_list(ws->w[0], list);
}

bool sg_word_looks_plural(const char *w)
{
	size_t n = strlen(w);

	return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u';
}

void sg_word_singular(char *w)
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
	if (sg_word_looks_plural(w))
		w[n - 1] = '\0';
}

void sg_word_pluralize(struct sg_buf *b)
{
	size_t n = b->len;
	const char *s = b->data;

	if (n >= 6 && !strcmp(s + n - 6, "person")) {
		b->len -= 6;
		sg_buf_adds(b, "people");
	} else if (n >= 2 && s[n - 1] == 'y' && !strchr("aeiou", s[n - 2])) {
		b->len--;
		sg_buf_adds(b, "ies");
	} else if ((n >= 1 && strchr("sxz", s[n - 1])) ||
		   (n >= 2 && (!strcmp(s + n - 2, "ch") || !strcmp(s + n - 2, "sh")))) {
		sg_buf_adds(b, "es");
	} else {
		sg_buf_addch(b, 's');
	}
}

size_t sg_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t *row;
	size_t d;

	if (la > 128 || lb > 128)
		return (size_t)-1;
	row = sg_malloc((lb + 1) * sizeof(*row));
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			int ca = a[i - 1], cb = b[j - 1];
			size_t best = diag + ((ca | 0x20) == (cb | 0x20) ? 0 : 1);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	d = row[lb];
	free(row);
	return d;
}

void sg_nearest_init(struct sg_nearest *nr, const char *name)
{
	nr->name = name;
	nr->best = NULL;
	nr->best_d = strlen(name) / 3 + 1;
}

void sg_nearest_offer(struct sg_nearest *nr, const char *candidate)
{
	size_t d = sg_edit_distance(nr->name, candidate);

	if (d < nr->best_d) {
		nr->best_d = d;
		nr->best = candidate;
	}
}
