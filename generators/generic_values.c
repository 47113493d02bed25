/*
 * Values of the generic generator: sg_generic_value() is a switch on the
 * strategy that sg_generic_plan() chose, drawing from the table's stream
 * and writing straight into the row's buffer -- no name comparison, no
 * parsing and, except for JSON (cJSON), no allocation per value. Numbers,
 * times, binary, bits, enum/set members and PostgreSQL arrays are made
 * here; text and JSON in generic_text.c and generic_json.c.
 *
 * The edge scenario (env->edge) cycles every column through boundary
 * values by row index, so that each appears within any 10 consecutive
 * rows (within the first 10 for a unique column, then normal values):
 * the type's (or CHECK's) largest and smallest values, a second pair
 * (smallest positive / zero, one character / empty, {} for JSON), NULL in
 * nullable columns (3 rows in 10), and normal values.
 *
 * sg_generic_fix_row() then makes a row's time columns agree with each
 * other (updated after created, ended after started ...).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/check_expr.h"
#include "generic_int.h"
#include "seedgen/realistic.h"
#include "seedgen/refdata.h"

/* Boundary slot of a row in the edge scenario: every variant appears in
 * any 10 consecutive rows, shifted per column so that a row is not all
 * maxima. */
static int edge_variant(const struct sg_colgen *cg, const struct sg_row *row)
{
	static const signed char with_null[10] = { V_MAX, V_MIN, V_NULL, V_NORMAL, V_MAX2,
						   V_NULL, V_MIN2, V_NORMAL, V_NULL, V_MAX };
	static const signed char not_null[10] = { V_MAX, V_MIN, V_MAX, V_NORMAL, V_MAX2,
						  V_MIN, V_MIN2, V_NORMAL, V_MAX2, V_MAX };
	/* A unique column takes each boundary once, in its first 10 rows:
	 * repeated, they would only cost retries. */
	static const signed char unique[10] = { V_MAX, V_MIN, V_NORMAL, V_NORMAL, V_MAX2,
						V_NORMAL, V_MIN2, V_NORMAL, V_NORMAL, V_NORMAL };
	long long i = row->index < 0 ? 0 : row->index;
	unsigned s = (unsigned)((i + (long long)(cg->col % 10) * 3) % 10);
	int v = (cg->p.flags & F_EDGE_NULL ? with_null : not_null)[s];

	if (cg->unique && v != V_NULL)
		v = i < 10 ? unique[s] : V_NORMAL;
	return v;
}

/* Widens [lo, hi] by 10^attempt within [hlo, hhi] (unique-key retries). */
static void widen(int64_t *lo, int64_t *hi, int64_t hlo, int64_t hhi, int attempt)
{
	uint64_t span = (uint64_t)*hi - (uint64_t)*lo + 1, room = (uint64_t)hhi - (uint64_t)*lo;

	if (span == 0)
		return;
	for (int i = 0; i < attempt && span <= room; i++)
		span = span > UINT64_MAX / 10 ? UINT64_MAX : span * 10;
	*hi = span - 1 >= room ? hhi : (int64_t)((uint64_t)*lo + span - 1);
	if (*hi == hhi && *lo > hlo && attempt > 1) {
		room = (uint64_t)*lo - (uint64_t)hlo;
		*lo = span - 1 >= room ? hlo : (int64_t)((uint64_t)*lo - (span - 1));
	}
}

