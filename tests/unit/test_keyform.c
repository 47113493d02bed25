/*
 * Key normalization (keyform.h): expressions as PostgreSQL and MariaDB
 * print them (lower, left, substr, casts, quoted names), generated columns
 * traced to their base, MySQL prefixes, char(n) blanks, NULLS NOT
 * DISTINCT, partial-index predicates, exclusion ranges.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "seedgen/keyform.h"

struct vals {
	const char *v[8];
};

static const char *get(void *ctx, size_t col, size_t *len)
{
	const struct vals *x = ctx;

	*len = x->v[col] ? strlen(x->v[col]) : 0;
	return x->v[col];
}

/* users(id, email, email_lc = lower(email), handle, handle_key, code char(4), deleted_at, during) */
static struct sg_schema *make(struct sg_table **out)
{
	static struct sg_schema s;
	struct sg_table *t;
	struct sg_column *c;

	memset(&s, 0, sizeof(s));
	t = sg_schema_add_table(&s, "users");
	sg_table_add_column(t, "id");
	sg_table_add_column(t, "email");
	c = sg_table_add_column(t, "email_lc");
	c->generated = true;
	c->generation_expr = strdup("lower((email)::text)");
	sg_table_add_column(t, "handle");
	c = sg_table_add_column(t, "handle_key");
	c->generated = true;
	c->generation_expr = strdup("left(lcase(`handle`),8)");
	c = sg_table_add_column(t, "code");
	c->pad_blanks = true;
	sg_table_add_column(t, "deleted_at");
	sg_table_add_column(t, "during");
	*out = t;
	return &s;
}

static const char *norm(const struct sg_keyform *kf, size_t i, struct vals *x, struct sg_buf *b)
{
	return sg_keyform_value(kf, i, get, x, b) ? b->data : NULL;
}

static void expressions(void **state)
{
	struct sg_table *t;
	struct sg_schema *s = make(&t);
	enum sg_fold f;
	int p;

	(void)state;
	assert_int_equal(sg_keyform_parse_expr(t, "lower(email)", &f, &p), 1);
	assert_int_equal(f, SG_FOLD_LOWER);
	assert_int_equal(p, 0);
	assert_int_equal(sg_keyform_parse_expr(t, "\"left\"(lower((handle)::text), 8)", &f, &p), 3);
	assert_int_equal(f, SG_FOLD_LOWER);
	assert_int_equal(p, 8);
	assert_int_equal(sg_keyform_parse_expr(t, "substr(upper(email), 1, 5)", &f, &p), 1);
	assert_int_equal(f, SG_FOLD_UPPER);
	assert_int_equal(p, 5);
	assert_int_equal(sg_keyform_parse_expr(t, "email", &f, &p), 1);
	assert_int_equal(sg_keyform_parse_expr(t, "length(email)", &f, &p), -1);
	assert_int_equal(sg_keyform_parse_expr(t, "substr(email, 2, 5)", &f, &p), -1);
	assert_int_equal(sg_keyform_parse_expr(t, "lower(nosuch)", &f, &p), -1);
	sg_schema_release(s);
}

static void generated_and_expression_parts(void **state)
{
	struct sg_table *t;
	struct sg_schema *s = make(&t);
	struct sg_key *k = sg_table_add_unique(t, "uq");
	struct sg_key *e = sg_table_add_index(t, "ix");
	struct sg_keyform kf;
	struct sg_buf b = SG_BUF_INIT;
	struct vals x = { { "1", "Ann@X.org", NULL, "JohnnyBravo99", NULL, "ab  ", NULL, NULL } };

	(void)state;
	sg_key_add_column(k, "email_lc");
	sg_key_add_column(k, "handle_key");
	sg_keyform_init(&kf, t, k);
	assert_true(kf.usable);
	assert_int_equal(kf.nparts, 2);
	assert_string_equal(norm(&kf, 0, &x, &b), "ann@x.org");
	assert_string_equal(norm(&kf, 1, &x, &b), "johnnybr");
	assert_int_equal(kf.nreads, 2);
	sg_keyform_release(&kf);

	/* lower(email) and an expression seedgen does not read: the latter is left out */
	e->unique = true;
	sg_key_add_column(e, "lower(email)");
	sg_key_add_column(e, "length(email)");
	sg_key_part(e, 0)->expr = strdup("lower(email)");
	free(sg_key_part(e, 0)->base);
	e->parts[0].base = NULL;
	e->parts[1].expr = strdup("length(email)");
	free(e->parts[1].base);
	e->parts[1].base = NULL;
	sg_keyform_init(&kf, t, e);
	assert_int_equal(kf.nparts, 1);
	assert_string_equal(norm(&kf, 0, &x, &b), "ann@x.org");
	sg_keyform_release(&kf);
	sg_buf_release(&b);
	sg_schema_release(s);
}

