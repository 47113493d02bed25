/*
 * Normalized key tuples (seedgen/keyform.h): turns a key of the schema
 * model into the list of column reads, folds, prefixes and predicate
 * terms the server applies, so that the engine compares new and existing
 * rows the way the unique index does. Expressions and predicates are read
 * with the CHECK lexer (check_expr.c); whatever it cannot read is dropped
 * in the direction that keeps the server from refusing a row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/check_expr.h"
#include "seedgen/fake.h"
#include "seedgen/keyform.h"

#define MAX_TOKENS 48

static size_t lex_all(const char *text, struct sg_check_tok *toks, size_t cap)
{
	struct sg_check_lexer lx = { .p = text, .backslash = false, .prev = SG_TK_END };
	size_t n = 0;

	for (;;) {
		struct sg_check_tok t;

		sg_check_lex_next(&lx, &t);
		if (t.kind == SG_TK_END || n == cap)
			break;
		toks[n++] = t;
	}
	toks[n].kind = SG_TK_END;
	return n;
}

static bool tok_is(const struct sg_check_tok *t, const char *word)
{
	return (t->kind == SG_TK_IDENT || t->kind == SG_TK_QIDENT) && strlen(word) == t->n &&
	       !strncasecmp(t->s, word, t->n);
}

static int tok_column(const struct sg_table *t, const struct sg_check_tok *tk)
{
	char name[128];

	if ((tk->kind != SG_TK_IDENT && tk->kind != SG_TK_QIDENT) || tk->n >= sizeof(name))
		return -1;
	memcpy(name, tk->s, tk->n);
	name[tk->n] = '\0';
	for (size_t i = 0; i < t->ncols; i++)
		if (!strcmp(t->columns[i]->name, name))
			return (int)i;
	for (size_t i = 0; i < t->ncols; i++)
		if (!strcasecmp(t->columns[i]->name, name))
			return (int)i;
	return -1;
}

enum fn { FN_LOWER, FN_UPPER, FN_LEFT, FN_SUBSTR, FN_NONE };

static enum fn fn_of(const struct sg_check_tok *t)
{
	if (tok_is(t, "lower") || tok_is(t, "lcase"))
		return FN_LOWER;
	if (tok_is(t, "upper") || tok_is(t, "ucase"))
		return FN_UPPER;
	if (tok_is(t, "left"))
		return FN_LEFT;
	if (tok_is(t, "substr") || tok_is(t, "substring"))
		return FN_SUBSTR;
	return FN_NONE;
}

/* ", n" at toks[*i]; the number or -1. */
static int num_arg(const struct sg_check_tok *toks, size_t *i)
{
	if (toks[*i].kind != SG_TK_COMMA || toks[*i + 1].kind != SG_TK_NUM)
		return -1;
	*i += 2;
	return toks[*i - 1].num >= 0 && toks[*i - 1].num < 1e6 ? (int)toks[*i - 1].num : -1;
}

int sg_keyform_parse_expr(const struct sg_table *t, const char *expr, enum sg_fold *fold,
			  int *prefix)
{
	struct sg_check_tok toks[MAX_TOKENS + 1];
	size_t n = lex_all(expr, toks, MAX_TOKENS), nf = 0, i;
	enum fn fns[8];
	int col;

	*fold = SG_FOLD_NONE;
	*prefix = 0;
	while (nf < n && nf < 8 && fn_of(&toks[nf]) != FN_NONE && nf + 1 < n) {
		fns[nf] = fn_of(&toks[nf]);
		nf++;
	}
	if (nf >= n || (col = tok_column(t, &toks[nf])) < 0)
		return -1;
	i = nf + 1;
	while (nf-- > 0) { /* innermost function first: its arguments come first */
		int a, b;

		switch (fns[nf]) {
		case FN_LOWER: *fold = SG_FOLD_LOWER; break;
		case FN_UPPER: *fold = SG_FOLD_UPPER; break;
		case FN_LEFT:
			if ((a = num_arg(toks, &i)) < 0)
				return -1;
			if (!*prefix || a < *prefix)
				*prefix = a ? a : 1;
			break;
		case FN_SUBSTR:
			if ((a = num_arg(toks, &i)) != 1)
				return -1;
			b = toks[i].kind == SG_TK_COMMA ? num_arg(toks, &i) : 0;
			if (b < 0)
				return -1;
			if (b && (!*prefix || b < *prefix))
				*prefix = b;
			break;
		default:
			return -1;
		}
	}
	return i == n ? col : -1;
}

/* --- predicates ----------------------------------------------------------- */