static void gen_int(const struct sg_colgen *cg, struct sg_rand *r, const struct sg_row *row,
		    int attempt, int v, struct sg_buf *b)
{
	int64_t lo = cg->ilo, hi = cg->ihi, hlo = cg->p.hard_lo, hhi = cg->p.hard_hi, x;

	switch (v) {
	case V_MAX:
		if (cg->p.flags & F_U64MAX)
			sg_buf_adds(b, "18446744073709551615");
		else
			gn_add_i64(b, hhi);
		return;
	case V_MIN:
		gn_add_i64(b, hlo);
		return;
	case V_MAX2:
		gn_add_i64(b, gn_clamp64(1, hlo, hhi));
		return;
	case V_MIN2:
		gn_add_i64(b, gn_clamp64(0, hlo, hhi));
		return;
	default:
		break;
	}
	if (cg->sequential) {
		x = cg->seq_base + row->index + 1;
		if (attempt > 0)
			x += sg_rand_range(r, 1, gn_pow10i(attempt + 3 < 15 ? attempt + 3 : 15));
		gn_add_i64(b, gn_clamp64(x, hlo, hhi));
		return;
	}
	if (attempt > 0) {
		widen(&lo, &hi, hlo, hhi, attempt);
		x = sg_rand_range(r, lo, hi);
	} else if (cg->strategy == S_INT_INDEX) {
		uint64_t span = (uint64_t)hhi - (uint64_t)lo + 1;

		x = lo + row->index;
		if (x < lo || x > hhi)
			x = span ? (int64_t)((uint64_t)lo + (uint64_t)row->index % span) : lo;
	} else if (cg->strategy == S_INT_PARETO) {
		x = gn_dbl_to_i64(llround(sg_fake_money(r, cg->dlo, cg->dhi)));
		x = gn_clamp64(x, lo, hi);
	} else {
		x = sg_rand_range(r, lo, hi);
	}
	gn_add_i64(b, x);
}

static void add_nines(struct sg_buf *b, int precision, int scale, bool neg)
{
	int ip = precision - scale;

	if (neg)
		sg_buf_addch(b, '-');
	if (ip <= 0) {
		sg_buf_addch(b, '0');
	} else {
		for (int i = 0; i < ip; i++)
			sg_buf_addch(b, '9');
	}
	if (scale > 0) {
		sg_buf_addch(b, '.');
		for (int i = 0; i < scale; i++)
			sg_buf_addch(b, i < -ip ? '0' : '9');
	}
}

static void gen_dec(const struct sg_colgen *cg, struct sg_rand *r, int attempt, int v,
		    struct sg_buf *b)
{
	const struct sg_column *c = cg->c;
	unsigned f = cg->p.flags;
	int64_t lo = cg->ilo, hi = cg->ihi, hlo = cg->p.hard_lo, hhi = cg->p.hard_hi, x;
	bool big = c->cls == SG_T_DECIMAL && c->precision > 18;

	switch (v) {
	case V_MAX:
		if ((f & F_HI_OPEN) && (f & F_FLOAT4))
			sg_buf_adds(b, "3.4e+38");
		else if ((f & F_HI_OPEN) && (f & F_FLOAT8))
			sg_buf_adds(b, "1.7976931348623157e+308");
		else if ((f & F_HI_OPEN) && big)
			add_nines(b, c->precision, c->scale, false);
		else
			gn_add_units(b, hhi, cg->p.scale);
		return;
	case V_MIN:
		if ((f & F_LO_OPEN) && (f & F_FLOAT4))
			sg_buf_adds(b, "-3.4e+38");
		else if ((f & F_LO_OPEN) && (f & F_FLOAT8))
			sg_buf_adds(b, "-1.7976931348623157e+308");
		else if ((f & F_LO_OPEN) && big)
			add_nines(b, c->precision, c->scale, true);
		else
			gn_add_units(b, hlo, cg->p.scale);
		return;
	case V_MAX2:
		/* the smallest positive value */
		if ((f & (F_FLOAT4 | F_FLOAT8)) && hlo <= 0 && hhi > 0)
			sg_buf_adds(b, f & F_FLOAT4 ? "1e-37" : "1e-307");
		else
			gn_add_units(b, gn_clamp64(1, hlo, hhi), cg->p.scale);
		return;
	case V_MIN2:
		gn_add_units(b, gn_clamp64(0, hlo, hhi), cg->p.scale);
		return;
	default:
		break;
	}
	if (attempt > 0) {
		widen(&lo, &hi, hlo, hhi, attempt);
		x = sg_rand_range(r, lo, hi);
	} else if (cg->strategy == S_DEC_MONEY) {
		double m = sg_fake_money(r, cg->dlo, cg->dhi) * gn_pow10d(cg->p.scale);

		x = gn_clamp64(gn_dbl_to_i64(llround(m)), lo, hi);
	} else if (cg->p.step > 1) {
		x = lo + cg->p.step * sg_rand_range(r, 0, (hi - lo) / cg->p.step);
	} else {
		x = sg_rand_range(r, lo, hi);
	}
	gn_add_units(b, x, cg->p.scale);
}

