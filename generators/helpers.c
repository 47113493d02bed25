/*
 * Helpers shared by the table-specific generators (see gen_helpers.h).
 */
#include <string.h>
#include <cjson/cJSON.h>

#include "seedgen/fake.h"
#include "seedgen/gen_helpers.h"
#include "seedgen/valuefit.h"

void sg_gen_fk_target(struct sg_gen_ctx *g, const char *col, const char **table,
		      const char **ref_col)
{
	const struct sg_table *t = sg_gen_table(g);

	for (size_t i = 0; i < t->nfks; i++)
		if (t->fks[i]->ncols == 1 && !strcmp(t->fks[i]->columns[0], col)) {
			*table = t->fks[i]->ref_table;
			*ref_col = t->fks[i]->ref_columns[0];
			return;
		}
}

int64_t sg_gen_time_hi(struct sg_gen_ctx *g, int col)
{
	const struct sg_column *c = sg_gen_table(g)->columns[col];

	if (c->cls == SG_T_TIMESTAMP && sg_gen_env(g)->caps->timestamp_1970_2038)
		return 2147483647;
	return 253402300799; /* 9999-12-31 23:59:59 */
}

void sg_gen_set_time(struct sg_gen_ctx *g, struct sg_row *row, int col, int64_t t)
{
	enum sg_type_class c;
	int64_t hi;

	if (col < 0)
		return;
	c = sg_gen_table(g)->columns[col]->cls;
	if (c != SG_T_DATE && c != SG_T_DATETIME && c != SG_T_TIMESTAMP)
		return;
	hi = sg_gen_time_hi(g, col);
	sg_row_set_time(row, (size_t)col, t < hi ? t : hi);
}

void sg_gen_set_null(struct sg_gen_ctx *g, struct sg_row *row, int col)
{
	if (col >= 0 && sg_gen_table(g)->columns[col]->nullable)
		sg_row_set_null(row, (size_t)col);
}

void sg_gen_pad_to_limit(struct sg_gen_ctx *g, int col, struct sg_buf *b)
{
	static const char *const fill[] = { "\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x8c\xbf",
					    "\xc3\x9f", "\xe2\x9c\x93", "\xf0\x9f\x98\x80" };
	const struct sg_column *c;
	size_t maxc, maxb = SIZE_MAX, chars;

	if (col < 0)
		return;
	c = sg_gen_table(g)->columns[col];
	if (c->length <= 0)
		return;
	maxc = (size_t)c->length;
	if (c->cls == SG_T_TEXT && sg_gen_env(g)->caps->text_limit_bytes)
		maxb = maxc;
	chars = sg_utf8_chars(b->data, b->len);
	if (chars < maxc && b->len < maxb) {
		sg_buf_addch(b, ' ');
		chars++;
	}
	for (size_t i = 0; chars < maxc; i++, chars++) {
		const char *f = fill[i % (sizeof(fill) / sizeof(fill[0]))];

		if (b->len + strlen(f) > maxb)
			f = "x";
		if (b->len + 1 > maxb)
			break;
		sg_buf_adds(b, f);
	}
}

size_t sg_gen_pick_weighted(struct sg_rand *r, const unsigned *w, size_t n)
{
	uint64_t total = 0, x;

	for (size_t i = 0; i < n; i++)
		total += w[i];
	if (!total)
		return n;
	x = sg_rand_below64(r, total);
	for (size_t i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

bool sg_gen_fits(const struct sg_table *t, int col, const char *s)
{
	const struct sg_column *c;

	if (col < 0)
		return false;
	c = t->columns[col];
	if (c->cls == SG_T_ENUM)
		return sg_enum_has(c, s, strlen(s));
	return !sg_fit_too_long(c, s);
}

void sg_gen_set_fit(const struct sg_table *t, struct sg_row *row, int col, const char *s)
{
	if (s && sg_gen_fits(t, col, s))
		sg_row_sets(row, (size_t)col, s);
}

void sg_gen_set_json(const struct sg_table *t, struct sg_row *row, int col, struct cJSON *v)
{
	char *s = v ? cJSON_PrintUnformatted(v) : NULL;

	sg_gen_set_fit(t, row, col, s);
	cJSON_free(s);
	cJSON_Delete(v);
}
