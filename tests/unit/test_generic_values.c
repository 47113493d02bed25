/*
 * The generic generator's numbers and times, and the row model: decimal
 * digits and integer widths fit their columns, dates stay in their
 * windows, the edge scenario reaches the time limits, time formatting
 * matches gmtime, and the row buffer keeps values, NULLs and times.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "generic_fixture.h"

static void decimals_fit(void **state)
{
	(void)state;
	for (int edge = 0; edge < 2; edge++) {
		struct fx f;
		bool max_hit = false, min_hit = false;
		double sum = 0;
		int n = 0;

		fx_init(&f, SG_DIALECT_MYSQL, "prices");
		f.env.edge = edge;
		add_dec(f.t, "taxRate", 5, 4, false);
		add_dec(f.t, "unit_price", 10, 2, true);
		set_check(add_dec(f.t, "balance", 12, 2, false), "`balance` >= 0");
		add_dec(f.t, "percentage", 5, 2, false);
		add_dec(f.t, "weight", 8, 3, false);
		fx_plan(&f, NULL);
		for (long long i = 0; i < ROWS; i++) {
			static const int prec[] = { 5, 10, 12, 5, 8 }, scl[] = { 4, 2, 2, 2, 3 };

			fx_row(&f, i);
			for (size_t k = 0; k < 5; k++) {
				const char *v = sg_row_get(&f.row, k, NULL);
				int ip, fp;
				double x;

				assert_non_null(v);
				if (!decimal_digits(v, &ip, &fp) || ip > prec[k] - scl[k] || fp > scl[k])
					fail_msg("%s: '%s' does not fit decimal(%d,%d)",
						 f.t->columns[k]->name, v, prec[k], scl[k]);
				x = strtod(v, NULL);
				if ((k == 1 || k == 2) && x < 0)
					fail_msg("%s: negative '%s'", f.t->columns[k]->name, v);
				if (!edge && k == 3 && (x < 0 || x > 100))
					fail_msg("percentage '%s'", v);
				if (k == 0) {
					max_hit |= !strcmp(v, "9.9999");
					min_hit |= !strcmp(v, "-9.9999");
				}
				if (k == 1 && !edge) {
					sum += x;
					n++;
				}
			}
		}
		if (edge) {
			assert_true(max_hit);
			assert_true(min_hit);
		} else {
			/* Pareto-skewed prices: positive, mean well above the mode */
			assert_true(sum / n > 5.0);
		}
		fx_release(&f);
	}
}

static void integers_fit(void **state)
{
	static const struct {
		const char *name;
		int bytes;
		bool uns;
		const char *check;
		long long lo, hi; /* expected bounds outside the edge scenario */
	} cols[] = {
		{ "tiny", 1, false, NULL, 0, 127 },
		{ "utiny", 1, true, NULL, 0, 255 },
		{ "small", 2, false, NULL, 0, 32767 },
		{ "quantity", 4, false, NULL, 1, 500 },
		{ "rating", 1, false, NULL, 1, 5 },
		{ "stars", 4, false, "CHECK ((stars >= 1) AND (stars <= 3))", 1, 3 },
		{ "percentage", 2, false, NULL, 0, 100 },
		{ "age", 1, true, NULL, 18, 90 },
		{ "view_count", 4, true, NULL, 0, 1000 },
		{ "priority", 4, false, NULL, 0, 10 },
		{ "level", 4, false, "`level` between 2 and 4", 2, 4 },
		{ "delta", 4, false, "CHECK (delta >= '-5'::integer AND delta <= 5)", -5, 5 },
		{ "big", 8, true, NULL, 0, 1000 },
		{ "year", 2, false, NULL, 2000, 2026 },
	};
	const size_t ncols = sizeof(cols) / sizeof(cols[0]);

	(void)state;
	for (int edge = 0; edge < 2; edge++) {
		struct fx f;
		bool hit_lo[16] = { false }, hit_hi[16] = { false };

		fx_init(&f, SG_DIALECT_MYSQL, "numbers");
		f.env.edge = edge;
		for (size_t i = 0; i < ncols; i++) {
			struct sg_column *c = add_int(f.t, cols[i].name, cols[i].bytes, cols[i].uns,
						      false);

			if (cols[i].check)
				set_check(c, cols[i].check);
		}
		add_int(f.t, "sort_order", 2, false, false);
		fx_plan(&f, NULL);
		for (long long i = 0; i < ROWS; i++) {
			fx_row(&f, i);
			for (size_t k = 0; k < ncols; k++) {
				const char *v = sg_row_get(&f.row, k, NULL);
				long long x, tlo, thi;

				assert_non_null(v);
				if (edge && !strcmp(v, "18446744073709551615") && cols[k].uns &&
				    cols[k].bytes == 8) {
					hit_hi[k] = true;
					continue;
				}
				if (!is_int(v, &x))
					fail_msg("%s: not an integer '%s'", cols[k].name, v);
				thi = cols[k].uns ? (cols[k].bytes == 8 ? INT64_MAX
						    : (long long)((1ULL << (8 * cols[k].bytes)) - 1))
						  : (long long)((1ULL << (8 * cols[k].bytes - 1)) - 1);
				tlo = cols[k].uns ? 0 : -thi - 1;
				if (edge) {
					/* type or CHECK limits */
					long long lo = cols[k].check ? cols[k].lo : tlo;
					long long hi = cols[k].check ? cols[k].hi : thi;

					if (x < lo || x > hi)
						fail_msg("%s: %lld outside [%lld, %lld]", cols[k].name, x,
							 lo, hi);
					hit_lo[k] |= x == lo;
					hit_hi[k] |= x == hi;
				} else if (x < cols[k].lo || x > cols[k].hi) {
					fail_msg("%s: %lld outside [%lld, %lld]", cols[k].name, x,
						 cols[k].lo, cols[k].hi);
				}
			}
			if (!edge) {
				long long x;

				assert_true(is_int(val(&f, "sort_order", NULL), &x));
				assert_int_equal(x, i);
			}
		}
		if (edge)
			for (size_t k = 0; k < ncols; k++)
				if (!hit_lo[k] || !hit_hi[k])
					fail_msg("%s: edge did not reach both limits", cols[k].name);
		fx_release(&f);
	}
}

