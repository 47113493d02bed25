/*
 * Values of the generic generator for the types the schema model leaves
 * in SG_T_OTHER but whose text form is simple and well known: network
 * addresses (inet, cidr, macaddr, macaddr8), money, interval, xml,
 * full-text vectors and queries, hstore, ltree, PostgreSQL's geometric
 * types (point, box, circle, lseg, path, polygon, line) and spatial
 * geometries (GEOMETRY, POINT, POLYGON ... of MySQL/MariaDB, PostGIS).
 * Without these a NOT NULL column of such a type stopped the whole plan
 * ("seedgen cannot produce inet"), and a nullable one was always NULL.
 *
 * Spatial values are written as the dialect loads them: the server's
 * internal SRID + WKB bytes where caps->geometry_wkb says so (MySQL's
 * LOAD DATA and INSERT take no WKT text), else WKT ('POINT(lon lat)').
 * Coordinates are longitudes and latitudes, as store locators and
 * address tables mean them.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "generic_int.h"

enum other_kind {
	O_NONE = 0, O_INET, O_CIDR, O_MAC, O_MAC8, O_MONEY, O_INTERVAL, O_XML, O_TSVECTOR,
	O_TSQUERY, O_HSTORE, O_LTREE, O_PG_POINT, O_PG_BOX, O_PG_CIRCLE, O_PG_LSEG, O_PG_PATH,
	O_PG_POLYGON, O_PG_LINE, O_G_POINT, O_G_LINE, O_G_POLYGON, O_G_MPOINT, O_G_MLINE,
	O_G_MPOLYGON, O_G_COLLECTION, O_G_ANY
};

struct kind_name {
	const char *name;
	int kind;     /* enum other_kind */
	int geo_kind; /* the kind where the dialect stores spatial values as WKB */
};

/* Type base names (lower case, no arguments, no schema). Names that both
 * PostgreSQL's geometric types and spatial geometries use (point,
 * polygon) mean the former where geometries are not WKB. */
static const struct kind_name kinds[] = {
	{ "inet", O_INET, O_INET },           { "cidr", O_CIDR, O_CIDR },
	{ "macaddr", O_MAC, O_MAC },          { "macaddr8", O_MAC8, O_MAC8 },
	{ "money", O_MONEY, O_MONEY },        { "interval", O_INTERVAL, O_INTERVAL },
	{ "xml", O_XML, O_XML },              { "tsvector", O_TSVECTOR, O_TSVECTOR },
	{ "tsquery", O_TSQUERY, O_TSQUERY },  { "hstore", O_HSTORE, O_HSTORE },
	{ "ltree", O_LTREE, O_LTREE },        { "box", O_PG_BOX, O_PG_BOX },
	{ "circle", O_PG_CIRCLE, O_PG_CIRCLE }, { "lseg", O_PG_LSEG, O_PG_LSEG },
	{ "path", O_PG_PATH, O_PG_PATH },     { "line", O_PG_LINE, O_PG_LINE },
	{ "point", O_PG_POINT, O_G_POINT },   { "polygon", O_PG_POLYGON, O_G_POLYGON },
	{ "geometry", O_G_ANY, O_G_ANY },     { "geography", O_G_ANY, O_G_ANY },
	{ "linestring", O_G_LINE, O_G_LINE }, { "multipoint", O_G_MPOINT, O_G_MPOINT },
	{ "multilinestring", O_G_MLINE, O_G_MLINE },
	{ "multipolygon", O_G_MPOLYGON, O_G_MPOLYGON },
	{ "geometrycollection", O_G_COLLECTION, O_G_COLLECTION },
	{ "geomcollection", O_G_COLLECTION, O_G_COLLECTION },
};

