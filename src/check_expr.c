/*
 * CHECK expressions (see include/seedgen/check_expr.h): a lexer for the
 * constraint text servers report, and the reader that turns the clauses
 * about one column into bounds, lists and length limits. The generic
 * generator plans from these once per column; values then satisfy the
 * CHECK by construction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/check_expr.h"
#include "seedgen/error.h"
#include "seedgen/words.h"


bool sg_check_ident_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '$' || (unsigned char)c >= 0x80;
}

static bool word_is(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && !strncasecmp(s, w, n);
}

/* Skips a "::type" cast: a type name of one or more words ("character
 * varying", "timestamp without time zone"), a modifier "(n,m)" and "[]"
 * suffixes. */
static void skip_cast(struct sg_check_lexer *lx)
{
	static const char *const more[] = { "varying", "precision", "without", "with", "time",
					     "zone", NULL };
	const char *p = lx->p;

	while (*p == ' ')
		p++;
	if (*p == '"') {
		for (p++; *p && *p != '"'; p++)
			;
		if (*p)
			p++;
	} else {
		while (sg_check_ident_char(*p) || *p == '.')
			p++;
	}
	for (;;) {
		const char *q = p, *w;
		bool again = false;

		while (*q == ' ')
			q++;
		w = q;
		while (sg_check_ident_char(*q))
			q++;
		for (size_t i = 0; q > w && more[i]; i++)
			if (word_is(w, (size_t)(q - w), more[i]))
				again = true;
		if (!again)
			break;
		p = q;
	}
	for (;;) {
		const char *q = p;

		while (*q == ' ')
			q++;
		if (*q == '(') {
			const char *e = q + 1;

			while ((*e >= '0' && *e <= '9') || *e == ',' || *e == ' ')
				e++;
			if (*e != ')')
				break;
			p = e + 1;
		} else if (q[0] == '[' && q[1] == ']') {
			p = q + 2;
		} else {
			break;
		}
	}
	lx->p = p;
}

/* PostgreSQL's pattern operators: [!]~[~][*]. */
static void lex_tilde(struct sg_check_tok *t, const char *p)
{
	size_t n = 0;

	if (p[n] == '!')
		n++;
	n++; /* ~ */
	if (p[n] == '~')
		n++;
	if (p[n] == '*')
		n++;
	t->kind = SG_TK_OP;
	memcpy(t->op, p, n);
	t->op[n] = '\0';
	t->n = n;
}

void sg_check_lex_next(struct sg_check_lexer *lx, struct sg_check_tok *t)
{
	const char *p;

	memset(t, 0, sizeof(*t));
again:
	p = lx->p;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
	       (!lx->parens && (*p == '(' || *p == ')')))
		p++;
	t->s = p;
	if (!*p) {
		t->kind = SG_TK_END;
		lx->p = p;
		return;
	}
	if (p[0] == ':' && p[1] == ':') {
		lx->p = p + 2;
		skip_cast(lx);
		goto again;
	}
	if (*p == '\'') {
		const char *q = p + 1;

		for (; *q; q++) {
			if (lx->backslash && *q == '\\' && q[1])
				q++;
			else if (*q == '\'' && q[1] == '\'')
				q++;
			else if (*q == '\'')
				break;
		}
		t->kind = SG_TK_STR;
		t->n = (size_t)(q - p) + (*q ? 1 : 0);
		lx->p = p + t->n;
	} else if (*p == '`' || *p == '"') {
		char qc = *p;
		const char *q = p + 1;

		while (*q && !(*q == qc && q[1] != qc)) {
			if (*q == qc)
				q++;
			q++;
		}
		t->kind = SG_TK_QIDENT;
		t->s = p + 1;
		t->n = (size_t)(q - p - 1);
		lx->p = *q ? q + 1 : q;
	} else if ((*p >= '0' && *p <= '9') || (*p == '.' && p[1] >= '0' && p[1] <= '9') ||
		   ((*p == '-' || *p == '+') && ((p[1] >= '0' && p[1] <= '9') || p[1] == '.') &&
		    lx->prev != SG_TK_IDENT && lx->prev != SG_TK_QIDENT && lx->prev != SG_TK_NUM &&
		    lx->prev != SG_TK_STR)) {
		char *end;

		t->kind = SG_TK_NUM;
		t->num = strtod(p, &end);
		t->n = (size_t)(end - p);
		if (!t->n)
			t->n = 1;
		lx->p = p + t->n;
	} else if (sg_check_ident_char(*p)) {
		const char *q = p;

		while (sg_check_ident_char(*q))
			q++;
		/* charset introducer (_utf8mb4'x') or N'x' / E'x' prefix */
		if (*q == '\'' && (*p == '_' || q - p == 1)) {
			lx->p = q;
			goto again;
		}
		t->kind = SG_TK_IDENT;
		t->n = (size_t)(q - p);
		lx->p = q;
	} else if (lx->parens && (*p == '~' || (p[0] == '!' && p[1] == '~'))) {
		lex_tilde(t, p);
		lx->p = p + t->n;
	} else if (*p == '<' || *p == '>' || *p == '=' || *p == '!') {
		size_t n = 1;

		if ((p[0] == '<' && (p[1] == '=' || p[1] == '>')) || (p[0] == '>' && p[1] == '=') ||
		    (p[0] == '!' && p[1] == '='))
			n = 2;
		t->kind = p[0] == '!' && n == 1 ? SG_TK_OTHER : SG_TK_OP;
		memcpy(t->op, p, n);
		if (!strcmp(t->op, "!="))
			strcpy(t->op, "<>");
		t->n = n;
		lx->p = p + n;
	} else {
		t->kind = *p == '(' ? SG_TK_LPAREN : *p == ')' ? SG_TK_RPAREN
		       : *p == ',' ? SG_TK_COMMA : *p == '[' ? SG_TK_LBRACK : *p == ']' ? SG_TK_RBRACK
		       : *p == ';' ? SG_TK_SEMI : SG_TK_OTHER;
		t->n = 1;
		lx->p = p + 1;
	}
	lx->prev = t->kind;
}

