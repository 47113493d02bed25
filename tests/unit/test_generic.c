/*
 * The generic generator and the row model, on hand-built schemas for both
 * dialects: every value of ~2,000 rows per column must fit its column
 * (enum/set members, lengths in characters, decimal digits, integer width,
 * valid JSON, uuid form, date windows, NULL only where allowed), the
 * edge scenario must reach every boundary, and the same seed must give
 * the same values.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "seedgen/fake.h"
#include "seedgen/generic.h"
#include "seedgen/row.h"

#define NOW 1767225600LL /* 2026-01-01 00:00:00 UTC */
#define TWO_YEARS (2 * 365LL * 86400)
#define ROWS 2000

/* --- fixture ------------------------------------------------------------- */

struct fx {
	struct sg_schema s;
	struct sg_table *t;
	struct sg_gen_env env;
	struct sg_colgen cg[96];
	enum sg_col_decision dec[96];
	char reason[96][128];
	struct sg_row row;
	struct sg_rand r;
	struct sg_fake_row fr;
	bool planned;
};

static struct sg_column *add_col(struct sg_table *t, const char *name, enum sg_type_class cls,
				 int length, bool nullable)
{
	struct sg_column *c = sg_table_add_column(t, name);

	c->cls = cls;
	c->length = length;
	c->nullable = nullable;
	c->precision = -1;
	return c;
}

static struct sg_column *add_int(struct sg_table *t, const char *name, int bytes, bool uns,
				 bool nullable)
{
	struct sg_column *c = add_col(t, name, SG_T_INT, 0, nullable);

	c->int_bytes = bytes;
	c->is_unsigned = uns;
	return c;
}

static struct sg_column *add_dec(struct sg_table *t, const char *name, int p, int s, bool uns)
{
	struct sg_column *c = add_col(t, name, SG_T_DECIMAL, 0, false);

	c->precision = p;
	c->scale = s;
	c->is_unsigned = uns;
	return c;
}

static void set_check(struct sg_column *c, const char *text)
{
	c->check = sg_strdup(text);
}

static void fx_init(struct fx *f, enum sg_dialect d, const char *table)
{
	memset(f, 0, sizeof(*f));
	f->s.dialect = d;
	f->t = sg_schema_add_table(&f->s, table);
	f->env.dialect = d;
	f->env.caps = sg_caps_of(d);
	f->env.now = NOW;
	f->env.null_rate = 0.1;
}

static void fx_plan(struct fx *f, const struct sg_colopts *opts_for_all)
{
	for (size_t i = 0; i < f->t->ncols; i++)
		f->dec[i] = sg_generic_plan(&f->cg[i], f->t, i, opts_for_all, &f->env, f->reason[i],
					    sizeof(f->reason[i]));
	sg_row_init(&f->row, f->t);
	sg_rand_seed(&f->r, 42, 7);
	sg_fake_row_init(&f->fr);
	for (size_t i = 0; i < f->t->ncols; i++)
		if (f->dec[i] == SG_COL_WRITE && f->cg[i].fake_kind)
			sg_fake_row_plan(&f->fr, (enum sg_fake_kind)f->cg[i].fake_kind);
	f->planned = true;
}

static void fx_row(struct fx *f, long long index)
{
	sg_row_reset(&f->row);
	f->row.index = index;
	sg_fake_row_reset(&f->fr, &f->r);
	for (size_t i = 0; i < f->t->ncols; i++)
		if (f->dec[i] == SG_COL_WRITE)
			sg_generic_value(&f->cg[i], &f->env, &f->r, &f->fr, &f->row, 0);
	sg_generic_fix_row(f->cg, f->t->ncols, &f->env, &f->r, &f->row);
}

static void fx_release(struct fx *f)
{
	if (f->planned)
		sg_row_release(&f->row);
	sg_schema_release(&f->s);
}

