/*
 * The generic generator's planning: sg_generic_plan() does all the
 * thinking once per column. It skips what the server fills
 * (auto-increment, identity, generated columns, types seedgen cannot
 * produce), reads the column's CHECK text (check_expr.h) for bounds, IN
 * lists and length limits, asks generic_names.c what the name means, and
 * stores the resulting ranges in struct sg_colgen so that producing a
 * value parses nothing. Two server limits bound the edge scenario
 * further: numbers that a generated column adds or multiplies stay
 * within the square root of their limits, and indexed text on PostgreSQL
 * within 800 bytes (a btree entry holds at most 2704).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/check_expr.h"
#include "seedgen/keyform.h"
#include "generic_int.h"
#include "seedgen/vocab.h"

static void type_int_limits(const struct sg_column *c, int64_t *lo, int64_t *hi)
{
	int bytes = c->int_bytes > 0 && c->int_bytes <= 8 ? c->int_bytes : 4;

	if (c->is_unsigned) {
		*lo = 0;
		*hi = bytes == 8 ? INT64_MAX : (int64_t)((1ULL << (8 * bytes)) - 1);
	} else {
		*hi = bytes == 8 ? INT64_MAX : (int64_t)((1ULL << (8 * bytes - 1)) - 1);
		*lo = -*hi - 1;
	}
}

/* Clamps the soft range [ilo, ihi] into the hard one, keeping its width
 * when it lies entirely outside. */
static void fit_range(struct sg_colgen *cg)
{
	int64_t lo = cg->p.hard_lo, hi = cg->p.hard_hi;
	uint64_t width;

	if (cg->ilo > cg->ihi) {
		int64_t x = cg->ilo;

		cg->ilo = cg->ihi;
		cg->ihi = x;
	}
	width = (uint64_t)cg->ihi - (uint64_t)cg->ilo;
	if (cg->ihi < lo) {
		cg->ilo = lo;
		cg->ihi = (uint64_t)hi - (uint64_t)lo <= width ? hi : (int64_t)((uint64_t)lo + width);
	} else if (cg->ilo > hi) {
		cg->ihi = hi;
		cg->ilo = (uint64_t)hi - (uint64_t)lo <= width ? lo : (int64_t)((uint64_t)hi - width);
	} else {
		cg->ilo = gn_clamp64(cg->ilo, lo, hi);
		cg->ihi = gn_clamp64(cg->ihi, lo, hi);
	}
}

/* reason = what [type [tail]] */
static void set_reason(char *reason, size_t cap, const char *what, const char *type,
		       const char *tail)
{
	if (!reason || !cap)
		return;
	snprintf(reason, cap, "%s%s%s%s%s", what, type ? " " : "", type ? type : "",
		 tail ? " " : "", tail ? tail : "");
}

static bool is_text_class(enum sg_type_class c)
{
	return c == SG_T_CHAR || c == SG_T_VARCHAR || c == SG_T_TEXT;
}

static void plan_time(struct sg_colgen *cg, const struct sg_words *ws, const struct sg_gen_env *env,
		      enum sg_type_class cls)
{
	const struct sg_caps *caps = env->caps;
	int64_t now = env->now;

	cg->strategy = S_TIME;
	cg->time_role = gn_time_role(ws);
	if (cls == SG_T_TIMESTAMP && caps->timestamp_1970_2038) {
		cg->p.hard_lo = 1;
		cg->p.hard_hi = 2147483647;
	} else {
		cg->p.hard_lo = caps->datetime_from_1000 ? EPOCH_1000 : EPOCH_0001;
		cg->p.hard_hi = EPOCH_9999;
	}
	if (cls == SG_T_DATE) {
		cg->p.flags |= F_DAY;
		cg->p.hard_hi = gn_floor_day(cg->p.hard_hi);
	}
	if (cg->c->with_tz && caps->time_zones)
		cg->p.flags |= F_TZ;
	switch (cg->time_role) {
	case R_FUTURE:
		cg->ilo = now - 90 * 86400;
		cg->ihi = now + YEAR_SECS;
		break;
	case R_BIRTH:
		cg->ilo = now - 90 * YEAR_SECS;
		cg->ihi = now - 18 * YEAR_SECS;
		break;
	default:
		cg->ilo = now - 2 * YEAR_SECS;
		cg->ihi = now;
		break;
	}
	if (cg->opts && cg->opts->has_range) {
		cg->ilo = gn_dbl_to_i64(cg->opts->min);
		cg->ihi = gn_dbl_to_i64(cg->opts->max);
	}
	fit_range(cg);
}