static int64_t time_value(const struct sg_colgen *cg, struct sg_rand *r, int attempt, int v)
{
	int64_t x, hlo = cg->p.hard_lo, hhi = cg->p.hard_hi;

	switch (v) {
	case V_MAX:
		x = hhi;
		break;
	case V_MIN:
		x = hlo;
		break;
	case V_MAX2:
		x = gn_clamp64(951825600, hlo, hhi); /* 2000-02-29 12:00:00, a leap day */
		break;
	case V_MIN2:
		x = gn_clamp64(2147483648LL, hlo, hhi); /* one second past 32-bit time_t */
		break;
	default:
		x = sg_rand_range(r, cg->ilo, cg->ihi);
		if (attempt > 0) {
			int e = attempt < 4 ? attempt : 4;
			int64_t d = (cg->p.flags & F_DAY) ? sg_rand_range(r, 1, gn_pow10i(e)) * 86400
							  : sg_rand_range(r, 1, 86400 * gn_pow10i(e));

			x = cg->time_role == R_FUTURE ? x + d : x - d;
			if (x < hlo || x > hhi)
				x = cg->time_role == R_FUTURE ? x - 2 * d : x + 2 * d;
			x = gn_clamp64(x, hlo, hhi);
		}
		break;
	}
	if (cg->p.flags & F_DAY)
		x = gn_floor_day(x);
	return x;
}

/* A day in the row person's birth year (the year an email of theirs may
 * carry), within the column's range; x when the year does not fit it. */
static int64_t birth_value(const struct sg_colgen *cg, struct sg_rand *r,
			   struct sg_fake_row *fr, int64_t x)
{
	char jan1[16];
	int64_t t;
	int y = sg_fake_birth_year(fr);

	snprintf(jan1, sizeof(jan1), "%04d-01-01", y);
	if (!sg_parse_time(jan1, strlen(jan1), &t))
		return x;
	t += sg_rand_range(r, 0, 364) * 86400 + ((cg->p.flags & F_DAY) ? 0 : sg_rand_range(r, 0, 86399));
	return t >= cg->ilo && t <= cg->ihi ? t : x;
}

static void gen_binary(const struct sg_colgen *cg, const struct sg_gen_env *env,
		       struct sg_rand *r, int v, struct sg_buf *b)
{
	static const char hex[] = "0123456789abcdef";
	bool hex_text = env->caps->binary_hex_text; /* else printable bytes */
	size_t maxn = (size_t)cg->p.len_max, n;
	int fill = -1;

	switch (v) {
	case V_MAX:
		n = maxn ? maxn : EDGE_BLOB;
		break;
	case V_MAX2:
		n = maxn ? maxn : EDGE_BLOB;
		fill = hex_text ? 0xFF : '~';
		break;
	case V_MIN:
		n = (size_t)cg->p.len_min;
		break;
	case V_MIN2:
		n = cg->p.len_min > 1 ? (size_t)cg->p.len_min : 1;
		fill = hex_text ? 0x00 : '!';
		break;
	default:
		n = 8 + sg_rand_below(r, 25);
		if (maxn && n > maxn)
			n = maxn;
		if (n < (size_t)cg->p.len_min)
			n = (size_t)cg->p.len_min;
		break;
	}
	if (hex_text)
		sg_buf_adds(b, "\\x");
	sg_buf_grow(b, hex_text ? 2 * n : n);
	for (size_t i = 0; i < n; i++) {
		unsigned byte;

		if (hex_text) {
			byte = fill >= 0 ? (unsigned)fill : sg_rand_below(r, 256);
			b->data[b->len++] = hex[byte >> 4];
			b->data[b->len++] = hex[byte & 15];
		} else {
			/* printable, so that the value survives any text path */
			byte = fill >= 0 ? (unsigned)fill : 0x21 + sg_rand_below(r, 0x7e - 0x21 + 1);
			b->data[b->len++] = (char)byte;
		}
	}
	b->data[b->len] = '\0';
}

