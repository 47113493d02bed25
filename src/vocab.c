/*
 * Vocabulary packs (see vocab.h): which vocabulary a run speaks, and the
 * neutral one for schemas other than TERP. Composed names (bands, albums,
 * songs, companies, products, titles) come from a few small word lists
 * combined by pattern; closed lists (genres, protocols, departments ...)
 * are also what `seedgen realism` accepts.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/vocab.h"

static enum sg_vocab_pack current = SG_PACK_CANNABIS;

int sg_vocab_pack_parse(const char *s)
{
	if (!s)
		return -1;
	if (!strcasecmp(s, "auto"))
		return SG_PACK_AUTO;
	if (!strcasecmp(s, "cannabis") || !strcasecmp(s, "terp"))
		return SG_PACK_CANNABIS;
	if (!strcasecmp(s, "neutral") || !strcasecmp(s, "default"))
		return SG_PACK_NEUTRAL;
	return -1;
}

const char *sg_vocab_pack_name(enum sg_vocab_pack p)
{
	return p == SG_PACK_CANNABIS ? "cannabis" : p == SG_PACK_NEUTRAL ? "neutral" : "auto";
}

enum sg_vocab_pack sg_vocab_pack_for(const struct sg_schema *s, enum sg_vocab_pack want)
{
	static const char *const terp[] = { "strains", "batches", "lots", "todo_lists",
					    "pricing_rules", "dashboard_kpi_configs",
					    "userDashboardPreferences", "intake_receipts",
					    "vendor_harvest_reminders", "cogsHistory", NULL };
	int hits = 0;

	if (want != SG_PACK_AUTO)
		return want;
	for (const char *const *t = terp; *t && s; t++)
		if (sg_schema_find(s, *t))
			hits++;
	return hits >= 2 ? SG_PACK_CANNABIS : SG_PACK_NEUTRAL;
}

void sg_vocab_use(enum sg_vocab_pack p)
{
	current = p == SG_PACK_NEUTRAL ? SG_PACK_NEUTRAL : SG_PACK_CANNABIS;
}

enum sg_vocab_pack sg_vocab_current(void)
{
	return current;
}

#define N(a) (sizeof(a) / sizeof(a[0]))
typedef const char *const words[];

static words adjs = { "Velvet", "Silver", "Electric", "Midnight", "Golden", "Crimson", "Hollow",
		      "Wild", "Quiet", "Broken", "Neon", "Northern", "Lonely", "Burning",
		      "Blue", "Paper", "Glass", "Restless", "Distant", "Gentle", "Black",
		      "Summer", "Winter", "Faded", "Bright" };
static words nouns = { "Harbor", "Rivers", "Ghosts", "Horizon", "Echoes", "Wolves", "Lights",
		       "Sparrows", "Machines", "Mountains", "Shadows", "Tides", "Hearts",
		       "Roads", "Stars", "Kings", "Waves", "Foxes", "Satellites", "Pines" };
static words song_nouns = { "Train", "Road", "Heart", "Rain", "Sky", "Fire", "River", "Night",
			    "City", "Dream", "Light", "Love", "Home", "Ocean", "Morning",
			    "Highway", "Song", "Girl", "Moon", "Storm" };
static words song_forms = { "%a %n", "%n", "Falling %n", "Back to the %n", "Under the %n",
			    "%a %n Blues", "Hold On", "Waiting for the %n", "%n of Gold",
			    "Another %a %n", "Lost in the %n", "Say You Will" };
static words album_forms = { "%a %n", "Echoes of %n", "The %a Sessions", "Live at the %n",
			     "%n", "Songs from the %n", "%a Days", "The Best of %b" };
static words genres = { "Rock", "Jazz", "Metal", "Alternative & Punk", "Rock And Roll", "Blues",
			"Latin", "Reggae", "Pop", "Soundtrack", "Bossa Nova", "Easy Listening",
			"Heavy Metal", "R&B/Soul", "Electronica/Dance", "World", "Hip Hop/Rap",
			"Classical", "Opera", "Country", "Folk", "Indie" };
static words media = { "MPEG audio file", "Protected AAC audio file", "Protected MPEG-4 video file",
		       "Purchased AAC audio file", "AAC audio file", "FLAC audio file",
		       "WAV audio file" };
static words departments = { "Sales", "Marketing", "Finance", "Human Resources", "Engineering",
			     "Research", "Customer Service", "Production", "Quality Management",
			     "Development", "Legal", "Operations", "Purchasing", "IT Support",
			     "Logistics", "Accounting" };
/* the distinct ones first (sg_vocab_nth), then repeats for the weights */
static words protocols = { "rdp", "vnc", "ssh", "telnet", "kubernetes", "rdp", "rdp", "vnc",
			   "ssh" };
