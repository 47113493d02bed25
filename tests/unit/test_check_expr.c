/*
 * The CHECK-expression lexer and column reader (check_expr.h) on the
 * spellings MariaDB, MySQL 8 and PostgreSQL report: numeric bounds
 * (strict and not, reversed, BETWEEN, VALUE in domains), IN and
 * = ANY (ARRAY[...]) lists, length limits, strings with '' and backslash
 * escapes lexed both ways, casts and charset introducers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "seedgen/check_expr.h"

static struct sg_check_bounds parse(const char *text, const char *col, bool backslash)
{
	struct sg_check_bounds k;

	sg_check_bounds_init(&k);
	sg_check_parse_column(&k, text, col, backslash, false);
	return k;
}

/* The i-th choice of k, unescaped, into out. */
static void choice(const struct sg_check_bounds *k, int i, bool backslash, char *out, size_t cap)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_check_choice_at(k->choices, i, backslash, &b);
	snprintf(out, cap, "%s", sg_buf_str(&b));
	sg_buf_release(&b);
}

static void numeric_bounds(void **state)
{
	struct sg_check_bounds k;

	(void)state;
	k = parse("`score` >= 10 and `score` <= 20", "score", true);
	assert_true(k.has_lo && k.has_hi);
	assert_false(k.lo_strict || k.hi_strict || k.unparsed);
	assert_true(k.lo == 10 && k.hi == 20);

	k = parse("((`score` > 9) and (`score` < 21))", "score", true);
	assert_true(k.lo_strict && k.hi_strict);
	assert_true(k.lo == 9 && k.hi == 21);

	/* reversed: 7 >= x is x <= 7 */
	k = parse("CHECK (7 >= score AND 5 < score)", "score", false);
	assert_true(k.hi == 7 && !k.hi_strict);
	assert_true(k.lo == 5 && k.lo_strict);

	/* the tighter of two bounds wins; separate clauses joined by "; " */
	k = parse("CHECK (score > 0); CHECK (score >= 2); CHECK (score < 4)", "score", false);
	assert_true(k.lo == 2 && !k.lo_strict && k.hi == 4);

	/* negative and decimal numbers, a sign after a value is an operator */
	k = parse("CHECK (balance >= -100.5 AND balance <= 1e3)", "balance", false);
	assert_true(k.lo == -100.5 && k.hi == 1000);

	/* '5'::numeric style numbers */
	k = parse("CHECK (price >= '0'::numeric)", "price", false);
	assert_true(k.has_lo && k.lo == 0);

	/* = a number is both bounds */
	k = parse("CHECK (version = 3)", "version", false);
	assert_true(k.lo == 3 && k.hi == 3);
}

static void between_and_domains(void **state)
{
	struct sg_check_bounds k;

	(void)state;
	k = parse("`stars` between 1 and 5", "stars", true);
	assert_true(k.has_lo && k.has_hi && k.lo == 1 && k.hi == 5);
	assert_false(k.unparsed);

	/* BETWEEN's AND is not a conjunction */
	k = parse("CHECK (a BETWEEN 1 AND 5 AND a <> 3)", "a", false);
	assert_true(k.lo == 1 && k.hi == 5);
	assert_false(k.unparsed);

	/* a domain's VALUE is the column */
	k = parse("CHECK (VALUE >= 3 AND VALUE <= 4)", "score", false);
	assert_true(k.lo == 3 && k.hi == 4);
}

static void in_lists(void **state)
{
	struct sg_check_bounds k;
	char v[64];

	(void)state;
	k = parse("`status` in ('draft','sent','it''s')", "status", true);
	assert_int_equal(k.nchoices, 3);
	choice(&k, 0, true, v, sizeof(v));
	assert_string_equal(v, "draft");
	choice(&k, 2, true, v, sizeof(v));
	assert_string_equal(v, "it's");

	k = parse("(`status` in (_utf8mb4'draft',_utf8mb4'sent'))", "status", true);
	assert_int_equal(k.nchoices, 2);
	choice(&k, 1, true, v, sizeof(v));
	assert_string_equal(v, "sent");

	k = parse("CHECK (status::text = ANY (ARRAY['draft'::character varying, "
		  "'sent'::character varying]::text[]))", "status", false);
	assert_int_equal(k.nchoices, 2);
	choice(&k, 0, false, v, sizeof(v));
	assert_string_equal(v, "draft");
	choice(&k, 1, false, v, sizeof(v));
	assert_string_equal(v, "sent");

	k = parse("CHECK (size = ANY (ARRAY[1, 2, 4]))", "size", false);
	assert_int_equal(k.nchoices, 3);
	choice(&k, 2, false, v, sizeof(v));
	assert_string_equal(v, "4");

	/* past the end: nothing */
	v[0] = 'x';
	choice(&k, 3, false, v, sizeof(v));
	assert_string_equal(v, "");

	/* = one string is a one-item list */
	k = parse("CHECK (kind = 'fixed')", "kind", false);
	assert_int_equal(k.nchoices, 1);
	choice(&k, 0, false, v, sizeof(v));
	assert_string_equal(v, "fixed");
}