static void gen_bit(const struct sg_colgen *cg, struct sg_rand *r, int v, struct sg_buf *b)
{
	size_t maxn = cg->p.len_max ? (size_t)cg->p.len_max : 64, n;
	bool fixed = cg->p.len_min > 0 && cg->p.len_min == cg->p.len_max;

	if (v == V_MAX || v == V_MAX2) {
		for (size_t i = 0; i < maxn; i++)
			sg_buf_addch(b, '1');
		return;
	}
	if (v == V_MIN || v == V_MIN2) {
		n = fixed ? maxn : 1;
		for (size_t i = 0; i < n; i++)
			sg_buf_addch(b, '0');
		return;
	}
	n = fixed ? maxn : 1 + sg_rand_below(r, (uint32_t)(maxn < 16 ? maxn : 16));
	for (size_t i = 0; i < n; i++)
		sg_buf_addch(b, (char)('0' + sg_rand_below(r, 2)));
}

static void gen_pick(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		     int v, struct sg_buf *b)
{
	int n = cg->strategy == S_ENUM ? (int)cg->c->n_enum : cg->p.nchoices, k;

	if (n <= 0)
		return;
	k = v == V_MAX ? n - 1 : v == V_MIN ? 0 : (int)sg_rand_below(r, (uint32_t)n);
	if (cg->strategy == S_OPTS)
		sg_buf_adds(b, cg->opts->values[k]);
	else if (cg->strategy == S_CHOICE)
		sg_check_choice_at(cg->p.choices, k, env->caps->backslash_escapes, b);
	else
		sg_buf_adds(b, cg->c->enum_values[k]);
}

/* The enum value that stands for the row person's gender (M, Female ...)
 * or courtesy title (Mr, Ms ...); false when the enum has none. */
static bool pick_coherent(const struct sg_colgen *cg, struct sg_fake_row *fr, struct sg_buf *b)
{
	char g = sg_fake_gender(fr);

	for (size_t i = 0; i < cg->c->n_enum; i++) {
		const char *e = cg->c->enum_values[i];
		char eg = cg->fake_kind == SG_FAKE_GENDER ? sg_ref_gender_value(e)
			: sg_ref_title_gender(e);

		if (eg == g) {
			sg_buf_adds(b, e);
			return true;
		}
	}
	return false;
}

static void gen_set(const struct sg_colgen *cg, struct sg_rand *r, int v, struct sg_buf *b)
{
	size_t n = cg->c->n_enum, start = b->len;
	bool any = false;

	if (!n)
		return;
	if (v == V_MIN || v == V_MAX2) {
		sg_buf_adds(b, cg->c->enum_values[v == V_MIN ? 0 : n - 1]);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (v != V_MAX && !sg_rand_chance(r, 0.35))
			continue;
		if (any)
			sg_buf_addch(b, ',');
		sg_buf_adds(b, cg->c->enum_values[i]);
		any = true;
	}
	if (!any) {
		gn_truncate_to(b, start);
		sg_buf_adds(b, cg->c->enum_values[sg_rand_below(r, (uint32_t)n)]);
	}
}

