/*
 * What a column's name says about its values: the words of the name
 * (sg_words_split) pick the strategy and a realistic soft range --
 * quantity -> Pareto 1..500, created_at -> the last two years, is_active ->
 * mostly true, metadata -> a JSON object with realistic keys, status -> a
 * short word list. The planner (generic_plan.c) then fits the soft range
 * into the hard limits of the type and the CHECK.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "generic_int.h"
#include "seedgen/keyform.h"
#include "seedgen/meaning.h"
#include "seedgen/realistic.h"
#include "seedgen/vocab.h"

static const char *const W_MONEY[] = { "amount", "price", "cost", "total", "balance", "subtotal",
				       "tax", "fee", "fees", "spend", "spent", "revenue", "salary",
				       "budget", "credit", "debit", "payment", "paid", "due", "owed",
				       "limit", "profit", "cogs", "payout", "earned", "value",
				       "shipping", "discount", "deposit", "refund", "income",
				       "expense", "wage", "charge", "margin", "cents", NULL };
static const char *const W_PCT[] = { "percent", "percentage", "pct", NULL };
static const char *const W_QTY[] = { "quantity", "qty", "units", "stock", NULL };

/* Durations and calendar parts; true when the name is one. */
static bool int_rule_time(struct sg_colgen *cg, const struct sg_words *ws, const char *last)
{
	if (!strcmp(last, "minutes") || !strcmp(last, "mins")) {
		cg->ihi = 600;
	} else if (!strcmp(last, "seconds") || !strcmp(last, "secs")) {
		cg->ilo = 1;
		cg->ihi = 3600;
	} else if (!strcmp(last, "hours") || !strcmp(last, "hrs")) {
		cg->ihi = 80;
	} else if (!strcmp(last, "days")) {
		cg->ilo = 1;
		cg->ihi = 90;
	} else if (sg_words_has(ws, "week") && !strcmp(last, "day")) {
		cg->ihi = 6;
	} else if (!strcmp(last, "month")) {
		cg->ilo = 1;
		cg->ihi = 12;
	} else if (!strcmp(last, "day")) {
		cg->ilo = 1;
		cg->ihi = 28;
	} else if (!strcmp(last, "hour")) {
		cg->ihi = 23;
	} else if (!strcmp(last, "minute")) {
		cg->ihi = 59;
	} else if (!strcmp(last, "week")) {
		cg->ilo = 1;
		cg->ihi = 52;
	} else {
		return false;
	}
	return true;
}

/* Versions, sizes, ports, zip codes, money, ids and flags. */
static void int_rule_misc(struct sg_colgen *cg, const struct sg_words *ws, const char *last)
{
	static const char *const w_dim[] = { "width", "height", "w", "h", "cols", "rows", "span",
					     NULL };
	static const char *const w_xy[] = { "x", "y", "col", "row", "column", NULL };
	static const char *const w_flag[] = { "is", "has", "can", "should", "allow", NULL };

	if (!strcmp(last, "version")) {
		cg->ilo = 1;
		cg->ihi = 20;
	} else if (sg_word_in_list(last, w_dim)) {
		cg->ilo = 1;
		cg->ihi = 12;
	} else if (sg_word_in_list(last, w_xy)) {
		cg->ihi = 11;
	} else if (!strcmp(last, "port")) {
		cg->ilo = 1024;
		cg->ihi = 65535;
	} else if (!strcmp(last, "zip") || !strcmp(last, "zipcode") || sg_words_has(ws, "postal")) {
		cg->ilo = 90001;
		cg->ihi = 96162;
	} else if (!strcmp(last, "size") || !strcmp(last, "bytes")) {
		cg->strategy = S_INT_PARETO;
		cg->dlo = 1024;
		cg->dhi = 5e6;
		cg->ilo = 1024;
		cg->ihi = 50000000;
	} else if (!strcmp(last, "weight")) {
		cg->ihi = 100;
	} else if (sg_word_in_list(last, W_MONEY)) {
		cg->strategy = S_INT_PARETO;
		cg->dlo = 25;
		cg->dhi = 500;
		cg->ilo = 1;
		cg->ihi = 5000;
	} else if (!strcmp(last, "id") || !strcmp(last, "by") || !strcmp(last, "ref")) {
		cg->ilo = 1;
		cg->ihi = 1000;
	} else if (sg_words_first_in(ws, w_flag)) {
		cg->ihi = 1;
	}
}

