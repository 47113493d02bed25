/*
 * Generator of pricing_rules (pricing_profiles is in pricing.c).
 *
 * The rows follow TERP's pricing engine (server/pricingEngine.ts), which
 * matches an item against a rule's conditions (AND or OR over the keys),
 * applies the matching rules by priority, highest first, and reads a
 * profile's rules as [{"ruleId", "priority"}].
 *
 * pricing_rules: each row is one of a few kinds of rule a cannabis
 * wholesaler keeps: a category markup, a grade premium (or a B-grade
 * markdown), a client-tier discount, a bulk discount, a strain promo, a
 * vendor consignment markup, a price-band markup or discount, and OR-ed
 * clearance rules. conditions is a JSON object over TERP's keys (category,
 * subcategory, strain, grade, vendor, priceMin, priceMax) plus clientTier
 * and minQuantity. adjustment_value: percent types 1-40, dollar types
 * 1-500 (scaled to the category: a pound of flower, a pre-roll), two
 * decimals. logic_type is OR only for rules of two or more keys. priority:
 * an AND rule of n keys gets 20n..20n+19 (more specific rules rank higher),
 * an OR rule 5..19. The name states the adjustment ("Gold tier Flower
 * markdown 12%", "Bulk Pre-Roll discount 8% (100+ units)") and says
 * markup/premium/surcharge or markdown/discount/off. A few rules are
 * inactive; a few are soft-deleted (deleted_at after created_at, inactive).
 *
 * Edge scenario: conditions {} with priority 0 and the smallest value, and
 * five keys with priority 100 and the largest (40% or $500); profiles with
 * [] and with every rule. The rest is left to the engine's edge values.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/gen_helpers.h"
#include "seedgen/pricing_int.h"

/* --- static data ------------------------------------------------------------ */

enum adj { PCT_UP, PCT_DOWN, USD_UP, USD_DOWN, NADJ };
static const char *const ADJ_NAMES[NADJ] = {
	"PERCENT_MARKUP", "PERCENT_MARKDOWN", "DOLLAR_MARKUP", "DOLLAR_MARKDOWN",
};

struct category {
	const char *name;
	unsigned weight;
	int usd_lo, usd_hi;             /* a sensible dollar adjustment per unit */
	const char *unit;               /* of a bulk order's quantity */
	int bulk[4];                    /* bulk thresholds */
	int band[3][2];                 /* base price bands (dollars) */
	const char *sub[4];             /* subcategories; NULL-ended */
};

static const struct category CATEGORIES[] = {
	{ "Flower", 40, 10, 300, "lb", { 5, 10, 25, 50 },
	  { { 800, 1200 }, { 1200, 1800 }, { 1800, 2600 } },
	  { "Indoor", "Greenhouse", "Sun-grown", "Smalls" } },
	{ "Pre-Roll", 15, 1, 25, "units", { 50, 100, 250, 500 },
	  { { 3, 6 }, { 6, 12 }, { 12, 25 } }, { "Single", "Multi-pack", "Infused" } },
	{ "Vape", 12, 2, 40, "units", { 24, 50, 100, 200 },
	  { { 8, 15 }, { 15, 25 }, { 25, 45 } }, { "Cartridge", "Disposable", "Pod" } },
	{ "Edible", 10, 1, 20, "units", { 24, 50, 100, 200 },
	  { { 4, 8 }, { 8, 15 }, { 15, 30 } }, { "Gummies", "Chocolate", "Beverage" } },
	{ "Concentrate", 10, 5, 150, "units", { 10, 25, 50, 100 },
	  { { 10, 20 }, { 20, 35 }, { 35, 60 } }, { "Live Rosin", "Live Resin", "Badder", "Shatter" } },
	{ "Tincture", 7, 2, 30, "units", { 24, 48, 100, 200 },
	  { { 10, 20 }, { 20, 35 }, { 35, 60 } }, { "Full-spectrum", "CBD 1:1" } },
	{ "Topical", 6, 2, 30, "units", { 24, 48, 100, 200 },
	  { { 8, 15 }, { 15, 25 }, { 25, 45 } }, { "Balm", "Lotion" } },
};
#define NCATEGORIES (sizeof(CATEGORIES) / sizeof(CATEGORIES[0]))