static void terms_free(struct sg_keyform *kf)
{
	for (size_t i = 0; i < kf->nterms; i++)
		free(kf->terms[i].value);
	free(kf->terms);
	kf->terms = NULL;
	kf->nterms = 0;
}

/* One term at toks[*i]: [NOT] col | col IS [NOT] NULL|TRUE|FALSE | col op literal. */
static bool read_term(const struct sg_table *t, const struct sg_check_tok *toks, size_t *i,
		      struct sg_pred_term *term)
{
	bool neg = false;
	int col;

	memset(term, 0, sizeof(*term));
	if (tok_is(&toks[*i], "not")) {
		neg = true;
		(*i)++;
	}
	if ((col = tok_column(t, &toks[*i])) < 0)
		return false;
	term->col = (size_t)col;
	(*i)++;
	term->op = neg ? SG_PRED_FALSE : SG_PRED_TRUE;
	if (tok_is(&toks[*i], "is") && !neg) {
		bool not = tok_is(&toks[*i + 1], "not");
		const struct sg_check_tok *w = &toks[*i + 1 + not];

		if (tok_is(w, "null"))
			term->op = not ? SG_PRED_NOT_NULL : SG_PRED_NULL;
		else if (tok_is(w, "true") || tok_is(w, "false"))
			term->op = tok_is(w, "true") != not ? SG_PRED_TRUE : SG_PRED_FALSE;
		else
			return false;
		*i += 2 + not;
	} else if (toks[*i].kind == SG_TK_OP && !neg &&
		   (!strcmp(toks[*i].op, "=") || !strcmp(toks[*i].op, "<>"))) {
		const struct sg_check_tok *lit = &toks[*i + 1];
		struct sg_buf b = SG_BUF_INIT;

		term->op = toks[*i].op[0] == '=' ? SG_PRED_EQ : SG_PRED_NE;
		if (lit->kind == SG_TK_STR)
			sg_check_str_content(lit, false, &b);
		else if (lit->kind == SG_TK_NUM || tok_is(lit, "true") || tok_is(lit, "false"))
			sg_buf_add(&b, lit->s, lit->n);
		else
			return false;
		term->numeric = lit->kind == SG_TK_NUM;
		term->value = sg_buf_detach(&b);
		*i += 2;
	}
	return true;
}

/* Reads "a AND b AND ..." of understood terms; anything else leaves no
 * terms (every row counts as in the index). */
static void read_predicate(struct sg_keyform *kf, const struct sg_table *t, const char *text)
{
	struct sg_check_tok toks[MAX_TOKENS + 1];
	size_t n = lex_all(text, toks, MAX_TOKENS), i = 0;

	if (n == MAX_TOKENS)
		return;
	while (i < n) {
		struct sg_pred_term term;

		if (!read_term(t, toks, &i, &term)) {
			free(term.value);
			terms_free(kf);
			return;
		}
		kf->terms = sg_realloc(kf->terms, (kf->nterms + 1) * sizeof(*kf->terms));
		kf->terms[kf->nterms++] = term;
		if (i < n && !tok_is(&toks[i++], "and")) {
			terms_free(kf);
			return;
		}
	}
}

static bool truthy(const char *v, size_t len, bool *known)
{
	static const char *const yes[] = { "t", "true", "1", "y", "yes", "on" };
	static const char *const no[] = { "f", "false", "0", "n", "no", "off" };

	*known = true;
	for (size_t i = 0; i < 6; i++) {
		if (strlen(yes[i]) == len && !strncasecmp(v, yes[i], len))
			return true;
		if (strlen(no[i]) == len && !strncasecmp(v, no[i], len))
			return false;
	}
	*known = false;
	return false;
}

static bool term_holds(const struct sg_pred_term *term, const char *v, size_t len)
{
	bool known, b;

	if (term->op == SG_PRED_NULL || term->op == SG_PRED_NOT_NULL)
		return (v == NULL) == (term->op == SG_PRED_NULL);
	if (!v)
		return false; /* NULL = x, NOT NULL: not true */
	if (term->op == SG_PRED_TRUE || term->op == SG_PRED_FALSE) {
		b = truthy(v, len, &known);
		return !known || b == (term->op == SG_PRED_TRUE);
	}
	if (term->numeric) {
		char tmp[64];
		size_t k = len < sizeof(tmp) - 1 ? len : sizeof(tmp) - 1;

		memcpy(tmp, v, k);
		tmp[k] = '\0';
		b = strtod(tmp, NULL) == strtod(term->value, NULL);
	} else if (truthy(term->value, strlen(term->value), &known), known &&
		   (!strcasecmp(term->value, "true") || !strcasecmp(term->value, "false"))) {
		bool vb = truthy(v, len, &known);

		b = !known || vb == !strcasecmp(term->value, "true");
	} else {
		b = strlen(term->value) == len && !memcmp(term->value, v, len);
	}
	return term->op == SG_PRED_EQ ? b : !b;
}

