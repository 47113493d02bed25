/*
 * Prose of the fake module: templates with {slot} placeholders
 * (fake_data.c) rendered with names, companies, numbers and products;
 * titles, notes and comments by topic, and comments that fit the entity
 * they are about (sg_fake_comment_for).
 */
#include <math.h>
#include <stdbool.h>
#include <pthread.h>
#include <string.h>

#include "seedgen/error.h"
#include "seedgen/fake.h"
#include "seedgen/words.h"
#include "fake_data.h"
#include "fake_int.h"

enum slot {
	S_FIRST, S_PERSON, S_COMPANY, S_CLIENT, S_VENDOR, S_DISPENSARY, S_FARM,
	S_DISTRIBUTOR, S_LAB, S_MANUFACTURER, S_MONTH, S_MONTHSLUG, S_WEEKDAY,
	S_QUARTER, S_BATCH, S_INVOICE, S_ORDER, S_PO, S_MANIFEST, S_AMOUNT, S_UNITS,
	S_CASES, S_LBS, S_DAYS, S_PERCENT, S_TERMS, S_TIME, S_THC, S_STRAIN,
	S_STRAINSLUG, S_PRODUCT, S_CATEGORY, S_SUBCAT, S_BRAND, S_FLAVOR, S_SIZE,
	S_CITY, S_COUNTY, S_AROMA, S_AROMA2, S_EFFECT, S_HEX6, S_N3, S_N4,
};

static const struct {
	const char *name;
	size_t len;
	enum slot id;
} slot_names[] = {
#define SLOT(n, id) { n, sizeof(n) - 1, id }
	SLOT("first", S_FIRST), SLOT("person", S_PERSON), SLOT("company", S_COMPANY),
	SLOT("client", S_CLIENT), SLOT("vendor", S_VENDOR), SLOT("dispensary", S_DISPENSARY),
	SLOT("farm", S_FARM), SLOT("distributor", S_DISTRIBUTOR), SLOT("lab", S_LAB),
	SLOT("manufacturer", S_MANUFACTURER), SLOT("month", S_MONTH),
	SLOT("monthslug", S_MONTHSLUG), SLOT("weekday", S_WEEKDAY), SLOT("quarter", S_QUARTER),
	SLOT("batch", S_BATCH), SLOT("invoice", S_INVOICE), SLOT("order", S_ORDER),
	SLOT("po", S_PO), SLOT("manifest", S_MANIFEST), SLOT("amount", S_AMOUNT),
	SLOT("units", S_UNITS), SLOT("cases", S_CASES), SLOT("lbs", S_LBS),
	SLOT("days", S_DAYS), SLOT("percent", S_PERCENT), SLOT("terms", S_TERMS),
	SLOT("time", S_TIME), SLOT("thc", S_THC), SLOT("strain", S_STRAIN),
	SLOT("strainslug", S_STRAINSLUG), SLOT("product", S_PRODUCT),
	SLOT("category", S_CATEGORY), SLOT("subcat", S_SUBCAT), SLOT("brand", S_BRAND),
	SLOT("flavor", S_FLAVOR), SLOT("size", S_SIZE), SLOT("city", S_CITY),
	SLOT("county", S_COUNTY), SLOT("aroma", S_AROMA), SLOT("aroma2", S_AROMA2),
	SLOT("effect", S_EFFECT), SLOT("hex6", S_HEX6), SLOT("n3", S_N3), SLOT("n4", S_N4),
#undef SLOT
};

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};
static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};

void fk_fresh_company(struct sg_rand *r, unsigned kind, struct sg_buf *o)
{
	struct sg_fake_company co;

	fk_company_pick(r, &co, kind);
	fk_company_name(&co, o);
}

void fk_product_name(struct sg_rand *r, const struct sg_fake_product *p, struct sg_buf *o)
{
	struct rctx c = { r, p, -1, 0 };

	fk_render(&c, fk_formats[p->format].tmpl, o);
}

