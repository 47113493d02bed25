/*
 * Engine parts that need no server: the per-parent counter map, removal
 * from the hash set, tuple
 * hashing that keeps value boundaries, and the partition rule that moves
 * a generated key into a partition that exists (integer ranges with an
 * open end, lists, MySQL YEAR() ranges, a DEFAULT partition).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "seedgen/hashset.h"
#include "seedgen/partition.h"

static void countmap_counts(void **state)
{
	struct sg_countmap m = { 0 };

	(void)state;
	for (uint64_t i = 0; i < 5000; i++)
		*sg_countmap_slot(&m, i) += (int64_t)i;
	for (uint64_t i = 0; i < 5000; i++)
		assert_int_equal(*sg_countmap_slot(&m, i), (int64_t)i);
	assert_int_equal(m.n, 5000);
	assert_int_equal(*sg_countmap_slot(&m, 99999), 0);
	sg_countmap_release(&m);
}

/* Removal shifts later members of a probe run back (no tombstones): every
 * key left stays findable, removed ones are gone, and adding again works.
 * 500 keys in 1024 slots make long runs, wrapping at the end. */
static void hashset_remove_keeps_others(void **state)
{
	struct sg_hashset s = { 0 };

	(void)state;
	for (uint64_t i = 0; i < 500; i++)
		assert_true(sg_hashset_add(&s, i));
	for (uint64_t i = 0; i < 500; i += 3)
		assert_true(sg_hashset_remove(&s, i));
	assert_false(sg_hashset_remove(&s, 0));
	assert_false(sg_hashset_remove(&s, 100000));
	for (uint64_t i = 0; i < 500; i++)
		assert_int_equal(sg_hashset_has(&s, i), i % 3 != 0);
	assert_int_equal(s.n, 500 - 167);
	for (uint64_t i = 0; i < 500; i += 3)
		assert_true(sg_hashset_add(&s, i));
	for (uint64_t i = 0; i < 500; i++)
		assert_true(sg_hashset_has(&s, i));
	sg_hashset_release(&s);
}

static void tuple_hash_keeps_boundaries(void **state)
{
	uint64_t a = sg_hash_bytes(sg_hash_bytes(SG_HASH_INIT, "ab", 2), "c", 1);
	uint64_t b = sg_hash_bytes(sg_hash_bytes(SG_HASH_INIT, "a", 1), "bc", 2);

	(void)state;
	assert_true(a != b);
}

/* A one-column table t(k) of class cls with partitioning p. */
static struct sg_table *table_of(struct sg_schema *s, enum sg_type_class cls)
{
	struct sg_table *t = sg_schema_add_table(s, "t");
	struct sg_column *c = sg_table_add_column(t, "k");

	c->cls = cls;
	c->int_bytes = 4;
	return t;
}

static void int_range(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *t = table_of(&s, SG_T_INT);
	struct sg_partitioning *p = sg_partitioning_of(t, "k", SG_PART_RANGE);
	struct sg_partition *low = sg_partitioning_add(p), *high;
	struct sg_row row;
	struct sg_rand r;

	(void)state;
	low->hi = strdup("150");          /* MINVALUE .. 150 */
	high = sg_partitioning_add(p);
	high->lo = strdup("150");
	high->hi = strdup("250");
	sg_row_init(&row, t);
	sg_rand_for_table(&r, 7, "t");
	for (int i = 0; i < 1000; i++) {
		long long v;

		sg_row_reset(&row);
		sg_row_set_int(&row, 0, 1000 + i);
		sg_partition_fit(p, t, &r, &row);
		v = atoll(sg_row_get(&row, 0, NULL));
		assert_true(v < 250);
	}
	sg_row_reset(&row);
	sg_row_set_int(&row, 0, 200);
	sg_partition_fit(p, t, &r, &row);
	assert_string_equal(sg_row_get(&row, 0, NULL), "200");  /* fits: kept */
	sg_row_release(&row);
	sg_schema_release(&s);
}

static void list_and_default(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *t = table_of(&s, SG_T_VARCHAR);
	struct sg_partitioning *p = sg_partitioning_of(t, "k", SG_PART_LIST);
	struct sg_partition *eu = sg_partitioning_add(p);
	struct sg_row row;
	struct sg_rand r;
	const char *v;

	(void)state;
	sg_partition_add_value(eu, "eu");
	sg_partition_add_value(eu, "uk");
	sg_row_init(&row, t);
	sg_rand_for_table(&r, 7, "t");
	sg_row_sets(&row, 0, "mars");
	sg_partition_fit(p, t, &r, &row);
	v = sg_row_get(&row, 0, NULL);
	assert_true(!strcmp(v, "eu") || !strcmp(v, "uk"));
	p->has_default = true;
	sg_row_reset(&row);
	sg_row_sets(&row, 0, "mars");
	sg_partition_fit(p, t, &r, &row);
	assert_string_equal(sg_row_get(&row, 0, NULL), "mars");
	sg_row_release(&row);
	sg_schema_release(&s);
}

static void year_range(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *t = table_of(&s, SG_T_DATE);
	struct sg_partitioning *p = sg_partitioning_of(t, "k", SG_PART_RANGE);
	struct sg_partition *y2020 = sg_partitioning_add(p);
	struct sg_row row;
	struct sg_rand r;

	(void)state;
	p->by_year = true;
	y2020->lo = strdup("2020");
	y2020->hi = strdup("2021");
	sg_row_init(&row, t);
	sg_rand_for_table(&r, 7, "t");
	for (int i = 0; i < 200; i++) {
		sg_row_reset(&row);
		sg_row_sets(&row, 0, "2026-03-01");
		sg_partition_fit(p, t, &r, &row);
		assert_memory_equal(sg_row_get(&row, 0, NULL), "2020-", 5);
	}
	sg_row_release(&row);
	sg_schema_release(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(countmap_counts),
		cmocka_unit_test(hashset_remove_keeps_others),
		cmocka_unit_test(tuple_hash_keeps_boundaries),
		cmocka_unit_test(int_range),
		cmocka_unit_test(list_and_default),
		cmocka_unit_test(year_range),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