static void dates_in_window(void **state)
{
	struct fx f;
	int future_due = 0, updated_later = 0;

	(void)state;
	for (int d = 0; d < 2; d++) {
		fx_init(&f, d ? SG_DIALECT_MYSQL : SG_DIALECT_PGSQL, "tasks");
		add_col(f.t, "created_at", SG_T_TIMESTAMP, 0, false)->with_tz = !d;
		add_col(f.t, "updated_at", SG_T_DATETIME, 0, false);
		add_col(f.t, "completed_at", SG_T_DATETIME, 0, true);
		add_col(f.t, "due_date", SG_T_DATE, 0, true);
		add_col(f.t, "expiresAt", SG_T_DATETIME, 0, false);
		add_col(f.t, "birth_date", SG_T_DATE, 0, true);
		add_col(f.t, "opens_at", SG_T_TIME, 0, false);
		add_col(f.t, "happened_on", SG_T_DATE, 0, false);
		add_col(f.t, "model_year", SG_T_YEAR, 0, false);
		fx_plan(&f, NULL);
		for (long long i = 0; i < ROWS; i++) {
			int64_t created, updated, completed, due, exp, birth, on, e2;
			const char *v;
			int h, m, s, n = 0;
			long long y;

			fx_row(&f, i);
			v = val(&f, "created_at", NULL);
			if (!parse_time(v, &created) || (!d) != (strlen(v) == 22))
				fail_msg("created_at '%s'", v);
			assert_true(sg_row_get_time(&f.row, 0, &e2));
			assert_true(e2 == created);
			assert_true(created <= NOW && created >= NOW - TWO_YEARS - 86400);
			assert_true(parse_time(val(&f, "updated_at", NULL), &updated));
			assert_true(updated >= created && updated <= NOW);
			updated_later += updated > created;
			v = val(&f, "completed_at", NULL);
			if (v) {
				assert_true(parse_time(v, &completed));
				assert_true(completed >= created && completed <= NOW);
			}
			v = val(&f, "due_date", NULL);
			if (v) {
				if (!parse_time(v, &due) || strlen(v) != 10)
					fail_msg("due_date '%s'", v);
				assert_true(due > created);
				assert_true(due <= NOW + 366 * 86400);
				future_due += due > NOW;
			}
			assert_true(parse_time(val(&f, "expiresAt", NULL), &exp));
			assert_true(exp > created && exp <= NOW + 366 * 86400);
			v = val(&f, "birth_date", NULL);
			if (v) {
				assert_true(parse_time(v, &birth));
				assert_true(birth <= NOW - 18 * 365LL * 86400);
			}
			assert_true(parse_time(val(&f, "happened_on", NULL), &on));
			assert_true(on <= NOW && on >= NOW - TWO_YEARS - 86400);
			v = val(&f, "opens_at", NULL);
			if (sscanf(v, "%2d:%2d:%2d%n", &h, &m, &s, &n) != 3 || h > 23 || m > 59 ||
			    s > 59 || (d && n != 8) || strlen(v) != 8)
				fail_msg("time '%s'", v);
			assert_true(is_int(val(&f, "model_year", NULL), &y));
			assert_true(y >= 2000 && y <= 2026);
		}
		fx_release(&f);
	}
	assert_true(future_due > 100);
	assert_true(updated_later > ROWS);
}

