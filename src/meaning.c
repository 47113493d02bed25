/*
 * What a column means (see meaning.h): number ranges, dates that may lie
 * in the future, ordered pairs, codes, places and people, decided from the
 * table name, the column name split into words, and the column's type.
 * The generators and `seedgen realism` both ask here, so a rule has one
 * home: a generator that follows it and a check that scores it.
 */
#include <string.h>

#include "seedgen/meaning.h"

static bool in_list(const char *w, const char *const *list)
{
	return sg_word_in_list(w, list);
}

static bool any_in(const struct sg_words *ws, const char *const *list)
{
	return sg_words_any_in(ws, list);
}

static bool last_in(const struct sg_words *ws, const char *const *list)
{
	return ws->n && in_list(sg_words_last(ws), list);
}

bool sg_meaning_is_time(const struct sg_column *c)
{
	return c->cls == SG_T_DATE || c->cls == SG_T_DATETIME || c->cls == SG_T_TIMESTAMP;
}

bool sg_meaning_is_number(const struct sg_column *c)
{
	return c->cls == SG_T_INT || c->cls == SG_T_DECIMAL || c->cls == SG_T_FLOAT ||
	       c->cls == SG_T_DOUBLE || c->cls == SG_T_YEAR;
}

static bool is_text(const struct sg_column *c)
{
	return c->cls == SG_T_CHAR || c->cls == SG_T_VARCHAR || c->cls == SG_T_TEXT;
}

/* The table's name as words, its last word singular ("us_states" -> us state). */
static void table_words(const struct sg_table *t, struct sg_words *ws)
{
	size_t n;
	char *w;

	sg_words_split(t ? t->name : "", ws);
	if (!ws->n)
		return;
	w = ws->w[ws->n - 1];
	n = strlen(w);
	if (n > 3 && !strcmp(w + n - 3, "ies"))
		strcpy(w + n - 3, "y");
	else if (n > 2 && w[n - 1] == 's' && w[n - 2] != 's')
		w[n - 1] = 0;
}

/* Whether the table has a column whose words include one of list. */
static bool table_has_word(const struct sg_table *t, const char *const *list)
{
	struct sg_words ws;

	for (size_t i = 0; t && i < t->ncols; i++) {
		sg_words_split(t->columns[i]->name, &ws);
		if (any_in(&ws, list))
			return true;
	}
	return false;
}

static const char *const w_lat[] = { "lat", "latitude", NULL };
static const char *const w_lon[] = { "lon", "lng", "long", "longitude", NULL };
static const char *const w_percent[] = { "percent", "pct", "percentage", NULL };
static const char *const w_ratio[] = { "ratio", "fraction", NULL };
static const char *const w_rating[] = { "rating", "stars", NULL };
static const char *const w_qty[] = { "quantity", "qty", NULL };
static const char *const w_ms[] = { "milliseconds", "millis", "ms", NULL };
static const char *const w_secs[] = { "seconds", "secs", NULL };
static const char *const w_code[] = { "code", "abbr", "abbrev", "abbreviation", "iso", "iso2",
				      "iso3", "alpha", NULL };
static const char *const w_place[] = { "city", "zip", "zipcode", "postal", "postcode",
				       "address", "street", "country", NULL };
static const char *const w_courtesy[] = { "salutation", "honorific", "courtesy", NULL };
static const char *const w_person[] = { "first", "firstname", "given", "fname", "last",
					"lastname", "surname", NULL };

/* A point in time kept in an integer: created_at / CreateAt / createat,
 * last_seen_ts, mtime, dateline. 0 when the name says nothing of it, else
 * SG_M_EPOCH (seconds) or SG_M_EPOCH_MS. A 4-byte integer cannot hold
 * milliseconds; an 8-byte one mostly does (Date.now(), currentTimeMillis,
 * Mattermost's CreateAt), unless the name is a Unix one (mtime, unix). */