static void lengths(void **state)
{
	struct sg_check_bounds k;

	(void)state;
	k = parse("CHECK (char_length(code::text) = 8)", "code", false);
	assert_int_equal(k.len_lo, 8);
	assert_int_equal(k.len_hi, 8);
	assert_false(k.len_bytes);

	k = parse("char_length(trim(`code`)) between 3 and 5", "code", true);
	assert_int_equal(k.len_lo, 3);
	assert_int_equal(k.len_hi, 5);

	/* MySQL length() counts bytes, PostgreSQL's characters */
	k = parse("(length(`code`) <= 6)", "code", true);
	assert_int_equal(k.len_hi, 6);
	assert_true(k.len_bytes);
	k = parse("CHECK (length(code) < 7)", "code", false);
	assert_int_equal(k.len_hi, 6);
	assert_false(k.len_bytes);

	k = parse("CHECK (name <> ''::text)", "name", false);
	assert_true(k.nonempty);

	/* an unknown function around the column is not understood */
	k = parse("CHECK (char_length(md5(code)) = 32)", "code", false);
	assert_true(k.unparsed);
	assert_int_equal(k.len_hi, -1);
}

static void unparsed_and_tables(void **state)
{
	struct sg_check_bounds k;

	(void)state;
	k = parse("CHECK (quantity > 100 OR quantity < 0)", "quantity", false);
	assert_true(k.unparsed);
	assert_false(k.has_lo || k.has_hi);

	k = parse("CHECK (NOT (a > 1))", "a", false);
	assert_true(k.unparsed);

	/* IS NOT NULL is not a NOT; nothing to honour */
	k = parse("CHECK (a IS NOT NULL AND a > 1)", "a", false);
	assert_false(k.unparsed);
	assert_true(k.has_lo && k.lo == 1);

	/* a table CHECK: only the parts about the column count */
	sg_check_bounds_init(&k);
	sg_check_parse_column(&k, "CHECK (subtotal >= 0 AND tax >= 5)", "tax", false, true);
	assert_true(k.has_lo && k.lo == 5);
	assert_false(k.unparsed);
	sg_check_bounds_init(&k);
	sg_check_parse_column(&k, "CHECK (subtotal >= 0 OR other > 1)", "tax", false, true);
	assert_false(k.unparsed); /* does not mention tax */
	sg_check_bounds_init(&k);
	sg_check_parse_column(&k, "CHECK (value >= 0)", "tax", false, true);
	assert_false(k.has_lo); /* VALUE means nothing in a table CHECK */
}

/* Lexes text and returns the kinds, the last string token unescaped. */
static int lex_all(const char *text, bool backslash, enum sg_check_tk *kinds, int cap,
		   char *last_str, size_t scap)
{
	struct sg_check_lexer lx = { text, backslash, SG_TK_END };
	struct sg_check_tok t;
	int n = 0;

	last_str[0] = '\0';
	for (;;) {
		sg_check_lex_next(&lx, &t);
		if (t.kind == SG_TK_END || n == cap)
			break;
		kinds[n++] = t.kind;
		if (t.kind == SG_TK_STR) {
			struct sg_buf b = SG_BUF_INIT;

			sg_check_str_content(&t, backslash, &b);
			snprintf(last_str, scap, "%s", sg_buf_str(&b));
			sg_buf_release(&b);
		}
	}
	return n;
}

static void string_escapes(void **state)
{
	enum sg_check_tk k[16];
	char s[64];
	int n;

	(void)state;
	/* MySQL: \' escapes the quote, the string continues */
	n = lex_all("`a` = 'it\\'s' AND `b` > 1", true, k, 16, s, sizeof(s));
	assert_int_equal(n, 7);
	assert_int_equal(k[0], SG_TK_QIDENT);
	assert_int_equal(k[2], SG_TK_STR);
	assert_int_equal(k[3], SG_TK_IDENT);
	assert_string_equal(s, "it's");

	/* standard SQL: a backslash is a character, the quote ends the string */
	n = lex_all("a = 'C:\\' AND b > 1", false, k, 16, s, sizeof(s));
	assert_int_equal(n, 7);
	assert_int_equal(k[2], SG_TK_STR);
	assert_int_equal(k[3], SG_TK_IDENT);
	assert_string_equal(s, "C:\\");

	/* doubled quotes both ways; \n \t unescaped on MySQL */
	lex_all("a = 'O''Brien'", false, k, 16, s, sizeof(s));
	assert_string_equal(s, "O'Brien");
	lex_all("a = 'x\\ty'", true, k, 16, s, sizeof(s));
	assert_string_equal(s, "x\ty");

	/* "!=" reads as "<>"; casts, introducers and E'' prefixes vanish */
	n = lex_all("a::timestamp without time zone != E'x'::text", false, k, 16, s,
		    sizeof(s));
	assert_int_equal(n, 3);
	assert_int_equal(k[1], SG_TK_OP);
	assert_string_equal(s, "x");
	n = lex_all("\"Quoted \"\"id\"\"\" >= -5", false, k, 16, s, sizeof(s));
	assert_int_equal(n, 3);
	assert_int_equal(k[0], SG_TK_QIDENT);
	assert_int_equal(k[2], SG_TK_NUM);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(numeric_bounds),
		cmocka_unit_test(between_and_domains),
		cmocka_unit_test(in_lists),
		cmocka_unit_test(lengths),
		cmocka_unit_test(unparsed_and_tables),
		cmocka_unit_test(string_escapes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
