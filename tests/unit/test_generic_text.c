/*
 * The generic generator's text-like values on hand-built schemas for both
 * dialects: lengths in characters and bytes, name-driven text, valid
 * JSON, uuids and ids, binary and bit strings, PostgreSQL arrays.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "generic_fixture.h"

/* Every text value within its length in characters (bytes for MySQL
 * TEXT kinds), valid UTF-8; the edge scenario reaches the maximum with
 * 4-byte characters in it. */
static void text_lengths(void **state)
{
	static const struct {
		const char *name;
		enum sg_type_class cls;
		int len;
	} cols[] = {
		{ "email", SG_T_VARCHAR, 30 },   { "first_name", SG_T_VARCHAR, 5 },
		{ "full_name", SG_T_VARCHAR, 255 }, { "phone", SG_T_VARCHAR, 12 },
		{ "street", SG_T_VARCHAR, 16 },  { "city", SG_T_VARCHAR, 40 },
		{ "state", SG_T_CHAR, 2 },       { "zip", SG_T_VARCHAR, 10 },
		{ "country", SG_T_VARCHAR, 3 },  { "company_name", SG_T_VARCHAR, 20 },
		{ "website_url", SG_T_VARCHAR, 64 }, { "title", SG_T_VARCHAR, 24 },
		{ "description", SG_T_TEXT, 255 }, { "notes", SG_T_TEXT, 0 },
		{ "sku", SG_T_VARCHAR, 9 },      { "status", SG_T_VARCHAR, 6 },
		{ "color", SG_T_VARCHAR, 7 },    { "ip_address", SG_T_VARCHAR, 45 },
		{ "slug", SG_T_VARCHAR, 12 },    { "currency", SG_T_CHAR, 3 },
		{ "username", SG_T_VARCHAR, 8 }, { "x", SG_T_VARCHAR, 1 },
		{ "label", SG_T_VARCHAR, 3 },    { "external_ref", SG_T_VARCHAR, 0 },
	};
	const size_t ncols = sizeof(cols) / sizeof(cols[0]);

	(void)state;
	for (int d = 0; d < 2; d++)
		for (int edge = 0; edge < 2; edge++) {
			struct fx f;
			bool hit_max[32] = { false }, hit_4b[32] = { false }, hit_mb[32] = { false };

			fx_init(&f, d ? SG_DIALECT_MYSQL : SG_DIALECT_PGSQL, "contacts");
			f.env.edge = edge;
			for (size_t i = 0; i < ncols; i++) {
				enum sg_type_class cls = cols[i].cls;

				add_col(f.t, cols[i].name, cls, cols[i].len, i % 3 == 0);
			}
			fx_plan(&f, NULL);
			for (size_t i = 0; i < ncols; i++)
				assert_int_equal(f.dec[i], SG_COL_WRITE);
			for (long long i = 0; i < ROWS; i++) {
				fx_row(&f, i);
				for (size_t k = 0; k < ncols; k++) {
					size_t len;
					const char *v = sg_row_get(&f.row, k, &len);
					size_t n;

					if (!v) {
						assert_true(f.t->columns[k]->nullable);
						continue;
					}
					n = chars(v, len);
					if (!valid_utf8(v, len))
						fail_msg("%s: invalid UTF-8 '%s'", cols[k].name, v);
					if (cols[k].len && n > (size_t)cols[k].len)
						fail_msg("%s: %zu characters > %d: '%s'", cols[k].name,
							 n, cols[k].len, v);
					/* MySQL TEXT(255) counts bytes */
					if (d && cols[k].cls == SG_T_TEXT && cols[k].len &&
					    len > (size_t)cols[k].len)
						fail_msg("%s: %zu bytes > %d", cols[k].name, len,
							 cols[k].len);
					if (!edge && n == 0)
						fail_msg("%s: empty outside the edge scenario", cols[k].name);
					if (len && v[len - 1] == ' ')
						fail_msg("%s: trailing blank '%s'", cols[k].name, v);
					hit_max[k] |= cols[k].len && (n == (size_t)cols[k].len ||
								      (d && cols[k].cls == SG_T_TEXT &&
								       len + 3 >= (size_t)cols[k].len));
					hit_4b[k] |= has_4byte(v, len);
					hit_mb[k] |= has_multibyte_letter(v, len);
				}
			}
			if (edge)
				for (size_t k = 0; k < ncols; k++) {
					if (cols[k].len)
						assert_true(hit_max[k]);
					if (!hit_4b[k] || !hit_mb[k])
						fail_msg("%s: no multibyte/emoji in the edge scenario",
							 cols[k].name);
				}
			fx_release(&f);
		}
}