static enum sg_meaning epoch_meaning(const struct sg_column *c, const struct sg_words *ws)
{
	static const char *const w_stamp[] = { "timestamp", "ts", "mtime", "ctime", "atime",
					       "epoch", "dateline", "unixtime", "regdate",
					       "lastvisit", "lastlogin", "joindate", "timecreated",
					       "timemodified", "timestart", "timeend", "timeaccess",
					       "firstaccess", "lastaccess", NULL };
	/* post_time, last_login_time: an event's time; run_time, cook_time
	 * are durations */
	static const char *const w_event[] = { "post", "topic", "last", "login", "logout", "visit",
					       "reg", "register", "registration", "create",
					       "created", "update", "updated", "modify", "modified",
					       "delete", "deleted", "expire", "expiry", "send", "sent",
					       "join", "joined", "edit", "edited", "mark", "read",
					       "access", "lock", "ban", "start", "end", "event", NULL };
	static const char *const w_unix[] = { "mtime", "ctime", "atime", "unix", "unixtime",
					      "epoch", "dateline", "sec", "secs", "seconds",
					      "timecreated", "timemodified", "timestart", "timeend",
					      "timeaccess", "firstaccess", "lastaccess", NULL };
	static const char *const not_at[] = { "format", "repeat", "threat", "combat", "habitat",
					      "retreat", "caveat", "thermostat", "concat", "wombat",
					      "acrobat", "diplomat", "democrat", "autoformat", NULL };
	const char *last = sg_words_last(ws);
	size_t n = strlen(last);
	bool at;

	if (c->cls != SG_T_INT || c->int_bytes < 4)
		return SG_M_NONE;
	/* created_at, CreateAt; a single folded word: createat, lastviewedat */
	at = (!strcmp(last, "at") && ws->n >= 2) ||
	     (ws->n == 1 && n >= 7 && !strcmp(last + n - 2, "at") && !in_list(last, not_at));
	if (!at && !in_list(last, w_stamp) &&
	    !(!strcmp(last, "time") && ws->n >= 2 && in_list(ws->w[ws->n - 2], w_event)))
		return SG_M_NONE;
	if (last_in(ws, w_ms) || any_in(ws, w_ms))
		return SG_M_EPOCH_MS;
	return c->int_bytes >= 8 && !any_in(ws, w_unix) ? SG_M_EPOCH_MS : SG_M_EPOCH;
}

static enum sg_meaning number_meaning(const struct sg_column *c, const struct sg_words *ws)
{
	const char *last = sg_words_last(ws);
	enum sg_meaning epoch = epoch_meaning(c, ws);

	if (epoch != SG_M_NONE)
		return epoch;

	if (any_in(ws, w_lat))
		return SG_M_LAT;
	if (any_in(ws, w_lon))
		return SG_M_LON;
	if (sg_words_has(ws, "zoom"))
		return SG_M_ZOOM;
	if (!strcmp(last, "age"))
		return SG_M_AGE;
	if (any_in(ws, w_percent))
		return SG_M_PERCENT;
	if (any_in(ws, w_ratio) ||
	    (sg_words_has(ws, "discount") &&
	     (c->cls == SG_T_FLOAT || c->cls == SG_T_DOUBLE ||
	      (c->cls == SG_T_DECIMAL && c->precision > 0 && c->precision - c->scale <= 1))))
		return SG_M_RATIO;
	if (last_in(ws, w_rating))
		return SG_M_RATING;
	if (c->cls == SG_T_YEAR || !strcmp(last, "year"))
		return SG_M_YEAR;
	if (sg_words_has(ws, "salary") || sg_words_has(ws, "salaries"))
		return SG_M_SALARY;
	if (sg_words_has(ws, "price"))
		return SG_M_PRICE;
	if (last_in(ws, w_qty))
		return SG_M_QUANTITY;
	if (last_in(ws, w_ms))
		return SG_M_MILLIS;
	if (last_in(ws, w_secs))
		return SG_M_SECONDS;
	return SG_M_NONE;
}

