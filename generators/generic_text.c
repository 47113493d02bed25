/*
 * Text values of the generic generator: fake kinds (names, emails,
 * phones, prose), ids and codes, word lists, cut to the column's
 * character and byte limits; unique-key retries add a suffix; the edge
 * scenario's maximum fills the column to its last character with
 * multibyte and emoji text.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/check_expr.h"
#include "generic_int.h"
#include "seedgen/vocab.h"

/* Cuts [start, len) to maxc characters / maxb bytes (0 = no limit),
 * preferring a word boundary for free text, drops trailing blanks, then
 * pads with letters and digits up to minc characters. */
static void fit_text(struct sg_buf *b, size_t start, size_t maxc, size_t maxb, size_t minc,
		     bool words, struct sg_rand *r)
{
	const char *s = b->data ? b->data + start : "";
	size_t len = b->len - start, cut = len, chars;

	if (maxc)
		cut = sg_utf8_truncate(s, len, maxc);
	if (maxb)
		cut = gn_utf8_bytes_cut(s, cut, maxb);
	if (cut < len && words) {
		size_t sp = cut;

		while (sp > 0 && s[sp] != ' ')
			sp--;
		if (sp * 10 >= cut * 6)
			cut = sp;
	}
	while (cut > 0 && (s[cut - 1] == ' ' || (words && cut < len &&
						   strchr(",;:-", s[cut - 1]))))
		cut--;
	gn_truncate_to(b, start + cut);
	if (!minc)
		return;
	chars = gn_utf8_chars(b->data + start, cut);
	while (chars < minc && (!maxb || b->len - start < maxb)) {
		sg_buf_addch(b, gn_b36[sg_rand_below(r, 36)]);
		chars++;
	}
}

static void add_text_id(const struct sg_colgen *cg, const struct sg_gen_env *env,
			struct sg_rand *r, const struct sg_row *row, struct sg_buf *b,
			size_t maxc)
{
	size_t n;

	if (!maxc || maxc >= 36) {
		gn_add_uuid(b, r);
	} else if (maxc >= 25) {
		/* cuid-like: 'c', 8 base-36 digits of time, 16 random */
		uint64_t ts = (uint64_t)(env->now > 0 ? env->now : 0) * 1000u +
			      (uint64_t)(row->index > 0 ? row->index : 0) % 1000u;
		char tmp[8];

		for (int i = 7; i >= 0; i--) {
			tmp[i] = gn_b36[ts % 36];
			ts /= 36;
		}
		sg_buf_addch(b, 'c');
		sg_buf_add(b, tmp, 8);
		gn_add_random(b, r, 16, gn_b36, 36);
	} else {
		n = maxc > (size_t)cg->p.len_min ? maxc : (size_t)cg->p.len_min;
		gn_add_random(b, r, n, gn_b36, 36);
	}
}

