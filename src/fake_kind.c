/*
 * Which fake kind a column holds, from its words and its table's words
 * (the column classifier), the kinds' names and longest values, and
 * the money and UTF-8 helpers of the fake API.
 */
#include <math.h>
#include <pthread.h>
#include <string.h>

#include "seedgen/error.h"
#include "seedgen/fake.h"
#include "seedgen/words.h"
#include "fake_data.h"
#include "fake_int.h"

/* ---- column classifier --------------------------------------------------------- */

/*
 * The rule: a pattern (one to four words) matches when it equals the LAST
 * words of the column name; of all matching patterns the longest wins, so
 * "ip address" beats "address" and "error message" (NONE) beats "message".
 * Nothing matches on a word that is not last: emailVerified is not an email.
 */
static const struct {
	const char *pattern;
	enum sg_fake_kind kind;
} column_rules[] = {
	{ "first name", SG_FAKE_FIRST_NAME }, { "firstname", SG_FAKE_FIRST_NAME },
	{ "given name", SG_FAKE_FIRST_NAME }, { "fname", SG_FAKE_FIRST_NAME },
	{ "forename", SG_FAKE_FIRST_NAME },
	{ "last name", SG_FAKE_LAST_NAME }, { "lastname", SG_FAKE_LAST_NAME },
	{ "family name", SG_FAKE_LAST_NAME }, { "surname", SG_FAKE_LAST_NAME },
	{ "lname", SG_FAKE_LAST_NAME },
	{ "full name", SG_FAKE_FULL_NAME }, { "fullname", SG_FAKE_FULL_NAME },
	{ "contact name", SG_FAKE_FULL_NAME }, { "contact", SG_FAKE_FULL_NAME },
	{ "display name", SG_FAKE_FULL_NAME }, { "displayname", SG_FAKE_FULL_NAME },
	{ "person name", SG_FAKE_FULL_NAME }, { "owner name", SG_FAKE_FULL_NAME },
	{ "employee name", SG_FAKE_FULL_NAME }, { "author", SG_FAKE_FULL_NAME },
	{ "author name", SG_FAKE_FULL_NAME }, { "recipient name", SG_FAKE_FULL_NAME },
	{ "driver name", SG_FAKE_FULL_NAME }, { "manager name", SG_FAKE_FULL_NAME },
	{ "rep name", SG_FAKE_FULL_NAME }, { "sales rep", SG_FAKE_FULL_NAME },
	{ "buyer name", SG_FAKE_FULL_NAME }, { "signer name", SG_FAKE_FULL_NAME },
	{ "assignee name", SG_FAKE_FULL_NAME }, { "requester name", SG_FAKE_FULL_NAME },
	{ "username", SG_FAKE_USERNAME }, { "user name", SG_FAKE_USERNAME },
	{ "login", SG_FAKE_USERNAME }, { "handle", SG_FAKE_USERNAME },
	{ "screen name", SG_FAKE_USERNAME },
	{ "email", SG_FAKE_EMAIL }, { "e mail", SG_FAKE_EMAIL },
	{ "email address", SG_FAKE_EMAIL }, { "emailaddress", SG_FAKE_EMAIL },
	{ "emailed to", SG_FAKE_EMAIL }, { "sms sent to", SG_FAKE_PHONE },
	{ "external name", SG_FAKE_FULL_NAME }, { "guest name", SG_FAKE_FULL_NAME },
	{ "job title", SG_FAKE_JOB_TITLE }, { "jobtitle", SG_FAKE_JOB_TITLE },
	{ "occupation", SG_FAKE_JOB_TITLE },
	{ "phone", SG_FAKE_PHONE }, { "phone number", SG_FAKE_PHONE },
	{ "phonenumber", SG_FAKE_PHONE }, { "telephone", SG_FAKE_PHONE },
	{ "tel", SG_FAKE_PHONE }, { "mobile", SG_FAKE_PHONE },
	{ "mobile number", SG_FAKE_PHONE }, { "cell", SG_FAKE_PHONE },
	{ "cellphone", SG_FAKE_PHONE }, { "cell number", SG_FAKE_PHONE },
	{ "fax", SG_FAKE_PHONE }, { "fax number", SG_FAKE_PHONE },
	{ "contact number", SG_FAKE_PHONE },
	{ "street", SG_FAKE_STREET }, { "street address", SG_FAKE_STREET },
	{ "streetaddress", SG_FAKE_STREET }, { "address 1", SG_FAKE_STREET },
	{ "address line 1", SG_FAKE_STREET }, { "address line", SG_FAKE_STREET },
	{ "addr 1", SG_FAKE_STREET }, { "line 1", SG_FAKE_STREET },
	{ "street 1", SG_FAKE_STREET },
	{ "address 2", SG_FAKE_ADDRESS2 }, { "address line 2", SG_FAKE_ADDRESS2 },
	{ "addr 2", SG_FAKE_ADDRESS2 }, { "line 2", SG_FAKE_ADDRESS2 },
	{ "street 2", SG_FAKE_ADDRESS2 }, { "suite", SG_FAKE_ADDRESS2 },
	{ "apartment", SG_FAKE_ADDRESS2 }, { "apt", SG_FAKE_ADDRESS2 },
	{ "address", SG_FAKE_ADDRESS }, { "addr", SG_FAKE_ADDRESS },
	{ "city", SG_FAKE_CITY }, { "town", SG_FAKE_CITY }, { "city name", SG_FAKE_CITY },
	{ "county", SG_FAKE_COUNTY },
	{ "state", SG_FAKE_STATE }, { "state code", SG_FAKE_STATE },
	{ "province", SG_FAKE_STATE },
	{ "zip", SG_FAKE_ZIP }, { "zip code", SG_FAKE_ZIP }, { "zipcode", SG_FAKE_ZIP },
	{ "postal code", SG_FAKE_ZIP }, { "postalcode", SG_FAKE_ZIP },
	{ "postcode", SG_FAKE_ZIP }, { "post code", SG_FAKE_ZIP },
	{ "country", SG_FAKE_COUNTRY }, { "country name", SG_FAKE_COUNTRY },
	{ "country code", SG_FAKE_COUNTRY_CODE }, { "country iso", SG_FAKE_COUNTRY_CODE },
	{ "timezone", SG_FAKE_TIMEZONE }, { "time zone", SG_FAKE_TIMEZONE },
	{ "tz", SG_FAKE_TIMEZONE },
	{ "company", SG_FAKE_COMPANY }, { "company name", SG_FAKE_COMPANY },
	{ "companyname", SG_FAKE_COMPANY }, { "business", SG_FAKE_COMPANY },
	{ "business name", SG_FAKE_COMPANY }, { "legal name", SG_FAKE_COMPANY },
	{ "vendor", SG_FAKE_COMPANY }, { "vendor name", SG_FAKE_COMPANY },
	{ "supplier", SG_FAKE_COMPANY }, { "supplier name", SG_FAKE_COMPANY },
	{ "client name", SG_FAKE_COMPANY }, { "customer name", SG_FAKE_COMPANY },
	{ "customer", SG_FAKE_COMPANY }, { "organization", SG_FAKE_COMPANY },
	{ "organization name", SG_FAKE_COMPANY }, { "organisation", SG_FAKE_COMPANY },
	{ "org name", SG_FAKE_COMPANY }, { "dba", SG_FAKE_COMPANY },
	{ "dba name", SG_FAKE_COMPANY }, { "trade name", SG_FAKE_COMPANY },
	{ "employer", SG_FAKE_COMPANY }, { "payee", SG_FAKE_COMPANY },
	{ "payee name", SG_FAKE_COMPANY }, { "partner name", SG_FAKE_COMPANY },
	{ "dispensary", SG_FAKE_COMPANY_DISPENSARY },
	{ "dispensary name", SG_FAKE_COMPANY_DISPENSARY },
	{ "retailer", SG_FAKE_COMPANY_DISPENSARY },
	{ "retailer name", SG_FAKE_COMPANY_DISPENSARY },
	{ "store name", SG_FAKE_COMPANY_DISPENSARY },
	{ "farm", SG_FAKE_COMPANY_FARM }, { "farm name", SG_FAKE_COMPANY_FARM },
	{ "grower", SG_FAKE_COMPANY_FARM }, { "grower name", SG_FAKE_COMPANY_FARM },
	{ "cultivator", SG_FAKE_COMPANY_FARM },
	{ "cultivator name", SG_FAKE_COMPANY_FARM },
	{ "distributor", SG_FAKE_COMPANY_DISTRIBUTOR },
	{ "distributor name", SG_FAKE_COMPANY_DISTRIBUTOR },
	{ "lab", SG_FAKE_COMPANY_LAB }, { "lab name", SG_FAKE_COMPANY_LAB },
	{ "laboratory", SG_FAKE_COMPANY_LAB }, { "testing lab", SG_FAKE_COMPANY_LAB },
	{ "manufacturer", SG_FAKE_COMPANY_MANUFACTURER },
	{ "manufacturer name", SG_FAKE_COMPANY_MANUFACTURER },
	{ "brand", SG_FAKE_BRAND }, { "brand name", SG_FAKE_BRAND },
	{ "license", SG_FAKE_LICENSE_NUMBER }, { "license number", SG_FAKE_LICENSE_NUMBER },
	{ "license no", SG_FAKE_LICENSE_NUMBER }, { "license num", SG_FAKE_LICENSE_NUMBER },
	{ "licence", SG_FAKE_LICENSE_NUMBER }, { "licence number", SG_FAKE_LICENSE_NUMBER },
	{ "licensenumber", SG_FAKE_LICENSE_NUMBER },
	{ "tax id", SG_FAKE_TAX_ID }, { "ein", SG_FAKE_TAX_ID }, { "tin", SG_FAKE_TAX_ID },
	{ "tax number", SG_FAKE_TAX_ID },
	{ "bank", SG_FAKE_BANK_NAME }, { "bank name", SG_FAKE_BANK_NAME },
	{ "url", SG_FAKE_URL }, { "website", SG_FAKE_URL }, { "web site", SG_FAKE_URL },
	{ "homepage", SG_FAKE_URL }, { "home page", SG_FAKE_URL }, { "link", SG_FAKE_URL },
	{ "href", SG_FAKE_URL }, { "uri", SG_FAKE_URL },
	{ "image url", SG_FAKE_IMAGE_URL }, { "avatar url", SG_FAKE_IMAGE_URL },
	{ "avatar", SG_FAKE_IMAGE_URL }, { "photo url", SG_FAKE_IMAGE_URL },
	{ "picture url", SG_FAKE_IMAGE_URL }, { "thumbnail url", SG_FAKE_IMAGE_URL },
	{ "logo url", SG_FAKE_IMAGE_URL }, { "icon url", SG_FAKE_IMAGE_URL },
	{ "img url", SG_FAKE_IMAGE_URL }, { "cover url", SG_FAKE_IMAGE_URL },
	{ "banner url", SG_FAKE_IMAGE_URL }, { "image", SG_FAKE_IMAGE_URL },
	{ "photo", SG_FAKE_IMAGE_URL }, { "thumbnail", SG_FAKE_IMAGE_URL },
	{ "logo", SG_FAKE_IMAGE_URL }, { "picture", SG_FAKE_IMAGE_URL },
	{ "domain", SG_FAKE_DOMAIN }, { "domain name", SG_FAKE_DOMAIN },
	{ "hostname", SG_FAKE_DOMAIN },
	{ "slug", SG_FAKE_SLUG }, { "permalink", SG_FAKE_SLUG },
	{ "ip", SG_FAKE_IP }, { "ip address", SG_FAKE_IP }, { "ipaddress", SG_FAKE_IP },
	{ "ip addr", SG_FAKE_IP }, { "ipv 4", SG_FAKE_IP },
	{ "user agent", SG_FAKE_USER_AGENT }, { "useragent", SG_FAKE_USER_AGENT },
	{ "title", SG_FAKE_TITLE }, { "subject", SG_FAKE_TITLE },
	{ "headline", SG_FAKE_TITLE }, { "heading", SG_FAKE_TITLE },
	{ "task title", SG_FAKE_TASK_TITLE }, { "task name", SG_FAKE_TASK_TITLE },
	{ "todo title", SG_FAKE_TASK_TITLE }, { "todo name", SG_FAKE_TASK_TITLE },
	{ "text", SG_FAKE_SENTENCE }, { "caption", SG_FAKE_SENTENCE },
	{ "tagline", SG_FAKE_SENTENCE }, { "resolution", SG_FAKE_SENTENCE },
	{ "notes", SG_FAKE_NOTES }, { "note", SG_FAKE_NOTES }, { "remarks", SG_FAKE_NOTES },
	{ "remark", SG_FAKE_NOTES }, { "memo", SG_FAKE_NOTES },
	{ "instructions", SG_FAKE_NOTES },
	{ "description", SG_FAKE_DESCRIPTION }, { "desc", SG_FAKE_DESCRIPTION },
	{ "summary", SG_FAKE_DESCRIPTION }, { "details", SG_FAKE_DESCRIPTION },
	{ "bio", SG_FAKE_DESCRIPTION }, { "about", SG_FAKE_DESCRIPTION },
	{ "overview", SG_FAKE_DESCRIPTION },
	{ "comment", SG_FAKE_COMMENT }, { "comments", SG_FAKE_COMMENT },
	{ "content", SG_FAKE_COMMENT }, { "body", SG_FAKE_COMMENT },
	{ "message", SG_FAKE_COMMENT }, { "msg", SG_FAKE_COMMENT },
	{ "feedback", SG_FAKE_COMMENT }, { "reply", SG_FAKE_COMMENT },
	{ "reason", SG_FAKE_REASON }, { "cause", SG_FAKE_REASON },
	{ "product name", SG_FAKE_PRODUCT_NAME }, { "productname", SG_FAKE_PRODUCT_NAME },
	{ "product", SG_FAKE_PRODUCT_NAME }, { "item name", SG_FAKE_PRODUCT_NAME },
	{ "product display name", SG_FAKE_PRODUCT_NAME },
	{ "product title", SG_FAKE_PRODUCT_NAME }, { "listing name", SG_FAKE_PRODUCT_NAME },
	{ "product description", SG_FAKE_PRODUCT_DESCRIPTION },
	{ "item description", SG_FAKE_PRODUCT_DESCRIPTION },
	{ "strain", SG_FAKE_STRAIN }, { "strain name", SG_FAKE_STRAIN },
	{ "strainname", SG_FAKE_STRAIN }, { "cultivar", SG_FAKE_STRAIN },
	{ "genetics", SG_FAKE_STRAIN },
	{ "strain type", SG_FAKE_STRAIN_TYPE },
	{ "category", SG_FAKE_CATEGORY }, { "category name", SG_FAKE_CATEGORY },
	{ "categoryname", SG_FAKE_CATEGORY },
	{ "subcategory", SG_FAKE_SUBCATEGORY }, { "sub category", SG_FAKE_SUBCATEGORY },
	{ "subcategory name", SG_FAKE_SUBCATEGORY },
	{ "sku", SG_FAKE_SKU }, { "sku code", SG_FAKE_SKU }, { "product code", SG_FAKE_SKU },
	{ "sku number", SG_FAKE_SKU },
	{ "batch code", SG_FAKE_BATCH_CODE }, { "batch number", SG_FAKE_BATCH_CODE },
	{ "batch no", SG_FAKE_BATCH_CODE }, { "lot number", SG_FAKE_BATCH_CODE },
	{ "lot code", SG_FAKE_BATCH_CODE }, { "lot", SG_FAKE_BATCH_CODE },
	{ "batch", SG_FAKE_BATCH_CODE },
	{ "invoice number", SG_FAKE_INVOICE_NUMBER }, { "invoice no", SG_FAKE_INVOICE_NUMBER },
	{ "invoice num", SG_FAKE_INVOICE_NUMBER }, { "invoice", SG_FAKE_INVOICE_NUMBER },
	{ "order number", SG_FAKE_ORDER_NUMBER }, { "order no", SG_FAKE_ORDER_NUMBER },
	{ "order num", SG_FAKE_ORDER_NUMBER },
	{ "po number", SG_FAKE_PO_NUMBER }, { "po no", SG_FAKE_PO_NUMBER },
	{ "po", SG_FAKE_PO_NUMBER }, { "purchase order number", SG_FAKE_PO_NUMBER },
	{ "tracking number", SG_FAKE_TRACKING_NUMBER }, { "tracking", SG_FAKE_TRACKING_NUMBER },
	{ "tracking code", SG_FAKE_TRACKING_NUMBER }, { "tracking no", SG_FAKE_TRACKING_NUMBER },
	{ "payment terms", SG_FAKE_PAYMENT_TERMS }, { "terms", SG_FAKE_PAYMENT_TERMS },
	{ "payment method", SG_FAKE_PAYMENT_METHOD }, { "pay method", SG_FAKE_PAYMENT_METHOD },
	{ "carrier", SG_FAKE_CARRIER }, { "carrier name", SG_FAKE_CARRIER },
	{ "courier", SG_FAKE_CARRIER }, { "shipper", SG_FAKE_CARRIER },
	{ "filename", SG_FAKE_FILENAME }, { "file name", SG_FAKE_FILENAME },
	{ "document name", SG_FAKE_FILENAME }, { "attachment name", SG_FAKE_FILENAME },
	{ "mime type", SG_FAKE_MIME_TYPE }, { "mimetype", SG_FAKE_MIME_TYPE },
	{ "content type", SG_FAKE_MIME_TYPE }, { "media type", SG_FAKE_MIME_TYPE },
	{ "file type", SG_FAKE_MIME_TYPE },
	{ "color", SG_FAKE_COLOR }, { "colour", SG_FAKE_COLOR },
	{ "color code", SG_FAKE_COLOR }, { "colour code", SG_FAKE_COLOR },
	{ "color hex", SG_FAKE_COLOR }, { "hex color", SG_FAKE_COLOR },
	{ "currency", SG_FAKE_CURRENCY }, { "currency code", SG_FAKE_CURRENCY },
	{ "currencycode", SG_FAKE_CURRENCY }, { "currency iso", SG_FAKE_CURRENCY },
	{ "uuid", SG_FAKE_UUID }, { "guid", SG_FAKE_UUID },
	{ "token", SG_FAKE_HEX_TOKEN }, { "hash", SG_FAKE_HEX_TOKEN },
	{ "api key", SG_FAKE_HEX_TOKEN }, { "secret", SG_FAKE_HEX_TOKEN },
	{ "nonce", SG_FAKE_HEX_TOKEN }, { "checksum", SG_FAKE_HEX_TOKEN },
	{ "digest", SG_FAKE_HEX_TOKEN }, { "sha", SG_FAKE_HEX_TOKEN },
	{ "idempotency key", SG_FAKE_HEX_TOKEN },
	/* look-alikes that are something else */
	{ "password", SG_FAKE_NONE }, { "password hash", SG_FAKE_NONE },
	{ "password digest", SG_FAKE_NONE }, { "wallet address", SG_FAKE_NONE },
	{ "error message", SG_FAKE_NONE }, { "commit message", SG_FAKE_NONE },
	{ "mac address", SG_FAKE_NONE }, { "state machine", SG_FAKE_NONE },
};

