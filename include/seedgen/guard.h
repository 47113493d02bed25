/*
 * The production guard. A target is production when any of these says so
 * (the safe answer wins; nothing marks a target as "not production"):
 *   --env production, SEEDGEN_ENV=production, or a pattern of the config's
 *   "environments": {"production": {"hosts": [...], "databases": [...]}}
 *   matching the URL's host and database (fnmatch globs).
 * On production, reading commands work as usual; any write needs
 * --allow-production, and broad writes (--all, reseed) are refused even
 * then. Refusals name the rule that matched.
 */
#ifndef SEEDGEN_GUARD_H
#define SEEDGEN_GUARD_H

#include <stdbool.h>
#include "seedgen/config.h"
#include "seedgen/db.h"
#include "seedgen/error.h"
#include "seedgen/url.h"

struct sg_guard {
	bool production;
	char rule[400];   /* why, e.g. "SEEDGEN_ENV=production" */
};

/* Classifies the target db is connected to. env_flag is --env (may be
 * NULL). Errors: SG_EXIT_DB when the server cannot be asked what it is. */
int sg_guard_classify(struct sg_guard *g, const struct sg_config *cfg, struct sg_db *db,
		      const char *env_flag, struct sg_error *err);

/* 0 when `what` (e.g. "seeding 'comments'") may write; else -1 with
 * SG_EXIT_USAGE naming the rule. broad: refused on production even with
 * allow. */
int sg_guard_write(const struct sg_guard *g, const char *what, bool allow, bool broad,
		   struct sg_error *err);

/* The config path: the flag, else $SEEDGEN_CONFIG, else NULL. */
const char *sg_guard_config_path(const char *flag);

#endif