/* A range is one slot of a fixed grid (10 integers, a day, an hour) with
 * '[)' bounds: two slots never overlap, so an exclusion constraint
 * (room WITH =, during WITH &&) holds whenever the unique-key bookkeeping
 * keeps the slot's lower bound unique per key (seedgen/keyform.h). */
static void gen_range(const struct sg_colgen *cg, struct sg_rand *r, struct sg_buf *b)
{
	const struct sg_column *c = cg->c;
	int64_t k = (int64_t)sg_rand_below(r, 1u << 17), t0 = 1577836800; /* 2020-01-01 */

	switch (c->elem_cls) {
	case SG_T_DATE:
		sg_buf_addch(b, '[');
		sg_format_time(SG_T_DATE, t0 + k % 20000 * 86400, b);
		sg_buf_addch(b, ',');
		sg_format_time(SG_T_DATE, t0 + (k % 20000 + 1) * 86400, b);
		sg_buf_addch(b, ')');
		break;
	case SG_T_DATETIME:
	case SG_T_TIMESTAMP:
		for (int i = 0; i < 2; i++) {
			sg_buf_adds(b, i ? "\",\"" : "[\"");
			sg_format_time(SG_T_DATETIME, t0 + (k + i) * 3600, b);
			if (c->with_tz)
				sg_buf_adds(b, "+00");
		}
		sg_buf_adds(b, "\")");
		break;
	default: /* integers and numeric */
		sg_buf_addf(b, "[%lld,%lld)", (long long)k * 10, (long long)k * 10 + 10);
		break;
	}
}

/* One value (or array element) of the column's strategy, appended to b. */
static void gen_scalar(const struct sg_colgen *cg, const struct sg_gen_env *env,
		       struct sg_rand *r, struct sg_fake_row *fr, const struct sg_row *row,
		       int attempt, int v, bool elem, struct sg_buf *b)
{
	const struct sg_caps *caps = env->caps;

	switch (cg->strategy) {
	case S_ENUM:
		if (v == V_NORMAL && cg->fake_kind && pick_coherent(cg, fr, b))
			break;
		/* fall through */
	case S_OPTS:
	case S_CHOICE:
		gen_pick(cg, env, r, v, b);
		break;
	case S_INT:
	case S_INT_INDEX:
	case S_INT_PARETO:
		gen_int(cg, r, row, attempt, v, b);
		break;
	case S_BOOL: {
		bool yes = v == V_MAX || v == V_MAX2 ? true : v == V_MIN || v == V_MIN2
			? false : sg_rand_chance(r, cg->p.bias);

		sg_buf_adds(b, caps->bool_text[yes]);
		break;
	}
	case S_DEC:
	case S_DEC_MONEY:
		gen_dec(cg, r, attempt, v, b);
		break;
	case S_TEXT:
	case S_TEXT_ID:
	case S_TEXT_CODE:
	case S_VOCAB:
	case S_PARAMVAL:
	case S_KEYCODE:
	case S_CLASSNAME:
		gn_gen_text(cg, env, r, fr, row, attempt, v, elem, b);
		break;
	case S_PATTERN:
		gn_gen_pattern(cg, r, b);
		break;
	case S_JSON:
		gn_gen_json(cg, env, r, fr, attempt, v, b);
		break;
	case S_UUID:
		if (v == V_MAX)
			sg_buf_adds(b, "ffffffff-ffff-ffff-ffff-ffffffffffff");
		else if (v == V_MIN)
			sg_buf_adds(b, "00000000-0000-0000-0000-000000000000");
		else
			gn_add_uuid(b, r);
		break;
	case S_TIME:
		sg_format_time(cg->c->cls == SG_T_ARRAY ? cg->c->elem_cls : cg->c->cls,
			       time_value(cg, r, attempt, v), b);
		if (cg->p.flags & F_TZ)
			sg_buf_adds(b, "+00");
		break;
	case S_TOD:
		if (v == V_MAX2 || v == V_MIN2) {
			sg_buf_adds(b, caps->time_838h ? (v == V_MAX2 ? "838:59:59" : "-838:59:59")
					     : (v == V_MAX2 ? "24:00:00" : "00:00:01"));
		} else {
			int64_t x = v == V_MAX ? cg->p.hard_hi : v == V_MIN ? cg->p.hard_lo
				  : sg_rand_range(r, cg->ilo, cg->ihi);

			sg_format_time(SG_T_TIME, x, b);
		}
		if (cg->p.flags & F_TZ)
			sg_buf_adds(b, "+00");
		break;
	case S_YEAR: {
		int64_t x = v == V_MAX ? cg->p.hard_hi : v == V_MIN ? cg->p.hard_lo
			  : sg_rand_range(r, cg->ilo, cg->ihi);

		if (attempt > 0 && v == V_NORMAL)
			x = sg_rand_range(r, cg->p.hard_lo, cg->p.hard_hi);
		gn_add_i64(b, x);
		break;
	}
	case S_BINARY:
		gen_binary(cg, env, r, v, b);
		break;
	case S_BIT:
		gen_bit(cg, r, v, b);
		break;
	case S_SET:
		gen_set(cg, r, v, b);
		break;
	case S_RANGE:
		gen_range(cg, r, b);
		break;
	case S_OTHER:
		gn_gen_other(cg, env, r, attempt, b);
		break;
	default:
		break;
	}
}

