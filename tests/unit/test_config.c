/* Config files: shape checks with FILE:LINE:COL, scenarios, and checks
 * against a schema model. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "seedgen/config.h"
#include "seedgen/json.h"

static char path[64];

static const char *write_tmp(const char *text)
{
	FILE *f;

	snprintf(path, sizeof(path), "/tmp/sg_test_config_%d.json", (int)getpid());
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static void expect_load_error(const char *text, const char *needle)
{
	struct sg_config cfg;
	struct sg_error err = { 0 };

	assert_int_equal(sg_config_load(&cfg, write_tmp(text), NULL, &err), -1);
	assert_int_equal(err.code, SG_EXIT_USAGE);
	if (!strstr(err.msg, needle))
		fail_msg("message '%s' lacks '%s'", err.msg, needle);
}

static void malformed_json_has_line_and_column(void **state)
{
	(void)state;
	expect_load_error("{\n  \"tables\": {\n    \"users\": { \"count\": 5, }\n  }\n}\n", ":3:");
	expect_load_error("{\n  \"tables\": {\n    \"users\": { \"count\": 5, }\n  }\n}\n", "malformed JSON");
	expect_load_error("{ \"tables\": ", "unexpected end of file");
}

static void shape_errors_name_path_and_position(void **state)
{
	(void)state;
	expect_load_error("{\n  \"tables\": {\n    \"users\": {\n      \"cout\": 5\n    }\n  }\n}\n",
			  ":4:7: tables.users: unknown key 'cout'");
	expect_load_error("{ \"tables\": { \"users\": { \"count\": \"ten\" } } }", "expected a whole number");
	expect_load_error("{ \"tables\": { \"users\": { \"count\": -1 } } }", "out of range");
	expect_load_error("{ \"defaults\": { \"null_rate\": 1.5 } }", "not a rate from 0 to 1");
	expect_load_error("{ \"tables\": { \"c\": { \"relations\": { \"u\": { \"skew\": \"lots\" } } } } }",
			  "tables.c.relations.u");
	expect_load_error("{ \"tables\": { \"c\": { \"columns\": { \"x\": { \"min\": 5 } } } } }",
			  "\"min\" and \"max\" go together");
	expect_load_error("{ \"tables\": { \"c\": { \"columns\": { \"x\": { \"min\": 5, \"max\": 1 } } } } }",
			  "greater than");
	expect_load_error("{ \"tables\": { \"c\": { \"polymorphic\": { \"x\": { \"map\": {} } } } } }",
			  "\"map\" must be a non-empty object");
	expect_load_error("[1, 2]", "expected an object");
}

static void scenarios_overlay(void **state)
{
	struct sg_config cfg;
	struct sg_error err = { 0 };
	const char *text = "{ \"defaults\": { \"count\": 30 },\n"
			   "  \"tables\": { \"users\": { \"count\": 100, \"null_rate\": 0.2 } },\n"
			   "  \"scenarios\": { \"tiny\": { \"defaults\": { \"count\": 2 },\n"
			   "                   \"tables\": { \"users\": { \"count\": 3 } } } } }";

	(void)state;
	assert_int_equal(sg_config_load(&cfg, write_tmp(text), "tiny", &err), 0);
	assert_int_equal(cfg.default_count, 2);
	assert_int_equal(sg_config_table(&cfg, "users")->count, 3);
	assert_true(sg_config_table(&cfg, "users")->null_rate == 0.2);
	sg_config_release(&cfg);

	assert_int_equal(sg_config_load(&cfg, write_tmp(text), "light", &err), 0);
	assert_int_equal(cfg.default_count, 5);
	assert_int_equal(sg_config_table(&cfg, "users")->count, 5);
	sg_config_release(&cfg);

	assert_int_equal(sg_config_load(&cfg, write_tmp(text), "edge", &err), 0);
	assert_true(cfg.edge);
	sg_config_release(&cfg);

	assert_int_equal(sg_config_load(&cfg, write_tmp(text), "huge", &err), -1);
	assert_non_null(strstr(err.msg, "unknown scenario 'huge'"));
	assert_int_equal(sg_config_load(&cfg, NULL, "edge", &err), 0);
	assert_true(cfg.edge);
	assert_int_equal(cfg.default_count, 10);
	sg_config_release(&cfg);
}

static void checks_against_the_schema(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *t = sg_schema_add_table(&s, "todo_tasks");
	struct sg_column *c;
	struct sg_config cfg;
	struct sg_error err = { 0 };

	(void)state;
	c = sg_table_add_column(t, "status");
	c->cls = SG_T_ENUM;
	sg_column_add_enum(c, "todo");
	sg_column_add_enum(c, "done");
	c = sg_table_add_column(t, "title");
	c->cls = SG_T_VARCHAR;
	c->length = 5;
	sg_schema_finish(&s);

	assert_int_equal(sg_config_load(&cfg, write_tmp(
		"{ \"tables\": { \"todo_tasks\": { \"columns\": {\n"
		"    \"status\": { \"values\": [\"todo\", \"blocked\"] } } } } }"), NULL, &err), 0);
	assert_int_equal(sg_config_check(&cfg, &s, &err), -1);
	assert_non_null(strstr(err.msg, ":2:5: tables.todo_tasks.columns: value 'blocked' is not in the enum"));
	assert_non_null(strstr(err.hint, "'todo', 'done'"));
	sg_config_release(&cfg);

	assert_int_equal(sg_config_load(&cfg, write_tmp(
		"{ \"tables\": { \"todo_task\": { \"count\": 1 } } }"), NULL, &err), 0);
	assert_int_equal(sg_config_check(&cfg, &s, &err), -1);
	assert_non_null(strstr(err.msg, "unknown table 'todo_task'"));
	assert_non_null(strstr(err.hint, "did you mean 'todo_tasks'"));
	sg_config_release(&cfg);

	assert_int_equal(sg_config_load(&cfg, write_tmp(
		"{ \"tables\": { \"todo_tasks\": { \"columns\": { \"titel\": { \"null_rate\": 0 } } } } }"),
		NULL, &err), 0);
	assert_int_equal(sg_config_check(&cfg, &s, &err), -1);
	assert_non_null(strstr(err.msg, "unknown column 'titel'"));
	sg_config_release(&cfg);

	assert_int_equal(sg_config_load(&cfg, write_tmp(
		"{ \"tables\": { \"todo_tasks\": { \"columns\": { \"title\": { \"values\": [\"too long\"] } } } } }"),
		NULL, &err), 0);
	assert_int_equal(sg_config_check(&cfg, &s, &err), -1);
	assert_non_null(strstr(err.msg, "holds at most 5"));
	sg_config_release(&cfg);
	sg_schema_release(&s);
}

static void missing_file(void **state)
{
	struct sg_config cfg;
	struct sg_error err = { 0 };

	(void)state;
	assert_int_equal(sg_config_load(&cfg, "/nonexistent/seedgen.json", NULL, &err), -1);
	assert_non_null(strstr(err.msg, "cannot read config file '/nonexistent/seedgen.json'"));
}

static int cleanup(void **state)
{
	(void)state;
	unlink(path);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(malformed_json_has_line_and_column),
		cmocka_unit_test(shape_errors_name_path_and_position),
		cmocka_unit_test(scenarios_overlay),
		cmocka_unit_test(checks_against_the_schema),
		cmocka_unit_test(missing_file),
	};
	return cmocka_run_group_tests_name("config", tests, NULL, cleanup);
}
