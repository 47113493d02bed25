/*
 * JSON values of the generic generator, by the shape the column's name
 * suggests (metadata, settings, attributes, address, conditions, tag
 * arrays ...), built with cJSON; the edge scenario's JSON carries
 * multibyte keys, extreme numbers and nesting.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "generic_int.h"
#include "seedgen/vocab.h"

static cJSON *jfake(struct sg_fake_row *fr, enum sg_fake_kind kind, struct sg_buf *tmp)
{
	size_t s = tmp->len;
	cJSON *j;

	sg_fake_value(fr, kind, tmp);
	j = cJSON_CreateString(tmp->data ? tmp->data + s : "");
	gn_truncate_to(tmp, s);
	return j;
}

static double round_to(double v, double unit)
{
	return round(v / unit) * unit;
}

static void json_changes(cJSON *o, struct sg_rand *r, struct sg_fake_row *fr, struct sg_buf *tmp)
{
	static const char *const fields[] = { "status", "quantity", "price", "notes" };
	int fi = (int)sg_rand_below(r, 4);

	cJSON_AddStringToObject(o, "field", fields[fi]);
	if (fi == 0) {
		cJSON_AddStringToObject(o, "from", "pending");
		cJSON_AddStringToObject(o, "to", gn_pick(r, gn_vocabs[W_STATUS]));
	} else if (fi == 3) {
		cJSON_AddItemToObject(o, "from", jfake(fr, SG_FAKE_SENTENCE, tmp));
		cJSON_AddItemToObject(o, "to", jfake(fr, SG_FAKE_SENTENCE, tmp));
	} else {
		cJSON_AddNumberToObject(o, "from", round_to(sg_fake_money(r, 1, 100), 0.01));
		cJSON_AddNumberToObject(o, "to", round_to(sg_fake_money(r, 1, 100), 0.01));
	}
}

static void json_hours(cJSON *o, struct sg_rand *r)
{
	static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

	for (int i = 0; i < 7; i++) {
		char h[] = "08:00-17:00";
		unsigned open = 8 + sg_rand_below(r, 3), close = 17 + sg_rand_below(r, 4);

		if (i == 6 && sg_rand_chance(r, 0.6)) {
			cJSON_AddStringToObject(o, days[i], "closed");
			continue;
		}
		h[0] = (char)('0' + open / 10);
		h[1] = (char)('0' + open % 10);
		h[6] = (char)('0' + close / 10);
		h[7] = (char)('0' + close % 10);
		cJSON_AddStringToObject(o, days[i], h);
	}
}

static void json_conditions(cJSON *o, struct sg_rand *r, struct sg_fake_row *fr,
			    struct sg_buf *tmp)
{
	unsigned keys = 1u + sg_rand_below(r, 15); /* a non-empty subset of 4 keys */

	if (keys & 1)
		cJSON_AddItemToObject(o, "category", jfake(fr, SG_FAKE_CATEGORY, tmp));
	if (keys & 2)
		cJSON_AddStringToObject(o, "clientTier", gn_pick(r, gn_vocabs[W_TIER]));
	if (keys & 4)
		cJSON_AddNumberToObject(o, "minQuantity", (double)llround(sg_fake_money(r, 1, 20)));
	if (keys & 8)
		cJSON_AddStringToObject(o, "grade", gn_pick(r, gn_vocabs[W_GRADE]));
}

/* The object shapes (J_GENERIC .. J_HOURS), filling o. */
static void json_object(cJSON *o, int shape, struct sg_rand *r, struct sg_fake_row *fr,
			struct sg_buf *tmp)
{
	static const int pages[] = { 10, 25, 50, 100 };
	static const double grams[] = { 1, 3.5, 7, 14, 28 };

