/*
 * Generator of pricing_profiles, and the row helpers the pricing generators
 * share (declared in pricing_int.h); pricing_rules is in pricing_rules.c.
 *
 * The rows follow TERP's pricing engine (server/pricingEngine.ts), which
 * matches an item against a rule's conditions (AND or OR over the keys),
 * applies the matching rules by priority, highest first, and reads a
 * profile's rules as [{"ruleId", "priority"}].
 *
 * pricing_profiles: rules lists 2-6 distinct live (not soft-deleted) rules,
 * mostly active ones, ordered by their priority, as TERP's
 * [{"ruleId": id, "priority": 1..n}]; [] when no rule exists. Names are a
 * customer segment and a California region ("Wholesale — Bay Area"),
 * distinct while they last; created_by is a user when users exist.
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

/* --- shared row helpers -------------------------------------------------- */

/* Not soft-deleted, outside the edge scenario (configuration rows are live). */
void pricing_set_live(struct sg_gen_ctx *g, struct sg_row *row, int c_deleted)
{
	if (!sg_gen_env(g)->edge && c_deleted >= 0 && sg_gen_table(g)->columns[c_deleted]->nullable)
		sg_row_set_null(row, (size_t)c_deleted);
}

/* created in [lo, now - 1], updated at or after it; outside the edge
 * scenario (a config row always has both). */
void pricing_set_times(struct sg_gen_ctx *g, struct sg_row *row, int c_created, int c_updated,
		       int64_t lo, int64_t *created)
{
	struct sg_rand *r = sg_gen_rand(g);
	int64_t now = sg_gen_env(g)->now, c;

	if (lo > now - 1)
		lo = now - 1;
	c = sg_rand_range(r, lo, now - 1);
	if (c_created >= 0)
		sg_row_set_time(row, (size_t)c_created, c);
	if (c_updated >= 0)
		sg_row_set_time(row, (size_t)c_updated,
				sg_rand_chance(r, 0.55) ? c : sg_rand_range(r, c, now - 1));
	if (created)
		*created = c;
}

/* ==== pricing_profiles ========================================================= */

struct segment {
	const char *name, *who;
};

static const struct segment SEGMENTS[] = {
	{ "Wholesale", "licensed wholesale buyers" },
	{ "Dispensary Tier 1", "high-volume dispensary accounts" },
	{ "Dispensary Tier 2", "mid-size dispensaries" },
	{ "Distributor Volume", "distributors buying at volume" },
	{ "Delivery Partners", "delivery-only retailers" },
	{ "VIP Retail", "VIP portal retail accounts" },
	{ "Consignment", "consignment growers and brands" },
	{ "New Accounts", "accounts in their first 90 days" },
	{ "Brand Partners", "white-label brand partners" },
};
#define NSEGMENTS (sizeof(SEGMENTS) / sizeof(SEGMENTS[0]))

struct region {
	const char *name, *in;
};

static const struct region REGIONS[] = {
	{ "Northern California", "in Northern California" },
	{ "Bay Area", "in the Bay Area" },
	{ "Sacramento Valley", "in the Sacramento Valley" },
	{ "Central Valley", "in the Central Valley" },
	{ "Central Coast", "on the Central Coast" },
	{ "Los Angeles", "in Los Angeles" },
	{ "Inland Empire", "in the Inland Empire" },
	{ "San Diego", "in San Diego" },
	{ "Emerald Triangle", "in the Emerald Triangle" },
};
#define NREGIONS (sizeof(REGIONS) / sizeof(REGIONS[0]))
#define NCOMBOS (NSEGMENTS * NREGIONS)

struct prule {
	long long id;
	long long priority;
	bool active;
	char *name;
	int64_t created;           /* 0 when unknown */
};

struct profiles_state {
	struct prule *rules;
	size_t nrules, cap;
	struct sg_rows taken;      /* profile names in the table */
	uint32_t combos[NCOMBOS];  /* segment x region, shuffled; unused names first */
	size_t nfree;              /* combos[0..nfree) are names not taken */
	int c_name, c_desc, c_rules, c_by, c_deleted, c_created, c_updated;
};

static bool is_taken(const struct sg_rows *taken, const char *name)
{
	for (size_t i = 0; i < taken->n; i++) {
		const char *v = sg_rows_get(taken, i, 0);

		if (v && !strcmp(v, name))
			return true;
	}
	return false;
}