/* Integer limits from the type, then the CHECK. */
static void plan_int_limits(struct sg_colgen *cg, const struct sg_check_bounds *k)
{
	int64_t lo, hi;

	type_int_limits(cg->c, &lo, &hi);
	if (cg->c->is_unsigned && cg->c->int_bytes == 8 && !k->has_hi)
		cg->p.flags |= F_U64MAX;
	if (k->has_lo) {
		double v = k->lo_strict ? floor(k->lo) + 1 : ceil(k->lo);
		int64_t x = gn_dbl_to_i64(v);

		if (x > lo && x <= hi)
			lo = x;
	}
	if (k->has_hi) {
		double v = k->hi_strict ? ceil(k->hi) - 1 : floor(k->hi);
		int64_t x = gn_dbl_to_i64(v);

		if (x < hi && x >= lo)
			hi = x;
	}
	cg->p.hard_lo = lo;
	cg->p.hard_hi = hi;
}

/* Decimal and float limits in units of 10^-scale. */
static void plan_dec_limits(struct sg_colgen *cg, const struct sg_check_bounds *k,
			    enum sg_type_class cls)
{
	const struct sg_column *c = cg->c;
	int scale = cg->p.scale, digits;
	int64_t top;
	double mul = gn_pow10d(scale);

	if (cls == SG_T_DECIMAL && c->precision > 0) {
		digits = c->precision - c->scale + scale;
		if (digits > 18)
			digits = 18;
		top = digits > 0 ? gn_pow10i(digits) - 1 : 0;
		if (c->precision > 18)
			top = INT64_MAX / 2;
	} else if ((cls == SG_T_FLOAT || cls == SG_T_DOUBLE) && c->precision > 0) {
		digits = c->precision - c->scale + scale;
		top = gn_pow10i(digits > 18 ? 18 : digits) - 1;
	} else {
		/* unconstrained numeric, float, double */
		top = gn_pow10i(15 + (scale < 3 ? scale : 3)) - 1;
	}
	cg->p.hard_hi = top;
	cg->p.hard_lo = c->is_unsigned ? 0 : -top;
	if (!k->has_hi)
		cg->p.flags |= F_HI_OPEN;
	if (!k->has_lo && !c->is_unsigned)
		cg->p.flags |= F_LO_OPEN;
	if (k->has_lo) {
		double u = k->lo * mul;
		int64_t x = gn_dbl_to_i64(k->lo_strict ? floor(u + 1e-9) + 1 : ceil(u - 1e-9));

		if (x > cg->p.hard_lo && x <= cg->p.hard_hi)
			cg->p.hard_lo = x;
	}
	if (k->has_hi) {
		double u = k->hi * mul;
		int64_t x = gn_dbl_to_i64(k->hi_strict ? ceil(u - 1e-9) - 1 : floor(u + 1e-9));

		if (x < cg->p.hard_hi && x >= cg->p.hard_lo)
			cg->p.hard_hi = x;
	}
}

static bool word_at(const char *s, const char *at, size_t n)
{
	bool before = at == s || !sg_check_ident_char(at[-1]);

	return before && !sg_check_ident_char(at[n]);
}

/* Is the column part of the primary key, a unique key or an index,
 * including an expression index ("lower(full_name)")? */
static bool column_indexed(const struct sg_table *t, const char *name)
{
	size_t n = strlen(name);

	for (size_t g = 0; g < 1 + t->nuniques + t->nindexes; g++) {
		const struct sg_key *key = g == 0 ? &t->pk : g - 1 < t->nuniques
			? t->uniques[g - 1] : g - 1 - t->nuniques < t->nindexes
			? t->indexes[g - 1 - t->nuniques] : NULL;

		for (size_t i = 0; key && i < key->ncols; i++) {
			const char *e = key->columns[i];

			if (!e)
				continue;
			if (!strcmp(e, name))
				return true;
			for (const char *p = strstr(e, name); p; p = strstr(p + 1, name))
				if (word_at(e, p, n))
					return true;
		}
	}
	return false;
}

