/*
 * The generic generator: a value for any column from the live schema alone.
 *
 * sg_generic_plan() does all the thinking once per column: it skips what the
 * server fills (auto-increment, identity, generated columns, types seedgen
 * cannot produce), reads the column's CHECK text for bounds, IN lists and
 * length limits, splits the column name into words to pick a realistic
 * strategy (email -> fake email, quantity -> Pareto 1..500, created_at ->
 * the last two years, is_active -> mostly true, metadata -> a JSON object
 * with realistic keys ...), and stores the resulting ranges in the
 * struct sg_colgen. sg_generic_value() is then a switch on the strategy that
 * draws from the table's stream and writes straight into the row's buffer:
 * no name comparison, no parsing and, except for JSON (cJSON), no
 * allocation per value.
 *
 * CHECK constraints understood (MariaDB, MySQL 8 and PostgreSQL spellings,
 * on the column or on a domain's VALUE): comparisons of the column with a
 * number (<, <=, >, >=, =), BETWEEN, IN lists and = ANY (ARRAY[...]) of
 * strings or numbers, <> '' (non-empty), and comparisons or BETWEEN on
 * char_length/character_length/length/octet_length of the column (also
 * around trim/lower/upper). Conjunctions (AND) of those are combined, also
 * the parts about this column of a table CHECK over several columns
 * ("subtotal >= 0 AND tax >= 0"). A clause with OR or NOT, arithmetic,
 * other functions or a second column is ignored; such a column then gets
 * only structure-preserving values in the edge scenario.
 *
 * The edge scenario (env->edge) cycles every column through boundary
 * values by row index, so that each appears within any 10 consecutive rows
 * (within the first 10 for a unique column, then normal values):
 * the type's (or CHECK's) largest and smallest values, a second pair
 * (smallest positive / zero, one character / empty, {} for JSON), NULL in
 * nullable columns (3 rows in 10), and normal values. Two server limits
 * bound it further: numbers that a generated column adds or multiplies stay
 * within the square root of their limits, and indexed text on PostgreSQL
 * within 800 bytes (a btree entry holds at most 2704).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "seedgen/dist.h"
#include "seedgen/fake.h"
#include "seedgen/generic.h"

/* --- strategies and flags (private to this file) ------------------------- */

enum strategy {
	S_NONE = 0,
	S_OPTS,       /* one of opts->values */
	S_CHOICE,     /* one of the CHECK's IN list */
	S_INT,        /* uniform in [ilo, ihi] */
	S_INT_INDEX,  /* ilo + row index (position, sort_order, line_no) */
	S_INT_PARETO, /* sg_fake_money(dlo, dhi) rounded (quantity, amounts) */
	S_BOOL,
	S_DEC,        /* uniform units (value * 10^scale) in [ilo, ihi] */
	S_DEC_MONEY,  /* sg_fake_money(dlo, dhi) in units */
	S_TEXT,       /* fake kind, word list (p.sub) or free text */
	S_TEXT_ID,    /* uuid / cuid-like / random id, unique by construction */
	S_TEXT_CODE,  /* upper-case letters and digits */
	S_JSON,       /* shape in p.sub */
	S_UUID,
	S_TIME,       /* date, datetime, timestamp: epoch in [ilo, ihi] */
	S_TOD,        /* time of day: seconds in [ilo, ihi] */
	S_YEAR,
	S_BINARY,
	S_BIT,        /* PostgreSQL bit/varbit */
	S_ENUM,
	S_SET,
};

enum {
	F_ARRAY = 1u << 0,      /* PostgreSQL array of the strategy's element */
	F_ASCII = 1u << 1,      /* keep text ASCII (a CHECK counts bytes) */
	F_UNPARSED = 1u << 2,   /* the column has CHECK text we could not read */
	F_EDGE_NULL = 1u << 3,  /* edge scenario: NULL by slot */
	F_U64MAX = 1u << 4,     /* unsigned bigint: edge maximum 18446744073709551615 */
	F_HI_OPEN = 1u << 5,    /* decimal/float: no CHECK upper bound */
	F_LO_OPEN = 1u << 6,    /* decimal/float: no CHECK lower bound, signed */
	F_FLOAT4 = 1u << 7,     /* float/real */
	F_FLOAT8 = 1u << 8,     /* double */
	F_EMAIL = 1u << 9,      /* keep the '@' structure */
	F_FREETEXT = 1u << 10,  /* cut at a word boundary */
	F_DAY = 1u << 11,       /* date: whole days */
	F_TZ = 1u << 12,        /* PostgreSQL with time zone: "+00" */
	F_PHONE = 1u << 13,     /* phone: digits only when too long */
};

enum variant { V_NORMAL = 0, V_MAX, V_MIN, V_MAX2, V_MIN2, V_NULL };

enum time_role { R_NONE = 0, R_PAST, R_CREATED, R_UPDATED, R_START, R_END, R_FUTURE, R_BIRTH };

/* Word lists for short text columns (p.sub) and JSON shapes. */
enum vocab {
	W_NONE = 0, W_STATUS, W_GENERIC, W_TYPE, W_SOURCE, W_METHOD, W_ROLE, W_PRIORITY,
	W_TIER, W_FREQ, W_UNIT, W_VISIBILITY, W_LANG, W_THEME, W_TAGS, W_DIRECTION,
	W_ACTION, W_GRADE, W_SENTENCE, W_TITLE, W_COUNT
};

enum jshape {
	J_GENERIC = 0, J_META, J_SETTINGS, J_ATTRS, J_ADDRESS, J_CONDITIONS, J_CHANGES,
	J_WEIGHTS, J_HOURS, J_A_TAGS, J_A_CATEGORIES, J_A_ROLES, J_A_DATES, J_A_IDS,
	J_A_ITEMS, J_A_TEXT, J_A_WORDS
};

#define YEAR_SECS (365LL * 86400)
#define EDGE_LONG 2000        /* characters of an unbounded text at its "maximum" */
#define EDGE_ELEM 64          /* characters of an unbounded array element */
#define EDGE_BLOB 1024        /* bytes of an unbounded binary */
#define PG_INDEX_BYTES 800    /* bytes of indexed text on PostgreSQL */
#define EPOCH_0001 (-62135596800LL)
#define EPOCH_1000 (-30610224000LL)
#define EPOCH_9999 253402300799LL

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

static const char *const *const vocabs[W_COUNT] = {
	[W_STATUS] = v_status, [W_GENERIC] = v_generic, [W_TYPE] = v_type,
	[W_SOURCE] = v_source, [W_METHOD] = v_method, [W_ROLE] = v_role,
	[W_PRIORITY] = v_priority, [W_TIER] = v_tier, [W_FREQ] = v_freq, [W_UNIT] = v_unit,
	[W_VISIBILITY] = v_visibility, [W_LANG] = v_lang, [W_THEME] = v_theme,
	[W_TAGS] = v_tags, [W_DIRECTION] = v_direction, [W_ACTION] = v_action,
	[W_GRADE] = v_grade,
};

static const char *pick(struct sg_rand *r, const char *const *list)
{
	size_t n = 0;

	while (list[n])
		n++;
	return list[sg_rand_below(r, (uint32_t)n)];
}

/* --- column names as words ------------------------------------------------ */

#define MAXW 8
struct words {
	int n;
	char w[MAXW][24];
};

/* "contactEmail" -> contact email, "IPAddress" -> ip address,
 * "address_line1" -> address line 1. */
static void split_words(const char *name, struct words *ws)
{
	size_t len = 0;
	const unsigned char *s = (const unsigned char *)name;

	memset(ws, 0, sizeof(*ws));
	for (size_t i = 0; s[i] && ws->n < MAXW; i++) {
		unsigned char ch = s[i], prev = i ? s[i - 1] : 0, next = s[i + 1];
		bool alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
		bool digit = ch >= '0' && ch <= '9';
		bool up = ch >= 'A' && ch <= 'Z';
		bool brk = false;

		if (!alpha && !digit) {
			if (len) {
				ws->n++;
				len = 0;
			}
			continue;
		}
		if (len) {
			bool pdigit = prev >= '0' && prev <= '9';
			bool plow = (prev >= 'a' && prev <= 'z') || prev >= 0x80;
			bool pup = prev >= 'A' && prev <= 'Z';
			bool nlow = next >= 'a' && next <= 'z';

			brk = digit != pdigit || (up && plow) || (up && pup && nlow);
		}
		if (brk) {
			ws->n++;
			len = 0;
			if (ws->n >= MAXW)
				break;
		}
		if (len < sizeof(ws->w[0]) - 1)
			ws->w[ws->n][len++] = (char)(up ? ch - 'A' + 'a' : ch);
	}
	if (len && ws->n < MAXW)
		ws->n++;
}

static bool in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(w, *list))
			return true;
	return false;
}

static const char *w_last(const struct words *ws)
{
	return ws->n ? ws->w[ws->n - 1] : "";
}

static const char *w_first(const struct words *ws)
{
	return ws->n ? ws->w[0] : "";
}

static bool first_in(const struct words *ws, const char *const *list)
{
	return ws->n && in_list(w_first(ws), list);
}

static bool any_in(const struct words *ws, const char *const *list)
{
	for (int i = 0; i < ws->n; i++)
		if (in_list(ws->w[i], list))
			return true;
	return false;
}

static bool has_word(const struct words *ws, const char *w)
{
	for (int i = 0; i < ws->n; i++)
		if (!strcmp(ws->w[i], w))
			return true;
	return false;
}

/* --- CHECK text ----------------------------------------------------------- */

enum tk { TK_END = 0, TK_IDENT, TK_QIDENT, TK_NUM, TK_STR, TK_OP, TK_COMMA, TK_LBRACK,
	  TK_RBRACK, TK_SEMI, TK_OTHER };

struct tok {
	enum tk kind;
	const char *s; /* start in the text (the opening quote of a string) */
	size_t n;      /* bytes; for TK_QIDENT the name without quotes */
	double num;
	char op[3];
};

struct lexer {
	const char *p;
	bool mysql;     /* backslash escapes in strings */
	enum tk prev;
};

static bool is_word_char(char c)
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
static void skip_cast(struct lexer *lx)
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
		while (is_word_char(*p) || *p == '.')
			p++;
	}
	for (;;) {
		const char *q = p, *w;
		bool again = false;

		while (*q == ' ')
			q++;
		w = q;
		while (is_word_char(*q))
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

static void lex_next(struct lexer *lx, struct tok *t)
{
	const char *p;

	memset(t, 0, sizeof(*t));
again:
	p = lx->p;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '(' || *p == ')')
		p++;
	t->s = p;
	if (!*p) {
		t->kind = TK_END;
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
			if (lx->mysql && *q == '\\' && q[1])
				q++;
			else if (*q == '\'' && q[1] == '\'')
				q++;
			else if (*q == '\'')
				break;
		}
		t->kind = TK_STR;
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
		t->kind = TK_QIDENT;
		t->s = p + 1;
		t->n = (size_t)(q - p - 1);
		lx->p = *q ? q + 1 : q;
	} else if ((*p >= '0' && *p <= '9') || (*p == '.' && p[1] >= '0' && p[1] <= '9') ||
		   ((*p == '-' || *p == '+') && ((p[1] >= '0' && p[1] <= '9') || p[1] == '.') &&
		    lx->prev != TK_IDENT && lx->prev != TK_QIDENT && lx->prev != TK_NUM &&
		    lx->prev != TK_STR)) {
		char *end;

		t->kind = TK_NUM;
		t->num = strtod(p, &end);
		t->n = (size_t)(end - p);
		if (!t->n)
			t->n = 1;
		lx->p = p + t->n;
	} else if (is_word_char(*p)) {
		const char *q = p;

		while (is_word_char(*q))
			q++;
		/* charset introducer (_utf8mb4'x') or N'x' / E'x' prefix */
		if (*q == '\'' && (*p == '_' || q - p == 1)) {
			lx->p = q;
			goto again;
		}
		t->kind = TK_IDENT;
		t->n = (size_t)(q - p);
		lx->p = q;
	} else if (*p == '<' || *p == '>' || *p == '=' || *p == '!') {
		size_t n = 1;

		if ((p[0] == '<' && (p[1] == '=' || p[1] == '>')) || (p[0] == '>' && p[1] == '=') ||
		    (p[0] == '!' && p[1] == '='))
			n = 2;
		t->kind = p[0] == '!' && n == 1 ? TK_OTHER : TK_OP;
		memcpy(t->op, p, n);
		if (!strcmp(t->op, "!="))
			strcpy(t->op, "<>");
		t->n = n;
		lx->p = p + n;
	} else {
		t->kind = *p == ',' ? TK_COMMA : *p == '[' ? TK_LBRACK : *p == ']' ? TK_RBRACK
		       : *p == ';' ? TK_SEMI : TK_OTHER;
		t->n = 1;
		lx->p = p + 1;
	}
	lx->prev = t->kind;
}