/* One live rule (id, name, priority, is_active, created_at), id not NULL. */
static void add_prule(struct profiles_state *st, const struct sg_rows *rows, size_t r)
{
	const char *values[5];
	struct prule *p;

	for (size_t c = 0; c < 5; c++)
		values[c] = sg_rows_get(rows, r, c);
	SG_GROW(st->rules, st->nrules + 1, st->cap);
	p = &st->rules[st->nrules++];
	p->id = strtoll(values[0], NULL, 10);
	p->name = values[1] ? sg_strdup(values[1]) : NULL;
	p->priority = values[2] ? strtoll(values[2], NULL, 10) : 0;
	/* MySQL booleans read as 1/0, PostgreSQL's as t/f */
	p->active = !values[3] || values[3][0] == '1' || values[3][0] == 't';
	p->created = 0; /* unknown */
	if (values[4])
		sg_parse_time(values[4], sg_rows_len(rows, r, 4), &p->created);
}

static void combo_name(struct sg_buf *b, uint32_t combo)
{
	sg_buf_addf(b, "%s \xe2\x80\x94 %s", SEGMENTS[combo / NREGIONS].name,
		    REGIONS[combo % NREGIONS].name);
}

static int profiles_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct profiles_state *st = sg_calloc(1, sizeof(*st));
	const struct sg_table *t = sg_gen_table(g);
	struct sg_rand *r = sg_gen_rand(g);
	const struct sg_table *pt = sg_schema_find(sg_gen_schema(g), "pricing_rules");
	uint32_t taken[NCOMBOS];
	size_t ntaken = 0;
	int rc = 0;

	sg_gen_set_state(g, st);
	st->c_name = sg_gen_col(g, "name");
	st->c_desc = sg_gen_col(g, "description");
	st->c_rules = sg_gen_col(g, "rules");
	st->c_by = sg_gen_col(g, "created_by");
	st->c_deleted = sg_gen_col(g, "deleted_at");
	st->c_created = sg_gen_col(g, "created_at");
	st->c_updated = sg_gen_col(g, "updated_at");

	/* The live rules a profile may list, in key order. */
	if (pt && sg_table_find_column(pt, "id")) {
		static const char *const cols[] = { "id", "name", "priority", "is_active",
						    "created_at" };
		static const struct sg_read_where live[] = { { "id", SG_READ_NOT_NULL, NULL },
							     { "deleted_at", SG_READ_IS_NULL, NULL } };
		struct sg_rows rules;

		rc = sg_gen_select(g, &(struct sg_read){ .table = "pricing_rules", .cols = cols,
							 .ncols = 5, .where = live, .nwhere = 2 },
				   &rules, err);
		for (size_t i = 0; rc == 0 && i < rules.n; i++)
			add_prule(st, &rules, i);
		sg_rows_release(&rules);
	}
	if (rc == 0 && st->c_name >= 0) {
		const char *name = t->columns[st->c_name]->name;
		const struct sg_read_where named = { name, SG_READ_NOT_NULL, NULL };

		rc = sg_gen_select(g, &(struct sg_read){ .table = t->name, .cols = &name,
							 .ncols = 1, .where = &named, .nwhere = 1,
							 .shape = SG_READ_DISTINCT }, &st->taken, err);
	}
	if (rc < 0)
		return -1;

	/* Names not in the table yet come first, shuffled. */
	for (uint32_t i = 0; i < NCOMBOS; i++) {
		struct sg_buf b = SG_BUF_INIT;

		combo_name(&b, i);
		if (is_taken(&st->taken, b.data))
			taken[ntaken++] = i;
		else
			st->combos[st->nfree++] = i;
		sg_buf_release(&b);
	}
	for (size_t i = st->nfree; i > 1; i--) {
		size_t j = sg_rand_below64(r, i);
		uint32_t x = st->combos[i - 1];

		st->combos[i - 1] = st->combos[j];
		st->combos[j] = x;
	}
	memcpy(st->combos + st->nfree, taken, ntaken * sizeof(uint32_t));
	return 0;
}

