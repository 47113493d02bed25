/*
 * reconcile: the file's values against the live schema. Every JSON value
 * of a row, a reference's "by", a "where" or a "require" becomes the text
 * the server will be sent (bool spelled for the dialect, numbers as
 * written in the file), after the checks of valuefit.h: type, range,
 * length, enum and set members, date/time/uuid forms, NOT NULL. Also the
 * messages that name FILE:LINE:COL and the JSON path.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"
#include "seedgen/guard.h"
#include "seedgen/json.h"
#include "seedgen/valuefit.h"
#include "seedgen/words.h"
#include "reconcile_int.h"

/* --- messages -------------------------------------------------------------- */

int sg_rc_bad(struct rc *x, const cJSON *node, const char *path, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = sg_json_vfail(x->doc, node, path, x->err, fmt, ap);
	va_end(ap);
	return rc;
}

int sg_rc_known_keys(struct rc *x, const cJSON *obj, const char *path, const char *const *keys)
{
	return sg_json_known_keys(x->doc, obj, path, keys, x->err);
}

int sg_rc_unknown_column(struct rc *x, const cJSON *node, const char *path,
			 const struct sg_table *t, const char *name)
{
	struct sg_nearest nr;

	sg_nearest_init(&nr, name);
	for (size_t i = 0; i < t->ncols; i++)
		sg_nearest_offer(&nr, t->columns[i]->name);
	sg_rc_bad(x, node, path, "unknown column '%s' (table '%s' has no such column)", name, t->name);
	if (nr.best)
		sg_error_hint(x->err, "did you mean '%s'?", nr.best);
	return -1;
}

struct sg_table *sg_rc_find_table(struct rc *x, const cJSON *n, const char *path)
{
	struct sg_table *t;
	const char *near;

	if (!cJSON_IsString(n)) {
		sg_rc_bad(x, n, path, "expected a table name, found %s", sg_json_kind(n));
		return NULL;
	}
	t = sg_schema_find(x->schema, n->valuestring);
	if (t)
		return t;
	sg_rc_bad(x, n, path, "unknown table '%s' (database '%s' has no such table)", n->valuestring,
		  x->schema->database ? x->schema->database : "?");
	near = sg_schema_suggest(x->schema, n->valuestring);
	if (near)
		sg_error_hint(x->err, "did you mean '%s'?", near);
	return NULL;
}

/* --- values ---------------------------------------------------------------- */

/* The source text of a number node: cJSON keeps only a double, which would
 * round big integers and exact decimals. */
static char *number_text(const struct sg_json_doc *doc, const cJSON *n)
{
	const char *t = doc->text;

	for (size_t i = 0; i < doc->npos; i++) {
		size_t p, e;

		if (doc->pos[i].node != n)
			continue;
		p = doc->pos[i].off;
		if (n->string) { /* an object member's position is its key's */
			p++;
			while (t[p] && t[p] != '"') {
				if (t[p] == '\\' && t[p + 1])
					p++;
				p++;
			}
			if (t[p])
				p++;
			while (t[p] && strchr(" \t\r\n:", t[p]))
				p++;
		}
		for (e = p; t[e] && strchr("+-0123456789.eE", t[e]); e++)
			;
		if (e > p)
			return sg_strndup(t + p, e - p);
		break;
	}
	{
		char buf[64];

		snprintf(buf, sizeof(buf), "%.17g", n->valuedouble);
		return sg_strdup(buf);
	}
}

static int check_int(struct rc *x, const cJSON *n, const char *path, const struct sg_table *t,
		     const struct sg_column *c, const char *text)
{
	long long lo;
	unsigned long long hi;

	if (!sg_fit_is_integer(text))
		return sg_rc_bad(x, n, path, "column '%s.%s' is %s: expected a whole number, found %s",
				 t->name, c->name, c->raw_type, text);
	if (sg_fit_int_in_range(c, text))
		return 0;
	sg_fit_int_bounds(c, &lo, &hi);
	return sg_rc_bad(x, n, path, "%s is out of range for column '%s.%s' (%s: %lld to %llu)", text,
			 t->name, c->name, c->raw_type, lo, hi);
}