/* Appends the unescaped content of a string token. */
void sg_check_str_content(const struct sg_check_tok *t, bool backslash, struct sg_buf *out)
{
	const char *p = t->s + 1, *end = t->s + t->n;

	if (end > p && end[-1] == '\'')
		end--;
	for (; p < end; p++) {
		if (backslash && *p == '\\' && p + 1 < end) {
			p++;
			sg_buf_addch(out, *p == 'n' ? '\n' : *p == 't' ? '\t' : *p == 'r' ? '\r' : *p);
		} else if (*p == '\'' && p + 1 < end && p[1] == '\'') {
			sg_buf_addch(out, '\'');
			p++;
		} else {
			sg_buf_addch(out, *p);
		}
	}
}

static bool tok_number(const struct sg_check_tok *t, bool backslash, double *v)
{
	if (t->kind == SG_TK_NUM) {
		*v = t->num;
		return true;
	}
	if (t->kind == SG_TK_STR && t->n < 64) {
		char tmp[64];
		struct sg_buf b = SG_BUF_INIT;
		char *end;
		bool ok;

		sg_check_str_content(t, backslash, &b);
		snprintf(tmp, sizeof(tmp), "%s", sg_buf_str(&b));
		sg_buf_release(&b);
		*v = strtod(tmp, &end);
		ok = end != tmp && !*end;
		return ok;
	}
	return false;
}

static void bound(struct sg_check_bounds *k, const char *op, double v, bool reversed)
{
	char o = op[0];

	if (reversed) /* 5 >= x is x <= 5 */
		o = o == '<' ? '>' : o == '>' ? '<' : o;
	if (!strcmp(op, "<>"))
		return;
	if (o == '>' || o == '=') {
		bool strict = o == '>' && op[1] != '=';

		if (!k->has_lo || v > k->lo || (v == k->lo && strict)) {
			k->lo = v;
			k->lo_strict = strict;
		}
		k->has_lo = true;
	}
	if (o == '<' || o == '=') {
		bool strict = o == '<' && op[1] != '=';

		if (!k->has_hi || v < k->hi || (v == k->hi && strict)) {
			k->hi = v;
			k->hi_strict = strict;
		}
		k->has_hi = true;
	}
}

static void len_bound(struct sg_check_bounds *k, const char *op, double v)
{
	long n = (long)v;
	bool strict = op[1] != '=';

	if (!strcmp(op, "<>"))
		return;
	if (op[0] == '>' || op[0] == '=') {
		long lo = op[0] == '>' && strict ? n + 1 : n;

		if (k->len_lo < lo)
			k->len_lo = lo;
	}
	if (op[0] == '<' || op[0] == '=') {
		long hi = op[0] == '<' && strict ? n - 1 : n;

		if (k->len_hi < 0 || hi < k->len_hi)
			k->len_hi = hi;
	}
}

/* The column itself, or VALUE in a domain's CHECK (col_only: a table's
 * CHECK, where VALUE means nothing). */
static bool subject_of(const struct sg_check_tok *t, const char *col, bool col_only)
{
	if (t->kind == SG_TK_QIDENT)
		return strlen(col) == t->n && !strncasecmp(t->s, col, t->n);
	if (t->kind == SG_TK_IDENT)
		return word_is(t->s, t->n, col) || (!col_only && word_is(t->s, t->n, "value"));
	return false;
}