/* Wraps the element at [e, len) in double quotes, backslash-escaping
 * quotes and backslashes, in place (array literal syntax). */
static void quote_in_place(struct sg_buf *b, size_t e)
{
	size_t extra = 2, end = b->len, w;

	for (size_t i = e; i < end; i++)
		if (b->data[i] == '"' || b->data[i] == '\\')
			extra++;
	sg_buf_grow(b, extra);
	w = end + extra;
	b->data[w] = '\0';
	b->data[--w] = '"';
	for (size_t i = end; i > e; i--) {
		char ch = b->data[i - 1];

		b->data[--w] = ch;
		if (ch == '"' || ch == '\\')
			b->data[--w] = '\\';
	}
	b->data[--w] = '"';
	b->len = end + extra;
}

static void gen_array(const struct sg_colgen *cg, const struct sg_gen_env *env,
		      struct sg_rand *r, struct sg_fake_row *fr, const struct sg_row *row,
		      int attempt, int v, struct sg_buf *b)
{
	static const unsigned char counts[10] = { 0, 1, 1, 1, 2, 2, 2, 3, 3, 4 };
	int n, ev = v == V_MAX || v == V_MAX2 ? v : V_NORMAL;

	if (v == V_MIN || v == V_MIN2)
		n = 0;
	else if (v == V_MAX)
		n = 6;
	else
		n = counts[sg_rand_below(r, 10)];
	if (attempt > 0 && n == 0)
		n = 1;
	sg_buf_addch(b, '{');
	if (cg->strategy == S_ENUM) {
		/* distinct members, in definition order */
		size_t ne = cg->c->n_enum;
		bool first = true;

		for (size_t i = 0; i < ne && n > 0; i++) {
			if (v != V_MAX && sg_rand_below(r, (uint32_t)(ne - i)) >= (uint32_t)n)
				continue;
			if (!first)
				sg_buf_addch(b, ',');
			first = false;
			size_t e = b->len;

			sg_buf_adds(b, cg->c->enum_values[i]);
			quote_in_place(b, e);
			n--;
		}
	} else {
		for (int i = 0; i < n; i++) {
			size_t e;

			if (i)
				sg_buf_addch(b, ',');
			e = b->len;
			gen_scalar(cg, env, r, fr, row, attempt, ev, true, b);
			quote_in_place(b, e);
		}
	}
	sg_buf_addch(b, '}');
}