/* Realistic values from the names, outside the edge scenario. */
static void name_driven_text(void **state)
{
	struct fx f;
	int usd = 0, n_cur = 0;

	(void)state;
	fx_init(&f, SG_DIALECT_PGSQL, "customers");
	add_col(f.t, "email", SG_T_VARCHAR, 255, false);
	add_col(f.t, "phone", SG_T_VARCHAR, 32, false);
	add_col(f.t, "status", SG_T_VARCHAR, 20, false);
	add_col(f.t, "ip_address", SG_T_VARCHAR, 45, false);
	add_col(f.t, "slug", SG_T_VARCHAR, 80, false);
	add_col(f.t, "currency", SG_T_CHAR, 3, false);
	add_col(f.t, "color", SG_T_VARCHAR, 7, false);
	add_col(f.t, "website", SG_T_VARCHAR, 200, false);
	add_col(f.t, "zip_code", SG_T_VARCHAR, 10, false);
	fx_plan(&f, NULL);
	for (long long i = 0; i < ROWS; i++) {
		const char *v;
		unsigned a, b, c, d;
		char extra;

		fx_row(&f, i);
		v = val(&f, "email", NULL);
		if (!strchr(v, '@') || strchr(v, '@') == v || !strchr(strchr(v, '@'), '.'))
			fail_msg("email '%s'", v);
		v = val(&f, "phone", NULL);
		{
			int digits = 0;

			for (const char *p = v; *p; p++)
				digits += *p >= '0' && *p <= '9';
			if (digits != 10)
				fail_msg("phone '%s'", v);
		}
		v = val(&f, "status", NULL);
		if (strcmp(v, "active") && strcmp(v, "pending") && strcmp(v, "inactive") &&
		    strcmp(v, "archived"))
			fail_msg("status '%s'", v);
		v = val(&f, "ip_address", NULL);
		if (sscanf(v, "%u.%u.%u.%u%c", &a, &b, &c, &d, &extra) != 4 || a > 255 || b > 255 ||
		    c > 255 || d > 255)
			fail_msg("ip '%s'", v);
		v = val(&f, "slug", NULL);
		if (strspn(v, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(v))
			fail_msg("slug '%s'", v);
		v = val(&f, "currency", NULL);
		if (strlen(v) != 3 || strspn(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3)
			fail_msg("currency '%s'", v);
		usd += !strcmp(v, "USD");
		n_cur++;
		v = val(&f, "color", NULL);
		if (strlen(v) != 7 || v[0] != '#' || strspn(v + 1, "0123456789abcdef") != 6)
			fail_msg("color '%s'", v);
		v = val(&f, "website", NULL);
		if (strncmp(v, "http", 4))
			fail_msg("url '%s'", v);
		v = val(&f, "zip_code", NULL);
		if (strlen(v) != 5 || strspn(v, "0123456789") != 5 || v[0] != '9')
			fail_msg("California ZIP '%s'", v);
	}
	assert_true(usd > n_cur * 8 / 10);
	fx_release(&f);
}

static void json_is_valid(void **state)
{
	(void)state;
	for (int d = 0; d < 2; d++)
		for (int edge = 0; edge < 2; edge++) {
			static const char *const names[] = { "metadata", "settings", "preferences",
							     "config", "attributes", "address",
							     "conditions", "tags", "labels", "payload",
							     "items", "operating_hours", "weights",
							     "whatever" };
			const size_t n = sizeof(names) / sizeof(names[0]);
			struct fx f;
			int empty_obj = 0, arrays = 0, objects = 0;

			fx_init(&f, d ? SG_DIALECT_MYSQL : SG_DIALECT_PGSQL, "docs");
			f.env.edge = edge;
			for (size_t i = 0; i < n; i++)
				add_col(f.t, names[i], SG_T_JSON, 0, i % 2 == 1);
			fx_plan(&f, NULL);
			for (long long i = 0; i < ROWS / 2; i++) {
				fx_row(&f, i);
				for (size_t k = 0; k < n; k++) {
					const char *v = sg_row_get(&f.row, k, NULL);
					cJSON *j;

					if (!v)
						continue;
					j = cJSON_Parse(v);
					if (!j)
						fail_msg("%s: invalid JSON '%s'", names[k], v);
					if (!edge && (k == 7 || k == 8))
						arrays += cJSON_IsArray(j);
					if (!edge && k < 7)
						objects += cJSON_IsObject(j) && cJSON_GetArraySize(j) > 0;
					empty_obj += !strcmp(v, "{}");
					cJSON_Delete(j);
				}
			}
			if (edge) {
				assert_true(empty_obj > 0);
			} else {
				/* name-driven shapes: objects with keys, arrays for tags/labels */
				assert_true(objects > ROWS / 2 * 7 * 8 / 10);
				assert_true(arrays > ROWS / 2 * 2 * 8 / 10);
			}
			fx_release(&f);
		}
}

static void uuids_and_ids(void **state)
{
	struct fx f;
	struct sg_colgen cg;
	char reason[64];

	(void)state;
	fx_init(&f, SG_DIALECT_PGSQL, "accounts");
	add_col(f.t, "id", SG_T_TEXT, 0, false);
	sg_key_add_column(&f.t->pk, "id");
	add_col(f.t, "public_id", SG_T_UUID, 0, false);
	add_col(f.t, "external_id", SG_T_VARCHAR, 25, false);
	add_col(f.t, "short_id", SG_T_VARCHAR, 12, false);
	fx_plan(&f, NULL);
	for (long long i = 0; i < ROWS; i++) {
		size_t len;
		const char *v;

		fx_row(&f, i);
		v = val(&f, "id", &len);
		if (!is_uuid(v, len, true))
			fail_msg("text id '%s' is not a v4 uuid", v);
		v = val(&f, "public_id", &len);
		if (!is_uuid(v, len, true))
			fail_msg("uuid '%s'", v);
		v = val(&f, "external_id", &len);
		if (len != 25 || v[0] != 'c' || strspn(v, "abcdefghijklmnopqrstuvwxyz0123456789") != 25)
			fail_msg("cuid-like id '%s'", v);
		v = val(&f, "short_id", &len);
		assert_int_equal(len, 12);
	}
	fx_release(&f);

	/* edge: nil and max uuids appear; a varchar(36) key stays unique-looking */
	fx_init(&f, SG_DIALECT_PGSQL, "accounts");
	f.env.edge = true;
	add_col(f.t, "public_id", SG_T_UUID, 0, false);
	fx_plan(&f, NULL);
	{
		bool nil = false, max = false;

		for (long long i = 0; i < 20; i++) {
			size_t len;
			const char *v;

			fx_row(&f, i);
			v = val(&f, "public_id", &len);
			assert_true(is_uuid(v, len, false));
			nil |= !strcmp(v, "00000000-0000-0000-0000-000000000000");
			max |= !strcmp(v, "ffffffff-ffff-ffff-ffff-ffffffffffff");
		}
		assert_true(nil && max);
	}
	assert_int_equal(sg_generic_plan(&cg, f.t, 0, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_WRITE);
	assert_string_equal(reason, "");
	fx_release(&f);
}

static void binary_and_bits(void **state)
{
	struct fx f;

	(void)state;
	fx_init(&f, SG_DIALECT_PGSQL, "files");
	add_col(f.t, "image", SG_T_BINARY, 0, false);
	add_col(f.t, "flags", SG_T_BIT, 8, false)->raw_type = sg_strdup("bit(8)");
	add_col(f.t, "mask", SG_T_BIT, 12, false)->raw_type = sg_strdup("bit varying(12)");
	fx_plan(&f, NULL);
	for (long long i = 0; i < ROWS; i++) {
		size_t len;
		const char *v;

		fx_row(&f, i);
		v = val(&f, "image", &len);
		if (len < 4 || strncmp(v, "\\x", 2) || (len - 2) % 2 ||
		    strspn(v + 2, "0123456789abcdef") != len - 2)
			fail_msg("bytea '%s'", v);
		v = val(&f, "flags", &len);
		assert_int_equal(len, 8);
		assert_int_equal(strspn(v, "01"), 8);
		v = val(&f, "mask", &len);
		assert_true(len >= 1 && len <= 12 && strspn(v, "01") == len);
	}
	fx_release(&f);

	for (int edge = 0; edge < 2; edge++) {
		bool maxed = false;

		fx_init(&f, SG_DIALECT_MYSQL, "files");
		f.env.edge = edge;
		add_col(f.t, "token", SG_T_BINARY, 16, false)->raw_type = sg_strdup("varbinary(16)");
		fx_plan(&f, NULL);
		for (long long i = 0; i < ROWS; i++) {
			size_t len;
			const char *v;

			fx_row(&f, i);
			v = val(&f, "token", &len);
			assert_true(len <= 16);
			for (size_t k = 0; k < len; k++)
				assert_true(v[k] > 0x20 && v[k] < 0x7f);
			maxed |= len == 16;
		}
		assert_true(maxed);
		fx_release(&f);
	}
}

/* PostgreSQL array literals: braces, quoted elements, escapes. */
static int parse_pg_array(const char *v, char elems[][512], int cap)
{
	const char *p = v;
	int n = 0;

	if (*p++ != '{')
		return -1;
	if (*p == '}')
		return p[1] ? -1 : 0;
	for (;;) {
		size_t k = 0;

		if (*p++ != '"')
			return -1;
		while (*p && *p != '"') {
			if (*p == '\\')
				p++;
			if (!*p || k >= 511)
				return -1;
			elems[n][k++] = *p++;
		}
		if (*p++ != '"')
			return -1;
		elems[n][k] = '\0';
		if (++n > cap)
			return -1;
		if (*p == '}')
			return p[1] ? -1 : n;
		if (*p++ != ',')
			return -1;
	}
}

static void pg_arrays(void **state)
{
	static char elems[16][512];

	(void)state;
	for (int edge = 0; edge < 2; edge++) {
		struct fx f;
		struct sg_column *c;
		int sizes[8] = { 0 };
		bool quoted = false;

		fx_init(&f, SG_DIALECT_PGSQL, "products");
		f.env.edge = edge;
		c = add_col(f.t, "tags", SG_T_ARRAY, 0, false);
		c->elem_cls = SG_T_TEXT;
		c = add_col(f.t, "pack_sizes", SG_T_ARRAY, 0, true);
		c->elem_cls = SG_T_INT;
		c->int_bytes = 4;
		c = add_col(f.t, "notify_on", SG_T_ARRAY, 0, false);
		c->elem_cls = SG_T_ENUM;
		sg_column_add_enum(c, "pending");
		sg_column_add_enum(c, "paid");
		sg_column_add_enum(c, "shipped");
		c = add_col(f.t, "codes", SG_T_ARRAY, 0, false);
		c->elem_cls = SG_T_VARCHAR;
		c->length = 6;
		c = add_col(f.t, "seen_on", SG_T_ARRAY, 0, false);
		c->elem_cls = SG_T_DATE;
		fx_plan(&f, NULL);
		for (long long i = 0; i < ROWS; i++) {
			const char *v;
			int n;

			fx_row(&f, i);
			v = val(&f, "tags", NULL);
			n = parse_pg_array(v, elems, 16);
			if (n < 0 || (!edge && n > 4))
				fail_msg("text[] '%s'", v);
			sizes[n < 7 ? n : 7]++;
			for (int k = 0; k < n; k++)
				quoted |= strchr(elems[k], '"') || strchr(elems[k], '\\');
			v = val(&f, "pack_sizes", NULL);
			if (v) {
				n = parse_pg_array(v, elems, 16);
				if (n < 0)
					fail_msg("integer[] '%s'", v);
				for (int k = 0; k < n; k++) {
					long long x;

					assert_true(is_int(elems[k], &x));
				}
			}
			v = val(&f, "notify_on", NULL);
			n = parse_pg_array(v, elems, 16);
			if (n < 0 || n > 3)
				fail_msg("enum[] '%s'", v);
			for (int k = 0; k < n; k++)
				if (strcmp(elems[k], "pending") && strcmp(elems[k], "paid") &&
				    strcmp(elems[k], "shipped"))
					fail_msg("enum[] member '%s'", elems[k]);
			v = val(&f, "codes", NULL);
			n = parse_pg_array(v, elems, 16);
			if (n < 0)
				fail_msg("varchar(6)[] '%s'", v);
			for (int k = 0; k < n; k++)
				if (chars(elems[k], strlen(elems[k])) > 6)
					fail_msg("varchar(6)[] element '%s'", elems[k]);
			v = val(&f, "seen_on", NULL);
			n = parse_pg_array(v, elems, 16);
			if (n < 0)
				fail_msg("date[] '%s'", v);
			for (int k = 0; k < n; k++) {
				int64_t t;

				assert_true(parse_time(elems[k], &t));
			}
		}
		if (edge) {
			assert_true(sizes[0] > 0 && sizes[6] > 0);
			assert_true(quoted); /* the special-character maximum is escaped */
		} else {
			for (int k = 0; k <= 4; k++)
				assert_true(sizes[k] > 0);
		}
		fx_release(&f);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_lengths),
		cmocka_unit_test(name_driven_text),
		cmocka_unit_test(json_is_valid),
		cmocka_unit_test(uuids_and_ids),
		cmocka_unit_test(binary_and_bits),
		cmocka_unit_test(pg_arrays),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