static int cmp_prule_prio(const void *a, const void *b)
{
	const struct prule *x = *(const struct prule *const *)a, *y = *(const struct prule *const *)b;

	if (x->priority != y->priority)
		return x->priority > y->priority ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static void profiles_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct profiles_state *st = sg_gen_state(g);
	const struct sg_table *t = sg_gen_table(g);
	struct sg_rand *r = sg_gen_rand(g);
	bool edge = sg_gen_env(g)->edge;
	size_t idx = (size_t)row->index, k, n = 0;
	uint32_t combo = st->combos[idx % NCOMBOS];
	const struct prule **pick = sg_malloc((st->nrules ? st->nrules : 1) * sizeof(*pick));
	struct sg_buf name = SG_BUF_INIT, desc = SG_BUF_INIT;
	cJSON *arr = cJSON_CreateArray();

	/* 2-6 distinct rules, mostly active ones; [] and all rules at the edge. */
	if (edge && idx % 3 == 0)
		k = 0;
	else if (edge && idx % 3 == 1)
		k = st->nrules < 200 ? st->nrules : 200;
	else
		k = 2 + sg_gen_pick_weighted(r, (const unsigned[]){ 20, 30, 25, 15, 10 }, 5);
	if (k > st->nrules)
		k = st->nrules;
	if (k) {
		unsigned *w = sg_malloc(st->nrules * sizeof(unsigned));

		for (size_t i = 0; i < st->nrules; i++)
			w[i] = st->rules[i].active ? 6 : 1;
		while (n < k) {
			size_t i = sg_gen_pick_weighted(r, w, st->nrules);

			if (i >= st->nrules)
				break;
			pick[n++] = &st->rules[i];
			w[i] = 0;
		}
		free(w);
		qsort(pick, n, sizeof(*pick), cmp_prule_prio);
	}
	for (size_t i = 0; arr && i < n; i++) {
		cJSON *o = cJSON_CreateObject();

		if (!o)
			break;
		cJSON_AddNumberToObject(o, "ruleId", (double)pick[i]->id);
		cJSON_AddNumberToObject(o, "priority", (double)(i + 1));
		cJSON_AddItemToArray(arr, o);
	}
	sg_gen_set_json(t, row, st->c_rules, arr);

	combo_name(&name, combo);
	if (idx >= st->nfree)
		sg_buf_addf(&name, " (v%zu)", (idx - st->nfree) / NCOMBOS + 2);
	sg_gen_set_fit(t, row, st->c_name, name.data);

	if (st->c_desc >= 0 && !edge) {
		sg_buf_addf(&desc, "Pricing for %s %s.", SEGMENTS[combo / NREGIONS].who,
			    REGIONS[combo % NREGIONS].in);
		if (!n) {
			sg_buf_adds(&desc, " No rules yet: list prices apply.");
		} else {
			size_t shown = 0;

			for (size_t i = 0; i < n && shown < 3; i++) {
				if (!pick[i]->name)
					continue;
				sg_buf_adds(&desc, shown ? "; " : " Rules: ");
				sg_buf_adds(&desc, pick[i]->name);
				shown++;
			}
			if (shown)
				sg_buf_adds(&desc, shown < n ? "; and more." : ".");
		}
		if (sg_rand_chance(r, 0.9) && sg_gen_fits(t, st->c_desc, desc.data))
			sg_row_sets(row, (size_t)st->c_desc, desc.data);
		else if (t->columns[st->c_desc]->nullable)
			sg_row_set_null(row, (size_t)st->c_desc);
	}
	if (st->c_by >= 0)
		sg_gen_pick_parent(g, row, st->c_by);
	pricing_set_live(g, row, st->c_deleted);
	if (!edge) {
		/* made after the newest rule it lists */
		int64_t lo = sg_gen_env(g)->now - 600 * 86400LL;

		for (size_t i = 0; i < n; i++)
			if (pick[i]->created > lo)
				lo = pick[i]->created;
		pricing_set_times(g, row, st->c_created, st->c_updated, lo, NULL);
	}
	sg_buf_release(&name);
	sg_buf_release(&desc);
	free(pick);
}

static void profiles_end(struct sg_gen_ctx *g)
{
	struct profiles_state *st = sg_gen_state(g);

	for (size_t i = 0; i < st->nrules; i++)
		free(st->rules[i].name);
	free(st->rules);
	sg_rows_release(&st->taken);
	free(st);
}

static const char *const profiles_after[] = { "pricing_rules", NULL };

const struct sg_generator sg_gen_pricing_profiles = {
	.table = "pricing_profiles",
	.summary = "segment x region profiles listing 2-6 live pricing_rules as {ruleId, priority}",
	.after = profiles_after,
	.begin = profiles_begin,
	.row = profiles_row,
	.end = profiles_end,
};