static int check_decimal(struct rc *x, const cJSON *n, const char *path,
			 const struct sg_table *t, const struct sg_column *c, const char *text)
{
	switch (sg_fit_decimal(c, text)) {
	case 1:
		return sg_rc_bad(x, n, path, "%s is out of range for column '%s.%s' (%s: not negative)",
				 text, t->name, c->name, c->raw_type);
	case 2:
		return sg_rc_bad(x, n, path, "%s is out of range for column '%s.%s' (%s)", text, t->name,
				 c->name, c->raw_type);
	case 3:
		return sg_rc_bad(x, n, path, "%s has more decimal places than column '%s.%s' (%s) keeps; "
				 "the server would round it", text, t->name, c->name, c->raw_type);
	default:
		return 0;
	}
}

/* A PostgreSQL array literal from a JSON array of scalars. */
static int array_literal(struct rc *x, const cJSON *n, const char *path, const struct sg_table *t,
			 const struct sg_column *c, char **out)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_addch(&b, '{');
	for (const cJSON *e = n->child; e; e = e->next) {
		if (e != n->child)
			sg_buf_addch(&b, ',');
		if (cJSON_IsNull(e)) {
			sg_buf_adds(&b, "NULL");
		} else if (cJSON_IsBool(e)) {
			sg_buf_adds(&b, cJSON_IsTrue(e) ? "true" : "false");
		} else if (cJSON_IsNumber(e)) {
			char *num = number_text(x->doc, e);

			sg_buf_adds(&b, num);
			free(num);
		} else if (cJSON_IsString(e)) {
			sg_buf_addch(&b, '"');
			for (const char *s = e->valuestring; *s; s++) {
				if (*s == '"' || *s == '\\')
					sg_buf_addch(&b, '\\');
				sg_buf_addch(&b, *s);
			}
			sg_buf_addch(&b, '"');
		} else {
			sg_buf_release(&b);
			return sg_rc_bad(x, e, path, "column '%s.%s' is %s: array elements must be plain "
					 "values, found %s", t->name, c->name, c->raw_type, sg_json_kind(e));
		}
	}
	sg_buf_addch(&b, '}');
	*out = sg_buf_detach(&b);
	return 0;
}

/* A plain value (not a reference) for column c of t into out->text. */
/* The text of JSON value n for column c of t, as the server is sent it
 * (*text, new), when n has the right JSON type; -1 (message) otherwise. */
static int scalar_text(struct rc *x, const struct sg_table *t, const struct sg_column *c,
		       const cJSON *n, const char *path, char **out)
{
	const struct sg_caps *caps = x->db->caps;
	const char *want = NULL;
	char *text = NULL;

	*out = NULL;
	switch (c->cls) {
	case SG_T_INT:
		if (!cJSON_IsNumber(n)) {
			want = "a whole number";
			break;
		}
		text = number_text(x->doc, n);
		if (check_int(x, n, path, t, c, text) < 0)
			goto fail;
		break;
	case SG_T_BOOL:
		if (cJSON_IsBool(n) || (cJSON_IsNumber(n) && (n->valuedouble == 0 || n->valuedouble == 1))) {
			bool v = cJSON_IsBool(n) ? cJSON_IsTrue(n) : n->valuedouble == 1;

			text = sg_strdup(caps->bool_literal[v]);
		} else {
			want = "true or false";
		}
		break;
	case SG_T_DECIMAL:
	case SG_T_FLOAT:
	case SG_T_DOUBLE:
		if (!cJSON_IsNumber(n)) {
			want = "a number";
			break;
		}
		text = number_text(x->doc, n);
		if (check_decimal(x, n, path, t, c, text) < 0)
			goto fail;
		break;
	case SG_T_YEAR:
		if (cJSON_IsNumber(n) && n->valuedouble == floor(n->valuedouble))
			text = number_text(x->doc, n);
		else if (cJSON_IsString(n) && strlen(n->valuestring) == 4 &&
			 strspn(n->valuestring, "0123456789") == 4)
			text = sg_strdup(n->valuestring);
		else
			want = "a year";
		break;
	case SG_T_JSON:
		text = cJSON_PrintUnformatted(n);
		if (!text) {
			want = "a JSON value";
			break;
		}
		{
			char *copy = sg_strdup(text); /* cJSON's allocator is not ours */

			cJSON_free(text);
			text = copy;
		}
		break;
	case SG_T_ARRAY:
		if (cJSON_IsArray(n)) {
			if (array_literal(x, n, path, t, c, &text) < 0)
				return -1;
		} else if (cJSON_IsString(n)) {
			text = sg_strdup(n->valuestring);
		} else {
			want = "an array or an array literal string";
		}
		break;
	default:
		if (!cJSON_IsString(n)) {
			want = "a string";
			break;
		}
		text = sg_strdup(n->valuestring);
		break;
	}
	if (want)
		return sg_rc_bad(x, n, path, "column '%s.%s' is %s: expected %s, found %s", t->name, c->name,
				 c->raw_type, want, sg_json_kind(n));

	*out = text;
	return 0;
fail:
	free(text);
	return -1;
}

