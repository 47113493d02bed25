/*
 * CHECK expressions: the lexer for CHECK constraint text as MariaDB,
 * MySQL 8 and PostgreSQL report it, and the reader that turns the parts
 * about one column into bounds the generators honour by construction
 * (numeric bounds, IN lists, length limits, non-empty).
 *
 * Lexing differs in one point between servers: whether a backslash
 * escapes inside a string literal ('It\'s' on MySQL/MariaDB) or is a plain
 * character (standard SQL, PostgreSQL). Callers say which with
 * `backslash`. Parentheses are skipped by the lexer; "::type" casts,
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

enum sg_check_tk {
	SG_TK_END = 0, SG_TK_IDENT, SG_TK_QIDENT, SG_TK_NUM, SG_TK_STR, SG_TK_OP, SG_TK_COMMA,
	SG_TK_LBRACK, SG_TK_RBRACK, SG_TK_SEMI, SG_TK_OTHER
};

struct sg_check_tok {
	enum sg_check_tk kind;
	const char *s; /* start in the text (the opening quote of a string) */
	size_t n;      /* bytes; for SG_TK_QIDENT the name without quotes */
	double num;    /* SG_TK_NUM */
	char op[3];    /* SG_TK_OP: "<", "<=", ">", ">=", "=", "<>" ("!=" reads as "<>") */
};

struct sg_check_lexer {
	const char *p;          /* next byte to read */
	bool backslash;         /* backslash escapes in strings (MySQL, MariaDB) */
	enum sg_check_tk prev;  /* kind of the last token: a sign after a value is an operator */
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

#endif