bool sg_keyform_in_index(const struct sg_keyform *kf, sg_keyform_get get, void *ctx)
{
	for (size_t i = 0; i < kf->nterms; i++) {
		size_t len = 0;
		const char *v = get(ctx, kf->terms[i].col, &len);

		if (!term_holds(&kf->terms[i], v, len))
			return false;
	}
	return true;
}

/* --- parts ---------------------------------------------------------------- */

static void add_read(struct sg_keyform *kf, size_t col)
{
	for (size_t i = 0; i < kf->nreads; i++)
		if (kf->reads[i] == col)
			return;
	kf->reads = sg_realloc(kf->reads, (kf->nreads + 1) * sizeof(size_t));
	kf->reads[kf->nreads++] = col;
}

/* Part i of k as column/fold/prefix, through a generated column to the
 * column it is computed from. False when it cannot be compared. */
static bool read_part(const struct sg_table *t, const struct sg_key *k, size_t i,
		      struct sg_keyform_part *out)
{
	const struct sg_key_part *p = k->parts ? &k->parts[i] : NULL;
	const struct sg_column *c;
	int col = -1;

	memset(out, 0, sizeof(*out));
	if (p && p->op && strcmp(p->op, "=") && strcmp(p->op, "&&"))
		return false; /* other exclusion operators: left out (stricter) */
	if (p && p->base)
		col = sg_table_column_index(t, p->base);
	else if (p && p->expr)
		col = sg_keyform_parse_expr(t, p->expr, &out->fold, &out->prefix);
	else if (!p)
		col = sg_table_column_index(t, k->columns[i]);
	if (col < 0)
		return false;
	if (p && p->base) {
		out->fold = p->fold;
		out->prefix = p->prefix;
	}
	out->range_lower = p && p->op && !strcmp(p->op, "&&");
	c = t->columns[col];
	if (c->generated) {
		enum sg_fold gf;
		int gp, base;

		if (!c->generation_expr ||
		    (base = sg_keyform_parse_expr(t, c->generation_expr, &gf, &gp)) < 0 ||
		    t->columns[base]->generated)
			return false;
		if (!out->fold)
			out->fold = gf;
		if (gp && (!out->prefix || gp < out->prefix))
			out->prefix = gp;
		col = base;
		c = t->columns[col];
	}
	out->col = (size_t)col;
	out->pad_blanks = c->pad_blanks;
	return true;
}

bool sg_keyform_key_reads(const struct sg_table *t, const struct sg_key *k, size_t col)
{
	struct sg_keyform_part part;

	for (size_t i = 0; i < k->ncols; i++)
		if (read_part(t, k, i, &part) && part.col == col)
			return true;
	return false;
}

int sg_keyform_init(struct sg_keyform *kf, const struct sg_table *t, const struct sg_key *k)
{
	memset(kf, 0, sizeof(*kf));
	kf->parts = sg_calloc(k->ncols ? k->ncols : 1, sizeof(*kf->parts));
	for (size_t i = 0; i < k->ncols; i++)
		if (read_part(t, k, i, &kf->parts[kf->nparts]))
			add_read(kf, kf->parts[kf->nparts++].col);
	kf->nulls_not_distinct = k->nulls_not_distinct;
	kf->usable = kf->nparts > 0;
	if (k->predicate)
		read_predicate(kf, t, k->predicate);
	for (size_t i = 0; i < kf->nterms; i++)
		add_read(kf, kf->terms[i].col);
	return 0;
}

void sg_keyform_release(struct sg_keyform *kf)
{
	terms_free(kf);
	free(kf->parts);
	free(kf->reads);
	memset(kf, 0, sizeof(*kf));
}

