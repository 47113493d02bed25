/* Database URL parsing, percent-decoding and password redaction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "seedgen/url.h"

static void mysql_full(void **state)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	(void)state;
	assert_int_equal(sg_url_parse("mysql://app:s3cr%40t@db.example:3307/erp?ssl-mode=REQUIRED&ssl-ca=%2Fca.pem",
				      &u, &err), 0);
	assert_int_equal(u.dialect, SG_DIALECT_MYSQL);
	assert_string_equal(u.user, "app");
	assert_string_equal(u.password, "s3cr@t");
	assert_string_equal(u.host, "db.example");
	assert_int_equal(u.port, 3307);
	assert_string_equal(u.database, "erp");
	assert_string_equal(sg_url_param(&u, "ssl-mode"), "REQUIRED");
	assert_string_equal(sg_url_param(&u, "ssl-ca"), "/ca.pem");
	assert_null(strstr(u.redacted, "s3cr"));
	assert_string_equal(u.redacted,
			    "mysql://app:***@db.example:3307/erp?ssl-mode=REQUIRED&ssl-ca=%2Fca.pem");
	sg_url_release(&u);
}

static void mariadb_socket_no_password(void **state)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	(void)state;
	assert_int_equal(sg_url_parse("mariadb://root@localhost/test?socket=%2Frun%2Fm.sock", &u, &err), 0);
	assert_int_equal(u.dialect, SG_DIALECT_MYSQL);
	assert_string_equal(u.user, "root");
	assert_null(u.password);
	assert_int_equal(u.port, 0);
	assert_string_equal(sg_url_param(&u, "socket"), "/run/m.sock");
	assert_string_equal(u.redacted, "mariadb://root@localhost/test?socket=%2Frun%2Fm.sock");
	sg_url_release(&u);
}

static void postgres_forms(void **state)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	(void)state;
	assert_int_equal(sg_url_parse("postgres://u%20x:p%3Aw@[::1]:5433/my%20db?sslmode=disable", &u, &err), 0);
	assert_int_equal(u.dialect, SG_DIALECT_PGSQL);
	assert_string_equal(u.user, "u x");
	assert_string_equal(u.password, "p:w");
	assert_string_equal(u.host, "::1");
	assert_int_equal(u.port, 5433);
	assert_string_equal(u.database, "my db");
	sg_url_release(&u);
	assert_int_equal(sg_url_parse("postgresql://h1:5432,h2:5433/db", &u, &err), 0);
	assert_string_equal(u.host, "h1:5432,h2:5433");
	sg_url_release(&u);
}

static void expect_error(const char *url, int code, const char *needle)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	assert_int_equal(sg_url_parse(url, &u, &err), -1);
	assert_int_equal(err.code, code);
	if (!strstr(err.msg, needle))
		fail_msg("message '%s' does not name '%s'", err.msg, needle);
	assert_null(strstr(err.msg, "hunter2"));
}

static void errors_name_the_bad_part(void **state)
{
	(void)state;
	expect_error("", SG_EXIT_USAGE, "empty");
	expect_error("localhost:3306/db", SG_EXIT_USAGE, "no scheme");
	expect_error("oracle://u:hunter2@h/db", SG_EXIT_USAGE, "unknown database URL scheme 'oracle'");
	expect_error("mysql://u:hunter2@h:99999/db", SG_EXIT_USAGE, "bad port '99999'");
	expect_error("mysql://u:hunter2@h:abc/db", SG_EXIT_USAGE, "bad port 'abc'");
	expect_error("mysql://u:hunter2@h:/db", SG_EXIT_USAGE, "empty port");
	expect_error("mysql://u:hunter2@h/d%zz", SG_EXIT_USAGE, "percent-escape");
	expect_error("mysql://u:hunter2@[::1/db", SG_EXIT_USAGE, "'['");
	expect_error("mysql://u:hunter2@h/db?novalue", SG_EXIT_USAGE, "key=value");
}

static void redaction_everywhere(void **state)
{
	char *r;

	(void)state;
	r = sg_url_redact("postgresql://u:pa@ss@h/db?password=x&sslmode=require");
	assert_string_equal(r, "postgresql://u:***@h/db?password=***&sslmode=require");
	free(r);
	r = sg_url_redact("not a url at all");
	assert_string_equal(r, "not a url at all");
	free(r);
	r = sg_url_redact("mysql://onlyuser@h/db");
	assert_string_equal(r, "mysql://onlyuser@h/db");
	free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mysql_full),
		cmocka_unit_test(mariadb_socket_no_password),
		cmocka_unit_test(postgres_forms),
		cmocka_unit_test(errors_name_the_bad_part),
		cmocka_unit_test(redaction_everywhere),
	};
	return cmocka_run_group_tests_name("url", tests, NULL, NULL);
}
