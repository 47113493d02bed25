/*
 * CHECK expressions as trees (see include/seedgen/check_expr.h): a
 * recursive-descent parser over the CHECK lexer for the boolean part of
 * SQL that constraints use -- AND/OR/NOT, parentheses, comparisons,
 * IS [NOT] NULL, [NOT] IN, = ANY (ARRAY[...]), BETWEEN, LIKE/ILIKE (also
 * PostgreSQL's ~~), regexes (~, ~*, REGEXP, RLIKE, regexp_like) and
 * length functions. Anything else becomes an SG_CX_UNKNOWN node, so the
 * caller can tell a CHECK it can model from one the server must judge.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/check_expr.h"
#include "seedgen/error.h"

#define MAX_DEPTH 64

struct parser {
	struct sg_check_lexer lx;
	struct sg_check_tok t;     /* current token */
	bool backslash;
	int depth;
};

static void advance(struct parser *ps)
{
	sg_check_lex_next(&ps->lx, &ps->t);
}

static bool kw(const struct sg_check_tok *t, const char *w)
{
	return t->kind == SG_TK_IDENT && strlen(w) == t->n && !strncasecmp(t->s, w, t->n);
}

static bool accept_kw(struct parser *ps, const char *w)
{
	if (!kw(&ps->t, w))
		return false;
	advance(ps);
	return true;
}

static struct sg_cx *node(enum sg_cx_kind kind)
{
	struct sg_cx *e = sg_calloc(1, sizeof(*e));

	e->kind = kind;
	return e;
}

static void add_kid(struct sg_cx *e, struct sg_cx *kid)
{
	e->kids = sg_realloc(e->kids, (e->nkids + 1) * sizeof(*e->kids));
	e->kids[e->nkids++] = kid;
}

static struct sg_cx *node2(enum sg_cx_kind kind, struct sg_cx *a, struct sg_cx *b)
{
	struct sg_cx *e = node(kind);

	add_kid(e, a);
	if (b)
		add_kid(e, b);
	return e;
}

void sg_cx_free(struct sg_cx *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->nkids; i++)
		sg_cx_free(e->kids[i]);
	free(e->kids);
	free(e->str);
	free(e);
}

static struct sg_cx *parse_or(struct parser *ps);

/* Skips a balanced argument list after '(' was consumed; for unknown
 * functions and casts. */
static void skip_args(struct parser *ps)
{
	int level = 1;

	while (ps->t.kind != SG_TK_END && level > 0) {
		if (ps->t.kind == SG_TK_LPAREN)
			level++;
		else if (ps->t.kind == SG_TK_RPAREN)
			level--;
		advance(ps);
	}
}

static bool kw_in(const struct sg_check_tok *t, const char *const *list)
{
	for (; *list; list++)
		if (kw(t, *list))
			return true;
	return false;
}

/* name(args...) with name already read into fn; the '(' is current. */
static struct sg_cx *parse_call(struct parser *ps, const struct sg_check_tok *fn)
{
	static const char *const lenfns[] = { "char_length", "character_length", "length",
					      "octet_length", "len", NULL };
	static const char *const wraps[] = { "lower", "upper", "trim", "btrim", "ltrim", "rtrim",
					     NULL };
	struct sg_cx *e, *arg;

	advance(ps); /* ( */
	if (kw(fn, "cast")) {
		arg = parse_or(ps);
		if (!accept_kw(ps, "as")) {
			sg_cx_free(arg);
			skip_args(ps);
			return node(SG_CX_UNKNOWN);
		}
		skip_args(ps);
		return arg;
	}
	if (kw(fn, "json_valid")) {
		e = node2(SG_CX_JSON_VALID, parse_or(ps), NULL);
		if (ps->t.kind != SG_TK_RPAREN) {
			skip_args(ps);
			return node2(SG_CX_UNKNOWN, e, NULL);
		}
		advance(ps);
		return e;
	}
	if (kw_in(fn, lenfns) || kw_in(fn, wraps) || kw(fn, "regexp_like")) {
		arg = parse_or(ps);
		if (kw(fn, "regexp_like") && ps->t.kind == SG_TK_COMMA) {
			advance(ps);
			e = node2(SG_CX_REGEX, arg, parse_or(ps));
		} else if (kw_in(fn, lenfns)) {
			e = node2(SG_CX_LEN, arg, NULL);
			e->bytes = kw(fn, "octet_length") || (ps->backslash && kw(fn, "length"));
		} else if (!kw(fn, "regexp_like")) {
			e = node2(SG_CX_FUNC, arg, NULL);
			e->str = sg_strndup(fn->s, fn->n);
		} else {
			e = node2(SG_CX_UNKNOWN, arg, NULL);
		}
		if (ps->t.kind != SG_TK_RPAREN) {
			skip_args(ps);
			return node2(SG_CX_UNKNOWN, e, NULL);
		}
		advance(ps);
		return e;
	}
	skip_args(ps);
	return node(SG_CX_UNKNOWN);
}

