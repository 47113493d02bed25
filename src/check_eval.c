/*
 * CHECK trees evaluated by seedgen itself (see check_expr.h): which
 * expressions it can judge on a generated row, SQL's three-valued
 * evaluation of those, and the small pattern language (LIKE and a regex
 * subset) it can both match and produce. Where seedgen's reading could
 * differ from the server's it is stricter (case-sensitive matching,
 * strings ordered only by = and <>), so a row it accepts the server
 * accepts too; anything it cannot judge is left to the server
 * (check_filter.c).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/check_expr.h"
#include "seedgen/fake.h"
#include "seedgen/rand.h"
#include "seedgen/row.h"

enum vtype { T_BAD = 0, T_NULL, T_NUM, T_TIME, T_STR };

static int col_index(const struct sg_table *t, const char *name)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (!strcasecmp(t->columns[i]->name, name))
			return (int)i;
	return -1;
}

static enum vtype class_type(enum sg_type_class c)
{
	switch (c) {
	case SG_T_INT: case SG_T_DECIMAL: case SG_T_FLOAT: case SG_T_DOUBLE: case SG_T_YEAR:
		return T_NUM;
	case SG_T_DATE: case SG_T_DATETIME: case SG_T_TIMESTAMP:
		return T_TIME;
	case SG_T_CHAR: case SG_T_VARCHAR: case SG_T_TEXT: case SG_T_ENUM: case SG_T_UUID:
		return T_STR;
	default:
		return T_BAD;
	}
}

static bool str_num(const char *s, double *v)
{
	char *end;

	if (!s || !*s)
		return false;
	*v = strtod(s, &end);
	return end != s && !*end;
}

static bool str_time(const char *s, double *v)
{
	int64_t x;

	if (!s || !sg_parse_time(s, strlen(s), &x))
		return false;
	*v = (double)x;
	return true;
}

static enum vtype type_of(const struct sg_cx *e, const struct sg_table *t)
{
	int c;

	switch (e->kind) {
	case SG_CX_COL:
		c = col_index(t, e->str);
		return c < 0 ? T_BAD : class_type(t->columns[c]->cls);
	case SG_CX_NUM:
		return T_NUM;
	case SG_CX_STR:
		return T_STR;
	case SG_CX_NULL:
		return T_NULL;
	case SG_CX_LEN:
		return type_of(e->kids[0], t) == T_STR ? T_NUM : T_BAD;
	case SG_CX_FUNC:
		return type_of(e->kids[0], t) == T_STR ? T_STR : T_BAD;
	default:
		return T_BAD;
	}
}

/* Can a value of type a be compared with b by op, the way the server
 * would at least as strictly? */
static bool comparable(const struct sg_cx *a, const struct sg_cx *b, const char *op,
		       const struct sg_table *t)
{
	enum vtype ta = type_of(a, t), tb = type_of(b, t);
	double v;
	bool eq = !strcmp(op, "=") || !strcmp(op, "<>");

	if (ta == T_BAD || tb == T_BAD)
		return false;
	if (ta == T_NULL || tb == T_NULL || ta == tb)
		return ta != T_STR || eq;
	if (ta == T_STR && a->kind == SG_CX_STR)
		return comparable(b, a, op, t);
	if (tb != T_STR || b->kind != SG_CX_STR)
		return false;
	return ta == T_NUM ? str_num(b->str, &v) : ta == T_TIME && str_time(b->str, &v);
}

static bool pattern_arg(const struct sg_cx *e, const struct sg_table *t, bool like)
{
	return type_of(e->kids[0], t) == T_STR && e->nkids == 2 &&
	       e->kids[1]->kind == SG_CX_STR && sg_cx_pattern_ok(e->kids[1]->str, like);
}

/* A node with a truth value rather than a value. */
static bool is_predicate(const struct sg_cx *e)
{
	switch (e->kind) {
	case SG_CX_AND: case SG_CX_OR: case SG_CX_NOT: case SG_CX_ISNULL: case SG_CX_IN:
	case SG_CX_BETWEEN: case SG_CX_LIKE: case SG_CX_REGEX: case SG_CX_JSON_VALID:
		return true;
	case SG_CX_CMP:
		return true;
	default:
		return false;
	}
}