	switch (shape) {
	case J_META:
		cJSON_AddStringToObject(o, "source", gn_pick(r, gn_vocabs[W_SOURCE]));
		cJSON_AddNumberToObject(o, "version", (double)sg_rand_range(r, 1, 5));
		cJSON_AddItemToObject(o, "ip", jfake(fr, SG_FAKE_IP, tmp));
		if (sg_rand_chance(r, 0.5))
			cJSON_AddItemToObject(o, "note", jfake(fr, SG_FAKE_SENTENCE, tmp));
		break;
	case J_SETTINGS:
		cJSON_AddStringToObject(o, "theme", gn_pick(r, gn_vocabs[W_THEME]));
		cJSON_AddBoolToObject(o, "notifications", sg_rand_chance(r, 0.7));
		cJSON_AddStringToObject(o, "language", gn_pick(r, gn_vocabs[W_LANG]));
		cJSON_AddItemToObject(o, "timezone", jfake(fr, SG_FAKE_TIMEZONE, tmp));
		cJSON_AddNumberToObject(o, "pageSize", pages[sg_rand_below(r, 4)]);
		break;
	case J_ATTRS:
		cJSON_AddItemToObject(o, "category", jfake(fr, SG_FAKE_CATEGORY, tmp));
		cJSON_AddItemToObject(o, "strain", jfake(fr, SG_FAKE_STRAIN, tmp));
		cJSON_AddNumberToObject(o, "thcPercent", round_to(15 + 17 * sg_rand_double(r), 0.1));
		cJSON_AddNumberToObject(o, "weightGrams", grams[sg_rand_below(r, 5)]);
		cJSON_AddStringToObject(o, "grade", gn_pick(r, gn_vocabs[W_GRADE]));
		break;
	case J_ADDRESS:
		cJSON_AddItemToObject(o, "street", jfake(fr, SG_FAKE_STREET, tmp));
		cJSON_AddItemToObject(o, "city", jfake(fr, SG_FAKE_CITY, tmp));
		cJSON_AddItemToObject(o, "state", jfake(fr, SG_FAKE_STATE, tmp));
		cJSON_AddItemToObject(o, "zip", jfake(fr, SG_FAKE_ZIP, tmp));
		cJSON_AddStringToObject(o, "country", "US");
		break;
	case J_CONDITIONS:
		json_conditions(o, r, fr, tmp);
		break;
	case J_CHANGES:
		json_changes(o, r, fr, tmp);
		break;
	case J_WEIGHTS: {
		double a = sg_rand_double(r), b2 = sg_rand_double(r) * (1 - a);

		cJSON_AddNumberToObject(o, "recency", round_to(a, 0.01));
		cJSON_AddNumberToObject(o, "frequency", round_to(b2, 0.01));
		cJSON_AddNumberToObject(o, "monetary", round_to(1 - a - b2, 0.01));
		break;
	}
	case J_HOURS:
		json_hours(o, r);
		break;
	case J_TRANSLATED:
	case J_TEXTS: { /* {"en_US": "...", "de_DE": "..."}: one text per language */
		size_t at = tmp->len; /* tmp holds the value being written: append, cut back */

		if (shape == J_TRANSLATED) {
			sg_vocab_add(r, SG_VL_TITLE, tmp);
			cJSON_AddStringToObject(o, "en_US", tmp->data + at);
			gn_truncate_to(tmp, at);
		} else {
			cJSON_AddItemToObject(o, "en_US", jfake(fr, SG_FAKE_SENTENCE, tmp));
		}
		if (sg_rand_chance(r, 0.3))
			cJSON_AddItemToObject(o, "de_DE", cJSON_CreateString(
				cJSON_GetObjectItem(o, "en_US")->valuestring));
		break;
	}
	default:
		cJSON_AddStringToObject(o, "source", gn_pick(r, gn_vocabs[W_SOURCE]));
		cJSON_AddItemToObject(o, "note", jfake(fr, SG_FAKE_SENTENCE, tmp));
		break;
	}
}

/* Distinct words of a list, up to n. */
static void json_words(cJSON *o, const char *const *list, int n, struct sg_rand *r)
{
	size_t cnt = 0;
	unsigned used = 0;

	while (list[cnt])
		cnt++;
	for (int i = 0; i < n; i++) {
		unsigned k = sg_rand_below(r, (uint32_t)cnt);

		if (used & (1u << k))
			continue;
		used |= 1u << k;
		cJSON_AddItemToArray(o, cJSON_CreateString(list[k]));
	}
}