/* Number of pattern words when pattern equals the last words of ws, else 0. */
static int rule_match(const char *pattern, const struct sg_words *ws)
{
	const char *pw[4];
	size_t pl[4];
	int k = 0;

	for (const char *s = pattern; *s && k < 4;) {
		const char *e = strchr(s, ' ');
		size_t l = e ? (size_t)(e - s) : strlen(s);

		pw[k] = s;
		pl[k++] = l;
		s += l;
		while (*s == ' ')
			s++;
	}
	if (k > ws->n)
		return 0;
	for (int i = 0; i < k; i++) {
		const char *w = ws->w[ws->n - k + i];

		if (strlen(w) != pl[i] || memcmp(w, pw[i], pl[i]))
			return 0;
	}
	return k;
}

static enum sg_fake_kind classify(const struct sg_words *ws)
{
	enum sg_fake_kind best = SG_FAKE_NONE;
	int best_k = 0;

	for (size_t i = 0; i < FK_COUNT(column_rules); i++) {
		int k = rule_match(column_rules[i].pattern, ws);

		if (k > best_k) {
			best_k = k;
			best = column_rules[i].kind;
		}
	}
	return best;
}

enum sg_fake_kind sg_fake_kind_for_column(const char *column_name)
{
	struct sg_words ws;

