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
#include "seedgen/rand.h"
#include "seedgen/row.h"

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
	struct sg_check_lexer lx = { text, backslash, SG_TK_END, false };
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

/* --- the expression tree, evaluation, patterns ------------------------------ */

struct tfx {
	struct sg_schema s;
	struct sg_table *t;
	struct sg_row row;
};

static void tfx_init(struct tfx *f)
{
	static const struct { const char *name; enum sg_type_class cls; } cols[] = {
		{ "a", SG_T_INT }, { "b", SG_T_DECIMAL }, { "s", SG_T_VARCHAR },
		{ "start_at", SG_T_DATETIME }, { "end_at", SG_T_DATETIME }, { "flag", SG_T_BOOL },
		{ "meta", SG_T_JSON },
	};

	memset(f, 0, sizeof(*f));
	f->t = sg_schema_add_table(&f->s, "t");
	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		sg_table_add_column(f->t, cols[i].name)->cls = cols[i].cls;
	sg_row_init(&f->row, f->t);
}

static void tfx_release(struct tfx *f)
{
	sg_row_release(&f->row);
	sg_schema_release(&f->s);
}

/* Values a, b, s (NULL: SQL NULL) and the two times. */
static void tfx_row(struct tfx *f, const char *a, const char *b, const char *s, int64_t start,
		    int64_t end)
{
	const char *v[] = { a, b, s };

	sg_row_reset(&f->row);
	for (size_t i = 0; i < 3; i++) {
		if (v[i])
			sg_row_sets(&f->row, i, v[i]);
		else
			sg_row_set_null(&f->row, i);
	}
	sg_row_set_time(&f->row, 3, start);
	sg_row_set_time(&f->row, 4, end);
}

/* Parses text, asserts it is modelled (or not) on the fixture's table and
 * returns the result on the current row (-2 when not modelled). */
static int judge(struct tfx *f, const char *text, bool backslash)
{
	struct sg_cx *e = sg_cx_parse(text, backslash);
	int r = sg_cx_modelled(e, f->t, NULL) ? sg_cx_eval(e, &f->row) : -2;

	sg_cx_free(e);
	return r;
}

static void tree_logic(void **state)
{
	struct tfx f;

	(void)state;
	tfx_init(&f);
	tfx_row(&f, "5", "10.50", "cancelled", 1000, 2000);
	assert_int_equal(judge(&f, "CHECK (a > 1 AND (b < 11 OR s = 'x'))", false), 1);
	assert_int_equal(judge(&f, "CHECK ((a > 7) OR (b >= 10.51))", false), 0);
	assert_int_equal(judge(&f, "CHECK (NOT (a = 5 AND s = 'cancelled'))", false), 0);
	assert_int_equal(judge(&f, "(`s` <> 'cancelled' or `b` is null)", true), 0);
	assert_int_equal(judge(&f, "CHECK (s::text <> 'cancelled'::text OR b IS NULL)", false), 0);
	/* column against column, either way round; times compare as times */
	assert_int_equal(judge(&f, "CHECK (end_at > start_at)", false), 1);
	assert_int_equal(judge(&f, "CHECK (start_at >= end_at)", false), 0);
	assert_int_equal(judge(&f, "CHECK (a <= b)", false), 1);
	/* NULL: unknown, and a CHECK passes on unknown */
	tfx_row(&f, NULL, "1", "x", 0, 0);
	assert_int_equal(judge(&f, "CHECK (a > 1)", false), -1);
	assert_int_equal(judge(&f, "CHECK (a > 1 OR s = 'x')", false), 1);
	assert_int_equal(judge(&f, "CHECK (a > 1 AND s = 'y')", false), 0);
	assert_int_equal(judge(&f, "CHECK (a IS NULL)", false), 1);
	assert_int_equal(judge(&f, "CHECK (a IS NOT NULL)", false), 0);
	tfx_release(&f);
}