/* Does a generated column compute from this one ("subtotal + tax")? */
static bool feeds_generated(const struct sg_table *t, const char *name)
{
	size_t n = strlen(name);

	for (size_t i = 0; i < t->ncols; i++) {
		const char *e = t->columns[i]->generation_expr;

		for (const char *p = e ? strstr(e, name) : NULL; p; p = strstr(p + 1, name))
			if (word_at(e, p, n))
				return true;
	}
	return false;
}

/* Numbers that feed a generated column stay within the square root of
 * their limits, so that a sum or product of two still fits the result's
 * type in the edge scenario. */
static void shrink_for_generated(struct sg_colgen *cg)
{
	if (cg->p.hard_hi > 0)
		cg->p.hard_hi = (int64_t)sqrt((double)cg->p.hard_hi);
	if (cg->p.hard_lo < 0)
		cg->p.hard_lo = -(int64_t)sqrt(-(double)cg->p.hard_lo);
	cg->p.flags &= ~(unsigned)(F_HI_OPEN | F_LO_OPEN | F_U64MAX | F_FLOAT4 | F_FLOAT8);
	fit_range(cg);
}

static void plan_int(struct sg_colgen *cg, const struct sg_table *t, const struct sg_words *ws,
		     const struct sg_check_bounds *k, const struct sg_gen_env *env)
{
	plan_int_limits(cg, k);
	gn_int_rule(cg, ws, env);
	if (cg->sequential)
		cg->strategy = S_INT;
	if (cg->unique && cg->strategy != S_INT_INDEX && !cg->sequential) {
		cg->strategy = S_INT;
		if (cg->ilo < 1)
			cg->ilo = 1;
		if (cg->ihi < 2147483647)
			cg->ihi = 2147483647;
	}
	if (cg->opts && cg->opts->has_range) {
		cg->strategy = S_INT;
		cg->ilo = gn_dbl_to_i64(ceil(cg->opts->min));
		cg->ihi = gn_dbl_to_i64(floor(cg->opts->max));
	}
	if (cg->strategy == S_INT_INDEX) {
		cg->ilo = gn_clamp64(cg->ilo, cg->p.hard_lo, cg->p.hard_hi);
		cg->ihi = cg->p.hard_hi;
	}
	fit_range(cg);
	if (feeds_generated(t, cg->c->name))
		shrink_for_generated(cg);
}

static void plan_dec(struct sg_colgen *cg, const struct sg_table *t, const struct sg_words *ws,
		     const struct sg_check_bounds *k, enum sg_type_class cls)
{
	const struct sg_column *c = cg->c;
	int scale = 2;
	double mul;

	gn_dec_rule(cg, ws, &scale);
	if (cls == SG_T_DECIMAL && (c->precision > 0 || c->scale != 0))
		scale = c->scale < 12 ? c->scale : 12;
	else if (cls != SG_T_DECIMAL && c->precision > 0)
		scale = c->scale < 12 ? c->scale : 12;
	cg->p.scale = scale;
	if (cls == SG_T_FLOAT)
		cg->p.flags |= F_FLOAT4;
	if (cls == SG_T_DOUBLE)
		cg->p.flags |= F_FLOAT8;
	if (c->precision > 0 && cls != SG_T_DECIMAL)
		cg->p.flags &= ~(unsigned)(F_FLOAT4 | F_FLOAT8);
	plan_dec_limits(cg, k, cls);
	if (cg->opts && cg->opts->has_range) {
		cg->strategy = S_DEC;
		cg->dlo = cg->opts->min;
		cg->dhi = cg->opts->max;
	}
	mul = gn_pow10d(scale);
	cg->ilo = gn_dbl_to_i64(ceil(cg->dlo * mul - 1e-9));
	cg->ihi = gn_dbl_to_i64(floor(cg->dhi * mul + 1e-9));
	if (cg->strategy == S_DEC_MONEY) /* the tail may go past dhi */
		cg->ihi = gn_dbl_to_i64(floor(cg->dhi * SG_FAKE_MONEY_CAP_FACTOR * mul));
	if (cg->unique && cg->ihi - cg->ilo < 1000000)
		cg->ihi = cg->ilo + 1000000;
	fit_range(cg);
	if (feeds_generated(t, c->name))
		shrink_for_generated(cg);
}