	sg_words_split_tail(column_name, &ws);
	return classify(&ws);
}

/* What a bare "name" column holds in a table named after this word. */
static const struct {
	const char *word;
	enum sg_fake_kind kind;
} table_rules[] = {
	{ "user", SG_FAKE_FULL_NAME }, { "employee", SG_FAKE_FULL_NAME },
	{ "member", SG_FAKE_FULL_NAME }, { "contact", SG_FAKE_FULL_NAME },
	{ "person", SG_FAKE_FULL_NAME }, { "author", SG_FAKE_FULL_NAME },
	{ "driver", SG_FAKE_FULL_NAME }, { "staff", SG_FAKE_FULL_NAME },
	{ "rep", SG_FAKE_FULL_NAME }, { "buyer", SG_FAKE_FULL_NAME },
	{ "admin", SG_FAKE_FULL_NAME }, { "participant", SG_FAKE_FULL_NAME },
	{ "attendee", SG_FAKE_FULL_NAME }, { "recipient", SG_FAKE_FULL_NAME },
	{ "assignee", SG_FAKE_FULL_NAME }, { "customer", SG_FAKE_COMPANY },
	{ "client", SG_FAKE_COMPANY }, { "vendor", SG_FAKE_COMPANY },
	{ "supplier", SG_FAKE_COMPANY }, { "company", SG_FAKE_COMPANY },
	{ "organization", SG_FAKE_COMPANY }, { "org", SG_FAKE_COMPANY },
	{ "partner", SG_FAKE_COMPANY }, { "business", SG_FAKE_COMPANY },
	{ "merchant", SG_FAKE_COMPANY }, { "payee", SG_FAKE_COMPANY },
	{ "dispensary", SG_FAKE_COMPANY_DISPENSARY }, { "retailer", SG_FAKE_COMPANY_DISPENSARY },
	{ "store", SG_FAKE_COMPANY_DISPENSARY }, { "shop", SG_FAKE_COMPANY_DISPENSARY },
	{ "farm", SG_FAKE_COMPANY_FARM }, { "grower", SG_FAKE_COMPANY_FARM },
	{ "cultivator", SG_FAKE_COMPANY_FARM }, { "distributor", SG_FAKE_COMPANY_DISTRIBUTOR },
	{ "lab", SG_FAKE_COMPANY_LAB }, { "laboratory", SG_FAKE_COMPANY_LAB },
	{ "manufacturer", SG_FAKE_COMPANY_MANUFACTURER },
	{ "processor", SG_FAKE_COMPANY_MANUFACTURER }, { "brand", SG_FAKE_BRAND },
	{ "product", SG_FAKE_PRODUCT_NAME }, { "sku", SG_FAKE_PRODUCT_NAME }, { "listing", SG_FAKE_PRODUCT_NAME },
	{ "variant", SG_FAKE_PRODUCT_NAME }, { "strain", SG_FAKE_STRAIN },
	{ "cultivar", SG_FAKE_STRAIN }, { "category", SG_FAKE_CATEGORY },
	{ "subcategory", SG_FAKE_SUBCATEGORY }, { "task", SG_FAKE_TASK_TITLE },
	{ "todo", SG_FAKE_TASK_TITLE }, { "bank", SG_FAKE_BANK_NAME },
	{ "city", SG_FAKE_CITY }, { "county", SG_FAKE_COUNTY }, { "country", SG_FAKE_COUNTRY },
	/* words that end the search: the name is a plain title */
	{ "list", SG_FAKE_TITLE }, { "note", SG_FAKE_TITLE }, { "event", SG_FAKE_TITLE },
	{ "calendar", SG_FAKE_TITLE }, { "template", SG_FAKE_TITLE }, { "rule", SG_FAKE_TITLE },
	{ "view", SG_FAKE_TITLE }, { "setting", SG_FAKE_TITLE }, { "type", SG_FAKE_TITLE },
	{ "status", SG_FAKE_TITLE }, { "tier", SG_FAKE_TITLE }, { "role", SG_FAKE_TITLE },
	{ "permission", SG_FAKE_TITLE }, { "group", SG_FAKE_TITLE }, { "tag", SG_FAKE_TITLE },
	{ "location", SG_FAKE_TITLE }, { "site", SG_FAKE_TITLE }, { "room", SG_FAKE_TITLE },
	{ "zone", SG_FAKE_TITLE }, { "report", SG_FAKE_TITLE }, { "widget", SG_FAKE_TITLE },
	{ "flag", SG_FAKE_TITLE }, { "session", SG_FAKE_TITLE }, { "account", SG_FAKE_TITLE },
	{ "grade", SG_FAKE_TITLE }, { "image", SG_FAKE_TITLE }, { "media", SG_FAKE_TITLE },
	{ "photo", SG_FAKE_TITLE }, { "price", SG_FAKE_TITLE }, { "history", SG_FAKE_TITLE },
	{ "log", SG_FAKE_TITLE }, { "alert", SG_FAKE_TITLE }, { "synonym", SG_FAKE_TITLE },
	{ "adjustment", SG_FAKE_TITLE }, { "allocation", SG_FAKE_TITLE },
	{ "movement", SG_FAKE_TITLE }, { "transaction", SG_FAKE_TITLE },
	{ "charge", SG_FAKE_TITLE }, { "fee", SG_FAKE_TITLE }, { "item", SG_FAKE_TITLE },
};