static const char *const GRADES[] = { "AAA", "AA", "A", "B", "C" };
static const unsigned GRADE_WEIGHTS[] = { 25, 30, 25, 15, 5 };

struct tier {
	const char *key, *label;
	int pct_lo, pct_hi;             /* its discount */
};

static const struct tier TIERS[] = {
	{ "platinum", "Platinum", 10, 20 },
	{ "gold", "Gold", 6, 15 },
	{ "silver", "Silver", 3, 10 },
	{ "bronze", "Bronze", 1, 5 },
};

enum kind {
	K_CATEGORY_MARKUP, K_GRADE, K_TIER, K_BULK, K_STRAIN_PROMO, K_VENDOR, K_PRICE_BAND,
	K_CLEARANCE, NKINDS
};
static const unsigned KIND_WEIGHTS[NKINDS] = { 18, 14, 16, 14, 10, 8, 8, 12 };

static const char *const NOTES[] = {
	"Reviewed quarterly by the sales team.",
	"Approved by finance for the current quarter.",
	"Stacks with client tier discounts.",
	"Set to stay competitive with Bay Area wholesale prices.",
	"Requested by sales to move aging inventory.",
	"Keeps margins on target after the last COGS update.",
	"Applies to new orders only; open orders keep their prices.",
};

/* --- helpers ---------------------------------------------------------------- */

/* "12%", "7.5%", "12.25%"; "$15", "$12.50". */
static void add_amount(struct sg_buf *b, enum adj a, long long cents)
{
	if (a == PCT_UP || a == PCT_DOWN) {
		if (cents % 100 == 0)
			sg_buf_addf(b, "%lld%%", cents / 100);
		else if (cents % 10 == 0)
			sg_buf_addf(b, "%lld.%lld%%", cents / 100, cents % 100 / 10);
		else
			sg_buf_addf(b, "%lld.%02lld%%", cents / 100, cents % 100);
	} else if (cents % 100 == 0) {
		sg_buf_addf(b, "$%lld", cents / 100);
	} else {
		sg_buf_addf(b, "$%lld.%02lld", cents / 100, cents % 100);
	}
}

/* A percentage in [lo, hi]: mostly whole, sometimes a half or a quarter. */
static long long pct_cents(struct sg_rand *r, int lo, int hi)
{
	long long c = sg_rand_range(r, lo, hi) * 100LL;

	if (c < hi * 100LL && sg_rand_chance(r, 0.25))
		c += sg_rand_chance(r, 0.8) ? 50 : 25 * (1 + 2 * (long long)sg_rand_below(r, 2));
	return c;
}

/* Dollars for a category: skewed to its low end, whole or .50 mostly. */
static long long usd_cents(struct sg_rand *r, const struct category *cat)
{
	int lo = cat ? cat->usd_lo : 5, hi = cat ? cat->usd_hi : 100;
	double d = sg_fake_money(r, lo, lo + (hi - lo) / 3.0);
	long long c;

	if (d > hi)
		d = hi;
	c = (long long)(d * 100 + 0.5);
	if (sg_rand_chance(r, 0.7))
		c = c / 100 * 100;
	else if (sg_rand_chance(r, 0.65))
		c = c / 100 * 100 + 50;
	if (c < 100)
		c = 100;
	if (c > 50000)
		c = 50000;
	return c;
}

static const struct category *pick_category(struct sg_rand *r)
{
	unsigned w[NCATEGORIES];

	for (size_t i = 0; i < NCATEGORIES; i++)
		w[i] = CATEGORIES[i].weight;
	return &CATEGORIES[sg_gen_pick_weighted(r, w, NCATEGORIES)];
}

static const char *pick_sub(struct sg_rand *r, const struct category *cat)
{
	uint32_t n = 0;

	while (n < 4 && cat->sub[n])
		n++;
	return cat->sub[sg_rand_below(r, n)];
}

/* A fake value of a kind, as a new string. */
static char *fake_text(struct sg_gen_ctx *g, enum sg_fake_kind kind)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_fake_value(sg_gen_fake(g), kind, &b);
	return sg_buf_detach(&b);
}

/* ==== pricing_rules ============================================================ */

struct rules_state {
	int c_name, c_desc, c_type, c_value, c_cond, c_logic, c_prio, c_active, c_deleted, c_created;
	int c_updated;
	unsigned adj_ok[NADJ];   /* 1 when the live adjustment_type column takes it */
};