static bool is_subject(const struct sg_check_tok *t, const char *col)
{
	return subject_of(t, col, false);
}

static bool mentions(const struct sg_check_tok *t, int n, const char *col)
{
	for (int i = 0; i < n; i++)
		if (subject_of(&t[i], col, true))
			return true;
	return false;
}

static bool is_kw(const struct sg_check_tok *t, const char *w)
{
	return t->kind == SG_TK_IDENT && word_is(t->s, t->n, w);
}

/* Is t an identifier in the NULL-terminated list, case-insensitively? */
static bool kw_in(const struct sg_check_tok *t, const char *const *list)
{
	for (; *list; list++)
		if (is_kw(t, *list))
			return true;
	return false;
}

/* A list of strings/numbers from t[i]: returns the count and moves *i
 * past it. */
static int read_list(const struct sg_check_tok *t, int n, int *i)
{
	int count = 0;

	while (*i < n && (t[*i].kind == SG_TK_STR || t[*i].kind == SG_TK_NUM)) {
		count++;
		(*i)++;
		if (*i < n && t[*i].kind == SG_TK_COMMA)
			(*i)++;
		else
			break;
	}
	return count;
}

/* char_length(col) op n, length(trim(col)) BETWEEN a AND b, ...: true
 * when t[0] is a length function (then the conjunct is consumed, bounded
 * or marked unparsed). */
static bool length_conjunct(struct sg_check_bounds *k, const struct sg_check_tok *t, int n,
			    const char *col, bool backslash)
{
	static const char *const lenfns[] = { "char_length", "character_length", "length",
					      "octet_length", "len", NULL };
	static const char *const wraps[] = { "trim", "btrim", "ltrim", "rtrim", "lower", "upper",
					     NULL };
	bool bytes;
	double a, b;
	int i = 1;

	if (t[0].kind != SG_TK_IDENT || n < 3 || !kw_in(&t[0], lenfns))
		return false;
	bytes = backslash && (is_kw(&t[0], "length") || is_kw(&t[0], "octet_length"));
	while (i < n && t[i].kind == SG_TK_IDENT && !is_subject(&t[i], col) && kw_in(&t[i], wraps))
		i++;
	if (i < n && is_subject(&t[i], col)) {
		i++;
		if (n - i == 2 && t[i].kind == SG_TK_OP && tok_number(&t[i + 1], backslash, &a)) {
			len_bound(k, t[i].op, a);
			k->len_bytes |= bytes;
			return true;
		}
		if (n - i == 4 && is_kw(&t[i], "between") && is_kw(&t[i + 2], "and") &&
		    tok_number(&t[i + 1], backslash, &a) && tok_number(&t[i + 3], backslash, &b)) {
			len_bound(k, ">=", a);
			len_bound(k, "<=", b);
			k->len_bytes |= bytes;
			return true;
		}
	}
	k->unparsed = true;
	return true;
}

/* col IN (...) or col = ANY (ARRAY[...]) from t[1]: true when read. */
static bool list_conjunct(struct sg_check_bounds *k, const struct sg_check_tok *t, int n)
{
	int i, cnt;

	if (is_kw(&t[1], "in")) {
		i = 2;
		cnt = read_list(t, n, &i);
		if (cnt > 0 && i == n) {
			if (!k->choices) {
				k->choices = t[2].s;
				k->nchoices = cnt;
			}
			return true;
		}
	}
	if (n >= 5 && t[1].kind == SG_TK_OP && !strcmp(t[1].op, "=") && is_kw(&t[2], "any") &&
	    is_kw(&t[3], "array") && t[4].kind == SG_TK_LBRACK) {
		i = 5;
		cnt = read_list(t, n, &i);
		if (cnt > 0 && i < n && t[i].kind == SG_TK_RBRACK && i + 1 == n) {
			if (!k->choices) {
				k->choices = t[5].s;
				k->nchoices = cnt;
			}
			return true;
		}
	}
	return false;
}