/* People and companies; false when id is not one of them. */
static bool slot_party(struct rctx *c, enum slot id, struct sg_buf *o)
{
	struct sg_rand *r = c->r;

	switch (id) {
	case S_FIRST:
		fk_put(o, fk_first_names[fk_wpick(&fk_w_first, r)].s);
		break;
	case S_PERSON:
		fk_put(o, fk_first_names[fk_wpick(&fk_w_first, r)].s);
		sg_buf_addch(o, ' ');
		fk_put(o, fk_last_names[fk_wpick(&fk_w_last, r)].s);
		break;
	case S_COMPANY:
		fk_fresh_company(r, (unsigned)fk_wpick(&fk_w_company, r), o);
		break;
	case S_CLIENT:
		fk_fresh_company(r, sg_rand_chance(r, 0.75) ? FK_DISPENSARY : FK_DISTRIBUTOR, o);
		break;
	case S_VENDOR:
		fk_fresh_company(r, sg_rand_chance(r, 0.6) ? FK_FARM : FK_MANUFACTURER, o);
		break;
	case S_DISPENSARY:
		fk_fresh_company(r, FK_DISPENSARY, o);
		break;
	case S_FARM:
		fk_fresh_company(r, FK_FARM, o);
		break;
	case S_DISTRIBUTOR:
		fk_fresh_company(r, FK_DISTRIBUTOR, o);
		break;
	case S_LAB:
		fk_fresh_company(r, FK_LAB, o);
		break;
	case S_MANUFACTURER:
		fk_fresh_company(r, FK_MANUFACTURER, o);
		break;
	default:
		return false;
	}
	return true;
}

/* Calendar words, document numbers, quantities; false when id is not one of them. */
static bool slot_number(struct rctx *c, enum slot id, struct sg_buf *o)
{
	struct sg_rand *r = c->r;
	size_t start;

	switch (id) {
	case S_MONTH:
		fk_put(o, months[fk_upick(r, 12)]);
		break;
	case S_MONTHSLUG:
		start = o->len;
		fk_put(o, months[fk_upick(r, 12)]);
		fk_squash(o, start, '-');
		break;
	case S_WEEKDAY:
		fk_put(o, weekdays[fk_upick(r, FK_COUNT(weekdays))]);
		break;
	case S_QUARTER:
		sg_buf_addch(o, 'Q');
		sg_buf_addch(o, (char)('1' + fk_below(r, 4)));
		break;
	case S_BATCH:
		fk_put(o, "B-");
		fk_put_uint(o, 10000 + fk_below(r, 90000), 0);
		break;
	case S_INVOICE:
		fk_put_uint(o, 10000 + fk_below(r, 90000), 0);
		break;
	case S_ORDER:
		fk_put(o, "SO-");
		fk_put_uint(o, 100000 + fk_below(r, 900000), 0);
		break;
	case S_PO:
		fk_put(o, "PO-");
		fk_put_uint(o, 10000 + fk_below(r, 90000), 0);
		break;
	case S_MANIFEST:
		fk_put_uint(o, 1000000 + fk_below(r, 9000000), 10);
		break;
	case S_AMOUNT:
		fk_put_dollars(o, sg_fake_money(r, 80, 6000));
		break;
	case S_UNITS:
		fk_put_uint(o, 6 * (1 + fk_below(r, 80)), 0);
		break;
	case S_CASES:
		fk_put_uint(o, 2 + fk_below(r, 39), 0);
		break;
	case S_LBS:
		fk_put_uint(o, 1 + fk_below(r, 60), 0);
		break;
	case S_DAYS:
		fk_put_uint(o, 2 + fk_below(r, 20), 0);
		break;
	case S_PERCENT:
		fk_put_uint(o, 5 + fk_below(r, 26), 0);
		sg_buf_addch(o, '%');
		break;
	case S_TERMS: {
		static const char *const terms[] = { "15", "30", "30", "30", "45", "60" };

		fk_put(o, terms[fk_upick(r, FK_COUNT(terms))]);
		break;
	}
	case S_TIME:
		fk_put(o, fk_times[fk_upick(r, fk_times_n)]);
		break;
	case S_THC: {
		uint32_t t = 180 + fk_below(r, 160);

		fk_put_uint(o, t / 10, 0);
		sg_buf_addch(o, '.');
		fk_put_uint(o, t % 10, 0);
		sg_buf_addch(o, '%');
		break;
	}
	default:
		return false;
	}
	return true;
}

