/*
 * Reference facts shared by the generators and `seedgen realism` (see
 * refdata.h): the US states with their USPS abbreviations, the ZIP prefix
 * ranges the USPS assigns them and one real city each, and the gender of
 * common first names (every first name the fake library draws, so that a
 * generated gender column can always follow the row's first name).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/refdata.h"

const struct sg_ref_state sg_ref_states[] = {
	{ "Alabama", "AL", { { 350, 369 } }, "Montgomery", 334, "36104" },
	{ "Alaska", "AK", { { 995, 999 } }, "Juneau", 907, "99801" },
	{ "Arizona", "AZ", { { 850, 865 } }, "Phoenix", 602, "85003" },
	{ "Arkansas", "AR", { { 716, 729 } }, "Little Rock", 501, "72201" },
	{ "California", "CA", { { 900, 961 } }, "Sacramento", 916, "95814" },
	{ "Colorado", "CO", { { 800, 816 } }, "Denver", 303, "80202" },
	{ "Connecticut", "CT", { { 60, 69 } }, "Hartford", 860, "06103" },
	{ "Delaware", "DE", { { 197, 199 } }, "Dover", 302, "19901" },
	{ "District of Columbia", "DC", { { 200, 200 }, { 202, 205 }, { 569, 569 } },
	  "Washington", 202, "20001" },
	{ "Florida", "FL", { { 320, 349 } }, "Tallahassee", 850, "32301" },
	{ "Georgia", "GA", { { 300, 319 }, { 398, 399 } }, "Atlanta", 404, "30303" },
	{ "Hawaii", "HI", { { 967, 968 } }, "Honolulu", 808, "96813" },
	{ "Idaho", "ID", { { 832, 838 } }, "Boise", 208, "83702" },
	{ "Illinois", "IL", { { 600, 629 } }, "Springfield", 217, "62701" },
	{ "Indiana", "IN", { { 460, 479 } }, "Indianapolis", 317, "46204" },
	{ "Iowa", "IA", { { 500, 528 } }, "Des Moines", 515, "50309" },
	{ "Kansas", "KS", { { 660, 679 } }, "Topeka", 785, "66603" },
	{ "Kentucky", "KY", { { 400, 427 } }, "Frankfort", 502, "40601" },
	{ "Louisiana", "LA", { { 700, 714 } }, "Baton Rouge", 225, "70802" },
	{ "Maine", "ME", { { 39, 49 } }, "Augusta", 207, "04330" },
	{ "Maryland", "MD", { { 206, 219 } }, "Annapolis", 410, "21401" },
	{ "Massachusetts", "MA", { { 10, 27 }, { 55, 55 } }, "Boston", 617, "02108" },
	{ "Michigan", "MI", { { 480, 499 } }, "Lansing", 517, "48933" },
	{ "Minnesota", "MN", { { 550, 567 } }, "Saint Paul", 651, "55102" },
	{ "Mississippi", "MS", { { 386, 397 } }, "Jackson", 601, "39201" },
	{ "Missouri", "MO", { { 630, 658 } }, "Jefferson City", 573, "65101" },
	{ "Montana", "MT", { { 590, 599 } }, "Helena", 406, "59601" },
	{ "Nebraska", "NE", { { 680, 693 } }, "Lincoln", 402, "68508" },
	{ "Nevada", "NV", { { 889, 898 } }, "Carson City", 775, "89701" },
	{ "New Hampshire", "NH", { { 30, 38 } }, "Concord", 603, "03301" },
	{ "New Jersey", "NJ", { { 70, 89 } }, "Trenton", 609, "08608" },
	{ "New Mexico", "NM", { { 870, 884 } }, "Santa Fe", 505, "87501" },
	{ "New York", "NY", { { 100, 149 }, { 5, 5 } }, "Albany", 518, "12207" },
	{ "North Carolina", "NC", { { 270, 289 } }, "Raleigh", 919, "27601" },
	{ "North Dakota", "ND", { { 580, 588 } }, "Bismarck", 701, "58501" },
	{ "Ohio", "OH", { { 430, 459 } }, "Columbus", 614, "43215" },
	{ "Oklahoma", "OK", { { 730, 749 } }, "Oklahoma City", 405, "73102" },
	{ "Oregon", "OR", { { 970, 979 } }, "Salem", 503, "97301" },
	{ "Pennsylvania", "PA", { { 150, 196 } }, "Harrisburg", 717, "17101" },
	{ "Rhode Island", "RI", { { 28, 29 } }, "Providence", 401, "02903" },
	{ "South Carolina", "SC", { { 290, 299 } }, "Columbia", 803, "29201" },
	{ "South Dakota", "SD", { { 570, 577 } }, "Pierre", 605, "57501" },
	{ "Tennessee", "TN", { { 370, 385 } }, "Nashville", 615, "37219" },
	{ "Texas", "TX", { { 750, 799 }, { 885, 885 } }, "Austin", 512, "78701" },
	{ "Utah", "UT", { { 840, 847 } }, "Salt Lake City", 801, "84111" },
	{ "Vermont", "VT", { { 50, 54 }, { 56, 59 } }, "Montpelier", 802, "05602" },
	{ "Virginia", "VA", { { 201, 201 }, { 220, 246 } }, "Richmond", 804, "23219" },
	{ "Washington", "WA", { { 980, 994 } }, "Olympia", 360, "98501" },
	{ "West Virginia", "WV", { { 247, 268 } }, "Charleston", 304, "25301" },
	{ "Wisconsin", "WI", { { 530, 549 } }, "Madison", 608, "53703" },
	{ "Wyoming", "WY", { { 820, 831 } }, "Cheyenne", 307, "82001" },
};
const size_t sg_ref_nstates = sizeof(sg_ref_states) / sizeof(sg_ref_states[0]);

const struct sg_ref_state *sg_ref_state_by_abbr(const char *s)
{
	for (size_t i = 0; s && i < sg_ref_nstates; i++)
		if (!strcasecmp(sg_ref_states[i].abbr, s))
			return &sg_ref_states[i];
	return NULL;
}

const struct sg_ref_state *sg_ref_state_by_name(const char *s)
{
	for (size_t i = 0; s && i < sg_ref_nstates; i++)
		if (!strcasecmp(sg_ref_states[i].name, s))
			return &sg_ref_states[i];
	return NULL;
}

bool sg_ref_zip_in_state(const char *zip, const struct sg_ref_state *st)
{
	unsigned z3;

	if (!zip || !st)
		return false;
	for (int i = 0; i < 5; i++)
		if (zip[i] < '0' || zip[i] > '9')
			return false;
	if (zip[5] && zip[5] != '-')
		return false;
	z3 = (unsigned)((zip[0] - '0') * 100 + (zip[1] - '0') * 10 + (zip[2] - '0'));
	for (int i = 0; i < 4 && st->zip3[i][1]; i++)
		if (z3 >= st->zip3[i][0] && z3 <= st->zip3[i][1])
			return true;
	return false;
}

/* Every first name of the fake library's list, by gender. */
static const char *const female[] = {
	"Mary", "Patricia", "Elizabeth", "Jennifer", "Linda", "Barbara", "Susan", "Jessica",
	"Karen", "Sarah", "Margaret", "Nancy", "Lisa", "Sandra", "Ashley", "Emily",
	"Kimberly", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie",
	"Rebecca", "Sharon", "Laura", "Cynthia", "Amy", "Kathleen", "Angela", "Emma",
	"Brenda", "Helen", "Pamela", "Nicole", "Anna", "Samantha", "Katherine", "Christine",
	"Debra", "Rachel", "Carolyn", "Janet", "Maria", "Olivia", "Virginia", "Heather",
	"Catherine", "Diane", "Julie", "Victoria", "Lauren", "Kelly", "Christina", "Hannah",
	"Andrea", "Megan", "Cheryl", "Jacqueline", "Madison", "Teresa", "Abigail", "Sophia",
	"Martha", "Sara", "Gloria", "Kathryn", "Isabella", "Charlotte", "Julia", "Grace",
	"Amber", "Denise", "Danielle", "Natalie", "Diana", "Brittany", "Kayla", "Alexis",
	"Tiffany", "Veronica", "Ana", "Sofia", "Rosa", "Guadalupe", "Adriana", "Gabriela",
	"Daniela", "Vivian", "Jasmine", "Mia", "Chloe", "Zoe", "Mei", "Linh", "Priya", "Anh",
	"Ji-woo",
	NULL
};
static const char *const male[] = {
	"James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph",
	"Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "George", "Mark",
	"Donald", "Steven", "Andrew", "Paul", "Joshua", "Kenneth", "Kevin", "Brian",
	"Timothy", "Ronald", "Jason", "Edward", "Jeffrey", "Ryan", "Jacob", "Nicholas",
	"Gary", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
	"Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Frank", "Raymond", "Jack",
	"Dennis", "Jerry", "Tyler", "Aaron", "José", "Jose", "Ramón", "Adam", "Nathan", "Henry", "Zachary",
	"Douglas", "Peter", "Kyle", "Noah", "Ethan", "Jeremy", "Christian", "Walter", "Keith",
	"Austin", "Sean", "Dylan", "Jordan", "Jesse", "Bryan", "Gabriel", "Carlos", "Logan",
	"Alan", "Juan", "Luis", "Elijah", "Vincent", "Caleb", "Russell", "Lucas", "Antonio",
	"Jesus", "Miguel", "Francisco", "Alejandro", "Manuel", "Ricardo", "Javier", "Aiden",
	"Wei", "Minh", "Raj", "Hiroshi", "Kenji", "Tuan", "Arjun",
	NULL
};

