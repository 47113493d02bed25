/*
 * JSON files for config, contracts and checks (see json.h): reading a
 * file, parsing with an exact line:column for a syntax error (cJSON alone
 * points a character or so past the culprit), and documents that remember
 * where every node starts: after cJSON has accepted the text, a small
 * walker goes through the same text in step with the cJSON tree (both in
 * document order) and records each node's offset.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/buf.h"
#include "seedgen/json.h"

/* --- files and syntax ------------------------------------------------------ */

int sg_read_file(const char *path, const char *what, char **out, size_t *len,
		 struct sg_error *err)
{
	FILE *f = fopen(path, "rb");
	struct sg_buf b = SG_BUF_INIT;
	char chunk[65536];
	size_t n;

	*out = NULL;
	*len = 0;
	if (!f)
		return sg_error_set(err, SG_EXIT_USAGE, "cannot read %s '%s': %s", what, path,
				    strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		sg_buf_add(&b, chunk, n);
	if (ferror(f)) {
		int e = errno;

		fclose(f);
		sg_buf_release(&b);
		return sg_error_set(err, SG_EXIT_USAGE, "cannot read %s '%s': %s", what, path,
				    strerror(e));
	}
	fclose(f);
	sg_buf_grow(&b, 1); /* an empty file still gets a NUL-terminated string */
	b.data[b.len] = '\0';
	*len = b.len;
	*out = sg_buf_detach(&b);
	return 0;
}

void sg_text_position(const char *text, size_t off, int *line, int *col)
{
	int l = 1, c = 1;

	for (size_t i = 0; i < off && text[i]; i++) {
		unsigned char ch = (unsigned char)text[i];

		if (ch == '\n') {
			l++;
			c = 1;
		} else if ((ch & 0xC0) != 0x80) { /* count characters, not UTF-8 bytes */
			c++;
		}
	}
	*line = l;
	*col = c;
}

/* A JSON syntax scanner that only finds where a document goes wrong: cJSON
 * reports its error pointer a character or so past the culprit, and the
 * point of line:column is to name the culprit. */
struct scan {
	const char *s;
	size_t len, i;
	int depth;
};

static void scan_ws(struct scan *sc)
{
	while (sc->i < sc->len && strchr(" \t\r\n", sc->s[sc->i]) && sc->s[sc->i])
		sc->i++;
}

static bool scan_value(struct scan *sc);

static bool scan_string(struct scan *sc)
{
	for (sc->i++; sc->i < sc->len; sc->i++) {
		unsigned char ch = (unsigned char)sc->s[sc->i];

		if (ch == '"') {
			sc->i++;
			return true;
		}
		if (ch < 0x20)
			return false;
		if (ch == '\\') {
			if (++sc->i >= sc->len || !strchr("\"\\/bfnrtu", sc->s[sc->i]) || !sc->s[sc->i])
				return false;
			if (sc->s[sc->i] == 'u') {
				for (int k = 0; k < 4; k++) {
					if (++sc->i >= sc->len || !strchr("0123456789abcdefABCDEF",
									  sc->s[sc->i]) || !sc->s[sc->i])
						return false;
				}
			}
		}
	}
	return false;
}

static bool scan_digits(struct scan *sc)
{
	size_t start = sc->i;

	while (sc->i < sc->len && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9')
		sc->i++;
	return sc->i > start;
}

static bool scan_number(struct scan *sc)
{
	if (sc->s[sc->i] == '-')
		sc->i++;
	if (sc->i < sc->len && sc->s[sc->i] == '0')
		sc->i++;
	else if (!scan_digits(sc))
		return false;
	if (sc->i < sc->len && sc->s[sc->i] == '.') {
		sc->i++;
		if (!scan_digits(sc))
			return false;
	}
	if (sc->i < sc->len && (sc->s[sc->i] == 'e' || sc->s[sc->i] == 'E')) {
		sc->i++;
		if (sc->i < sc->len && (sc->s[sc->i] == '+' || sc->s[sc->i] == '-'))
			sc->i++;
		if (!scan_digits(sc))
			return false;
	}
	return true;
}

static bool scan_word(struct scan *sc, const char *w)
{
	for (; *w; w++, sc->i++)
		if (sc->i >= sc->len || sc->s[sc->i] != *w)
			return false;
	return true;
}

/* Members of an object (close '}') or elements of an array (close ']'). */
static bool scan_container(struct scan *sc, char close)
{
	if (++sc->depth > 1000)
		return false;
	sc->i++;
	scan_ws(sc);
	if (sc->i < sc->len && sc->s[sc->i] == close) {
		sc->i++;
		sc->depth--;
		return true;
	}
	for (;;) {
		scan_ws(sc);
		if (close == '}') {
			if (sc->i >= sc->len || sc->s[sc->i] != '"' || !scan_string(sc))
				return false;
			scan_ws(sc);
			if (sc->i >= sc->len || sc->s[sc->i] != ':')
				return false;
			sc->i++;
		}
		if (!scan_value(sc))
			return false;
		scan_ws(sc);
		if (sc->i < sc->len && sc->s[sc->i] == ',') {
			sc->i++;
			continue;
		}
		if (sc->i < sc->len && sc->s[sc->i] == close) {
			sc->i++;
			sc->depth--;
			return true;
		}
		return false;
	}
}

static bool scan_value(struct scan *sc)
{
	scan_ws(sc);
	if (sc->i >= sc->len)
		return false;
	switch (sc->s[sc->i]) {
	case '{': return scan_container(sc, '}');
	case '[': return scan_container(sc, ']');
	case '"': return scan_string(sc);
	case 't': return scan_word(sc, "true");
	case 'f': return scan_word(sc, "false");
	case 'n': return scan_word(sc, "null");
	default:
		if (sc->s[sc->i] == '-' || (sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9'))
			return scan_number(sc);
		return false;
	}
}

/* Offset of the first syntax error of text, or len + 1 when there is none. */
static size_t json_error_offset(const char *text, size_t len, bool *trailing)
{
	struct scan sc = { text, len, 0, 0 };

	*trailing = false;
	if (!scan_value(&sc))
		return sc.i < len ? sc.i : len;
	scan_ws(&sc);
	if (sc.i < len) {
		*trailing = true;
		return sc.i;
	}
	return len + 1;
}

int sg_json_parse(const char *text, size_t len, const char *name, cJSON **out,
		  struct sg_error *err)
{
	const char *end = NULL;
	cJSON *root;
	size_t off;
	bool trailing;
	int line, col;

	*out = NULL;
	off = json_error_offset(text, len, &trailing);
	if (off > len) {
		root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
		if (root) {
			*out = root;
			return 0;
		}
		/* valid syntax that cJSON still refused (nesting, memory) */
		off = (end && end >= text && end <= text + len) ? (size_t)(end - text) : len;
	}
	sg_text_position(text, off, &line, &col);
	if (off >= len) {
		sg_error_set(err, SG_EXIT_USAGE, "%s:%d:%d: malformed JSON: unexpected end of file",
			     name, line, col);
	} else {
		unsigned char ch = (unsigned char)text[off];
		size_t clen = 1;
		char what[32];

		while (ch >= 0xC0 && off + clen < len && ((unsigned char)text[off + clen] & 0xC0) == 0x80)
			clen++;
		if (ch < 0x20)
			snprintf(what, sizeof(what), "control character U+%04X", ch);
		else
			snprintf(what, sizeof(what), "'%.*s'", (int)clen, text + off);
		sg_error_set(err, SG_EXIT_USAGE, "%s:%d:%d: malformed JSON: unexpected %s%s", name,
			     line, col, what, trailing ? " after the value" : "");
	}
	return -1;
}


static void ws(const char *t, size_t *p)
{
	while (t[*p] == ' ' || t[*p] == '\t' || t[*p] == '\n' || t[*p] == '\r')
		(*p)++;
}

static void skip_string(const char *t, size_t *p)
{
	(*p)++; /* opening quote */
	while (t[*p] && t[*p] != '"') {
		if (t[*p] == '\\' && t[*p + 1])
			(*p)++;
		(*p)++;
	}
	if (t[*p])
		(*p)++;
}

static void record(struct sg_json_doc *d, const cJSON *node, size_t off)
{
	SG_GROW(d->pos, d->npos + 1, d->cap);
	d->pos[d->npos].node = node;
	d->pos[d->npos].off = off;
	d->npos++;
}

/* Walks the value at *p, which cJSON parsed as node. */
static void walk(struct sg_json_doc *d, const cJSON *node, size_t *p)
{
	const char *t = d->text;

	ws(t, p);
	if (cJSON_IsObject(node) || cJSON_IsArray(node)) {
		bool obj = cJSON_IsObject(node);

		(*p)++; /* { or [ */
		for (const cJSON *child = node->child; child; child = child->next) {
			ws(t, p);
			if (obj) {
				record(d, child, *p);
				skip_string(t, p);
				ws(t, p);
				(*p)++; /* : */
				ws(t, p);
			} else {
				record(d, child, *p);
			}
			walk(d, child, p);
			ws(t, p);
			if (t[*p] == ',')
				(*p)++;
		}
		ws(t, p);
		(*p)++; /* } or ] */
	} else if (cJSON_IsString(node)) {
		skip_string(t, p);
	} else {
		while (t[*p] && !strchr(",]} \t\r\n", t[*p]))
			(*p)++;
	}
}

int sg_json_doc_parse(const char *text, size_t len, const char *name,
		      struct sg_json_doc *doc, struct sg_error *err)
{
	size_t p = 0;

	memset(doc, 0, sizeof(*doc));
	if (sg_json_parse(text, len, name, &doc->root, err) < 0)
		return -1;
	doc->name = sg_strdup(name);
	doc->text = sg_strndup(text, len);
	doc->len = len;
	record(doc, doc->root, 0);
	ws(doc->text, &p);
	doc->pos[0].off = p;
	walk(doc, doc->root, &p);
	return 0;
}

int sg_json_doc_load(const char *path, const char *what, struct sg_json_doc *doc,
		     struct sg_error *err)
{
	char *text;
	size_t len;
	int rc;

	memset(doc, 0, sizeof(*doc));
	if (sg_read_file(path, what, &text, &len, err) < 0)
		return -1;
	rc = sg_json_doc_parse(text, len, path, doc, err);
	free(text);
	return rc;
}

void sg_json_release(struct sg_json_doc *doc)
{
	if (doc->root)
		cJSON_Delete(doc->root);
	free(doc->name);
	free(doc->text);
	free(doc->pos);
	memset(doc, 0, sizeof(*doc));
}

void sg_json_where(const struct sg_json_doc *doc, const cJSON *node, char *buf, size_t cap)
{
	for (size_t i = 0; i < doc->npos; i++) {
		if (doc->pos[i].node == node) {
			int line, col;

			sg_text_position(doc->text, doc->pos[i].off, &line, &col);
			snprintf(buf, cap, "%s:%d:%d", doc->name, line, col);
			return;
		}
	}
	snprintf(buf, cap, "%s", doc->name ? doc->name : "?");
}

int sg_json_vfail(const struct sg_json_doc *doc, const cJSON *node, const char *path,
		  struct sg_error *err, const char *fmt, va_list ap)
{
	char where[512], what[800];

	sg_json_where(doc, node, where, sizeof(where));
	vsnprintf(what, sizeof(what), fmt, ap);
	return sg_error_set(err, SG_EXIT_USAGE, "%s: %s: %s", where, path, what);
}

int sg_json_fail(const struct sg_json_doc *doc, const cJSON *node, const char *path,
		 struct sg_error *err, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = sg_json_vfail(doc, node, path, err, fmt, ap);
	va_end(ap);
	return rc;
}

const char *sg_json_kind(const cJSON *n)
{
	if (cJSON_IsString(n))
		return "a string";
	if (cJSON_IsNumber(n))
		return "a number";
	if (cJSON_IsBool(n))
		return "a boolean";
	if (cJSON_IsNull(n))
		return "null";
	if (cJSON_IsArray(n))
		return "an array";
	return "an object";
}

int sg_json_known_keys(const struct sg_json_doc *doc, const cJSON *obj, const char *path,
		       const char *const *keys, struct sg_error *err)
{
	for (const cJSON *m = obj->child; m; m = m->next) {
		struct sg_buf list = SG_BUF_INIT;
		bool ok = false;

		for (const char *const *k = keys; *k && !ok; k++)
			ok = !strcmp(m->string, *k);
		if (ok)
			continue;
		for (const char *const *k = keys; *k; k++)
			sg_buf_addf(&list, "%s%s", k == keys ? "" : ", ", *k);
		sg_json_fail(doc, m, path, err, "unknown key '%s'", m->string);
		sg_error_hint(err, "keys allowed here: %s", sg_buf_str(&list));
		sg_buf_release(&list);
		return -1;
	}
	return 0;
}
