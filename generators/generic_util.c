/*
 * Helpers of the generic generator shared by its planning and value
 * files: the word lists of short text columns, decimal and integer
 * literals written without printf, random characters, UTF-8 cuts and the
 * multibyte filler of edge-scenario text.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "generic_int.h"

static const char *const v_status[] = { "active", "active", "active", "pending", "pending",
					"inactive", "archived", NULL };
static const char *const v_generic[] = { "standard", "primary", "general", "default", "internal",
					 "custom", "seasonal", "regional", "premium", "basic", NULL };
static const char *const v_type[] = { "standard", "premium", "wholesale", "retail", "internal",
				      "external", NULL };
static const char *const v_source[] = { "web", "mobile", "api", "import", "manual", "referral",
					"email", NULL };
static const char *const v_method[] = { "manual", "automatic", "scheduled", "batch", NULL };
static const char *const v_role[] = { "admin", "manager", "member", "member", "viewer", "owner",
				      NULL };
static const char *const v_priority[] = { "low", "medium", "medium", "high", "urgent", NULL };
static const char *const v_tier[] = { "bronze", "silver", "gold", "platinum", NULL };
static const char *const v_freq[] = { "daily", "weekly", "monthly", "quarterly", "yearly", NULL };
static const char *const v_unit[] = { "each", "g", "oz", "lb", "kg", "unit", NULL };
static const char *const v_visibility[] = { "public", "private", "team", NULL };
static const char *const v_lang[] = { "en", "en", "en", "es", "en-US", NULL };
static const char *const v_theme[] = { "light", "dark", "system", NULL };
static const char *const v_tags[] = { "vip", "wholesale", "priority", "net-30", "new", "organic",
				      "indoor", "local", "seasonal", "follow-up", NULL };
static const char *const v_direction[] = { "inbound", "outbound", NULL };
static const char *const v_action[] = { "created", "updated", "deleted", "viewed", "exported",
					"approved", NULL };
static const char *const v_grade[] = { "A", "A", "B", "B", "C", NULL };

const char *const *const gn_vocabs[W_COUNT] = {
	[W_STATUS] = v_status, [W_GENERIC] = v_generic, [W_TYPE] = v_type,
	[W_SOURCE] = v_source, [W_METHOD] = v_method, [W_ROLE] = v_role,
	[W_PRIORITY] = v_priority, [W_TIER] = v_tier, [W_FREQ] = v_freq, [W_UNIT] = v_unit,
	[W_VISIBILITY] = v_visibility, [W_LANG] = v_lang, [W_THEME] = v_theme,
	[W_TAGS] = v_tags, [W_DIRECTION] = v_direction, [W_ACTION] = v_action,
	[W_GRADE] = v_grade,
};

const char *gn_pick(struct sg_rand *r, const char *const *list)
{
	size_t n = 0;

	while (list[n])
		n++;
	return list[sg_rand_below(r, (uint32_t)n)];
}

void gn_add_i64(struct sg_buf *b, int64_t v)
{
	char tmp[24], *p = tmp + sizeof(tmp);
	uint64_t u = v < 0 ? 0ULL - (uint64_t)v : (uint64_t)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	sg_buf_add(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

/* units * 10^-scale as a decimal literal ("12.50", "-0.05"). */
void gn_add_units(struct sg_buf *b, int64_t units, int scale)
{
	char tmp[48], *p = tmp + sizeof(tmp);
	uint64_t u = units < 0 ? 0ULL - (uint64_t)units : (uint64_t)units;
	int digits = 0;

	if (scale <= 0) {
		gn_add_i64(b, units);
		for (int i = 0; i < -scale && units; i++)
			sg_buf_addch(b, '0');
		return;
	}
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
		if (++digits == scale)
			*--p = '.';
	} while (u || digits <= scale);
	if (p[0] == '.')
		*--p = '0';
	if (units < 0)
		*--p = '-';
	sg_buf_add(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

const char gn_b36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

void gn_add_random(struct sg_buf *b, struct sg_rand *r, size_t n, const char *alphabet,
		       uint32_t size)
{
	for (size_t i = 0; i < n; i++)
		sg_buf_addch(b, alphabet[sg_rand_below(r, size)]);
}

/* Byte length of the longest prefix of s[0..len) of at most maxb bytes
 * that ends on a character boundary. */
size_t gn_utf8_bytes_cut(const char *s, size_t len, size_t maxb)
{
	if (len <= maxb)
		return len;
	while (maxb > 0 && ((unsigned char)s[maxb] & 0xC0) == 0x80)
		maxb--;
	return maxb;
}

/* Fill characters for edge values: letters with 2-, 3- and 4-byte UTF-8
 * (emoji), mixed with ASCII. */
static const char *const uni_chars[] = { "é", "ß", "ñ", "ø", "Ж", "λ", "ü", "中", "文", "日", "€", "✓",
				   "😀", "🚀", "🌿", "🎉" };

/* Appends up to `chars` characters using at most `bytes` bytes. The
 * first three are é, 中 and 😀 when unicode is allowed and they fit, so a
 * maximum-length value always carries 2-, 3- and 4-byte characters. */
void gn_add_filler(struct sg_buf *b, struct sg_rand *r, size_t chars, size_t bytes,
		       bool unicode)
{
	static const char *const first[] = { "é", "中", "😀" };
	static const char alnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	for (size_t i = 0; i < chars && bytes > 0; i++) {
		const char *u = NULL;

		if (unicode && i < 3)
			u = first[i];
		else if (unicode && sg_rand_below(r, 2))
			u = uni_chars[sg_rand_below(r, sizeof(uni_chars) / sizeof(uni_chars[0]))];
		if (u && strlen(u) <= bytes) {
			sg_buf_adds(b, u);
			bytes -= strlen(u);
		} else {
			sg_buf_addch(b, alnum[sg_rand_below(r, 62)]);
			bytes--;
		}
	}
}

void gn_add_uuid(struct sg_buf *b, struct sg_rand *r)
{
	static const char hex[] = "0123456789abcdef";
	uint64_t a = sg_rand_u64(r), c = sg_rand_u64(r);
	char out[36];
	int k = 0;

	a = (a & ~0xF000ULL) | 0x4000ULL;                          /* version 4 */
	c = (c & ~(0xC000ULL << 48)) | (0x8000ULL << 48);          /* variant 10 */
	for (int i = 0; i < 16; i++) {
		uint64_t w = i < 8 ? a : c;
		unsigned byte = (unsigned)(w >> (8 * (7 - i % 8))) & 0xFF;

		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[k++] = '-';
		out[k++] = hex[byte >> 4];
		out[k++] = hex[byte & 15];
	}
	sg_buf_add(b, out, 36);
}

void gn_fit_charset(struct sg_buf *b, size_t start, unsigned max_cp)
{
	static const char alnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	size_t k = start;

	for (size_t i = start; i < b->len;) {
		unsigned char c = (unsigned char)b->data[i];
		size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		unsigned cp = n == 1 ? c : c & (0x3F >> (n - 1));

		if (i + n > b->len)
			n = b->len - i;
		for (size_t j = 1; j < n; j++)
			cp = (cp << 6) | ((unsigned char)b->data[i + j] & 0x3F);
		if (cp > max_cp) {
			b->data[k++] = alnum[cp % 62];
		} else {
			memmove(b->data + k, b->data + i, n);
			k += n;
		}
		i += n;
	}
	gn_truncate_to(b, k);
}
