/*
 * The rules of `seedgen realism` (see realism.h): sg_realism_plan() reads
 * what each column means (meaning.c) and lists the rules that apply to a
 * table; sg_realism_run() reads each table once (only the columns its rules
 * need, streaming) and scores every rule in C, so no SQL beyond a plain
 * SELECT is needed and both dialects are checked the same way. Real-world
 * facts (states, ZIP ranges, first-name genders) come from refdata.c, the
 * same facts the generators draw from.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/meaning.h"
#include "seedgen/realism.h"
#include "seedgen/refdata.h"
#include "seedgen/row.h"
#include "seedgen/vocab.h"

#define DAY_SECS 86400LL
#define YEAR_SECS (365LL * DAY_SECS + DAY_SECS / 4)
#define EPOCH_1900 (-2208988800LL)

const char *sg_rl_kind_name(enum sg_rl_kind k)
{
	static const char *const names[SG_RL__COUNT] = {
		[SG_RL_ORDER] = "order", [SG_RL_PAST] = "not future", [SG_RL_RANGE] = "range",
		[SG_RL_BIRTH] = "birth date", [SG_RL_STATE_ABBR] = "state code",
		[SG_RL_STATE_NAME] = "state name", [SG_RL_COUNTRY] = "country code",
		[SG_RL_CURRENCY] = "currency code", [SG_RL_ZIP] = "zip code",
		[SG_RL_STATE_PAIR] = "state pair", [SG_RL_ZIP_STATE] = "zip in state",
		[SG_RL_CITY_STATE] = "city in state", [SG_RL_GENDER] = "gender",
		[SG_RL_COURTESY] = "courtesy title", [SG_RL_EMAIL_YEAR] = "email year",
		[SG_RL_VOCAB] = "vocabulary", [SG_RL_KEY_VALUE] = "key/value",
		[SG_RL_NEUTRAL] = "neutral words", [SG_RL_CODE] = "code shape",
	};

	return k >= 0 && k < SG_RL__COUNT && names[k] ? names[k] : "?";
}

static struct sg_rl_rule *add(struct sg_realism *rl, enum sg_rl_kind kind,
			      const struct sg_table *t, int a, int b)
{
	struct sg_rl_rule *r;

	SG_GROW(rl->rules, rl->n + 1, rl->cap);
	r = &rl->rules[rl->n++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	r->table = t;
	r->col[0] = a;
	r->col[1] = b;
	if (b >= 0)
		snprintf(r->what, sizeof(r->what), "%s / %s", t->columns[a]->name,
			 t->columns[b]->name);
	else
		snprintf(r->what, sizeof(r->what), "%s", t->columns[a]->name);
	return r;
}

static void plan_orders(struct sg_realism *rl, const struct sg_table *t)
{
	int64_t gap;

	for (size_t i = 0; i < t->ncols; i++)
		for (size_t j = 0; j < t->ncols; j++) {
			struct sg_rl_rule *r;

			if (i == j || !sg_meaning_ordered(t->columns[i], t->columns[j], &gap))
				continue;
			r = add(rl, SG_RL_ORDER, t, (int)i, (int)j);
			r->gap = gap;
			if (gap)
				snprintf(r->what, sizeof(r->what), "%s + %lld years <= %s",
					 t->columns[i]->name, (long long)(gap / (365 * DAY_SECS)),
					 t->columns[j]->name);
			else
				snprintf(r->what, sizeof(r->what), "%s <= %s", t->columns[i]->name,
					 t->columns[j]->name);
		}
}

static int vocab_list(enum sg_meaning m)
{
	switch (m) {
	case SG_M_GENRE: return SG_VL_GENRE;
	case SG_M_MEDIA_TYPE: return SG_VL_MEDIA_TYPE;
	case SG_M_DEPARTMENT: return SG_VL_DEPARTMENT;
	case SG_M_PROTOCOL: return SG_VL_PROTOCOL;
	case SG_M_REGION: return SG_VL_REGION;
	default: return SG_VL_PARAM_KEY;
	}
}

/* Short text that names something (not free text, not a key). */
static bool is_name_text(const struct sg_table *t, const struct sg_column *c)
{
	if ((c->cls != SG_T_VARCHAR && c->cls != SG_T_CHAR) || c->length <= 0 || c->length > 255)
		return false;
	for (size_t k = 0; k < t->nfks; k++)
		if (t->fks[k]->ncols == 1 && !strcmp(t->fks[k]->columns[0], c->name))
			return false;
	return !(t->pk.ncols == 1 && !strcmp(t->pk.columns[0], c->name));
}