static words regions = { "Northeast", "Midwest", "South", "West", "Pacific", "Mountain",
			 "New England", "Southwest" };
static words co_words = { "Summit", "Harbor", "Pioneer", "Evergreen", "Atlas", "Keystone",
			  "Meridian", "Bluebird", "Cornerstone", "Redwood", "Liberty", "Beacon",
			  "Granite", "Northwind", "Riverside", "Oakridge" };
static words co_kinds = { "Logistics", "Foods", "Supply", "Systems", "Trading", "Consulting",
			  "Manufacturing", "Distributors", "Outfitters", "Industries", "Partners",
			  "Health", "Software", "Imports" };
static words co_suffix = { "Inc.", "LLC", "Co.", "Ltd.", "Group", "Corp." };
static words prod_adj = { "Organic", "Classic", "Premium", "Original", "Whole", "Fresh",
			  "Natural", "Deluxe", "Smoked", "Roasted" };
static words prod_noun = { "Green Tea", "Coffee Beans", "Maple Syrup", "Olive Oil", "Cheddar",
			   "Chocolate Bar", "Pasta", "Salsa", "Honey", "Granola", "Almonds",
			   "Rice", "Tomato Sauce", "Crab Meat", "Ginger Ale", "Sourdough" };
static words prod_size = { "250g", "500g", "1kg", "12 oz", "16 oz", "6 pack", "24 ct", "1 l" };
static words title_a = { "Quarterly", "Annual", "Weekly", "Monthly", "Regional", "Team",
			 "Customer", "Project", "Budget", "Product" };
static words title_b = { "Planning Review", "Status Update", "Kickoff", "Report", "Summary",
			 "Roadmap", "Retrospective", "Forecast", "Checklist", "Overview" };
static words job_a = { "Senior", "Junior", "Staff", "Lead", "Assistant", "Principal", "" };
static words job_b = { "Engineer", "Accountant", "Analyst", "Sales Representative", "Manager",
		       "Designer", "Technician", "Coordinator", "Consultant", "Administrator" };
static words hosts = { "app-server", "web", "db", "build", "files", "jump-host", "dev-desktop",
		       "win-terminal", "mail", "reporting" };
static words param_keys = { "hostname", "port", "username", "password", "domain", "security",
			    "ignore-cert", "color-depth", "width", "height", "dpi",
			    "enable-drive", "drive-path", "console", "server-layout",
			    "read-only", "font-size", "color-scheme", "recording-path",
			    "enable-wallpaper", "enable-audio", "timezone", "disable-copy",
			    "disable-paste", "cursor", "swap-red-blue", "encodings",
			    "private-key", "command", "locale" };

/* ISO 3166-1 alpha-2 countries and ISO 4217 currencies, the usual ones
 * first (sg_vocab_nth hands them out in order to unique code columns);
 * fixed-width codes packed in one string each. */