/* PostGIS spells the subtype inside: geometry(Point,4326). */
static int postgis_subtype(const char *args)
{
	static const struct { const char *name; int kind; } sub[] = {
		{ "point", O_G_POINT }, { "linestring", O_G_LINE }, { "polygon", O_G_POLYGON },
		{ "multipoint", O_G_MPOINT }, { "multilinestring", O_G_MLINE },
		{ "multipolygon", O_G_MPOLYGON }, { "geometrycollection", O_G_COLLECTION },
	};
	size_t n = strcspn(args, ",)");

	for (size_t i = 0; i < sizeof(sub) / sizeof(sub[0]); i++)
		if (strlen(sub[i].name) == n && !strncasecmp(args, sub[i].name, n))
			return sub[i].kind;
	return O_G_POINT;
}

int gn_other_kind(const struct sg_column *c, const struct sg_caps *caps)
{
	const char *t = c->raw_type, *dot;
	size_t n;

	if (!t)
		return O_NONE;
	dot = strchr(t, '.'); /* public.hstore */
	if (dot && dot < t + strcspn(t, "( "))
		t = dot + 1;
	if (*t == '"')
		t++;
	n = strcspn(t, "(\" ");
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (strlen(kinds[i].name) != n || strncasecmp(t, kinds[i].name, n))
			continue;
		if (kinds[i].kind == O_G_ANY && t[n] == '(')
			return postgis_subtype(t + n + 1);
		return caps->geometry_wkb ? kinds[i].geo_kind : kinds[i].kind;
	}
	return O_NONE;
}

static const char *const words[] = {
	"river", "garden", "market", "harbor", "forest", "summer", "winter", "silver", "copper",
	"meadow", "canyon", "island", "valley", "bridge", "castle", "signal", "rocket", "anchor",
	"lantern", "orchard", "prairie", "glacier", "compass", "harvest", "thunder", "velvet",
	"marble", "saddle", "timber", "beacon", NULL
};

static const char *const intervals[] = {
	"1 day", "7 days", "14 days", "30 days", "1 mon", "1 mon", "3 mons", "6 mons", "1 year",
	"01:00:00", "00:30:00", "02:00:00", "1 day 12:00:00", "90 days", NULL
};

/* A longitude/latitude pair, 6 decimals, inhabited-looking latitudes. */
static void lon_lat(struct sg_rand *r, double *lon, double *lat)
{
	*lon = (double)sg_rand_range(r, -180000000, 180000000) / 1e6;
	*lat = (double)sg_rand_range(r, -60000000, 70000000) / 1e6;
}

static void add_ipv4(struct sg_buf *b, struct sg_rand *r)
{
	static const unsigned char first[] = { 10, 23, 45, 52, 64, 81, 92, 104, 142, 172, 185,
					       192, 198, 203, 212 };
	unsigned a = first[sg_rand_below(r, sizeof(first))];

	sg_buf_addf(b, "%u.%u.%u.%u", a, sg_rand_below(r, 256), sg_rand_below(r, 256),
		    1 + sg_rand_below(r, 254));
}

static void add_mac(struct sg_buf *b, struct sg_rand *r, int bytes)
{
	for (int i = 0; i < bytes; i++) {
		unsigned x = sg_rand_below(r, 256);

		if (i == 0)
			x &= 0xFC; /* unicast, globally administered */
		sg_buf_addf(b, "%s%02x", i ? ":" : "", x);
	}
}

static void add_words(struct sg_buf *b, struct sg_rand *r, int n, const char *sep)
{
	for (int i = 0; i < n; i++) {
		if (i)
			sg_buf_adds(b, sep);
		sg_buf_adds(b, gn_pick(r, words));
	}
}

/* --- WKB (little-endian), after a 4-byte SRID 0 ------------------------------ */

static void wkb_u32(struct sg_buf *b, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		sg_buf_addch(b, (char)(v >> (8 * i) & 0xFF));
}

static void wkb_double(struct sg_buf *b, double d)
{
	uint64_t u;

	memcpy(&u, &d, sizeof(u));
	for (int i = 0; i < 8; i++)
		sg_buf_addch(b, (char)(u >> (8 * i) & 0xFF));
}