static void plan_text(struct sg_colgen *cg, const struct sg_table *t, const struct sg_words *ws,
		      const struct sg_check_bounds *k, const struct sg_caps *caps,
		      enum sg_type_class cls, bool key)
{
	const struct sg_column *c = cg->c;

	cg->p.len_max = c->length > 0 ? c->length : 0;
	if ((caps->text_limit_bytes && cls == SG_T_TEXT && c->length > 0) ||
	    (c->length_bytes && c->length > 0))
		cg->p.byte_max = c->length; /* TINYTEXT/TEXT, PG name and "char" count bytes */
	if (c->max_code_point && c->max_code_point < 0x80)
		cg->p.flags |= F_ASCII;
	if (k->len_hi >= 0 && (cg->p.len_max == 0 || k->len_hi < cg->p.len_max)) {
		if (k->len_bytes) {
			cg->p.byte_max = (int)k->len_hi;
			cg->p.flags |= F_ASCII;
		}
		cg->p.len_max = (int)k->len_hi;
	}
	if (k->len_lo > 0)
		cg->p.len_min = (int)k->len_lo;
	if (k->nonempty && cg->p.len_min < 1)
		cg->p.len_min = 1;
	if (cg->p.len_max && cg->p.len_min > cg->p.len_max)
		cg->p.len_min = cg->p.len_max;
	if (k->len_bytes)
		cg->p.flags |= F_ASCII;
	/* A PostgreSQL btree entry holds at most 2704 bytes: keep indexed
	 * text well under it, even in a three-column index. */
	if (caps->index_row_limit && column_indexed(t, c->name) &&
	    (cg->p.byte_max == 0 || cg->p.byte_max > PG_INDEX_BYTES))
		cg->p.byte_max = PG_INDEX_BYTES;
	gn_text_rule(cg, t, ws, key, cls);
}

static void plan_tod(struct sg_colgen *cg, const struct sg_words *ws, const struct sg_caps *caps)
{
	static const char *const open[] = { "open", "opens", "start", "starts", "from", "begin",
					    NULL };
	static const char *const close[] = { "close", "closes", "end", "ends", "to", "until",
					     NULL };

	cg->strategy = S_TOD;
	cg->p.hard_lo = 0;
	cg->p.hard_hi = 86399;
	cg->ilo = 0;
	cg->ihi = 86399;
	if (sg_words_any_in(ws, open)) {
		cg->ilo = 6 * 3600;
		cg->ihi = 12 * 3600 - 1;
	} else if (sg_words_any_in(ws, close)) {
		cg->ilo = 16 * 3600;
		cg->ihi = 23 * 3600 - 1;
	}
	if (cg->c->with_tz && caps->time_zones)
		cg->p.flags |= F_TZ;
}

static void plan_year(struct sg_colgen *cg, const struct sg_gen_env *env)
{
	cg->strategy = S_YEAR;
	cg->p.hard_lo = 1901;
	cg->p.hard_hi = 2155;
	cg->ilo = 2000;
	cg->ihi = gn_civil_year(env->now);
	if (cg->opts && cg->opts->has_range) {
		cg->ilo = gn_dbl_to_i64(cg->opts->min);
		cg->ihi = gn_dbl_to_i64(cg->opts->max);
	}
	fit_range(cg);
}

/* Binary and bit strings: length limits from the type, and for binary
 * from a CHECK on its length (octet_length(sha) = 20: a digest). */
static void plan_bits(struct sg_colgen *cg, const struct sg_check_bounds *k,
		      const struct sg_caps *caps, enum sg_type_class cls)
{
	const struct sg_column *c = cg->c;

	cg->p.len_max = c->length > 0 ? c->length : 0;
	if (cls == SG_T_BINARY) {
		cg->strategy = S_BINARY;
		if (caps->binary_fixed_pad && c->raw_type && !strncasecmp(c->raw_type, "binary", 6))
			cg->p.len_min = cg->p.len_max; /* fixed width */
		if (k->len_hi >= 0 && (cg->p.len_max == 0 || k->len_hi < cg->p.len_max))
			cg->p.len_max = (int)k->len_hi;
		if (k->len_lo > cg->p.len_min)
			cg->p.len_min = (int)k->len_lo;
		return;
	}
	cg->strategy = S_BIT;
	if (c->raw_type && !strncasecmp(c->raw_type, "bit", 3) && !strstr(c->raw_type, "varying"))
		cg->p.len_min = cg->p.len_max ? cg->p.len_max : 1;
}