static const char iso_countries[] =
	"USCAGBDEFRMXESITNLAUJPBRINCNSECHNODKIENZBEATPLPTFIKRSGZAARCOILTHADAEAFAGAIALAMAO"
	"AQASAWAXAZBABBBDBFBGBHBIBJBLBMBNBOBQBSBTBVBWBYBZCCCDCFCGCICKCLCMCRCUCVCWCXCYCZDJ"
	"DMDODZECEEEGEHERETFJFKFMFOGAGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIMIO"
	"IQIRISJEJMJOKEKGKHKIKMKNKPKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMP"
	"MQMRMSMTMUMVMWMYMZNANCNENFNGNINPNRNUOMPAPEPFPGPHPKPMPNPRPSPWPYQARERORSRURWSASBSC"
	"SDSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTJTKTLTMTNTOTRTTTVTWTZUAUGUMUYUZVAVCVEVG"
	"VIVNVUWFWSYEYTZMZW";
static const char iso_currencies[] =
	"USDEURGBPJPYCADAUDCHFCNYMXNINRBRLSEKNOKDKKPLNNZDSGDHKDKRWZARTRYAEDAFNALLAMDANGAO"
	"AARSAWGAZNBAMBBDBDTBGNBHDBIFBMDBNDBOBBSDBTNBWPBYNBZDCDFCLPCOPCRCCUPCVECZKDJFDOPD"
	"ZDEGPERNETBFJDFKPGELGHSGIPGMDGNFGTQGYDHNLHTGHUFIDRILSIQDIRRISKJMDJODKESKGSKHRKMF"
	"KPWKWDKYDKZTLAKLBPLKRLRDLSLLYDMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMYRMZNNADNGNNIONP"
	"ROMRPABPENPGKPHPPKRPYGQARRONRSDRUBRWFSARSBDSCRSDGSHPSLESOSSRDSSPSTNSVCSYPSZLTHBT"
	"JSTMTTNDTOPTTDTWDTZSUAHUGXUYUUZSVESVNDVUVWSTXAFXCDXOFXPFYERZMW";

static words sentences = {
	"Customer asked for an updated quote before the end of the month.",
	"Shipment arrived two days late; the customer was notified.",
	"Follow up next week about the renewal.",
	"Invoice sent and payment expected within 30 days.",
	"Discussed the project timeline and agreed on the next milestones.",
	"Needs approval from the regional manager.",
	"Replaced the damaged items at no charge.",
	"Scheduled a call with the account team for Tuesday.",
	"Prices confirmed for the next quarter.",
	"Updated the contact details after the office move.",
	"Order split into two deliveries because of limited stock.",
	"Training session planned for the new team members.",
	"Requested a copy of the signed contract.",
	"Budget review moved to the first week of next month.",
	"All open items were resolved during the meeting.",
};
static words categories = { "Beverages", "Condiments", "Confections", "Dairy Products",
			    "Grains/Cereals", "Meat/Poultry", "Produce", "Seafood",
			    "Office Supplies", "Electronics", "Furniture", "Books", "Clothing",
			    "Sporting Goods", "Toys", "Garden" };

static const char *one(struct sg_rand *r, const char *const *list, size_t n)
{
	return list[sg_rand_below(r, (uint32_t)n)];
}
#define ONE(r, a) one(r, a, N(a))

/* Fills a pattern: %a adjective, %n noun, %b band. */
static void compose(struct sg_rand *r, const char *form, const char *const *nl, size_t nn,
		    struct sg_buf *out)
{
	for (const char *p = form; *p; p++) {
		if (p[0] == '%' && p[1] == 'a') {
			sg_buf_adds(out, ONE(r, adjs));
			p++;
		} else if (p[0] == '%' && p[1] == 'n') {
			sg_buf_adds(out, one(r, nl, nn));
			p++;
		} else if (p[0] == '%' && p[1] == 'b') {
			sg_vocab_add(r, SG_VL_BAND, out);
			p++;
		} else {
			sg_buf_addch(out, *p);
		}
	}
}

