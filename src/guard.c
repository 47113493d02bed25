/*
 * The production guard (see guard.h): decides whether a target is
 * production and refuses the writes that the users' rules forbid there.
 */
/* FNM_CASEFOLD (GNU): host names compare without case. */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/guard.h"

static const char *match_any(char *const *patterns, size_t n, const char *s)
{
	for (size_t i = 0; s && i < n; i++)
		if (!fnmatch(patterns[i], s, FNM_CASEFOLD))
			return patterns[i];
	return NULL;
}

void sg_guard_classify(struct sg_guard *g, const struct sg_config *cfg, const struct sg_url *url,
		       const char *env_flag)
{
	const char *env = getenv("SEEDGEN_ENV");

	memset(g, 0, sizeof(*g));
	if (env_flag && !strcasecmp(env_flag, "production")) {
		g->production = true;
		snprintf(g->rule, sizeof(g->rule), "--env production");
		return;
	}
	if (env && !strcasecmp(env, "production")) {
		g->production = true;
		snprintf(g->rule, sizeof(g->rule), "SEEDGEN_ENV=production");
		return;
	}
	for (size_t i = 0; cfg && i < cfg->nenvs; i++) {
		const struct sg_cfg_env *e = &cfg->envs[i];
		const char *h = NULL, *d = NULL;

		if (strcasecmp(e->name, "production"))
			continue;
		if (e->nhosts && !(h = match_any(e->hosts, e->nhosts, url->host)))
			continue;
		if (e->ndatabases && !(d = match_any(e->databases, e->ndatabases, url->database)))
			continue;
		if (!h && !d)
			continue;
		g->production = true;
		snprintf(g->rule, sizeof(g->rule), "%s: environments.production%s%s%s%s%s%s%s%s",
			 cfg->path ? cfg->path : "config", h ? ".hosts pattern '" : "", h ? h : "",
			 h ? "' matches host '" : "", h ? url->host : "", h ? "'" : "",
			 d ? " and .databases pattern '" : "", d ? d : "", d ? "' matches" : "");
		return;
	}
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