/* Strategy for a value of class cls (the column's, or its elements'). */
static void plan_class(struct sg_colgen *cg, const struct sg_table *t, const struct sg_words *ws,
		       const struct sg_check_bounds *k, const struct sg_gen_env *env,
		       enum sg_type_class cls, bool key)
{
	const struct sg_caps *caps = env->caps;

	switch (cls) {
	case SG_T_INT:
		plan_int(cg, t, ws, k, env);
		break;
	case SG_T_BOOL:
		cg->strategy = S_BOOL;
		cg->p.bias = gn_bool_bias(ws);
		break;
	case SG_T_DECIMAL:
	case SG_T_FLOAT:
	case SG_T_DOUBLE:
		plan_dec(cg, t, ws, k, cls);
		break;
	case SG_T_CHAR:
	case SG_T_VARCHAR:
	case SG_T_TEXT:
		plan_text(cg, t, ws, k, caps, cls, key);
		break;
	case SG_T_JSON:
		cg->strategy = S_JSON;
		cg->p.sub = gn_json_shape(ws);
		break;
	case SG_T_UUID:
		cg->strategy = S_UUID;
		break;
	case SG_T_DATE:
	case SG_T_DATETIME:
	case SG_T_TIMESTAMP:
		plan_time(cg, ws, env, cls);
		break;
	case SG_T_TIME:
		plan_tod(cg, ws, caps);
		break;
	case SG_T_YEAR:
		plan_year(cg, env);
		break;
	case SG_T_BINARY:
	case SG_T_BIT:
		plan_bits(cg, k, caps, cls);
		break;
	case SG_T_ENUM:
		cg->strategy = S_ENUM;
		break;
	case SG_T_SET:
		cg->strategy = S_SET;
		break;
	case SG_T_RANGE:
		cg->strategy = S_RANGE;
		break;
	case SG_T_OTHER:
		cg->p.sub = cg->c->cls == SG_T_OTHER ? gn_other_kind(cg->c, caps) : 0;
		cg->strategy = cg->p.sub ? S_OTHER : S_NONE;
		break;
	default:
		cg->strategy = S_NONE;
		break;
	}
}

/* Columns the server fills, and types seedgen cannot produce: returns
 * SG_COL_WRITE when the column is to be planned, else the decision with
 * its reason set. */
static enum sg_col_decision plan_skip(const struct sg_column *c, const struct sg_colopts *opts,
				      const struct sg_caps *caps, char *reason, size_t reason_cap)
{
	enum sg_type_class cls = c->cls, ecls = cls == SG_T_ARRAY ? c->elem_cls : cls;
	const char *type_name;
	bool producible;

	if (c->generated) {
		set_reason(reason, reason_cap, "generated column", NULL, NULL);
		return SG_COL_SKIP;
	}
	if (c->identity_always || (c->auto_increment && caps->bare_autoinc_is_identity &&
				   !c->default_expr)) {
		set_reason(reason, reason_cap, "identity", NULL, NULL);
		return SG_COL_SKIP;
	}
	if (c->auto_increment) {
		set_reason(reason, reason_cap, "auto-increment", NULL, NULL);
		return SG_COL_SKIP;
	}
	producible = (ecls != SG_T_OTHER || (cls == SG_T_OTHER && gn_other_kind(c, caps))) &&
		     ecls != SG_T_ARRAY && ecls < SG_T__COUNT &&
		     !(ecls == SG_T_BIT && caps->bit_is_binary) &&
		     !((ecls == SG_T_ENUM || ecls == SG_T_SET) && c->n_enum == 0);
	if ((opts && opts->nvalues > 0) || producible)
		return SG_COL_WRITE;
	type_name = c->raw_type ? c->raw_type : sg_type_class_name(cls);
	if (c->default_expr) {
		set_reason(reason, reason_cap, "server default for type", type_name, NULL);
		return SG_COL_SKIP;
	}
	if (c->nullable) {
		set_reason(reason, reason_cap, "NULL for type", type_name, NULL);
		return SG_COL_SKIP;
	}
	set_reason(reason, reason_cap, "type", type_name, "cannot be produced");
	return SG_COL_IMPOSSIBLE;
}