static void tree_predicates(void **state)
{
	struct tfx f;

	(void)state;
	tfx_init(&f);
	tfx_row(&f, "4", "2.5", "draft", 0, 86400);
	assert_int_equal(judge(&f, "`s` in (_utf8mb4'draft',_utf8mb4'sent')", true), 1);
	assert_int_equal(judge(&f, "CHECK (s::text = ANY (ARRAY['sent'::character varying]::text[]))",
			       false), 0);
	assert_int_equal(judge(&f, "CHECK (a NOT IN (1, 2, 3))", false), 1);
	assert_int_equal(judge(&f, "`a` between 1 and 3", true), 0);
	assert_int_equal(judge(&f, "CHECK (a NOT BETWEEN 5 AND 9)", false), 1);
	assert_int_equal(judge(&f, "CHECK (char_length(s) <= 4)", false), 0);
	assert_int_equal(judge(&f, "CHECK (length(upper(s)) = 5)", false), 1);
	assert_int_equal(judge(&f, "CHECK (s LIKE 'dr%')", false), 1);
	assert_int_equal(judge(&f, "CHECK (s::text ~~ 'D_aft'::text)", false), 0);
	assert_int_equal(judge(&f, "CHECK (s::text ~~* 'D_aft'::text)", false), 1);
	assert_int_equal(judge(&f, "CHECK (s ~ '^[a-z]{5}$')", false), 1);
	assert_int_equal(judge(&f, "`s` regexp '^[0-9]+$'", true), 0);
	assert_int_equal(judge(&f, "CHECK (s !~ 'x')", false), 1);
	assert_int_equal(judge(&f, "regexp_like(`s`,_utf8mb4'af')", true), 1);
	assert_int_equal(judge(&f, "CHECK (end_at > '1970-01-01 12:00:00'::timestamp)", false), 1);
	assert_int_equal(judge(&f, "json_valid(`meta`)", true), -1); /* NULL meta */
	assert_int_equal(judge(&f, "json_valid(`s`)", true), -2);
	/* numbers as strings compare as numbers */
	assert_int_equal(judge(&f, "CHECK (b >= '2.4'::numeric)", false), 1);
	tfx_release(&f);
}

static void tree_not_modelled(void **state)
{
	static const char *const texts[] = {
		"CHECK (is_even(a))", "CHECK (a % 2 = 0)", "CHECK (a + b > 3)",
		"CHECK (s > 'm')",                      /* strings ordered: collation */
		"CHECK (s ~ '^(ab|cd)$')",              /* alternation */
		"CHECK (s ~ '^[[:alpha:]]+$')",         /* POSIX class */
		"CHECK (nosuch > 1)", "CHECK (flag)", "CHECK (end_at > now())",
		"CHECK (a > 1) garbage (", "CHECK (s LIKE 'a!%' ESCAPE '!')",
	};
	struct tfx f;
	const char *why = NULL;

	(void)state;
	tfx_init(&f);
	tfx_row(&f, "1", "1", "a", 0, 0);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		if (judge(&f, texts[i], false) != -2)
			fail_msg("'%s' should not be modelled", texts[i]);
	{
		struct sg_cx *e = sg_cx_parse("CHECK (is_even(a))", false);

		assert_false(sg_cx_modelled(e, f.t, &why));
		assert_non_null(why);
		sg_cx_free(e);
	}
	tfx_release(&f);
}

static void patterns(void **state)
{
	static const struct { const char *pat; bool like; } pats[] = {
		{ "^[A-Z]{3}[0-9]{2}$", false }, { "SKU-%", true }, { "^\\d{4}-\\d{2}$", false },
		{ "a_c%", true }, { "^[^0-9]+x?$", false }, { "^v[0-9]+\\.[0-9]+$", false },
		{ "^[a-f0-9]{8,12}$", false }, { "mid", false },
	};
	struct sg_rand r;

	(void)state;
	sg_rand_seed(&r, 7, 1);
	for (size_t i = 0; i < sizeof(pats) / sizeof(pats[0]); i++) {
		assert_true(sg_cx_pattern_ok(pats[i].pat, pats[i].like));
		for (int k = 0; k < 200; k++) {
			struct sg_buf b = SG_BUF_INIT;

			assert_true(sg_cx_pattern_make(pats[i].pat, pats[i].like, &r, 20, &b));
			if (!sg_cx_pattern_match(pats[i].pat, pats[i].like, false, sg_buf_str(&b), b.len))
				fail_msg("'%s' made '%s', which does not match", pats[i].pat,
					 sg_buf_str(&b));
			sg_buf_release(&b);
		}
	}
	assert_false(sg_cx_pattern_match("^[A-Z]{3}$", false, false, "ABCD", 4));
	assert_false(sg_cx_pattern_match("^[A-Z]{3}$", false, false, "abc", 3));
	assert_true(sg_cx_pattern_match("^[A-Z]{3}$", false, true, "abc", 3));
	assert_true(sg_cx_pattern_match("b.d", false, false, "abcde", 5));
	assert_false(sg_cx_pattern_match("SKU-%", true, false, "SKU", 3));
	assert_true(sg_cx_pattern_match("%\\%", true, false, "100%", 4));
	/* no room: the pattern needs 5 characters */
	{
		struct sg_buf b = SG_BUF_INIT;

		assert_false(sg_cx_pattern_make("^[A-Z]{3}[0-9]{2}$", false, &r, 4, &b));
		sg_buf_release(&b);
	}
}