static void edge_time_limits(void **state)
{
	static const struct {
		enum sg_dialect d;
		enum sg_type_class cls;
		const char *min, *max;
	} cases[] = {
		{ SG_DIALECT_MYSQL, SG_T_TIMESTAMP, "1970-01-01 00:00:01", "2038-01-19 03:14:07" },
		{ SG_DIALECT_MYSQL, SG_T_DATETIME, "1000-01-01 00:00:00", "9999-12-31 23:59:59" },
		{ SG_DIALECT_MYSQL, SG_T_DATE, "1000-01-01", "9999-12-31" },
		{ SG_DIALECT_PGSQL, SG_T_DATETIME, "0001-01-01 00:00:00", "9999-12-31 23:59:59" },
		{ SG_DIALECT_PGSQL, SG_T_DATE, "0001-01-01", "9999-12-31" },
	};

	(void)state;
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		struct fx f;
		bool lo = false, hi = false, nul = false;

		fx_init(&f, cases[c].d, "events");
		f.env.edge = true;
		add_col(f.t, "happened_at", cases[c].cls, 0, true);
		fx_plan(&f, NULL);
		for (long long i = 0; i < 10; i++) {
			const char *v;

			fx_row(&f, i);
			v = val(&f, "happened_at", NULL);
			if (!v) {
				nul = true;
				continue;
			}
			lo |= !strcmp(v, cases[c].min);
			hi |= !strcmp(v, cases[c].max);
		}
		if (!lo || !hi || !nul)
			fail_msg("case %zu: min %d max %d null %d", c, lo, hi, nul);
		fx_release(&f);
	}
}