/* One rule per column from its own meaning; *first[m] gets the first
 * column of each meaning, for the rules across columns. */
static void plan_columns(struct sg_realism *rl, const struct sg_table *t, int *first, int year,
			 bool neutral)
{
	for (size_t i = 0; i < t->ncols; i++) {
		const struct sg_column *c = t->columns[i];
		enum sg_meaning m = sg_meaning_of(t, c);
		struct sg_rl_rule *r;
		double lo, hi;

		if (m != SG_M_NONE && first[m] < 0)
			first[m] = (int)i;
		if (neutral && is_name_text(t, c))
			add(rl, SG_RL_NEUTRAL, t, (int)i, -1);
		if (sg_meaning_range(m, year, &lo, &hi)) {
			r = add(rl, SG_RL_RANGE, t, (int)i, -1);
			r->lo = lo;
			r->hi = hi;
			snprintf(r->what, sizeof(r->what), "%s (%s) in %g..%g", c->name,
				 sg_meaning_name(m), lo, hi);
			continue;
		}
		switch (m) {
		case SG_M_BIRTH: add(rl, SG_RL_BIRTH, t, (int)i, -1); continue;
		case SG_M_STATE_ABBR: add(rl, SG_RL_STATE_ABBR, t, (int)i, -1); continue;
		case SG_M_STATE_NAME: add(rl, SG_RL_STATE_NAME, t, (int)i, -1); continue;
		case SG_M_CURRENCY: add(rl, SG_RL_CURRENCY, t, (int)i, -1); continue;
		case SG_M_ZIP: add(rl, SG_RL_ZIP, t, (int)i, -1); continue;
		case SG_M_CODE: add(rl, SG_RL_CODE, t, (int)i, -1); continue;
		case SG_M_GENRE: case SG_M_MEDIA_TYPE: case SG_M_DEPARTMENT: case SG_M_PROTOCOL:
		case SG_M_REGION: case SG_M_PARAM_KEY:
			r = add(rl, SG_RL_VOCAB, t, (int)i, -1);
			r->list = vocab_list(m);
			snprintf(r->what, sizeof(r->what), "%s (%s)", c->name, sg_meaning_name(m));
			continue;
		case SG_M_COUNTRY_CODE:
			r = add(rl, SG_RL_COUNTRY, t, (int)i, -1);
			r->len = c->length == 2 || c->length == 3 ? c->length : 0;
			continue;
		default:
			break;
		}
		if (sg_meaning_is_time(c) && !sg_meaning_future_ok(c->name))
			add(rl, SG_RL_PAST, t, (int)i, -1);
	}
}

static void plan_rows(struct sg_realism *rl, const struct sg_table *t, const int *first)
{
	int state = first[SG_M_STATE_ABBR] >= 0 ? first[SG_M_STATE_ABBR] : first[SG_M_STATE_NAME];

	if (first[SG_M_STATE_NAME] >= 0 && first[SG_M_STATE_ABBR] >= 0)
		add(rl, SG_RL_STATE_PAIR, t, first[SG_M_STATE_NAME], first[SG_M_STATE_ABBR]);
	if (first[SG_M_ZIP] >= 0 && state >= 0)
		add(rl, SG_RL_ZIP_STATE, t, first[SG_M_ZIP], state);
	if (first[SG_M_CITY] >= 0 && state >= 0)
		add(rl, SG_RL_CITY_STATE, t, first[SG_M_CITY], state);
	if (first[SG_M_FIRST_NAME] >= 0 && first[SG_M_GENDER] >= 0)
		add(rl, SG_RL_GENDER, t, first[SG_M_FIRST_NAME], first[SG_M_GENDER]);
	if (first[SG_M_FIRST_NAME] >= 0 && first[SG_M_COURTESY] >= 0)
		add(rl, SG_RL_COURTESY, t, first[SG_M_FIRST_NAME], first[SG_M_COURTESY]);
	if (first[SG_M_PARAM_KEY] >= 0 && first[SG_M_PARAM_VALUE] >= 0)
		add(rl, SG_RL_KEY_VALUE, t, first[SG_M_PARAM_KEY], first[SG_M_PARAM_VALUE]);
	if (first[SG_M_EMAIL] >= 0 && first[SG_M_BIRTH] >= 0)
		add(rl, SG_RL_EMAIL_YEAR, t, first[SG_M_EMAIL], first[SG_M_BIRTH]);
}