/* Integer strategy and soft range from the name. */
void gn_int_rule(struct sg_colgen *cg, const struct sg_words *ws, const struct sg_gen_env *env)
{
	static const char *const w_pos[] = { "position", "rank", "ordinal", "index", "idx", NULL };
	static const char *const w_num[] = { "no", "num", "number", "seq", "sequence", "line",
					     NULL };
	static const char *const w_cnt[] = { "count", "counts", "views", "clicks", "attempts",
					     "retries", "points", "used", "items", "visits", NULL };
	static const char *const w_tot[] = { "num", "total", "times", NULL };
	const char *last = sg_words_last(ws);

	cg->strategy = S_INT;
	cg->ilo = 0;
	cg->ihi = cg->c->int_bytes == 1 ? 100 : 1000;
	if (sg_word_in_list(last, w_pos) || ((!strcmp(last, "order") || !strcmp(last, "sort")) &&
				     ws->n >= 2)) {
		cg->strategy = S_INT_INDEX;
		cg->ilo = 0;
	} else if (sg_word_in_list(last, w_num) && ws->n >= 2 && strcmp(sg_words_first(ws), "phone")) {
		cg->strategy = S_INT_INDEX;
		cg->ilo = 1;
	} else if (sg_words_any_in(ws, W_QTY)) {
		cg->strategy = S_INT_PARETO;
		cg->dlo = 1;
		cg->dhi = 50;
		cg->ilo = 1;
		cg->ihi = 500;
	} else if (sg_words_any_in(ws, W_PCT)) {
		cg->ihi = 100;
	} else if (!strcmp(last, "rating") || !strcmp(last, "stars")) {
		cg->ilo = 1;
		cg->ihi = 5;
	} else if (!strcmp(last, "score")) {
		cg->ihi = 100;
	} else if (!strcmp(last, "year") || !strcmp(last, "yr")) {
		cg->ilo = 2000;
		cg->ihi = gn_civil_year(env->now);
	} else if (!strcmp(last, "age")) {
		cg->ilo = 18;
		cg->ihi = 90;
	} else if (sg_word_in_list(last, w_cnt) || sg_words_first_in(ws, w_tot)) {
		cg->ihi = 1000;
	} else if (!strcmp(last, "priority")) {
		cg->ihi = 10;
	} else if (!strcmp(last, "level") || !strcmp(last, "tier")) {
		cg->ilo = 1;
		cg->ihi = 10;
	} else if (!strcmp(last, "parent") && cg->c->default_expr &&
		   !strcmp(cg->c->default_expr, "0")) {
		cg->ihi = 0; /* a tree without a constraint: 0 is the root (post_parent) */
	} else if (!int_rule_time(cg, ws, last)) {
		int_rule_misc(cg, ws, last);
	}
}

/* Decimal/float strategy: soft range in real values (dlo, dhi) and the
 * scale to print when the type leaves it open. */
void gn_dec_rule(struct sg_colgen *cg, const struct sg_words *ws, int *scale)
{
	static const char *const w_rate[] = { "rate", "ratio", "share", "probability", "confidence",
					      "fraction", NULL };
	static const char *const w_mult[] = { "multiplier", "factor", NULL };
	static const char *const w_big[] = { "limit", "balance", "budget", "revenue", "salary",
					     "lifetime", "ytd", "exposure", "income", NULL };
	static const char *const w_small[] = { "tax", "fee", "fees", "shipping", NULL };
	static const char *const w_unit[] = { "unit", "price", NULL };
	const char *last = sg_words_last(ws);

	cg->strategy = S_DEC;
	cg->dlo = 0;
	cg->dhi = 1000;
	if (sg_words_any_in(ws, W_PCT)) {
		cg->dhi = 100;
	} else if (sg_words_any_in(ws, w_rate)) {
		cg->dhi = 1;
		*scale = 4;
	} else if (sg_words_any_in(ws, w_mult)) {
		cg->dlo = 0.5;
		cg->dhi = 2;
	} else if (!strcmp(last, "score") || !strcmp(last, "percentile")) {
		cg->dhi = 100;
	} else if (!strcmp(last, "rating")) {
		cg->dlo = 1;
		cg->dhi = 5;
	} else if (!strcmp(last, "weight")) {
		cg->dhi = 1;
		*scale = 4;
	} else if (!strcmp(last, "lat") || !strcmp(last, "latitude")) {
		cg->dlo = 32.5;
		cg->dhi = 42.0;
		*scale = 6;
	} else if (!strcmp(last, "lng") || !strcmp(last, "lon") || !strcmp(last, "longitude")) {
		cg->dlo = -124.4;
		cg->dhi = -114.1;
		*scale = 6;
	} else if (!strcmp(last, "temp") || !strcmp(last, "temperature")) {
		cg->dlo = 35;
		cg->dhi = 80;
	} else if (sg_words_has(ws, "thc") || sg_words_has(ws, "cbd")) {
		cg->dhi = 35;
	} else if (sg_words_any_in(ws, W_QTY)) {
		cg->strategy = S_DEC_MONEY;
		cg->dlo = 1;
		cg->dhi = 50;
	} else if (sg_words_any_in(ws, W_MONEY) || sg_words_any_in(ws, w_big)) {
		/* most amounts sit a little above dlo, 10% above dhi */
		cg->strategy = S_DEC_MONEY;
		cg->dhi = sg_words_any_in(ws, w_big) ? 20000 : sg_words_any_in(ws, w_small) ? 50
			: sg_words_any_in(ws, w_unit) ? 100 : 500;
		cg->dlo = cg->dhi / 20;
	}
}