/* The checks of valuefit.h on text for column c: length, members, forms. */
static int check_text(struct rc *x, const struct sg_table *t, const struct sg_column *c,
		      const cJSON *n, const char *path, const char *text)
{
	const struct sg_caps *caps = x->db->caps;
	const char *rest;

	switch (c->cls) {
	case SG_T_CHAR:
	case SG_T_VARCHAR:
	case SG_T_TEXT:
		if (sg_fit_too_long(c, text)) {
			sg_rc_bad(x, n, path, "value of %zu characters is too long for column '%s.%s' (%s)",
				  sg_fit_chars(text), t->name, c->name, c->raw_type);
			return -1;
		}
		break;
	case SG_T_ENUM:
		if (!sg_enum_has(c, text, strlen(text))) {
			struct sg_buf l = SG_BUF_INIT;

			sg_enum_list(c, &l);
			sg_rc_bad(x, n, path, "'%s' is not a value of column '%s.%s' (%s)", text, t->name,
				  c->name, c->raw_type);
			sg_error_hint(x->err, "the live column allows: %s", sg_buf_str(&l));
			sg_buf_release(&l);
			return -1;
		}
		break;
	case SG_T_SET:
	{
		size_t len;
		const char *m = sg_set_bad_member(c, text, &len);

		if (m) {
			struct sg_buf l = SG_BUF_INIT;

			sg_enum_list(c, &l);
			sg_rc_bad(x, n, path, "'%.*s' is not a member of column '%s.%s' (%s)", (int)len, m,
				  t->name, c->name, c->raw_type);
			sg_error_hint(x->err, "the live column allows: %s", sg_buf_str(&l));
			sg_buf_release(&l);
			return -1;
		}
		break;
	}
	case SG_T_UUID:
		if (!sg_fit_uuid(text)) {
			sg_rc_bad(x, n, path, "'%s' is not a uuid (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) for "
				  "column '%s.%s'", text, t->name, c->name);
			return -1;
		}
		break;
	case SG_T_DATE:
		if (!sg_fit_parse_date(text, &rest) || *rest) {
			sg_rc_bad(x, n, path, "'%s' is not a date (YYYY-MM-DD) for column '%s.%s'", text,
				  t->name, c->name);
			return -1;
		}
		break;
	case SG_T_TIME:
		if (!sg_fit_time(caps, c, text)) {
			sg_rc_bad(x, n, path, "'%s' is not a time (HH:MM:SS) for column '%s.%s'", text,
				  t->name, c->name);
			return -1;
		}
		break;
	case SG_T_DATETIME:
	case SG_T_TIMESTAMP:
		if (!sg_fit_datetime(caps, text)) {
			sg_rc_bad(x, n, path, "'%s' is not a date and time (YYYY-MM-DD HH:MM:SS) for column "
				  "'%s.%s'", text, t->name, c->name);
			return -1;
		}
		break;
	default:
		break;
	}
	return 0;
}