static bool is_birth(const struct sg_words *ws)
{
	static const char *const w[] = { "birth", "birthday", "birthdate", "dob", "born", NULL };

	return any_in(ws, w);
}

/* Names and closed vocabularies, mostly from the table's noun. */
static enum sg_meaning vocab_meaning(const struct sg_table *t, const struct sg_column *c,
				     const struct sg_words *ws, const struct sg_words *tw)
{
	static const char *const w_band[] = { "artist", "band", "performer", "musician", NULL };
	static const char *const w_album[] = { "album", "record", "release", NULL };
	static const char *const w_song[] = { "track", "song", "tune", NULL };
	static const char *const w_param[] = { "parameter", "param", "setting", "property",
					       "attribute", "option", NULL };
	static const char *const w_key[] = { "name", "key", NULL };
	static const char *const w_code_key[] = { "no", "code", "id", NULL };
	static const char *const w_dept[] = { "department", "dept", NULL };
	static const char *const w_people[] = { "employee", "staff", "person", "people", "contact",
						"worker", "member", NULL };
	static const char *const w_host[] = { "host", "hostname", "server", NULL };
	static const char *const w_conn[] = { "connection", "host", "server", "machine", NULL };
	static const char *const w_person_role[] = { "composer", "author", "writer", "singer",
						     "director", "songwriter", "lyricist", NULL };
	const char *last = sg_words_last(ws), *noun = sg_words_last(tw);
	bool plain = ws->n == 1 || (ws->n == 2 && (!strcmp(ws->w[0], noun) ||
						   (tw->n > 1 && !strcmp(ws->w[0], tw->w[0]))));
	bool name = !strcmp(last, "name") || !strcmp(last, "title");

	if (name && plain && in_list(noun, w_band))
		return SG_M_BAND;
	if (name && plain && in_list(noun, w_album))
		return SG_M_ALBUM;
	if (name && plain && in_list(noun, w_song))
		return SG_M_SONG;
	if ((name && plain && !strcmp(noun, "genre")) || !strcmp(last, "genre"))
		return SG_M_GENRE;
	if ((name && tw->n >= 2 && !strcmp(noun, "type") && !strcmp(tw->w[tw->n - 2], "media")) ||
	    (sg_words_has(ws, "media") && !strcmp(last, "type")))
		return SG_M_MEDIA_TYPE;
	if ((name && (plain || sg_words_has(ws, "dept")) && in_list(noun, w_dept)) ||
	    !strcmp(last, "department"))
		return SG_M_DEPARTMENT;
	if (!strcmp(last, "protocol"))
		return SG_M_PROTOCOL;
	if (in_list(last, w_person_role))
		return SG_M_PERSON_NAME;
	if ((sg_words_has(ws, "job") && !strcmp(last, "title")) || !strcmp(last, "position") ||
	    (!strcmp(last, "title") && ws->n == 1 &&
	     (!strcmp(noun, "title") || in_list(noun, w_people))))
		return SG_M_JOB_TITLE;
	if (in_list(last, w_host) || (name && (in_list(noun, w_conn) || any_in(ws, w_conn))))
		return SG_M_HOST;
	if (!strcmp(last, "region") && c->length != 0 && c->length <= 60)
		return SG_M_REGION;
	if (any_in(tw, w_param) || any_in(ws, w_param)) {
		if (in_list(last, w_key) && !sg_words_has(ws, "value"))
			return SG_M_PARAM_KEY;
		if (!strcmp(last, "value"))
			return SG_M_PARAM_VALUE;
	}
	if (in_list(last, w_code_key) && c->cls == SG_T_CHAR && c->length >= 3 && c->length <= 8 &&
	    t && t->pk.ncols >= 1 && ws->n >= 2)
		return SG_M_CODE;
	return SG_M_NONE;
}

/* Rails' single-table inheritance column: exactly `type`, a string of
 * Rails' width (255 or unbounded), in a table with Rails' timestamps. */
