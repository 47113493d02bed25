/* Column meaning, reference facts and vocabulary packs: the rules that the
 * generators follow and `seedgen realism` scores. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "seedgen/meaning.h"
#include "seedgen/refdata.h"
#include "seedgen/vocab.h"

static struct sg_column *col(struct sg_table *t, const char *name, enum sg_type_class cls,
			     int length)
{
	struct sg_column *c = sg_table_add_column(t, name);

	c->cls = cls;
	c->length = length;
	return c;
}

static void meanings_from_names_and_types(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *t = sg_schema_add_table(&s, "regions");
	struct sg_table *st = sg_schema_add_table(&s, "us_states");
	struct sg_table *od = sg_schema_add_table(&s, "order_details");
	struct sg_table *ar = sg_schema_add_table(&s, "Artist");
	struct sg_table *pa = sg_schema_add_table(&s, "guacamole_connection_parameter");

	(void)state;
	assert_int_equal(sg_meaning_of(t, col(t, "min_lat", SG_T_DOUBLE, 0)), SG_M_LAT);
	assert_int_equal(sg_meaning_of(t, col(t, "maxLongitude", SG_T_DECIMAL, 0)), SG_M_LON);
	assert_int_equal(sg_meaning_of(t, col(t, "zoom", SG_T_INT, 0)), SG_M_ZOOM);
	assert_int_equal(sg_meaning_of(t, col(t, "name", SG_T_VARCHAR, 100)), SG_M_NONE);
	assert_int_equal(sg_meaning_of(st, col(st, "state_name", SG_T_VARCHAR, 100)),
			 SG_M_STATE_NAME);
	assert_int_equal(sg_meaning_of(st, col(st, "state_abbr", SG_T_VARCHAR, 2)),
			 SG_M_STATE_ABBR);
	assert_int_equal(sg_meaning_of(od, col(od, "discount", SG_T_FLOAT, 0)), SG_M_RATIO);
	assert_int_equal(sg_meaning_of(od, col(od, "discount_amount", SG_T_DECIMAL, 0)), SG_M_NONE);
	assert_int_equal(sg_meaning_of(od, col(od, "unit_price", SG_T_DECIMAL, 0)), SG_M_PRICE);
	assert_int_equal(sg_meaning_of(ar, col(ar, "Name", SG_T_VARCHAR, 120)), SG_M_BAND);
	assert_int_equal(sg_meaning_of(pa, col(pa, "parameter_name", SG_T_VARCHAR, 128)),
			 SG_M_PARAM_KEY);
	assert_int_equal(sg_meaning_of(pa, col(pa, "parameter_value", SG_T_VARCHAR, 4096)),
			 SG_M_PARAM_VALUE);
	assert_int_equal(sg_meaning_of(pa, col(pa, "remote_host", SG_T_VARCHAR, 256)), SG_M_HOST);
	{
		struct sg_table *d = sg_schema_add_table(&s, "departments");

		sg_key_add_column(&d->pk, "dept_no");
		assert_int_equal(sg_meaning_of(d, col(d, "dept_no", SG_T_CHAR, 4)), SG_M_CODE);
		assert_int_equal(sg_meaning_of(d, col(d, "dept_name", SG_T_VARCHAR, 40)),
				 SG_M_DEPARTMENT);
	}
	/* an order's "state" is a status, not a place */
	assert_int_equal(sg_meaning_of(od, col(od, "state", SG_T_VARCHAR, 20)), SG_M_NONE);
	sg_schema_release(&s);
}

static void ordered_pairs_and_future(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *t = sg_schema_add_table(&s, "t");
	struct sg_column *from = col(t, "from_date", SG_T_DATE, 0);
	struct sg_column *to = col(t, "to_date", SG_T_DATE, 0);
	struct sg_column *order = col(t, "OrderDate", SG_T_DATETIME, 0);
	struct sg_column *shipped = col(t, "ShippedDate", SG_T_DATETIME, 0);
	struct sg_column *birth = col(t, "birth_date", SG_T_DATE, 0);
	struct sg_column *hire = col(t, "hire_date", SG_T_DATE, 0);
	struct sg_column *min_lat = col(t, "min_lat", SG_T_DOUBLE, 0);
	struct sg_column *max_lat = col(t, "max_lat", SG_T_DOUBLE, 0);
	struct sg_column *first = col(t, "first_name", SG_T_VARCHAR, 20);
	struct sg_column *last = col(t, "last_name", SG_T_VARCHAR, 20);
	int64_t gap = -1;

	(void)state;
	assert_true(sg_meaning_ordered(from, to, &gap));
	assert_int_equal(gap, 0);
	assert_false(sg_meaning_ordered(to, from, &gap));
	assert_true(sg_meaning_ordered(order, shipped, &gap));
	assert_true(sg_meaning_ordered(birth, hire, &gap));
	assert_int_equal(gap, 14LL * 365 * 86400);
	assert_true(sg_meaning_ordered(min_lat, max_lat, &gap));
	assert_false(sg_meaning_ordered(from, max_lat, &gap));
	assert_false(sg_meaning_ordered(first, last, &gap));
	assert_false(sg_meaning_ordered(col(t, "from_site_id", SG_T_INT, 0),
					col(t, "to_site_id", SG_T_INT, 0), &gap));
	assert_true(sg_meaning_future_ok("due_date"));
	assert_true(sg_meaning_future_ok("valid_until"));
	assert_true(sg_meaning_future_ok("to_date"));
	assert_false(sg_meaning_future_ok("from_date"));
	assert_false(sg_meaning_future_ok("created_at"));
	sg_schema_release(&s);
}