static int rules_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct rules_state *st = sg_calloc(1, sizeof(*st));
	const struct sg_table *t = sg_gen_table(g);
	bool any = false;

	(void)err;
	sg_gen_set_state(g, st);
	st->c_name = sg_gen_col(g, "name");
	st->c_desc = sg_gen_col(g, "description");
	st->c_type = sg_gen_col(g, "adjustment_type");
	st->c_value = sg_gen_col(g, "adjustment_value");
	st->c_cond = sg_gen_col(g, "conditions");
	st->c_logic = sg_gen_col(g, "logic_type");
	st->c_prio = sg_gen_col(g, "priority");
	st->c_active = sg_gen_col(g, "is_active");
	st->c_deleted = sg_gen_col(g, "deleted_at");
	st->c_created = sg_gen_col(g, "created_at");
	st->c_updated = sg_gen_col(g, "updated_at");
	for (int a = 0; a < NADJ; a++) {
		st->adj_ok[a] = st->c_type < 0 || sg_gen_fits(t, st->c_type, ADJ_NAMES[a]);
		any |= st->adj_ok[a];
	}
	for (int a = 0; a < NADJ && !any; a++)
		st->adj_ok[a] = 1; /* none fits: let the engine fill the type */
	return 0;
}

/* The rule being made. */
struct rule {
	enum adj adj;
	long long cents;
	cJSON *cond;
	int nkeys;
	bool or;
	struct sg_buf name, desc;
};

static void cond_str(struct rule *ru, const char *key, const char *v)
{
	cJSON_AddStringToObject(ru->cond, key, v);
	ru->nkeys++;
}

static void cond_num(struct rule *ru, const char *key, double v)
{
	cJSON_AddNumberToObject(ru->cond, key, v);
	ru->nkeys++;
}

/* The direction wanted, or its sibling when the live column lacks it. */
static enum adj usable(const struct rules_state *st, enum adj want)
{
	static const enum adj sibling[NADJ] = { USD_UP, USD_DOWN, PCT_UP, PCT_DOWN };

	if (st->adj_ok[want] || !st->adj_ok[sibling[want]])
		return want;
	return sibling[want];
}

static bool is_pct(enum adj a)
{
	return a == PCT_UP || a == PCT_DOWN;
}

/* The value of a rule of direction a on category cat, percent in [lo, hi]. */
static void value(struct sg_rand *r, struct rule *ru, const struct category *cat, int lo, int hi)
{
	ru->cents = is_pct(ru->adj) ? pct_cents(r, lo, hi) : usd_cents(r, cat);
}

static void describe(struct sg_rand *r, struct rule *ru, const char *scope)
{
	bool up = ru->adj == PCT_UP || ru->adj == USD_UP;

	sg_buf_adds(&ru->desc, is_pct(ru->adj) ? "Applies a " : "Applies a flat ");
	add_amount(&ru->desc, ru->adj, ru->cents);
	sg_buf_addf(&ru->desc, " %s%s to %s.", up ? "markup" : "markdown",
		    is_pct(ru->adj) ? "" : " per unit", scope);
	if (sg_rand_chance(r, 0.6))
		sg_buf_addf(&ru->desc, " %s",
			    NOTES[sg_rand_below(r, sizeof(NOTES) / sizeof(NOTES[0]))]);
}

/* a category markup (or per-unit handling surcharge) */
static void rule_category(struct sg_rand *r, const struct rules_state *st, struct rule *ru,
			  const struct category *cat, struct sg_buf *scope)
{
	ru->adj = usable(st, sg_rand_chance(r, 0.65) ? PCT_UP : USD_UP);
	cond_str(ru, "category", cat->name);
	value(r, ru, cat, 10, 40);
	sg_buf_addf(&ru->name, "%s %s ", cat->name, is_pct(ru->adj) ? "base markup" : "handling surcharge");
	add_amount(&ru->name, ru->adj, ru->cents);
	sg_buf_addf(scope, "all %s", cat->name);
}

