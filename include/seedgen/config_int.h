/*
 * Private to the config modules (config.c loads, config_check.c checks
 * against the schema): the parse context and its error reporter.
 */
#ifndef SEEDGEN_CONFIG_INT_H
#define SEEDGEN_CONFIG_INT_H

#include "seedgen/json.h"

/* Borrowed: the config's JSON document (for FILE:LINE:COL) and the caller's
 * error. */
struct sg_cfg_ctx {
	struct sg_json_doc *doc;
	struct sg_error *err;
};

/* Fills x->err with the message, placed at node, and the JSON path; returns -1. */
int sg_cfg_bad(struct sg_cfg_ctx *x, const cJSON *node, const char *path, const char *fmt, ...)
	SG_PRINTF(4, 5);

#endif