static int col_index(const struct fx *f, const char *name)
{
	int i = sg_table_column_index(f->t, name);

	if (i < 0)
		fail_msg("no column %s", name);
	return i;
}

/* Value of a column in the current row; NULL for SQL NULL. */
static const char *val(const struct fx *f, const char *name, size_t *len)
{
	int i = col_index(f, name);

	assert_true(sg_row_is_set(&f->row, (size_t)i));
	return sg_row_get(&f->row, (size_t)i, len);
}

/* --- value checkers -------------------------------------------------------- */

static size_t chars(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

static bool valid_utf8(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
			 : (c & 0xF8) == 0xF0 ? 4 : 0;

		if (!n || i + n > len)
			return false;
		for (size_t k = 1; k < n; k++)
			if (((unsigned char)s[i + k] & 0xC0) != 0x80)
				return false;
		i += n;
	}
	return true;
}

static bool has_4byte(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xF8) == 0xF0)
			return true;
	return false;
}

static bool has_multibyte_letter(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xE0) == 0xC0 || ((unsigned char)s[i] & 0xF0) == 0xE0)
			return true;
	return false;
}

/* "-123.45": integer digits and fraction digits; false if not a decimal. */
static bool decimal_digits(const char *s, int *ip, int *fp)
{
	const char *p = s;

	*ip = *fp = 0;
	if (*p == '-')
		p++;
	if (!(*p >= '0' && *p <= '9'))
		return false;
	while (*p >= '0' && *p <= '9') {
		(*ip)++;
		p++;
	}
	if (*p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') {
			(*fp)++;
			p++;
		}
	}
	/* a leading "0." does not count as an integer digit */
	if ((s[0] == '0' || (s[0] == '-' && s[1] == '0')) && *ip == 1)
		*ip = 0;
	return *p == '\0';
}

static bool is_int(const char *s, long long *v)
{
	char *end;

	*v = 0;
	if (!*s)
		return false;
	*v = strtoll(s, &end, 10);
	return *end == '\0';
}

static bool is_uuid(const char *s, size_t len, bool v4)
{
	static const char hex[] = "0123456789abcdef";

	if (len != 36)
		return false;
	for (size_t i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return false;
		} else if (!strchr(hex, s[i]) || !s[i]) {
			return false;
		}
	}
	return !v4 || (s[14] == '4' && strchr("89ab", s[19]));
}

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + (int64_t)doe - 719468;
}

/* "YYYY-MM-DD[ HH:MM:SS][+00]" -> epoch; false when malformed. */
static bool parse_time(const char *s, int64_t *out)
{
	int y, mo, d, h = 0, mi = 0, se = 0, n = 0;
	size_t len = strlen(s);

	if (len == 10) {
		if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
			return false;
	} else if (len == 19 || (len == 22 && !strcmp(s + 19, "+00"))) {
		if (sscanf(s, "%4d-%2d-%2d %2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &se, &n) != 6 ||
		    n != 19)
			return false;
	} else {
		return false;
	}
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59)
		return false;
	*out = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60 + se;
	return true;
}

/* --- tests ------------------------------------------------------------------ */