bool sg_cx_modelled(const struct sg_cx *e, const struct sg_table *t, const char **why)
{
	const char *dummy;

	if (!why)
		why = &dummy;
	switch (e->kind) {
	case SG_CX_AND: case SG_CX_OR: case SG_CX_NOT:
		for (size_t i = 0; i < e->nkids; i++)
			if (!sg_cx_modelled(e->kids[i], t, why))
				return false;
		return true;
	case SG_CX_CMP:
		*why = "a comparison of values seedgen cannot order";
		if (is_predicate(e->kids[0]) && is_predicate(e->kids[1]))
			return (!strcmp(e->op, "=") || !strcmp(e->op, "<>")) &&
			       sg_cx_modelled(e->kids[0], t, why) && sg_cx_modelled(e->kids[1], t, why);
		return comparable(e->kids[0], e->kids[1], e->op, t);
	case SG_CX_ISNULL:
		*why = "IS NULL of an expression";
		return type_of(e->kids[0], t) != T_BAD;
	case SG_CX_IN:
		*why = "an IN list seedgen cannot compare";
		for (size_t i = 1; i < e->nkids; i++)
			if (!comparable(e->kids[0], e->kids[i], "=", t))
				return false;
		return e->nkids > 1;
	case SG_CX_BETWEEN:
		*why = "a BETWEEN seedgen cannot compare";
		return e->nkids == 3 && comparable(e->kids[0], e->kids[1], "<=", t) &&
		       comparable(e->kids[0], e->kids[2], "<=", t);
	case SG_CX_LIKE:
	case SG_CX_REGEX:
		*why = e->kind == SG_CX_LIKE ? "a LIKE seedgen cannot match"
					     : "a regular expression beyond the simple subset";
		return pattern_arg(e, t, e->kind == SG_CX_LIKE);
	case SG_CX_BOOL:
		return true;
	case SG_CX_JSON_VALID: {
		/* the generators write JSON columns as valid JSON */
		int c = e->kids[0]->kind == SG_CX_COL ? col_index(t, e->kids[0]->str) : -1;

		*why = "json_valid() of something other than a JSON column";
		return c >= 0 && t->columns[c]->cls == SG_T_JSON;
	}
	default:
		*why = "a function, operator or column seedgen does not model";
		return false;
	}
}

/* --- evaluation ---------------------------------------------------------------- */

struct val {
	enum vtype t;
	double num;
	const char *s;
	size_t n;
	struct sg_buf tmp;   /* owns s for function results */
};

static void apply_func(const char *fn, struct val *v)
{
	struct sg_buf b = SG_BUF_INIT;
	size_t lo = 0, hi = v->n;
	bool lower = !strcasecmp(fn, "lower"), upper = !strcasecmp(fn, "upper");

	if (!lower && !upper) {
		bool left = strcasecmp(fn, "rtrim") != 0, right = strcasecmp(fn, "ltrim") != 0;

		while (left && lo < hi && v->s[lo] == ' ')
			lo++;
		while (right && hi > lo && v->s[hi - 1] == ' ')
			hi--;
	}
	sg_buf_add(&b, v->s + lo, hi - lo);
	for (size_t i = 0; i < b.len; i++) {
		char c = b.data[i];

		if (lower && c >= 'A' && c <= 'Z')
			b.data[i] = (char)(c - 'A' + 'a');
		if (upper && c >= 'a' && c <= 'z')
			b.data[i] = (char)(c - 'a' + 'A');
	}
	sg_buf_release(&v->tmp);
	v->tmp = b;
	v->s = sg_buf_str(&v->tmp);
	v->n = b.len;
}