static void prefix_pad_nulls(void **state)
{
	struct sg_table *t;
	struct sg_schema *s = make(&t);
	struct sg_key *k = sg_table_add_unique(t, "uq");
	struct sg_keyform kf;
	struct sg_buf b = SG_BUF_INIT;
	struct vals x = { { "1", "Éloïse", NULL, NULL, NULL, "ab  ", NULL, NULL } };
	char s1[] = "ÉCOLE  ";

	(void)state;
	sg_key_add_column(k, "email");
	sg_key_add_column(k, "code");
	sg_key_add_column(k, "handle");
	sg_key_part(k, 0)->prefix = 3;
	sg_keyform_init(&kf, t, k);
	assert_string_equal(norm(&kf, 0, &x, &b), "Élo");
	assert_string_equal(norm(&kf, 1, &x, &b), "ab");
	assert_null(norm(&kf, 2, &x, &b)); /* NULLs distinct: cannot collide */
	sg_keyform_release(&kf);
	k->nulls_not_distinct = true;
	sg_keyform_init(&kf, t, k);
	assert_non_null(norm(&kf, 2, &x, &b));
	assert_int_equal(b.len, 6);
	sg_keyform_release(&kf);
	assert_int_equal(sg_keyform_normalize(s1, strlen(s1), SG_FOLD_LOWER, 0, true), 6);
	s1[6] = '\0';
	assert_string_equal(s1, "école");
	sg_buf_release(&b);
	sg_schema_release(s);
}

static void predicates(void **state)
{
	struct sg_table *t;
	struct sg_schema *s = make(&t);
	struct sg_key *k = sg_table_add_index(t, "ix");
	struct sg_keyform kf;
	struct vals live = { { "1", "a", NULL, "t", NULL, "x", NULL, NULL } };
	struct vals gone = { { "1", "a", NULL, "f", NULL, "x", "2024-01-01", NULL } };

	(void)state;
	k->unique = true;
	sg_key_add_column(k, "email");
	k->predicate = strdup("(deleted_at IS NULL)");
	sg_keyform_init(&kf, t, k);
	assert_int_equal(kf.nterms, 1);
	assert_true(sg_keyform_in_index(&kf, get, &live));
	assert_false(sg_keyform_in_index(&kf, get, &gone));
	assert_int_equal(kf.nreads, 2);
	sg_keyform_release(&kf);

	free(k->predicate);
	k->predicate = strdup("handle AND ((code)::text = 'x'::text)");
	sg_keyform_init(&kf, t, k);
	assert_int_equal(kf.nterms, 2);
	assert_true(sg_keyform_in_index(&kf, get, &live));
	assert_false(sg_keyform_in_index(&kf, get, &gone));
	sg_keyform_release(&kf);

	free(k->predicate);
	k->predicate = strdup("(handle OR (deleted_at IS NULL))"); /* not read: every row */
	sg_keyform_init(&kf, t, k);
	assert_int_equal(kf.nterms, 0);
	assert_true(sg_keyform_in_index(&kf, get, &gone));
	sg_keyform_release(&kf);

	free(k->predicate);
	k->predicate = strdup("(NOT handle)");
	sg_keyform_init(&kf, t, k);
	assert_false(sg_keyform_in_index(&kf, get, &live));
	assert_true(sg_keyform_in_index(&kf, get, &gone));
	sg_keyform_release(&kf);
	sg_schema_release(s);
}

static void exclusion_ranges(void **state)
{
	struct sg_table *t;
	struct sg_schema *s = make(&t);
	struct sg_key *k = sg_table_add_index(t, "ex");
	struct sg_keyform kf;
	struct sg_buf b = SG_BUF_INIT;
	struct vals x = { { "7", NULL, NULL, NULL, NULL, NULL, NULL,
			    "[\"2026-01-01 10:00:00+00\",\"2026-01-01 11:00:00+00\")" } };

	(void)state;
	k->exclusion = true;
	sg_key_add_column(k, "id");
	sg_key_add_column(k, "during");
	sg_key_add_column(k, "email");
	sg_key_part(k, 0)->op = strdup("=");
	k->parts[1].op = strdup("&&");
	k->parts[2].op = strdup("<>");
	sg_keyform_init(&kf, t, k);
	assert_int_equal(kf.nparts, 2); /* <> left out */
	assert_string_equal(norm(&kf, 0, &x, &b), "7");
	assert_string_equal(norm(&kf, 1, &x, &b), "1767261600.000000");
	x.v[7] = "[\"2026-01-01 11:00:00+01\",\"2026-01-01 12:00:00+01\")";
	assert_string_equal(norm(&kf, 1, &x, &b), "1767261600.000000");
	x.v[7] = "[2026-01-01,2026-01-02)";
	assert_string_equal(norm(&kf, 1, &x, &b), "1767225600.000000");
	x.v[7] = "[10,20)";
	assert_string_equal(norm(&kf, 1, &x, &b), "10");
	sg_keyform_release(&kf);
	sg_buf_release(&b);
	sg_schema_release(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(expressions),
		cmocka_unit_test(generated_and_expression_parts),
		cmocka_unit_test(prefix_pad_nulls),
		cmocka_unit_test(predicates),
		cmocka_unit_test(exclusion_ranges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