/* Tables where a category is not a product category (expense categories). */
static const char *const non_product_words[] = {
	"expense", "ledger", "account", "finance", "fee", "budget", "cost", "ticket",
	"support", "blog", "article", "faq",
};

/* The kind a table's entity names have: the last word of the table name
 * found in table_rules, scanning from the end (todo_tasks -> task,
 * supplier_profiles -> supplier); TITLE when none is known. *word gets the
 * matched word, "" when none. */
static enum sg_fake_kind table_kind(const struct sg_words *tw, const char **word)
{
	for (int i = tw->n - 1; i >= 0; i--) {
		for (size_t j = 0; j < FK_COUNT(table_rules); j++) {
			if (!strcmp(tw->w[i], table_rules[j].word)) {
				*word = table_rules[j].word;
				return table_rules[j].kind;
			}
		}
	}
	*word = "";
	return SG_FAKE_TITLE;
}

static int words_are(const struct sg_words *ws, const char *one, const char *two)
{
	if (!two)
		return ws->n == 1 && !strcmp(ws->w[0], one);
	return ws->n == 2 && !strcmp(ws->w[0], one) && !strcmp(ws->w[1], two);
}

static int is_own_name(const struct sg_words *ws)
{
	static const char *const qual[] = { "display", "canonical", "standardized", "normalized" };

	if (words_are(ws, "name", NULL))
		return 1;
	for (size_t i = 0; i < FK_COUNT(qual); i++)
		if (words_are(ws, qual[i], "name") || words_are(ws, "name", qual[i]))
			return 1;
	return 0;
}

