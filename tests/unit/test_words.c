/*
 * Identifier words (words.h): one set of rules for splitting names,
 * singular and plural forms, and "did you mean" distances.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "seedgen/words.h"

static void splitting(void **state)
{
	struct sg_words ws;
	size_t starts[8];

	(void)state;
	sg_words_split("contactEmail", &ws);
	assert_int_equal(ws.n, 2);
	assert_string_equal(ws.w[0], "contact");
	assert_string_equal(ws.w[1], "email");
	sg_words_split("IPAddress", &ws);
	assert_int_equal(ws.n, 2);
	assert_string_equal(ws.w[0], "ip");
	assert_string_equal(ws.w[1], "address");
	sg_words_split("address_line1", &ws);
	assert_int_equal(ws.n, 3);
	assert_string_equal(sg_words_last(&ws), "1");
	/* first 8 words, or the last 8 */
	sg_words_split("a_b_c_d_e_f_g_h_i_j", &ws);
	assert_int_equal(ws.n, SG_WORDS_MAX);
	assert_string_equal(sg_words_first(&ws), "a");
	assert_string_equal(sg_words_last(&ws), "h");
	sg_words_split_tail("a_b_c_d_e_f_g_h_i_j", &ws);
	assert_string_equal(sg_words_first(&ws), "c");
	assert_string_equal(sg_words_last(&ws), "j");
	assert_true(sg_words_has(&ws, "e"));
	assert_int_equal(sg_words_starts("parentClientId", 12, starts, 8), 2);
	assert_int_equal(starts[1], 6);
}

static void singular_plural(void **state)
{
	static const char *const pairs[][2] = {
		{ "categories", "category" }, { "batches", "batch" }, { "addresses", "address" },
		{ "statuses", "status" }, { "people", "person" }, { "orders", "order" },
		{ "status", "status" }, { "bus", "bus" }, { "tags", "tag" },
	};
	char w[32];
	struct sg_buf b = SG_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		strcpy(w, pairs[i][0]);
		sg_word_singular(w);
		assert_string_equal(w, pairs[i][1]);
	}
	sg_buf_adds(&b, "category");
	sg_word_pluralize(&b);
	assert_string_equal(b.data, "categories");
	sg_buf_reset(&b);
	sg_buf_adds(&b, "person");
	sg_word_pluralize(&b);
	assert_string_equal(b.data, "people");
	sg_buf_reset(&b);
	sg_buf_adds(&b, "batch");
	sg_word_pluralize(&b);
	assert_string_equal(b.data, "batches");
	sg_buf_release(&b);
	assert_true(sg_word_looks_plural("tags"));
	assert_false(sg_word_looks_plural("status"));
}

static void nearest(void **state)
{
	struct sg_nearest nr;

	(void)state;
	assert_int_equal(sg_edit_distance("Orders", "ordrs"), 1);
	assert_int_equal(sg_edit_distance("", "abc"), 3);
	sg_nearest_init(&nr, "custmers");
	sg_nearest_offer(&nr, "orders");
	sg_nearest_offer(&nr, "customers");
	sg_nearest_offer(&nr, "customer");
	assert_non_null(nr.best);
	assert_string_equal(nr.best, "customers");
	sg_nearest_init(&nr, "zzz");
	sg_nearest_offer(&nr, "orders");
	assert_null(nr.best);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(splitting),
		cmocka_unit_test(singular_plural),
		cmocka_unit_test(nearest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
