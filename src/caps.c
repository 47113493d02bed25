/*
 * The table from dialect (as data: a URL scheme, a contract file's
 * "dialect" field) to the dialect's capabilities, and the one text helper
 * every type parser starts from. The capabilities themselves live with
 * their drivers (drv_mysql_type.c, drv_pgsql_type.c).
 */
#include <strings.h>
#include <string.h>

#include "seedgen/caps.h"

static const struct sg_caps *const by_dialect[] = {
	[SG_DIALECT_NONE] = NULL,
	[SG_DIALECT_MYSQL] = &sg_caps_mysql,
	[SG_DIALECT_PGSQL] = &sg_caps_pgsql,
};

static const struct {
	const char *name;
	const struct sg_caps *caps;
} by_name[] = {
	{ "mysql", &sg_caps_mysql }, { "mariadb", &sg_caps_mysql },
	{ "postgresql", &sg_caps_pgsql }, { "postgres", &sg_caps_pgsql },
};

const struct sg_caps *sg_caps_of(enum sg_dialect d)
{
	if ((size_t)d >= sizeof(by_dialect) / sizeof(by_dialect[0]))
		return NULL;
	return by_dialect[d];
}

const struct sg_caps *sg_caps_by_name(const char *name)
{
	for (size_t i = 0; name && i < sizeof(by_name) / sizeof(by_name[0]); i++)
		if (!strcasecmp(name, by_name[i].name))
			return by_name[i].caps;
	return NULL;
}

const struct sg_caps *sg_schema_caps(const struct sg_schema *s)
{
	return sg_caps_of(s->dialect);
}

char *sg_type_squeeze(const char *s)
{
	struct sg_buf b = SG_BUF_INIT;
	bool space = false;

	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
			space = b.len > 0;
			continue;
		}
		if (space && !strchr("(),", ch) && b.data[b.len - 1] != '(' &&
		    b.data[b.len - 1] != ',')
			sg_buf_addch(&b, ' ');
		space = false;
		sg_buf_addch(&b, (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
	}
	if (!b.len)
		sg_buf_adds(&b, "");
	return sg_buf_detach(&b);
}

bool sg_caps_word_in(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(w, *list))
			return true;
	return false;
}
