/*
 * The keys a run report lists for undo, without a server: the row that
 * bootstrapped a NOT NULL cycle stays listed when the table's own load is
 * forgotten (rolled back), is not counted as a key of that load, and
 * survives the report's JSON round trip with its cycle.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "seedgen/engine_int.h"
#include "seedgen/runlog.h"

static void key_columns(struct sg_table_result *res, size_t n, const char *a, const char *b)
{
	res->key_columns = sg_calloc(2, sizeof(char *));
	res->key_columns[0] = a;
	res->key_columns[1] = b;
	res->nkey = n;
}

static void boot_range_outlives_forget(void **state)
{
	struct sg_run run = { 0 };
	struct sg_table_result *res;
	const char *k[] = { "7" };

	(void)state;
	run.tables = sg_calloc(1, sizeof(*run.tables));
	run.ntables = 1;
	res = &run.tables[0];
	key_columns(res, 1, "id", NULL);
	sg_runkeys_boot(res, true, k, "staff");
	assert_int_equal(res->nranges, 1);
	assert_int_equal(res->ranges[0].lo, 7);
	assert_int_equal(sg_runkeys_loaded(res), 0);
	/* as a read-back of the load adds them: 8..10 stays apart from 7 */
	SG_GROW(res->ranges, 2, res->cap_ranges);
	res->ranges[1].lo = 8;
	res->ranges[1].hi = 10;
	res->nranges = 2;
	assert_int_equal(sg_runkeys_loaded(res), 3);
	sg_runkeys_forget(res);
	assert_int_equal(res->nranges, 1);
	assert_int_equal(res->ranges[0].hi, 7);
	assert_string_equal(res->boot_cycle, "staff");
	sg_run_release(&run);
}

static void boot_values_outlive_forget(void **state)
{
	struct sg_run run = { 0 };
	struct sg_table_result *res;
	const char *k[] = { "ab", NULL };

	(void)state;
	run.tables = sg_calloc(1, sizeof(*run.tables));
	run.ntables = 1;
	res = &run.tables[0];
	key_columns(res, 2, "code", "part");
	sg_runkeys_boot(res, false, k, "dept");
	SG_GROW(res->values, 4, res->cap_values);
	res->values[2] = sg_strdup("cd");
	res->values[3] = sg_strdup("1");
	res->nvalues = 2;
	assert_int_equal(sg_runkeys_loaded(res), 1);
	sg_runkeys_forget(res);
	assert_int_equal(res->nvalues, 1);
	assert_string_equal(res->values[0], "ab");
	assert_null(res->values[1]);
	sg_run_release(&run);
}

/* What sg_runlog_json writes, sg_report_load reads: the bootstrap keys
 * with their cycle, and a table committed by the bootstrap alone. */
static void report_round_trip(void **state)
{
	struct sg_db db = { .drv = &sg_drv_mysql };
	struct sg_runlog log = { .command = "seed", .db = &db };
	struct sg_run run = { 0 };
	struct sg_report rep;
	struct sg_error err = { 0 };
	const char *k1[] = { "3" }, *k2[] = { "x-1" };
	char path[] = "/tmp/seedgen-test-runkeys-XXXXXX";
	char *text;
	FILE *f;
	int fd;

	(void)state;
	db.url.redacted = "mysql://u:***@h/d";
	run.tables = sg_calloc(2, sizeof(*run.tables));
	run.ntables = 2;
	run.done = 1;
	run.tables[0].name = "staff";
	key_columns(&run.tables[0], 1, "staff_id", NULL);
	sg_runkeys_boot(&run.tables[0], true, k1, "staff");
	run.tables[0].committed = true;
	run.tables[0].inserted = 1;
	run.tables[1].name = "store";   /* not reached: its load never ran */
	key_columns(&run.tables[1], 1, "code", NULL);
	sg_runkeys_boot(&run.tables[1], false, k2, "staff");
	run.tables[1].committed = true;
	run.tables[1].inserted = 1;
	text = sg_runlog_json(&log, &run, "failed", NULL);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	fputs(text, f);
	fclose(f);
	free(text);
	assert_int_equal(sg_report_load(path, &rep, &err), 0);
	unlink(path);
	assert_int_equal(rep.ntables, 2);
	assert_true(rep.tables[0].committed);
	assert_int_equal(rep.tables[0].nranges, 1);
	assert_int_equal(rep.tables[0].nboot, 1);
	assert_string_equal(rep.tables[0].boot_values[0], "3");
	assert_string_equal(rep.tables[0].boot_cycle, "staff");
	assert_true(rep.tables[1].committed);
	assert_int_equal(rep.tables[1].nvalues, 1);
	assert_string_equal(rep.tables[1].boot_values[0], "x-1");
	assert_string_equal(rep.tables[1].boot_cycle, "staff");
	sg_report_release(&rep);
	sg_run_release(&run);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(boot_range_outlives_forget),
		cmocka_unit_test(boot_values_outlive_forget),
		cmocka_unit_test(report_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