static int vocab_for(const char *w)
{
	static const struct { const char *w; int v; } map[] = {
		{ "status", W_STATUS }, { "state", W_STATUS }, { "type", W_TYPE },
		{ "kind", W_TYPE }, { "source", W_SOURCE }, { "channel", W_SOURCE },
		{ "origin", W_SOURCE }, { "medium", W_SOURCE }, { "method", W_METHOD },
		{ "mode", W_METHOD }, { "role", W_ROLE }, { "priority", W_PRIORITY },
		{ "severity", W_PRIORITY }, { "urgency", W_PRIORITY }, { "tier", W_TIER },
		{ "level", W_TIER }, { "frequency", W_FREQ }, { "interval", W_FREQ },
		{ "period", W_FREQ }, { "cadence", W_FREQ }, { "recurrence", W_FREQ },
		{ "unit", W_UNIT }, { "uom", W_UNIT }, { "visibility", W_VISIBILITY },
		{ "scope", W_VISIBILITY }, { "access", W_VISIBILITY }, { "language", W_LANG },
		{ "lang", W_LANG }, { "locale", W_LANG }, { "theme", W_THEME }, { "tag", W_TAGS },
		{ "label", W_TAGS }, { "direction", W_DIRECTION }, { "action", W_ACTION },
		{ "event", W_ACTION }, { "activity", W_ACTION }, { "operation", W_ACTION },
		{ "grade", W_GRADE },
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcmp(w, map[i].w))
			return map[i].v;
	return W_NONE;
}

static bool is_freetext_kind(int kind)
{
	switch (kind) {
	case SG_FAKE_TITLE: case SG_FAKE_TASK_TITLE: case SG_FAKE_SENTENCE: case SG_FAKE_NOTES:
	case SG_FAKE_DESCRIPTION: case SG_FAKE_COMMENT: case SG_FAKE_REASON:
	case SG_FAKE_PRODUCT_DESCRIPTION: case SG_FAKE_PRODUCT_NAME: case SG_FAKE_ADDRESS:
		return true;
	default:
		return false;
	}
}

/* Text strategy (char, varchar, text and their arrays). */
/* Whether the table holds an address part besides a state. */
static bool has_place(const struct sg_table *t)
{
	static const char *const place[] = { "city", "zip", "zipcode", "postal", "postcode",
					     "address", "street", "country", "county", "town",
					     NULL };
	struct sg_words ws;

	for (size_t i = 0; i < t->ncols; i++) {
		sg_words_split(t->columns[i]->name, &ws);
		if (sg_words_any_in(&ws, place))
			return true;
	}
	return false;
}