static void add_band(struct sg_rand *r, struct sg_buf *out)
{
	switch (sg_rand_below(r, 3)) {
	case 0:
		sg_buf_addf(out, "The %s %s", ONE(r, adjs), ONE(r, nouns));
		break;
	case 1:
		sg_buf_addf(out, "%s %s", ONE(r, adjs), ONE(r, nouns));
		break;
	default:
		sg_buf_addf(out, "%s & the %s", ONE(r, co_words), ONE(r, nouns));
		break;
	}
}

/* A packed code list (iso_countries, iso_currencies) of list l: its text
 * and code width; NULL for the other lists. */
static const char *packed(enum sg_vocab_list l, size_t *width, size_t *n)
{
	const char *s = l == SG_VL_COUNTRY2 ? iso_countries : l == SG_VL_CURRENCY ? iso_currencies
		      : NULL;

	*width = l == SG_VL_COUNTRY2 ? 2 : 3;
	*n = s ? strlen(s) / *width : 0;
	return s;
}

void sg_vocab_add(struct sg_rand *r, enum sg_vocab_list l, struct sg_buf *out)
{
	const char *j;
	size_t w, n;
	const char *codes = packed(l, &w, &n);

	if (codes) { /* mostly the usual ones */
		size_t i = sg_rand_chance(r, 0.8) ? sg_rand_below(r, 12) : sg_rand_below(r, (uint32_t)n);

		sg_buf_add(out, codes + i * w, w);
		return;
	}

	switch (l) {
	case SG_VL_BAND: add_band(r, out); break;
	case SG_VL_ALBUM: compose(r, ONE(r, album_forms), nouns, N(nouns), out); break;
	case SG_VL_SONG: compose(r, ONE(r, song_forms), song_nouns, N(song_nouns), out); break;
	case SG_VL_GENRE: sg_buf_adds(out, ONE(r, genres)); break;
	case SG_VL_MEDIA_TYPE: sg_buf_adds(out, ONE(r, media)); break;
	case SG_VL_DEPARTMENT: sg_buf_adds(out, ONE(r, departments)); break;
	case SG_VL_PROTOCOL: sg_buf_adds(out, ONE(r, protocols)); break;
	case SG_VL_REGION: sg_buf_adds(out, ONE(r, regions)); break;
	case SG_VL_COMPANY:
		sg_buf_addf(out, "%s %s %s", ONE(r, co_words), ONE(r, co_kinds), ONE(r, co_suffix));
		break;
	case SG_VL_PRODUCT:
		sg_buf_addf(out, "%s %s %s", ONE(r, prod_adj), ONE(r, prod_noun), ONE(r, prod_size));
		break;
	case SG_VL_TITLE:
		sg_buf_addf(out, "%s %s", ONE(r, title_a), ONE(r, title_b));
		break;
	case SG_VL_JOB_TITLE:
		j = ONE(r, job_a);
		sg_buf_addf(out, "%s%s%s", j, *j ? " " : "", ONE(r, job_b));
		break;
	case SG_VL_HOST:
		sg_buf_addf(out, "%s-%02u", ONE(r, hosts), 1 + sg_rand_below(r, 20));
		break;
	case SG_VL_PARAM_KEY: sg_buf_adds(out, ONE(r, param_keys)); break;
	case SG_VL_SENTENCE: sg_buf_adds(out, ONE(r, sentences)); break;
	case SG_VL_CATEGORY: sg_buf_adds(out, ONE(r, categories)); break;
	default: break;
	}
}

void sg_vocab_company(unsigned a, unsigned b, unsigned c, struct sg_buf *out)
{
	sg_buf_addf(out, "%s %s %s", co_words[a % N(co_words)], co_kinds[b % N(co_kinds)],
		    co_suffix[c % N(co_suffix)]);
}

static bool member(const char *const *list, size_t n, const char *s)
{
	for (size_t i = 0; s && i < n; i++)
		if (!strcasecmp(list[i], s))
			return true;
	return false;
}