static int year_of(int64_t epoch)
{
	struct sg_buf b = { 0 };
	int y;

	sg_format_time(SG_T_DATE, epoch, &b);
	y = b.len ? atoi(b.data) : 0;
	sg_buf_release(&b);
	return y;
}

void sg_realism_plan(struct sg_realism *rl, struct sg_table *const *tables, size_t n,
		     int64_t now, bool neutral)
{
	int year = year_of(now);

	rl->now = now;
	for (size_t k = 0; k < n; k++) {
		int first[SG_M__COUNT];

		for (int m = 0; m < SG_M__COUNT; m++)
			first[m] = -1;
		plan_orders(rl, tables[k]);
		plan_columns(rl, tables[k], first, year, neutral);
		plan_rows(rl, tables[k], first);
	}
}

void sg_realism_release(struct sg_realism *rl)
{
	free(rl->rules);
	memset(rl, 0, sizeof(*rl));
}

/* --- scoring -------------------------------------------------------------- */

static bool to_num(const char *s, double *out)
{
	char *end;

	if (!s || !*s)
		return false;
	errno = 0;
	*out = strtod(s, &end);
	return end != s && !*end && errno != ERANGE;
}

static bool to_time(const char *s, int64_t *out)
{
	return s && sg_parse_time(s, strlen(s), out);
}

static bool upper_letters(const char *s, size_t lo, size_t hi)
{
	size_t n = strlen(s);

	if (n < lo || n > hi)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return false;
	return true;
}

static bool zip_shape(const char *s)
{
	size_t n = strlen(s);

	if (n != 5 && n != 10)
		return false;
	for (size_t i = 0; i < n; i++)
		if (i == 5 ? s[i] != '-' : !isdigit((unsigned char)s[i]))
			return false;
	return true;
}

/* Upper-case letters, then digits: D001, EMP0042. */
static bool code_shape(const char *s)
{
	size_t i = 0, letters, digits;

	while (s[i] >= 'A' && s[i] <= 'Z')
		i++;
	letters = i;
	while (s[i] >= '0' && s[i] <= '9')
		i++;
	digits = i - letters;
	return !s[i] && letters >= 1 && digits >= 1;
}

static const struct sg_ref_state *state_of(const char *s)
{
	const struct sg_ref_state *st = sg_ref_state_by_abbr(s);

	return st ? st : sg_ref_state_by_name(s);
}

/* The 4-digit year 1900..2099 standing alone in the local part of an
 * email ("maria1987@..."), or 0. */
static int email_year(const char *email)
{
	const char *at = strchr(email, '@');
	const char *end = at ? at : email + strlen(email);

	for (const char *p = email; p < end; p++) {
		size_t n = 0;

		if (!isdigit((unsigned char)*p) || (p > email && isdigit((unsigned char)p[-1])))
			continue;
		while (p + n < end && isdigit((unsigned char)p[n]))
			n++;
		if (n == 4 && (p[0] == '1' || p[0] == '2') && (p[1] == '9' || p[1] == '0'))
			return atoi(p);
	}
	return 0;
}

/* Whether the rule holds for a row: 1 holds, 0 fails, -1 does not apply. */
static int eval_pair(const struct sg_rl_rule *r, const char *a, const char *b, int64_t now)
{
	const struct sg_ref_state *st;
	int64_t ta, tb;
	double x, y;
	char g;

	switch (r->kind) {
	case SG_RL_ORDER:
		if (sg_meaning_is_time(r->table->columns[r->col[0]])) {
			if (!to_time(a, &ta) || !to_time(b, &tb))
				return 0;
			return ta + r->gap <= tb;
		}
		if (!to_num(a, &x) || !to_num(b, &y))
			return 0;
		return x <= y;
	case SG_RL_STATE_PAIR:
		st = sg_ref_state_by_abbr(b);
		if (!st || !sg_ref_state_by_name(a))
			return -1;
		return sg_ref_state_by_name(a) == st;
	case SG_RL_ZIP_STATE:
		if (!(st = state_of(b)))
			return -1;
		return sg_ref_zip_in_state(a, st);
	case SG_RL_CITY_STATE:
		if (!(st = state_of(b)) || !sg_ref_city_known(a))
			return -1;
		return sg_ref_city_in_state(a, st);
	case SG_RL_GENDER:
	case SG_RL_COURTESY:
		g = r->kind == SG_RL_GENDER ? sg_ref_gender_value(b) : sg_ref_title_gender(b);
		if (!g || !sg_ref_first_name_gender(a))
			return -1;
		return sg_ref_first_name_gender(a) == g;
	case SG_RL_EMAIL_YEAR:
		if (!email_year(a) || !to_time(b, &tb))
			return -1;
		(void)now;
		return email_year(a) == year_of(tb);
	case SG_RL_KEY_VALUE:
		return sg_vocab_param_fits(a, b);
	default:
		return -1;
	}
}