static bool is_sti_type(const struct sg_table *t, const struct sg_column *c)
{
	bool created = false, updated = false;

	if (strcmp(c->name, "type") || c->cls == SG_T_CHAR || (c->length && c->length < 100) || !t)
		return false;
	for (size_t i = 0; i < t->ncols; i++) {
		created |= !strcmp(t->columns[i]->name, "created_at");
		updated |= !strcmp(t->columns[i]->name, "updated_at");
	}
	return created && updated;
}

static enum sg_meaning text_meaning(const struct sg_table *t, const struct sg_column *c,
				    const struct sg_words *ws)
{
	const char *last = sg_words_last(ws);
	struct sg_words tw;
	bool state_table, country_table;

	table_words(t, &tw);
	state_table = !strcmp(sg_words_last(&tw), "state");
	country_table = !strcmp(sg_words_last(&tw), "country");
	if (sg_words_has(ws, "state") || sg_words_has(ws, "province") || state_table) {
		bool has_state = sg_words_has(ws, "state") || sg_words_has(ws, "province");

		if (any_in(ws, w_code) || (has_state && c->length > 0 && c->length <= 3 &&
					   c->cls != SG_T_TEXT))
			return SG_M_STATE_ABBR;
		if ((has_state && !strcmp(last, "name")) ||
		    (state_table && !strcmp(last, "name") && ws->n == 1))
			return SG_M_STATE_NAME;
		if (!strcmp(last, "state") && table_has_word(t, w_place))
			return SG_M_STATE_NAME;
	}
	if ((sg_words_has(ws, "country") || country_table) && any_in(ws, w_code))
		return SG_M_COUNTRY_CODE;
	if (!strcmp(last, "country") && c->length >= 2 && c->length <= 3 && c->cls != SG_T_TEXT)
		return SG_M_COUNTRY_CODE;
	if ((sg_words_has(ws, "currency") || !strcmp(sg_words_last(&tw), "currency")) &&
	    (!strcmp(last, "currency") || any_in(ws, w_code)) &&
	    !sg_words_has(ws, "crypto") && (c->length == 0 || c->length >= 3))
		return SG_M_CURRENCY;
	if (!strcmp(last, "zip") || !strcmp(last, "zipcode") || !strcmp(last, "postcode") ||
	    (sg_words_has(ws, "postal") && !strcmp(last, "code")))
		return SG_M_ZIP;
	if (!strcmp(last, "city") || !strcmp(last, "town"))
		return SG_M_CITY;
	if ((!strcmp(last, "name") && ws->n == 2 &&
	     (!strcmp(ws->w[0], "first") || !strcmp(ws->w[0], "given"))) ||
	    !strcmp(last, "firstname") || !strcmp(last, "fname"))
		return SG_M_FIRST_NAME;
	if (!strcmp(last, "gender") || !strcmp(last, "sex"))
		return SG_M_GENDER;
	if (any_in(ws, w_courtesy) ||
	    (!strcmp(last, "prefix") && ws->n <= 2 && table_has_word(t, w_person)))
		return SG_M_COURTESY;
	if (!strcmp(last, "email") || (!strcmp(last, "address") && sg_words_has(ws, "email")))
		return SG_M_EMAIL;
	if (is_sti_type(t, c))
		return SG_M_CLASS_NAME;
	return vocab_meaning(t, c, ws, &tw);
}

enum sg_meaning sg_meaning_of(const struct sg_table *t, const struct sg_column *c)
{
	struct sg_words ws;

	sg_words_split(c->name, &ws);
	if (!ws.n)
		return SG_M_NONE;
	if (sg_meaning_is_number(c))
		return number_meaning(c, &ws);
	if (sg_meaning_is_time(c))
		return is_birth(&ws) ? SG_M_BIRTH : SG_M_NONE;
	if (is_text(c) || c->cls == SG_T_ENUM)
		return text_meaning(t, c, &ws);
	return SG_M_NONE;
}