/* Products, strains, places, aromas and codes; false when id is not one of them. */
static bool slot_product(struct rctx *c, enum slot id, struct sg_buf *o)
{
	struct sg_rand *r = c->r;
	struct sg_fake_product tmp;
	const struct sg_fake_product *p = c->prod;
	size_t start;

	switch (id) {
	case S_STRAIN:
		fk_put(o, fk_strains[p ? p->strain : fk_wpick(&fk_w_strain, r)].name);
		break;
	case S_STRAINSLUG:
		start = o->len;
		fk_put(o, fk_strains[p ? p->strain : fk_wpick(&fk_w_strain, r)].name);
		fk_squash(o, start, '-');
		break;
	case S_PRODUCT:
		if (!p) {
			fk_product_pick(r, &tmp);
			p = &tmp;
		}
		fk_product_name(r, p, o);
		break;
	case S_CATEGORY:
		fk_put(o, fk_categories[p ? p->cat : fk_wpick(&fk_w_cat, r)].name);
		break;
	case S_SUBCAT:
		fk_put(o, fk_formats[p ? p->format : fk_upick(r, fk_formats_n)].sub);
		break;
	case S_BRAND:
		fk_put(o, fk_brands[p ? p->brand : fk_upick(r, fk_brands_n)]);
		break;
	case S_FLAVOR:
		fk_put(o, fk_flavors[p ? p->flavor : fk_upick(r, fk_flavors_n)]);
		break;
	case S_SIZE:
		if (p)
			fk_put(o, fk_formats[p->format].size[p->size]);
		else
			fk_put(o, "1g");
		break;
	case S_CITY:
		fk_put(o, fk_cities[fk_wpick(&fk_w_city, r)].name);
		break;
	case S_COUNTY:
		fk_put(o, fk_cities[fk_wpick(&fk_w_city, r)].county);
		break;
	case S_AROMA:
		c->aroma = (int)fk_upick(r, fk_aromas_n);
		fk_put(o, fk_aromas[c->aroma]);
		break;
	case S_AROMA2: {
		size_t a = fk_upick(r, fk_aromas_n - 1);

		if (c->aroma >= 0 && a >= (size_t)c->aroma)
			a++;
		fk_put(o, fk_aromas[a]);
		break;
	}
	case S_EFFECT:
		fk_put(o, fk_effects[fk_upick(r, fk_effects_n)]);
		break;
	case S_HEX6:
		fk_put_hex(o, sg_rand_u32(r), 6);
		break;
	case S_N3:
		fk_put_uint(o, 100 + fk_below(r, 900), 0);
		break;
	case S_N4:
		fk_put_uint(o, 1000 + fk_below(r, 9000), 0);
		break;
	default:
		return false;
	}
	return true;
}

static void slot(struct rctx *c, const char *name, size_t len, struct sg_buf *o)
{
	size_t i;

	for (i = 0; i < FK_COUNT(slot_names); i++)
		if (slot_names[i].len == len && slot_names[i].name[0] == name[0] &&
		    !memcmp(slot_names[i].name, name, len))
			break;
	if (i == FK_COUNT(slot_names)) {
		/* a template typo: left visible so that test_fake catches it */
		sg_buf_addch(o, '{');
		sg_buf_add(o, name, len);
		sg_buf_addch(o, '}');
		return;
	}
	if (!slot_party(c, slot_names[i].id, o) && !slot_number(c, slot_names[i].id, o))
		slot_product(c, slot_names[i].id, o);
}

