/*
 * CHECK expressions: the lexer for CHECK constraint text as MariaDB,
 * MySQL 8 and PostgreSQL report it, and the reader that turns the parts
 * about one column into bounds the generators honour by construction
 * (numeric bounds, IN lists, length limits, non-empty).
 *
 * Lexing differs in one point between servers: whether a backslash
 * escapes inside a string literal ('It\'s' on MySQL/MariaDB) or is a plain
 * character (standard SQL, PostgreSQL). Callers say which with
 * `backslash`. Parentheses are skipped by the lexer unless asked for; "::type" casts,
 * charset introducers (_utf8mb4'x') and N'/E' prefixes are dropped.
 *
 * Nothing here allocates what it returns: tokens and choice lists point
 * into the text they were read from, which must outlive them.
 */
#ifndef SEEDGEN_CHECK_EXPR_H
#define SEEDGEN_CHECK_EXPR_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/buf.h"
#include "seedgen/schema.h"

enum sg_check_tk {
	SG_TK_END = 0, SG_TK_IDENT, SG_TK_QIDENT, SG_TK_NUM, SG_TK_STR, SG_TK_OP, SG_TK_COMMA,
	SG_TK_LBRACK, SG_TK_RBRACK, SG_TK_SEMI, SG_TK_OTHER, SG_TK_LPAREN, SG_TK_RPAREN
};

struct sg_check_tok {
	enum sg_check_tk kind;
	const char *s; /* start in the text (the opening quote of a string) */
	size_t n;      /* bytes; for SG_TK_QIDENT the name without quotes */
	double num;    /* SG_TK_NUM */
	char op[6];    /* SG_TK_OP: "<", "<=", ">", ">=", "=", "<>" ("!=" reads as "<>");
			  with parens also the PostgreSQL pattern operators "~", "~*",
			  "!~", "!~*" (regex) and "~~", "~~*", "!~~", "!~~*" (LIKE) */
};

struct sg_check_lexer {
	const char *p;          /* next byte to read */
	bool backslash;         /* backslash escapes in strings (MySQL, MariaDB) */
	enum sg_check_tk prev;  /* kind of the last token: a sign after a value is an operator */
	bool parens;            /* report ( and ) as SG_TK_LPAREN/RPAREN (else skipped) and
				   read the ~ operators */
};

/* Reads the next token; SG_TK_END at the end of the text. */
void sg_check_lex_next(struct sg_check_lexer *lx, struct sg_check_tok *t);
/* Appends the unescaped content of a SG_TK_STR token. */
void sg_check_str_content(const struct sg_check_tok *t, bool backslash, struct sg_buf *out);
/* Letters, digits, '_', '$' and bytes >= 0x80: identifier characters. */
bool sg_check_ident_char(char c);

/* What a column's CHECK text lets through, as far as it could be read. */
struct sg_check_bounds {
	bool has_lo, has_hi, lo_strict, hi_strict;
	double lo, hi;
	long len_lo, len_hi;     /* characters (bytes if len_bytes); -1: none */
	bool len_bytes;          /* MySQL length() counts bytes */
	bool nonempty;           /* col <> '' */
	bool unparsed;           /* some clause about the column was not understood */
	const char *choices;     /* IN list / = ANY (ARRAY[...]) / = 'x': the first item,
				    pointing into the CHECK text */
	int nchoices;
};

void sg_check_bounds_init(struct sg_check_bounds *k);

/* Reads a "; "-joined list of CHECK clauses into k, for column col (or
 * VALUE, in a domain's CHECK). table: the text is a table's CHECK that may
 * name other columns; clauses and conjuncts not mentioning col are then
 * left alone. Understood: comparisons with a number, BETWEEN, IN and
 * = ANY (ARRAY[...]) lists, <> '', comparisons/BETWEEN on
 * char_length/length/octet_length (around trim/lower/upper), joined by
 * AND; a clause with OR or NOT sets k->unparsed. */
void sg_check_parse_column(struct sg_check_bounds *k, const char *text, const char *col,
			   bool backslash, bool table);

/* Appends the k-th item (0-based) of the list starting at `list` (a
 * k->choices pointer), unescaped. Appends nothing when there is no such
 * item. */
void sg_check_choice_at(const char *list, int k, bool backslash, struct sg_buf *out);

/* --- the expression tree (src/check_ast.c) ------------------------------- */