static void wkb_head(struct sg_buf *b, uint32_t type)
{
	sg_buf_addch(b, 1); /* little-endian */
	wkb_u32(b, type);
}

/* n points around (lon, lat), closed (the last repeats the first) when
 * ring; as WKB (count, coordinate pairs) or as WKT "(x y, x y)". */
static void shape_points(struct sg_buf *b, bool wkb, double lon, double lat, int n, bool ring)
{
	static const double dx[] = { 0, 0.01, 0.01, 0, 0.005 }, dy[] = { 0, 0, 0.01, 0.01, 0.015 };

	if (wkb)
		wkb_u32(b, (uint32_t)(n + ring));
	else
		sg_buf_addch(b, '(');
	for (int i = 0; i < n + ring; i++) {
		int k = i % n;

		if (wkb) {
			wkb_double(b, lon + dx[k]);
			wkb_double(b, lat + dy[k]);
		} else {
			sg_buf_addf(b, "%s%.6f %.6f", i ? ", " : "", lon + dx[k], lat + dy[k]);
		}
	}
	if (!wkb)
		sg_buf_addch(b, ')');
}

/* A point, line or polygon: WKB with its header, or the WKT body after
 * the type word ("(x y)", "(x y, ...)", "((x y, ...))"). */
static void simple_shape(int kind, bool wkb, struct sg_buf *b, double lon, double lat)
{
	switch (kind) {
	case O_G_LINE:
		if (wkb)
			wkb_head(b, 2);
		shape_points(b, wkb, lon, lat, 3, false);
		break;
	case O_G_POLYGON:
		if (wkb) {
			wkb_head(b, 3);
			wkb_u32(b, 1);
		} else {
			sg_buf_addch(b, '(');
		}
		shape_points(b, wkb, lon, lat, 4, true);
		if (!wkb)
			sg_buf_addch(b, ')');
		break;
	default:
		if (wkb) {
			wkb_head(b, 1);
			wkb_double(b, lon);
			wkb_double(b, lat);
		} else {
			sg_buf_addf(b, "(%.6f %.6f)", lon, lat);
		}
		break;
	}
}

static void gen_geometry(int kind, bool wkb, struct sg_rand *r, struct sg_buf *b)
{
	static const char *const wkt[] = { "POINT", "LINESTRING", "POLYGON", "MULTIPOINT",
					   "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION" };
	int k = kind == O_G_ANY ? O_G_POINT : kind, member;
	double lon, lat;

	lon_lat(r, &lon, &lat);
	if (lon > 179.9)
		lon = 179.9; /* room for the shapes' corners */
	if (lat > 69.9)
		lat = 69.9;
	if (wkb)
		wkb_u32(b, 0); /* SRID */
	else
		sg_buf_adds(b, wkt[k - O_G_POINT]);
	if (k <= O_G_POLYGON) {
		simple_shape(k, wkb, b, lon, lat);
		return;
	}
	/* a collection of one member, the simplest valid one */
	member = k == O_G_MLINE ? O_G_LINE : k == O_G_MPOLYGON ? O_G_POLYGON : O_G_POINT;
	if (wkb) {
		wkb_head(b, (uint32_t)(4 + k - O_G_MPOINT));
		wkb_u32(b, 1);
	} else {
		sg_buf_addch(b, '(');
		if (k == O_G_COLLECTION)
			sg_buf_adds(b, "POINT");
	}
	simple_shape(member, wkb, b, lon, lat);
	if (!wkb)
		sg_buf_addch(b, ')');
}