void gn_text_rule(struct sg_colgen *cg, const struct sg_table *t, const struct sg_words *ws,
		      bool key, enum sg_type_class cls)
{
	static const char *const w_id[] = { "id", "uuid", "guid", "uid", NULL };
	static const char *const w_code[] = { "code", "ref", "reference", "number", "no", "num",
					      "identifier", NULL };
	static const char *const w_tok[] = { "token", "hash", "secret", "key", "signature", "nonce",
					     "salt", "checksum", "digest", "fingerprint", NULL };
	const char *last = sg_words_last(ws);
	char tmp[SG_WORD_LEN];
	int kind, voc;

	cg->strategy = S_TEXT;
	if (key) {
		cg->strategy = S_TEXT_ID;
		return;
	}
	kind = (int)sg_fake_kind_for_table_column(t->name, cg->c->name);
	if ((kind == SG_FAKE_STATE || kind == SG_FAKE_STATE_NAME) && !strcmp(last, "state") &&
	    ws->n == 1 && !has_place(t)) {
		/* sale_order.state: a workflow state, not California */
		cg->p.sub = W_STATUS;
		return;
	}
	if (kind != SG_FAKE_NONE) {
		cg->fake_kind = kind;
		if (kind == SG_FAKE_EMAIL)
			cg->p.flags |= F_EMAIL;
		if (kind == SG_FAKE_PHONE)
			cg->p.flags |= F_PHONE;
		if (is_freetext_kind(kind))
			cg->p.flags |= F_FREETEXT;
		return;
	}
	if (sg_word_in_list(last, w_id)) {
		cg->strategy = S_TEXT_ID;
		return;
	}
	if (sg_word_in_list(last, w_code)) {
		cg->strategy = S_TEXT_CODE;
		return;
	}
	if (sg_word_in_list(last, w_tok)) {
		cg->fake_kind = SG_FAKE_HEX_TOKEN;
		return;
	}
	voc = vocab_for(last);
	if (!voc) {
		snprintf(tmp, sizeof(tmp), "%s", last);
		sg_word_singular(tmp);
		voc = vocab_for(tmp);
	}
	if (voc) {
		cg->p.sub = voc;
		return;
	}
	if (cls == SG_T_TEXT || cg->c->length == 0 || cg->c->length > 255) {
		cg->p.sub = W_SENTENCE;
		cg->p.flags |= F_FREETEXT;
	} else if (cg->c->length >= 24) {
		cg->p.sub = W_TITLE;
		cg->p.flags |= F_FREETEXT;
	} else if (cg->c->length <= 4 || cls == SG_T_CHAR) {
		cg->strategy = S_TEXT_CODE;
	} else {
		cg->p.sub = W_GENERIC;
	}
}

int gn_json_shape(const struct sg_words *ws)
{
	static const struct { const char *w; int shape; } map[] = {
		{ "metadata", J_META }, { "meta", J_META }, { "context", J_META },
		{ "extra", J_META }, { "data", J_META }, { "payload", J_META },
		{ "details", J_META }, { "info", J_META }, { "result", J_META },
		{ "results", J_META }, { "snapshot", J_META }, { "raw", J_META },
		{ "response", J_META }, { "request", J_META }, { "log", J_META },
		{ "settings", J_SETTINGS }, { "setting", J_SETTINGS }, { "preferences", J_SETTINGS },
		{ "prefs", J_SETTINGS }, { "config", J_SETTINGS }, { "configuration", J_SETTINGS },
		{ "options", J_SETTINGS }, { "layout", J_SETTINGS }, { "params", J_SETTINGS },
		{ "parameters", J_SETTINGS }, { "defaults", J_SETTINGS }, { "visibility", J_SETTINGS },
		{ "attributes", J_ATTRS }, { "attrs", J_ATTRS }, { "properties", J_ATTRS },
		{ "props", J_ATTRS }, { "specs", J_ATTRS }, { "specifications", J_ATTRS },
		{ "address", J_ADDRESS }, { "location", J_ADDRESS },
		{ "conditions", J_CONDITIONS }, { "condition", J_CONDITIONS },
		{ "criteria", J_CONDITIONS }, { "filters", J_CONDITIONS }, { "filter", J_CONDITIONS },
		{ "rules", J_CONDITIONS }, { "rule", J_CONDITIONS }, { "constraints", J_CONDITIONS },
		{ "targeting", J_CONDITIONS }, { "query", J_CONDITIONS },
		{ "changes", J_CHANGES }, { "diff", J_CHANGES }, { "delta", J_CHANGES },
		{ "value", J_CHANGES }, { "values", J_CHANGES },
		{ "weights", J_WEIGHTS }, { "scores", J_WEIGHTS }, { "factors", J_WEIGHTS },
		{ "thresholds", J_WEIGHTS },
		{ "hours", J_HOURS }, { "schedule", J_HOURS }, { "availability", J_HOURS },
		{ "tags", J_A_TAGS }, { "labels", J_A_TAGS }, { "keywords", J_A_TAGS },
		{ "badges", J_A_TAGS }, { "categories", J_A_CATEGORIES }, { "strains", J_A_CATEGORIES },
		{ "roles", J_A_ROLES }, { "permissions", J_A_ROLES }, { "scopes", J_A_ROLES },
		{ "groups", J_A_ROLES }, { "dates", J_A_DATES }, { "holidays", J_A_DATES },
		{ "ids", J_A_IDS }, { "attendees", J_A_IDS }, { "members", J_A_IDS },
		{ "participants", J_A_IDS }, { "recipients", J_A_IDS }, { "watchers", J_A_IDS },
		{ "followers", J_A_IDS }, { "users", J_A_IDS }, { "assignees", J_A_IDS },
		{ "with", J_A_IDS },
		{ "items", J_A_ITEMS }, { "products", J_A_ITEMS }, { "lines", J_A_ITEMS },
		{ "entries", J_A_ITEMS },
		{ "reasons", J_A_TEXT }, { "notes", J_A_TEXT }, { "steps", J_A_TEXT },
		{ "comments", J_A_TEXT }, { "messages", J_A_TEXT }, { "errors", J_A_TEXT },
		{ "warnings", J_A_TEXT }, { "actions", J_A_TEXT },
		/* a translatable name as JSON (Odoo, laravel-translatable) */
		{ "name", J_TRANSLATED }, { "title", J_TRANSLATED }, { "label", J_TRANSLATED },
		{ "description", J_TEXTS }, { "summary", J_TEXTS },
	};
	const char *last = sg_words_last(ws);

	/* "action_items" are sentences, not order lines */
	if (!strcmp(last, "items") && sg_words_has(ws, "action"))
		return J_A_TEXT;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcmp(last, map[i].w))
			return map[i].shape;
	for (int k = ws->n - 2; k >= 0; k--)
		for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
			if (!strcmp(ws->w[k], map[i].w) && map[i].shape < J_A_TAGS)
				return map[i].shape;
	if (sg_word_looks_plural(last))
		return J_A_WORDS;
	return J_GENERIC;
}