static int parse_scalar(struct rc *x, const struct sg_table *t, const struct sg_column *c,
			const cJSON *n, const char *path, struct cell *out)
{
	char *text = NULL;

	if (cJSON_IsNull(n)) {
		if (!c->nullable)
			return sg_rc_bad(x, n, path, "column '%s.%s' is NOT NULL: null is not allowed "
					 "here", t->name, c->name);
		out->text = NULL;
		out->canon = sg_strdup("\x01NULL");
		return 0;
	}
	if (scalar_text(x, t, c, n, path, &text) < 0)
		return -1;
	if (check_text(x, t, c, n, path, text) < 0) {
		free(text);
		return -1;
	}
	out->text = text;
	out->canon = sg_strdup(text);
	return 0;
}

/* How a value reads in messages: 'text', 42, NULL or a reference. */
void sg_rc_describe_cell(struct sg_buf *b, const struct cell *c)
{
	sg_buf_addf(b, "%s=", c->col->name);
	if (c->ref)
		sg_buf_adds(b, c->ref->desc);
	else if (!c->text)
		sg_buf_adds(b, "NULL");
	else if (cJSON_IsNumber(c->node) || cJSON_IsBool(c->node))
		sg_buf_adds(b, c->text);
	else
		sg_buf_addf(b, "'%s'", c->text);
}

void sg_rc_free_cells(struct cell *cells, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(cells[i].text);
		free(cells[i].canon);
	}
	free(cells);
}

/* {"ref": TABLE, "by": {...}[, "column": C]}. cur is the index of the
 * entry that uses it (-1 for invariants): the target must come earlier. */
/* The column a reference stands for: "column", else the one-column PK. */
static int ref_target(struct rc *x, struct ref *r, const cJSON *n, const cJSON *jcol,
		      const char *path)
{
	char sub[600];

	if (jcol) {
		snprintf(sub, sizeof(sub), "%s.column", path);
		if (!cJSON_IsString(jcol)) {
			sg_rc_bad(x, jcol, sub, "expected a column name, found %s", sg_json_kind(jcol));
			return -1;
		}
		if (!(r->target = sg_table_find_column(r->t, jcol->valuestring))) {
			sg_rc_unknown_column(x, jcol, sub, r->t, jcol->valuestring);
			return -1;
		}
	} else if (r->t->pk.ncols == 1) {
		r->target = sg_table_find_column(r->t, r->t->pk.columns[0]);
	} else {
		sg_rc_bad(x, n, path, "table '%s' has no one-column primary key; say which column the "
			  "reference stands for with \"column\"", r->t->name);
		return -1;
	}
	return 0;
}

/* The reference's "by": plain values that find one row of r->t. */
static int ref_by(struct rc *x, struct ref *r, const cJSON *jby, const char *path, int cur)
{
	char sub[600];
	size_t nby = 0;

	snprintf(sub, sizeof(sub), "%s.by", path);
	if (!cJSON_IsObject(jby) || !jby->child) {
		sg_rc_bad(x, jby, sub, "expected an object of COLUMN: VALUE that finds one row of '%s', "
			  "found %s", r->t->name, cJSON_IsObject(jby) ? "an empty object" : sg_json_kind(jby));
		return -1;
	}
	for (const cJSON *m = jby->child; m; m = m->next)
		nby++;
	r->by = sg_calloc(nby, sizeof(*r->by));
	for (const cJSON *m = jby->child; m; m = m->next) {
		const struct sg_column *c = sg_table_find_column(r->t, m->string);
		char vpath[700];

		snprintf(vpath, sizeof(vpath), "%s.%s", sub, m->string);
		if (!c) {
			sg_rc_unknown_column(x, m, sub, r->t, m->string);
			return -1;
		}
		if (cJSON_IsObject(m) && c->cls != SG_T_JSON) {
			sg_rc_bad(x, m, vpath, "a reference's \"by\" takes plain values, not another reference");
			return -1;
		}
		if (sg_rc_parse_value(x, r->t, c, m, vpath, cur, &r->by[r->nby]) < 0)
			return -1;
		r->nby++;
	}
	return 0;
}