enum sg_fake_kind sg_fake_kind_for_table_column(const char *table, const char *column_name)
{
	struct sg_words ws, tw;
	enum sg_fake_kind k, tk;
	const char *tword;

	sg_words_split_tail(column_name, &ws);
	k = classify(&ws);
	if (!table || !*table)
		return k;
	sg_words_split_tail(table, &tw);
	for (int i = 0; i < tw.n; i++)
		sg_word_singular(tw.w[i]);
	tk = table_kind(&tw, &tword);
	if (is_own_name(&ws)) {
		k = tk;
	} else if (words_are(&ws, "title", NULL) && tk == SG_FAKE_TASK_TITLE) {
		k = SG_FAKE_TASK_TITLE;
	} else if (words_are(&ws, "description", NULL)) {
		if (sg_words_has(&tw, "line") && sg_words_has(&tw, "item"))
			k = SG_FAKE_PRODUCT_NAME; /* an invoice line's description */
		else if (!strcmp(tword, "product") || !strcmp(tword, "strain") ||
			 !strcmp(tword, "cultivar") || !strcmp(tword, "sku"))
			k = SG_FAKE_PRODUCT_DESCRIPTION;
	} else if (tk == SG_FAKE_STRAIN &&
		   (words_are(&ws, "category", NULL) || words_are(&ws, "type", NULL))) {
		k = SG_FAKE_STRAIN_TYPE;
	}
	if (k == SG_FAKE_CATEGORY || k == SG_FAKE_SUBCATEGORY) {
		for (size_t i = 0; i < FK_COUNT(non_product_words); i++)
			if (sg_words_has(&tw, non_product_words[i]))
				return SG_FAKE_TITLE;
	}
	return k;
}