void sg_generic_value(const struct sg_colgen *cg, const struct sg_gen_env *env,
		      struct sg_rand *r, struct sg_fake_row *fr, struct sg_row *row,
		      int attempt)
{
	struct sg_fake_row local;
	int v = V_NORMAL;
	size_t start;

	if (cg->strategy == S_NONE) {
		if (cg->c && cg->c->nullable)
			sg_row_set_null(row, cg->col);
		return;
	}
	if (env->edge && attempt == 0)
		v = edge_variant(cg, row);
	/* A retry must not replay the draws that gave the duplicate, even
	 * when the range cannot widen (a full-width integer, an enum). */
	for (int i = 0; i < attempt && i < 8; i++)
		sg_rand_u32(r);
	/* Only a column of a key can repeat it: the others keep their ranges
	 * (a retried row's quantity stays a quantity). */
	if (!(cg->p.flags & F_KEYPART) && !cg->unique)
		attempt = 0;
	if (cg->null_rate > 0) {
		if (cg->p.flags & F_EDGE_NULL) {
			if (v == V_NULL) {
				sg_row_set_null(row, cg->col);
				return;
			}
		} else if (sg_rand_chance(r, cg->null_rate)) {
			sg_row_set_null(row, cg->col);
			return;
		}
	}
	if (v == V_NULL)
		v = V_NORMAL;
	if (!fr) {
		sg_fake_row_init(&local);
		sg_fake_row_reset(&local, r);
		fr = &local;
	} else if (!fr->r) {
		sg_fake_row_reset(fr, r);
	}
	if (!(cg->p.flags & F_ARRAY)) {
		if (cg->strategy == S_TIME) {
			int64_t x = time_value(cg, r, attempt, v);

			if (cg->time_role == R_BIRTH && v == V_NORMAL && attempt == 0)
				x = birth_value(cg, r, fr, x);
			sg_row_set_time(row, cg->col, x);
			return;
		}
		if (cg->strategy == S_TOD && v != V_MAX2 && v != V_MIN2) {
			int64_t x = v == V_MAX ? cg->p.hard_hi : v == V_MIN ? cg->p.hard_lo
				  : sg_rand_range(r, cg->ilo, cg->ihi);

			sg_row_set_time(row, cg->col, x);
			return;
		}
	}
	start = sg_row_begin(row);
	if (cg->p.flags & F_ARRAY)
		gen_array(cg, env, r, fr, row, attempt, v, &row->data);
	else
		gen_scalar(cg, env, r, fr, row, attempt, v, false, &row->data);
	sg_row_end(row, cg->col, start);
}

/* --- time ordering within a row ----------------------------------------------- */

static void fix_after(const struct sg_colgen *cg, const struct sg_gen_env *env,
		      struct sg_rand *r, struct sg_row *row, int64_t base)
{
	int64_t x, hi = cg->p.hard_hi;

	if (!sg_row_get_time(row, cg->col, &x) || x >= base)
		return;
	if (cg->time_role == R_FUTURE) {
		x = base + sg_rand_range(r, 86400, 60 * 86400);
	} else {
		int64_t top = env->now < hi ? env->now : hi;

		if (top < base)
			top = base;
		/* mostly soon after the base, now and then much later */
		if (top - base > 30 * 86400 && sg_rand_chance(r, 0.7))
			top = base + 30 * 86400;
		x = sg_rand_range(r, base, top);
	}
	if (x > hi)
		x = hi;
	if (cg->p.flags & F_DAY) {
		int64_t d = gn_floor_day(x);

		x = d < x && d + 86400 <= hi ? d + 86400 : d;
		if (x < base && d + 86400 <= hi)
			x = d + 86400;
	}
	sg_row_set_time(row, cg->col, x);
}

/* A time column's epoch or a number, for ordering a pair. */
static bool row_number(const struct sg_row *row, size_t col, double *out)
{
	int64_t t;
	size_t len;
	const char *v;
	char *end;

	if (sg_row_get_time(row, col, &t)) {
		*out = (double)t;
		return true;
	}
	v = sg_row_get(row, col, &len);
	if (!v || !len)
		return false;
	*out = strtod(v, &end);
	return end == v + len;
}