/* The column's own CHECK and the parts about it of the table's CHECKs
 * ("subtotal >= 0 AND tax >= 0"). */
static void read_checks(struct sg_check_bounds *k, const struct sg_table *t,
			const struct sg_column *c, const struct sg_caps *caps)
{
	sg_check_bounds_init(k);
	if (c->check)
		sg_check_parse_column(k, c->check, c->name, caps->backslash_escapes, false);
	for (size_t i = 0; i < t->nchecks; i++) {
		const char *e = t->checks[i]->expr;

		if (e && !(c->check && strstr(c->check, e)))
			sg_check_parse_column(k, e, c->name, caps->backslash_escapes, true);
	}
}

static void plan_null(struct sg_colgen *cg, const struct sg_words *ws,
		      const struct sg_gen_env *env, enum sg_type_class ecls)
{
	static const char *const mostly_null[] = { "deleted", "archived", "cancelled",
						   "canceled", "revoked", "voided", NULL };
	const struct sg_colopts *opts = cg->opts;

	if (!cg->c->nullable)
		return;
	if (opts && opts->null_rate >= 0) {
		cg->null_rate = opts->null_rate;
	} else if (env->edge) {
		cg->null_rate = 0.3;
		cg->p.flags |= F_EDGE_NULL;
	} else {
		cg->null_rate = env->null_rate >= 0 && env->null_rate <= 1 ? env->null_rate : 0.1;
		if ((ecls == SG_T_DATE || ecls == SG_T_DATETIME || ecls == SG_T_TIMESTAMP) &&
		    sg_words_any_in(ws, mostly_null) && cg->null_rate < 0.85)
			cg->null_rate = 0.85;
	}
	if (cg->null_rate > 1)
		cg->null_rate = 1;
}

/* Config values or the CHECK's IN list: true when one of them decides. */
static bool plan_pick(struct sg_colgen *cg, const struct sg_check_bounds *k,
		      enum sg_type_class cls)
{
	if (cg->opts && cg->opts->nvalues > 0) {
		cg->strategy = S_OPTS;
		cg->p.nchoices = (int)cg->opts->nvalues;
		cg->sequential = false;
		return true;
	}
	if (k->choices && cls != SG_T_ARRAY &&
	    (is_text_class(cls) || cls == SG_T_INT || cls == SG_T_DECIMAL || cls == SG_T_FLOAT ||
	     cls == SG_T_DOUBLE || cls == SG_T_ENUM)) {
		cg->strategy = S_CHOICE;
		cg->p.choices = k->choices;
		cg->p.nchoices = k->nchoices;
		cg->sequential = false;
		return true;
	}
	return false;
}

/* What the table's CHECKs ask of this column beyond bounds: a pattern
 * its text must match, or an order against another column. */
static void plan_check_shapes(struct sg_colgen *cg, const struct sg_table *t, bool backslash)
{
	const struct sg_column *c = cg->c;
	bool text = is_text_class(c->cls) && !(cg->p.flags & F_ARRAY);

	for (size_t i = 0; i < t->nchecks; i++) {
		const char *expr = t->checks[i]->expr;
		struct sg_cx *e = expr ? sg_cx_parse(expr, backslash) : NULL;
		const char *s;
		bool like, after, strict;

		if (!e)
			continue;
		if (text && !cg->p.pattern && cg->strategy != S_CHOICE &&
		    sg_cx_col_pattern(e, c->name, &s, &like)) {
			cg->strategy = S_PATTERN;
			cg->p.pattern = sg_cx_intern(s);
			if (like)
				cg->p.flags |= F_LIKE;
		}
		if (!cg->p.order_col && sg_cx_order_pair(e, c->name, &s, &after, &strict)) {
			for (size_t j = 0; j < t->ncols; j++)
				if (!strcasecmp(t->columns[j]->name, s) && j != cg->col)
					cg->p.order_col = (int)j + 1;
			cg->p.order_after = after;
			cg->p.order_strict = strict;
		}
		sg_cx_free(e);
	}
}