static void col_value(const struct sg_cx *e, const struct sg_row *row, struct val *v)
{
	const struct sg_table *t = row->table;
	int c = col_index(t, e->str);
	int64_t epoch;

	v->s = c >= 0 ? sg_row_get(row, (size_t)c, &v->n) : NULL;
	if (!v->s)
		return;
	v->t = class_type(t->columns[c]->cls);
	if (v->t == T_NUM && !str_num(v->s, &v->num))
		v->t = T_NULL;
	if (v->t == T_TIME) {
		if (sg_row_get_time(row, (size_t)c, &epoch))
			v->num = (double)epoch;
		else if (!sg_parse_time(v->s, v->n, &epoch))
			v->t = T_NULL;
		else
			v->num = (double)epoch;
	}
}

static void value_of(const struct sg_cx *e, const struct sg_row *row, struct val *v)
{
	memset(v, 0, sizeof(*v));
	v->t = T_NULL;
	switch (e->kind) {
	case SG_CX_COL:
		col_value(e, row, v);
		break;
	case SG_CX_NUM:
		v->t = T_NUM;
		v->num = e->num;
		break;
	case SG_CX_STR:
		v->t = T_STR;
		v->s = e->str;
		v->n = strlen(e->str);
		break;
	case SG_CX_LEN:
	case SG_CX_FUNC:
		value_of(e->kids[0], row, v);
		if (v->t != T_STR)
			break;
		if (e->kind == SG_CX_FUNC) {
			apply_func(e->str, v);
			break;
		}
		v->t = T_NUM;
		v->num = (double)(e->bytes ? v->n : sg_utf8_chars(v->s, v->n));
		break;
	default:
		break;
	}
}

/* Brings a string literal to the other side's type (checked by
 * comparable()). */
static void coerce(struct val *a, const struct val *b)
{
	if (a->t == T_STR && b->t == T_NUM && str_num(a->s, &a->num))
		a->t = T_NUM;
	else if (a->t == T_STR && b->t == T_TIME && str_time(a->s, &a->num))
		a->t = T_TIME;
}

static int compare(const struct sg_cx *x, const struct sg_cx *y, const char *op,
		   const struct sg_row *row)
{
	struct val a, b;
	int c, r;

	value_of(x, row, &a);
	value_of(y, row, &b);
	coerce(&a, &b);
	coerce(&b, &a);
	if (a.t == T_NULL || b.t == T_NULL) {
		r = -1;
	} else {
		if (a.t == T_STR)
			c = a.n == b.n && !memcmp(a.s, b.s, a.n) ? 0 : 1;
		else
			c = a.num < b.num ? -1 : a.num > b.num ? 1 : 0;
		r = !strcmp(op, "=") ? c == 0 : !strcmp(op, "<>") ? c != 0
		  : !strcmp(op, "<") ? c < 0 : !strcmp(op, "<=") ? c <= 0
		  : !strcmp(op, ">") ? c > 0 : c >= 0;
	}
	sg_buf_release(&a.tmp);
	sg_buf_release(&b.tmp);
	return r;
}

static int negate(int r, bool neg)
{
	return r < 0 || !neg ? r : !r;
}

static int eval_in(const struct sg_cx *e, const struct sg_row *row)
{
	int r = 0;

	for (size_t i = 1; i < e->nkids && r != 1; i++) {
		int x = compare(e->kids[0], e->kids[i], "=", row);

		if (x == 1 || (x < 0 && r == 0))
			r = x;
	}
	return negate(r, e->neg);
}

static int eval_pattern(const struct sg_cx *e, const struct sg_row *row)
{
	struct val v;
	int r = -1;

	value_of(e->kids[0], row, &v);
	if (v.t == T_STR)
		r = sg_cx_pattern_match(e->kids[1]->str, e->kind == SG_CX_LIKE, e->icase, v.s, v.n);
	sg_buf_release(&v.tmp);
	return negate(r, e->neg);
}

