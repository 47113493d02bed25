/* "Does this value fit this column" (valuefit.h): members, lengths,
 * integer ranges, decimal digits, date/time forms per dialect caps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "seedgen/valuefit.h"

static void members(void **state)
{
	char *vals[] = { "draft", "sent", "a,b" };
	struct sg_column c = { 0 };
	size_t len;
	const char *bad;
	struct sg_buf b = SG_BUF_INIT;

	(void)state;
	c.cls = SG_T_SET;
	c.enum_values = vals;
	c.n_enum = 2;
	assert_true(sg_enum_has(&c, "sent", 4));
	assert_false(sg_enum_has(&c, "Sent", 4));
	assert_false(sg_enum_has(&c, "sen", 3));
	assert_null(sg_set_bad_member(&c, "draft,sent", &len));
	bad = sg_set_bad_member(&c, "draft,nope,sent", &len);
	assert_non_null(bad);
	assert_int_equal(len, 4);
	assert_memory_equal(bad, "nope", 4);
	sg_enum_list(&c, &b);
	assert_string_equal(b.data, "'draft', 'sent'");
	sg_buf_release(&b);
}

static void lengths_and_numbers(void **state)
{
	struct sg_column v = { 0 }, i = { 0 }, d = { 0 };

	(void)state;
	v.cls = SG_T_VARCHAR;
	v.length = 3;
	assert_false(sg_fit_too_long(&v, "\xc3\xa9t\xc3\xa9")); /* 3 characters, 5 bytes */
	assert_true(sg_fit_too_long(&v, "abcd"));
	i.cls = SG_T_INT;
	i.int_bytes = 1;
	i.is_unsigned = true;
	assert_true(sg_fit_is_integer("-12"));
	assert_false(sg_fit_is_integer("1.5"));
	assert_false(sg_fit_is_integer("-"));
	assert_true(sg_fit_int_in_range(&i, "255"));
	assert_false(sg_fit_int_in_range(&i, "256"));
	assert_false(sg_fit_int_in_range(&i, "-1"));
	d.cls = SG_T_DECIMAL;
	d.precision = 5;
	d.scale = 2;
	assert_int_equal(sg_fit_decimal(&d, "999.99"), 0);
	assert_int_equal(sg_fit_decimal(&d, "1000"), 2);
	assert_int_equal(sg_fit_decimal(&d, "1.005"), 3);
	assert_int_equal(sg_fit_decimal(&d, "1.500"), 0);
	d.is_unsigned = true;
	assert_int_equal(sg_fit_decimal(&d, "-1"), 1);
}

static void times(void **state)
{
	struct sg_column t = { 0 };

	(void)state;
	t.cls = SG_T_TIME;
	t.with_tz = true;
	assert_true(sg_fit_datetime(&sg_caps_mysql, "2024-02-29 12:00:00"));
	assert_true(sg_fit_datetime(&sg_caps_pgsql, "2024-02-29T12:00:00+02:00"));
	assert_false(sg_fit_datetime(&sg_caps_mysql, "2024-02-29T12:00:00+02:00"));
	assert_false(sg_fit_datetime(&sg_caps_pgsql, "2024-13-01"));
	assert_true(sg_fit_time(&sg_caps_pgsql, &t, "08:30:00Z"));
	assert_false(sg_fit_time(&sg_caps_mysql, &t, "08:30:00Z"));
	assert_true(sg_fit_time(&sg_caps_mysql, &t, "-838:59:59"));
	assert_true(sg_fit_uuid("123e4567-E89B-12d3-a456-426614174000"));
	assert_false(sg_fit_uuid("123e4567e89b12d3a456426614174000"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(members),
		cmocka_unit_test(lengths_and_numbers),
		cmocka_unit_test(times),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