enum sg_col_decision sg_generic_plan(struct sg_colgen *cg, const struct sg_table *t,
				     size_t col, const struct sg_colopts *opts,
				     const struct sg_gen_env *env, char *reason,
				     size_t reason_cap)
{
	const struct sg_column *c;
	enum sg_type_class cls, ecls;
	enum sg_col_decision dec;
	struct sg_words ws;
	struct sg_check_bounds k;
	bool key, in_pk;

	memset(cg, 0, sizeof(*cg));
	set_reason(reason, reason_cap, "", NULL, NULL);
	if (!t || col >= t->ncols) {
		set_reason(reason, reason_cap, "no such column", NULL, NULL);
		return SG_COL_IMPOSSIBLE;
	}
	c = t->columns[col];
	cg->col = col;
	cg->c = c;
	cg->opts = opts;
	dec = plan_skip(c, opts, env->caps, reason, reason_cap);
	if (dec != SG_COL_WRITE)
		return dec;
	cls = c->cls;
	ecls = cls == SG_T_ARRAY ? c->elem_cls : cls;
	sg_words_split(c->name, &ws);
	read_checks(&k, t, c, env->caps);
	if (k.unparsed)
		cg->p.flags |= F_UNPARSED;

	in_pk = t->pk.ncols == 1 && !strcmp(t->pk.columns[0], c->name);
	cg->unique = in_pk;
	for (size_t i = 0; i < t->nuniques && !cg->unique; i++)
		if (t->uniques[i]->ncols == 1 && !strcmp(t->uniques[i]->columns[0], c->name))
			cg->unique = true;
	cg->sequential = in_pk && cls == SG_T_INT;
	cg->p.key_prefix = sg_keyform_column_prefix(t, col);
	key = in_pk && cls != SG_T_ARRAY;
	plan_null(cg, &ws, env, ecls);
	if (plan_pick(cg, &k, cls))
		return SG_COL_WRITE;
	if (cls == SG_T_ARRAY) {
		cg->p.flags |= F_ARRAY;
		cg->sequential = false;
		cg->unique = false;
		sg_check_bounds_init(&k);
	}
	plan_class(cg, t, &ws, &k, env, ecls, key);
	if (cg->strategy != S_NONE)
		plan_check_shapes(cg, t, env->check_backslash);
	if (cg->strategy == S_NONE) {
		set_reason(reason, reason_cap, "type",
			   c->raw_type ? c->raw_type : sg_type_class_name(cls), "cannot be produced");
		return SG_COL_IMPOSSIBLE;
	}
	gn_meaning_rule(cg, t, env);
	return SG_COL_WRITE;
}

uint64_t sg_generic_cardinality(const struct sg_colgen *cg)
{
	uint64_t span;

	if (cg->p.flags & F_ARRAY)
		return 0;
	switch (cg->strategy) {
	case S_OPTS:
	case S_CHOICE:
		return (uint64_t)cg->p.nchoices;
	case S_ENUM:
		return (uint64_t)cg->c->n_enum;
	case S_SET:
		return cg->c->n_enum >= 32 ? 0 : (1ULL << cg->c->n_enum) - 1;
	case S_BOOL:
		return 2;
	case S_INT:
	case S_INT_INDEX:
	case S_INT_PARETO:
	case S_YEAR:
		if (cg->p.flags & F_U64MAX)
			return 0;
		span = (uint64_t)cg->p.hard_hi - (uint64_t)cg->p.hard_lo;
		return span >= UINT32_MAX ? 0 : span + 1;
	case S_DEC:
	case S_DEC_MONEY:
		span = (uint64_t)cg->p.hard_hi - (uint64_t)cg->p.hard_lo;
		return span >= UINT32_MAX ? 0 : span + 1;
	case S_VOCAB:
		return (uint64_t)sg_vocab_count((enum sg_vocab_list)cg->p.sub);
	case S_TEXT:
	case S_TEXT_ID:
	case S_TEXT_CODE:
		/* letters and digits at the length limit */
		if (cg->p.len_max > 0 && cg->p.len_max <= 6) {
			uint64_t n = 1;

			for (int i = 0; i < cg->p.len_max; i++)
				n *= 36;
			return n;
		}
		return 0;
	default:
		return 0;
	}
}