int gn_time_role(const struct sg_words *ws)
{
	static const char *const future[] = { "due", "expires", "expiry", "expiration", "expire",
					      "deadline", "scheduled", "until", "renewal", "renews",
					      "eta", "planned", "target", "remind", "reminder",
					      "upcoming", "end", "ends", "follow", NULL };
	static const char *const birth[] = { "birth", "dob", "birthday", "born", "birthdate",
					     NULL };
	static const char *const created[] = { "created", "inserted", "registered", "joined",
					       "signup", "opened", "added", "creation", NULL };
	static const char *const updated[] = { "updated", "modified", "changed", "edited",
					       "touched", "synced", "refreshed", "last", NULL };
	static const char *const end[] = { "completed", "resolved", "closed", "ended", "finished",
					   "deleted", "archived", "cancelled", "canceled", "shipped",
					   "delivered", "approved", "rejected", "processed", "paid",
					   "sent", "received", "responded", "reviewed", "revoked",
					   "verified", "confirmed", "accepted", "submitted",
					   "published", "fulfilled", "returned", "expired", "read",
					   "seen", "acknowledged", "dismissed", "used", "redeemed",
					   "converted", "settled", "voided", "released", "posted",
					   "signed", NULL };
	static const char *const start[] = { "started", "start", "began", "begin", "effective",
					     "starts", "from", NULL };

	if (sg_words_first_in(ws, (const char *const[]){ "next", NULL }) || sg_words_any_in(ws, future) ||
	    (sg_words_has(ws, "valid") && !strcmp(sg_words_last(ws), "to")))
		return R_FUTURE;
	if (sg_words_any_in(ws, birth))
		return R_BIRTH;
	if (sg_words_any_in(ws, created))
		return R_CREATED;
	if (sg_words_any_in(ws, updated))
		return R_UPDATED;
	if (sg_words_any_in(ws, end))
		return R_END;
	if (sg_words_any_in(ws, start))
		return R_START;
	return R_PAST;
}

double gn_bool_bias(const struct sg_words *ws)
{
	static const char *const yes[] = { "active", "enabled", "visible", "published", "verified",
					   "available", "approved", "confirmed", "valid", "public",
					   "allowed", "subscribed", "consent", NULL };
	static const char *const no[] = { "deleted", "archived", "disabled", "hidden", "blocked",
					  "banned", "locked", "suspended", "test", "spam", "flagged",
					  "draft", "cancelled", "canceled", "removed", "expired",
					  "inactive", "deprecated", "fraud", "void", "voided", NULL };

	if (sg_words_any_in(ws, no))
		return 0.05;
	if (sg_words_any_in(ws, yes))
		return 0.85;
	return 0.5;
}

/* --- what the column means (meaning.h) -------------------------------------- */

/* Whether the column is in the primary key or in a unique key. */
/* Whether a key reads column col: F_KEYPART when one of the primary key,
 * a unique key, or a unique (partial, expression) index or exclusion
 * constraint does (directly, through an expression or a generated
 * column), and F_SOLEKEY when such a key reads nothing else. A retry must
 * then change the value. */