void fk_render(struct rctx *c, const char *t, struct sg_buf *o)
{
	size_t start = o->len;

	for (;;) {
		const char *b = strchr(t, '{'), *e;

		if (!b)
			break;
		e = strchr(b, '}');
		if (!e)
			break;
		sg_buf_add(o, t, (size_t)(b - t));
		slot(c, b + 1, (size_t)(e - b - 1), o);
		t = e + 1;
	}
	fk_put(o, t);
	/* a sentence may start with a lowercase slot ({effect} ...) */
	if (c->sentence && o->len > start && o->data[start] >= 'a' && o->data[start] <= 'z')
		o->data[start] = (char)(o->data[start] - 'a' + 'A');
}

void fk_render_one(struct sg_rand *r, const char *const *v, size_t n, struct sg_buf *o)
{
	struct rctx c = { r, NULL, -1, 1 };

	fk_render(&c, v[fk_upick(r, n)], o);
}

/* One template from the topics in mix (percent weights summing to 100),
 * or from all topics when mix is NULL. */
struct topic_mix {
	uint8_t topic[3];
	uint8_t pct[3];
};

static void comment(struct sg_rand *r, const struct topic_mix *mix, struct sg_buf *o)
{
	const struct fk_template_list *l;

	if (!mix) {
		size_t total = 0, k;

		for (int t = 0; t < FK_TOPICS; t++)
			total += fk_comments[t].n;
		k = fk_upick(r, total);
		for (int t = 0; t < FK_TOPICS; t++) {
			if (k < fk_comments[t].n) {
				struct rctx c = { r, NULL, -1, 1 };

				fk_render(&c, fk_comments[t].v[k], o);
				return;
			}
			k -= fk_comments[t].n;
		}
		return;
	}
	uint32_t u = fk_below(r, 100);
	int i = 0;

	while (i < 2 && (u >= mix->pct[i] || !mix->pct[i])) {
		u -= mix->pct[i];
		i++;
	}
	l = &fk_comments[mix->topic[i]];
	fk_render_one(r, l->v, l->n, o);
}

void fk_any_comment(struct sg_rand *r, struct sg_buf *o)
{
	comment(r, NULL, o);
}

/* The row title: generic or task-like, always the same within a row. */
void fk_row_title(struct sg_fake_row *row, int task, struct sg_buf *o)
{
	struct sg_rand sub;

	if (!(row->have & HAVE_TITLE)) {
		row->title_seed = sg_rand_u64(row->r);
		row->have |= HAVE_TITLE;
	}
	sg_rand_seed(&sub, row->title_seed, 0x7469746c65ULL);
	if (task)
		fk_render_one(&sub, fk_task_titles, fk_task_titles_n, o);
	else
		fk_render_one(&sub, fk_titles, fk_titles_n, o);
}

/* ---- comments for an entity type -------------------------------------------- */

#define MIX(t1, p1, t2, p2, t3, p3) { { t1, t2, t3 }, { p1, p2, p3 } }