static void order_pairs(void **state)
{
	struct sg_cx *e = sg_cx_parse("CHECK (cost <= price AND qty > 0)", false);
	const char *other, *pat;
	bool after, strict, like;

	(void)state;
	assert_true(sg_cx_order_pair(e, "price", &other, &after, &strict));
	assert_string_equal(other, "cost");
	assert_true(after);
	assert_false(strict);
	assert_true(sg_cx_order_pair(e, "cost", &other, &after, &strict));
	assert_false(after);
	assert_false(sg_cx_order_pair(e, "qty", &other, &after, &strict));
	sg_cx_free(e);
	e = sg_cx_parse("CHECK (end_at > start_at)", false);
	assert_true(sg_cx_order_pair(e, "end_at", &other, &after, &strict));
	assert_true(after && strict);
	sg_cx_free(e);
	/* inside an OR it is no longer a plain order */
	e = sg_cx_parse("CHECK (end_at > start_at OR end_at IS NULL)", false);
	assert_false(sg_cx_order_pair(e, "end_at", &other, &after, &strict));
	sg_cx_free(e);
	e = sg_cx_parse("CHECK ((code)::text ~ '^[A-Z]{3}$'::text)", false);
	assert_true(sg_cx_col_pattern(e, "code", &pat, &like));
	assert_string_equal(pat, "^[A-Z]{3}$");
	assert_false(like);
	sg_cx_free(e);
}

/* A failing OR with a "col IS NULL" branch on a nullable column is made to
 * hold by writing that NULL; a NOT NULL column is left alone. */
static void repair_or_null(void **state)
{
	struct tfx f;
	struct sg_cx *e = sg_cx_parse("CHECK (s <> 'cancelled' OR b IS NULL)", false);
	struct sg_cx *e2 = sg_cx_parse("CHECK (a > 3 AND (s <> 'cancelled' OR a IS NULL))", false);

	(void)state;
	tfx_init(&f);
	f.t->columns[0]->nullable = false;
	f.t->columns[1]->nullable = true;
	tfx_row(&f, "5", "2.5", "cancelled", 0, 0);
	assert_int_equal(sg_cx_eval(e, &f.row), 0);
	assert_true(sg_cx_repair(e, &f.row));
	assert_null(sg_row_get(&f.row, 1, NULL));
	assert_int_equal(sg_cx_eval(e, &f.row), 1);
	/* a is NOT NULL: no repair */
	tfx_row(&f, "5", "2.5", "cancelled", 0, 0);
	assert_false(sg_cx_repair(e2, &f.row));
	assert_non_null(sg_row_get(&f.row, 0, NULL));
	sg_cx_free(e);
	sg_cx_free(e2);
	/* an OR of AND branches: rows spread over the branches by index */
	e = sg_cx_parse("CHECK (s = 'trial' AND b > 0 OR s <> 'trial' AND b IS NULL)", false);
	for (long long i = 0; i < 2; i++) {
		tfx_row(&f, "5", "3", "basic", 0, 0);
		f.row.index = i;
		assert_int_equal(sg_cx_eval(e, &f.row), 0);
		assert_true(sg_cx_repair(e, &f.row));
		if (i == 0)
			assert_string_equal(sg_row_get(&f.row, 2, NULL), "trial");
		else
			assert_null(sg_row_get(&f.row, 1, NULL));
	}
	sg_cx_free(e);
	/* boolean equality: both sides made true */
	e = sg_cx_parse("CHECK ((b IS NULL) = (s IS NULL))", false);
	f.t->columns[2]->nullable = true;
	tfx_row(&f, "5", NULL, "x", 0, 0);
	assert_int_equal(sg_cx_eval(e, &f.row), 0);
	assert_true(sg_cx_repair(e, &f.row));
	assert_null(sg_row_get(&f.row, 2, NULL));
	sg_cx_free(e);
	tfx_release(&f);
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
		cmocka_unit_test(tree_logic),
		cmocka_unit_test(tree_predicates),
		cmocka_unit_test(tree_not_modelled),
		cmocka_unit_test(patterns),
		cmocka_unit_test(order_pairs),
		cmocka_unit_test(repair_or_null),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