size_t sg_keyform_normalize(char *s, size_t len, enum sg_fold fold, int prefix, bool pad)
{
	if (pad)
		while (len > 0 && s[len - 1] == ' ')
			len--;
	if (prefix > 0)
		len = sg_utf8_truncate(s, len, (size_t)prefix);
	for (size_t i = 0; fold && i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (fold == SG_FOLD_LOWER && c >= 'A' && c <= 'Z')
			s[i] = (char)(c + 32);
		else if (fold == SG_FOLD_UPPER && c >= 'a' && c <= 'z')
			s[i] = (char)(c - 32);
		else if (c == 0xC3 && i + 1 < len) { /* Latin-1 letters U+00C0..U+00FE */
			unsigned char d = (unsigned char)s[i + 1];

			if (fold == SG_FOLD_LOWER && d >= 0x80 && d <= 0x9E && d != 0x97)
				s[i + 1] = (char)(d + 0x20);
			else if (fold == SG_FOLD_UPPER && d >= 0xA0 && d <= 0xBE && d != 0xB7)
				s[i + 1] = (char)(d - 0x20);
			i++;
		}
	}
	return len;
}

static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	long long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

/* A date or timestamp bound ("2026-01-01", "2026-01-01 10:00:00+01",
 * "2026-01-01 10:00:00.5") as epoch seconds (fraction kept), so that the
 * same instant printed in another session time zone compares equal.
 * Leaves other text alone. */
static void epoch_bound(struct sg_buf *b)
{
	int y, mo, d, h = 0, mi = 0, n = 0, oh = 0, om = 0;
	double sec = 0;
	char sign = 0, tmp[64];
	const char *p;

	if (b->len >= sizeof(tmp) || b->len < 10)
		return;
	memcpy(tmp, b->data, b->len);
	tmp[b->len] = '\0';
	if (sscanf(tmp, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3)
		return;
	p = tmp + n;
	if (*p == ' ' || *p == 'T') {
		char *end;

		if (sscanf(p + 1, "%2d:%2d:%n", &h, &mi, &n) != 2)
			return;
		sec = strtod(p + 1 + n, &end);
		p = end;
		if (*p == '+' || *p == '-') {
			sign = *p;
			if (sscanf(p + 1, "%2d%n", &oh, &n) != 1)
				return;
			p += 1 + n;
			if (*p == ':' && sscanf(p + 1, "%2d%n", &om, &n) == 1)
				p += 1 + n;
		}
	}
	if (*p || mo < 1 || mo > 12 || d < 1 || d > 31)
		return;
	sec += (double)(days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60);
	if (sign)
		sec -= (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
	b->len = 0;
	sg_buf_addf(b, "%.6f", sec);
}

/* The lower bound of a range literal ("[a,b)", "[\"a\",\"b\")"), unquoted. */
static void range_lower(const char *v, size_t len, struct sg_buf *out)
{
	size_t i = 0;
	bool q = false;

	if (len && (v[0] == '[' || v[0] == '('))
		i = 1;
	for (; i < len; i++) {
		if (v[i] == '"') {
			q = !q;
			continue;
		}
		if (!q && v[i] == ',')
			break;
		if (v[i] == '\\' && i + 1 < len)
			i++;
		sg_buf_addch(out, v[i]);
	}
}

bool sg_keyform_value(const struct sg_keyform *kf, size_t i, sg_keyform_get get, void *ctx,
		      struct sg_buf *out)
{
	const struct sg_keyform_part *p = &kf->parts[i];
	size_t len = 0;
	const char *v = get(ctx, p->col, &len);

	out->len = 0;
	if (!v) {
		if (!kf->nulls_not_distinct)
			return false;
		sg_buf_add(out, "\xff\xfe" "NULL", 6); /* no UTF-8 text equals it */
		return true;
	}
	if (p->range_lower) {
		range_lower(v, len, out);
		epoch_bound(out);
	} else
		sg_buf_add(out, v, len);
	if (out->len)
		out->len = sg_keyform_normalize(out->data, out->len, p->fold, p->prefix,
						p->pad_blanks);
	sg_buf_addch(out, '\0');
	out->len--;
	return true;
}

static int key_prefix(const struct sg_table *t, const struct sg_key *k, size_t col, int best)
{
	struct sg_keyform kf;

	if (!k->unique && !k->exclusion)
		return best;
	sg_keyform_init(&kf, t, k);
	for (size_t i = 0; i < kf.nparts; i++)
		if (kf.parts[i].col == col && kf.parts[i].prefix > 0 &&
		    (!best || kf.parts[i].prefix < best))
			best = kf.parts[i].prefix;
	sg_keyform_release(&kf);
	return best;
}

int sg_keyform_column_prefix(const struct sg_table *t, size_t col)
{
	int best = key_prefix(t, &t->pk, col, 0);

	for (size_t i = 0; i < t->nuniques; i++)
		best = key_prefix(t, t->uniques[i], col, best);
	for (size_t i = 0; i < t->nindexes; i++)
		best = key_prefix(t, t->indexes[i], col, best);
	return best;
}