enum sg_cx_kind {
	SG_CX_AND, SG_CX_OR, SG_CX_NOT, /* kids: operands */
	SG_CX_CMP,      /* kids[0] op kids[1]; op "<", "<=", ">", ">=", "=", "<>" */
	SG_CX_ISNULL,   /* kids[0] IS [NOT] NULL */
	SG_CX_IN,       /* kids[0] [NOT] IN (kids[1..]); also = ANY (ARRAY[...]) */
	SG_CX_BETWEEN,  /* kids[0] [NOT] BETWEEN kids[1] AND kids[2] */
	SG_CX_LIKE,     /* kids[0] [NOT] LIKE kids[1] (a string); icase: ILIKE */
	SG_CX_REGEX,    /* kids[0] ~ kids[1], REGEXP, RLIKE, regexp_like(); icase: ~* */
	SG_CX_COL,      /* a column (or VALUE of a domain); str = its name */
	SG_CX_NUM,      /* num */
	SG_CX_STR,      /* str, unescaped */
	SG_CX_NULL,
	SG_CX_BOOL,     /* num = 1 or 0 */
	SG_CX_LEN,      /* length function of kids[0]; bytes: counts bytes */
	SG_CX_FUNC,     /* lower/upper/trim... of kids[0]; str = function name */
	SG_CX_JSON_VALID, /* json_valid(kids[0]) (MariaDB's JSON columns) */
	SG_CX_UNKNOWN,  /* anything else (other functions, arithmetic, sub-queries) */
};

/* A node. Owns its kids and strings. */
struct sg_cx {
	enum sg_cx_kind kind;
	char op[6];
	bool neg;       /* NOT IN, IS NOT NULL, NOT BETWEEN, NOT LIKE, !~ */
	bool icase;     /* ILIKE, ~* */
	bool bytes;     /* SG_CX_LEN counting bytes (MySQL length, octet_length) */
	double num;
	char *str;
	struct sg_cx **kids;
	size_t nkids;
};

/* Parses one CHECK expression ("CHECK (...)" or the bare condition, as a
 * server reports it; a trailing NOT VALID is ignored). Never NULL: what
 * cannot be read becomes SG_CX_UNKNOWN nodes. Free with sg_cx_free(). */
struct sg_cx *sg_cx_parse(const char *text, bool backslash);
void sg_cx_free(struct sg_cx *e);

/* --- evaluation and modelling (src/check_eval.c) ------------------------- */

struct sg_row;

/* Can seedgen evaluate e itself on a row of t: every node understood,
 * every column known, comparisons between values it can order (numbers,
 * times; strings only for = and <>), patterns in the supported subset
 * (LIKE; regexes of literals, classes, '.', anchors and quantifiers).
 * When false and why is not NULL, *why gets a short reason. */
bool sg_cx_modelled(const struct sg_cx *e, const struct sg_table *t, const char **why);

/* SQL's three-valued result of a modelled e on row (columns by index in
 * row->table): 1 true, 0 false, -1 unknown (NULL). A CHECK passes unless
 * the result is 0. */
int sg_cx_eval(const struct sg_cx *e, const struct sg_row *row);

/* Makes a failing modelled e hold where the CHECK says directly what to
 * write: NULL for "col IS NULL" on a nullable column, the literal of
 * "col = x" or "col IN (...)", one branch of an OR (the first tried
 * depends on the row's index, so rows spread over the branches), every
 * part of an AND. Foreign-key columns are never written. True when e
 * holds afterwards. */
bool sg_cx_repair(const struct sg_cx *e, struct sg_row *row);

/* Simple regex / LIKE subset: matching and producing a value that
 * matches. sg_cx_pattern_ok() says whether a pattern is in the subset. */
bool sg_cx_pattern_ok(const char *pat, bool like);
bool sg_cx_pattern_match(const char *pat, bool like, bool icase, const char *s, size_t n);
/* Appends a value matching pat (random where the pattern allows), at most
 * max_chars characters when max_chars > 0 ('%' and open quantifiers stay
 * short). Returns false when no value fits in max_chars. */
struct sg_rand;
bool sg_cx_pattern_make(const char *pat, bool like, struct sg_rand *r, size_t max_chars,
			struct sg_buf *out);

/* A top-level conjunct of e that orders column col against another column
 * of t ("end_at > start_at", "cost <= price" read from either side):
 * *other gets the other column's name (borrowed from e), *after true when
 * col must be greater (or equal, when !*strict). */
bool sg_cx_order_pair(const struct sg_cx *e, const char *col, const char **other, bool *after,
		      bool *strict);
/* A top-level conjunct "col LIKE 'p'" or a regex on col alone: *pat gets
 * the pattern (borrowed from e), *like whether it is a LIKE pattern. */
bool sg_cx_col_pattern(const struct sg_cx *e, const char *col, const char **pat, bool *like);
/* A copy of s that lives until the process ends (interned). */
const char *sg_cx_intern(const char *s);

#endif