const char *sg_meaning_name(enum sg_meaning m)
{
	static const char *const names[SG_M__COUNT] = {
		[SG_M_NONE] = "none", [SG_M_LAT] = "latitude", [SG_M_LON] = "longitude",
		[SG_M_ZOOM] = "zoom", [SG_M_AGE] = "age", [SG_M_PERCENT] = "percent",
		[SG_M_RATIO] = "ratio", [SG_M_RATING] = "rating", [SG_M_YEAR] = "year",
		[SG_M_SALARY] = "salary", [SG_M_PRICE] = "price", [SG_M_QUANTITY] = "quantity",
		[SG_M_MILLIS] = "milliseconds", [SG_M_SECONDS] = "seconds",
		[SG_M_EPOCH] = "unix time", [SG_M_EPOCH_MS] = "unix time in ms",
		[SG_M_BIRTH] = "birth date", [SG_M_STATE_ABBR] = "state code",
		[SG_M_STATE_NAME] = "state name", [SG_M_COUNTRY_CODE] = "country code",
		[SG_M_CURRENCY] = "currency code", [SG_M_ZIP] = "zip code", [SG_M_CITY] = "city",
		[SG_M_FIRST_NAME] = "first name", [SG_M_GENDER] = "gender",
		[SG_M_COURTESY] = "courtesy title", [SG_M_EMAIL] = "email",
		[SG_M_BAND] = "band name", [SG_M_ALBUM] = "album title", [SG_M_SONG] = "song title",
		[SG_M_GENRE] = "genre", [SG_M_MEDIA_TYPE] = "media type",
		[SG_M_DEPARTMENT] = "department", [SG_M_PROTOCOL] = "protocol",
		[SG_M_REGION] = "region", [SG_M_PARAM_KEY] = "parameter name",
		[SG_M_PARAM_VALUE] = "parameter value", [SG_M_CODE] = "code",
		[SG_M_PERSON_NAME] = "person name", [SG_M_JOB_TITLE] = "job title",
		[SG_M_HOST] = "host", [SG_M_CLASS_NAME] = "class name",
	};

	return m >= 0 && m < SG_M__COUNT && names[m] ? names[m] : "?";
}

bool sg_meaning_range(enum sg_meaning m, int year, double *lo, double *hi)
{
	switch (m) {
	case SG_M_LAT: *lo = -90; *hi = 90; return true;
	case SG_M_LON: *lo = -180; *hi = 180; return true;
	case SG_M_ZOOM: *lo = 0; *hi = 22; return true;
	case SG_M_AGE: *lo = 0; *hi = 120; return true;
	case SG_M_PERCENT: *lo = 0; *hi = 100; return true;
	case SG_M_RATIO: *lo = 0; *hi = 1; return true;
	case SG_M_RATING: *lo = 0; *hi = 10; return true;
	case SG_M_YEAR: *lo = 1900; *hi = year + 10; return true;
	case SG_M_SALARY: *lo = 10000; *hi = 1000000; return true;
	case SG_M_PRICE: *lo = 0; *hi = 100000; return true;
	case SG_M_QUANTITY: *lo = 0; *hi = 100000; return true;
	case SG_M_MILLIS: *lo = 1000; *hi = 7200000; return true;  /* 1 s .. 2 h */
	case SG_M_SECONDS: *lo = 0; *hi = 7 * 86400; return true;
	case SG_M_EPOCH:
	case SG_M_EPOCH_MS: /* a quarter century back, two years ahead */
		*lo = sg_meaning_year_start(year - 25) * (m == SG_M_EPOCH_MS ? 1000 : 1);
		*hi = sg_meaning_year_start(year + 2) * (m == SG_M_EPOCH_MS ? 1000 : 1);
		return true;
	default: return false;
	}
}