bool sg_vocab_has(enum sg_vocab_list l, const char *s)
{
	size_t w, n;
	const char *codes = packed(l, &w, &n);

	for (size_t i = 0; codes && s && strlen(s) == w && i < n; i++)
		if (!strncmp(codes + i * w, s, w))
			return true;
	switch (l) {
	case SG_VL_GENRE: return member(genres, N(genres), s);
	case SG_VL_MEDIA_TYPE: return member(media, N(media), s);
	case SG_VL_DEPARTMENT: return member(departments, N(departments), s);
	case SG_VL_PROTOCOL: return member(protocols, N(protocols), s);
	case SG_VL_REGION: return member(regions, N(regions), s);
	case SG_VL_PARAM_KEY: return member(param_keys, N(param_keys), s);
	case SG_VL_CATEGORY: return member(categories, N(categories), s);
	default: return false;
	}
}

static const char *const *closed(enum sg_vocab_list l, size_t *n)
{
	switch (l) {
	case SG_VL_GENRE: *n = N(genres); return genres;
	case SG_VL_MEDIA_TYPE: *n = N(media); return media;
	case SG_VL_DEPARTMENT: *n = N(departments); return departments;
	case SG_VL_PROTOCOL: *n = 5; return protocols;
	case SG_VL_REGION: *n = N(regions); return regions;
	case SG_VL_PARAM_KEY: *n = N(param_keys); return param_keys;
	case SG_VL_CATEGORY: *n = N(categories); return categories;
	default: *n = 0; return NULL;
	}
}

size_t sg_vocab_count(enum sg_vocab_list l)
{
	size_t n, w;

	if (packed(l, &w, &n))
		return n;
	closed(l, &n);
	return n;
}

void sg_vocab_nth(enum sg_vocab_list l, size_t i, struct sg_buf *out)
{
	size_t n, w;
	const char *codes = packed(l, &w, &n);
	const char *const *list;

	if (codes) {
		sg_buf_add(out, codes + (i % n) * w, w);
		return;
	}
	list = closed(l, &n);
	if (list && n)
		sg_buf_adds(out, list[i % n]);
}

/* What values a parameter key takes. */
enum pv { PV_HOST, PV_PORT, PV_BOOL, PV_NUM, PV_WORD, PV_ANY };

static enum pv param_kind(const char *key, const char **choices)
{
	static const struct { const char *k; enum pv v; const char *choices; } map[] = {
		{ "hostname", PV_HOST, NULL }, { "port", PV_PORT, NULL },
		{ "ignore-cert", PV_BOOL, NULL }, { "enable-drive", PV_BOOL, NULL },
		{ "console", PV_BOOL, NULL }, { "read-only", PV_BOOL, NULL },
		{ "enable-wallpaper", PV_BOOL, NULL }, { "enable-audio", PV_BOOL, NULL },
		{ "disable-copy", PV_BOOL, NULL }, { "disable-paste", PV_BOOL, NULL },
		{ "swap-red-blue", PV_BOOL, NULL },
		{ "color-depth", PV_WORD, "8|16|24|32" }, { "width", PV_WORD, "1024|1280|1440|1920" },
		{ "height", PV_WORD, "768|800|900|1080" }, { "dpi", PV_WORD, "96|120|144" },
		{ "font-size", PV_WORD, "10|12|14" },
		{ "security", PV_WORD, "any|nla|tls|rdp" },
		{ "server-layout", PV_WORD, "en-us-qwerty|de-de-qwertz|fr-fr-azerty" },
		{ "color-scheme", PV_WORD, "gray-black|green-black|white-black" },
		{ "cursor", PV_WORD, "local|remote" }, { "encodings", PV_WORD, "tight|zrle|raw" },
		{ "timezone", PV_WORD, "America/New_York|America/Chicago|America/Los_Angeles|UTC" },
		{ "locale", PV_WORD, "en_US|de_DE|fr_FR" }, { "domain", PV_WORD, "CORP|ADS|EXAMPLE" },
	};

	for (size_t i = 0; key && i < N(map); i++)
		if (!strcmp(map[i].k, key)) {
			*choices = map[i].choices;
			return map[i].v;
		}
	*choices = NULL;
	return PV_ANY;
}