static int eval_logic(const struct sg_cx *e, const struct sg_row *row)
{
	bool is_and = e->kind == SG_CX_AND;
	int r = is_and ? 1 : 0;

	for (size_t i = 0; i < e->nkids; i++) {
		int x = sg_cx_eval(e->kids[i], row);

		if (x == (is_and ? 0 : 1))
			return x;
		if (x < 0)
			r = -1;
	}
	return r;
}

int sg_cx_eval(const struct sg_cx *e, const struct sg_row *row)
{
	struct val v;
	int r, lo, hi;

	switch (e->kind) {
	case SG_CX_AND:
	case SG_CX_OR:
		return eval_logic(e, row);
	case SG_CX_NOT:
		return negate(sg_cx_eval(e->kids[0], row), true);
	case SG_CX_CMP:
		if (is_predicate(e->kids[0]) && is_predicate(e->kids[1])) {
			int a = sg_cx_eval(e->kids[0], row), b = sg_cx_eval(e->kids[1], row);

			return a < 0 || b < 0 ? -1 : (a == b) == !strcmp(e->op, "=");
		}
		return compare(e->kids[0], e->kids[1], e->op, row);
	case SG_CX_ISNULL:
		value_of(e->kids[0], row, &v);
		r = v.t == T_NULL;
		sg_buf_release(&v.tmp);
		return e->neg ? !r : r;
	case SG_CX_IN:
		return eval_in(e, row);
	case SG_CX_BETWEEN:
		lo = compare(e->kids[0], e->kids[1], ">=", row);
		hi = compare(e->kids[0], e->kids[2], "<=", row);
		r = lo == 0 || hi == 0 ? 0 : lo < 0 || hi < 0 ? -1 : 1;
		return negate(r, e->neg);
	case SG_CX_LIKE:
	case SG_CX_REGEX:
		return eval_pattern(e, row);
	case SG_CX_BOOL:
		return e->num != 0;
	case SG_CX_JSON_VALID: {
		const struct sg_table *t = row->table;
		int c = col_index(t, e->kids[0]->str);

		return c >= 0 && sg_row_get(row, (size_t)c, NULL) ? 1 : -1;
	}
	default:
		return -1;
	}
}

/* --- what the generator can build in --------------------------------------------- */

/* The conjuncts of e: the kids of a top-level AND (*out set), or e itself
 * (*out NULL; see conjunct_at). */
static size_t conjuncts(const struct sg_cx *e, const struct sg_cx *const **out)
{
	if (e->kind == SG_CX_AND) {
		*out = (const struct sg_cx *const *)e->kids;
		return e->nkids;
	}
	*out = NULL;
	return 1;
}

static const struct sg_cx *conjunct_at(const struct sg_cx *e, const struct sg_cx *const *k,
				       size_t i)
{
	return k ? k[i] : e;
}

bool sg_cx_order_pair(const struct sg_cx *e, const char *col, const char **other, bool *after,
		      bool *strict)
{
	const struct sg_cx *const *k;
	size_t n = conjuncts(e, &k);

	for (size_t i = 0; i < n; i++) {
		const struct sg_cx *c = conjunct_at(e, k, i);
		const char *op = c->op;
		bool lhs;

		if (c->kind != SG_CX_CMP || c->kids[0]->kind != SG_CX_COL ||
		    c->kids[1]->kind != SG_CX_COL || (op[0] != '<' && op[0] != '>') ||
		    !strcmp(op, "<>"))
			continue;
		lhs = !strcasecmp(c->kids[0]->str, col);
		if (!lhs && strcasecmp(c->kids[1]->str, col))
			continue;
		*other = c->kids[lhs ? 1 : 0]->str;
		*after = (op[0] == '>') == lhs;
		*strict = op[1] != '=';
		return true;
	}
	return false;
}