static bool in(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (!strcasecmp(*list, s))
			return true;
	return false;
}

char sg_ref_first_name_gender(const char *name)
{
	if (!name)
		return 0;
	if (in(female, name))
		return 'F';
	if (in(male, name))
		return 'M';
	return 0;
}

const char *sg_ref_first_name_of(char g, size_t n, size_t *count)
{
	const char *const *list = g == 'F' ? female : male;
	size_t k = 0;

	while (list[k])
		k++;
	if (count)
		*count = k;
	return n < k ? list[n] : NULL;
}

char sg_ref_gender_value(const char *s)
{
	static const char *const f[] = { "f", "female", "woman", "w", NULL };
	static const char *const m[] = { "m", "male", "man", NULL };

	if (!s)
		return 0;
	if (in(f, s))
		return 'F';
	if (in(m, s))
		return 'M';
	return 0;
}

char sg_ref_title_gender(const char *s)
{
	static const char *const f[] = { "mrs", "mrs.", "ms", "ms.", "miss", NULL };
	static const char *const m[] = { "mr", "mr.", NULL };

	if (!s)
		return 0;
	if (in(f, s))
		return 'F';
	if (in(m, s))
		return 'M';
	return 0;
}

/* California cities the fake library draws addresses from (its city table),
 * "|"-separated: a city of this list belongs to CA. */
