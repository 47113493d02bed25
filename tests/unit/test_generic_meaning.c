/*
 * The generic generator follows what columns mean (meaning.c): ranges of
 * zooms, latitudes and ratios, ordered pairs put in order, gender and
 * courtesy titles that match the first name, email years that match the
 * birth date, state names that match their codes, D001-like codes and
 * neutral vocabularies -- the rules `seedgen realism` scores.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "generic_fixture.h"
#include "seedgen/meaning.h"
#include "seedgen/refdata.h"
#include "seedgen/vocab.h"

static double num(const struct fx *f, const char *col)
{
	const char *v = val(f, col, NULL);

	assert_non_null(v);
	return strtod(v, NULL);
}

static int64_t when(const struct fx *f, const char *col)
{
	size_t len;
	const char *v = val(f, col, &len);
	int64_t t = 0;

	assert_non_null(v);
	assert_true(sg_parse_time(v, len, &t));
	return t;
}

static void map_ranges_and_pairs(void **state)
{
	struct fx f;

	(void)state;
	fx_init(&f, SG_DIALECT_PGSQL, "regions");
	add_int(f.t, "zoom", 4, false, false);
	add_col(f.t, "min_lat", SG_T_DOUBLE, 0, false);
	add_col(f.t, "max_lat", SG_T_DOUBLE, 0, false);
	add_col(f.t, "lon", SG_T_DOUBLE, 0, false);
	add_col(f.t, "discount", SG_T_FLOAT, 0, false);
	add_col(f.t, "from_date", SG_T_DATE, 0, false);
	add_col(f.t, "to_date", SG_T_DATE, 0, false);
	fx_plan(&f, NULL);
	for (long long i = 0; i < ROWS; i++) {
		fx_row(&f, i);
		assert_true(num(&f, "zoom") >= 0 && num(&f, "zoom") <= 22);
		assert_true(num(&f, "min_lat") >= -90 && num(&f, "max_lat") <= 90);
		assert_true(num(&f, "min_lat") <= num(&f, "max_lat"));
		assert_true(num(&f, "lon") >= -180 && num(&f, "lon") <= 180);
		assert_true(num(&f, "discount") >= 0 && num(&f, "discount") <= 1);
		assert_true(when(&f, "from_date") <= when(&f, "to_date"));
		assert_true(when(&f, "from_date") <= NOW + 86400);
	}
	fx_release(&f);
}

static void people_agree(void **state)
{
	struct fx f;
	struct sg_column *g;
	int with_year = 0;

	(void)state;
	fx_init(&f, SG_DIALECT_MYSQL, "employees");
	add_col(f.t, "first_name", SG_T_VARCHAR, 14, false);
	g = add_col(f.t, "gender", SG_T_ENUM, 0, false);
	sg_column_add_enum(g, "M");
	sg_column_add_enum(g, "F");
	add_col(f.t, "title_of_courtesy", SG_T_VARCHAR, 25, false);
	add_col(f.t, "email", SG_T_VARCHAR, 100, false);
	add_col(f.t, "birth_date", SG_T_DATE, 0, false);
	add_col(f.t, "hire_date", SG_T_DATE, 0, false);
	add_int(f.t, "salary", 4, false, false);
	fx_plan(&f, NULL);
	for (long long i = 0; i < ROWS; i++) {
		const char *first, *email, *p;
		char born[8];
		char fg;

		fx_row(&f, i);
		first = val(&f, "first_name", NULL);
		fg = sg_ref_first_name_gender(first);
		assert_true(fg);
		assert_int_equal(sg_ref_gender_value(val(&f, "gender", NULL)), fg);
		assert_int_equal(sg_ref_title_gender(val(&f, "title_of_courtesy", NULL)), fg);
		assert_true(when(&f, "birth_date") + 14LL * 365 * 86400 <= when(&f, "hire_date"));
		assert_true(num(&f, "salary") >= 10000 && num(&f, "salary") <= 1000000);
		email = val(&f, "email", NULL);
		memcpy(born, val(&f, "birth_date", NULL), 4);
		born[4] = 0;
		for (p = email; *p && *p != '@'; p++)
			if ((p[0] == '1' || p[0] == '2') && (p[1] == '9' || p[1] == '0') &&
			    p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' &&
			    (p[4] < '0' || p[4] > '9')) {
				assert_memory_equal(p, born, 4);
				with_year++;
				break;
			}
	}
	assert_true(with_year > 0); /* some emails carry the birth year */
	fx_release(&f);
}

