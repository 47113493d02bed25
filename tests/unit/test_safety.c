/* Issue 11 without a server: passwords with raw '@', '?' and '/' parse and
 * redact as one, malformed schemes still redact, libpq gets a URL it
 * splits the same way, and every error message is scrubbed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "seedgen/error.h"
#include "seedgen/url.h"

static void raw_specials_in_password(void **state)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	(void)state;
	assert_int_equal(sg_url_parse("postgresql://app:p@ss?w/rd@db.example:5433/erp?sslmode=disable",
				      &u, &err), 0);
	assert_string_equal(u.password, "p@ss?w/rd");
	assert_string_equal(u.host, "db.example");
	assert_int_equal(u.port, 5433);
	assert_string_equal(u.database, "erp");
	assert_string_equal(sg_url_param(&u, "sslmode"), "disable");
	assert_string_equal(u.redacted, "postgresql://app:***@db.example:5433/erp?sslmode=disable");
	assert_string_equal(u.canonical,
			    "postgresql://app:p%40ss%3Fw%2Frd@db.example:5433/erp?sslmode=disable");
	sg_url_release(&u);
}

static void malformed_scheme_redacts(void **state)
{
	char *r;

	(void)state;
	r = sg_url_redact("mysql:/user:Xy7secretQ@h/db");
	assert_null(strstr(r, "Xy7secretQ"));
	free(r);
	r = sg_url_redact("mysql:user:Xy7secretQ@h/db");
	assert_null(strstr(r, "Xy7secretQ"));
	free(r);
	/* an '@' in a query value after host:port is not a password */
	r = sg_url_redact("postgresql://h:5432/db?application_name=a@b");
	assert_string_equal(r, "postgresql://h:5432/db?application_name=a@b");
	free(r);
}

static void messages_are_scrubbed(void **state)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	(void)state;
	assert_int_equal(sg_url_parse("postgresql://app:Wr0ng@pa?ss/w0rd@db/erp", &u, &err), 0);
	/* libpq, splitting at the first '@', would quote pieces of it */
	sg_error_set(&err, SG_EXIT_DB, "could not translate host name \"pa?ss/w0rd@db\"; user Wr0ng");
	assert_null(strstr(err.msg, "pa?ss"));
	assert_null(strstr(err.msg, "Wr0ng"));
	sg_error_detail(&err, "password Wr0ng%%40pa%%3Fss%%2Fw0rd");
	assert_null(strstr(err.detail, "Wr0ng"));
	sg_url_release(&u);
}

static void visible_names_are_not_secrets(void **state)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	(void)state;
	/* the password is also the user name: masking it hides nothing */
	assert_int_equal(sg_url_parse("mysql://seedgen:seedgen@h/seedgen_db", &u, &err), 0);
	sg_error_set(&err, SG_EXIT_DB, "unknown database 'seedgen_db'");
	assert_string_equal(err.msg, "unknown database 'seedgen_db'");
	sg_url_release(&u);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(raw_specials_in_password),
		cmocka_unit_test(malformed_scheme_redacts),
		cmocka_unit_test(messages_are_scrubbed),
		cmocka_unit_test(visible_names_are_not_secrets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