/* a grade premium, or a markdown for B and C grades */
static void rule_grade(struct sg_rand *r, const struct rules_state *st, struct rule *ru,
		       const struct category *cat, const char *grade, struct sg_buf *scope)
{
	bool low = grade[0] == 'B' || grade[0] == 'C';

	ru->adj = usable(st, low ? PCT_DOWN : sg_rand_chance(r, 0.6) ? PCT_UP : USD_UP);
	cond_str(ru, "category", cat->name);
	cond_str(ru, "grade", grade);
	value(r, ru, cat, 5, low ? 20 : 25);
	sg_buf_addf(&ru->name, "%s-grade %s %s ", grade, cat->name, low ? "markdown" : "premium");
	add_amount(&ru->name, ru->adj, ru->cents);
	sg_buf_addf(scope, "%s-grade %s", grade, cat->name);
}

/* a client-tier discount, store-wide or on one category */
static void rule_tier(struct sg_rand *r, const struct rules_state *st, struct rule *ru,
		      const struct category *cat, const struct tier *tier, struct sg_buf *scope)
{
	ru->adj = usable(st, PCT_DOWN);
	cond_str(ru, "clientTier", tier->key);
	value(r, ru, cat, tier->pct_lo, tier->pct_hi);
	if (sg_rand_chance(r, 0.5)) {
		cond_str(ru, "category", cat->name);
		sg_buf_addf(&ru->name, "%s tier %s markdown ", tier->label, cat->name);
		sg_buf_addf(scope, "%s for %s-tier clients", cat->name, tier->key);
	} else {
		sg_buf_addf(&ru->name, "%s tier discount ", tier->label);
		sg_buf_addf(scope, "every order from %s-tier clients", tier->key);
	}
	add_amount(&ru->name, ru->adj, ru->cents);
}

/* a discount from a quantity up */
static void rule_bulk(struct sg_rand *r, const struct rules_state *st, struct rule *ru,
		      const struct category *cat, struct sg_buf *scope)
{
	int q = cat->bulk[sg_rand_below(r, 4)];

	ru->adj = usable(st, sg_rand_chance(r, 0.7) ? PCT_DOWN : USD_DOWN);
	cond_str(ru, "category", cat->name);
	cond_num(ru, "minQuantity", q);
	value(r, ru, cat, 3, 15);
	sg_buf_addf(&ru->name, "Bulk %s discount ", cat->name);
	add_amount(&ru->name, ru->adj, ru->cents);
	sg_buf_addf(&ru->name, " (%d+ %s)", q, cat->unit);
	sg_buf_addf(scope, "%s orders of %d %s or more", cat->name, q, cat->unit);
}

/* a strain promo, store-wide or on one category */
static void rule_strain_promo(struct sg_gen_ctx *g, const struct rules_state *st,
			      struct rule *ru, const struct category *cat, struct sg_buf *scope)
{
	struct sg_rand *r = sg_gen_rand(g);
	char *text = NULL;
	text = fake_text(g, SG_FAKE_STRAIN);
	ru->adj = usable(st, sg_rand_chance(r, 0.6) ? PCT_DOWN : USD_DOWN);
	cond_str(ru, "strain", text);
	value(r, ru, cat, 10, 30);
	if (sg_rand_chance(r, 0.5)) {
		cond_str(ru, "category", cat->name);
		sg_buf_addf(&ru->name, "%s %s promo ", text, cat->name);
		sg_buf_addf(scope, "%s %s", text, cat->name);
	} else {
		sg_buf_addf(&ru->name, "%s promo ", text);
		sg_buf_addf(scope, "every %s product", text);
	}
	add_amount(&ru->name, ru->adj, ru->cents);
	sg_buf_adds(&ru->name, " off");
	free(text);
}

/* a vendor consignment markup */
static void rule_vendor(struct sg_gen_ctx *g, const struct rules_state *st, struct rule *ru,
			const struct category *cat, struct sg_buf *scope)
{
	struct sg_rand *r = sg_gen_rand(g);
	char *text = NULL;
	text = fake_text(g, SG_FAKE_COMPANY_FARM);
	ru->adj = usable(st, PCT_UP);
	cond_str(ru, "vendor", text);
	value(r, ru, cat, 2, 10);
	sg_buf_addf(&ru->name, "%s consignment markup ", text);
	add_amount(&ru->name, ru->adj, ru->cents);
	sg_buf_addf(scope, "consigned goods from %s", text);
	free(text);
}