static unsigned key_flags(const struct sg_table *t, size_t col)
{
	unsigned f = 0;

	for (size_t i = 0; i <= t->nuniques + t->nindexes; i++) {
		const struct sg_key *k = i == 0 ? &t->pk :
			i <= t->nuniques ? t->uniques[i - 1] : t->indexes[i - 1 - t->nuniques];

		if (i > t->nuniques && !k->unique && !k->exclusion)
			continue;
		if (!sg_keyform_key_reads(t, k, col))
			continue;
		f |= F_KEYPART;
		if (k->ncols == 1)
			f |= F_SOLEKEY;
	}
	return f;
}

/* A number meaning's range, fitted into the column's hard limits. */
/* A positive number the column defaults to ('4.99', '3', '19.99'::numeric),
 * or 0 when the default is no plain number. */
static double default_number(const struct sg_column *c)
{
	const char *d = c->default_expr;
	char *end;
	double v;

	if (!d)
		return 0;
	while (*d == '(' || *d == '\'')
		d++;
	v = strtod(d, &end);
	if (end == d || !(v > 0) || v > 1e12)
		return 0;
	while (*end == ')' || *end == '\'')
		end++;
	return *end == '\0' || (end[0] == ':' && end[1] == ':') ? v : 0;
}

/* The default says what size the schema's author expects: a rental rate
 * of 4.99 is money, not a 0..1 ratio; a rental duration of 3 (days) is not
 * 651. When the range the name gave leaves it far out, the values go
 * around it (a third of it to three times it). */
static void default_scale(struct sg_colgen *cg)
{
	double d = default_number(cg->c), mul, lo, hi;
	bool dec = cg->strategy == S_DEC || cg->strategy == S_DEC_MONEY;

	if (!(d > 0) || (!dec && cg->strategy != S_INT && cg->strategy != S_INT_PARETO))
		return;
	lo = dec ? cg->dlo : (double)cg->ilo;
	hi = dec ? cg->dhi : (double)cg->ihi;
	if (d >= lo && d <= hi && hi <= 20 * d)
		return;
	mul = dec ? gn_pow10d(cg->p.scale) : 1;
	lo = d / 3;
	hi = d * 3;
	if (!dec && lo < 1)
		lo = 1;
	cg->strategy = dec ? S_DEC : S_INT;
	cg->ilo = gn_clamp64(gn_dbl_to_i64(ceil(lo * mul - 1e-9)), cg->p.hard_lo, cg->p.hard_hi);
	cg->ihi = gn_clamp64(gn_dbl_to_i64(floor(hi * mul + 1e-9)), cg->ilo, cg->p.hard_hi);
	cg->dlo = lo;
	cg->dhi = hi;
}

/* Range from what the column means; false when no meaning applies. */
static bool meaning_number(struct sg_colgen *cg, const struct sg_table *t,
			   const struct sg_gen_env *env)
{
	double lo, hi, step, mul;
	bool dec = cg->strategy == S_DEC || cg->strategy == S_DEC_MONEY;

	if (!dec && cg->strategy != S_INT && cg->strategy != S_INT_PARETO &&
	    cg->strategy != S_YEAR)
		return false;
	if (cg->unique || cg->sequential ||
	    !sg_realistic_number(t, cg->c, (int)gn_civil_year(env->now), &lo, &hi, &step))
		return false;
	mul = dec ? gn_pow10d(cg->p.scale) : 1;
	if (dec)
		cg->strategy = S_DEC;
	else if (cg->strategy == S_INT_PARETO)
		cg->strategy = S_INT;
	cg->ilo = gn_clamp64(gn_dbl_to_i64(ceil(lo * mul - 1e-9)), cg->p.hard_lo, cg->p.hard_hi);
	cg->ihi = gn_clamp64(gn_dbl_to_i64(floor(hi * mul + 1e-9)), cg->ilo, cg->p.hard_hi);
	cg->dlo = lo;
	cg->dhi = hi;
	cg->p.step = dec && step > 0 ? gn_dbl_to_i64(llround(step * mul)) : 0;
	return true;
}

/* Fake kinds that a meaning asks for, when the column can hold them. */
static int meaning_kind(enum sg_meaning m, const struct sg_column *c)
{
	int len = c->length;

	switch (m) {
	case SG_M_STATE_ABBR: return len == 0 || len >= 2 ? SG_FAKE_STATE : 0;
	case SG_M_STATE_NAME: return len == 0 || len >= 20 ? SG_FAKE_STATE_NAME : 0;
	case SG_M_COUNTRY_CODE: return len == 0 || len >= 2 ? SG_FAKE_COUNTRY_CODE : 0;
	case SG_M_CURRENCY: return len == 0 || len >= 3 ? SG_FAKE_CURRENCY : 0;
	case SG_M_GENDER: return SG_FAKE_GENDER;
	case SG_M_COURTESY: return len == 0 || len >= 4 ? SG_FAKE_COURTESY : 0;
	case SG_M_FIRST_NAME: return SG_FAKE_FIRST_NAME;
	case SG_M_ZIP: return len == 0 || len >= 5 ? SG_FAKE_ZIP : 0;
	case SG_M_CITY: return SG_FAKE_CITY;
	case SG_M_EMAIL: return SG_FAKE_EMAIL;
	case SG_M_PERSON_NAME: return SG_FAKE_FULL_NAME;
	case SG_M_JOB_TITLE: return SG_FAKE_JOB_TITLE;
	default: return 0;
	}
}

