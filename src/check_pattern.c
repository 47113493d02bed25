/*
 * The pattern subset seedgen can both match and produce (see
 * check_expr.h): LIKE patterns ('%', '_', backslash escapes) and regexes
 * made of literals, '.', classes ([A-Z0-9_-], [^...], \d \w \s), anchors
 * (^ $) and quantifiers (? * + {n} {n,} {n,m}). Groups, alternation and
 * POSIX classes are outside it: such CHECKs go to the server's filter.
 * Matching is byte-wise on ASCII and case-sensitive unless asked, which is
 * never more lenient than the servers' collations.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/check_expr.h"
#include "seedgen/rand.h"

#define MAX_ITEMS 64
#define OPEN_MAX 1000000

/* One position of a pattern: a set of bytes repeated min..max times. */
struct item {
	unsigned char set[16]; /* bitmap of ASCII bytes */
	bool any;              /* '.', '%', '_', negated class: also non-ASCII characters */
	int min, max;
};

struct pat {
	struct item it[MAX_ITEMS];
	int n;
	bool anchored_start, anchored_end;
};

static void set_add(struct item *it, unsigned c)
{
	if (c < 128)
		it->set[c / 8] |= (unsigned char)(1u << (c % 8));
}

static bool set_has(const struct item *it, unsigned char c)
{
	return c < 128 ? (it->set[c / 8] >> (c % 8)) & 1 : it->any;
}

static void set_range(struct item *it, unsigned a, unsigned b)
{
	for (unsigned c = a; c <= b && c < 128; c++)
		set_add(it, c);
}

/* \d \w \s or an escaped literal. */
static void set_escape(struct item *it, char c)
{
	if (c == 'd') {
		set_range(it, '0', '9');
	} else if (c == 'w') {
		set_range(it, '0', '9');
		set_range(it, 'a', 'z');
		set_range(it, 'A', 'Z');
		set_add(it, '_');
	} else if (c == 's') {
		set_add(it, ' ');
		set_add(it, '\t');
	} else {
		set_add(it, (unsigned char)c);
	}
}

static void set_negate(struct item *it)
{
	for (int i = 0; i < 16; i++)
		it->set[i] = (unsigned char)~it->set[i];
	it->set[0] &= (unsigned char)~1u; /* never NUL */
	it->any = true;
}

/* [...] from p (after '['); returns the position after ']' or NULL. */
static const char *parse_class(const char *p, struct item *it)
{
	bool neg = *p == '^';

	if (neg)
		p++;
	if (*p == ']') {
		set_add(it, ']');
		p++;
	}
	while (*p && *p != ']') {
		if (p[0] == '[' && p[1] == ':')
			return NULL; /* POSIX class */
		if (*p == '\\' && p[1]) {
			set_escape(it, p[1]);
			p += 2;
		} else if (p[1] == '-' && p[2] && p[2] != ']') {
			if ((unsigned char)p[0] > (unsigned char)p[2])
				return NULL;
			set_range(it, (unsigned char)p[0], (unsigned char)p[2]);
			p += 3;
		} else {
			set_add(it, (unsigned char)*p++);
		}
	}
	if (*p != ']')
		return NULL;
	if (neg)
		set_negate(it);
	return p + 1;
}

/* {n}, {n,}, {n,m}, ?, *, + after an item; returns the position after it. */
static const char *parse_quant(const char *p, struct item *it)
{
	char *end;

	if (*p == '?' || *p == '*' || *p == '+') {
		it->min = *p == '+';
		it->max = *p == '?' ? 1 : OPEN_MAX;
		return p + 1;
	}
	if (*p != '{' || p[1] < '0' || p[1] > '9')
		return p;
	it->min = (int)strtol(p + 1, &end, 10);
	it->max = it->min;
	if (*end == ',' && end[1] == '}') {
		it->max = OPEN_MAX;
		end++;
	} else if (*end == ',') {
		it->max = (int)strtol(end + 1, &end, 10);
	}
	if (*end != '}' || it->min > it->max || it->min > 1000)
		return NULL;
	return end + 1;
}

static bool compile_regex(const char *p, struct pat *pt)
{
	if (*p == '^') {
		pt->anchored_start = true;
		p++;
	}
	while (*p) {
		struct item *it = &pt->it[pt->n];

		if (p[0] == '$' && !p[1]) {
			pt->anchored_end = true;
			break;
		}
		if (pt->n == MAX_ITEMS || strchr("()|^$*+?{}", *p))
			return false;
		memset(it, 0, sizeof(*it));
		it->min = it->max = 1;
		if (*p == '[') {
			p = parse_class(p + 1, it);
		} else if (*p == '\\' && p[1]) {
			set_escape(it, p[1]);
			p += 2;
		} else if (*p == '.') {
			set_negate(it);
			it->set[1] &= (unsigned char)~(1u << 2); /* not '\n' */
			p++;
		} else {
			set_add(it, (unsigned char)*p++);
		}
		if (!p || !(p = parse_quant(p, it)))
			return false;
		pt->n++;
	}
	return true;
}