static int eval_one(const struct sg_rl_rule *r, const char *a, int64_t now)
{
	int64_t t;
	double x;

	switch (r->kind) {
	case SG_RL_PAST:
		return to_time(a, &t) && t >= EPOCH_1900 && t <= now + DAY_SECS;
	case SG_RL_BIRTH:
		return to_time(a, &t) && t >= now - 120 * YEAR_SECS && t <= now;
	case SG_RL_RANGE:
		return to_num(a, &x) && x >= r->lo && x <= r->hi;
	case SG_RL_STATE_ABBR:
		return sg_ref_state_by_abbr(a) && upper_letters(a, 2, 2);
	case SG_RL_STATE_NAME:
		return sg_ref_state_by_name(a) != NULL;
	case SG_RL_COUNTRY:
		return upper_letters(a, r->len ? (size_t)r->len : 2, r->len ? (size_t)r->len : 3);
	case SG_RL_CURRENCY:
		return upper_letters(a, 3, 3);
	case SG_RL_ZIP:
		return zip_shape(a);
	case SG_RL_VOCAB:
		return sg_vocab_has((enum sg_vocab_list)r->list, a);
	case SG_RL_NEUTRAL:
		return !sg_vocab_is_cannabis(a);
	case SG_RL_CODE:
		return code_shape(a);
	default:
		return -1;
	}
}

struct scan {
	struct sg_realism *rl;
	size_t from, to;   /* rules of the table */
	int *pos;          /* table column index -> select position, -1 */
};

static void note_failure(struct sg_rl_rule *r, const char *a, const char *b)
{
	if (r->example[0])
		return;
	if (r->col[1] >= 0)
		snprintf(r->example, sizeof(r->example), "%.60s / %.60s", a ? a : "NULL",
			 b ? b : "NULL");
	else
		snprintf(r->example, sizeof(r->example), "%.120s", a ? a : "NULL");
}

static int on_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct scan *s = ctx;

	(void)ncols;
	(void)lengths;
	for (size_t k = s->from; k < s->to; k++) {
		struct sg_rl_rule *r = &s->rl->rules[k];
		const char *a = values[s->pos[r->col[0]]];
		const char *b = r->col[1] >= 0 ? values[s->pos[r->col[1]]] : NULL;
		int ok;

		if (!a || (r->col[1] >= 0 && !b))
			continue;
		ok = r->col[1] >= 0 ? eval_pair(r, a, b, s->rl->now) : eval_one(r, a, s->rl->now);
		if (ok < 0)
			continue;
		r->checked++;
		if (ok)
			r->held++;
		else
			note_failure(r, a, b);
	}
	return 0;
}

static int scan_table(struct sg_realism *rl, struct sg_db *db, size_t from, size_t to,
		      long long max_rows, struct sg_error *err)
{
	const struct sg_table *t = rl->rules[from].table;
	struct scan s = { rl, from, to, sg_calloc(t->ncols + 1, sizeof(int)) };
	struct sg_buf sql = { 0 };
	int npos = 0, rc;

	for (size_t i = 0; i < t->ncols; i++)
		s.pos[i] = -1;
	for (size_t k = from; k < to; k++)
		for (int j = 0; j < 2; j++) {
			int c = rl->rules[k].col[j];

			if (c < 0 || s.pos[c] >= 0)
				continue;
			s.pos[c] = npos++;
			sg_buf_adds(&sql, npos == 1 ? "SELECT " : ", ");
			sg_db_quote_ident(db, &sql, t->columns[c]->name);
		}
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, t->name);
	if (max_rows > 0)
		sg_buf_addf(&sql, " LIMIT %lld", max_rows);
	rc = sg_db_query(db, sql.data, on_row, &s, err);
	sg_buf_release(&sql);
	free(s.pos);
	return rc;
}

int sg_realism_run(struct sg_realism *rl, struct sg_db *db, long long max_rows,
		   struct sg_error *err)
{
	size_t from = 0;

	while (from < rl->n) {
		size_t to = from + 1;

		while (to < rl->n && rl->rules[to].table == rl->rules[from].table)
			to++;
		if (scan_table(rl, db, from, to, max_rows, err) < 0)
			return -1;
		from = to;
	}
	return 0;
}