static const char *const kind_names[SG_FAKE_KIND_COUNT] = {
	[SG_FAKE_NONE] = "none", [SG_FAKE_FIRST_NAME] = "first_name",
	[SG_FAKE_LAST_NAME] = "last_name", [SG_FAKE_FULL_NAME] = "full_name",
	[SG_FAKE_USERNAME] = "username", [SG_FAKE_EMAIL] = "email",
	[SG_FAKE_JOB_TITLE] = "job_title", [SG_FAKE_PHONE] = "phone",
	[SG_FAKE_STREET] = "street", [SG_FAKE_ADDRESS2] = "address2",
	[SG_FAKE_ADDRESS] = "address", [SG_FAKE_CITY] = "city", [SG_FAKE_COUNTY] = "county",
	[SG_FAKE_STATE] = "state", [SG_FAKE_ZIP] = "zip", [SG_FAKE_COUNTRY] = "country",
	[SG_FAKE_COUNTRY_CODE] = "country_code", [SG_FAKE_TIMEZONE] = "timezone",
	[SG_FAKE_COMPANY] = "company", [SG_FAKE_COMPANY_DISPENSARY] = "company_dispensary",
	[SG_FAKE_COMPANY_FARM] = "company_farm",
	[SG_FAKE_COMPANY_DISTRIBUTOR] = "company_distributor",
	[SG_FAKE_COMPANY_LAB] = "company_lab",
	[SG_FAKE_COMPANY_MANUFACTURER] = "company_manufacturer", [SG_FAKE_BRAND] = "brand",
	[SG_FAKE_LICENSE_NUMBER] = "license_number", [SG_FAKE_TAX_ID] = "tax_id",
	[SG_FAKE_BANK_NAME] = "bank_name", [SG_FAKE_URL] = "url",
	[SG_FAKE_IMAGE_URL] = "image_url", [SG_FAKE_DOMAIN] = "domain",
	[SG_FAKE_SLUG] = "slug", [SG_FAKE_IP] = "ip", [SG_FAKE_USER_AGENT] = "user_agent",
	[SG_FAKE_TITLE] = "title", [SG_FAKE_TASK_TITLE] = "task_title",
	[SG_FAKE_SENTENCE] = "sentence", [SG_FAKE_NOTES] = "notes",
	[SG_FAKE_DESCRIPTION] = "description", [SG_FAKE_COMMENT] = "comment",
	[SG_FAKE_REASON] = "reason", [SG_FAKE_PRODUCT_NAME] = "product_name",
	[SG_FAKE_PRODUCT_DESCRIPTION] = "product_description", [SG_FAKE_STRAIN] = "strain",
	[SG_FAKE_STRAIN_TYPE] = "strain_type", [SG_FAKE_CATEGORY] = "category",
	[SG_FAKE_SUBCATEGORY] = "subcategory", [SG_FAKE_SKU] = "sku",
	[SG_FAKE_BATCH_CODE] = "batch_code", [SG_FAKE_INVOICE_NUMBER] = "invoice_number",
	[SG_FAKE_ORDER_NUMBER] = "order_number", [SG_FAKE_PO_NUMBER] = "po_number",
	[SG_FAKE_TRACKING_NUMBER] = "tracking_number", [SG_FAKE_CARRIER] = "carrier",
	[SG_FAKE_PAYMENT_TERMS] = "payment_terms", [SG_FAKE_PAYMENT_METHOD] = "payment_method",
	[SG_FAKE_FILENAME] = "filename", [SG_FAKE_MIME_TYPE] = "mime_type",
	[SG_FAKE_COLOR] = "color", [SG_FAKE_CURRENCY] = "currency", [SG_FAKE_UUID] = "uuid",
	[SG_FAKE_HEX_TOKEN] = "hex_token",
};