static void reference_facts(void **state)
{
	(void)state;
	assert_int_equal(sg_ref_nstates, 51);
	assert_string_equal(sg_ref_state_by_abbr("ca")->name, "California");
	assert_string_equal(sg_ref_state_by_name("new york")->abbr, "NY");
	assert_null(sg_ref_state_by_abbr("59"));
	assert_true(sg_ref_zip_in_state("94607", sg_ref_state_by_abbr("CA")));
	assert_true(sg_ref_zip_in_state("05501", sg_ref_state_by_abbr("MA")));
	assert_false(sg_ref_zip_in_state("05501", sg_ref_state_by_abbr("VT")));
	assert_false(sg_ref_zip_in_state("9460", sg_ref_state_by_abbr("CA")));
	for (size_t i = 0; i < sg_ref_nstates; i++)
		assert_true(sg_ref_zip_in_state(sg_ref_states[i].zip, &sg_ref_states[i]));
	assert_true(sg_ref_city_in_state("Oakland", sg_ref_state_by_abbr("CA")));
	assert_true(sg_ref_city_in_state("Richmond", sg_ref_state_by_abbr("VA")));
	assert_false(sg_ref_city_in_state("Oakland", sg_ref_state_by_abbr("NY")));
	assert_int_equal(sg_ref_first_name_gender("Mary"), 'F');
	assert_int_equal(sg_ref_first_name_gender("james"), 'M');
	assert_int_equal(sg_ref_first_name_gender("Zyx"), 0);
	assert_int_equal(sg_ref_gender_value("Female"), 'F');
	assert_int_equal(sg_ref_gender_value("M"), 'M');
	assert_int_equal(sg_ref_gender_value("X"), 0);
	assert_int_equal(sg_ref_title_gender("Mrs."), 'F');
	assert_int_equal(sg_ref_title_gender("Mr"), 'M');
	assert_int_equal(sg_ref_title_gender("Dr."), 0);
}

static void vocabulary(void **state)
{
	struct sg_rand r;
	struct sg_buf b = SG_BUF_INIT;
	struct sg_schema s = { 0 };

	(void)state;
	sg_rand_seed(&r, 12, 34);
	for (int l = 0; l < SG_VL__COUNT; l++)
		for (int i = 0; i < 200; i++) {
			sg_buf_reset(&b);
			sg_vocab_add(&r, (enum sg_vocab_list)l, &b);
			assert_true(b.len > 0);
			assert_false(sg_vocab_is_cannabis(b.data));
			if (l == SG_VL_GENRE || l == SG_VL_PROTOCOL || l == SG_VL_PARAM_KEY)
				assert_true(sg_vocab_has((enum sg_vocab_list)l, b.data));
		}
	for (int i = 0; i < 500; i++) {
		struct sg_buf key = SG_BUF_INIT;

		sg_vocab_add(&r, SG_VL_PARAM_KEY, &key);
		sg_buf_reset(&b);
		sg_vocab_param_value(&r, key.data, &b);
		assert_true(sg_vocab_param_fits(key.data, b.data));
		sg_buf_release(&key);
	}
	assert_false(sg_vocab_param_fits("port", "Vault Audit: April"));
	assert_true(sg_vocab_is_cannabis("Bubba Kush Launch Plan"));
	assert_true(sg_vocab_is_cannabis("COA Tracker"));
	assert_false(sg_vocab_is_cannabis("Coast to Coast"));
	assert_int_equal(sg_vocab_pack_parse("terp"), SG_PACK_CANNABIS);
	assert_int_equal(sg_vocab_pack_parse("bogus"), -1);
	sg_schema_add_table(&s, "artist");
	assert_int_equal(sg_vocab_pack_for(&s, SG_PACK_AUTO), SG_PACK_NEUTRAL);
	sg_schema_add_table(&s, "strains");
	sg_schema_add_table(&s, "batches");
	sg_schema_finish(&s);
	assert_int_equal(sg_vocab_pack_for(&s, SG_PACK_AUTO), SG_PACK_CANNABIS);
	assert_int_equal(sg_vocab_pack_for(&s, SG_PACK_NEUTRAL), SG_PACK_NEUTRAL);
	sg_schema_release(&s);
	sg_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(meanings_from_names_and_types),
		cmocka_unit_test(ordered_pairs_and_future),
		cmocka_unit_test(reference_facts),
		cmocka_unit_test(vocabulary),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