static const struct {
	const char *word;
	struct topic_mix mix;
} entity_topics[] = {
	{ "order", MIX(FK_T_ORDER, 70, FK_T_DELIVERY, 20, FK_T_GENERAL, 10) },
	{ "client", MIX(FK_T_CLIENT, 80, FK_T_INVOICE, 10, FK_T_GENERAL, 10) },
	{ "customer", MIX(FK_T_CLIENT, 80, FK_T_INVOICE, 10, FK_T_GENERAL, 10) },
	{ "account", MIX(FK_T_CLIENT, 80, FK_T_INVOICE, 10, FK_T_GENERAL, 10) },
	{ "dispensary", MIX(FK_T_CLIENT, 80, FK_T_ORDER, 10, FK_T_GENERAL, 10) },
	{ "batch", MIX(FK_T_BATCH, 70, FK_T_COMPLIANCE, 20, FK_T_INVENTORY, 10) },
	{ "lot", MIX(FK_T_BATCH, 70, FK_T_COMPLIANCE, 20, FK_T_INVENTORY, 10) },
	{ "harvest", MIX(FK_T_BATCH, 80, FK_T_COMPLIANCE, 20, FK_T_GENERAL, 0) },
	{ "invoice", MIX(FK_T_INVOICE, 85, FK_T_GENERAL, 15, FK_T_GENERAL, 0) },
	{ "bill", MIX(FK_T_INVOICE, 85, FK_T_GENERAL, 15, FK_T_GENERAL, 0) },
	{ "payment", MIX(FK_T_INVOICE, 85, FK_T_GENERAL, 15, FK_T_GENERAL, 0) },
	{ "product", MIX(FK_T_PRODUCT, 70, FK_T_INVENTORY, 25, FK_T_GENERAL, 5) },
	{ "sku", MIX(FK_T_PRODUCT, 70, FK_T_INVENTORY, 25, FK_T_GENERAL, 5) },
	{ "item", MIX(FK_T_PRODUCT, 70, FK_T_INVENTORY, 25, FK_T_GENERAL, 5) },
	{ "strain", MIX(FK_T_PRODUCT, 80, FK_T_BATCH, 20, FK_T_GENERAL, 0) },
	{ "po", MIX(FK_T_PO, 80, FK_T_DELIVERY, 10, FK_T_GENERAL, 10) },
	{ "vendor", MIX(FK_T_PO, 60, FK_T_COMPLIANCE, 20, FK_T_GENERAL, 20) },
	{ "supplier", MIX(FK_T_PO, 60, FK_T_COMPLIANCE, 20, FK_T_GENERAL, 20) },
	{ "delivery", MIX(FK_T_DELIVERY, 80, FK_T_ORDER, 20, FK_T_GENERAL, 0) },
	{ "shipment", MIX(FK_T_DELIVERY, 80, FK_T_ORDER, 20, FK_T_GENERAL, 0) },
	{ "transfer", MIX(FK_T_DELIVERY, 80, FK_T_INVENTORY, 20, FK_T_GENERAL, 0) },
	{ "manifest", MIX(FK_T_DELIVERY, 70, FK_T_COMPLIANCE, 30, FK_T_GENERAL, 0) },
	{ "inventory", MIX(FK_T_INVENTORY, 80, FK_T_PRODUCT, 20, FK_T_GENERAL, 0) },
	{ "stock", MIX(FK_T_INVENTORY, 80, FK_T_PRODUCT, 20, FK_T_GENERAL, 0) },
	{ "license", MIX(FK_T_COMPLIANCE, 90, FK_T_GENERAL, 10, FK_T_GENERAL, 0) },
	{ "permit", MIX(FK_T_COMPLIANCE, 90, FK_T_GENERAL, 10, FK_T_GENERAL, 0) },
	{ "compliance", MIX(FK_T_COMPLIANCE, 90, FK_T_GENERAL, 10, FK_T_GENERAL, 0) },
};
static const struct topic_mix po_mix = MIX(FK_T_PO, 80, FK_T_DELIVERY, 10, FK_T_GENERAL, 10);

void sg_fake_comment_for(struct sg_fake_row *row, const char *entity_type, struct sg_buf *out)
{
	struct sg_words ws;
	const struct topic_mix *mix = NULL;
	const char *t = entity_type;

	/* App\Models\PurchaseOrder, orders.Order: the last component */
	for (const char *s = entity_type; s && *s; s++)
		if (*s == '\\' || *s == '.' || *s == ':' || *s == '/')
			t = s + 1;
	sg_words_split_tail(t, &ws);
	if (ws.n) {
		char *last = ws.w[ws.n - 1];

		sg_word_singular(last);
		if (!strcmp(last, "order") && ws.n > 1 && !strcmp(ws.w[ws.n - 2], "purchase"))
			mix = &po_mix;
		for (size_t i = 0; !mix && i < FK_COUNT(entity_topics); i++)
			if (!strcmp(last, entity_topics[i].word))
				mix = &entity_topics[i].mix;
	}
	comment(row->r, mix, out);
}