/* a top-shelf markup or a value discount by base price */
static void rule_price_band(struct sg_rand *r, const struct rules_state *st, struct rule *ru,
			    const struct category *cat, struct sg_buf *scope)
{
	int b = (int)sg_rand_below(r, 3);

	cond_str(ru, "category", cat->name);
	if (b == 2 || sg_rand_chance(r, 0.5)) {
		ru->adj = usable(st, PCT_UP);
		cond_num(ru, "priceMin", cat->band[b][0]);
		cond_num(ru, "priceMax", cat->band[b][1]);
		value(r, ru, cat, 3, 15);
		sg_buf_addf(&ru->name, "Top-shelf %s markup ", cat->name);
		add_amount(&ru->name, ru->adj, ru->cents);
		sg_buf_addf(&ru->name, " ($%d-$%d base)", cat->band[b][0], cat->band[b][1]);
		sg_buf_addf(scope, "%s with a base price of $%d to $%d", cat->name,
			    cat->band[b][0], cat->band[b][1]);
	} else {
		ru->adj = usable(st, PCT_DOWN);
		cond_num(ru, "priceMax", cat->band[b][0]);
		value(r, ru, cat, 2, 10);
		sg_buf_addf(&ru->name, "Value %s discount ", cat->name);
		add_amount(&ru->name, ru->adj, ru->cents);
		sg_buf_addf(&ru->name, " (under $%d base)", cat->band[b][0]);
		sg_buf_addf(scope, "%s with a base price under $%d", cat->name, cat->band[b][0]);
	}
}

/* clearance: OR over two keys */
static void rule_clearance(struct sg_gen_ctx *g, const struct rules_state *st, struct rule *ru,
			   const struct category *cat, struct sg_buf *scope)
{
	struct sg_rand *r = sg_gen_rand(g);
	char *text = NULL;
	ru->or = true;
	ru->adj = usable(st, PCT_DOWN);
	value(r, ru, cat, 15, 40);
	if (sg_rand_chance(r, 0.5)) {
		const char *low = sg_rand_chance(r, 0.7) ? "B" : "C";

		text = fake_text(g, SG_FAKE_STRAIN);
		cond_str(ru, "grade", low);
		cond_str(ru, "strain", text);
		sg_buf_addf(&ru->name, "Clearance: %s-grade or %s ", low, text);
		sg_buf_addf(scope, "%s-grade product or any %s", low, text);
	} else {
		const char *sub = pick_sub(r, cat);

		cond_str(ru, "subcategory", sub);
		cond_str(ru, "grade", "C");
		sg_buf_addf(&ru->name, "Clearance: %s or C-grade ", sub);
		sg_buf_addf(scope, "%s or C-grade product", sub);
	}
	add_amount(&ru->name, ru->adj, ru->cents);
	sg_buf_adds(&ru->name, " off");
	free(text);
}

static void make_rule(struct sg_gen_ctx *g, const struct rules_state *st, struct rule *ru,
		      enum kind k)
{
	struct sg_rand *r = sg_gen_rand(g);
	const struct category *cat = pick_category(r);
	const struct tier *tier = &TIERS[sg_rand_below(r, 4)];
	const char *grade = GRADES[sg_gen_pick_weighted(r, GRADE_WEIGHTS, 5)];
	struct sg_buf scope = SG_BUF_INIT;

	switch (k) {
	case K_CATEGORY_MARKUP:
		rule_category(r, st, ru, cat, &scope);
		break;
	case K_GRADE:
		rule_grade(r, st, ru, cat, grade, &scope);
		break;
	case K_TIER:
		rule_tier(r, st, ru, cat, tier, &scope);
		break;
	case K_BULK:
		rule_bulk(r, st, ru, cat, &scope);
		break;
	case K_STRAIN_PROMO:
		rule_strain_promo(g, st, ru, cat, &scope);
		break;
	case K_VENDOR:
		rule_vendor(g, st, ru, cat, &scope);
		break;
	case K_PRICE_BAND:
		rule_price_band(r, st, ru, cat, &scope);
		break;
	default: /* K_CLEARANCE */
		rule_clearance(g, st, ru, cat, &scope);
		break;
	}
	describe(r, ru, sg_buf_str(&scope));
	sg_buf_release(&scope);
}

/* Edge rows: no condition (priority 0, the smallest value) or five (100, the
 * largest). */