const char *sg_fake_kind_name(enum sg_fake_kind kind)
{
	if ((unsigned)kind >= SG_FAKE_KIND_COUNT || !kind_names[kind])
		return "?";
	return kind_names[kind];
}

size_t sg_fake_kind_max_chars(enum sg_fake_kind kind)
{
	switch (kind) {
	case SG_FAKE_STATE:
	case SG_FAKE_COUNTRY_CODE:
		return 2;
	case SG_FAKE_CURRENCY:
		return 3;
	case SG_FAKE_ZIP:
		return 5;
	case SG_FAKE_STRAIN_TYPE:
		return 6;
	case SG_FAKE_COLOR:
	case SG_FAKE_BATCH_CODE:
		return 7;
	case SG_FAKE_PO_NUMBER:
		return 8;
	case SG_FAKE_ORDER_NUMBER:
		return 9;
	case SG_FAKE_TAX_ID:
	case SG_FAKE_INVOICE_NUMBER:
		return 10;
	case SG_FAKE_PHONE:
		return 14;
	case SG_FAKE_IP:
	case SG_FAKE_LICENSE_NUMBER:
	case SG_FAKE_SKU:
		return 15;
	case SG_FAKE_TRACKING_NUMBER:
		return 18;
	case SG_FAKE_HEX_TOKEN:
		return 32;
	case SG_FAKE_UUID:
		return 36;
	default:
		fk_ready();
		return (unsigned)kind < SG_FAKE_KIND_COUNT ? fk_max_len[kind] : 0;
	}
}

/* ---- money and UTF-8 ------------------------------------------------------------ */

double sg_fake_money(struct sg_rand *r, double min, double typical_max)
{
	double lo = min > 0.01 ? min : 0.01;
	double hi = typical_max > lo ? typical_max : 10.0 * lo;
	double alpha = log(10.0) / log(hi / lo);
	double u = 1.0 - sg_rand_double(r); /* (0, 1] */
	double x = lo * pow(u, -1.0 / alpha);
	double floor_c = ceil(lo * 100.0 - 1e-9) / 100.0;
	double cap_c = floor(hi * SG_FAKE_MONEY_CAP_FACTOR * 100.0 + 1e-9) / 100.0;

	x = round(x * 100.0) / 100.0;
	if (x < floor_c)
		x = floor_c;
	if (x > cap_c)
		x = cap_c;
	return x;
}

size_t sg_utf8_chars(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

size_t sg_utf8_truncate(const char *s, size_t len, size_t max_chars)
{
	size_t chars = 0;

	for (size_t i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (chars == max_chars)
				return i;
			chars++;
		}
	}
	return len;
}