static void add_code(const struct sg_colgen *cg, struct sg_rand *r, struct sg_buf *b,
		     size_t maxc)
{
	static const char al[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	size_t n = cg->c->cls == SG_T_CHAR && maxc ? maxc : 8;

	if (maxc && n > maxc)
		n = maxc;
	if (n < (size_t)cg->p.len_min)
		n = (size_t)cg->p.len_min;
	if (n > 32)
		n = 32;
	gn_add_random(b, r, n, al, sizeof(al) - 1);
}

/* Appends "-" and 2+2*attempt random base-36 digits (before the '@' of an
 * email) within maxc characters; very short columns get a fresh random
 * value instead. */
static void add_suffix(const struct sg_colgen *cg, struct sg_buf *b, size_t start,
		       struct sg_rand *r, int attempt, size_t maxc, size_t maxb)
{
	size_t n = (size_t)(2 + 2 * (attempt < 5 ? attempt : 5));
	size_t cap = maxc, len = b->len - start;
	char dom[128];
	size_t domlen = 0, domc = 0;
	const char *at = (cg->p.flags & F_EMAIL) && b->data
		? memchr(b->data + start, '@', len) : NULL;

	if (maxb && (!cap || maxb < cap))
		cap = maxb;
	if (at && (size_t)(b->data + b->len - at) < sizeof(dom)) {
		domlen = (size_t)(b->data + b->len - at);
		memcpy(dom, at, domlen);
		domc = gn_utf8_chars(dom, domlen);
		gn_truncate_to(b, (size_t)(at - b->data));
		len = b->len - start;
	}
	if (cap && cap < n + 1 + domc + 2) {
		size_t m = cap < n + 1 ? cap : n + 1;

		gn_truncate_to(b, start);
		gn_add_random(b, r, m > 0 ? m : 1, gn_b36, 36);
		return;
	}
	if (cap) {
		size_t keep = cap - n - 1 - domc;
		size_t cut = sg_utf8_truncate(b->data + start, len, keep);

		if (maxb)
			cut = gn_utf8_bytes_cut(b->data + start, cut, maxb - n - 1 - domlen);
		gn_truncate_to(b, start + cut);
	}
	sg_buf_addch(b, domlen ? '.' : '-');
	gn_add_random(b, r, n, gn_b36, 36);
	if (domlen)
		sg_buf_add(b, dom, domlen);
}

/* Comments, notes and descriptions run to two or three sentences when the
 * column has room, as real ones do (about 120 characters on average in a
 * column of 160): a sentence is added only whole, never cut. */
static void add_more_sentences(const struct sg_colgen *cg, struct sg_rand *r,
			       struct sg_fake_row *fr, struct sg_buf *b, size_t start,
			       size_t maxc, size_t maxb)
{
	enum sg_fake_kind k = (enum sg_fake_kind)cg->fake_kind;
	size_t target;

	if (k != SG_FAKE_COMMENT && k != SG_FAKE_NOTES && k != SG_FAKE_DESCRIPTION &&
	    k != SG_FAKE_SENTENCE)
		return;
	if (maxc && maxc < 100)
		return;
	target = 60 + sg_rand_below(r, (uint32_t)((maxc ? (maxc < 240 ? maxc : 240) : 240) - 40));
	for (int i = 0; i < 2 && gn_utf8_chars(b->data + start, b->len - start) < target; i++) {
		size_t before = b->len;

		sg_buf_addch(b, ' ');
		sg_fake_value(fr, k, b);
		if ((maxc && gn_utf8_chars(b->data + start, b->len - start) > maxc) ||
		    (maxb && b->len - start > maxb)) {
			gn_truncate_to(b, before);
			break;
		}
	}
}

/* The edge maximum of a text value already in [start, len): the value
 * (cut to half the room unless its structure must stay whole) followed by
 * multibyte and emoji characters up to exactly maxc characters; an email
 * gets them before its '@'. */
static void make_max(const struct sg_colgen *cg, struct sg_buf *b, size_t start,
		     struct sg_rand *r, size_t maxc, size_t maxb)
{
	bool uni = !(cg->p.flags & F_ASCII);
	size_t budget = maxb ? maxb : SIZE_MAX;
	char dom[128];
	size_t domlen = 0, domc = 0, len = b->len - start, chars, bytes;
	const char *at = (cg->p.flags & F_EMAIL) && b->data
		? memchr(b->data + start, '@', len) : NULL;

	if (at && (size_t)(b->data + b->len - at) < sizeof(dom)) {
		domlen = (size_t)(b->data + b->len - at);
		domc = gn_utf8_chars(at, domlen);
		if (maxc < domc + 2 || budget < domlen + 2) {
			domlen = 0;
		} else {
			memcpy(dom, at, domlen);
			gn_truncate_to(b, (size_t)(at - b->data));
			len = b->len - start;
		}
	}
	if (!domlen && !(cg->p.flags & F_UNPARSED)) {
		size_t cut = sg_utf8_truncate(b->data + start, len, maxc / 2);

		gn_truncate_to(b, start + cut);
		while (b->len > start && b->data[b->len - 1] == ' ')
			gn_truncate_to(b, b->len - 1);
	}
	len = b->len - start;
	chars = gn_utf8_chars(b->data + start, len);
	bytes = len;
	if (chars + domc >= maxc || bytes + domlen >= budget) {
		if (domlen)
			sg_buf_add(b, dom, domlen);
		return;
	}
	if (!domlen && chars > 0 && chars + domc + 2 <= maxc && bytes + 2 <= budget) {
		sg_buf_addch(b, ' ');
		chars++;
		bytes++;
	}
	gn_add_filler(b, r, maxc - chars - domc, budget - bytes - domlen, uni);
	if (domlen)
		sg_buf_add(b, dom, domlen);
}

static void add_word(struct sg_buf *b, struct sg_rand *r, const char *const *list, size_t maxc)
{
	const char *w = gn_pick(r, list);

	if (maxc && strlen(w) > maxc) {
		for (size_t i = 0; list[i]; i++)
			if (strlen(list[i]) <= maxc) {
				w = list[i];
				break;
			}
	}
	sg_buf_adds(b, w);
}

void gn_gen_text(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		     struct sg_fake_row *fr, const struct sg_row *row, int attempt, int v,
		     bool elem, struct sg_buf *b)
{
	size_t start = b->len;
	size_t maxc = (size_t)cg->p.len_max, maxb = (size_t)cg->p.byte_max;
	size_t minc = (size_t)cg->p.len_min;
	bool uni = !(cg->p.flags & F_ASCII);
	bool keep = (cg->p.flags & (F_UNPARSED | F_EMAIL)) != 0;
	size_t room = maxc ? maxc : elem ? EDGE_ELEM : EDGE_LONG;

	if (v != V_NORMAL && cg->strategy == S_TEXT_ID && v != V_MAX)
		v = V_NORMAL;
	if (keep && (v == V_MIN || v == V_MIN2))
		v = V_NORMAL;
	if (keep && v == V_MAX2)
		v = V_MAX;
	switch (v) {
	case V_MIN2:
		if (minc == 0 && !cg->unique)
			goto fit; /* the empty string */
		/* fall through */
	case V_MIN:
		if (cg->unique)
			gn_add_filler(b, r, 1, 4, false); /* one random letter or digit */
		else if (uni)
			sg_buf_adds(b, (row->index / 10) % 2 ? "é" : "😀");
		else
			sg_buf_addch(b, 'x');
		goto fit;
	case V_MAX2: {
		static const char special[] = "O'Brien \"Q\" \\ <b>&amp;</b> 100%_;--";

		sg_buf_adds(b, special);
		if (room > sizeof(special))
			gn_add_filler(b, r, room - (sizeof(special) - 1), maxb ? maxb : SIZE_MAX, false);
		goto fit;
	}
	case V_MAX:
		if (cg->strategy == S_TEXT_ID) {
			gn_add_filler(b, r, room, maxb ? maxb : SIZE_MAX, uni);
			goto fit;
		}
		break;
	default:
		break;
	}

	switch (cg->strategy) {
	case S_VOCAB:
	case S_PARAMVAL:
	case S_KEYCODE:
	case S_CLASSNAME: /* never a key (meaning_text) */
		gn_gen_meaning_text(cg, r, row, attempt, b);
		/* unique by construction, or by the list: a retry takes the next
		 * entry. A key of this column alone that the plan does not cap by
		 * the list (lower(name)) can outrun it: the retry suffix then
		 * makes the value new. */
		if (cg->strategy == S_KEYCODE || cg->strategy == S_CLASSNAME ||
		    (sg_vocab_count((enum sg_vocab_list)cg->p.sub) &&
		     (!(cg->p.flags & F_SOLEKEY) || (size_t)row->index + (size_t)attempt <
		      sg_vocab_count((enum sg_vocab_list)cg->p.sub))))
			attempt = 0;
		break;
	case S_TEXT_ID:
		add_text_id(cg, env, r, row, b, maxc);
		break;
	case S_TEXT_CODE:
		add_code(cg, r, b, maxc);
		break;
	default:
		if (cg->fake_kind) {
			sg_fake_value(fr, (enum sg_fake_kind)cg->fake_kind, b);
			add_more_sentences(cg, r, fr, b, start, maxc, maxb);
			if ((cg->p.flags & F_PHONE) && maxc && gn_utf8_chars(b->data + start,
									  b->len - start) > maxc) {
				size_t k = start;

				for (size_t i = start; i < b->len; i++)
					if (b->data[i] >= '0' && b->data[i] <= '9')
						b->data[k++] = b->data[i];
				gn_truncate_to(b, k);
			}
		} else if (cg->p.sub == W_SENTENCE) {
			sg_fake_value(fr, SG_FAKE_NOTES, b);
		} else if (cg->p.sub == W_TITLE) {
			sg_fake_value(fr, SG_FAKE_TITLE, b);
		} else if (cg->p.sub > W_NONE && cg->p.sub < W_COUNT && gn_vocabs[cg->p.sub]) {
			add_word(b, r, gn_vocabs[cg->p.sub], maxc);
		} else {
			add_word(b, r, gn_vocabs[W_GENERIC], maxc);
		}
		break;
	}
	if (v == V_MAX)
		make_max(cg, b, start, r, room, maxb);
	if (attempt > 0 && cg->strategy != S_TEXT_ID)
		add_suffix(cg, b, start, r, attempt, cg->p.key_prefix && (!maxc ||
			   (size_t)cg->p.key_prefix < maxc) ? (size_t)cg->p.key_prefix : maxc, maxb);
fit:
	fit_text(b, start, maxc, maxb, minc, (cg->p.flags & F_FREETEXT) != 0, r);
	if (cg->c && cg->c->max_code_point)
		gn_fit_charset(b, start, cg->c->max_code_point);
}

void gn_gen_pattern(const struct sg_colgen *cg, struct sg_rand *r, struct sg_buf *b)
{
	size_t start = b->len, maxc = (size_t)cg->p.len_max;

	if (cg->p.byte_max && (!maxc || (size_t)cg->p.byte_max < maxc))
		maxc = (size_t)cg->p.byte_max;
	if (!sg_cx_pattern_make(cg->p.pattern, (cg->p.flags & F_LIKE) != 0, r, maxc, b)) {
		gn_truncate_to(b, start);
		add_code(cg, r, b, maxc);
	}
}