static void meaning_text(struct sg_colgen *cg, const struct sg_table *t, enum sg_meaning m)
{
	int l, kind;

	if (m == SG_M_CODE && cg->c->length >= 3) {
		cg->strategy = S_KEYCODE;
		cg->fake_kind = 0;
		return;
	}
	if (m == SG_M_CLASS_NAME && !cg->unique) {
		cg->strategy = S_CLASSNAME;
		cg->fake_kind = 0;
		cg->p.flags &= ~(unsigned)F_FREETEXT;
		return;
	}
	if (((m == SG_M_COUNTRY_CODE && cg->c->length == 2) ||
	     (m == SG_M_CURRENCY && cg->c->length == 3)) &&
	    (cg->unique || (cg->p.flags & F_KEYPART))) {
		/* a code table: every ISO code once (capped at the list) */
		cg->strategy = S_VOCAB;
		cg->p.sub = m == SG_M_CURRENCY ? SG_VL_CURRENCY : SG_VL_COUNTRY2;
		cg->fake_kind = 0;
		cg->p.flags &= ~(unsigned)F_FREETEXT;
		return;
	}
	if (cg->strategy == S_TEXT_ID)
		return; /* a key: unique by construction */
	if ((l = sg_realistic_vocab(t, cg->c)) >= 0) {
		cg->strategy = S_VOCAB;
		cg->p.sub = l;
		cg->fake_kind = 0;
		cg->p.flags &= ~(unsigned)F_FREETEXT;
		return;
	}
	if (m == SG_M_PARAM_VALUE) {
		for (size_t i = 0; i < t->ncols; i++)
			if (sg_meaning_of(t, t->columns[i]) == SG_M_PARAM_KEY) {
				cg->strategy = S_PARAMVAL;
				cg->p.sub = (int)i;
				cg->fake_kind = 0;
				cg->p.flags &= ~(unsigned)F_FREETEXT;
				return;
			}
		return;
	}
	if ((kind = meaning_kind(m, cg->c))) {
		cg->strategy = S_TEXT;
		cg->fake_kind = kind;
		cg->p.sub = 0;
		cg->p.flags &= ~(unsigned)(F_FREETEXT | F_PHONE);
		if (kind == SG_FAKE_EMAIL)
			cg->p.flags |= F_EMAIL;
	}
}

/* The word a short text column defaults to ('publish', 'yes', 'open',
 * with or without a ::cast): its length, 0 when there is none. */
static size_t default_word(const struct sg_column *c)
{
	const char *d = c->default_expr;
	size_t n = 0;

	if (!d || *d != '\'')
		return 0;
	for (d++; d[n] && d[n] != '\''; n++)
		if (!((d[n] >= 'a' && d[n] <= 'z') || (d[n] >= 'A' && d[n] <= 'Z') ||
		      (d[n] >= '0' && d[n] <= '9') || strchr("_-./ ", d[n])) || n >= 32)
			return 0;
	return d[n] == '\'' && (d[n + 1] == '\0' || d[n + 1] == ':') ? n : 0;
}

/* A word-list column (status, type) whose default is not in the list the
 * name chose takes its default: the schema's own value ('publish',
 * 'open', 'yes') fits where 'active' or 'premium' would not. */
static void default_text(struct sg_colgen *cg)
{
	size_t n = default_word(cg->c);
	const char *const *list;

	if (!n || cg->strategy != S_TEXT || cg->fake_kind || cg->unique ||
	    (cg->p.flags & (F_KEYPART | F_SOLEKEY)) || cg->p.sub <= W_NONE ||
	    cg->p.sub >= W_COUNT || cg->p.sub == W_SENTENCE || cg->p.sub == W_TITLE)
		return;
	for (list = gn_vocabs[cg->p.sub]; list && *list; list++)
		if (strlen(*list) == n && !strncmp(*list, cg->c->default_expr + 1, n))
			return;
	cg->strategy = S_CHOICE;
	cg->p.choices = cg->c->default_expr;
	cg->p.nchoices = 1;
	cg->p.flags &= ~(unsigned)F_FREETEXT;
}