static void plan_decisions(void **state)
{
	struct fx f;
	struct sg_colgen cg;
	char reason[128];
	struct sg_column *c;
	struct sg_key *k;

	(void)state;
	fx_init(&f, SG_DIALECT_PGSQL, "things");
	c = add_int(f.t, "id", 8, false, false);
	c->auto_increment = true;
	c->default_expr = sg_strdup("nextval('things_id_seq'::regclass)");
	c = add_int(f.t, "ident", 4, false, false);
	c->auto_increment = true; /* GENERATED BY DEFAULT AS IDENTITY: no default */
	c = add_int(f.t, "always", 4, false, false);
	c->auto_increment = true;
	c->identity_always = true;
	c = add_dec(f.t, "total", 12, 2, false);
	c->generated = true;
	c = add_col(f.t, "shape", SG_T_OTHER, 0, true);
	c->raw_type = sg_strdup("geometry");
	c = add_col(f.t, "window", SG_T_OTHER, 0, false);
	c->raw_type = sg_strdup("tstzrange");
	c->default_expr = sg_strdup("'empty'::tstzrange");
	c = add_col(f.t, "point", SG_T_OTHER, 0, false);
	c->raw_type = sg_strdup("point");
	c = add_col(f.t, "flags", SG_T_BIT, 8, false);
	c->raw_type = sg_strdup("bit(8)");
	c = add_col(f.t, "ranges", SG_T_ARRAY, 0, false);
	c->elem_cls = SG_T_OTHER;
	c->raw_type = sg_strdup("int4range[]");
	add_col(f.t, "code", SG_T_VARCHAR, 20, false);
	k = sg_table_add_unique(f.t, "things_code_key");
	sg_key_add_column(k, "code");
	add_int(f.t, "a", 4, false, false);
	add_int(f.t, "b", 4, false, false);
	k = sg_table_add_unique(f.t, "things_ab_key");
	sg_key_add_column(k, "a");
	sg_key_add_column(k, "b");

	assert_int_equal(sg_generic_plan(&cg, f.t, 0, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_SKIP);
	assert_string_equal(reason, "auto-increment");
	assert_int_equal(sg_generic_plan(&cg, f.t, 1, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_SKIP);
	assert_string_equal(reason, "identity");
	assert_int_equal(sg_generic_plan(&cg, f.t, 2, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_SKIP);
	assert_string_equal(reason, "identity");
	assert_int_equal(sg_generic_plan(&cg, f.t, 3, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_SKIP);
	assert_string_equal(reason, "generated column");
	assert_int_equal(sg_generic_plan(&cg, f.t, 4, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_SKIP);
	assert_string_equal(reason, "NULL for type geometry");
	assert_int_equal(sg_generic_plan(&cg, f.t, 5, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_SKIP);
	assert_string_equal(reason, "server default for type tstzrange");
	assert_int_equal(sg_generic_plan(&cg, f.t, 6, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_IMPOSSIBLE);
	assert_string_equal(reason, "type point cannot be produced");
	/* PostgreSQL bit strings are text; MySQL bit is not */
	assert_int_equal(sg_generic_plan(&cg, f.t, 7, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_WRITE);
	f.env.dialect = SG_DIALECT_MYSQL;
	assert_int_equal(sg_generic_plan(&cg, f.t, 7, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_IMPOSSIBLE);
	assert_string_equal(reason, "type bit(8) cannot be produced");
	f.env.dialect = SG_DIALECT_PGSQL;
	assert_int_equal(sg_generic_plan(&cg, f.t, 8, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_IMPOSSIBLE);
	assert_int_equal(sg_generic_plan(&cg, f.t, 9, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_WRITE);
	assert_true(cg.unique);
	assert_false(cg.sequential);
	assert_int_equal(sg_generic_plan(&cg, f.t, 10, NULL, &f.env, reason, sizeof(reason)),
			 SG_COL_WRITE);
	assert_false(cg.unique); /* part of a composite key only */
	fx_release(&f);

	/* how many distinct values a column can take, for the planner */
	fx_init(&f, SG_DIALECT_MYSQL, "small");
	c = add_col(f.t, "channel", SG_T_ENUM, 0, false);
	sg_column_add_enum(c, "a");
	sg_column_add_enum(c, "b");
	sg_column_add_enum(c, "c");
	c = add_col(f.t, "opts", SG_T_SET, 0, false);
	sg_column_add_enum(c, "x");
	sg_column_add_enum(c, "y");
	add_col(f.t, "flag", SG_T_BOOL, 0, false);
	add_int(f.t, "tiny", 1, true, false);
	set_check(add_int(f.t, "stars", 4, false, false), "`stars` between 1 and 5");
	add_int(f.t, "big", 4, false, false);
	add_col(f.t, "email", SG_T_VARCHAR, 100, false);
	fx_plan(&f, NULL);
	assert_int_equal(sg_generic_cardinality(&f.cg[0]), 3);
	assert_int_equal(sg_generic_cardinality(&f.cg[1]), 3);
	assert_int_equal(sg_generic_cardinality(&f.cg[2]), 2);
	assert_int_equal(sg_generic_cardinality(&f.cg[3]), 256);
	assert_int_equal(sg_generic_cardinality(&f.cg[4]), 5);
	assert_int_equal(sg_generic_cardinality(&f.cg[5]), 0);
	assert_int_equal(sg_generic_cardinality(&f.cg[6]), 0);
	fx_release(&f);

	/* an integer primary key without auto-increment is sequential */
	fx_init(&f, SG_DIALECT_MYSQL, "codes");
	add_int(f.t, "id", 4, true, false);
	sg_key_add_column(&f.t->pk, "id");
	add_col(f.t, "slug", SG_T_VARCHAR, 10, false);
	fx_plan(&f, NULL);
	assert_int_equal(f.dec[0], SG_COL_WRITE);
	assert_true(f.cg[0].sequential);
	assert_true(f.cg[0].unique);
	f.cg[0].seq_base = 41;
	for (long long i = 0; i < 100; i++) {
		long long v;

		fx_row(&f, i);
		assert_true(is_int(val(&f, "id", NULL), &v));
		assert_int_equal(v, 41 + i + 1);
	}
	fx_release(&f);
}

static void enum_set_membership(void **state)
{
	struct fx f;
	struct sg_column *c;
	static const char *const members[] = { "red", "green", "blue", "it's", "a b" };

	(void)state;
	for (int edge = 0; edge < 2; edge++) {
		fx_init(&f, SG_DIALECT_MYSQL, "paint");
		f.env.edge = edge;
		c = add_col(f.t, "color", SG_T_ENUM, 0, false);
		for (int i = 0; i < 5; i++)
			sg_column_add_enum(c, members[i]);
		c = add_col(f.t, "finish", SG_T_SET, 0, true);
		for (int i = 0; i < 5; i++)
			sg_column_add_enum(c, members[i]);
		fx_plan(&f, NULL);
		int seen[5] = { 0 }, full_sets = 0;

		for (long long i = 0; i < ROWS; i++) {
			const char *v;
			int hit = -1;

			fx_row(&f, i);
			v = val(&f, "color", NULL);
			assert_non_null(v);
			for (int k = 0; k < 5; k++)
				if (!strcmp(v, members[k]))
					hit = k;
			if (hit < 0)
				fail_msg("enum value '%s' not in the definition", v);
			seen[hit]++;
			v = val(&f, "finish", NULL);
			if (!v)
				continue;
			/* a non-empty subset in definition order */
			int last = -1, n = 0;
			char tmp[128];

			snprintf(tmp, sizeof(tmp), "%s", v);
			for (char *tok = strtok(tmp, ","); tok; tok = strtok(NULL, ",")) {
				int k = -1;

				for (int j = 0; j < 5; j++)
					if (!strcmp(tok, members[j]))
						k = j;
				if (k <= last)
					fail_msg("set value '%s' not a subset in order", v);
				last = k;
				n++;
			}
			assert_true(n >= 1);
			full_sets += n == 5;
		}
		for (int k = 0; k < 5; k++)
			assert_true(seen[k] > 0);
		if (edge)
			assert_true(full_sets > 0);
		fx_release(&f);
	}
}

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

static void null_rates(void **state)
{
	struct fx f;
	struct sg_colopts half = { .null_rate = 0.5 };
	int nulls = 0, never = 0;

	(void)state;
	fx_init(&f, SG_DIALECT_PGSQL, "people");
	add_col(f.t, "nickname", SG_T_VARCHAR, 40, true);
	add_col(f.t, "full_name", SG_T_VARCHAR, 80, false);
	add_int(f.t, "age", 2, false, true);
	fx_plan(&f, NULL);
	for (long long i = 0; i < 10 * ROWS; i++) {
		fx_row(&f, i);
		nulls += !val(&f, "nickname", NULL);
		never += !val(&f, "full_name", NULL);
		nulls += !val(&f, "age", NULL);
	}
	/* 0.1 of 40,000 draws */
	assert_in_range(nulls, 3400, 4600);
	assert_int_equal(never, 0);
	fx_release(&f);

	fx_init(&f, SG_DIALECT_PGSQL, "people");
	add_col(f.t, "nickname", SG_T_VARCHAR, 40, true);
	fx_plan(&f, &half);
	nulls = 0;
	for (long long i = 0; i < ROWS; i++) {
		fx_row(&f, i);
		nulls += !val(&f, "nickname", NULL);
	}
	assert_in_range(nulls, 850, 1150);
	fx_release(&f);

	/* the edge scenario: NULL often, every 10 rows */
	fx_init(&f, SG_DIALECT_MYSQL, "people");
	f.env.edge = true;
	add_col(f.t, "nickname", SG_T_VARCHAR, 40, true);
	add_col(f.t, "full_name", SG_T_VARCHAR, 80, false);
	fx_plan(&f, NULL);
	nulls = never = 0;
	for (long long i = 0; i < 10; i++) {
		fx_row(&f, i);
		nulls += !val(&f, "nickname", NULL);
		never += !val(&f, "full_name", NULL);
	}
	assert_int_equal(nulls, 3);
	assert_int_equal(never, 0);
	fx_release(&f);
}

static void booleans(void **state)
{
	(void)state;
	for (int d = 0; d < 2; d++) {
		struct fx f;
		int active = 0, deleted = 0;
		const char *yes = d ? "1" : "t", *no = d ? "0" : "f";

		fx_init(&f, d ? SG_DIALECT_MYSQL : SG_DIALECT_PGSQL, "users");
		add_col(f.t, "isActive", SG_T_BOOL, 0, false);
		add_col(f.t, "is_deleted", SG_T_BOOL, 0, false);
		add_col(f.t, "enabled", SG_T_BOOL, 0, false);
		fx_plan(&f, NULL);
		for (long long i = 0; i < ROWS; i++) {
			fx_row(&f, i);
			for (size_t k = 0; k < 3; k++) {
				const char *v = sg_row_get(&f.row, k, NULL);

				if (strcmp(v, yes) && strcmp(v, no))
					fail_msg("boolean '%s'", v);
			}
			active += !strcmp(val(&f, "isActive", NULL), yes);
			deleted += !strcmp(val(&f, "is_deleted", NULL), yes);
		}
		assert_true(active > ROWS * 3 / 4 && active < ROWS);
		assert_true(deleted > 0 && deleted < ROWS / 5);
		fx_release(&f);
	}
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

/* CHECK spellings of MariaDB, MySQL 8 and PostgreSQL. */
static void check_constraints(void **state)
{
	static const struct {
		enum sg_dialect d;
		enum sg_type_class cls;
		int len;
		const char *name, *check;
		const char *allowed[6]; /* for IN lists */
		long long lo, hi;       /* numbers, or lengths for text */
	} cases[] = {
		{ SG_DIALECT_MYSQL, SG_T_VARCHAR, 20, "status",
		  "`status` in ('draft','sent','it''s')", { "draft", "sent", "it's" }, 0, 0 },
		{ SG_DIALECT_MYSQL, SG_T_VARCHAR, 20, "status",
		  "(`status` in (_utf8mb4'draft',_utf8mb4'sent'))", { "draft", "sent" }, 0, 0 },
		{ SG_DIALECT_PGSQL, SG_T_VARCHAR, 20, "status",
		  "CHECK (status::text = ANY (ARRAY['draft'::character varying, "
		  "'sent'::character varying]::text[]))", { "draft", "sent" }, 0, 0 },
		{ SG_DIALECT_PGSQL, SG_T_TEXT, 0, "kind",
		  "CHECK (kind = ANY (ARRAY['a'::text, 'b'::text]))", { "a", "b" }, 0, 0 },
		{ SG_DIALECT_PGSQL, SG_T_INT, 0, "size",
		  "CHECK (size = ANY (ARRAY[1, 2, 4]))", { "1", "2", "4" }, 0, 0 },
		{ SG_DIALECT_MYSQL, SG_T_INT, 0, "score",
		  "`score` >= 10 and `score` <= 20", { NULL }, 10, 20 },
		{ SG_DIALECT_MYSQL, SG_T_INT, 0, "score",
		  "((`score` > 9) and (`score` < 21))", { NULL }, 10, 20 },
		{ SG_DIALECT_PGSQL, SG_T_INT, 0, "score",
		  "CHECK (score > 0); CHECK (score < 4)", { NULL }, 1, 3 },
		{ SG_DIALECT_PGSQL, SG_T_INT, 0, "score",
		  "CHECK (VALUE >= 3 AND VALUE <= 4)", { NULL }, 3, 4 },
		{ SG_DIALECT_PGSQL, SG_T_INT, 0, "score",
		  "CHECK (7 >= score AND 5 <= score)", { NULL }, 5, 7 },
		{ SG_DIALECT_PGSQL, SG_T_VARCHAR, 40, "code",
		  "CHECK (char_length(code::text) = 8)", { NULL }, 8, 8 },
		{ SG_DIALECT_MYSQL, SG_T_VARCHAR, 40, "code",
		  "char_length(trim(`code`)) between 3 and 5", { NULL }, 3, 5 },
		{ SG_DIALECT_MYSQL, SG_T_VARCHAR, 40, "code",
		  "(length(`code`) <= 6)", { NULL }, 0, 6 },
		{ SG_DIALECT_PGSQL, SG_T_TEXT, 0, "name",
		  "CHECK (name <> ''::text)", { NULL }, 1, 0 },
	};

	(void)state;
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++)
		for (int edge = 0; edge < 2; edge++) {
			struct fx f;
			struct sg_column *col;

			fx_init(&f, cases[c].d, "checked");
			f.env.edge = edge;
			col = add_col(f.t, cases[c].name, cases[c].cls, cases[c].len, false);
			col->int_bytes = 4;
			set_check(col, cases[c].check);
			fx_plan(&f, NULL);
			assert_int_equal(f.dec[0], SG_COL_WRITE);
			for (long long i = 0; i < ROWS / 4; i++) {
				size_t len;
				const char *v;

				fx_row(&f, i);
				v = val(&f, cases[c].name, &len);
				if (cases[c].allowed[0]) {
					bool ok = false;

					for (int k = 0; k < 6 && cases[c].allowed[k]; k++)
						ok |= !strcmp(v, cases[c].allowed[k]);
					if (!ok)
						fail_msg("case %zu: '%s' not in the IN list", c, v);
				} else if (cases[c].cls == SG_T_INT) {
					long long x;

					assert_true(is_int(v, &x));
					if (x < cases[c].lo || x > cases[c].hi)
						fail_msg("case %zu: %lld outside [%lld, %lld]", c, x,
							 cases[c].lo, cases[c].hi);
				} else {
					size_t n = chars(v, len);

					if (n < (size_t)cases[c].lo ||
					    (cases[c].hi && n > (size_t)cases[c].hi))
						fail_msg("case %zu: length %zu of '%s'", c, n, v);
					/* MySQL length() counts bytes */
					if (strstr(cases[c].check, "(length(") &&
					    len > (size_t)cases[c].hi)
						fail_msg("case %zu: %zu bytes", c, len);
				}
			}
			fx_release(&f);
		}

	/* a clause with OR is ignored, not misread */
	{
		struct fx f;
		struct sg_column *col;

		fx_init(&f, SG_DIALECT_PGSQL, "checked");
		col = add_int(f.t, "quantity", 4, false, false);
		set_check(col, "CHECK (quantity > 100 OR quantity < 0)");
		fx_plan(&f, NULL);
		assert_int_equal(f.dec[0], SG_COL_WRITE);
		fx_row(&f, 0);
		fx_release(&f);
	}
}

/* A table CHECK over two columns bounds each of them; numbers feeding a
 * generated column leave room for its result; indexed text stays under
 * PostgreSQL's btree entry limit; all in the edge scenario. */
static void edge_respects_table(void **state)
{
	struct fx f;
	struct sg_column *c;
	struct sg_key *k;
	size_t longest = 0;

	(void)state;
	fx_init(&f, SG_DIALECT_PGSQL, "orders");
	f.env.edge = true;
	add_dec(f.t, "subtotal", 12, 2, false);
	add_dec(f.t, "tax", 12, 2, false);
	c = add_dec(f.t, "total", 12, 2, false);
	c->generated = true;
	c->generation_expr = sg_strdup("(subtotal + tax)");
	add_dec(f.t, "discount", 12, 2, false);
	sg_table_add_check(f.t, "orders_amounts_nonneg",
			   "CHECK (subtotal >= 0::numeric AND tax >= 0::numeric)");
	sg_table_add_check(f.t, "orders_discount", "CHECK (discount <= subtotal OR discount = 0)");
	add_col(f.t, "full_name", SG_T_TEXT, 0, false);
	add_col(f.t, "code", SG_T_VARCHAR, 2000, false);
	add_col(f.t, "notes", SG_T_TEXT, 0, false);
	k = sg_table_add_index(f.t, "orders_lower_name_idx");
	sg_key_add_column(k, "lower(full_name)");
	k = sg_table_add_unique(f.t, "orders_code_key");
	sg_key_add_column(k, "code");
	fx_plan(&f, NULL);
	assert_int_equal(f.dec[2], SG_COL_SKIP);
	for (long long i = 0; i < 40; i++) {
		double sub, tax;
		size_t len;

		fx_row(&f, i);
		sub = strtod(val(&f, "subtotal", NULL), NULL);
		tax = strtod(val(&f, "tax", NULL), NULL);
		if (sub < 0 || tax < 0 || sub + tax >= 1e10)
			fail_msg("subtotal %.2f tax %.2f", sub, tax);
		val(&f, "full_name", &len);
		assert_true(len <= 800);
		val(&f, "code", &len);
		assert_true(len <= 800);
		val(&f, "notes", &len);
		if (len > longest)
			longest = len;
	}
	/* unindexed unbounded text does get long */
	assert_true(longest > 2000);
	fx_release(&f);
}

static void same_seed_same_values(void **state)
{
	struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT;

	(void)state;
	for (int run = 0; run < 3; run++) {
		struct fx f;
		struct sg_buf *out = run == 1 ? &b : &a;

		fx_init(&f, SG_DIALECT_PGSQL, "mixed");
		add_col(f.t, "email", SG_T_VARCHAR, 100, false);
		add_col(f.t, "notes", SG_T_TEXT, 0, true);
		add_int(f.t, "quantity", 4, false, false);
		add_dec(f.t, "amount", 12, 2, false);
		add_col(f.t, "metadata", SG_T_JSON, 0, true);
		add_col(f.t, "created_at", SG_T_TIMESTAMP, 0, false);
		add_col(f.t, "ref", SG_T_UUID, 0, false);
		fx_plan(&f, NULL);
		if (run == 2)
			sg_rand_seed(&f.r, 43, 7);
		for (long long i = 0; i < 200; i++) {
			fx_row(&f, i);
			for (size_t k = 0; k < f.t->ncols; k++) {
				const char *v = sg_row_get(&f.row, k, NULL);

				sg_buf_adds(out, v ? v : "\\N");
				sg_buf_addch(out, '\t');
			}
		}
		fx_release(&f);
		if (run == 1)
			assert_string_equal(a.data, b.data);
		if (run == 2)
			assert_true(strcmp(a.data + b.len, b.data) != 0);
	}
	sg_buf_release(&a);
	sg_buf_release(&b);
}

/* attempt > 0 (a unique key was hit) gives another value, from the same
 * stream state. */
static void retries_differ(void **state)
{
	struct fx f;
	struct sg_key *k;

	(void)state;
	fx_init(&f, SG_DIALECT_MYSQL, "accounts");
	add_col(f.t, "email", SG_T_VARCHAR, 24, false);
	add_col(f.t, "code", SG_T_CHAR, 3, false);
	add_col(f.t, "username", SG_T_VARCHAR, 40, false);
	add_col(f.t, "status", SG_T_VARCHAR, 12, false);
	add_int(f.t, "rank_points", 4, false, false);
	add_int(f.t, "tiny_code", 1, false, false);
	add_dec(f.t, "balance", 12, 2, false);
	add_col(f.t, "joined_at", SG_T_DATETIME, 0, false);
	add_col(f.t, "joined_on", SG_T_DATE, 0, false);
	add_col(f.t, "token", SG_T_UUID, 0, false);
	for (size_t i = 0; i < f.t->ncols; i++) {
		k = sg_table_add_unique(f.t, f.t->columns[i]->name);
		sg_key_add_column(k, f.t->columns[i]->name);
	}
	fx_plan(&f, NULL);
	for (size_t c = 0; c < f.t->ncols; c++) {
		int same = 0;

		for (long long i = 0; i < 500; i++) {
			struct sg_rand saved;
			struct sg_fake_row fsaved;
			char first[256];
			const char *v;
			size_t len;

			sg_row_reset(&f.row);
			f.row.index = i;
			sg_fake_row_reset(&f.fr, &f.r);
			saved = f.r;
			fsaved = f.fr;
			sg_generic_value(&f.cg[c], &f.env, &f.r, &f.fr, &f.row, 0);
			v = sg_row_get(&f.row, c, &len);
			snprintf(first, sizeof(first), "%s", v);
			f.r = saved;
			f.fr = fsaved;
			f.fr.r = &f.r;
			sg_generic_value(&f.cg[c], &f.env, &f.r, &f.fr, &f.row, 1 + (int)(i % 3));
			v = sg_row_get(&f.row, c, &len);
			same += !strcmp(first, v);
			if (f.t->columns[c]->length &&
			    chars(v, len) > (size_t)f.t->columns[c]->length)
				fail_msg("%s: retry value '%s' too long", f.t->columns[c]->name, v);
		}
		if (same > 10)
			fail_msg("%s: %d of 500 retries gave the same value", f.t->columns[c]->name,
				 same);
	}
	fx_release(&f);
}

/* --- row.c -------------------------------------------------------------------- */

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plan_decisions),
		cmocka_unit_test(enum_set_membership),
		cmocka_unit_test(text_lengths),
		cmocka_unit_test(name_driven_text),
		cmocka_unit_test(decimals_fit),
		cmocka_unit_test(integers_fit),
		cmocka_unit_test(json_is_valid),
		cmocka_unit_test(uuids_and_ids),
		cmocka_unit_test(dates_in_window),
		cmocka_unit_test(edge_time_limits),
		cmocka_unit_test(null_rates),
		cmocka_unit_test(booleans),
		cmocka_unit_test(binary_and_bits),
		cmocka_unit_test(pg_arrays),
		cmocka_unit_test(check_constraints),
		cmocka_unit_test(edge_respects_table),
		cmocka_unit_test(same_seed_same_values),
		cmocka_unit_test(retries_differ),
		cmocka_unit_test(format_time_matches_gmtime),
		cmocka_unit_test(row_model),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