/* A literal, a column, a function call or a parenthesized expression. */
static struct sg_cx *parse_operand(struct parser *ps)
{
	struct sg_check_tok t = ps->t;
	struct sg_cx *e;

	if (t.kind == SG_TK_LPAREN) {
		advance(ps);
		e = parse_or(ps);
		if (ps->t.kind != SG_TK_RPAREN)
			return node2(SG_CX_UNKNOWN, e, NULL);
		advance(ps);
		return e;
	}
	advance(ps);
	switch (t.kind) {
	case SG_TK_NUM:
		e = node(SG_CX_NUM);
		e->num = t.num;
		return e;
	case SG_TK_STR: {
		struct sg_buf b = SG_BUF_INIT;

		sg_check_str_content(&t, ps->backslash, &b);
		e = node(SG_CX_STR);
		e->str = sg_buf_detach(&b);
		if (!e->str)
			e->str = sg_strdup("");
		return e;
	}
	case SG_TK_QIDENT:
		e = node(SG_CX_COL);
		e->str = sg_strndup(t.s, t.n);
		return e;
	case SG_TK_IDENT:
		if (ps->t.kind == SG_TK_LPAREN)
			return parse_call(ps, &t);
		if (kw(&t, "null"))
			return node(SG_CX_NULL);
		if (kw(&t, "true") || kw(&t, "false")) {
			e = node(SG_CX_BOOL);
			e->num = kw(&t, "true");
			return e;
		}
		e = node(SG_CX_COL);
		e->str = sg_strndup(t.s, t.n);
		return e;
	default:
		return node(SG_CX_UNKNOWN);
	}
}

/* ( item, ... ) or ARRAY[ item, ... ]: items appended to e. */
static bool parse_list(struct parser *ps, struct sg_cx *e, enum sg_check_tk close)
{
	for (;;) {
		add_kid(e, parse_operand(ps));
		if (ps->t.kind == SG_TK_COMMA) {
			advance(ps);
			continue;
		}
		if (ps->t.kind != close)
			return false;
		advance(ps);
		return true;
	}
}

/* = ANY (ARRAY[...]) after "op" was read: the IN it means. */
static struct sg_cx *parse_any(struct parser *ps, struct sg_cx *lhs)
{
	struct sg_cx *e = node2(SG_CX_IN, lhs, NULL);
	bool ok;

	advance(ps); /* any */
	ok = ps->t.kind == SG_TK_LPAREN;
	if (ok)
		advance(ps);
	ok = ok && accept_kw(ps, "array") && ps->t.kind == SG_TK_LBRACK;
	if (ok) {
		advance(ps);
		ok = parse_list(ps, e, SG_TK_RBRACK) && ps->t.kind == SG_TK_RPAREN;
	}
	if (!ok)
		return node2(SG_CX_UNKNOWN, e, NULL);
	advance(ps);
	return e;
}

static struct sg_cx *pattern_op(struct parser *ps, struct sg_cx *lhs, const char *op)
{
	bool like = strstr(op, "~~") != NULL;
	struct sg_cx *e = node2(like ? SG_CX_LIKE : SG_CX_REGEX, lhs, parse_operand(ps));

	e->neg = op[0] == '!';
	e->icase = strchr(op, '*') != NULL;
	return e;
}

/* What follows an operand: a comparison, IS, IN, BETWEEN, LIKE, REGEXP. */
static struct sg_cx *parse_predicate(struct parser *ps)
{
	struct sg_cx *lhs = parse_operand(ps), *e;
	bool neg = false;