void gn_meaning_rule(struct sg_colgen *cg, const struct sg_table *t,
		     const struct sg_gen_env *env)
{
	enum sg_meaning m = sg_meaning_of(t, cg->c);
	int64_t gap = 0;
	int after;

	cg->p.flags |= key_flags(t, cg->col);
	if (cg->p.flags & F_ARRAY)
		return;
	after = sg_realistic_after(t, cg->col, &gap);
	if (after >= 0) {
		cg->p.after = after + 1;
		cg->p.gap = gap;
	}
	if (cg->strategy == S_OPTS || cg->strategy == S_CHOICE ||
	    (cg->opts && cg->opts->has_range) || (cg->p.flags & F_UNPARSED))
		return;
	if (cg->strategy == S_ENUM) {
		if (m == SG_M_GENDER)
			cg->fake_kind = SG_FAKE_GENDER;
		else if (m == SG_M_COURTESY)
			cg->fake_kind = SG_FAKE_COURTESY;
		return;
	}
	if (cg->strategy == S_TEXT || cg->strategy == S_TEXT_CODE || cg->strategy == S_TEXT_ID) {
		meaning_text(cg, t, m);
		default_text(cg);
	}
	else if (!meaning_number(cg, t, env) && !cg->unique && !cg->sequential)
		default_scale(cg);
}

/* The table's initial, upper-case: departments -> D. */
static char table_initial(const struct sg_table *t)
{
	for (const char *p = t->name; *p; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
			return (char)(*p >= 'a' ? *p - 'a' + 'A' : *p);
	return 'C';
}

/* The table's model class: active_storage_blobs -> ActiveStorageBlob,
 * behind a subclass prefix now and then (AdminUser). */
static void class_name(const struct sg_table *t, struct sg_rand *r, struct sg_buf *b)
{
	static const char *const sub[] = { "", "", "", "Admin", "Guest", "Premium", "Legacy", NULL };
	struct sg_words ws;

	sg_words_split(t->name, &ws);
	sg_buf_adds(b, gn_pick(r, sub));
	for (int i = 0; i < ws.n; i++) {
		const char *w = ws.w[i];
		size_t n = strlen(w), start = b->len;

		if (i == ws.n - 1 && n > 3 && !strcmp(w + n - 3, "ies")) {
			sg_buf_add(b, w, n - 3);
			sg_buf_addch(b, 'y');
		} else if (i == ws.n - 1 && n > 2 && w[n - 1] == 's' && w[n - 2] != 's') {
			sg_buf_add(b, w, n - 1);
		} else {
			sg_buf_adds(b, w);
		}
		if (b->len > start && b->data[start] >= 'a' && b->data[start] <= 'z')
			b->data[start] = (char)(b->data[start] - 32);
	}
}

void gn_gen_meaning_text(const struct sg_colgen *cg, struct sg_rand *r, const struct sg_row *row,
			 int attempt, struct sg_buf *b)
{
	enum sg_vocab_list l = (enum sg_vocab_list)cg->p.sub;
	const char *key;
	int digits;
	int64_t n, cap;

	switch (cg->strategy) {
	case S_VOCAB:
		/* in list order; a second retry jumps anywhere in the list, as
		 * an earlier run may hold the entries after this row's */
		if ((cg->unique || (cg->p.flags & F_KEYPART)) && sg_vocab_count(l))
			sg_vocab_nth(l, (size_t)cg->seq_base + (size_t)row->index + (size_t)attempt +
				     (attempt > 1 ? sg_rand_below(r, (uint32_t)sg_vocab_count(l)) : 0),
				     b);
		else
			sg_vocab_add(r, l, b);
		break;
	case S_PARAMVAL:
		key = sg_row_get(row, (size_t)cg->p.sub, NULL);
		sg_vocab_param_value(r, key, b);
		break;
	case S_KEYCODE:
		digits = cg->c->length - 1 < 9 ? cg->c->length - 1 : 9;
		cap = gn_pow10i(digits) - 1;
		n = cg->seq_base + row->index + 1;
		if (attempt > 0 || n > cap)
			n = sg_rand_range(r, 1, cap);
		sg_buf_addch(b, table_initial(row->table));
		for (int64_t p = gn_pow10i(digits - 1); p >= 1; p /= 10)
			sg_buf_addch(b, (char)('0' + (n / p) % 10));
		break;
	case S_CLASSNAME:
		class_name(row->table, r, b);
		break;
	default:
		break;
	}
}