static const char ca_cities[] =
	"Los Angeles|San Diego|San Jose|San Francisco|Fresno|Sacramento|Long Beach|"
	"Oakland|Bakersfield|Anaheim|Santa Ana|Riverside|Stockton|Irvine|Chula Vista|"
	"Fremont|San Bernardino|Modesto|Oxnard|Fontana|Moreno Valley|Glendale|"
	"Huntington Beach|Santa Clarita|Oceanside|Rancho Cucamonga|Ontario|"
	"Santa Rosa|Elk Grove|Corona|Lancaster|Palmdale|Salinas|Hayward|Pomona|"
	"Sunnyvale|Escondido|Torrance|Pasadena|Orange|Fullerton|Visalia|Concord|"
	"Santa Clara|Vallejo|Berkeley|Fairfield|Richmond|Antioch|Ventura|Daly City|"
	"Santa Barbara|San Luis Obispo|Santa Cruz|Monterey|Napa|Redding|Chico|Eureka|"
	"Arcata|Fortuna|Garberville|Redway|McKinleyville|Ukiah|Willits|Laytonville|"
	"Fort Bragg|Crescent City|Weaverville|Hayfork|Clearlake|Lakeport|Sebastopol|"
	"Petaluma|San Rafael|Novato|Palm Springs|Desert Hot Springs|Coachella|"
	"Cathedral City|Adelanto|Victorville|Merced|Turlock|Lodi|Davis|Woodland|"
	"Yuba City|Grass Valley|Nevada City|Auburn|Roseville|Placerville|"
	"South Lake Tahoe|Truckee|Lompoc|Santa Maria|Carpinteria|Goleta|Watsonville|"
	"King City|Hollister|West Hollywood|Santa Monica|Inglewood|Compton|"
	"Culver City|Burbank|Costa Mesa|Temecula|San Leandro|Emeryville|Alameda|"
	"South San Francisco|San Mateo|Redwood City|Palo Alto|Mountain View|Coalinga|"
	"Hanford|Tulare|Porterville|Madera|Oroville|Red Bluff|Yreka|Susanville|"
	"Mariposa|Sonora|El Centro|Barstow|Bishop|Mammoth Lakes|Pittsburg|"
	"Walnut Creek|Livermore|Pleasanton|Seaside|Cupertino|Vista|Carlsbad|La Mesa|"
	"El Cajon|Lemon Grove|National City|Encinitas";

static bool city_in_list(const char *list, const char *city)
{
	size_t n = strlen(city);

	for (const char *p = list; *p;) {
		const char *bar = strchr(p, '|');
		size_t k = bar ? (size_t)(bar - p) : strlen(p);

		if (k == n && !strncasecmp(p, city, n))
			return true;
		if (!bar)
			break;
		p = bar + 1;
	}
	return false;
}

bool sg_ref_city_known(const char *city)
{
	if (!city)
		return false;
	if (city_in_list(ca_cities, city))
		return true;
	for (size_t i = 0; i < sg_ref_nstates; i++)
		if (!strcasecmp(sg_ref_states[i].capital, city))
			return true;
	return false;
}

bool sg_ref_city_in_state(const char *city, const struct sg_ref_state *st)
{
	if (!city || !st)
		return false;
	if (!strcasecmp(st->capital, city))
		return true;
	return !strcmp(st->abbr, "CA") && city_in_list(ca_cities, city);
}
