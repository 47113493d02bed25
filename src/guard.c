/*
 * The production guard (see guard.h): decides whether a target is
 * production and refuses the writes that the users' rules forbid there.
 */
/* FNM_CASEFOLD (GNU): host names compare without case. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fnmatch.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/guard.h"

/* Every name a target goes by, for the patterns to match. */
struct names {
	char **v;
	size_t n, cap;
};

static void add_name(struct names *ns, const char *s, size_t len)
{
	char buf[INET6_ADDRSTRLEN + 1], *name;
	struct in_addr a4;
	struct in6_addr a6;

	if (!s || !len)
		return;
	name = sg_strndup(s, len);
	if (name[0] == '[' && name[len - 1] == ']') {
		memmove(name, name + 1, len - 2);
		name[len - 2] = '\0';
	}
	SG_GROW(ns->v, ns->n + 2, ns->cap);
	ns->v[ns->n++] = name;
	/* The canonical form of a numeric address: inet_aton reads 127.1 and
	 * 2130706433 as 127.0.0.1, and ::ffff:a.b.c.d is a.b.c.d. */
	if (!strchr(name, ':') && inet_aton(name, &a4) &&
	    inet_ntop(AF_INET, &a4, buf, sizeof(buf)) && strcmp(buf, name)) {
		ns->v[ns->n++] = sg_strdup(buf);
	} else if (inet_pton(AF_INET6, name, &a6) == 1) {
		if (IN6_IS_ADDR_V4MAPPED(&a6))
			inet_ntop(AF_INET, &a6.s6_addr[12], buf, sizeof(buf));
		else
			inet_ntop(AF_INET6, &a6, buf, sizeof(buf));
		if (strcmp(buf, name))
			ns->v[ns->n++] = sg_strdup(buf);
	}
}

/* A comma list of hosts (libpq's multi-host form), each maybe with a port. */
static void add_hosts(struct names *ns, const char *list)
{
	while (list && *list) {
		size_t n = strcspn(list, ",");
		const char *colon = memchr(list, ':', n);

		/* host:port, but not an IPv6 address */
		if (colon && !memchr(colon + 1, ':', n - (size_t)(colon + 1 - list)) && list[0] != '[')
			add_name(ns, list, (size_t)(colon - list));
		else if (list[0] == '[' && memchr(list, ']', n))
			add_name(ns, list, (size_t)((const char *)memchr(list, ']', n) + 1 - list));
		else
			add_name(ns, list, n);
		list += n + (list[n] == ',');
	}
}

static void names_release(struct names *ns)
{
	for (size_t i = 0; i < ns->n; i++)
		free(ns->v[i]);
	free(ns->v);
}

static const char *match_any(char *const *patterns, size_t n, const struct names *ns,
			     const char **name)
{
	for (size_t j = 0; j < ns->n; j++)
		for (size_t i = 0; i < n; i++)
			if (!fnmatch(patterns[i], ns->v[j], FNM_CASEFOLD)) {
				*name = ns->v[j];
				return patterns[i];
			}
	return NULL;
}

static void target_names(const struct sg_db *db, const struct sg_db_target *t,
			 struct names *hosts, struct names *dbs)
{
	const struct sg_url *u = &db->url;

	add_hosts(hosts, u->host);
	add_hosts(hosts, sg_url_param(u, "host"));
	add_hosts(hosts, sg_url_param(u, "hostaddr"));
	add_hosts(hosts, t->host);
	add_hosts(hosts, t->hostaddr);
	/* A unix socket reaches a server on this machine: the one that
	 * localhost and the loopback addresses name too. */
	if (t->addr && !strcmp(t->addr, "local"))
		add_hosts(hosts, "localhost,127.0.0.1,::1");
	else
		add_hosts(hosts, t->addr);
	add_hosts(hosts, t->server_addr);
	add_hosts(hosts, t->server_host);
	if (u->database)
		add_name(dbs, u->database, strlen(u->database));
	if (sg_url_param(u, "dbname"))
		add_name(dbs, sg_url_param(u, "dbname"), strlen(sg_url_param(u, "dbname")));
	if (t->database)
		add_name(dbs, t->database, strlen(t->database));
}

static void match_config(struct sg_guard *g, const struct sg_config *cfg,
			 const struct names *hosts, const struct names *dbs)
{
	for (size_t i = 0; cfg && i < cfg->nenvs; i++) {
		const struct sg_cfg_env *e = &cfg->envs[i];
		const char *h = NULL, *d = NULL, *hn = NULL, *dn = NULL;

		if (strcasecmp(e->name, "production"))
			continue;
		if (e->nhosts && !(h = match_any(e->hosts, e->nhosts, hosts, &hn)))
			continue;
		if (e->ndatabases && !(d = match_any(e->databases, e->ndatabases, dbs, &dn)))
			continue;
		if (!h && !d)
			continue;
		g->production = true;
		snprintf(g->rule, sizeof(g->rule), "%s: environments.production%s%s%s%s%s%s%s%s%s",
			 cfg->path ? cfg->path : "config", h ? ".hosts pattern '" : "", h ? h : "",
			 h ? "' matches host '" : "", h ? hn : "", h ? "'" : "",
			 d ? " and .databases pattern '" : "", d ? d : "", d ? "' matches " : "",
			 d ? dn : "");
		return;
	}
}

int sg_guard_classify(struct sg_guard *g, const struct sg_config *cfg, struct sg_db *db,
		      const char *env_flag, struct sg_error *err)
{
	const char *env = getenv("SEEDGEN_ENV");
	struct names hosts = { 0 }, dbs = { 0 };
	struct sg_db_target t;

	memset(g, 0, sizeof(*g));
	if (env_flag && !strcasecmp(env_flag, "production")) {
		g->production = true;
		snprintf(g->rule, sizeof(g->rule), "--env production");
		return 0;
	}
	if (env && !strcasecmp(env, "production")) {
		g->production = true;
		snprintf(g->rule, sizeof(g->rule), "SEEDGEN_ENV=production");
		return 0;
	}
	if (!cfg || !cfg->nenvs)
		return 0;
	if (sg_db_identify(db, &t, err) < 0)
		return -1;
	target_names(db, &t, &hosts, &dbs);
	match_config(g, cfg, &hosts, &dbs);
	names_release(&hosts);
	names_release(&dbs);
	sg_db_target_release(&t);
	return 0;
}

int sg_guard_write(const struct sg_guard *g, const char *what, bool allow, bool broad,
		   struct sg_error *err)
{
	if (!g->production)
		return 0;
	if (broad) {
		sg_error_set(err, SG_EXIT_USAGE, "refusing %s: the target is production (%s), where "
			     "broad writes are never allowed", what, g->rule);
		sg_error_hint(err, "on production seed named tables only (--table T "
			      "--allow-production); --all and reseed are refused there");
		return -1;
	}
	if (!allow) {
		sg_error_set(err, SG_EXIT_USAGE, "refusing %s: the target is production (%s)", what,
			     g->rule);
		sg_error_hint(err, "add --allow-production if this targeted write is intended; "
			      "--dry-run shows what it would do");
		return -1;
	}
	return 0;
}

const char *sg_guard_config_path(const char *flag)
{
	const char *env = getenv("SEEDGEN_CONFIG");

	return flag ? flag : (env && *env ? env : NULL);
}