	if (ps->t.kind == SG_TK_OP) {
		char op[6];

		memcpy(op, ps->t.op, sizeof(op));
		advance(ps);
		if (op[0] == '!' || op[0] == '~')
			return pattern_op(ps, lhs, op);
		if (!strcmp(op, "=") && kw(&ps->t, "any"))
			return parse_any(ps, lhs);
		e = node2(SG_CX_CMP, lhs, parse_operand(ps));
		memcpy(e->op, op, sizeof(op));
		return e;
	}
	if (accept_kw(ps, "is")) {
		e = node2(SG_CX_ISNULL, lhs, NULL);
		e->neg = accept_kw(ps, "not");
		if (!accept_kw(ps, "null"))
			e->kind = SG_CX_UNKNOWN; /* IS TRUE, IS DISTINCT FROM ... */
		return e;
	}
	if (accept_kw(ps, "not"))
		neg = true;
	if (accept_kw(ps, "in")) {
		e = node2(SG_CX_IN, lhs, NULL);
		if (ps->t.kind != SG_TK_LPAREN)
			return node2(SG_CX_UNKNOWN, e, NULL);
		advance(ps);
		if (!parse_list(ps, e, SG_TK_RPAREN))
			e->kind = SG_CX_UNKNOWN;
	} else if (accept_kw(ps, "between")) {
		e = node2(SG_CX_BETWEEN, lhs, parse_operand(ps));
		if (!accept_kw(ps, "and"))
			e->kind = SG_CX_UNKNOWN;
		add_kid(e, parse_operand(ps));
	} else if (kw(&ps->t, "like") || kw(&ps->t, "ilike")) {
		bool icase = kw(&ps->t, "ilike");

		advance(ps);
		e = node2(SG_CX_LIKE, lhs, parse_operand(ps));
		e->icase = icase;
		if (accept_kw(ps, "escape"))
			e->kind = SG_CX_UNKNOWN;
	} else if (kw(&ps->t, "regexp") || kw(&ps->t, "rlike")) {
		advance(ps);
		e = node2(SG_CX_REGEX, lhs, parse_operand(ps));
	} else if (neg) {
		return node2(SG_CX_UNKNOWN, lhs, NULL);
	} else {
		return lhs;
	}
	e->neg = neg;
	return e;
}

static struct sg_cx *parse_not(struct parser *ps)
{
	struct sg_cx *e;

	if (++ps->depth > MAX_DEPTH) {
		ps->lx.p += strlen(ps->lx.p);
		ps->t.kind = SG_TK_END;
		return node(SG_CX_UNKNOWN);
	}
	if (accept_kw(ps, "not"))
		e = node2(SG_CX_NOT, parse_not(ps), NULL);
	else
		e = parse_predicate(ps);
	ps->depth--;
	return e;
}

static struct sg_cx *parse_chain(struct parser *ps, const char *word, enum sg_cx_kind kind,
				 struct sg_cx *(*next)(struct parser *))
{
	struct sg_cx *e = next(ps);

	if (!kw(&ps->t, word))
		return e;
	e = node2(kind, e, NULL);
	while (accept_kw(ps, word))
		add_kid(e, next(ps));
	return e;
}

static struct sg_cx *parse_and(struct parser *ps)
{
	return parse_chain(ps, "and", SG_CX_AND, parse_not);
}

static struct sg_cx *parse_or(struct parser *ps)
{
	struct sg_cx *e;

	if (++ps->depth > MAX_DEPTH) {
		ps->lx.p += strlen(ps->lx.p);
		ps->t.kind = SG_TK_END;
		return node(SG_CX_UNKNOWN);
	}
	e = parse_chain(ps, "or", SG_CX_OR, parse_and);
	ps->depth--;
	return e;
}

struct sg_cx *sg_cx_parse(const char *text, bool backslash)
{
	struct parser ps;
	struct sg_cx *e;

	memset(&ps, 0, sizeof(ps));
	ps.lx.p = text ? text : "";
	ps.lx.backslash = backslash;
	ps.lx.parens = true;
	ps.backslash = backslash;
	advance(&ps);
	accept_kw(&ps, "check");
	e = parse_or(&ps);
	if (kw(&ps.t, "not")) { /* PostgreSQL's trailing NOT VALID */
		advance(&ps);
		accept_kw(&ps, "valid");
	}
	if (ps.t.kind != SG_TK_END)
		e = node2(SG_CX_UNKNOWN, e, NULL);
	return e;
}

/* Patterns live as long as the process: the generic planner keeps them in
 * struct sg_colgen, which has no destructor. */
const char *sg_cx_intern(const char *s)
{
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	static char **strs;
	static size_t n, cap;
	const char *out = NULL;

	pthread_mutex_lock(&lock);
	for (size_t i = 0; i < n && !out; i++)
		if (!strcmp(strs[i], s))
			out = strs[i];
	if (!out) {
		SG_GROW(strs, n + 1, cap);
		strs[n] = sg_strdup(s);
		out = strs[n++];
	}
	pthread_mutex_unlock(&lock);
	return out;
}