/* Appends the unescaped content of a string token. */
static void str_content(const struct tok *t, bool mysql, struct sg_buf *out)
{
	const char *p = t->s + 1, *end = t->s + t->n;

	if (end > p && end[-1] == '\'')
		end--;
	for (; p < end; p++) {
		if (mysql && *p == '\\' && p + 1 < end) {
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

static bool tok_number(const struct tok *t, bool mysql, double *v)
{
	if (t->kind == TK_NUM) {
		*v = t->num;
		return true;
	}
	if (t->kind == TK_STR && t->n < 64) {
		char tmp[64];
		struct sg_buf b = SG_BUF_INIT;
		char *end;
		bool ok;

		str_content(t, mysql, &b);
		snprintf(tmp, sizeof(tmp), "%s", sg_buf_str(&b));
		sg_buf_release(&b);
		*v = strtod(tmp, &end);
		ok = end != tmp && !*end;
		return ok;
	}
	return false;
}

struct chk {
	bool has_lo, has_hi, lo_strict, hi_strict;
	double lo, hi;
	long len_lo, len_hi;     /* -1: none */
	bool len_bytes;          /* MySQL length() counts bytes */
	bool nonempty;
	bool unparsed;
	const char *choices;
	int nchoices;
};

static void bound(struct chk *k, const char *op, double v, bool reversed)
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

static void len_bound(struct chk *k, const char *op, double v)
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
static bool subject_of(const struct tok *t, const char *col, bool col_only)
{
	if (t->kind == TK_QIDENT)
		return strlen(col) == t->n && !strncasecmp(t->s, col, t->n);
	if (t->kind == TK_IDENT)
		return word_is(t->s, t->n, col) || (!col_only && word_is(t->s, t->n, "value"));
	return false;
}

static bool is_subject(const struct tok *t, const char *col)
{
	return subject_of(t, col, false);
}

static bool mentions(const struct tok *t, int n, const char *col)
{
	for (int i = 0; i < n; i++)
		if (subject_of(&t[i], col, true))
			return true;
	return false;
}

static bool is_kw(const struct tok *t, const char *w)
{
	return t->kind == TK_IDENT && word_is(t->s, t->n, w);
}

/* A list of strings/numbers from t[i]: returns the count and moves *i
 * past it. */
static int read_list(const struct tok *t, int n, int *i)
{
	int count = 0;

	while (*i < n && (t[*i].kind == TK_STR || t[*i].kind == TK_NUM)) {
		count++;
		(*i)++;
		if (*i < n && t[*i].kind == TK_COMMA)
			(*i)++;
		else
			break;
	}
	return count;
}

static void conjunct(struct chk *k, const struct tok *t, int n, const char *col, bool mysql)
{
	static const char *const lenfns[] = { "char_length", "character_length", "length",
					      "octet_length", "len", NULL };
	static const char *const wraps[] = { "trim", "btrim", "ltrim", "rtrim", "lower", "upper",
					     NULL };
	double a, b;
	int i = 0;

	if (n == 0)
		return;
	/* col IS [NOT] NULL, json_valid(col): nothing to honour */
	if (n >= 3 && is_subject(&t[0], col) && is_kw(&t[1], "is"))
		return;
	if (n == 2 && is_kw(&t[0], "json_valid") && is_subject(&t[1], col))
		return;
	if (t[0].kind == TK_IDENT) {
		struct sg_buf w = SG_BUF_INIT;
		bool lenfn;

		sg_buf_add(&w, t[0].s, t[0].n);
		for (char *c = w.data; *c; c++)
			*c = (char)(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
		lenfn = in_list(w.data, lenfns);
		sg_buf_release(&w);
		if (lenfn && n >= 3) {
			bool bytes = mysql && (is_kw(&t[0], "length") || is_kw(&t[0], "octet_length"));

			i = 1;
			while (i < n && t[i].kind == TK_IDENT && !is_subject(&t[i], col)) {
				struct sg_buf x = SG_BUF_INIT;
				bool ok;

				sg_buf_add(&x, t[i].s, t[i].n);
				for (char *c = x.data; *c; c++)
					*c = (char)(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
				ok = in_list(x.data, wraps);
				sg_buf_release(&x);
				if (!ok)
					break;
				i++;
			}
			if (i < n && is_subject(&t[i], col)) {
				i++;
				if (n - i == 2 && t[i].kind == TK_OP && tok_number(&t[i + 1], mysql, &a)) {
					len_bound(k, t[i].op, a);
					k->len_bytes |= bytes;
					return;
				}
				if (n - i == 4 && is_kw(&t[i], "between") && is_kw(&t[i + 2], "and") &&
				    tok_number(&t[i + 1], mysql, &a) && tok_number(&t[i + 3], mysql, &b)) {
					len_bound(k, ">=", a);
					len_bound(k, "<=", b);
					k->len_bytes |= bytes;
					return;
				}
			}
			k->unparsed = true;
			return;
		}
	}
	if (is_subject(&t[0], col) && n >= 2) {
		if (n == 3 && t[1].kind == TK_OP && tok_number(&t[2], mysql, &a) &&
		    t[2].kind == TK_NUM) {
			bound(k, t[1].op, a, false);
			return;
		}
		if (n == 3 && t[1].kind == TK_OP && t[2].kind == TK_STR) {
			if (!strcmp(t[1].op, "<>") && t[2].n == 2) {
				k->nonempty = true;
				return;
			}
			if (!strcmp(t[1].op, "=") && !k->choices) {
				k->choices = t[2].s;
				k->nchoices = 1;
				return;
			}
			/* '5'::integer style numbers */
			if (tok_number(&t[2], mysql, &a) && strcmp(t[1].op, "<>")) {
				bound(k, t[1].op, a, false);
				return;
			}
		}
		if (n == 5 && is_kw(&t[1], "between") && is_kw(&t[3], "and") &&
		    tok_number(&t[2], mysql, &a) && tok_number(&t[4], mysql, &b)) {
			bound(k, ">=", a, false);
			bound(k, "<=", b, false);
			return;
		}
		if (is_kw(&t[1], "in")) {
			i = 2;
			int cnt = read_list(t, n, &i);

			if (cnt > 0 && i == n) {
				if (!k->choices) {
					k->choices = t[2].s;
					k->nchoices = cnt;
				}
				return;
			}
		}
		if (n >= 5 && t[1].kind == TK_OP && !strcmp(t[1].op, "=") && is_kw(&t[2], "any") &&
		    is_kw(&t[3], "array") && t[4].kind == TK_LBRACK) {
			i = 5;
			int cnt = read_list(t, n, &i);

			if (cnt > 0 && i < n && t[i].kind == TK_RBRACK && i + 1 == n) {
				if (!k->choices) {
					k->choices = t[5].s;
					k->nchoices = cnt;
				}
				return;
			}
		}
	}
	if (n == 3 && t[2].kind != TK_END && is_subject(&t[2], col) && t[1].kind == TK_OP &&
	    tok_number(&t[0], mysql, &a)) {
		bound(k, t[1].op, a, true);
		return;
	}
	k->unparsed = true;
}

static void chk_init(struct chk *k)
{
	memset(k, 0, sizeof(*k));
	k->len_lo = k->len_hi = -1;
}

/* Reads a "; "-joined list of CHECK clauses into k. table: the text is a
 * table's CHECK that may name other columns; clauses and conjuncts that do
 * not mention the column are then left alone. */
static void parse_check(struct chk *k, const char *text, const char *col, bool mysql, bool table)
{
	enum { CAP = 512 };
	struct tok *t = sg_calloc(CAP, sizeof(*t));
	struct lexer lx = { text, mysql, TK_END };
	bool done = false;

	while (!done) {
		int n = 0;
		bool bad = false;

		for (;;) {
			struct tok x;

			lex_next(&lx, &x);
			if (x.kind == TK_END || x.kind == TK_SEMI) {
				done = x.kind == TK_END;
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
			if (is_kw(&t[i], "or") || t[i].kind == TK_OTHER)
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
				conjunct(k, t + start, i - start, col, mysql);
			start = i + 1;
		}
	}
	free(t);
}

/* The k-th item (0-based) of a list that starts at p, appended to out. */
static void choice_at(const char *p, int k, bool mysql, struct sg_buf *out)
{
	struct lexer lx = { p, mysql, TK_COMMA };
	struct tok t;
	int i = 0;

	for (;;) {
		lex_next(&lx, &t);
		if (t.kind == TK_COMMA)
			continue;
		if (t.kind != TK_STR && t.kind != TK_NUM)
			return;
		if (i++ == k)
			break;
	}
	if (t.kind == TK_STR)
		str_content(&t, mysql, out);
	else
		sg_buf_add(out, t.s, t.n);
}

/* --- small helpers --------------------------------------------------------- */

static int64_t clamp64(int64_t v, int64_t lo, int64_t hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static int64_t dbl_to_i64(double v)
{
	if (!(v == v))
		return 0;
	if (v >= 9.2e18)
		return INT64_MAX;
	if (v <= -9.2e18)
		return INT64_MIN;
	return (int64_t)v;
}

static int64_t pow10i(int e)
{
	int64_t v = 1;

	for (int i = 0; i < e && i < 18; i++)
		v *= 10;
	return v;
}

/* 10^e as a double without pow() for the usual scales. */
static double pow10d(int e)
{
	static const double p[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
				    1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18 };

	return e >= 0 && e <= 18 ? p[e] : pow(10.0, e);
}

static void add_i64(struct sg_buf *b, int64_t v)
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
static void add_units(struct sg_buf *b, int64_t units, int scale)
{
	char tmp[48], *p = tmp + sizeof(tmp);
	uint64_t u = units < 0 ? 0ULL - (uint64_t)units : (uint64_t)units;
	int digits = 0;

	if (scale <= 0) {
		add_i64(b, units);
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

static const char b36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static void add_random(struct sg_buf *b, struct sg_rand *r, size_t n, const char *alphabet,
		       uint32_t size)
{
	for (size_t i = 0; i < n; i++)
		sg_buf_addch(b, alphabet[sg_rand_below(r, size)]);
}

static size_t utf8_chars(const char *s, size_t len)
{
	return sg_utf8_chars(s, len);
}

/* Byte length of the longest prefix of s[0..len) of at most maxb bytes
 * that ends on a character boundary. */
static size_t utf8_bytes_cut(const char *s, size_t len, size_t maxb)
{
	if (len <= maxb)
		return len;
	while (maxb > 0 && ((unsigned char)s[maxb] & 0xC0) == 0x80)
		maxb--;
	return maxb;
}

static void truncate_to(struct sg_buf *b, size_t len)
{
	b->len = len;
	if (b->data)
		b->data[len] = '\0';
}

/* Fill characters for edge values: letters with 2-, 3- and 4-byte UTF-8
 * (emoji), mixed with ASCII. */
static const char *const uni_chars[] = { "é", "ß", "ñ", "ø", "Ж", "λ", "ü", "中", "文", "日", "€", "✓",
				   "😀", "🚀", "🌿", "🎉" };

/* Appends up to `chars` characters using at most `bytes` bytes. The
 * first three are é, 中 and 😀 when unicode is allowed and they fit, so a
 * maximum-length value always carries 2-, 3- and 4-byte characters. */
static void add_filler(struct sg_buf *b, struct sg_rand *r, size_t chars, size_t bytes,
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

/* --- planning -------------------------------------------------------------- */

static void type_int_limits(const struct sg_column *c, int64_t *lo, int64_t *hi)
{
	int bytes = c->int_bytes > 0 && c->int_bytes <= 8 ? c->int_bytes : 4;

	if (c->is_unsigned) {
		*lo = 0;
		*hi = bytes == 8 ? INT64_MAX : (int64_t)((1ULL << (8 * bytes)) - 1);
	} else {
		*hi = bytes == 8 ? INT64_MAX : (int64_t)((1ULL << (8 * bytes - 1)) - 1);
		*lo = -*hi - 1;
	}
}

static int64_t civil_year(int64_t epoch)
{
	/* Good enough for "the current year" of a run: 365.2425-day years. */
	return 1970 + (int64_t)floor((double)epoch / 31556952.0);
}

static const char *const W_MONEY[] = { "amount", "price", "cost", "total", "balance", "subtotal",
				       "tax", "fee", "fees", "spend", "spent", "revenue", "salary",
				       "budget", "credit", "debit", "payment", "paid", "due", "owed",
				       "limit", "profit", "cogs", "payout", "earned", "value",
				       "shipping", "discount", "deposit", "refund", "income",
				       "expense", "wage", "charge", "margin", "cents", NULL };
static const char *const W_PCT[] = { "percent", "percentage", "pct", NULL };
static const char *const W_QTY[] = { "quantity", "qty", "units", "stock", NULL };

/* Integer strategy and soft range from the name. */
static void int_rule(struct sg_colgen *cg, const struct words *ws, const struct sg_gen_env *env)
{
	static const char *const w_pos[] = { "position", "rank", "ordinal", "index", "idx", NULL };
	static const char *const w_num[] = { "no", "num", "number", "seq", "sequence", "line",
					     NULL };
	static const char *const w_cnt[] = { "count", "counts", "views", "clicks", "attempts",
					     "retries", "points", "used", "items", "visits", NULL };
	static const char *const w_tot[] = { "num", "total", "times", NULL };
	static const char *const w_dim[] = { "width", "height", "w", "h", "cols", "rows", "span",
					     NULL };
	static const char *const w_xy[] = { "x", "y", "col", "row", "column", NULL };
	static const char *const w_flag[] = { "is", "has", "can", "should", "allow", NULL };
	const char *last = w_last(ws);

	cg->strategy = S_INT;
	cg->ilo = 0;
	cg->ihi = cg->c->int_bytes == 1 ? 100 : 1000;
	if (in_list(last, w_pos) || ((!strcmp(last, "order") || !strcmp(last, "sort")) &&
				     ws->n >= 2)) {
		cg->strategy = S_INT_INDEX;
		cg->ilo = 0;
	} else if (in_list(last, w_num) && ws->n >= 2 && strcmp(w_first(ws), "phone")) {
		cg->strategy = S_INT_INDEX;
		cg->ilo = 1;
	} else if (any_in(ws, W_QTY)) {
		cg->strategy = S_INT_PARETO;
		cg->dlo = 1;
		cg->dhi = 50;
		cg->ilo = 1;
		cg->ihi = 500;
	} else if (any_in(ws, W_PCT)) {
		cg->ihi = 100;
	} else if (!strcmp(last, "rating") || !strcmp(last, "stars")) {
		cg->ilo = 1;
		cg->ihi = 5;
	} else if (!strcmp(last, "score")) {
		cg->ihi = 100;
	} else if (!strcmp(last, "year") || !strcmp(last, "yr")) {
		cg->ilo = 2000;
		cg->ihi = civil_year(env->now);
	} else if (!strcmp(last, "age")) {
		cg->ilo = 18;
		cg->ihi = 90;
	} else if (in_list(last, w_cnt) || first_in(ws, w_tot)) {
		cg->ihi = 1000;
	} else if (!strcmp(last, "priority")) {
		cg->ihi = 10;
	} else if (!strcmp(last, "level") || !strcmp(last, "tier")) {
		cg->ilo = 1;
		cg->ihi = 10;
	} else if (!strcmp(last, "minutes") || !strcmp(last, "mins")) {
		cg->ihi = 600;
	} else if (!strcmp(last, "seconds") || !strcmp(last, "secs")) {
		cg->ilo = 1;
		cg->ihi = 3600;
	} else if (!strcmp(last, "hours") || !strcmp(last, "hrs")) {
		cg->ihi = 80;
	} else if (!strcmp(last, "days")) {
		cg->ilo = 1;
		cg->ihi = 90;
	} else if (has_word(ws, "week") && !strcmp(last, "day")) {
		cg->ihi = 6;
	} else if (!strcmp(last, "month")) {
		cg->ilo = 1;
		cg->ihi = 12;
	} else if (!strcmp(last, "day")) {
		cg->ilo = 1;
		cg->ihi = 28;
	} else if (!strcmp(last, "hour")) {
		cg->ihi = 23;
	} else if (!strcmp(last, "minute")) {
		cg->ihi = 59;
	} else if (!strcmp(last, "week")) {
		cg->ilo = 1;
		cg->ihi = 52;
	} else if (!strcmp(last, "version")) {
		cg->ilo = 1;
		cg->ihi = 20;
	} else if (in_list(last, w_dim)) {
		cg->ilo = 1;
		cg->ihi = 12;
	} else if (in_list(last, w_xy)) {
		cg->ihi = 11;
	} else if (!strcmp(last, "port")) {
		cg->ilo = 1024;
		cg->ihi = 65535;
	} else if (!strcmp(last, "zip") || !strcmp(last, "zipcode") || has_word(ws, "postal")) {
		cg->ilo = 90001;
		cg->ihi = 96162;
	} else if (!strcmp(last, "size") || !strcmp(last, "bytes")) {
		cg->strategy = S_INT_PARETO;
		cg->dlo = 1024;
		cg->dhi = 5e6;
		cg->ilo = 1024;
		cg->ihi = 50000000;
	} else if (!strcmp(last, "weight")) {
		cg->ihi = 100;
	} else if (in_list(last, W_MONEY)) {
		cg->strategy = S_INT_PARETO;
		cg->dlo = 25;
		cg->dhi = 500;
		cg->ilo = 1;
		cg->ihi = 5000;
	} else if (!strcmp(last, "id") || !strcmp(last, "by") || !strcmp(last, "ref")) {
		cg->ilo = 1;
		cg->ihi = 1000;
	} else if (first_in(ws, w_flag)) {
		cg->ihi = 1;
	}
}

/* Decimal/float strategy: soft range in real values (dlo, dhi) and the
 * scale to print when the type leaves it open. */
static void dec_rule(struct sg_colgen *cg, const struct words *ws, int *scale)
{
	static const char *const w_rate[] = { "rate", "ratio", "share", "probability", "confidence",
					      "fraction", NULL };
	static const char *const w_mult[] = { "multiplier", "factor", NULL };
	static const char *const w_big[] = { "limit", "balance", "budget", "revenue", "salary",
					     "lifetime", "ytd", "exposure", "income", NULL };
	static const char *const w_small[] = { "tax", "fee", "fees", "shipping", NULL };
	static const char *const w_unit[] = { "unit", "price", NULL };
	const char *last = w_last(ws);

	cg->strategy = S_DEC;
	cg->dlo = 0;
	cg->dhi = 1000;
	if (any_in(ws, W_PCT)) {
		cg->dhi = 100;
	} else if (any_in(ws, w_rate)) {
		cg->dhi = 1;
		*scale = 4;
	} else if (any_in(ws, w_mult)) {
		cg->dlo = 0.5;
		cg->dhi = 2;
	} else if (!strcmp(last, "score") || !strcmp(last, "percentile")) {
		cg->dhi = 100;
	} else if (!strcmp(last, "rating")) {
		cg->dlo = 1;
		cg->dhi = 5;
	} else if (!strcmp(last, "weight")) {
		cg->dhi = 1;
		*scale = 4;
	} else if (!strcmp(last, "lat") || !strcmp(last, "latitude")) {
		cg->dlo = 32.5;
		cg->dhi = 42.0;
		*scale = 6;
	} else if (!strcmp(last, "lng") || !strcmp(last, "lon") || !strcmp(last, "longitude")) {
		cg->dlo = -124.4;
		cg->dhi = -114.1;
		*scale = 6;
	} else if (!strcmp(last, "temp") || !strcmp(last, "temperature")) {
		cg->dlo = 35;
		cg->dhi = 80;
	} else if (has_word(ws, "thc") || has_word(ws, "cbd")) {
		cg->dhi = 35;
	} else if (any_in(ws, W_QTY)) {
		cg->strategy = S_DEC_MONEY;
		cg->dlo = 1;
		cg->dhi = 50;
	} else if (any_in(ws, W_MONEY) || any_in(ws, w_big)) {
		/* most amounts sit a little above dlo, 10% above dhi */
		cg->strategy = S_DEC_MONEY;
		cg->dhi = any_in(ws, w_big) ? 20000 : any_in(ws, w_small) ? 50
			: any_in(ws, w_unit) ? 100 : 500;
		cg->dlo = cg->dhi / 20;
	}
}

static const char *singular(const char *w, char *tmp, size_t cap)
{
	size_t n = strlen(w);

	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && n < cap) {
		memcpy(tmp, w, n - 1);
		tmp[n - 1] = '\0';
		return tmp;
	}
	return w;
}

static int vocab_for(const char *w)
{
	static const struct { const char *w; int v; } map[] = {
		{ "status", W_STATUS }, { "state", W_STATUS }, { "type", W_TYPE },
		{ "kind", W_TYPE }, { "source", W_SOURCE }, { "channel", W_SOURCE },
		{ "origin", W_SOURCE }, { "medium", W_SOURCE }, { "method", W_METHOD },
		{ "mode", W_METHOD }, { "role", W_ROLE }, { "priority", W_PRIORITY },
		{ "severity", W_PRIORITY }, { "urgency", W_PRIORITY }, { "tier", W_TIER },
		{ "level", W_TIER }, { "frequency", W_FREQ }, { "interval", W_FREQ },
		{ "period", W_FREQ }, { "cadence", W_FREQ }, { "recurrence", W_FREQ },
		{ "unit", W_UNIT }, { "uom", W_UNIT }, { "visibility", W_VISIBILITY },
		{ "scope", W_VISIBILITY }, { "access", W_VISIBILITY }, { "language", W_LANG },
		{ "lang", W_LANG }, { "locale", W_LANG }, { "theme", W_THEME }, { "tag", W_TAGS },
		{ "label", W_TAGS }, { "direction", W_DIRECTION }, { "action", W_ACTION },
		{ "event", W_ACTION }, { "activity", W_ACTION }, { "operation", W_ACTION },
		{ "grade", W_GRADE },
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcmp(w, map[i].w))
			return map[i].v;
	return W_NONE;
}

static bool is_freetext_kind(int kind)
{
	switch (kind) {
	case SG_FAKE_TITLE: case SG_FAKE_TASK_TITLE: case SG_FAKE_SENTENCE: case SG_FAKE_NOTES:
	case SG_FAKE_DESCRIPTION: case SG_FAKE_COMMENT: case SG_FAKE_REASON:
	case SG_FAKE_PRODUCT_DESCRIPTION: case SG_FAKE_PRODUCT_NAME: case SG_FAKE_ADDRESS:
		return true;
	default:
		return false;
	}
}

/* Text strategy (char, varchar, text and their arrays). */
static void text_rule(struct sg_colgen *cg, const struct sg_table *t, const struct words *ws,
		      bool key, enum sg_type_class cls)
{
	static const char *const w_id[] = { "id", "uuid", "guid", "uid", NULL };
	static const char *const w_code[] = { "code", "ref", "reference", "number", "no", "num",
					      "identifier", NULL };
	static const char *const w_tok[] = { "token", "hash", "secret", "key", "signature", "nonce",
					     "salt", "checksum", "digest", "fingerprint", NULL };
	const char *last = w_last(ws);
	char tmp[24];
	int kind, voc;

	cg->strategy = S_TEXT;
	if (key) {
		cg->strategy = S_TEXT_ID;
		return;
	}
	kind = (int)sg_fake_kind_for_table_column(t->name, cg->c->name);
	if (kind != SG_FAKE_NONE) {
		cg->fake_kind = kind;
		if (kind == SG_FAKE_EMAIL)
			cg->p.flags |= F_EMAIL;
		if (kind == SG_FAKE_PHONE)
			cg->p.flags |= F_PHONE;
		if (is_freetext_kind(kind))
			cg->p.flags |= F_FREETEXT;
		return;
	}
	if (in_list(last, w_id)) {
		cg->strategy = S_TEXT_ID;
		return;
	}
	if (in_list(last, w_code)) {
		cg->strategy = S_TEXT_CODE;
		return;
	}
	if (in_list(last, w_tok)) {
		cg->fake_kind = SG_FAKE_HEX_TOKEN;
		return;
	}
	voc = vocab_for(last);
	if (!voc)
		voc = vocab_for(singular(last, tmp, sizeof(tmp)));
	if (voc) {
		cg->p.sub = voc;
		return;
	}
	if (cls == SG_T_TEXT || cg->c->length == 0 || cg->c->length > 255) {
		cg->p.sub = W_SENTENCE;
		cg->p.flags |= F_FREETEXT;
	} else if (cg->c->length >= 24) {
		cg->p.sub = W_TITLE;
		cg->p.flags |= F_FREETEXT;
	} else if (cg->c->length <= 4 || cls == SG_T_CHAR) {
		cg->strategy = S_TEXT_CODE;
	} else {
		cg->p.sub = W_GENERIC;
	}
}

static int json_shape(const struct words *ws)
{
	static const struct { const char *w; int shape; } map[] = {
		{ "metadata", J_META }, { "meta", J_META }, { "context", J_META },
		{ "extra", J_META }, { "data", J_META }, { "payload", J_META },
		{ "details", J_META }, { "info", J_META }, { "result", J_META },
		{ "results", J_META }, { "snapshot", J_META }, { "raw", J_META },
		{ "response", J_META }, { "request", J_META }, { "log", J_META },
		{ "settings", J_SETTINGS }, { "setting", J_SETTINGS }, { "preferences", J_SETTINGS },
		{ "prefs", J_SETTINGS }, { "config", J_SETTINGS }, { "configuration", J_SETTINGS },
		{ "options", J_SETTINGS }, { "layout", J_SETTINGS }, { "params", J_SETTINGS },
		{ "parameters", J_SETTINGS }, { "defaults", J_SETTINGS }, { "visibility", J_SETTINGS },
		{ "attributes", J_ATTRS }, { "attrs", J_ATTRS }, { "properties", J_ATTRS },
		{ "props", J_ATTRS }, { "specs", J_ATTRS }, { "specifications", J_ATTRS },
		{ "address", J_ADDRESS }, { "location", J_ADDRESS },
		{ "conditions", J_CONDITIONS }, { "condition", J_CONDITIONS },
		{ "criteria", J_CONDITIONS }, { "filters", J_CONDITIONS }, { "filter", J_CONDITIONS },
		{ "rules", J_CONDITIONS }, { "rule", J_CONDITIONS }, { "constraints", J_CONDITIONS },
		{ "targeting", J_CONDITIONS }, { "query", J_CONDITIONS },
		{ "changes", J_CHANGES }, { "diff", J_CHANGES }, { "delta", J_CHANGES },
		{ "value", J_CHANGES }, { "values", J_CHANGES },
		{ "weights", J_WEIGHTS }, { "scores", J_WEIGHTS }, { "factors", J_WEIGHTS },
		{ "thresholds", J_WEIGHTS },
		{ "hours", J_HOURS }, { "schedule", J_HOURS }, { "availability", J_HOURS },
		{ "tags", J_A_TAGS }, { "labels", J_A_TAGS }, { "keywords", J_A_TAGS },
		{ "badges", J_A_TAGS }, { "categories", J_A_CATEGORIES }, { "strains", J_A_CATEGORIES },
		{ "roles", J_A_ROLES }, { "permissions", J_A_ROLES }, { "scopes", J_A_ROLES },
		{ "groups", J_A_ROLES }, { "dates", J_A_DATES }, { "holidays", J_A_DATES },
		{ "ids", J_A_IDS }, { "attendees", J_A_IDS }, { "members", J_A_IDS },
		{ "participants", J_A_IDS }, { "recipients", J_A_IDS }, { "watchers", J_A_IDS },
		{ "followers", J_A_IDS }, { "users", J_A_IDS }, { "assignees", J_A_IDS },
		{ "with", J_A_IDS },
		{ "items", J_A_ITEMS }, { "products", J_A_ITEMS }, { "lines", J_A_ITEMS },
		{ "entries", J_A_ITEMS },
		{ "reasons", J_A_TEXT }, { "notes", J_A_TEXT }, { "steps", J_A_TEXT },
		{ "comments", J_A_TEXT }, { "messages", J_A_TEXT }, { "errors", J_A_TEXT },
		{ "warnings", J_A_TEXT }, { "actions", J_A_TEXT },
	};
	const char *last = w_last(ws);
	size_t n = strlen(last);

	/* "action_items" are sentences, not order lines */
	if (!strcmp(last, "items") && has_word(ws, "action"))
		return J_A_TEXT;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcmp(last, map[i].w))
			return map[i].shape;
	for (int k = ws->n - 2; k >= 0; k--)
		for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
			if (!strcmp(ws->w[k], map[i].w) && map[i].shape < J_A_TAGS)
				return map[i].shape;
	if (n > 3 && last[n - 1] == 's' && last[n - 2] != 's' && last[n - 2] != 'u')
		return J_A_WORDS;
	return J_GENERIC;
}

static int time_role(const struct words *ws)
{
	static const char *const future[] = { "due", "expires", "expiry", "expiration", "expire",
					      "deadline", "scheduled", "until", "renewal", "renews",
					      "eta", "planned", "target", "remind", "reminder",
					      "upcoming", "end", "ends", "follow", NULL };
	static const char *const birth[] = { "birth", "dob", "birthday", "born", "birthdate",
					     NULL };
	static const char *const created[] = { "created", "inserted", "registered", "joined",
					       "signup", "opened", "added", "creation", NULL };
	static const char *const updated[] = { "updated", "modified", "changed", "edited",
					       "touched", "synced", "refreshed", "last", NULL };
	static const char *const end[] = { "completed", "resolved", "closed", "ended", "finished",
					   "deleted", "archived", "cancelled", "canceled", "shipped",
					   "delivered", "approved", "rejected", "processed", "paid",
					   "sent", "received", "responded", "reviewed", "revoked",
					   "verified", "confirmed", "accepted", "submitted",
					   "published", "fulfilled", "returned", "expired", "read",
					   "seen", "acknowledged", "dismissed", "used", "redeemed",
					   "converted", "settled", "voided", "released", "posted",
					   "signed", NULL };
	static const char *const start[] = { "started", "start", "began", "begin", "effective",
					     "starts", "from", NULL };

	if (first_in(ws, (const char *const[]){ "next", NULL }) || any_in(ws, future) ||
	    (has_word(ws, "valid") && !strcmp(w_last(ws), "to")))
		return R_FUTURE;
	if (any_in(ws, birth))
		return R_BIRTH;
	if (any_in(ws, created))
		return R_CREATED;
	if (any_in(ws, updated))
		return R_UPDATED;
	if (any_in(ws, end))
		return R_END;
	if (any_in(ws, start))
		return R_START;
	return R_PAST;
}

static double bool_bias(const struct words *ws)
{
	static const char *const yes[] = { "active", "enabled", "visible", "published", "verified",
					   "available", "approved", "confirmed", "valid", "public",
					   "allowed", "subscribed", "consent", NULL };
	static const char *const no[] = { "deleted", "archived", "disabled", "hidden", "blocked",
					  "banned", "locked", "suspended", "test", "spam", "flagged",
					  "draft", "cancelled", "canceled", "removed", "expired",
					  "inactive", "deprecated", "fraud", "void", "voided", NULL };

	if (any_in(ws, no))
		return 0.05;
	if (any_in(ws, yes))
		return 0.85;
	return 0.5;
}

/* Clamps the soft range [ilo, ihi] into the hard one, keeping its width
 * when it lies entirely outside. */
static void fit_range(struct sg_colgen *cg)
{
	int64_t lo = cg->p.hard_lo, hi = cg->p.hard_hi;
	uint64_t width;

	if (cg->ilo > cg->ihi) {
		int64_t x = cg->ilo;

		cg->ilo = cg->ihi;
		cg->ihi = x;
	}
	width = (uint64_t)cg->ihi - (uint64_t)cg->ilo;
	if (cg->ihi < lo) {
		cg->ilo = lo;
		cg->ihi = (uint64_t)hi - (uint64_t)lo <= width ? hi : (int64_t)((uint64_t)lo + width);
	} else if (cg->ilo > hi) {
		cg->ihi = hi;
		cg->ilo = (uint64_t)hi - (uint64_t)lo <= width ? lo : (int64_t)((uint64_t)hi - width);
	} else {
		cg->ilo = clamp64(cg->ilo, lo, hi);
		cg->ihi = clamp64(cg->ihi, lo, hi);
	}
}

/* reason = what [type [tail]] */
static void set_reason(char *reason, size_t cap, const char *what, const char *type,
		       const char *tail)
{
	if (!reason || !cap)
		return;
	snprintf(reason, cap, "%s%s%s%s%s", what, type ? " " : "", type ? type : "",
		 tail ? " " : "", tail ? tail : "");
}

static bool is_text_class(enum sg_type_class c)
{
	return c == SG_T_CHAR || c == SG_T_VARCHAR || c == SG_T_TEXT;
}

static int64_t floor_day(int64_t t)
{
	int64_t d = t / 86400;

	if (t % 86400 < 0)
		d--;
	return d * 86400;
}

static void plan_time(struct sg_colgen *cg, const struct words *ws, const struct sg_gen_env *env,
		      enum sg_type_class cls)
{
	bool mysql = env->dialect == SG_DIALECT_MYSQL;
	int64_t now = env->now;

	cg->strategy = S_TIME;
	cg->time_role = time_role(ws);
	if (cls == SG_T_TIMESTAMP && mysql) {
		cg->p.hard_lo = 1;
		cg->p.hard_hi = 2147483647;
	} else {
		cg->p.hard_lo = mysql ? EPOCH_1000 : EPOCH_0001;
		cg->p.hard_hi = EPOCH_9999;
	}
	if (cls == SG_T_DATE) {
		cg->p.flags |= F_DAY;
		cg->p.hard_hi = floor_day(cg->p.hard_hi);
	}
	if (cg->c->with_tz && !mysql)
		cg->p.flags |= F_TZ;
	switch (cg->time_role) {
	case R_FUTURE:
		cg->ilo = now - 90 * 86400;
		cg->ihi = now + YEAR_SECS;
		break;
	case R_BIRTH:
		cg->ilo = now - 90 * YEAR_SECS;
		cg->ihi = now - 18 * YEAR_SECS;
		break;
	default:
		cg->ilo = now - 2 * YEAR_SECS;
		cg->ihi = now;
		break;
	}
	if (cg->opts && cg->opts->has_range) {
		cg->ilo = dbl_to_i64(cg->opts->min);
		cg->ihi = dbl_to_i64(cg->opts->max);
	}
	fit_range(cg);
}

/* Integer limits from the type, then the CHECK. */
static void plan_int_limits(struct sg_colgen *cg, const struct chk *k)
{
	int64_t lo, hi;

	type_int_limits(cg->c, &lo, &hi);
	if (cg->c->is_unsigned && cg->c->int_bytes == 8 && !k->has_hi)
		cg->p.flags |= F_U64MAX;
	if (k->has_lo) {
		double v = k->lo_strict ? floor(k->lo) + 1 : ceil(k->lo);
		int64_t x = dbl_to_i64(v);

		if (x > lo && x <= hi)
			lo = x;
	}
	if (k->has_hi) {
		double v = k->hi_strict ? ceil(k->hi) - 1 : floor(k->hi);
		int64_t x = dbl_to_i64(v);

		if (x < hi && x >= lo)
			hi = x;
	}
	cg->p.hard_lo = lo;
	cg->p.hard_hi = hi;
}

/* Decimal and float limits in units of 10^-scale. */
static void plan_dec_limits(struct sg_colgen *cg, const struct chk *k, enum sg_type_class cls)
{
	const struct sg_column *c = cg->c;
	int scale = cg->p.scale, digits;
	int64_t top;
	double mul = pow10d(scale);

	if (cls == SG_T_DECIMAL && c->precision > 0) {
		digits = c->precision - c->scale + scale;
		if (digits > 18)
			digits = 18;
		top = digits > 0 ? pow10i(digits) - 1 : 0;
		if (c->precision > 18)
			top = INT64_MAX / 2;
	} else if ((cls == SG_T_FLOAT || cls == SG_T_DOUBLE) && c->precision > 0) {
		digits = c->precision - c->scale + scale;
		top = pow10i(digits > 18 ? 18 : digits) - 1;
	} else {
		/* unconstrained numeric, float, double */
		top = pow10i(15 + (scale < 3 ? scale : 3)) - 1;
	}
	cg->p.hard_hi = top;
	cg->p.hard_lo = c->is_unsigned ? 0 : -top;
	if (!k->has_hi)
		cg->p.flags |= F_HI_OPEN;
	if (!k->has_lo && !c->is_unsigned)
		cg->p.flags |= F_LO_OPEN;
	if (k->has_lo) {
		double u = k->lo * mul;
		int64_t x = dbl_to_i64(k->lo_strict ? floor(u + 1e-9) + 1 : ceil(u - 1e-9));

		if (x > cg->p.hard_lo && x <= cg->p.hard_hi)
			cg->p.hard_lo = x;
	}
	if (k->has_hi) {
		double u = k->hi * mul;
		int64_t x = dbl_to_i64(k->hi_strict ? ceil(u - 1e-9) - 1 : floor(u + 1e-9));

		if (x < cg->p.hard_hi && x >= cg->p.hard_lo)
			cg->p.hard_hi = x;
	}
}

static bool word_at(const char *s, const char *at, size_t n)
{
	bool before = at == s || !is_word_char(at[-1]);

	return before && !is_word_char(at[n]);
}

/* Is the column part of the primary key, a unique key or an index,
 * including an expression index ("lower(full_name)")? */
static bool column_indexed(const struct sg_table *t, const char *name)
{
	size_t n = strlen(name);

	for (size_t g = 0; g < 1 + t->nuniques + t->nindexes; g++) {
		const struct sg_key *key = g == 0 ? &t->pk : g - 1 < t->nuniques
			? t->uniques[g - 1] : g - 1 - t->nuniques < t->nindexes
			? t->indexes[g - 1 - t->nuniques] : NULL;

		for (size_t i = 0; key && i < key->ncols; i++) {
			const char *e = key->columns[i];

			if (!e)
				continue;
			if (!strcmp(e, name))
				return true;
			for (const char *p = strstr(e, name); p; p = strstr(p + 1, name))
				if (word_at(e, p, n))
					return true;
		}
	}
	return false;
}

/* Does a generated column compute from this one ("subtotal + tax")? */
static bool feeds_generated(const struct sg_table *t, const char *name)
{
	size_t n = strlen(name);

	for (size_t i = 0; i < t->ncols; i++) {
		const char *e = t->columns[i]->generation_expr;

		for (const char *p = e ? strstr(e, name) : NULL; p; p = strstr(p + 1, name))
			if (word_at(e, p, n))
				return true;
	}
	return false;
}

/* Numbers that feed a generated column stay within the square root of
 * their limits, so that a sum or product of two still fits the result's
 * type in the edge scenario. */
static void shrink_for_generated(struct sg_colgen *cg)
{
	if (cg->p.hard_hi > 0)
		cg->p.hard_hi = (int64_t)sqrt((double)cg->p.hard_hi);
	if (cg->p.hard_lo < 0)
		cg->p.hard_lo = -(int64_t)sqrt(-(double)cg->p.hard_lo);
	cg->p.flags &= ~(unsigned)(F_HI_OPEN | F_LO_OPEN | F_U64MAX | F_FLOAT4 | F_FLOAT8);
	fit_range(cg);
}

/* Strategy for a value of class cls (the column's, or its elements'). */
static void plan_class(struct sg_colgen *cg, const struct sg_table *t, const struct words *ws,
		       const struct chk *k, const struct sg_gen_env *env, enum sg_type_class cls,
		       bool key)
{
	const struct sg_column *c = cg->c;
	bool mysql = env->dialect == SG_DIALECT_MYSQL;

	switch (cls) {
	case SG_T_INT:
		plan_int_limits(cg, k);
		int_rule(cg, ws, env);
		if (cg->sequential)
			cg->strategy = S_INT;
		if (cg->unique && cg->strategy != S_INT_INDEX && !cg->sequential) {
			cg->strategy = S_INT;
			if (cg->ilo < 1)
				cg->ilo = 1;
			if (cg->ihi < 2147483647)
				cg->ihi = 2147483647;
		}
		if (cg->opts && cg->opts->has_range) {
			cg->strategy = S_INT;
			cg->ilo = dbl_to_i64(ceil(cg->opts->min));
			cg->ihi = dbl_to_i64(floor(cg->opts->max));
		}
		if (cg->strategy == S_INT_INDEX) {
			cg->ilo = clamp64(cg->ilo, cg->p.hard_lo, cg->p.hard_hi);
			cg->ihi = cg->p.hard_hi;
		}
		fit_range(cg);
		if (feeds_generated(t, c->name))
			shrink_for_generated(cg);
		break;
	case SG_T_BOOL:
		cg->strategy = S_BOOL;
		cg->p.bias = bool_bias(ws);
		break;
	case SG_T_DECIMAL:
	case SG_T_FLOAT:
	case SG_T_DOUBLE: {
		int scale = 2;

		dec_rule(cg, ws, &scale);
		if (cls == SG_T_DECIMAL && (c->precision > 0 || c->scale != 0))
			scale = c->scale < 12 ? c->scale : 12;
		else if (cls != SG_T_DECIMAL && c->precision > 0)
			scale = c->scale < 12 ? c->scale : 12;
		cg->p.scale = scale;
		if (cls == SG_T_FLOAT)
			cg->p.flags |= F_FLOAT4;
		if (cls == SG_T_DOUBLE)
			cg->p.flags |= F_FLOAT8;
		if (c->precision > 0 && cls != SG_T_DECIMAL)
			cg->p.flags &= ~(unsigned)(F_FLOAT4 | F_FLOAT8);
		plan_dec_limits(cg, k, cls);
		if (cg->opts && cg->opts->has_range) {
			cg->strategy = S_DEC;
			cg->dlo = cg->opts->min;
			cg->dhi = cg->opts->max;
		}
		{
			double mul = pow10d(scale);

			cg->ilo = dbl_to_i64(ceil(cg->dlo * mul - 1e-9));
			cg->ihi = dbl_to_i64(floor(cg->dhi * mul + 1e-9));
			if (cg->strategy == S_DEC_MONEY) /* the tail may go past dhi */
				cg->ihi = dbl_to_i64(floor(cg->dhi * SG_FAKE_MONEY_CAP_FACTOR * mul));
		}
		if (cg->unique && cg->ihi - cg->ilo < 1000000)
			cg->ihi = cg->ilo + 1000000;
		fit_range(cg);
		if (feeds_generated(t, c->name))
			shrink_for_generated(cg);
		break;
	}
	case SG_T_CHAR:
	case SG_T_VARCHAR:
	case SG_T_TEXT:
		cg->p.len_max = c->length > 0 ? c->length : 0;
		if (mysql && cls == SG_T_TEXT && c->length > 0)
			cg->p.byte_max = c->length; /* TINYTEXT/TEXT count bytes */
		if (k->len_hi >= 0 && (cg->p.len_max == 0 || k->len_hi < cg->p.len_max)) {
			if (k->len_bytes) {
				cg->p.byte_max = (int)k->len_hi;
				cg->p.flags |= F_ASCII;
			}
			cg->p.len_max = (int)k->len_hi;
		}
		if (k->len_lo > 0)
			cg->p.len_min = (int)k->len_lo;
		if (k->nonempty && cg->p.len_min < 1)
			cg->p.len_min = 1;
		if (cg->p.len_max && cg->p.len_min > cg->p.len_max)
			cg->p.len_min = cg->p.len_max;
		if (k->len_bytes)
			cg->p.flags |= F_ASCII;
		/* A PostgreSQL btree entry holds at most 2704 bytes: keep indexed
		 * text well under it, even in a three-column index. */
		if (!mysql && column_indexed(t, c->name) &&
		    (cg->p.byte_max == 0 || cg->p.byte_max > PG_INDEX_BYTES))
			cg->p.byte_max = PG_INDEX_BYTES;
		text_rule(cg, t, ws, key, cls);
		break;
	case SG_T_JSON:
		cg->strategy = S_JSON;
		cg->p.sub = json_shape(ws);
		break;
	case SG_T_UUID:
		cg->strategy = S_UUID;
		break;
	case SG_T_DATE:
	case SG_T_DATETIME:
	case SG_T_TIMESTAMP:
		plan_time(cg, ws, env, cls);
		break;
	case SG_T_TIME: {
		static const char *const open[] = { "open", "opens", "start", "starts", "from", "begin",
						    NULL };
		static const char *const close[] = { "close", "closes", "end", "ends", "to", "until",
						     NULL };

		cg->strategy = S_TOD;
		cg->p.hard_lo = 0;
		cg->p.hard_hi = 86399;
		cg->ilo = 0;
		cg->ihi = 86399;
		if (any_in(ws, open)) {
			cg->ilo = 6 * 3600;
			cg->ihi = 12 * 3600 - 1;
		} else if (any_in(ws, close)) {
			cg->ilo = 16 * 3600;
			cg->ihi = 23 * 3600 - 1;
		}
		if (c->with_tz && !mysql)
			cg->p.flags |= F_TZ;
		break;
	}
	case SG_T_YEAR:
		cg->strategy = S_YEAR;
		cg->p.hard_lo = 1901;
		cg->p.hard_hi = 2155;
		cg->ilo = 2000;
		cg->ihi = civil_year(env->now);
		if (cg->opts && cg->opts->has_range) {
			cg->ilo = dbl_to_i64(cg->opts->min);
			cg->ihi = dbl_to_i64(cg->opts->max);
		}
		fit_range(cg);
		break;
	case SG_T_BINARY:
		cg->strategy = S_BINARY;
		cg->p.len_max = c->length > 0 ? c->length : 0;
		if (mysql && c->raw_type && !strncasecmp(c->raw_type, "binary", 6))
			cg->p.len_min = cg->p.len_max; /* fixed width */
		break;
	case SG_T_BIT:
		cg->strategy = S_BIT;
		cg->p.len_max = c->length > 0 ? c->length : 0;
		if (c->raw_type && !strncasecmp(c->raw_type, "bit", 3) &&
		    !strstr(c->raw_type, "varying"))
			cg->p.len_min = cg->p.len_max ? cg->p.len_max : 1;
		break;
	case SG_T_ENUM:
		cg->strategy = S_ENUM;
		break;
	case SG_T_SET:
		cg->strategy = S_SET;
		break;
	default:
		cg->strategy = S_NONE;
		break;
	}
}

enum sg_col_decision sg_generic_plan(struct sg_colgen *cg, const struct sg_table *t,
				     size_t col, const struct sg_colopts *opts,
				     const struct sg_gen_env *env, char *reason,
				     size_t reason_cap)
{
	const struct sg_column *c;
	enum sg_type_class cls, ecls;
	struct words ws;
	struct chk k;
	bool mysql = env->dialect == SG_DIALECT_MYSQL;
	bool producible, key, in_pk;
	const char *type_name;

	memset(cg, 0, sizeof(*cg));
	set_reason(reason, reason_cap, "", NULL, NULL);
	if (!t || col >= t->ncols) {
		set_reason(reason, reason_cap, "no such column", NULL, NULL);
		return SG_COL_IMPOSSIBLE;
	}
	c = t->columns[col];
	cg->col = col;
	cg->c = c;
	cg->opts = opts;
	if (c->generated) {
		set_reason(reason, reason_cap, "generated column", NULL, NULL);
		return SG_COL_SKIP;
	}
	if (c->identity_always || (c->auto_increment && !mysql && !c->default_expr)) {
		set_reason(reason, reason_cap, "identity", NULL, NULL);
		return SG_COL_SKIP;
	}
	if (c->auto_increment) {
		set_reason(reason, reason_cap, "auto-increment", NULL, NULL);
		return SG_COL_SKIP;
	}
	cls = c->cls;
	ecls = cls == SG_T_ARRAY ? c->elem_cls : cls;
	producible = ecls != SG_T_OTHER && ecls != SG_T_ARRAY && ecls < SG_T__COUNT &&
		     !(ecls == SG_T_BIT && mysql) &&
		     !((ecls == SG_T_ENUM || ecls == SG_T_SET) && c->n_enum == 0);
	if (opts && opts->nvalues > 0)
		producible = true;
	if (!producible) {
		type_name = c->raw_type ? c->raw_type : sg_type_class_name(cls);
		if (c->default_expr) {
			set_reason(reason, reason_cap, "server default for type", type_name, NULL);
			return SG_COL_SKIP;
		}
		if (c->nullable) {
			set_reason(reason, reason_cap, "NULL for type", type_name, NULL);
			return SG_COL_SKIP;
		}
		set_reason(reason, reason_cap, "type", type_name, "cannot be produced");
		return SG_COL_IMPOSSIBLE;
	}

	split_words(c->name, &ws);
	chk_init(&k);
	if (c->check)
		parse_check(&k, c->check, c->name, mysql, false);
	/* table CHECKs over several columns: "subtotal >= 0 AND tax >= 0" */
	for (size_t i = 0; i < t->nchecks; i++) {
		const char *e = t->checks[i]->expr;

		if (e && !(c->check && strstr(c->check, e)))
			parse_check(&k, e, c->name, mysql, true);
	}
	if (k.unparsed)
		cg->p.flags |= F_UNPARSED;

	in_pk = t->pk.ncols == 1 && !strcmp(t->pk.columns[0], c->name);
	cg->unique = in_pk;
	for (size_t i = 0; i < t->nuniques && !cg->unique; i++)
		if (t->uniques[i]->ncols == 1 && !strcmp(t->uniques[i]->columns[0], c->name))
			cg->unique = true;
	cg->sequential = in_pk && cls == SG_T_INT;
	key = in_pk && cls != SG_T_ARRAY;

	/* NULL */
	if (c->nullable) {
		if (opts && opts->null_rate >= 0) {
			cg->null_rate = opts->null_rate;
		} else if (env->edge) {
			cg->null_rate = 0.3;
			cg->p.flags |= F_EDGE_NULL;
		} else {
			static const char *const mostly_null[] = { "deleted", "archived", "cancelled",
								   "canceled", "revoked", "voided",
								   NULL };

			cg->null_rate = env->null_rate >= 0 && env->null_rate <= 1 ? env->null_rate
										  : 0.1;
			if ((ecls == SG_T_DATE || ecls == SG_T_DATETIME || ecls == SG_T_TIMESTAMP) &&
			    any_in(&ws, mostly_null) && cg->null_rate < 0.85)
				cg->null_rate = 0.85;
		}
		if (cg->null_rate > 1)
			cg->null_rate = 1;
	}

	if (opts && opts->nvalues > 0) {
		cg->strategy = S_OPTS;
		cg->p.nchoices = (int)opts->nvalues;
		cg->sequential = false;
		return SG_COL_WRITE;
	}
	if (k.choices && cls != SG_T_ARRAY &&
	    (is_text_class(cls) || cls == SG_T_INT || cls == SG_T_DECIMAL || cls == SG_T_FLOAT ||
	     cls == SG_T_DOUBLE || cls == SG_T_ENUM)) {
		cg->strategy = S_CHOICE;
		cg->p.choices = k.choices;
		cg->p.nchoices = k.nchoices;
		cg->sequential = false;
		return SG_COL_WRITE;
	}
	if (cls == SG_T_ARRAY) {
		cg->p.flags |= F_ARRAY;
		cg->sequential = false;
		cg->unique = false;
		chk_init(&k);
	}
	plan_class(cg, t, &ws, &k, env, ecls, key);
	if (cg->strategy == S_NONE) {
		set_reason(reason, reason_cap, "type",
			   c->raw_type ? c->raw_type : sg_type_class_name(cls), "cannot be produced");
		return SG_COL_IMPOSSIBLE;
	}
	return SG_COL_WRITE;
}

/* --- values ------------------------------------------------------------------ */

/* Boundary slot of a row in the edge scenario: every variant appears in
 * any 10 consecutive rows, shifted per column so that a row is not all
 * maxima. */
static int edge_variant(const struct sg_colgen *cg, const struct sg_row *row)
{
	static const signed char with_null[10] = { V_MAX, V_MIN, V_NULL, V_NORMAL, V_MAX2,
						   V_NULL, V_MIN2, V_NORMAL, V_NULL, V_MAX };
	static const signed char not_null[10] = { V_MAX, V_MIN, V_MAX, V_NORMAL, V_MAX2,
						  V_MIN, V_MIN2, V_NORMAL, V_MAX2, V_MAX };
	/* A unique column takes each boundary once, in its first 10 rows:
	 * repeated, they would only cost retries. */
	static const signed char unique[10] = { V_MAX, V_MIN, V_NORMAL, V_NORMAL, V_MAX2,
						V_NORMAL, V_MIN2, V_NORMAL, V_NORMAL, V_NORMAL };
	long long i = row->index < 0 ? 0 : row->index;
	unsigned s = (unsigned)((i + (long long)(cg->col % 10) * 3) % 10);
	int v = (cg->p.flags & F_EDGE_NULL ? with_null : not_null)[s];

	if (cg->unique && v != V_NULL)
		v = i < 10 ? unique[s] : V_NORMAL;
	return v;
}

/* Widens [lo, hi] by 10^attempt within [hlo, hhi] (unique-key retries). */
static void widen(int64_t *lo, int64_t *hi, int64_t hlo, int64_t hhi, int attempt)
{
	uint64_t span = (uint64_t)*hi - (uint64_t)*lo + 1, room = (uint64_t)hhi - (uint64_t)*lo;

	if (span == 0)
		return;
	for (int i = 0; i < attempt && span <= room; i++)
		span = span > UINT64_MAX / 10 ? UINT64_MAX : span * 10;
	*hi = span - 1 >= room ? hhi : (int64_t)((uint64_t)*lo + span - 1);
	if (*hi == hhi && *lo > hlo && attempt > 1) {
		room = (uint64_t)*lo - (uint64_t)hlo;
		*lo = span - 1 >= room ? hlo : (int64_t)((uint64_t)*lo - (span - 1));
	}
}

static void gen_int(const struct sg_colgen *cg, struct sg_rand *r, const struct sg_row *row,
		    int attempt, int v, struct sg_buf *b)
{
	int64_t lo = cg->ilo, hi = cg->ihi, hlo = cg->p.hard_lo, hhi = cg->p.hard_hi, x;

	switch (v) {
	case V_MAX:
		if (cg->p.flags & F_U64MAX)
			sg_buf_adds(b, "18446744073709551615");
		else
			add_i64(b, hhi);
		return;
	case V_MIN:
		add_i64(b, hlo);
		return;
	case V_MAX2:
		add_i64(b, clamp64(1, hlo, hhi));
		return;
	case V_MIN2:
		add_i64(b, clamp64(0, hlo, hhi));
		return;
	default:
		break;
	}
	if (cg->sequential) {
		x = cg->seq_base + row->index + 1;
		if (attempt > 0)
			x += sg_rand_range(r, 1, pow10i(attempt + 3 < 15 ? attempt + 3 : 15));
		add_i64(b, clamp64(x, hlo, hhi));
		return;
	}
	if (attempt > 0) {
		widen(&lo, &hi, hlo, hhi, attempt);
		x = sg_rand_range(r, lo, hi);
	} else if (cg->strategy == S_INT_INDEX) {
		uint64_t span = (uint64_t)hhi - (uint64_t)lo + 1;

		x = lo + row->index;
		if (x < lo || x > hhi)
			x = span ? (int64_t)((uint64_t)lo + (uint64_t)row->index % span) : lo;
	} else if (cg->strategy == S_INT_PARETO) {
		x = dbl_to_i64(llround(sg_fake_money(r, cg->dlo, cg->dhi)));
		x = clamp64(x, lo, hi);
	} else {
		x = sg_rand_range(r, lo, hi);
	}
	add_i64(b, x);
}

static void add_nines(struct sg_buf *b, int precision, int scale, bool neg)
{
	int ip = precision - scale;

	if (neg)
		sg_buf_addch(b, '-');
	if (ip <= 0) {
		sg_buf_addch(b, '0');
	} else {
		for (int i = 0; i < ip; i++)
			sg_buf_addch(b, '9');
	}
	if (scale > 0) {
		sg_buf_addch(b, '.');
		for (int i = 0; i < scale; i++)
			sg_buf_addch(b, i < -ip ? '0' : '9');
	}
}

static void gen_dec(const struct sg_colgen *cg, struct sg_rand *r, int attempt, int v,
		    struct sg_buf *b)
{
	const struct sg_column *c = cg->c;
	unsigned f = cg->p.flags;
	int64_t lo = cg->ilo, hi = cg->ihi, hlo = cg->p.hard_lo, hhi = cg->p.hard_hi, x;
	bool big = c->cls == SG_T_DECIMAL && c->precision > 18;

	switch (v) {
	case V_MAX:
		if ((f & F_HI_OPEN) && (f & F_FLOAT4))
			sg_buf_adds(b, "3.4e+38");
		else if ((f & F_HI_OPEN) && (f & F_FLOAT8))
			sg_buf_adds(b, "1.7976931348623157e+308");
		else if ((f & F_HI_OPEN) && big)
			add_nines(b, c->precision, c->scale, false);
		else
			add_units(b, hhi, cg->p.scale);
		return;
	case V_MIN:
		if ((f & F_LO_OPEN) && (f & F_FLOAT4))
			sg_buf_adds(b, "-3.4e+38");
		else if ((f & F_LO_OPEN) && (f & F_FLOAT8))
			sg_buf_adds(b, "-1.7976931348623157e+308");
		else if ((f & F_LO_OPEN) && big)
			add_nines(b, c->precision, c->scale, true);
		else
			add_units(b, hlo, cg->p.scale);
		return;
	case V_MAX2:
		/* the smallest positive value */
		if ((f & (F_FLOAT4 | F_FLOAT8)) && hlo <= 0 && hhi > 0)
			sg_buf_adds(b, f & F_FLOAT4 ? "1e-37" : "1e-307");
		else
			add_units(b, clamp64(1, hlo, hhi), cg->p.scale);
		return;
	case V_MIN2:
		add_units(b, clamp64(0, hlo, hhi), cg->p.scale);
		return;
	default:
		break;
	}
	if (attempt > 0) {
		widen(&lo, &hi, hlo, hhi, attempt);
		x = sg_rand_range(r, lo, hi);
	} else if (cg->strategy == S_DEC_MONEY) {
		double m = sg_fake_money(r, cg->dlo, cg->dhi) * pow10d(cg->p.scale);

		x = clamp64(dbl_to_i64(llround(m)), lo, hi);
	} else {
		x = sg_rand_range(r, lo, hi);
	}
	add_units(b, x, cg->p.scale);
}

static void add_uuid(struct sg_buf *b, struct sg_rand *r)
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
		cut = utf8_bytes_cut(s, cut, maxb);
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
	truncate_to(b, start + cut);
	if (!minc)
		return;
	chars = utf8_chars(b->data + start, cut);
	while (chars < minc && (!maxb || b->len - start < maxb)) {
		sg_buf_addch(b, b36[sg_rand_below(r, 36)]);
		chars++;
	}
}

static void add_text_id(const struct sg_colgen *cg, const struct sg_gen_env *env,
			struct sg_rand *r, const struct sg_row *row, struct sg_buf *b,
			size_t maxc)
{
	size_t n;

	if (!maxc || maxc >= 36) {
		add_uuid(b, r);
	} else if (maxc >= 25) {
		/* cuid-like: 'c', 8 base-36 digits of time, 16 random */
		uint64_t ts = (uint64_t)(env->now > 0 ? env->now : 0) * 1000u +
			      (uint64_t)(row->index > 0 ? row->index : 0) % 1000u;
		char tmp[8];

		for (int i = 7; i >= 0; i--) {
			tmp[i] = b36[ts % 36];
			ts /= 36;
		}
		sg_buf_addch(b, 'c');
		sg_buf_add(b, tmp, 8);
		add_random(b, r, 16, b36, 36);
	} else {
		n = maxc > (size_t)cg->p.len_min ? maxc : (size_t)cg->p.len_min;
		add_random(b, r, n, b36, 36);
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
	add_random(b, r, n, al, sizeof(al) - 1);
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
		domc = utf8_chars(dom, domlen);
		truncate_to(b, (size_t)(at - b->data));
		len = b->len - start;
	}
	if (cap && cap < n + 1 + domc + 2) {
		size_t m = cap < n + 1 ? cap : n + 1;

		truncate_to(b, start);
		add_random(b, r, m > 0 ? m : 1, b36, 36);
		return;
	}
	if (cap) {
		size_t keep = cap - n - 1 - domc;
		size_t cut = sg_utf8_truncate(b->data + start, len, keep);

		if (maxb)
			cut = utf8_bytes_cut(b->data + start, cut, maxb - n - 1 - domlen);
		truncate_to(b, start + cut);
	}
	sg_buf_addch(b, domlen ? '.' : '-');
	add_random(b, r, n, b36, 36);
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
	for (int i = 0; i < 2 && utf8_chars(b->data + start, b->len - start) < target; i++) {
		size_t before = b->len;

		sg_buf_addch(b, ' ');
		sg_fake_value(fr, k, b);
		if ((maxc && utf8_chars(b->data + start, b->len - start) > maxc) ||
		    (maxb && b->len - start > maxb)) {
			truncate_to(b, before);
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
		domc = utf8_chars(at, domlen);
		if (maxc < domc + 2 || budget < domlen + 2) {
			domlen = 0;
		} else {
			memcpy(dom, at, domlen);
			truncate_to(b, (size_t)(at - b->data));
			len = b->len - start;
		}
	}
	if (!domlen && !(cg->p.flags & F_UNPARSED)) {
		size_t cut = sg_utf8_truncate(b->data + start, len, maxc / 2);

		truncate_to(b, start + cut);
		while (b->len > start && b->data[b->len - 1] == ' ')
			truncate_to(b, b->len - 1);
	}
	len = b->len - start;
	chars = utf8_chars(b->data + start, len);
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
	add_filler(b, r, maxc - chars - domc, budget - bytes - domlen, uni);
	if (domlen)
		sg_buf_add(b, dom, domlen);
}

static void add_word(struct sg_buf *b, struct sg_rand *r, const char *const *list, size_t maxc)
{
	const char *w = pick(r, list);

	if (maxc && strlen(w) > maxc) {
		for (size_t i = 0; list[i]; i++)
			if (strlen(list[i]) <= maxc) {
				w = list[i];
				break;
			}
	}
	sg_buf_adds(b, w);
}

static void gen_text(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
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
			add_filler(b, r, 1, 4, false); /* one random letter or digit */
		else if (uni)
			sg_buf_adds(b, (row->index / 10) % 2 ? "é" : "😀");
		else
			sg_buf_addch(b, 'x');
		goto fit;
	case V_MAX2: {
		static const char special[] = "O'Brien \"Q\" \\ <b>&amp;</b> 100%_;--";

		sg_buf_adds(b, special);
		if (room > sizeof(special))
			add_filler(b, r, room - (sizeof(special) - 1), maxb ? maxb : SIZE_MAX, false);
		goto fit;
	}
	case V_MAX:
		if (cg->strategy == S_TEXT_ID) {
			add_filler(b, r, room, maxb ? maxb : SIZE_MAX, uni);
			goto fit;
		}
		break;
	default:
		break;
	}

	switch (cg->strategy) {
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
			if ((cg->p.flags & F_PHONE) && maxc && utf8_chars(b->data + start,
									  b->len - start) > maxc) {
				size_t k = start;

				for (size_t i = start; i < b->len; i++)
					if (b->data[i] >= '0' && b->data[i] <= '9')
						b->data[k++] = b->data[i];
				truncate_to(b, k);
			}
		} else if (cg->p.sub == W_SENTENCE) {
			sg_fake_value(fr, SG_FAKE_NOTES, b);
		} else if (cg->p.sub == W_TITLE) {
			sg_fake_value(fr, SG_FAKE_TITLE, b);
		} else if (cg->p.sub > W_NONE && cg->p.sub < W_COUNT && vocabs[cg->p.sub]) {
			add_word(b, r, vocabs[cg->p.sub], maxc);
		} else {
			add_word(b, r, v_generic, maxc);
		}
		break;
	}
	if (v == V_MAX)
		make_max(cg, b, start, r, room, maxb);
	if (attempt > 0 && cg->strategy != S_TEXT_ID)
		add_suffix(cg, b, start, r, attempt, maxc, maxb);
fit:
	fit_text(b, start, maxc, maxb, minc, (cg->p.flags & F_FREETEXT) != 0, r);
}

/* --- JSON ------------------------------------------------------------------ */

static cJSON *jfake(struct sg_fake_row *fr, enum sg_fake_kind kind, struct sg_buf *tmp)
{
	size_t s = tmp->len;
	cJSON *j;

	sg_fake_value(fr, kind, tmp);
	j = cJSON_CreateString(tmp->data ? tmp->data + s : "");
	truncate_to(tmp, s);
	return j;
}

static double round_to(double v, double unit)
{
	return round(v / unit) * unit;
}

static cJSON *json_value(int shape, const struct sg_gen_env *env, struct sg_rand *r,
			 struct sg_fake_row *fr, struct sg_buf *tmp)
{
	static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
	static const char *const fields[] = { "status", "quantity", "price", "notes" };
	static const int pages[] = { 10, 25, 50, 100 };
	static const double grams[] = { 1, 3.5, 7, 14, 28 };
	cJSON *o = shape >= J_A_TAGS ? cJSON_CreateArray() : cJSON_CreateObject();
	int n = (int)sg_rand_below(r, 4) + 1;

	switch (shape) {
	case J_META:
		cJSON_AddStringToObject(o, "source", pick(r, v_source));
		cJSON_AddNumberToObject(o, "version", (double)sg_rand_range(r, 1, 5));
		cJSON_AddItemToObject(o, "ip", jfake(fr, SG_FAKE_IP, tmp));
		if (sg_rand_chance(r, 0.5))
			cJSON_AddItemToObject(o, "note", jfake(fr, SG_FAKE_SENTENCE, tmp));
		break;
	case J_SETTINGS:
		cJSON_AddStringToObject(o, "theme", pick(r, v_theme));
		cJSON_AddBoolToObject(o, "notifications", sg_rand_chance(r, 0.7));
		cJSON_AddStringToObject(o, "language", pick(r, v_lang));
		cJSON_AddItemToObject(o, "timezone", jfake(fr, SG_FAKE_TIMEZONE, tmp));
		cJSON_AddNumberToObject(o, "pageSize", pages[sg_rand_below(r, 4)]);
		break;
	case J_ATTRS:
		cJSON_AddItemToObject(o, "category", jfake(fr, SG_FAKE_CATEGORY, tmp));
		cJSON_AddItemToObject(o, "strain", jfake(fr, SG_FAKE_STRAIN, tmp));
		cJSON_AddNumberToObject(o, "thcPercent", round_to(15 + 17 * sg_rand_double(r), 0.1));
		cJSON_AddNumberToObject(o, "weightGrams", grams[sg_rand_below(r, 5)]);
		cJSON_AddStringToObject(o, "grade", pick(r, v_grade));
		break;
	case J_ADDRESS:
		cJSON_AddItemToObject(o, "street", jfake(fr, SG_FAKE_STREET, tmp));
		cJSON_AddItemToObject(o, "city", jfake(fr, SG_FAKE_CITY, tmp));
		cJSON_AddItemToObject(o, "state", jfake(fr, SG_FAKE_STATE, tmp));
		cJSON_AddItemToObject(o, "zip", jfake(fr, SG_FAKE_ZIP, tmp));
		cJSON_AddStringToObject(o, "country", "US");
		break;
	case J_CONDITIONS: {
		unsigned keys = 1u + sg_rand_below(r, 15); /* a non-empty subset of 4 keys */

		if (keys & 1)
			cJSON_AddItemToObject(o, "category", jfake(fr, SG_FAKE_CATEGORY, tmp));
		if (keys & 2)
			cJSON_AddStringToObject(o, "clientTier", pick(r, v_tier));
		if (keys & 4)
			cJSON_AddNumberToObject(o, "minQuantity",
						(double)llround(sg_fake_money(r, 1, 20)));
		if (keys & 8)
			cJSON_AddStringToObject(o, "grade", pick(r, v_grade));
		break;
	}
	case J_CHANGES: {
		int fi = (int)sg_rand_below(r, 4);

		cJSON_AddStringToObject(o, "field", fields[fi]);
		if (fi == 0) {
			cJSON_AddStringToObject(o, "from", "pending");
			cJSON_AddStringToObject(o, "to", pick(r, v_status));
		} else if (fi == 3) {
			cJSON_AddItemToObject(o, "from", jfake(fr, SG_FAKE_SENTENCE, tmp));
			cJSON_AddItemToObject(o, "to", jfake(fr, SG_FAKE_SENTENCE, tmp));
		} else {
			cJSON_AddNumberToObject(o, "from", round_to(sg_fake_money(r, 1, 100), 0.01));
			cJSON_AddNumberToObject(o, "to", round_to(sg_fake_money(r, 1, 100), 0.01));
		}
		break;
	}
	case J_WEIGHTS: {
		double a = sg_rand_double(r), b2 = sg_rand_double(r) * (1 - a);

		cJSON_AddNumberToObject(o, "recency", round_to(a, 0.01));
		cJSON_AddNumberToObject(o, "frequency", round_to(b2, 0.01));
		cJSON_AddNumberToObject(o, "monetary", round_to(1 - a - b2, 0.01));
		break;
	}
	case J_HOURS:
		for (int i = 0; i < 7; i++) {
			char h[] = "08:00-17:00";
			unsigned open = 8 + sg_rand_below(r, 3), close = 17 + sg_rand_below(r, 4);

			if (i == 6 && sg_rand_chance(r, 0.6)) {
				cJSON_AddStringToObject(o, days[i], "closed");
				continue;
			}
			h[0] = (char)('0' + open / 10);
			h[1] = (char)('0' + open % 10);
			h[6] = (char)('0' + close / 10);
			h[7] = (char)('0' + close % 10);
			cJSON_AddStringToObject(o, days[i], h);
		}
		break;
	case J_A_TAGS:
	case J_A_ROLES:
	case J_A_WORDS: {
		const char *const *list = shape == J_A_TAGS ? v_tags : shape == J_A_ROLES ? v_role
					 : v_generic;
		size_t cnt = 0;
		unsigned used = 0;

		while (list[cnt])
			cnt++;
		for (int i = 0; i < n; i++) {
			unsigned k = sg_rand_below(r, (uint32_t)cnt);

			if (used & (1u << k))
				continue;
			used |= 1u << k;
			cJSON_AddItemToArray(o, cJSON_CreateString(list[k]));
		}
		break;
	}
	case J_A_CATEGORIES:
		for (int i = 0; i < n; i++)
			cJSON_AddItemToArray(o, jfake(fr, SG_FAKE_CATEGORY, tmp));
		break;
	case J_A_DATES:
		for (int i = 0; i < n; i++) {
			size_t s = tmp->len;

			sg_format_time(SG_T_DATE, env->now - (int64_t)sg_rand_below(r, 365) * 86400, tmp);
			cJSON_AddItemToArray(o, cJSON_CreateString(tmp->data + s));
			truncate_to(tmp, s);
		}
		break;
	case J_A_IDS:
		for (int i = 0; i < n; i++)
			cJSON_AddItemToArray(o, cJSON_CreateNumber((double)sg_rand_range(r, 1, 100)));
		break;
	case J_A_ITEMS:
		for (int i = 0; i < n; i++) {
			cJSON *it = cJSON_CreateObject();

			cJSON_AddItemToObject(it, "sku", jfake(fr, SG_FAKE_SKU, tmp));
			cJSON_AddItemToObject(it, "name", jfake(fr, SG_FAKE_PRODUCT_NAME, tmp));
			cJSON_AddNumberToObject(it, "quantity", (double)llround(sg_fake_money(r, 1, 20)));
			cJSON_AddNumberToObject(it, "unitPrice",
						round_to(sg_fake_money(r, 2, 60), 0.01));
			cJSON_AddItemToArray(o, it);
		}
		break;
	case J_A_TEXT:
		for (int i = 0; i < n && i < 3; i++)
			cJSON_AddItemToArray(o, jfake(fr, SG_FAKE_SENTENCE, tmp));
		break;
	default:
		cJSON_AddStringToObject(o, "source", pick(r, v_source));
		cJSON_AddItemToObject(o, "note", jfake(fr, SG_FAKE_SENTENCE, tmp));
		break;
	}
	return o;
}

/* The edge scenario's non-empty JSON: multibyte and emoji text, quotes,
 * extreme numbers, nesting, empty containers. */
static cJSON *json_edge(struct sg_rand *r, struct sg_buf *tmp)
{
	cJSON *o = cJSON_CreateObject(), *n = cJSON_CreateObject(), *a = cJSON_CreateArray();
	size_t s = tmp->len;

	add_filler(tmp, r, 40, SIZE_MAX, true);
	cJSON_AddStringToObject(o, "名前 😀", tmp->data + s);
	truncate_to(tmp, s);
	cJSON_AddStringToObject(o, "quote", "O'Brien \"Q\" \\ </script>");
	cJSON_AddStringToObject(o, "empty", "");
	cJSON_AddNumberToObject(o, "big", 1.7976931348623157e308);
	cJSON_AddNumberToObject(o, "negative", -9007199254740991.0);
	cJSON_AddNumberToObject(o, "tiny", 2.2250738585072014e-308);
	cJSON_AddItemToArray(a, cJSON_CreateNumber(0));
	cJSON_AddItemToArray(a, cJSON_CreateBool(1));
	cJSON_AddItemToArray(a, cJSON_CreateNull());
	cJSON_AddItemToArray(a, cJSON_CreateObject());
	cJSON_AddItemToArray(a, cJSON_CreateArray());
	cJSON_AddItemToObject(n, "list", a);
	cJSON_AddItemToObject(n, "deep", cJSON_CreateObject());
	cJSON_AddItemToObject(o, "nested", n);
	return o;
}

static void gen_json(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		     struct sg_fake_row *fr, int attempt, int v, struct sg_buf *b)
{
	bool arr = cg->p.sub >= J_A_TAGS;
	cJSON *root;
	char *text;

	if (v == V_MIN || v == V_MAX2) {
		sg_buf_adds(b, arr ? "[]" : "{}");
		return;
	}
	if (v == V_MIN2) {
		sg_buf_adds(b, "{}");
		return;
	}
	root = v == V_MAX ? json_edge(r, b) : json_value(cg->p.sub, env, r, fr, b);
	if (attempt > 0) {
		char tmp[24];

		snprintf(tmp, sizeof(tmp), "%08x", sg_rand_u32(r));
		if (cJSON_IsArray(root))
			cJSON_AddItemToArray(root, cJSON_CreateString(tmp));
		else
			cJSON_AddStringToObject(root, "rev", tmp);
	}
	text = cJSON_PrintUnformatted(root);
	if (text) {
		sg_buf_adds(b, text);
		cJSON_free(text);
	} else {
		sg_buf_adds(b, "{}");
	}
	cJSON_Delete(root);
}

/* --- the other classes --------------------------------------------------------- */

static int64_t time_value(const struct sg_colgen *cg, struct sg_rand *r, int attempt, int v)
{
	int64_t x, hlo = cg->p.hard_lo, hhi = cg->p.hard_hi;

	switch (v) {
	case V_MAX:
		x = hhi;
		break;
	case V_MIN:
		x = hlo;
		break;
	case V_MAX2:
		x = clamp64(951825600, hlo, hhi); /* 2000-02-29 12:00:00, a leap day */
		break;
	case V_MIN2:
		x = clamp64(2147483648LL, hlo, hhi); /* one second past 32-bit time_t */
		break;
	default:
		x = sg_rand_range(r, cg->ilo, cg->ihi);
		if (attempt > 0) {
			int e = attempt < 4 ? attempt : 4;
			int64_t d = (cg->p.flags & F_DAY) ? sg_rand_range(r, 1, pow10i(e)) * 86400
							  : sg_rand_range(r, 1, 86400 * pow10i(e));

			x = cg->time_role == R_FUTURE ? x + d : x - d;
			if (x < hlo || x > hhi)
				x = cg->time_role == R_FUTURE ? x - 2 * d : x + 2 * d;
			x = clamp64(x, hlo, hhi);
		}
		break;
	}
	if (cg->p.flags & F_DAY)
		x = floor_day(x);
	return x;
}

static void gen_binary(const struct sg_colgen *cg, const struct sg_gen_env *env,
		       struct sg_rand *r, int v, struct sg_buf *b)
{
	static const char hex[] = "0123456789abcdef";
	bool pg = env->dialect != SG_DIALECT_MYSQL;
	size_t maxn = (size_t)cg->p.len_max, n;
	int fill = -1;

	switch (v) {
	case V_MAX:
		n = maxn ? maxn : EDGE_BLOB;
		break;
	case V_MAX2:
		n = maxn ? maxn : EDGE_BLOB;
		fill = pg ? 0xFF : '~';
		break;
	case V_MIN:
		n = (size_t)cg->p.len_min;
		break;
	case V_MIN2:
		n = cg->p.len_min > 1 ? (size_t)cg->p.len_min : 1;
		fill = pg ? 0x00 : '!';
		break;
	default:
		n = 8 + sg_rand_below(r, 25);
		if (maxn && n > maxn)
			n = maxn;
		if (n < (size_t)cg->p.len_min)
			n = (size_t)cg->p.len_min;
		break;
	}
	if (pg)
		sg_buf_adds(b, "\\x");
	sg_buf_grow(b, pg ? 2 * n : n);
	for (size_t i = 0; i < n; i++) {
		unsigned byte;

		if (pg) {
			byte = fill >= 0 ? (unsigned)fill : sg_rand_below(r, 256);
			b->data[b->len++] = hex[byte >> 4];
			b->data[b->len++] = hex[byte & 15];
		} else {
			/* printable, so that the value survives any text path */
			byte = fill >= 0 ? (unsigned)fill : 0x21 + sg_rand_below(r, 0x7e - 0x21 + 1);
			b->data[b->len++] = (char)byte;
		}
	}
	b->data[b->len] = '\0';
}

static void gen_bit(const struct sg_colgen *cg, struct sg_rand *r, int v, struct sg_buf *b)
{
	size_t maxn = cg->p.len_max ? (size_t)cg->p.len_max : 64, n;
	bool fixed = cg->p.len_min > 0 && cg->p.len_min == cg->p.len_max;

	if (v == V_MAX || v == V_MAX2) {
		for (size_t i = 0; i < maxn; i++)
			sg_buf_addch(b, '1');
		return;
	}
	if (v == V_MIN || v == V_MIN2) {
		n = fixed ? maxn : 1;
		for (size_t i = 0; i < n; i++)
			sg_buf_addch(b, '0');
		return;
	}
	n = fixed ? maxn : 1 + sg_rand_below(r, (uint32_t)(maxn < 16 ? maxn : 16));
	for (size_t i = 0; i < n; i++)
		sg_buf_addch(b, (char)('0' + sg_rand_below(r, 2)));
}

static void gen_pick(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		     int v, struct sg_buf *b)
{
	int n = cg->strategy == S_ENUM ? (int)cg->c->n_enum : cg->p.nchoices, k;

	if (n <= 0)
		return;
	k = v == V_MAX ? n - 1 : v == V_MIN ? 0 : (int)sg_rand_below(r, (uint32_t)n);
	if (cg->strategy == S_OPTS)
		sg_buf_adds(b, cg->opts->values[k]);
	else if (cg->strategy == S_CHOICE)
		choice_at(cg->p.choices, k, env->dialect == SG_DIALECT_MYSQL, b);
	else
		sg_buf_adds(b, cg->c->enum_values[k]);
}

static void gen_set(const struct sg_colgen *cg, struct sg_rand *r, int v, struct sg_buf *b)
{
	size_t n = cg->c->n_enum, start = b->len;
	bool any = false;

	if (!n)
		return;
	if (v == V_MIN || v == V_MAX2) {
		sg_buf_adds(b, cg->c->enum_values[v == V_MIN ? 0 : n - 1]);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (v != V_MAX && !sg_rand_chance(r, 0.35))
			continue;
		if (any)
			sg_buf_addch(b, ',');
		sg_buf_adds(b, cg->c->enum_values[i]);
		any = true;
	}
	if (!any) {
		truncate_to(b, start);
		sg_buf_adds(b, cg->c->enum_values[sg_rand_below(r, (uint32_t)n)]);
	}
}

/* One value (or array element) of the column's strategy, appended to b. */
static void gen_scalar(const struct sg_colgen *cg, const struct sg_gen_env *env,
		       struct sg_rand *r, struct sg_fake_row *fr, const struct sg_row *row,
		       int attempt, int v, bool elem, struct sg_buf *b)
{
	bool mysql = env->dialect == SG_DIALECT_MYSQL;

	switch (cg->strategy) {
	case S_OPTS:
	case S_CHOICE:
	case S_ENUM:
		gen_pick(cg, env, r, v, b);
		break;
	case S_INT:
	case S_INT_INDEX:
	case S_INT_PARETO:
		gen_int(cg, r, row, attempt, v, b);
		break;
	case S_BOOL: {
		bool yes = v == V_MAX || v == V_MAX2 ? true : v == V_MIN || v == V_MIN2
			? false : sg_rand_chance(r, cg->p.bias);

		sg_buf_adds(b, mysql ? (yes ? "1" : "0") : (yes ? "t" : "f"));
		break;
	}
	case S_DEC:
	case S_DEC_MONEY:
		gen_dec(cg, r, attempt, v, b);
		break;
	case S_TEXT:
	case S_TEXT_ID:
	case S_TEXT_CODE:
		gen_text(cg, env, r, fr, row, attempt, v, elem, b);
		break;
	case S_JSON:
		gen_json(cg, env, r, fr, attempt, v, b);
		break;
	case S_UUID:
		if (v == V_MAX)
			sg_buf_adds(b, "ffffffff-ffff-ffff-ffff-ffffffffffff");
		else if (v == V_MIN)
			sg_buf_adds(b, "00000000-0000-0000-0000-000000000000");
		else
			add_uuid(b, r);
		break;
	case S_TIME:
		sg_format_time(cg->c->cls == SG_T_ARRAY ? cg->c->elem_cls : cg->c->cls,
			       time_value(cg, r, attempt, v), b);
		if (cg->p.flags & F_TZ)
			sg_buf_adds(b, "+00");
		break;
	case S_TOD:
		if (v == V_MAX2 || v == V_MIN2) {
			sg_buf_adds(b, mysql ? (v == V_MAX2 ? "838:59:59" : "-838:59:59")
					     : (v == V_MAX2 ? "24:00:00" : "00:00:01"));
		} else {
			int64_t x = v == V_MAX ? cg->p.hard_hi : v == V_MIN ? cg->p.hard_lo
				  : sg_rand_range(r, cg->ilo, cg->ihi);

			sg_format_time(SG_T_TIME, x, b);
		}
		if (cg->p.flags & F_TZ)
			sg_buf_adds(b, "+00");
		break;
	case S_YEAR: {
		int64_t x = v == V_MAX ? cg->p.hard_hi : v == V_MIN ? cg->p.hard_lo
			  : sg_rand_range(r, cg->ilo, cg->ihi);

		if (attempt > 0 && v == V_NORMAL)
			x = sg_rand_range(r, cg->p.hard_lo, cg->p.hard_hi);
		add_i64(b, x);
		break;
	}
	case S_BINARY:
		gen_binary(cg, env, r, v, b);
		break;
	case S_BIT:
		gen_bit(cg, r, v, b);
		break;
	case S_SET:
		gen_set(cg, r, v, b);
		break;
	default:
		break;
	}
}

/* Wraps the element at [e, len) in double quotes, backslash-escaping
 * quotes and backslashes, in place (array literal syntax). */
static void quote_in_place(struct sg_buf *b, size_t e)
{
	size_t extra = 2, end = b->len, w;

	for (size_t i = e; i < end; i++)
		if (b->data[i] == '"' || b->data[i] == '\\')
			extra++;
	sg_buf_grow(b, extra);
	w = end + extra;
	b->data[w] = '\0';
	b->data[--w] = '"';
	for (size_t i = end; i > e; i--) {
		char ch = b->data[i - 1];

		b->data[--w] = ch;
		if (ch == '"' || ch == '\\')
			b->data[--w] = '\\';
	}
	b->data[--w] = '"';
	b->len = end + extra;
}

static void gen_array(const struct sg_colgen *cg, const struct sg_gen_env *env,
		      struct sg_rand *r, struct sg_fake_row *fr, const struct sg_row *row,
		      int attempt, int v, struct sg_buf *b)
{
	static const unsigned char counts[10] = { 0, 1, 1, 1, 2, 2, 2, 3, 3, 4 };
	int n, ev = v == V_MAX || v == V_MAX2 ? v : V_NORMAL;

	if (v == V_MIN || v == V_MIN2)
		n = 0;
	else if (v == V_MAX)
		n = 6;
	else
		n = counts[sg_rand_below(r, 10)];
	if (attempt > 0 && n == 0)
		n = 1;
	sg_buf_addch(b, '{');
	if (cg->strategy == S_ENUM) {
		/* distinct members, in definition order */
		size_t ne = cg->c->n_enum;
		bool first = true;

		for (size_t i = 0; i < ne && n > 0; i++) {
			if (v != V_MAX && sg_rand_below(r, (uint32_t)(ne - i)) >= (uint32_t)n)
				continue;
			if (!first)
				sg_buf_addch(b, ',');
			first = false;
			size_t e = b->len;

			sg_buf_adds(b, cg->c->enum_values[i]);
			quote_in_place(b, e);
			n--;
		}
	} else {
		for (int i = 0; i < n; i++) {
			size_t e;

			if (i)
				sg_buf_addch(b, ',');
			e = b->len;
			gen_scalar(cg, env, r, fr, row, attempt, ev, true, b);
			quote_in_place(b, e);
		}
	}
	sg_buf_addch(b, '}');
}

void sg_generic_value(const struct sg_colgen *cg, const struct sg_gen_env *env,
		      struct sg_rand *r, struct sg_fake_row *fr, struct sg_row *row,
		      int attempt)
{
	struct sg_fake_row local;
	int v = V_NORMAL;
	size_t start;

	if (cg->strategy == S_NONE) {
		if (cg->c && cg->c->nullable)
			sg_row_set_null(row, cg->col);
		return;
	}
	if (env->edge && attempt == 0)
		v = edge_variant(cg, row);
	/* A retry must not replay the draws that gave the duplicate, even
	 * when the range cannot widen (a full-width integer, an enum). */
	for (int i = 0; i < attempt && i < 8; i++)
		sg_rand_u32(r);
	if (cg->null_rate > 0) {
		if (cg->p.flags & F_EDGE_NULL) {
			if (v == V_NULL) {
				sg_row_set_null(row, cg->col);
				return;
			}
		} else if (sg_rand_chance(r, cg->null_rate)) {
			sg_row_set_null(row, cg->col);
			return;
		}
	}
	if (v == V_NULL)
		v = V_NORMAL;
	if (!fr) {
		sg_fake_row_init(&local);
		sg_fake_row_reset(&local, r);
		fr = &local;
	} else if (!fr->r) {
		sg_fake_row_reset(fr, r);
	}
	if (!(cg->p.flags & F_ARRAY)) {
		if (cg->strategy == S_TIME) {
			sg_row_set_time(row, cg->col, time_value(cg, r, attempt, v));
			return;
		}
		if (cg->strategy == S_TOD && v != V_MAX2 && v != V_MIN2) {
			int64_t x = v == V_MAX ? cg->p.hard_hi : v == V_MIN ? cg->p.hard_lo
				  : sg_rand_range(r, cg->ilo, cg->ihi);

			sg_row_set_time(row, cg->col, x);
			return;
		}
	}
	start = sg_row_begin(row);
	if (cg->p.flags & F_ARRAY)
		gen_array(cg, env, r, fr, row, attempt, v, &row->data);
	else
		gen_scalar(cg, env, r, fr, row, attempt, v, false, &row->data);
	sg_row_end(row, cg->col, start);
}

/* --- time ordering within a row ----------------------------------------------- */

static void fix_after(const struct sg_colgen *cg, const struct sg_gen_env *env,
		      struct sg_rand *r, struct sg_row *row, int64_t base)
{
	int64_t x, hi = cg->p.hard_hi;

	if (!sg_row_get_time(row, cg->col, &x) || x >= base)
		return;
	if (cg->time_role == R_FUTURE) {
		x = base + sg_rand_range(r, 86400, 60 * 86400);
	} else {
		int64_t top = env->now < hi ? env->now : hi;

		if (top < base)
			top = base;
		/* mostly soon after the base, now and then much later */
		if (top - base > 30 * 86400 && sg_rand_chance(r, 0.7))
			top = base + 30 * 86400;
		x = sg_rand_range(r, base, top);
	}
	if (x > hi)
		x = hi;
	if (cg->p.flags & F_DAY) {
		int64_t d = floor_day(x);

		x = d < x && d + 86400 <= hi ? d + 86400 : d;
		if (x < base && d + 86400 <= hi)
			x = d + 86400;
	}
	sg_row_set_time(row, cg->col, x);
}

void sg_generic_fix_row(const struct sg_colgen *cgs, size_t n, const struct sg_gen_env *env,
			struct sg_rand *r, struct sg_row *row)
{
	int64_t created = 0, started = 0, t;
	bool has_created = false, has_started = false;

	for (size_t i = 0; i < n && !has_created; i++)
		if (cgs[i].strategy == S_TIME && cgs[i].time_role == R_CREATED &&
		    !(cgs[i].p.flags & F_ARRAY) && sg_row_get_time(row, cgs[i].col, &created))
			has_created = true;
	for (size_t i = 0; i < n; i++) {
		const struct sg_colgen *cg = &cgs[i];

		if (cg->strategy != S_TIME || cg->time_role != R_START || (cg->p.flags & F_ARRAY))
			continue;
		if (has_created)
			fix_after(cg, env, r, row, created);
		if (!has_started && sg_row_get_time(row, cg->col, &started))
			has_started = true;
	}
	for (size_t i = 0; i < n; i++) {
		const struct sg_colgen *cg = &cgs[i];
		int64_t base;

		if (cg->strategy != S_TIME || (cg->p.flags & F_ARRAY))
			continue;
		switch (cg->time_role) {
		case R_UPDATED:
		case R_FUTURE:
			if (!has_created)
				continue;
			base = created;
			break;
		case R_END:
			if (!has_created && !has_started)
				continue;
			base = has_created ? created : started;
			if (has_started && started > base)
				base = started;
			break;
		default:
			continue;
		}
		if (cg->time_role == R_FUTURE && sg_row_get_time(row, cg->col, &t) && t == base)
			t = base - 1; /* "after": strictly later */
		fix_after(cg, env, r, row, cg->time_role == R_FUTURE ? base + 1 : base);
	}
}

uint64_t sg_generic_cardinality(const struct sg_colgen *cg)
{
	uint64_t span;

	if (cg->p.flags & F_ARRAY)
		return 0;
	switch (cg->strategy) {
	case S_OPTS:
	case S_CHOICE:
		return (uint64_t)cg->p.nchoices;
	case S_ENUM:
		return (uint64_t)cg->c->n_enum;
	case S_SET:
		return cg->c->n_enum >= 32 ? 0 : (1ULL << cg->c->n_enum) - 1;
	case S_BOOL:
		return 2;
	case S_INT:
	case S_INT_INDEX:
	case S_INT_PARETO:
	case S_YEAR:
		if (cg->p.flags & F_U64MAX)
			return 0;
		span = (uint64_t)cg->p.hard_hi - (uint64_t)cg->p.hard_lo;
		return span >= UINT32_MAX ? 0 : span + 1;
	case S_DEC:
	case S_DEC_MONEY:
		span = (uint64_t)cg->p.hard_hi - (uint64_t)cg->p.hard_lo;
		return span >= UINT32_MAX ? 0 : span + 1;
	case S_TEXT:
	case S_TEXT_ID:
	case S_TEXT_CODE:
		/* letters and digits at the length limit */
		if (cg->p.len_max > 0 && cg->p.len_max <= 6) {
			uint64_t n = 1;

			for (int i = 0; i < cg->p.len_max; i++)
				n *= 36;
			return n;
		}
		return 0;
	default:
		return 0;
	}
}