static void add_choice(struct sg_rand *r, const char *choices, struct sg_buf *out)
{
	size_t n = 1, k;
	const char *p = choices;

	for (const char *q = choices; *q; q++)
		n += *q == '|';
	for (k = sg_rand_below(r, (uint32_t)n); k; k--)
		p = strchr(p, '|') + 1;
	sg_buf_add(out, p, strchr(p, '|') ? (size_t)(strchr(p, '|') - p) : strlen(p));
}

void sg_vocab_param_value(struct sg_rand *r, const char *key, struct sg_buf *out)
{
	static words ports = { "3389", "5900", "22", "23" };
	static words users = { "administrator", "jdoe", "asmith", "ops", "support", "deploy" };
	const char *choices;

	switch (param_kind(key, &choices)) {
	case PV_HOST:
		if (sg_rand_chance(r, 0.5))
			sg_buf_addf(out, "10.%u.%u.%u", sg_rand_below(r, 256), sg_rand_below(r, 256),
				    1 + sg_rand_below(r, 254));
		else
			sg_vocab_add(r, SG_VL_HOST, out);
		break;
	case PV_PORT: sg_buf_adds(out, ONE(r, ports)); break;
	case PV_BOOL: sg_buf_adds(out, sg_rand_chance(r, 0.7) ? "true" : "false"); break;
	case PV_WORD: add_choice(r, choices, out); break;
	default:
		if (key && !strcmp(key, "username"))
			sg_buf_adds(out, ONE(r, users));
		else if (key && (!strcmp(key, "drive-path") || !strcmp(key, "recording-path")))
			sg_buf_addf(out, "/var/lib/guacamole/%s/%u",
				    !strcmp(key, "drive-path") ? "drive" : "recordings",
				    1 + sg_rand_below(r, 500));
		else
			for (int i = 0; i < 16; i++)
				sg_buf_addch(out, "abcdefghijkmnpqrstuvwxyz23456789"[sg_rand_below(r, 32)]);
		break;
	}
}

bool sg_vocab_param_fits(const char *key, const char *value)
{
	const char *choices;
	size_t n;

	if (!value)
		return false;
	switch (param_kind(key, &choices)) {
	case PV_HOST:
		for (const char *p = value; *p; p++)
			if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-')
				return false;
		return *value != 0;
	case PV_PORT: {
		char *end;
		long v = strtol(value, &end, 10);

		return *value && !*end && v >= 1 && v <= 65535;
	}
	case PV_BOOL: return !strcmp(value, "true") || !strcmp(value, "false");
	case PV_WORD:
		n = strlen(value);
		for (const char *p = choices; p;) {
			const char *bar = strchr(p, '|');
			size_t k = bar ? (size_t)(bar - p) : strlen(p);

			if (k == n && !strncmp(p, value, n))
				return true;
			p = bar ? bar + 1 : NULL;
		}
		return false;
	default: return true;
	}
}

bool sg_vocab_is_cannabis(const char *s)
{
	static words bad = { "kush", "strain", "strains", "dispensary", "dispensaries", "coa",
			     "thc", "cbd", "cannabis", "budtender", "indica", "sativa", "pre-roll",
			     "preroll", "terpene", "terpenes", "edibles", "cultivation", "harvest",
			     "flower", "vape", "concentrate", "tincture", "metrc", "grow", "growers",
			     "og", "haze", "diesel", "gelato", "runtz" };

	for (const char *p = s; p && *p;) {
		size_t n = 0;

		while (*p && !isalnum((unsigned char)*p) && *p != '-')
			p++;
		while (p[n] && (isalnum((unsigned char)p[n]) || p[n] == '-'))
			n++;
		for (size_t i = 0; n && i < N(bad); i++)
			if (strlen(bad[i]) == n && !strncasecmp(bad[i], p, n))
				return true;
		p += n;
	}
	return false;
}