static void neutral_states_codes_vocab(void **state)
{
	struct fx f;
	struct sg_buf seen = SG_BUF_INIT;

	(void)state;
	sg_vocab_use(SG_PACK_NEUTRAL);
	fx_init(&f, SG_DIALECT_PGSQL, "us_states");
	add_col(f.t, "state_name", SG_T_VARCHAR, 100, false);
	add_col(f.t, "state_abbr", SG_T_VARCHAR, 2, false);
	add_col(f.t, "genre", SG_T_VARCHAR, 40, false);
	add_col(f.t, "protocol", SG_T_VARCHAR, 32, false);
	fx_plan(&f, NULL);
	for (long long i = 0; i < ROWS; i++) {
		const struct sg_ref_state *st;

		fx_row(&f, i);
		st = sg_ref_state_by_abbr(val(&f, "state_abbr", NULL));
		assert_non_null(st);
		assert_string_equal(st->name, val(&f, "state_name", NULL));
		assert_true(sg_vocab_has(SG_VL_GENRE, val(&f, "genre", NULL)));
		assert_true(sg_vocab_has(SG_VL_PROTOCOL, val(&f, "protocol", NULL)));
		if (i < 50)
			sg_buf_adds(&seen, st->abbr);
	}
	assert_null(strstr(seen.data, "CACACACACA")); /* any state, not only California */
	sg_buf_release(&seen);
	fx_release(&f);

	fx_init(&f, SG_DIALECT_MYSQL, "departments");
	add_col(f.t, "dept_no", SG_T_CHAR, 4, false);
	sg_key_add_column(&f.t->pk, "dept_no");
	add_col(f.t, "dept_name", SG_T_VARCHAR, 40, false);
	fx_plan(&f, NULL);
	fx_row(&f, 0);
	assert_string_equal(val(&f, "dept_no", NULL), "D001");
	assert_true(sg_vocab_has(SG_VL_DEPARTMENT, val(&f, "dept_name", NULL)));
	fx_row(&f, 41);
	assert_string_equal(val(&f, "dept_no", NULL), "D042");
	fx_release(&f);
	sg_vocab_use(SG_PACK_CANNABIS);
}

static void parameters_fit_keys(void **state)
{
	struct fx f;

	(void)state;
	sg_vocab_use(SG_PACK_NEUTRAL);
	fx_init(&f, SG_DIALECT_MYSQL, "guacamole_connection_parameter");
	add_col(f.t, "parameter_name", SG_T_VARCHAR, 128, false);
	add_col(f.t, "parameter_value", SG_T_VARCHAR, 4096, false);
	fx_plan(&f, NULL);
	for (long long i = 0; i < ROWS; i++) {
		const char *k;

		fx_row(&f, i);
		k = val(&f, "parameter_name", NULL);
		assert_true(sg_vocab_has(SG_VL_PARAM_KEY, k));
		assert_true(sg_vocab_param_fits(k, val(&f, "parameter_value", NULL)));
	}
	fx_release(&f);
	sg_vocab_use(SG_PACK_CANNABIS);
}

/* Times kept in integers (unix seconds in an INT, milliseconds in a
 * BIGINT, created before updated) and Rails' STI `type` column (a class
 * named after the table). */
static void unix_times_and_classes(void **state)
{
	struct fx f;
	double year_start = sg_meaning_year_start(2020);

	(void)state;
	assert_true(year_start == 1577836800.0);
	fx_init(&f, SG_DIALECT_PGSQL, "admin_users");
	add_int(f.t, "created_at", 4, false, false);
	add_int(f.t, "updated_at", 4, false, false);
	add_int(f.t, "CreateAt", 8, false, false);
	add_int(f.t, "lastviewedat", 8, false, false);
	add_int(f.t, "mtime", 8, false, false);
	add_int(f.t, "repeat", 4, false, false);
	add_col(f.t, "type", SG_T_VARCHAR, 255, true);
	fx_plan(&f, NULL);
	for (long long i = 0; i < ROWS; i++) {
		const char *type;

		fx_row(&f, i);
		assert_true(num(&f, "created_at") > 1.5e9 && num(&f, "created_at") <= NOW);
		assert_true(num(&f, "created_at") <= num(&f, "updated_at"));
		assert_true(num(&f, "CreateAt") > 1.5e12 && num(&f, "CreateAt") <= NOW * 1000.0);
		assert_true(num(&f, "lastviewedat") > 1.5e12);
		assert_true(num(&f, "mtime") > 1.5e9 && num(&f, "mtime") <= NOW);
		assert_true(num(&f, "repeat") < 1e6); /* a count, not a time */
		type = val(&f, "type", NULL);
		if (type)
			assert_non_null(strstr(type, "AdminUser"));
	}
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(map_ranges_and_pairs),
		cmocka_unit_test(people_agree),
		cmocka_unit_test(neutral_states_codes_vocab),
		cmocka_unit_test(parameters_fit_keys),
		cmocka_unit_test(unix_times_and_classes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
