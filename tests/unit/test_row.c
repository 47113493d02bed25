/*
 * sg_parse_time(), the inverse of sg_format_time(): every form MySQL and
 * PostgreSQL print dates and timestamps in (fractions, time zone
 * suffixes), round trips over years 1..9999, the fraction rounding up, a
 * value that is not NUL-terminated, and what it refuses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "seedgen/rand.h"
#include "seedgen/row.h"

static bool parse(const char *s, int64_t *out)
{
	return sg_parse_time(s, s ? strlen(s) : 0, out);
}

static void server_forms(void **state)
{
	static const struct {
		const char *s;
		int64_t want;
	} ok[] = {
		{ "1970-01-01", 0 },
		{ "1970-01-01 00:00:00", 0 },
		{ "2025-03-14", 1741910400 },
		{ "2025-03-14 09:26:53", 1741944413 },
		{ "2025-03-14T09:26:53", 1741944413 },
		{ "2025-03-14 09:26:53.000000", 1741944413 },  /* MySQL DATETIME(6) */
		{ "2025-03-14 09:26:53.000001", 1741944414 },  /* rounds up */
		{ "2025-03-14 09:26:53.5", 1741944414 },
		{ "2025-03-14 09:26:53+00", 1741944413 },      /* PostgreSQL timestamptz */
		{ "2025-03-14 09:26:53.25+00", 1741944414 },
		{ "2025-03-14 09:26:53Z", 1741944413 },
		{ "2025-03-14 09:26:53+05:30", 1741944413 - 19800 },
		{ "2025-03-14 09:26:53-08", 1741944413 + 28800 },
		{ "2025-03-14 09:26:53+00:19:32", 1741944413 - 1172 }, /* a historic offset */
		{ "2000-02-29 12:00:00", 951825600 },
		{ "1969-12-31 23:59:59", -1 },
		{ "0001-01-01 00:00:00", -62135596800LL },
		{ "9999-12-31 23:59:59", 253402300799LL },
		{ "2038-01-19 03:14:07", 2147483647 },
		{ "2025-02-30", 1740873600 },                  /* = 2025-03-02 */
	};
	int64_t t;

	(void)state;
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		t = 12345;
		if (!parse(ok[i].s, &t))
			fail_msg("'%s' refused", ok[i].s);
		if (t != ok[i].want)
			fail_msg("'%s' -> %lld, want %lld", ok[i].s, (long long)t, (long long)ok[i].want);
	}
}

static void refuses(void **state)
{
	static const char *const bad[] = {
		"", "0000-00-00", "0000-00-00 00:00:00", "infinity", "-infinity",
		"2025-03-14 09:26:53 BC", "2025-13-01", "2025-00-10", "2025-01-32",
		"2025-01-00", "2025-1-5", "25-01-05", "2025/01/05", "2025-01-05 9:26:53",
		"2025-01-05 24:00:00", "2025-01-05 23:60:00", "2025-01-05 23:59:60",
		"2025-01-05 23:59", "2025-01-05 ", "2025-01-05 23:59:59.", "2025-01-05 23:59:59+",
		"2025-01-05 23:59:59+5", "2025-01-05 23:59:59+05:7", "2025-01-05x",
		"10000-01-01", " 2025-01-05", "2025-01-05 23:59:59 ",
	};
	int64_t t = 777;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (parse(bad[i], &t))
			fail_msg("'%s' accepted as %lld", bad[i], (long long)t);
	assert_false(parse(NULL, &t));
	assert_int_equal(t, 777); /* untouched */
}

static void length_bounds_the_value(void **state)
{
	const char *s = "2025-03-14 09:26:53xyz";
	int64_t t = 0;

	(void)state;
	assert_true(sg_parse_time(s, 19, &t));
	assert_int_equal(t, 1741944413);
	assert_true(sg_parse_time(s, 10, &t));
	assert_int_equal(t, 1741910400);
	assert_false(sg_parse_time(s, 18, &t));  /* "...09:26:5" */
	assert_false(sg_parse_time(s, 20, &t));
	assert_false(sg_parse_time(s, 0, &t));
}

static void round_trips_format_time(void **state)
{
	struct sg_buf b = SG_BUF_INIT;
	struct sg_rand r;
	int64_t t;

	(void)state;
	sg_rand_seed(&r, 9, 9);
	for (int i = 0; i < 50000; i++) {
		int64_t e = sg_rand_range(&r, -62135596800LL, 253402300799LL);

		sg_buf_reset(&b);
		sg_format_time(SG_T_DATETIME, e, &b);
		assert_true(sg_parse_time(b.data, b.len, &t));
		assert_int_equal(t, e);
		sg_buf_reset(&b);
		sg_format_time(SG_T_DATE, e, &b);
		assert_true(sg_parse_time(b.data, b.len, &t));
		assert_int_equal(t, e - ((e % 86400) + 86400) % 86400);
	}
	sg_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(server_forms),
		cmocka_unit_test(refuses),
		cmocka_unit_test(length_bounds_the_value),
		cmocka_unit_test(round_trips_format_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