static void format_time_matches_gmtime(void **state)
{
	struct sg_buf b = SG_BUF_INIT;
	struct sg_rand r;
	static const struct {
		int64_t t;
		const char *want;
	} fixed[] = {
		{ 0, "1970-01-01 00:00:00" },
		{ -1, "1969-12-31 23:59:59" },
		{ -62135596800LL, "0001-01-01 00:00:00" },
		{ 253402300799LL, "9999-12-31 23:59:59" },
		{ 951825600, "2000-02-29 12:00:00" },
		{ 2147483647, "2038-01-19 03:14:07" },
		{ -30610224000LL, "1000-01-01 00:00:00" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		sg_buf_reset(&b);
		sg_format_time(SG_T_DATETIME, fixed[i].t, &b);
		assert_string_equal(b.data, fixed[i].want);
	}
	sg_buf_reset(&b);
	sg_format_time(SG_T_DATE, -1, &b);
	assert_string_equal(b.data, "1969-12-31");
	sg_buf_reset(&b);
	sg_format_time(SG_T_TIME, 86399, &b);
	assert_string_equal(b.data, "23:59:59");
	sg_rand_seed(&r, 5, 5);
	for (int i = 0; i < 20000; i++) {
		time_t t = (time_t)sg_rand_range(&r, -2208988800LL, 4102444800LL);
		struct tm tm;
		char want[32];

		gmtime_r(&t, &tm);
		strftime(want, sizeof(want), "%Y-%m-%d %H:%M:%S", &tm);
		sg_buf_reset(&b);
		sg_format_time(SG_T_TIMESTAMP, (int64_t)t, &b);
		assert_string_equal(b.data, want);
	}
	sg_buf_release(&b);
}

static void row_model(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *t = sg_schema_add_table(&s, "r");
	struct sg_row row;
	struct sg_column *c;
	size_t len;
	int64_t e;
	char big[1000];

	(void)state;
	add_col(t, "a", SG_T_TEXT, 0, true);
	add_int(t, "b", 8, false, false);
	c = add_col(t, "c", SG_T_TIMESTAMP, 0, false);
	c->with_tz = true;
	add_col(t, "d", SG_T_DATE, 0, false);
	sg_row_init(&row, t);
	for (int pass = 0; pass < 3; pass++) {
		sg_row_reset(&row);
		assert_false(sg_row_is_set(&row, 0));
		assert_null(sg_row_get(&row, 0, &len));
		sg_row_sets(&row, 0, "hello");
		sg_row_set_int(&row, 1, INT64_MIN);
		sg_row_set_time(&row, 2, 86400);
		sg_row_set_time(&row, 3, 86400 * 365);
		assert_string_equal(sg_row_get(&row, 0, &len), "hello");
		assert_int_equal(len, 5);
		assert_string_equal(sg_row_get(&row, 1, NULL), "-9223372036854775808");
		assert_string_equal(sg_row_get(&row, 2, NULL), "1970-01-02 00:00:00+00");
		assert_string_equal(sg_row_get(&row, 3, NULL), "1971-01-01");
		assert_true(sg_row_get_time(&row, 2, &e));
		assert_int_equal(e, 86400);
		assert_false(sg_row_get_time(&row, 0, &e));
		sg_row_set_null(&row, 0);
		assert_true(sg_row_is_set(&row, 0));
		assert_null(sg_row_get(&row, 0, NULL));
		memset(big, 'x', sizeof(big) - 1);
		big[sizeof(big) - 1] = '\0';
		sg_row_setf(&row, 0, "%s-%d", big, 7);
		assert_int_equal(strlen(sg_row_get(&row, 0, NULL)), sizeof(big) + 1);
		/* a time column set as text has no epoch */
		sg_row_sets(&row, 2, "2020-01-01 00:00:00");
		assert_false(sg_row_get_time(&row, 2, &e));
		sg_row_set(&row, 9, "out of range", 12); /* ignored */
	}
	sg_row_release(&row);
	sg_schema_release(&s);
}

/* Types outside the model's classes whose text form seedgen knows:
 * PostgreSQL text forms, and MySQL spatial values as SRID + WKB bytes. */
static void other_types(void **state)
{
	static const char *const pg[][2] = {
		{ "ip", "inet" }, { "subnet", "cidr" }, { "mac", "macaddr" }, { "price", "money" },
		{ "period", "interval" }, { "doc", "tsvector" }, { "loc", "point" },
		{ "area", "polygon" }, { "attrs", "public.hstore" }, { "tree", "ltree" },
		{ "geom", "geometry(Point,4326)" },
	};
	struct fx f;
	struct sg_column *c;
	const char *v;
	size_t len;
	double x, y;

	(void)state;
	fx_init(&f, SG_DIALECT_PGSQL, "places");
	for (size_t i = 0; i < sizeof(pg) / sizeof(pg[0]); i++) {
		c = add_col(f.t, pg[i][0], SG_T_OTHER, 0, false);
		c->raw_type = sg_strdup(pg[i][1]);
	}
	fx_plan(&f, NULL);
	for (size_t i = 0; i < sizeof(pg) / sizeof(pg[0]); i++)
		assert_int_equal(f.dec[i], SG_COL_WRITE);
	for (int n = 0; n < 50; n++) {
		fx_row(&f, n);
		v = val(&f, "ip", &len);
		assert_true(strchr(v, '.') || strchr(v, ':'));
		assert_non_null(strstr(val(&f, "subnet", &len), "/"));
		assert_int_equal(strlen(val(&f, "mac", &len)), 17);
		assert_int_equal(sscanf(val(&f, "loc", &len), "(%lf,%lf)", &x, &y), 2);
		assert_true(x >= -180 && x <= 180 && y >= -90 && y <= 90);
		assert_int_equal(strncmp(val(&f, "area", &len), "((", 2), 0);
		assert_int_equal(strncmp(val(&f, "geom", &len), "POINT(", 6), 0);
		assert_non_null(strstr(val(&f, "attrs", &len), "=>"));
	}
	fx_release(&f);

	fx_init(&f, SG_DIALECT_MYSQL, "shops");
	c = add_col(f.t, "pos", SG_T_OTHER, 0, false);
	c->raw_type = sg_strdup("point");
	c = add_col(f.t, "area", SG_T_OTHER, 0, false);
	c->raw_type = sg_strdup("polygon");
	fx_plan(&f, NULL);
	fx_row(&f, 0);
	v = val(&f, "pos", &len);
	assert_int_equal(len, 4 + 1 + 4 + 16); /* SRID, byte order, type, x, y */
	assert_int_equal(v[4], 1);
	assert_int_equal(v[5], 1); /* wkbPoint */
	memcpy(&x, v + 9, 8);
	memcpy(&y, v + 17, 8);
	assert_true(x >= -180 && x <= 180 && y >= -90 && y <= 90);
	v = val(&f, "area", &len);
	assert_int_equal(len, 4 + 1 + 4 + 4 + 4 + 5 * 16); /* one closed ring of 5 points */
	assert_int_equal(v[5], 3); /* wkbPolygon */
	fx_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decimals_fit),
		cmocka_unit_test(integers_fit),
		cmocka_unit_test(dates_in_window),
		cmocka_unit_test(edge_time_limits),
		cmocka_unit_test(format_time_matches_gmtime),
		cmocka_unit_test(row_model),
		cmocka_unit_test(other_types),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
