/*
 * JSON files with positions. cJSON parses; this module also remembers where
 * in the text every node starts (for an object member: its key), so that
 * config and contract errors can say `seedgen.json:12:5: tables.comments:
 * unknown column 'foo'`. Malformed JSON is reported with line and column.
 */
#ifndef SEEDGEN_JSON_H
#define SEEDGEN_JSON_H

#include <stdarg.h>
#include <stddef.h>
#include <cjson/cJSON.h>
#include "seedgen/error.h"

struct sg_json_pos {
	const cJSON *node;
	size_t off;
};

struct sg_json_doc {
	cJSON *root;
	char *name;                 /* file name for messages */
	char *text;
	size_t len;
	struct sg_json_pos *pos;    /* in document order */
	size_t npos, cap;
};

/* Reads and parses a file, keeping node positions. Errors (SG_EXIT_USAGE):
 * unreadable file (with strerror), malformed JSON as
 * "FILE:LINE:COL: malformed JSON: ...". Release with sg_json_release(). */
int sg_json_doc_load(const char *path, const char *what, struct sg_json_doc *doc,
		     struct sg_error *err);
int sg_json_doc_parse(const char *text, size_t len, const char *name,
		  struct sg_json_doc *doc, struct sg_error *err);
void sg_json_release(struct sg_json_doc *doc);

/* "FILE:LINE:COL" of node (1-based), or just "FILE" when unknown. */
void sg_json_where(const struct sg_json_doc *doc, const cJSON *node, char *buf, size_t cap);

/* Fills err (SG_EXIT_USAGE) with "FILE:LINE:COL: PATH: message" for a
 * mistake found at node; returns -1. */
int sg_json_fail(const struct sg_json_doc *doc, const cJSON *node, const char *path,
		 struct sg_error *err, const char *fmt, ...) SG_PRINTF(5, 6);
int sg_json_vfail(const struct sg_json_doc *doc, const cJSON *node, const char *path,
		  struct sg_error *err, const char *fmt, va_list ap);

/* "a string", "a number", "a boolean", "null", "an array", "an object". */
const char *sg_json_kind(const cJSON *n);

/* Fails (as sg_json_fail, hint listing the allowed keys) on the first key
 * of obj that is not in keys (NULL-terminated); 0 when all are known. */
int sg_json_known_keys(const struct sg_json_doc *doc, const cJSON *obj, const char *path,
		       const char *const *keys, struct sg_error *err);

/* 1-based line and column (in characters) of byte offset off in text. */
void sg_text_position(const char *text, size_t off, int *line, int *col);

/* Parses JSON text (len bytes); on a syntax error fills err (SG_EXIT_USAGE)
 * with "NAME:LINE:COLUMN: malformed JSON near '...'". Free *out with
 * cJSON_Delete(). */
int sg_json_parse(const char *text, size_t len, const char *name, cJSON **out,
		  struct sg_error *err);

/* Reads a whole file into a new NUL-terminated string (*len bytes). Errors
 * (SG_EXIT_USAGE) quote what (e.g. "contract") and the path. */
int sg_read_file(const char *path, const char *what, char **out, size_t *len,
		 struct sg_error *err);

#endif