static bool compile_like(const char *p, struct pat *pt)
{
	pt->anchored_start = pt->anchored_end = true;
	for (; *p; p++) {
		struct item *it = &pt->it[pt->n];

		if (pt->n == MAX_ITEMS)
			return false;
		memset(it, 0, sizeof(*it));
		it->min = it->max = 1;
		if (*p == '%' || *p == '_') {
			set_negate(it);
			if (*p == '%') {
				it->min = 0;
				it->max = OPEN_MAX;
			}
		} else if (*p == '\\' && p[1]) {
			set_add(it, (unsigned char)*++p);
		} else {
			set_add(it, (unsigned char)*p);
		}
		pt->n++;
	}
	return true;
}

static bool compile(const char *pat, bool like, struct pat *pt)
{
	memset(pt, 0, sizeof(*pt));
	return like ? compile_like(pat, pt) : compile_regex(pat, pt);
}

bool sg_cx_pattern_ok(const char *pat, bool like)
{
	struct pat pt;

	return pat && compile(pat, like, &pt);
}

/* --- matching ------------------------------------------------------------------- */

static size_t char_len(const char *s, size_t n)
{
	size_t k = 1;

	while (k < n && ((unsigned char)s[k] & 0xC0) == 0x80)
		k++;
	return k;
}

static bool one(const struct item *it, const char *s, size_t n, bool icase, size_t *used)
{
	unsigned char c = (unsigned char)*s;

	if (c >= 0x80) {
		*used = char_len(s, n);
		return it->any;
	}
	*used = 1;
	if (set_has(it, c))
		return true;
	if (icase && c >= 'a' && c <= 'z')
		return set_has(it, (unsigned char)(c - 'a' + 'A'));
	if (icase && c >= 'A' && c <= 'Z')
		return set_has(it, (unsigned char)(c - 'A' + 'a'));
	return false;
}

/* Does items[i..] match s[0..n) (whole when anchored at the end)? */
static bool match_at(const struct pat *pt, int i, const char *s, size_t n, bool icase)
{
	const struct item *it;
	size_t pos = 0, *ends;
	int count = 0;
	bool ok = false;

	if (i == pt->n)
		return !pt->anchored_end || n == 0;
	it = &pt->it[i];
	ends = malloc((n + 1) * sizeof(*ends));
	if (!ends)
		return false;
	ends[0] = 0;
	while (count < it->max && pos < n) {
		size_t used;

		if (!one(it, s + pos, n - pos, icase, &used))
			break;
		pos += used;
		ends[++count] = pos;
	}
	for (int k = count; k >= it->min && !ok; k--)
		ok = match_at(pt, i + 1, s + ends[k], n - ends[k], icase);
	free(ends);
	return ok;
}

bool sg_cx_pattern_match(const char *pat, bool like, bool icase, const char *s, size_t n)
{
	struct pat pt;

	if (!compile(pat, like, &pt))
		return false;
	for (size_t start = 0; start <= n; start += start < n ? char_len(s + start, n - start) : 1) {
		if (match_at(&pt, 0, s + start, n - start, icase))
			return true;
		if (pt.anchored_start)
			break;
	}
	return false;
}

/* --- producing ------------------------------------------------------------------ */

static bool pick_char(const struct item *it, struct sg_rand *r, char *out)
{
	static const char pref[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	char cand[128];
	int n = 0;

	for (const char *p = pref; *p; p++)
		if (set_has(it, (unsigned char)*p))
			cand[n++] = *p;
	if (!n)
		for (unsigned c = 32; c < 127; c++)
			if (set_has(it, (unsigned char)c))
				cand[n++] = (char)c;
	if (!n)
		return false;
	*out = cand[sg_rand_below(r, (uint32_t)n)];
	return true;
}

bool sg_cx_pattern_make(const char *pat, bool like, struct sg_rand *r, size_t max_chars,
			struct sg_buf *out)
{
	struct pat pt;
	size_t need = 0, room;

	if (!compile(pat, like, &pt))
		return false;
	for (int i = 0; i < pt.n; i++)
		need += (size_t)pt.it[i].min;
	if (max_chars && need > max_chars)
		return false;
	room = max_chars ? max_chars - need : 16;
	for (int i = 0; i < pt.n; i++) {
		const struct item *it = &pt.it[i];
		int extra = it->max - it->min, k;

		if (extra > 6)
			extra = 6;
		if ((size_t)extra > room)
			extra = (int)room;
		k = it->min + (extra > 0 ? (int)sg_rand_below(r, (uint32_t)extra + 1) : 0);
		room -= (size_t)(k - it->min);
		for (int j = 0; j < k; j++) {
			char c;

			if (!pick_char(it, r, &c))
				return false;
			sg_buf_addch(out, c);
		}
	}
	return true;
}
