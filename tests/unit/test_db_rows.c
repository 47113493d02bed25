/*
 * sg_db_query_rows() and struct sg_rows, over a stub driver whose query
 * hands back canned rows (the in-memory copy is what is tested; the real
 * drivers are tested against real servers): values are copies, SQL NULL
 * and empty strings stay apart, lengths count bytes past an embedded NUL,
 * out-of-range reads give NULL, and a failing query leaves nothing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "seedgen/db.h"

static int stub_rows; /* rows the stub query returns; -1: fail after two */

static int stub_query(struct sg_db *db, const char *sql, sg_row_fn fn, void *ctx,
		      struct sg_error *err)
{
	(void)db;
	(void)sql;
	for (int i = 0; stub_rows < 0 ? i < 2 : i < stub_rows; i++) {
		char id[16], text[16] = "a\0b";
		const char *v[3] = { id, i % 2 ? NULL : "", text };
		size_t len[3] = { 0, 0, 3 };

		len[0] = (size_t)snprintf(id, sizeof(id), "%d", i * 7);
		if (fn(ctx, 3, v, len) != 0)
			break;
		memset(id, 'x', sizeof(id)); /* the copy must not alias the driver's buffer */
	}
	if (stub_rows < 0) {
		sg_error_set(err, SG_EXIT_DB, "stub query failed");
		return -1;
	}
	return 0;
}

static const struct sg_driver stub = { .name = "stub", .query = stub_query };

static void keeps_every_row(void **state)
{
	struct sg_db db = { .drv = &stub };
	struct sg_error err = { 0 };
	struct sg_rows r;

	(void)state;
	stub_rows = 1000;
	assert_int_equal(sg_db_query_rows(&db, "SELECT", &r, &err), 0);
	assert_int_equal(r.n, 1000);
	assert_int_equal(r.k, 3);
	for (size_t i = 0; i < r.n; i++) {
		char want[16];

		snprintf(want, sizeof(want), "%zu", i * 7);
		assert_string_equal(sg_rows_get(&r, i, 0), want);
		assert_int_equal(sg_rows_len(&r, i, 0), strlen(want));
		if (i % 2) {
			assert_null(sg_rows_get(&r, i, 1));
		} else {
			assert_string_equal(sg_rows_get(&r, i, 1), "");
		}
		assert_int_equal(sg_rows_len(&r, i, 1), 0);
		assert_memory_equal(sg_rows_get(&r, i, 2), "a\0b", 4);
		assert_int_equal(sg_rows_len(&r, i, 2), 3);
	}
	assert_null(sg_rows_get(&r, 1000, 0));
	assert_null(sg_rows_get(&r, 0, 3));
	assert_int_equal(sg_rows_len(&r, 0, 3), 0);
	sg_rows_release(&r);
	assert_int_equal(r.n, 0);
	sg_rows_release(&r); /* twice is fine */
}

static void no_rows(void **state)
{
	struct sg_db db = { .drv = &stub };
	struct sg_error err = { 0 };
	struct sg_rows r;

	(void)state;
	stub_rows = 0;
	memset(&r, 0xAB, sizeof(r)); /* need not be initialized */
	assert_int_equal(sg_db_query_rows(&db, "SELECT", &r, &err), 0);
	assert_int_equal(r.n, 0);
	assert_null(sg_rows_get(&r, 0, 0));
	sg_rows_release(&r);
}

static void failure_leaves_nothing(void **state)
{
	struct sg_db db = { .drv = &stub };
	struct sg_error err = { 0 };
	struct sg_rows r;

	(void)state;
	stub_rows = -1;
	assert_int_equal(sg_db_query_rows(&db, "SELECT", &r, &err), -1);
	assert_int_equal(err.code, SG_EXIT_DB);
	assert_int_equal(r.n, 0);
	assert_null(r.off);
	assert_null(r.data.data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(keeps_every_row),
		cmocka_unit_test(no_rows),
		cmocka_unit_test(failure_leaves_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