double sg_meaning_year_start(int year)
{
	long long days = 0;

	for (int y = 1970; y < year; y++)
		days += (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365;
	for (int y = year; y < 1970; y++)
		days -= (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365;
	return (double)days * 86400.0;
}

bool sg_meaning_future_ok(const char *column_name)
{
	static const char *const w[] = {
		"due", "expire", "expires", "expiry", "expiration", "expired", "scheduled",
		"schedule", "planned", "plan", "deadline", "next", "until", "to", "thru",
		"through", "end", "ends", "ending", "required", "renewal", "renew", "renews",
		"remind", "reminder", "eta", "estimated", "expected", "target", "promised",
		"valid", "effective", "retire", "retirement", "future", "upcoming", NULL
	};
	struct sg_words ws;

	sg_words_split(column_name, &ws);
	return any_in(&ws, w);
}

/* Ordered roles: a column with a word of lo[] comes before the column whose
 * name is the same with that word replaced by one of hi[]. */
struct role_pair {
	const char *const *lo;
	const char *const *hi;
	int64_t gap;
};

static const char *const r_from[] = { "from", NULL };
static const char *const r_to[] = { "to", "until", "thru", "through", NULL };
static const char *const r_start[] = { "start", "starts", "started", "begin", "begins", NULL };
static const char *const r_end[] = { "end", "ends", "ended", "finish", "finished", "stop", NULL };
static const char *const r_min[] = { "min", "minimum", NULL };
static const char *const r_max[] = { "max", "maximum", NULL };
static const char *const r_created[] = { "created", "create", "creation", NULL };
static const char *const r_changed[] = { "updated", "update", "modified", "deleted", NULL };
static const char *const r_order[] = { "order", "ordered", NULL };
static const char *const r_ship[] = { "shipped", "ship", "required", "delivered", NULL };
static const char *const r_shipped[] = { "shipped", NULL };
static const char *const r_delivered[] = { "delivered", NULL };
static const char *const r_opened[] = { "opened", NULL };
static const char *const r_closed[] = { "closed", NULL };
static const char *const r_birth[] = { "birth", "born", NULL };
static const char *const r_hire[] = { "hire", "hired", "death", "died", NULL };

static const struct role_pair pairs[] = {
	{ r_from, r_to, 0 }, { r_start, r_end, 0 }, { r_min, r_max, 0 },
	{ r_created, r_changed, 0 }, { r_order, r_ship, 0 }, { r_shipped, r_delivered, 0 },
	{ r_opened, r_closed, 0 }, { r_birth, r_hire, 14LL * 365 * 86400 },
};

/* Whether b's words are a's with the word at i replaced by one of hi. */
static bool replaced(const struct sg_words *a, const struct sg_words *b, int i,
		     const char *const *hi)
{
	if (a->n != b->n || !in_list(b->w[i], hi))
		return false;
	for (int k = 0; k < a->n; k++)
		if (k != i && strcmp(a->w[k], b->w[k]))
			return false;
	return true;
}

static const char *const w_ref[] = { "id", "ids", "uuid", "no", "code", "key", "ref", NULL };

bool sg_meaning_ordered(const struct sg_column *a, const struct sg_column *b,
			int64_t *min_gap)
{
	struct sg_words wa, wb;
	bool times;

	sg_words_split(a->name, &wa);
	sg_words_split(b->name, &wb);
	/* two unix times (created_at / updated_at integers) order as times */
	times = (sg_meaning_is_time(a) && sg_meaning_is_time(b)) ||
		(epoch_meaning(a, &wa) != SG_M_NONE && epoch_meaning(b, &wb) != SG_M_NONE);

	if (!times && !(sg_meaning_is_number(a) && sg_meaning_is_number(b)))
		return false;
	/* from/to ids name two things, not a range */
	if (in_list(sg_words_last(&wa), w_ref) || in_list(sg_words_last(&wb), w_ref))
		return false;
	for (size_t p = 0; p < sizeof(pairs) / sizeof(pairs[0]); p++) {
		/* Only min/max and from/to order numbers. */
		if (!times && p != 0 && p != 2)
			continue;
		for (int i = 0; i < wa.n; i++) {
			if (!in_list(wa.w[i], pairs[p].lo) || !replaced(&wa, &wb, i, pairs[p].hi))
				continue;
			*min_gap = times ? pairs[p].gap : 0;
			return true;
		}
	}
	return false;
}