static void swap_values(struct sg_row *row, size_t a, size_t b)
{
	int64_t ta, tb;
	char *va, *vb;
	size_t la, lb;

	if (sg_row_get_time(row, a, &ta) && sg_row_get_time(row, b, &tb)) {
		sg_row_set_time(row, a, tb);
		sg_row_set_time(row, b, ta);
		return;
	}
	va = sg_strdup(sg_row_get(row, a, &la));
	vb = sg_strdup(sg_row_get(row, b, &lb));
	sg_row_set(row, a, vb, lb);
	sg_row_set(row, b, va, la);
	free(va);
	free(vb);
}

/* CHECKs that order two columns (end_at > start_at, cost <= price): the
 * pair is swapped when it came out the wrong way round. Equal values of
 * a strict pair stay; the engine's CHECK guard then makes the row again. */
static void fix_orders(const struct sg_colgen *cgs, size_t n, struct sg_row *row)
{
	for (size_t i = 0; i < n; i++) {
		const struct sg_colgen *cg = &cgs[i];
		size_t o = (size_t)cg->p.order_col - 1;
		bool other_written = false;
		double a, b;

		if (!cg->p.order_col || (cg->p.flags & F_ARRAY))
			continue;
		for (size_t j = 0; j < n && !other_written; j++)
			other_written = cgs[j].col == o && !(cgs[j].p.flags & F_ARRAY);
		if (!other_written || !row_number(row, cg->col, &a) || !row_number(row, o, &b))
			continue;
		if (cg->p.order_after ? a < b : a > b)
			swap_values(row, cg->col, o);
	}
}

void sg_generic_fix_row(const struct sg_colgen *cgs, size_t n, const struct sg_gen_env *env,
			struct sg_rand *r, struct sg_row *row)
{
	int64_t created = 0, started = 0, t;
	bool has_created = false, has_started = false;

	for (size_t i = 0; i < n && !has_created; i++)
		if (cgs[i].strategy == S_TIME && cgs[i].time_role == R_CREATED &&
		    !(cgs[i].p.flags & F_ARRAY) && sg_row_get_time(row, cgs[i].col, &created))
			has_created = true;
	for (size_t i = 0; i < n; i++) {
		const struct sg_colgen *cg = &cgs[i];

		if (cg->strategy != S_TIME || cg->time_role != R_START || (cg->p.flags & F_ARRAY))
			continue;
		if (has_created)
			fix_after(cg, env, r, row, created);
		if (!has_started && sg_row_get_time(row, cg->col, &started))
			has_started = true;
	}
	for (size_t i = 0; i < n; i++) {
		const struct sg_colgen *cg = &cgs[i];
		int64_t base;

		if (cg->strategy != S_TIME || (cg->p.flags & F_ARRAY))
			continue;
		switch (cg->time_role) {
		case R_UPDATED:
		case R_FUTURE:
			if (!has_created)
				continue;
			base = created;
			break;
		case R_END:
			if (!has_created && !has_started)
				continue;
			base = has_created ? created : started;
			if (has_started && started > base)
				base = started;
			break;
		default:
			continue;
		}
		if (cg->time_role == R_FUTURE && sg_row_get_time(row, cg->col, &t) && t == base)
			t = base - 1; /* "after": strictly later */
		fix_after(cg, env, r, row, cg->time_role == R_FUTURE ? base + 1 : base);
	}
	/* ordered pairs by name: from/to, min/max, order/shipped, birth/hire */
	for (size_t i = 0; i < n; i++)
		if (cgs[i].p.after && !(cgs[i].p.flags & F_ARRAY))
			sg_realistic_order(row, (size_t)(cgs[i].p.after - 1), cgs[i].col,
					   cgs[i].p.gap, env->now, cgs[i].p.hard_hi, r);
	fix_orders(cgs, n, row);
}