/* roles(name='Super Admin'), or roles.code(...) for a named column. */
static char *ref_desc(const struct ref *r)
{
	struct sg_buf desc = SG_BUF_INIT;

	sg_buf_adds(&desc, r->t->name);
	if (r->t->pk.ncols != 1 || strcmp(r->target->name, r->t->pk.columns[0]))
		sg_buf_addf(&desc, ".%s", r->target->name);
	sg_buf_addch(&desc, '(');
	for (size_t i = 0; i < r->nby; i++) {
		if (i)
			sg_buf_adds(&desc, ", ");
		sg_rc_describe_cell(&desc, &r->by[i]);
	}
	sg_buf_addch(&desc, ')');
	return sg_buf_detach(&desc);
}

static int parse_ref(struct rc *x, const cJSON *n, const char *path, int cur, struct ref **out)
{
	static const char *const keys[] = { "ref", "by", "column", NULL };
	const cJSON *jt = cJSON_GetObjectItemCaseSensitive(n, "ref");
	const cJSON *jby = cJSON_GetObjectItemCaseSensitive(n, "by");
	const cJSON *jcol = cJSON_GetObjectItemCaseSensitive(n, "column");
	struct ref *r;
	char sub[600];

	if (sg_rc_known_keys(x, n, path, keys) < 0)
		return -1;
	if (!jt || !jby)
		return sg_rc_bad(x, n, path, "expected a reference {\"ref\": TABLE, \"by\": {COLUMN: "
				 "VALUE, ...}}, found an object without %s", jt ? "\"by\"" : "\"ref\"");
	snprintf(sub, sizeof(sub), "%s.ref", path);
	r = sg_calloc(1, sizeof(*r));
	r->node = n;
	r->path = sg_strdup(path);
	r->entry = -1;
	if (!(r->t = sg_rc_find_table(x, jt, sub)))
		goto fail;
	if (ref_target(x, r, n, jcol, path) < 0 || ref_by(x, r, jby, path, cur) < 0)
		goto fail;
	r->desc = ref_desc(r);

	for (size_t i = 0; i < x->nentries; i++)
		if (x->entries[i].t == r->t)
			r->entry = (int)i;
	if (cur >= 0 && r->entry == cur) {
		sg_rc_bad(x, n, path, "a row of '%s' cannot refer to another row of '%s' in the same list",
			  r->t->name, r->t->name);
		goto fail;
	}
	if (cur >= 0 && r->entry > cur) {
		sg_rc_bad(x, n, path, "refers to '%s', which this file reconciles later (tables[%d]); list "
			  "'%s' before '%s'", r->t->name, r->entry, r->t->name, x->entries[cur].t->name);
		goto fail;
	}
	for (size_t i = 0; i < x->nrefs; i++) {
		if (!strcmp(x->refs[i]->desc, r->desc)) {
			*out = x->refs[i];
			sg_rc_free_cells(r->by, r->nby);
			free(r->desc);
			free(r->path);
			free(r);
			return 0;
		}
	}
	SG_GROW(x->refs, x->nrefs + 1, x->cap_refs);
	x->refs[x->nrefs++] = r;
	*out = r;
	return 0;
fail:
	sg_rc_free_cells(r->by, r->nby);
	free(r->desc);
	free(r->path);
	free(r);
	return -1;
}

/* A row value, "where" or "require" value: a reference (an object, unless
 * the column holds JSON) or a plain value. */
int sg_rc_parse_value(struct rc *x, const struct sg_table *t, const struct sg_column *c,
		      const cJSON *n, const char *path, int cur, struct cell *out)
{
	memset(out, 0, sizeof(*out));
	out->node = n;
	out->col = c;
	out->ci = sg_table_column_index(t, c->name);
	if (cJSON_IsObject(n) && c->cls != SG_T_JSON) {
		if (parse_ref(x, n, path, cur, &out->ref) < 0)
			return -1;
		out->canon = sg_malloc(strlen(out->ref->desc) + 2);
		out->canon[0] = '\x02';
		strcpy(out->canon + 1, out->ref->desc);
		return 0;
	}
	return parse_scalar(x, t, c, n, path, out);
}