/* PostgreSQL's own geometric types, in their text forms. */
static void gen_pg_geometric(int kind, struct sg_rand *r, struct sg_buf *b)
{
	double x, y, d = (double)(1 + sg_rand_below(r, 100)) / 1000.0;

	lon_lat(r, &x, &y);
	switch (kind) {
	case O_PG_BOX:
		sg_buf_addf(b, "((%.6f,%.6f),(%.6f,%.6f))", x + d, y + d, x, y);
		break;
	case O_PG_CIRCLE:
		sg_buf_addf(b, "<(%.6f,%.6f),%.3f>", x, y, d * 10);
		break;
	case O_PG_LSEG:
		sg_buf_addf(b, "[(%.6f,%.6f),(%.6f,%.6f)]", x, y, x + d, y + d);
		break;
	case O_PG_PATH:
		sg_buf_addf(b, "[(%.6f,%.6f),(%.6f,%.6f),(%.6f,%.6f)]", x, y, x + d, y, x + d, y + d);
		break;
	case O_PG_POLYGON:
		sg_buf_addf(b, "((%.6f,%.6f),(%.6f,%.6f),(%.6f,%.6f),(%.6f,%.6f))", x, y, x + d, y,
			    x + d, y + d, x, y + d);
		break;
	case O_PG_LINE: /* {A,B,C}: Ax + By + C = 0, A and B not both zero */
		sg_buf_addf(b, "{%d,%d,%d}", 1 + (int)sg_rand_below(r, 9), -1 - (int)sg_rand_below(r, 9),
			    (int)sg_rand_below(r, 200) - 100);
		break;
	default:
		sg_buf_addf(b, "(%.6f,%.6f)", x, y);
		break;
	}
}

static void gen_ltree(struct sg_rand *r, int attempt, struct sg_buf *b)
{
	int n = 1 + (int)sg_rand_below(r, 3);

	add_words(b, r, n, ".");
	if (attempt > 0)
		sg_buf_addf(b, ".n%u", sg_rand_below(r, 1000000));
}

void gn_gen_other(const struct sg_colgen *cg, const struct sg_gen_env *env, struct sg_rand *r,
		  int attempt, struct sg_buf *b)
{
	int kind = cg->p.sub;

	switch (kind) {
	case O_INET:
		if (sg_rand_chance(r, 0.1))
			sg_buf_addf(b, "2001:db8:%x:%x::%x", sg_rand_below(r, 65536),
				    sg_rand_below(r, 65536), 1 + sg_rand_below(r, 65535));
		else
			add_ipv4(b, r);
		break;
	case O_CIDR:
		if (sg_rand_chance(r, 0.5))
			sg_buf_addf(b, "10.%u.%u.0/24", sg_rand_below(r, 256), sg_rand_below(r, 256));
		else
			sg_buf_addf(b, "172.%u.0.0/16", 16 + sg_rand_below(r, 16));
		break;
	case O_MAC:
	case O_MAC8:
		add_mac(b, r, kind == O_MAC ? 6 : 8);
		break;
	case O_MONEY:
		gn_add_units(b, (int64_t)(sg_fake_money(r, 1, 500) * 100 + 0.5), 2);
		break;
	case O_INTERVAL:
		sg_buf_adds(b, gn_pick(r, intervals));
		break;
	case O_XML:
		sg_buf_adds(b, "<item><name>");
		add_words(b, r, 1, "");
		sg_buf_adds(b, "</name><note>");
		add_words(b, r, 3, " ");
		sg_buf_adds(b, "</note></item>");
		break;
	case O_TSVECTOR:
		add_words(b, r, 3 + (int)sg_rand_below(r, 6), " ");
		break;
	case O_TSQUERY:
		add_words(b, r, 1 + (int)sg_rand_below(r, 2), " & ");
		break;
	case O_HSTORE:
		sg_buf_addf(b, "\"color\"=>\"%s\", \"size\"=>\"%s\"", gn_pick(r, words),
			    sg_rand_chance(r, 0.5) ? "M" : "L");
		break;
	case O_LTREE:
		gen_ltree(r, attempt, b);
		break;
	case O_PG_POINT:
	case O_PG_BOX:
	case O_PG_CIRCLE:
	case O_PG_LSEG:
	case O_PG_PATH:
	case O_PG_POLYGON:
	case O_PG_LINE:
		gen_pg_geometric(kind, r, b);
		break;
	default:
		gen_geometry(kind, env->caps->geometry_wkb, r, b);
		break;
	}
}