/* A conjunct that starts with the column: comparisons, BETWEEN, lists. */
static bool subject_conjunct(struct sg_check_bounds *k, const struct sg_check_tok *t, int n,
			     bool backslash)
{
	double a, b;

	if (n == 3 && t[1].kind == SG_TK_OP && tok_number(&t[2], backslash, &a) &&
	    t[2].kind == SG_TK_NUM) {
		bound(k, t[1].op, a, false);
		return true;
	}
	if (n == 3 && t[1].kind == SG_TK_OP && t[2].kind == SG_TK_STR) {
		if (!strcmp(t[1].op, "<>") && t[2].n == 2) {
			k->nonempty = true;
			return true;
		}
		if (!strcmp(t[1].op, "=") && !k->choices) {
			k->choices = t[2].s;
			k->nchoices = 1;
			return true;
		}
		/* '5'::integer style numbers */
		if (tok_number(&t[2], backslash, &a) && strcmp(t[1].op, "<>")) {
			bound(k, t[1].op, a, false);
			return true;
		}
	}
	if (n == 5 && is_kw(&t[1], "between") && is_kw(&t[3], "and") &&
	    tok_number(&t[2], backslash, &a) && tok_number(&t[4], backslash, &b)) {
		bound(k, ">=", a, false);
		bound(k, "<=", b, false);
		return true;
	}
	return list_conjunct(k, t, n);
}

static void conjunct(struct sg_check_bounds *k, const struct sg_check_tok *t, int n,
		     const char *col, bool backslash)
{
	double a;

	if (n == 0)
		return;
	/* col IS [NOT] NULL, json_valid(col): nothing to honour */
	if (n >= 3 && is_subject(&t[0], col) && is_kw(&t[1], "is"))
		return;
	if (n == 2 && is_kw(&t[0], "json_valid") && is_subject(&t[1], col))
		return;
	if (length_conjunct(k, t, n, col, backslash))
		return;
	if (is_subject(&t[0], col) && n >= 2 && subject_conjunct(k, t, n, backslash))
		return;
	if (n == 3 && t[2].kind != SG_TK_END && is_subject(&t[2], col) && t[1].kind == SG_TK_OP &&
	    tok_number(&t[0], backslash, &a)) {
		bound(k, t[1].op, a, true);
		return;
	}
	k->unparsed = true;
}

void sg_check_bounds_init(struct sg_check_bounds *k)
{
	memset(k, 0, sizeof(*k));
	k->len_lo = k->len_hi = -1;
}

/* Reads a "; "-joined list of CHECK clauses into k. table: the text is a
 * table's CHECK that may name other columns; clauses and conjuncts that do
 * not mention the column are then left alone. */
void sg_check_parse_column(struct sg_check_bounds *k, const char *text, const char *col,
			   bool backslash, bool table)
{
	enum { CAP = 512 };
	struct sg_check_tok *t = sg_calloc(CAP, sizeof(*t));
	struct sg_check_lexer lx = { text, backslash, SG_TK_END, false };
	bool done = false;

	while (!done) {
		int n = 0;
		bool bad = false;

		for (;;) {
			struct sg_check_tok x;

			sg_check_lex_next(&lx, &x);
			if (x.kind == SG_TK_END || x.kind == SG_TK_SEMI) {
				done = x.kind == SG_TK_END;
				break;
			}
			if (n == CAP) {
				bad = true;
				continue;
			}
			t[n++] = x;
		}
		if (n && is_kw(&t[0], "check")) {
			memmove(t, t + 1, (size_t)(n - 1) * sizeof(*t));
			n--;
		}
		for (int i = 0; i < n && !bad; i++) {
			if (is_kw(&t[i], "or") || t[i].kind == SG_TK_OTHER)
				bad = true;
			if (is_kw(&t[i], "not") && !(i > 0 && is_kw(&t[i - 1], "is")))
				bad = true;
		}
		if (table && !mentions(t, n, col))
			continue;
		if (bad) {
			k->unparsed = true;
			continue;
		}
		/* split at AND, the one of BETWEEN x AND y excepted */
		int start = 0;
		bool between = false;

		for (int i = 0; i <= n; i++) {
			if (i < n && is_kw(&t[i], "between")) {
				between = true;
				continue;
			}
			if (i < n && !(is_kw(&t[i], "and")))
				continue;
			if (i < n && between) {
				between = false;
				continue;
			}
			if (!table || mentions(t + start, i - start, col))
				conjunct(k, t + start, i - start, col, backslash);
			start = i + 1;
		}
	}
	free(t);
}

/* The k-th item (0-based) of a list that starts at p, appended to out. */
void sg_check_choice_at(const char *list, int k, bool backslash, struct sg_buf *out)
{
	struct sg_check_lexer lx = { list, backslash, SG_TK_COMMA, false };
	struct sg_check_tok t;
	int i = 0;

	for (;;) {
		sg_check_lex_next(&lx, &t);
		if (t.kind == SG_TK_COMMA)
			continue;
		if (t.kind != SG_TK_STR && t.kind != SG_TK_NUM)
			return;
		if (i++ == k)
			break;
	}
	if (t.kind == SG_TK_STR)
		sg_check_str_content(&t, backslash, out);
	else
		sg_buf_add(out, t.s, t.n);
}