bool sg_cx_col_pattern(const struct sg_cx *e, const char *col, const char **pat, bool *like)
{
	const struct sg_cx *const *k;
	size_t n = conjuncts(e, &k);

	for (size_t i = 0; i < n; i++) {
		const struct sg_cx *c = conjunct_at(e, k, i);

		if ((c->kind != SG_CX_LIKE && c->kind != SG_CX_REGEX) || c->neg || c->nkids != 2 ||
		    c->kids[0]->kind != SG_CX_COL || strcasecmp(c->kids[0]->str, col) ||
		    c->kids[1]->kind != SG_CX_STR ||
		    !sg_cx_pattern_ok(c->kids[1]->str, c->kind == SG_CX_LIKE))
			continue;
		*pat = c->kids[1]->str;
		*like = c->kind == SG_CX_LIKE;
		return true;
	}
	return false;
}

/* Can the repair write column c: it exists and no foreign key uses it
 * (a parent id must come from the parent). */
static int settable(const struct sg_row *row, const char *name)
{
	const struct sg_table *t = row->table;
	int c = col_index(t, name);

	for (size_t i = 0; c >= 0 && i < t->nfks; i++)
		for (size_t j = 0; j < t->fks[i]->ncols; j++)
			if (!strcasecmp(t->fks[i]->columns[j], name))
				return -1;
	return c;
}

/* col = literal or col IN (literal, ...): writes the (first) literal. */
static bool set_literal(const struct sg_cx *col, const struct sg_cx *lit, struct sg_row *row)
{
	int c = col->kind == SG_CX_COL ? settable(row, col->str) : -1;

	if (c < 0)
		return false;
	if (lit->kind == SG_CX_STR)
		sg_row_sets(row, (size_t)c, lit->str);
	else if (lit->kind == SG_CX_NUM)
		sg_row_setf(row, (size_t)c, "%.15g", lit->num);
	else
		return false;
	return true;
}

static bool make_true(const struct sg_cx *e, struct sg_row *row, int depth);

/* Tries the branches of an OR, starting at one that depends on the row,
 * so that rows spread over the branches. */
static bool make_or_true(const struct sg_cx *e, struct sg_row *row, int depth)
{
	size_t first = row->index > 0 ? (size_t)row->index % e->nkids : 0;

	for (size_t k = 0; k < e->nkids; k++)
		if (make_true(e->kids[(first + k) % e->nkids], row, depth + 1))
			return true;
	return false;
}

/* Writes what makes e hold where a CHECK says it directly: NULL for
 * "col IS NULL" (nullable columns), the literal for "col = x" or
 * "col IN (...)", one branch of an OR, every part of an AND. */
static bool make_true(const struct sg_cx *e, struct sg_row *row, int depth)
{
	int c;

	if (sg_cx_eval(e, row) == 1)
		return true;
	if (depth > 8)
		return false;
	switch (e->kind) {
	case SG_CX_AND:
		for (size_t i = 0; i < e->nkids; i++)
			if (!make_true(e->kids[i], row, depth + 1))
				return false;
		return sg_cx_eval(e, row) == 1;
	case SG_CX_OR:
		return make_or_true(e, row, depth);
	case SG_CX_ISNULL:
		if (e->neg || e->kids[0]->kind != SG_CX_COL)
			return false;
		c = settable(row, e->kids[0]->str);
		if (c < 0 || !row->table->columns[c]->nullable)
			return false;
		sg_row_set_null(row, (size_t)c);
		return true;
	case SG_CX_CMP:
		if (is_predicate(e->kids[0]) && !strcmp(e->op, "="))
			return make_true(e->kids[0], row, depth + 1) &&
			       make_true(e->kids[1], row, depth + 1);
		return !strcmp(e->op, "=") && set_literal(e->kids[0], e->kids[1], row) &&
		       sg_cx_eval(e, row) == 1;
	case SG_CX_IN:
		return !e->neg && e->nkids > 1 && set_literal(e->kids[0], e->kids[1], row) &&
		       sg_cx_eval(e, row) == 1;
	default:
		return false;
	}
}

bool sg_cx_repair(const struct sg_cx *e, struct sg_row *row)
{
	if (sg_cx_eval(e, row) != 0)
		return true;
	make_true(e, row, 0);
	return sg_cx_eval(e, row) != 0;
}