static void make_edge_rule(struct sg_gen_ctx *g, const struct rules_state *st, struct rule *ru,
			   bool full)
{
	struct sg_rand *r = sg_gen_rand(g);
	ru->adj = usable(st, sg_rand_chance(r, 0.5) ? USD_UP : PCT_UP);
	if (!full) {
		ru->cents = 100;
		sg_buf_adds(&ru->name, "Store-wide markup ");
		add_amount(&ru->name, ru->adj, ru->cents);
		return;
	}
	{
		const struct category *cat = pick_category(r);
		const struct tier *tier = &TIERS[sg_rand_below(r, 4)];
		const char *sub = pick_sub(r, cat);
		char *strain = fake_text(g, SG_FAKE_STRAIN);

		ru->cents = is_pct(ru->adj) ? 4000 : 50000;
		cond_str(ru, "category", cat->name);
		cond_str(ru, "subcategory", sub);
		cond_str(ru, "strain", strain);
		cond_str(ru, "grade", "AAA");
		cond_str(ru, "clientTier", tier->key);
		sg_buf_addf(&ru->name, "%s tier AAA-grade %s %s %s premium ", tier->label, strain, sub,
			    cat->name);
		add_amount(&ru->name, ru->adj, ru->cents);
		free(strain);
	}
}

static void rules_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	const struct rules_state *st = sg_gen_state(g);
	const struct sg_table *t = sg_gen_table(g);
	const struct sg_gen_env *env = sg_gen_env(g);
	struct sg_rand *r = sg_gen_rand(g);
	struct rule ru = { .cond = cJSON_CreateObject() };
	int prio;

	if (!ru.cond)
		return;
	if (env->edge && row->index % 3 != 2)
		make_edge_rule(g, st, &ru, row->index % 3 == 1);
	else
		make_rule(g, st, &ru, (enum kind)sg_gen_pick_weighted(r, KIND_WEIGHTS, NKINDS));
	if (ru.or)
		prio = 5 + (int)sg_rand_below(r, 15);
	else if (env->edge && ru.nkeys == 0)
		prio = 0;
	else if (ru.nkeys >= 5)
		prio = 100;
	else
		prio = 20 * ru.nkeys + (int)sg_rand_below(r, 20);

	sg_gen_set_fit(t, row, st->c_name, sg_buf_str(&ru.name));
	if (st->c_desc >= 0 && !env->edge) {
		if (ru.desc.len && sg_rand_chance(r, 0.85))
			sg_gen_set_fit(t, row, st->c_desc, ru.desc.data);
		else if (t->columns[st->c_desc]->nullable)
			sg_row_set_null(row, (size_t)st->c_desc);
	}
	sg_gen_set_fit(t, row, st->c_type, ADJ_NAMES[ru.adj]);
	if (st->c_value >= 0)
		sg_row_setf(row, (size_t)st->c_value, "%lld.%02lld", ru.cents / 100, ru.cents % 100);
	sg_gen_set_json(t, row, st->c_cond, ru.cond);
	sg_gen_set_fit(t, row, st->c_logic, ru.or ? "OR" : "AND");
	if (st->c_prio >= 0)
		sg_row_set_int(row, (size_t)st->c_prio, prio);
	if (!env->edge) {
		bool deleted = st->c_deleted >= 0 && sg_rand_chance(r, 0.04);
		int64_t created;

		if (st->c_active >= 0)
			sg_row_set_int(row, (size_t)st->c_active, !deleted && sg_rand_chance(r, 0.9));
		pricing_set_times(g, row, st->c_created, st->c_updated, env->now - 700 * 86400LL, &created);
		if (deleted) {
			/* the deletion is the rule's last update */
			int64_t at = sg_rand_range(r, created, env->now - 1);

			sg_row_set_time(row, (size_t)st->c_deleted, at);
			if (st->c_updated >= 0)
				sg_row_set_time(row, (size_t)st->c_updated, at);
		} else {
			pricing_set_live(g, row, st->c_deleted);
		}
	}
	sg_buf_release(&ru.name);
	sg_buf_release(&ru.desc);
}

static void rules_end(struct sg_gen_ctx *g)
{
	free(sg_gen_state(g));
}

const struct sg_generator sg_gen_pricing_rules = {
	.table = "pricing_rules",
	.summary = "markups and discounts by category, grade, client tier, quantity; named by effect",
	.begin = rules_begin,
	.row = rules_row,
	.end = rules_end,
};