/* The array shapes (J_A_*): n elements into o. */
static void json_array(cJSON *o, int shape, int n, const struct sg_gen_env *env,
		       struct sg_rand *r, struct sg_fake_row *fr, struct sg_buf *tmp)
{
	switch (shape) {
	case J_A_TAGS:
	case J_A_ROLES:
	case J_A_WORDS:
		json_words(o, gn_vocabs[shape == J_A_TAGS ? W_TAGS : shape == J_A_ROLES ? W_ROLE
							 : W_GENERIC], n, r);
		break;
	case J_A_CATEGORIES:
		for (int i = 0; i < n; i++)
			cJSON_AddItemToArray(o, jfake(fr, SG_FAKE_CATEGORY, tmp));
		break;
	case J_A_DATES:
		for (int i = 0; i < n; i++) {
			size_t s = tmp->len;

			sg_format_time(SG_T_DATE, env->now - (int64_t)sg_rand_below(r, 365) * 86400, tmp);
			cJSON_AddItemToArray(o, cJSON_CreateString(tmp->data + s));
			gn_truncate_to(tmp, s);
		}
		break;
	case J_A_IDS:
		for (int i = 0; i < n; i++)
			cJSON_AddItemToArray(o, cJSON_CreateNumber((double)sg_rand_range(r, 1, 100)));
		break;
	case J_A_ITEMS:
		for (int i = 0; i < n; i++) {
			cJSON *it = cJSON_CreateObject();

			cJSON_AddItemToObject(it, "sku", jfake(fr, SG_FAKE_SKU, tmp));
			cJSON_AddItemToObject(it, "name", jfake(fr, SG_FAKE_PRODUCT_NAME, tmp));
			cJSON_AddNumberToObject(it, "quantity", (double)llround(sg_fake_money(r, 1, 20)));
			cJSON_AddNumberToObject(it, "unitPrice",
						round_to(sg_fake_money(r, 2, 60), 0.01));
			cJSON_AddItemToArray(o, it);
		}
		break;
	case J_A_TEXT:
		for (int i = 0; i < n && i < 3; i++)
			cJSON_AddItemToArray(o, jfake(fr, SG_FAKE_SENTENCE, tmp));
		break;
	default:
		break;
	}
}

static cJSON *json_value(int shape, const struct sg_gen_env *env, struct sg_rand *r,
			 struct sg_fake_row *fr, struct sg_buf *tmp)
{
	cJSON *o = shape >= J_A_TAGS ? cJSON_CreateArray() : cJSON_CreateObject();
	int n = (int)sg_rand_below(r, 4) + 1;

	if (shape >= J_A_TAGS)
		json_array(o, shape, n, env, r, fr, tmp);
	else
		json_object(o, shape, r, fr, tmp);
	return o;
}

/* The edge scenario's non-empty JSON: multibyte and emoji text, quotes,
 * extreme numbers, nesting, empty containers. */
static cJSON *json_edge(struct sg_rand *r, struct sg_buf *tmp)
{
	cJSON *o = cJSON_CreateObject(), *n = cJSON_CreateObject(), *a = cJSON_CreateArray();
	size_t s = tmp->len;

	gn_add_filler(tmp, r, 40, SIZE_MAX, true);
	cJSON_AddStringToObject(o, "名前 😀", tmp->data + s);
	gn_truncate_to(tmp, s);
	cJSON_AddStringToObject(o, "quote", "O'Brien \"Q\" \\ </script>");
	cJSON_AddStringToObject(o, "empty", "");
	cJSON_AddNumberToObject(o, "big", 1.7976931348623157e308);
	cJSON_AddNumberToObject(o, "negative", -9007199254740991.0);
	cJSON_AddNumberToObject(o, "tiny", 2.2250738585072014e-308);
	cJSON_AddItemToArray(a, cJSON_CreateNumber(0));
	cJSON_AddItemToArray(a, cJSON_CreateBool(1));
	cJSON_AddItemToArray(a, cJSON_CreateNull());
	cJSON_AddItemToArray(a, cJSON_CreateObject());
	cJSON_AddItemToArray(a, cJSON_CreateArray());
	cJSON_AddItemToObject(n, "list", a);
	cJSON_AddItemToObject(n, "deep", cJSON_CreateObject());
	cJSON_AddItemToObject(o, "nested", n);
	return o;
}

void gn_gen_json(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		     struct sg_fake_row *fr, int attempt, int v, struct sg_buf *b)
{
	bool arr = cg->p.sub >= J_A_TAGS;
	cJSON *root;
	char *text;

	if (v == V_MIN || v == V_MAX2) {
		sg_buf_adds(b, arr ? "[]" : "{}");
		return;
	}
	if (v == V_MIN2) {
		sg_buf_adds(b, "{}");
		return;
	}
	root = v == V_MAX ? json_edge(r, b) : json_value(cg->p.sub, env, r, fr, b);
	if (attempt > 0) {
		char tmp[24];

		snprintf(tmp, sizeof(tmp), "%08x", sg_rand_u32(r));
		if (cJSON_IsArray(root))
			cJSON_AddItemToArray(root, cJSON_CreateString(tmp));
		else
			cJSON_AddStringToObject(root, "rev", tmp);
	}
	text = cJSON_PrintUnformatted(root);
	if (text) {
		sg_buf_adds(b, text);
		cJSON_free(text);
	} else {
		sg_buf_adds(b, "{}");
	}
	cJSON_Delete(root);
}
