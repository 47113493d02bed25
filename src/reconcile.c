/*
 * `seedgen reconcile`: makes sure that required reference rows exist
 * (roles, permissions, role-permission pairs, ...), without touching what
 * is already there. The file lists, per table and in order, rows that a
 * natural key identifies; a value may be a reference {"ref": TABLE, "by":
 * {COLUMN: VALUE, ...}} that stands for another row's primary key (or a
 * named column). Every row is looked up by its key, set-based (one SELECT
 * per chunk of rows, with the server's own comparison rules); the missing
 * rows are inserted, and with --update the non-key columns that differ are
 * updated. Nothing is ever deleted. Then the file's invariants are checked.
 *
 * Everything that can be checked is checked before anything is written:
 * the file against the live schema (errors as FILE:LINE:COL and the JSON
 * path), value types and enum values, NOT NULL columns, references. The
 * writes happen in one transaction in apply(), the only function that
 * writes, so a failure leaves the database as it was. --dry-run computes
 * the same plan with reads only, treating rows the file would add as there
 * for the references and invariants that need them.
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
#include "seedgen/words.h"

enum { O_FILE = 1, O_UPDATE };

static const struct sg_option options[] = {
	{ "file", 'f', "FILE", "the reference rows and invariants (JSON)", O_FILE },
	{ NULL, 0, NULL, "report what would be inserted/updated; write nothing", SG_O_DRY_RUN },
	{ "update", 0, NULL, "also update non-key columns that differ from the file", O_UPDATE },
	{ 0 },
};

const struct sg_cmd_help sg_help_reconcile = {
	.synopsis = "--file FILE [--dry-run] [--update] [--db URL]\n"
		    "                         [--schema NAME] [--format text|json]\n"
		    "                         [--env NAME] [--allow-production]",
	.about = "Inserts the reference rows of FILE that the database lacks, matching rows by\n"
		 "their natural key; never deletes, and updates only with --update. Then\n"
		 "checks the file's invariants. Running it twice inserts nothing the second\n"
		 "time. All writes happen in one transaction: on any error nothing is written.",
	.options = options,
	.footer = "Exit codes: 0 ok, 1 an invariant failed, 2 usage or input error,\n"
		  "3 database error.\n",
};

/* Rows per lookup SELECT and per multi-row INSERT, and a size cap for one
 * INSERT (well under the smallest max_allowed_packet a server ships with). */
#define CHUNK_ROWS 200
#define CHUNK_BYTES (256 * 1024)

enum ref_state {
	REF_OPEN = 0,   /* not looked up yet */
	REF_FOUND,      /* value holds the target's value */
	REF_PENDING,    /* not in the database, but a row this file adds */
	REF_MISSING,    /* neither */
};

struct cell;

/* {"ref": TABLE, "by": {...}, "column": C}; shared by every use of the same
 * description, so each distinct reference is looked up once. */
struct ref {
	const cJSON *node;          /* first use, for messages */
	char *path;
	struct sg_table *t;
	const struct sg_column *target;
	struct cell *by;
	size_t nby;
	char *desc;                 /* roles(name='Super Admin') */
	int entry;                  /* index of the file entry of t, -1 if none */
	enum ref_state state;
	char *value;                /* REF_FOUND: the value; NULL for SQL NULL */
};

/* One COLUMN: VALUE of a row, a reference's "by", a "where" or "require". */
struct cell {
	const cJSON *node;          /* the member in the file */
	const struct sg_column *col;
	int ci;                     /* index of col in its table */
	char *text;                 /* value as literal text; NULL = SQL NULL */
	char *canon;                /* for matching file values with each other */
	struct ref *ref;            /* non-NULL: the value is the ref's */
};

struct row {
	const cJSON *node;
	struct cell *cells;
	size_t ncells;
	int *key;                   /* cells index of each key column */
	bool present;               /* in the database (by its key) */
	bool differs;               /* present, and a non-key value differs */
	bool key_pending;           /* a key value refers to a row still to add */
	bool value_pending;         /* a non-key value does */
};

struct entry {
	const cJSON *node;
	char path[32];
	struct sg_table *t;
	const struct sg_column **key;
	size_t nkey;
	struct row *rows;
	size_t nrows;
	long long present, missing, inserted, differ, updated;
};

struct invariant {
	const cJSON *node;
	char *name;
	char path[32];
	struct sg_table *t;
	long long min_rows;         /* -1 for a "require" invariant */
	struct cell *conds;         /* "where" (min_rows) or "require" */
	size_t nconds;
	bool passed;
	char *message;
};

struct rc {
	struct sg_json_doc *doc;
	struct sg_schema *schema;
	struct sg_db *db;
	struct sg_error *err;
	struct entry *entries;
	size_t nentries;
	struct invariant *invs;
	size_t ninvs;
	struct ref **refs;
	size_t nrefs, cap_refs;
	bool dry_run, update;
	bool mariadb, mariadb_json_equals; /* JSON_EQUALS: MariaDB 10.7+ */
	/* Production guard (see apply()): the target's environment from --env,
	 * and whether --allow-production was given. */
	const char *env;
	const char *config;        /* --config: environments for the guard */
	bool allow_production;
};

/* --- messages -------------------------------------------------------------- */

static int bad(struct rc *x, const cJSON *node, const char *path, const char *fmt, ...)
	SG_PRINTF(4, 5);

static int bad(struct rc *x, const cJSON *node, const char *path, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = sg_json_vfail(x->doc, node, path, x->err, fmt, ap);
	va_end(ap);
	return rc;
}

static int known_keys(struct rc *x, const cJSON *obj, const char *path, const char *const *keys)
{
	return sg_json_known_keys(x->doc, obj, path, keys, x->err);
}

static int unknown_column(struct rc *x, const cJSON *node, const char *path,
			  const struct sg_table *t, const char *name)
{
	struct sg_nearest nr;

	sg_nearest_init(&nr, name);
	for (size_t i = 0; i < t->ncols; i++)
		sg_nearest_offer(&nr, t->columns[i]->name);
	bad(x, node, path, "unknown column '%s' (table '%s' has no such column)", name, t->name);
	if (nr.best)
		sg_error_hint(x->err, "did you mean '%s'?", nr.best);
	return -1;
}

static struct sg_table *find_table(struct rc *x, const cJSON *n, const char *path)
{
	struct sg_table *t;
	const char *near;

	if (!cJSON_IsString(n)) {
		bad(x, n, path, "expected a table name, found %s", sg_json_kind(n));
		return NULL;
	}
	t = sg_schema_find(x->schema, n->valuestring);
	if (t)
		return t;
	bad(x, n, path, "unknown table '%s' (database '%s' has no such table)", n->valuestring,
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

static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static bool digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* YYYY-MM-DD at s; *rest gets what follows. */
static bool parse_date(const char *s, const char **rest)
{
	int mo, d;

	if (!digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2))
		return false;
	mo = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	*rest = s + 10;
	return true;
}

/* [-]H[HH]:MM[:SS[.ffffff]] at s. */
static bool parse_time(const char *s, const char **rest)
{
	int h = 0;

	if (*s == '-')
		s++;
	if (!digits(s, 1))
		return false;
	while (digits(s, 1) && h < 1000)
		h = h * 10 + (*s++ - '0');
	if (*s != ':' || !digits(s + 1, 2) || (s[1] - '0') > 5)
		return false;
	s += 3;
	if (*s == ':') {
		if (!digits(s + 1, 2) || (s[1] - '0') > 6)
			return false;
		s += 3;
		if (*s == '.') {
			if (!digits(++s, 1))
				return false;
			while (digits(s, 1))
				s++;
		}
	}
	*rest = s;
	return true;
}

/* Z, +HH, +HH:MM or +HHMM (PostgreSQL only). */
static bool parse_zone(const char *s)
{
	if (!strcmp(s, "Z"))
		return true;
	if ((*s != '+' && *s != '-') || !digits(s + 1, 2))
		return false;
	s += 3;
	if (*s == ':')
		s++;
	return !*s || (digits(s, 2) && !s[2]);
}

static bool valid_uuid(const char *s)
{
	if (strlen(s) != 36)
		return false;
	for (int i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return false;
		} else if (!strchr("0123456789abcdefABCDEF", s[i]) || !s[i]) {
			return false;
		}
	}
	return true;
}

static bool has_enum(const struct sg_column *c, const char *v, size_t n)
{
	for (size_t i = 0; i < c->n_enum; i++)
		if (strlen(c->enum_values[i]) == n && !strncmp(c->enum_values[i], v, n))
			return true;
	return false;
}

static void enum_list(const struct sg_column *c, struct sg_buf *out)
{
	for (size_t i = 0; i < c->n_enum; i++)
		sg_buf_addf(out, "%s'%s'", i ? ", " : "", c->enum_values[i]);
}

/* The smallest and largest value of an integer column. */
static void int_bounds(const struct sg_column *c, long long *lo, unsigned long long *hi)
{
	int bytes = c->int_bytes > 0 && c->int_bytes <= 8 ? c->int_bytes : 8;

	if (c->is_unsigned) {
		*lo = 0;
		*hi = bytes == 8 ? ~0ULL : (1ULL << (bytes * 8)) - 1;
	} else {
		*lo = bytes == 8 ? (-0x7fffffffffffffffLL - 1) : -(1LL << (bytes * 8 - 1));
		*hi = bytes == 8 ? 0x7fffffffffffffffULL : (1ULL << (bytes * 8 - 1)) - 1;
	}
}

static int check_int(struct rc *x, const cJSON *n, const char *path, const struct sg_table *t,
		     const struct sg_column *c, const char *text)
{
	long long lo;
	unsigned long long hi;
	const char *s = text;
	bool neg = *s == '-';

	if (neg)
		s++;
	if (!*s || strspn(s, "0123456789") != strlen(s))
		return bad(x, n, path, "column '%s.%s' is %s: expected a whole number, found %s",
			   t->name, c->name, c->raw_type, text);
	int_bounds(c, &lo, &hi);
	errno = 0;
	if (neg) {
		long long v = strtoll(text, NULL, 10);

		if (errno != ERANGE && v >= lo)
			return 0;
	} else {
		unsigned long long v = strtoull(text, NULL, 10);

		if (errno != ERANGE && v <= hi)
			return 0;
	}
	return bad(x, n, path, "%s is out of range for column '%s.%s' (%s: %lld to %llu)", text,
		   t->name, c->name, c->raw_type, lo, hi);
}

static int check_decimal(struct rc *x, const cJSON *n, const char *path,
			 const struct sg_table *t, const struct sg_column *c, const char *text)
{
	const char *s = text, *dot;
	int whole = 0, frac = 0;

	if (*s == '-') {
		if (c->is_unsigned)
			return bad(x, n, path, "%s is out of range for column '%s.%s' (%s: not negative)",
				   text, t->name, c->name, c->raw_type);
		s++;
	}
	if (c->cls != SG_T_DECIMAL || c->precision <= 0 || strpbrk(s, "eE"))
		return 0;
	while (*s == '0' && s[1] && s[1] != '.')
		s++;
	dot = strchr(s, '.');
	whole = dot ? (int)(dot - s) : (int)strlen(s);
	if (whole == 1 && *s == '0')
		whole = 0;
	if (dot) {
		frac = (int)strlen(dot + 1);
		while (frac > 0 && dot[frac] == '0')
			frac--;
	}
	if (whole > c->precision - c->scale)
		return bad(x, n, path, "%s is out of range for column '%s.%s' (%s)", text, t->name,
			   c->name, c->raw_type);
	if (frac > c->scale)
		return bad(x, n, path, "%s has more decimal places than column '%s.%s' (%s) keeps; "
			   "the server would round it", text, t->name, c->name, c->raw_type);
	return 0;
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
			return bad(x, e, path, "column '%s.%s' is %s: array elements must be plain "
				   "values, found %s", t->name, c->name, c->raw_type, sg_json_kind(e));
		}
	}
	sg_buf_addch(&b, '}');
	*out = sg_buf_detach(&b);
	return 0;
}

/* A plain value (not a reference) for column c of t into out->text. */
static int parse_scalar(struct rc *x, const struct sg_table *t, const struct sg_column *c,
			const cJSON *n, const char *path, struct cell *out)
{
	const char *want = NULL, *rest;
	bool pg = x->schema->dialect == SG_DIALECT_PGSQL;
	char *text = NULL;

	if (cJSON_IsNull(n)) {
		if (!c->nullable)
			return bad(x, n, path, "column '%s.%s' is NOT NULL: null is not allowed here",
				   t->name, c->name);
		out->text = NULL;
		out->canon = sg_strdup("\x01NULL");
		return 0;
	}
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

			text = sg_strdup(pg ? (v ? "true" : "false") : (v ? "1" : "0"));
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
		else if (cJSON_IsString(n) && strlen(n->valuestring) == 4 && digits(n->valuestring, 4))
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
		return bad(x, n, path, "column '%s.%s' is %s: expected %s, found %s", t->name, c->name,
			   c->raw_type, want, sg_json_kind(n));

	switch (c->cls) {
	case SG_T_CHAR:
	case SG_T_VARCHAR:
	case SG_T_TEXT:
		if (c->length > 0 && utf8_chars(text) > (size_t)c->length) {
			bad(x, n, path, "value of %zu characters is too long for column '%s.%s' (%s)",
			    utf8_chars(text), t->name, c->name, c->raw_type);
			goto fail;
		}
		break;
	case SG_T_ENUM:
		if (!has_enum(c, text, strlen(text))) {
			struct sg_buf l = SG_BUF_INIT;

			enum_list(c, &l);
			bad(x, n, path, "'%s' is not a value of column '%s.%s' (%s)", text, t->name,
			    c->name, c->raw_type);
			sg_error_hint(x->err, "the live column allows: %s", sg_buf_str(&l));
			sg_buf_release(&l);
			goto fail;
		}
		break;
	case SG_T_SET:
		for (const char *s = text; *s;) {
			size_t len = strcspn(s, ",");

			if (!has_enum(c, s, len)) {
				struct sg_buf l = SG_BUF_INIT;

				enum_list(c, &l);
				bad(x, n, path, "'%.*s' is not a member of column '%s.%s' (%s)", (int)len, s,
				    t->name, c->name, c->raw_type);
				sg_error_hint(x->err, "the live column allows: %s", sg_buf_str(&l));
				sg_buf_release(&l);
				goto fail;
			}
			s += len + (s[len] == ',');
		}
		break;
	case SG_T_UUID:
		if (!valid_uuid(text)) {
			bad(x, n, path, "'%s' is not a uuid (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) for "
			    "column '%s.%s'", text, t->name, c->name);
			goto fail;
		}
		break;
	case SG_T_DATE:
		if (!parse_date(text, &rest) || *rest) {
			bad(x, n, path, "'%s' is not a date (YYYY-MM-DD) for column '%s.%s'", text,
			    t->name, c->name);
			goto fail;
		}
		break;
	case SG_T_TIME:
		if (!parse_time(text, &rest) || (*rest && !(pg && c->with_tz && parse_zone(rest)))) {
			bad(x, n, path, "'%s' is not a time (HH:MM:SS) for column '%s.%s'", text,
			    t->name, c->name);
			goto fail;
		}
		break;
	case SG_T_DATETIME:
	case SG_T_TIMESTAMP:
		if (!parse_date(text, &rest) ||
		    (*rest && ((*rest != ' ' && *rest != 'T') || !parse_time(rest + 1, &rest) ||
			       (*rest && !(pg && parse_zone(rest)))))) {
			bad(x, n, path, "'%s' is not a date and time (YYYY-MM-DD HH:MM:SS) for column "
			    "'%s.%s'", text, t->name, c->name);
			goto fail;
		}
		break;
	default:
		break;
	}
	out->text = text;
	out->canon = sg_strdup(text);
	return 0;
fail:
	free(text);
	return -1;
}

/* How a value reads in messages: 'text', 42, NULL or a reference. */
static void describe_cell(struct sg_buf *b, const struct cell *c)
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

static void free_cells(struct cell *cells, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(cells[i].text);
		free(cells[i].canon);
	}
	free(cells);
}

static int parse_value(struct rc *x, const struct sg_table *t, const struct sg_column *c,
		       const cJSON *n, const char *path, int cur, struct cell *out);

/* {"ref": TABLE, "by": {...}[, "column": C]}. cur is the index of the
 * entry that uses it (-1 for invariants): the target must come earlier. */
static int parse_ref(struct rc *x, const cJSON *n, const char *path, int cur, struct ref **out)
{
	static const char *const keys[] = { "ref", "by", "column", NULL };
	const cJSON *jt = cJSON_GetObjectItemCaseSensitive(n, "ref");
	const cJSON *jby = cJSON_GetObjectItemCaseSensitive(n, "by");
	const cJSON *jcol = cJSON_GetObjectItemCaseSensitive(n, "column");
	struct ref *r;
	struct sg_buf desc = SG_BUF_INIT;
	char sub[600];
	size_t nby = 0;

	if (known_keys(x, n, path, keys) < 0)
		return -1;
	if (!jt || !jby)
		return bad(x, n, path, "expected a reference {\"ref\": TABLE, \"by\": {COLUMN: "
			   "VALUE, ...}}, found an object without %s", jt ? "\"by\"" : "\"ref\"");
	snprintf(sub, sizeof(sub), "%s.ref", path);
	r = sg_calloc(1, sizeof(*r));
	r->node = n;
	r->path = sg_strdup(path);
	r->entry = -1;
	if (!(r->t = find_table(x, jt, sub)))
		goto fail;
	if (jcol) {
		snprintf(sub, sizeof(sub), "%s.column", path);
		if (!cJSON_IsString(jcol)) {
			bad(x, jcol, sub, "expected a column name, found %s", sg_json_kind(jcol));
			goto fail;
		}
		if (!(r->target = sg_table_find_column(r->t, jcol->valuestring))) {
			unknown_column(x, jcol, sub, r->t, jcol->valuestring);
			goto fail;
		}
	} else if (r->t->pk.ncols == 1) {
		r->target = sg_table_find_column(r->t, r->t->pk.columns[0]);
	} else {
		bad(x, n, path, "table '%s' has no one-column primary key; say which column the "
		    "reference stands for with \"column\"", r->t->name);
		goto fail;
	}
	snprintf(sub, sizeof(sub), "%s.by", path);
	if (!cJSON_IsObject(jby) || !jby->child) {
		bad(x, jby, sub, "expected an object of COLUMN: VALUE that finds one row of '%s', "
		    "found %s", r->t->name, cJSON_IsObject(jby) ? "an empty object" : sg_json_kind(jby));
		goto fail;
	}
	for (const cJSON *m = jby->child; m; m = m->next)
		nby++;
	r->by = sg_calloc(nby, sizeof(*r->by));
	for (const cJSON *m = jby->child; m; m = m->next) {
		const struct sg_column *c = sg_table_find_column(r->t, m->string);
		char vpath[700];

		snprintf(vpath, sizeof(vpath), "%s.%s", sub, m->string);
		if (!c) {
			unknown_column(x, m, sub, r->t, m->string);
			goto fail;
		}
		if (cJSON_IsObject(m) && c->cls != SG_T_JSON) {
			bad(x, m, vpath, "a reference's \"by\" takes plain values, not another reference");
			goto fail;
		}
		if (parse_value(x, r->t, c, m, vpath, cur, &r->by[r->nby]) < 0)
			goto fail;
		r->nby++;
	}
	sg_buf_adds(&desc, r->t->name);
	if (r->t->pk.ncols != 1 || strcmp(r->target->name, r->t->pk.columns[0]))
		sg_buf_addf(&desc, ".%s", r->target->name);
	sg_buf_addch(&desc, '(');
	for (size_t i = 0; i < r->nby; i++) {
		if (i)
			sg_buf_adds(&desc, ", ");
		describe_cell(&desc, &r->by[i]);
	}
	sg_buf_addch(&desc, ')');
	r->desc = sg_buf_detach(&desc);

	for (size_t i = 0; i < x->nentries; i++)
		if (x->entries[i].t == r->t)
			r->entry = (int)i;
	if (cur >= 0 && r->entry == cur) {
		bad(x, n, path, "a row of '%s' cannot refer to another row of '%s' in the same list",
		    r->t->name, r->t->name);
		goto fail;
	}
	if (cur >= 0 && r->entry > cur) {
		bad(x, n, path, "refers to '%s', which this file reconciles later (tables[%d]); list "
		    "'%s' before '%s'", r->t->name, r->entry, r->t->name, x->entries[cur].t->name);
		goto fail;
	}
	for (size_t i = 0; i < x->nrefs; i++) {
		if (!strcmp(x->refs[i]->desc, r->desc)) {
			*out = x->refs[i];
			free_cells(r->by, r->nby);
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
	sg_buf_release(&desc);
	free_cells(r->by, r->nby);
	free(r->desc);
	free(r->path);
	free(r);
	return -1;
}

/* A row value, "where" or "require" value: a reference (an object, unless
 * the column holds JSON) or a plain value. */
static int parse_value(struct rc *x, const struct sg_table *t, const struct sg_column *c,
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

/* --- the file -------------------------------------------------------------- */

static struct cell *row_cell(const struct row *r, const char *column)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (!strcmp(r->cells[i].col->name, column))
			return &r->cells[i];
	return NULL;
}

static char *key_desc(const struct entry *e, const struct row *r)
{
	struct sg_buf b = SG_BUF_INIT;

	for (size_t k = 0; k < e->nkey; k++) {
		if (k)
			sg_buf_adds(&b, ", ");
		describe_cell(&b, &r->cells[r->key[k]]);
	}
	return sg_buf_detach(&b);
}

static bool needs_value(const struct sg_column *c)
{
	return !c->nullable && !c->default_expr && !c->auto_increment && !c->generated &&
	       !c->identity_always;
}

static int parse_row(struct rc *x, struct entry *e, int ei, size_t ri, const cJSON *rn)
{
	struct row *r = &e->rows[ri];
	char path[96];
	size_t n = 0;

	snprintf(path, sizeof(path), "%s.rows[%zu]", e->path, ri);
	r->node = rn;
	if (!cJSON_IsObject(rn))
		return bad(x, rn, path, "expected a row object {COLUMN: VALUE, ...}, found %s",
			   sg_json_kind(rn));
	for (const cJSON *m = rn->child; m; m = m->next)
		n++;
	r->cells = sg_calloc(n + 1, sizeof(*r->cells));
	r->key = sg_calloc(e->nkey + 1, sizeof(*r->key));
	for (const cJSON *m = rn->child; m; m = m->next) {
		const struct sg_column *c = sg_table_find_column(e->t, m->string);
		char vpath[400];

		snprintf(vpath, sizeof(vpath), "%s.%s", path, m->string);
		if (!c)
			return unknown_column(x, m, path, e->t, m->string);
		if (row_cell(r, c->name))
			return bad(x, m, vpath, "column '%s' is given twice in this row", c->name);
		if (c->generated)
			return bad(x, m, vpath, "column '%s.%s' is generated: the server computes it and "
				   "it cannot be written", e->t->name, c->name);
		if (c->identity_always)
			return bad(x, m, vpath, "column '%s.%s' is GENERATED ALWAYS AS IDENTITY: the "
				   "server numbers it and it cannot be written", e->t->name, c->name);
		if (parse_value(x, e->t, c, m, vpath, ei, &r->cells[r->ncells]) < 0)
			return -1;
		r->ncells++;
	}
	for (size_t k = 0; k < e->nkey; k++) {
		struct cell *c = row_cell(r, e->key[k]->name);

		if (!c)
			return bad(x, rn, path, "the row lacks key column '%s' (every row of '%s' needs "
				   "its whole key)", e->key[k]->name, e->t->name);
		if (!c->text && !c->ref)
			return bad(x, c->node, path, "key column '%s' is null; a natural key needs a value",
				   c->col->name);
		r->key[k] = (int)(c - r->cells);
	}
	for (size_t i = 0; i < e->t->ncols; i++) {
		const struct sg_column *c = e->t->columns[i];

		if (needs_value(c) && !row_cell(r, c->name)) {
			char *kd = key_desc(e, r);

			bad(x, rn, path, "column '%s.%s' is NOT NULL without a default, and the row "
			    "(%s) does not give it", e->t->name, c->name, kd);
			free(kd);
			return -1;
		}
	}
	return 0;
}

static char *key_string(const struct entry *e, const struct row *r)
{
	struct sg_buf b = SG_BUF_INIT;

	for (size_t k = 0; k < e->nkey; k++) {
		sg_buf_adds(&b, r->cells[r->key[k]].canon);
		sg_buf_addch(&b, '\x1f');
	}
	return sg_buf_detach(&b);
}

struct keyed {
	char *key;
	size_t row;
};

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : (x->row > y->row) - (x->row < y->row);
}

/* Two rows with the same key would be one row twice: refuse. */
static int check_duplicates(struct rc *x, struct entry *e)
{
	struct keyed *ks = sg_calloc(e->nrows + 1, sizeof(*ks));
	int rc = 0;

	for (size_t i = 0; i < e->nrows; i++) {
		ks[i].key = key_string(e, &e->rows[i]);
		ks[i].row = i;
	}
	qsort(ks, e->nrows, sizeof(*ks), cmp_keyed);
	for (size_t i = 1; i < e->nrows && !rc; i++) {
		if (!strcmp(ks[i].key, ks[i - 1].key)) {
			char path[64], *kd = key_desc(e, &e->rows[ks[i].row]);

			snprintf(path, sizeof(path), "%s.rows[%zu]", e->path, ks[i].row);
			rc = bad(x, e->rows[ks[i].row].node, path, "duplicate row: rows[%zu] has the same "
				 "key (%s)", ks[i - 1].row, kd);
			free(kd);
		}
	}
	for (size_t i = 0; i < e->nrows; i++)
		free(ks[i].key);
	free(ks);
	return rc;
}

static int parse_key(struct rc *x, struct entry *e, const cJSON *jkey)
{
	char path[64];
	size_t n = 0;

	snprintf(path, sizeof(path), "%s.key", e->path);
	if (!jkey) {
		/* Without "key": the table's one unique key, else a primary key
		 * whose values the rows give (not numbered by the server). */
		const struct sg_key *k = e->t->nuniques == 1 ? e->t->uniques[0] : NULL;

		if (!e->t->nuniques && e->t->pk.ncols) {
			k = &e->t->pk;
			for (size_t i = 0; k && i < k->ncols; i++) {
				const struct sg_column *c = sg_table_find_column(e->t, k->columns[i]);

				if (!c || c->auto_increment || c->default_expr)
					k = NULL;
			}
		}
		if (!k)
			return bad(x, e->node, e->path, "\"key\" is missing, and table '%s' has %s; name "
				   "the natural key columns (\"key\": [\"COLUMN\", ...])", e->t->name,
				   e->t->nuniques > 1 ? "more than one unique key" :
				   "no unique key besides a primary key the server numbers");
		e->key = sg_calloc(k->ncols, sizeof(*e->key));
		for (size_t i = 0; i < k->ncols; i++)
			e->key[e->nkey++] = sg_table_find_column(e->t, k->columns[i]);
		return 0;
	}
	if (cJSON_IsString(jkey)) {
		n = 1;
	} else if (cJSON_IsArray(jkey) && jkey->child) {
		for (const cJSON *k = jkey->child; k; k = k->next)
			n++;
	} else {
		return bad(x, jkey, path, "expected the natural key's columns [\"COLUMN\", ...], found %s",
			   cJSON_IsArray(jkey) ? "an empty array" : sg_json_kind(jkey));
	}
	e->key = sg_calloc(n, sizeof(*e->key));
	for (const cJSON *k = cJSON_IsString(jkey) ? jkey : jkey->child; k && e->nkey < n; k = k->next) {
		const struct sg_column *c;

		if (!cJSON_IsString(k))
			return bad(x, k, path, "expected a column name, found %s", sg_json_kind(k));
		if (!(c = sg_table_find_column(e->t, k->valuestring)))
			return unknown_column(x, k, path, e->t, k->valuestring);
		for (size_t i = 0; i < e->nkey; i++)
			if (e->key[i] == c)
				return bad(x, k, path, "column '%s' is named twice", c->name);
		if (c->cls == SG_T_JSON)
			return bad(x, k, path, "column '%s.%s' holds JSON and cannot be part of a natural "
				   "key", e->t->name, c->name);
		e->key[e->nkey++] = c;
	}
	return 0;
}

static int parse_invariant(struct rc *x, struct invariant *v, const cJSON *n, size_t i)
{
	static const char *const keys[] = { "name", "table", "min_rows", "where", "require",
					    "comment", NULL };
	const cJSON *name = cJSON_GetObjectItemCaseSensitive(n, "name");
	const cJSON *table = cJSON_GetObjectItemCaseSensitive(n, "table");
	const cJSON *min = cJSON_GetObjectItemCaseSensitive(n, "min_rows");
	const cJSON *where = cJSON_GetObjectItemCaseSensitive(n, "where");
	const cJSON *req = cJSON_GetObjectItemCaseSensitive(n, "require");
	const cJSON *conds;
	char path[96];
	size_t nc = 0;

	snprintf(v->path, sizeof(v->path), "invariants[%zu]", i);
	v->node = n;
	v->min_rows = -1;
	if (!cJSON_IsObject(n))
		return bad(x, n, v->path, "expected an invariant object, found %s", sg_json_kind(n));
	if (known_keys(x, n, v->path, keys) < 0)
		return -1;
	if (!cJSON_IsString(name) || !*name->valuestring)
		return bad(x, name ? name : n, v->path, "every invariant needs a \"name\" (a string)");
	v->name = sg_strdup(name->valuestring);
	snprintf(path, sizeof(path), "%s.table", v->path);
	if (!table)
		return bad(x, n, v->path, "invariant '%s' needs a \"table\"", v->name);
	if (!(v->t = find_table(x, table, path)))
		return -1;
	if (!min == !req)
		return bad(x, n, v->path, "invariant '%s' needs exactly one of \"min_rows\" (a count) "
			   "and \"require\" (a row that must exist)", v->name);
	if (where && !min)
		return bad(x, where, v->path, "\"where\" goes with \"min_rows\"; \"require\" names the "
			   "row itself");
	if (min) {
		snprintf(path, sizeof(path), "%s.min_rows", v->path);
		if (!cJSON_IsNumber(min) || min->valuedouble != floor(min->valuedouble) ||
		    min->valuedouble < 0 || min->valuedouble > 1e15)
			return bad(x, min, path, "expected a whole number of rows, found %s",
				   cJSON_IsNumber(min) ? "a number out of range" : sg_json_kind(min));
		v->min_rows = (long long)min->valuedouble;
	}
	conds = min ? where : req;
	snprintf(path, sizeof(path), "%s.%s", v->path, min ? "where" : "require");
	if (!conds)
		return 0;
	if (!cJSON_IsObject(conds) || (req && !conds->child))
		return bad(x, conds, path, "expected an object of COLUMN: VALUE, found %s",
			   cJSON_IsObject(conds) ? "an empty object" : sg_json_kind(conds));
	for (const cJSON *m = conds->child; m; m = m->next)
		nc++;
	v->conds = sg_calloc(nc + 1, sizeof(*v->conds));
	for (const cJSON *m = conds->child; m; m = m->next) {
		const struct sg_column *c = sg_table_find_column(v->t, m->string);
		char vpath[400];

		snprintf(vpath, sizeof(vpath), "%s.%s", path, m->string);
		if (!c)
			return unknown_column(x, m, path, v->t, m->string);
		if (parse_value(x, v->t, c, m, vpath, -1, &v->conds[v->nconds]) < 0)
			return -1;
		v->nconds++;
	}
	return 0;
}

static int parse_file(struct rc *x)
{
	static const char *const top_keys[] = { "tables", "invariants", "comment", NULL };
	static const char *const entry_keys[] = { "table", "key", "rows", "comment", NULL };
	const cJSON *root = x->doc->root, *tables, *invs;
	size_t n = 0;

	if (!cJSON_IsObject(root))
		return bad(x, root, "(top)", "expected an object {\"tables\": [...], \"invariants\": "
			   "[...]}, found %s", sg_json_kind(root));
	if (known_keys(x, root, "(top)", top_keys) < 0)
		return -1;
	tables = cJSON_GetObjectItemCaseSensitive(root, "tables");
	invs = cJSON_GetObjectItemCaseSensitive(root, "invariants");
	if (!tables)
		return bad(x, root, "(top)", "\"tables\" is missing: the list of tables and their rows");
	if (!cJSON_IsArray(tables))
		return bad(x, tables, "tables", "expected an array of {\"table\", \"key\", \"rows\"}, "
			   "found %s", sg_json_kind(tables));
	for (const cJSON *t = tables->child; t; t = t->next)
		n++;
	x->entries = sg_calloc(n + 1, sizeof(*x->entries));

	/* First every entry's table, so that references can name later ones. */
	for (const cJSON *jt = tables->child; jt; jt = jt->next) {
		struct entry *e = &x->entries[x->nentries];
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(jt, "table");
		char path[64];

		snprintf(e->path, sizeof(e->path), "tables[%zu]", x->nentries);
		e->node = jt;
		if (!cJSON_IsObject(jt))
			return bad(x, jt, e->path, "expected {\"table\", \"key\", \"rows\"}, found %s",
				   sg_json_kind(jt));
		if (known_keys(x, jt, e->path, entry_keys) < 0)
			return -1;
		if (!name)
			return bad(x, jt, e->path, "\"table\" is missing");
		snprintf(path, sizeof(path), "%s.table", e->path);
		if (!(e->t = find_table(x, name, path)))
			return -1;
		for (size_t i = 0; i < x->nentries; i++)
			if (x->entries[i].t == e->t)
				return bad(x, name, path, "table '%s' is listed twice (also tables[%zu]); "
					   "put its rows in one list", e->t->name, i);
		x->nentries++;
	}
	for (size_t i = 0; i < x->nentries; i++) {
		struct entry *e = &x->entries[i];
		const cJSON *rows = cJSON_GetObjectItemCaseSensitive(e->node, "rows");
		char path[64];
		size_t nr = 0;

		if (parse_key(x, e, cJSON_GetObjectItemCaseSensitive(e->node, "key")) < 0)
			return -1;
		snprintf(path, sizeof(path), "%s.rows", e->path);
		if (!rows)
			return bad(x, e->node, e->path, "\"rows\" is missing");
		if (!cJSON_IsArray(rows))
			return bad(x, rows, path, "expected an array of rows, found %s", sg_json_kind(rows));
		for (const cJSON *r = rows->child; r; r = r->next)
			nr++;
		e->rows = sg_calloc(nr + 1, sizeof(*e->rows));
		for (const cJSON *r = rows->child; r; r = r->next) {
			size_t ri = e->nrows++;

			if (parse_row(x, e, (int)i, ri, r) < 0)
				return -1;
		}
		if (check_duplicates(x, e) < 0)
			return -1;
	}
	if (!invs)
		return 0;
	if (!cJSON_IsArray(invs))
		return bad(x, invs, "invariants", "expected an array of invariants, found %s",
			   sg_json_kind(invs));
	n = 0;
	for (const cJSON *v = invs->child; v; v = v->next)
		n++;
	x->invs = sg_calloc(n + 1, sizeof(*x->invs));
	for (const cJSON *v = invs->child; v; v = v->next) {
		size_t i = x->ninvs++;

		if (parse_invariant(x, &x->invs[i], v, i) < 0)
			return -1;
	}
	return 0;
}

/* --- SQL ------------------------------------------------------------------- */

/* The cell's value now: false while it is a reference not resolved. */
static bool cell_value(const struct cell *c, const char **text)
{
	if (!c->ref) {
		*text = c->text;
		return true;
	}
	*text = c->ref->value;
	return c->ref->state == REF_FOUND;
}

static void add_literal(struct rc *x, struct sg_buf *b, const char *text)
{
	if (text)
		sg_db_quote_literal(x->db, b, text, strlen(text));
	else
		sg_buf_adds(b, "NULL");
}

/* A NULL-safe "the column holds this value", for --update. JSON is
 * compared as JSON, not as text, where the server can: PostgreSQL's json
 * type has no equality at all. */
static void add_same(struct rc *x, struct sg_buf *b, const struct cell *c)
{
	const char *text;
	bool pg = x->schema->dialect == SG_DIALECT_PGSQL;

	cell_value(c, &text);
	if (c->col->cls == SG_T_JSON && text) {
		if (pg) {
			sg_db_quote_ident(x->db, b, c->col->name);
			sg_buf_adds(b, "::jsonb IS NOT DISTINCT FROM CAST(");
			add_literal(x, b, text);
			sg_buf_adds(b, " AS jsonb)");
		} else if (x->mariadb_json_equals) {
			/* JSON_EQUALS is NULL when the column is: never "the same". */
			sg_buf_adds(b, "COALESCE(JSON_EQUALS(");
			sg_db_quote_ident(x->db, b, c->col->name);
			sg_buf_adds(b, ", ");
			add_literal(x, b, text);
			sg_buf_adds(b, "), 0) = 1");
		} else if (x->mariadb) {
			/* Before 10.7: whitespace-insensitive, key order still counts. */
			sg_buf_adds(b, "JSON_COMPACT(");
			sg_db_quote_ident(x->db, b, c->col->name);
			sg_buf_adds(b, ") <=> JSON_COMPACT(");
			add_literal(x, b, text);
			sg_buf_addch(b, ')');
		} else {
			sg_db_quote_ident(x->db, b, c->col->name);
			sg_buf_adds(b, " <=> CAST(");
			add_literal(x, b, text);
			sg_buf_adds(b, " AS JSON)");
		}
		return;
	}
	sg_db_quote_ident(x->db, b, c->col->name);
	sg_buf_adds(b, pg ? " IS NOT DISTINCT FROM " : " <=> ");
	add_literal(x, b, text);
}

/* "col = value" (or IS NULL): the lookup of a key, a "by", a "where";
 * indexable. JSON is compared as JSON. */
static void add_match(struct rc *x, struct sg_buf *b, const struct cell *c)
{
	const char *text;

	if (c->col->cls == SG_T_JSON) {
		add_same(x, b, c);
		return;
	}
	cell_value(c, &text);
	sg_db_quote_ident(x->db, b, c->col->name);
	if (!text) {
		sg_buf_adds(b, " IS NULL");
		return;
	}
	sg_buf_adds(b, " = ");
	add_literal(x, b, text);
}

static void add_key_cond(struct rc *x, struct sg_buf *b, const struct entry *e,
			 const struct row *r)
{
	sg_buf_addch(b, '(');
	for (size_t k = 0; k < e->nkey; k++) {
		if (k)
			sg_buf_adds(b, " AND ");
		add_match(x, b, &r->cells[r->key[k]]);
	}
	sg_buf_addch(b, ')');
}

static bool is_key(const struct entry *e, const struct row *r, size_t ci)
{
	for (size_t k = 0; k < e->nkey; k++)
		if ((size_t)r->key[k] == ci)
			return true;
	return false;
}

/* Appends "every non-key value of the row is already there"; false (and
 * nothing appended) when the row has no non-key value. */
static bool add_all_same(struct rc *x, struct sg_buf *b, const struct entry *e,
			 const struct row *r)
{
	bool any = false;

	for (size_t i = 0; i < r->ncells; i++) {
		if (is_key(e, r, i))
			continue;
		sg_buf_adds(b, any ? " AND " : "(");
		add_same(x, b, &r->cells[i]);
		any = true;
	}
	if (any)
		sg_buf_addch(b, ')');
	return any;
}

struct lookup {
	struct entry *e;
	size_t *idx;       /* row index of each chunk position */
	size_t n;
};

static int lookup_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct lookup *l = ctx;
	char *end;
	long i;

	(void)lengths;
	if (ncols < 1 || !values[0])
		return 0;
	i = strtol(values[0], &end, 10);
	if (*end || i < 0 || (size_t)i >= l->n)
		return 0;
	l->e->rows[l->idx[i]].present = true;
	if (ncols > 1 && values[1] && values[1][0] == '1')
		l->e->rows[l->idx[i]].differs = true;
	return 0;
}

/* Looks rows up by their key, CHUNK_ROWS at a time, with the server's own
 * comparison (collation, type coercion):
 *   SELECT CASE WHEN k0 THEN 0 WHEN k1 THEN 1 ... END,
 *          CASE WHEN k0 THEN <differs0> ... END      -- with --update
 *   FROM t WHERE k0 OR k1 ...
 * Only rows with want[i] set are looked up. */
static int lookup(struct rc *x, struct entry *e, const bool *want)
{
	struct lookup l = { e, sg_calloc(CHUNK_ROWS, sizeof(size_t)), 0 };
	struct sg_buf sql = SG_BUF_INIT, same = SG_BUF_INIT;
	struct sg_buf *conds = sg_calloc(CHUNK_ROWS, sizeof(*conds));
	size_t next = 0;
	int rc = 0;

	while (next < e->nrows && !rc) {
		l.n = 0;
		for (; next < e->nrows && l.n < CHUNK_ROWS; next++) {
			if (!want[next])
				continue;
			sg_buf_reset(&conds[l.n]);
			add_key_cond(x, &conds[l.n], e, &e->rows[next]);
			l.idx[l.n++] = next;
		}
		if (!l.n)
			break;
		sg_buf_reset(&sql);
		sg_buf_adds(&sql, "SELECT CASE");
		for (size_t i = 0; i < l.n; i++)
			sg_buf_addf(&sql, " WHEN %s THEN %zu", conds[i].data, i);
		sg_buf_adds(&sql, " END");
		if (x->update) {
			sg_buf_adds(&sql, ", CASE");
			for (size_t i = 0; i < l.n; i++) {
				const struct row *r = &e->rows[l.idx[i]];

				sg_buf_addf(&sql, " WHEN %s THEN ", conds[i].data);
				sg_buf_reset(&same);
				/* A value waiting for a row still to add cannot be there. */
				if (r->value_pending)
					sg_buf_adds(&sql, "1");
				else if (add_all_same(x, &same, e, r))
					sg_buf_addf(&sql, "CASE WHEN %s THEN 0 ELSE 1 END", same.data);
				else
					sg_buf_adds(&sql, "0");
			}
			sg_buf_adds(&sql, " END");
		}
		sg_buf_adds(&sql, " FROM ");
		sg_db_quote_table(x->db, &sql, e->t->name);
		sg_buf_adds(&sql, " WHERE ");
		for (size_t i = 0; i < l.n; i++)
			sg_buf_addf(&sql, "%s%s", i ? " OR " : "", conds[i].data);
		rc = sg_db_query(x->db, sql.data, lookup_row, &l, x->err);
	}
	for (size_t i = 0; i < CHUNK_ROWS; i++)
		sg_buf_release(&conds[i]);
	free(conds);
	sg_buf_release(&sql);
	sg_buf_release(&same);
	free(l.idx);
	return rc;
}

/* Does a row the file adds (or, with --update, changes) have these values? */
static bool file_adds(const struct rc *x, const struct entry *e, const struct cell *conds,
		      size_t n, long long *count)
{
	long long found = 0;

	for (size_t i = 0; i < e->nrows; i++) {
		const struct row *r = &e->rows[i];
		bool all = true;

		if (r->present && !(x->update && r->differs))
			continue;
		for (size_t j = 0; j < n && all; j++) {
			const struct cell *c = row_cell(r, conds[j].col->name);

			all = c && !strcmp(c->canon, conds[j].canon);
		}
		if (all && !r->present)
			found++;
		if (all && !count)
			return true;
	}
	if (count)
		*count = found;
	return found > 0;
}

struct first_two {
	int rows;
	char *value;
};

static int take_two(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct first_two *f = ctx;

	if (++f->rows == 1 && ncols > 0 && values[0])
		f->value = sg_strndup(values[0], lengths[0]);
	return f->rows >= 2;
}

/* Looks the reference up: REF_FOUND, REF_PENDING (the row is one this
 * file adds; only while planning) or REF_MISSING. Two matching rows are
 * an error: a reference must name one row. */
static int resolve(struct rc *x, struct ref *r, bool planning)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct first_two f = { 0, NULL };

	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(x->db, &sql, r->target->name);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(x->db, &sql, r->t->name);
	sg_buf_adds(&sql, " WHERE ");
	for (size_t i = 0; i < r->nby; i++) {
		if (i)
			sg_buf_adds(&sql, " AND ");
		add_match(x, &sql, &r->by[i]);
	}
	sg_buf_adds(&sql, " LIMIT 2");
	if (sg_db_query(x->db, sql.data, take_two, &f, x->err) < 0) {
		sg_buf_release(&sql);
		free(f.value);
		return -1;
	}
	sg_buf_release(&sql);
	free(r->value);
	r->value = NULL;
	if (f.rows >= 2) {
		free(f.value);
		return bad(x, r->node, r->path, "reference %s matches more than one row of '%s'; "
			   "\"by\" must name exactly one", r->desc, r->t->name);
	}
	if (f.rows == 1) {
		r->state = REF_FOUND;
		r->value = f.value;
	} else if (planning && r->entry >= 0 &&
		   file_adds(x, &x->entries[r->entry], r->by, r->nby, NULL)) {
		r->state = REF_PENDING;
	} else {
		r->state = REF_MISSING;
	}
	return 0;
}

/* Resolves the references of an entry's rows and marks the rows whose key
 * or values wait for a row still to be added. */
static int resolve_rows(struct rc *x, struct entry *e, bool planning)
{
	for (size_t i = 0; i < e->nrows; i++) {
		struct row *r = &e->rows[i];

		r->key_pending = r->value_pending = false;
		for (size_t j = 0; j < r->ncells; j++) {
			struct ref *ref = r->cells[j].ref;

			if (!ref)
				continue;
			if ((ref->state == REF_OPEN || (!planning && ref->state == REF_PENDING)) &&
			    resolve(x, ref, planning) < 0)
				return -1;
			if (ref->state == REF_MISSING) {
				char path[400];

				snprintf(path, sizeof(path), "%s.rows[%zu].%s", e->path, i,
					 r->cells[j].col->name);
				return bad(x, r->cells[j].node, path, "no row of '%s' matches the reference "
					   "%s, and this file does not add one", ref->t->name, ref->desc);
			}
			if (ref->state == REF_PENDING) {
				if (is_key(e, r, j))
					r->key_pending = true;
				else
					r->value_pending = true;
			}
		}
	}
	return 0;
}

static void count_rows(struct entry *e)
{
	e->present = e->differ = 0;
	for (size_t i = 0; i < e->nrows; i++) {
		e->present += e->rows[i].present;
		e->differ += e->rows[i].present && e->rows[i].differs;
	}
	e->missing = (long long)e->nrows - e->present;
}

/* The plan: for each table in order, its references, then which rows are
 * there (and, with --update, differ). Reads only. A row whose key waits
 * for a row still to add cannot be there yet: it counts as missing. */
static int plan(struct rc *x)
{
	for (size_t i = 0; i < x->nentries; i++) {
		struct entry *e = &x->entries[i];
		bool *want = sg_calloc(e->nrows + 1, sizeof(*want));
		int rc;

		if (resolve_rows(x, e, true) < 0) {
			free(want);
			return -1;
		}
		for (size_t j = 0; j < e->nrows; j++) {
			e->rows[j].present = e->rows[j].differs = false;
			want[j] = !e->rows[j].key_pending;
		}
		rc = lookup(x, e, want);
		free(want);
		if (rc < 0)
			return -1;
		count_rows(e);
	}
	return 0;
}

static int insert_missing(struct rc *x, struct entry *e)
{
	bool *use = sg_calloc(e->t->ncols + 1, sizeof(*use));
	struct sg_buf head = SG_BUF_INIT, sql = SG_BUF_INIT;
	size_t pending = 0;
	int rc = 0;

	for (size_t i = 0; i < e->nrows; i++)
		if (!e->rows[i].present)
			for (size_t j = 0; j < e->rows[i].ncells; j++)
				use[e->rows[i].cells[j].ci] = true;
	sg_buf_adds(&head, "INSERT INTO ");
	sg_db_quote_table(x->db, &head, e->t->name);
	sg_buf_adds(&head, " (");
	for (size_t c = 0, n = 0; c < e->t->ncols; c++) {
		if (!use[c])
			continue;
		if (n++)
			sg_buf_adds(&head, ", ");
		sg_db_quote_ident(x->db, &head, e->t->columns[c]->name);
	}
	sg_buf_adds(&head, ") VALUES ");

	for (size_t i = 0; i <= e->nrows && !rc; i++) {
		long long affected = 0;

		if (i < e->nrows) {
			struct row *r = &e->rows[i];

			if (r->present)
				continue;
			sg_buf_adds(&sql, pending ? ", (" : "(");
			for (size_t c = 0, n = 0; c < e->t->ncols; c++) {
				const struct cell *cell = NULL;
				const char *text;

				if (!use[c])
					continue;
				if (n++)
					sg_buf_adds(&sql, ", ");
				for (size_t j = 0; j < r->ncells && !cell; j++)
					if (r->cells[j].ci == (int)c)
						cell = &r->cells[j];
				if (!cell) {
					sg_buf_adds(&sql, "DEFAULT");
					continue;
				}
				if (!cell_value(cell, &text)) {
					rc = sg_error_set(x->err, SG_EXIT_USAGE, "cannot insert into '%s': "
							  "reference %s is not resolved", e->t->name,
							  cell->ref->desc);
					break;
				}
				add_literal(x, &sql, text);
			}
			sg_buf_addch(&sql, ')');
			pending++;
			if (pending < CHUNK_ROWS && sql.len < CHUNK_BYTES)
				continue;
		}
		if (!pending || rc)
			continue;
		{
			struct sg_buf stmt = SG_BUF_INIT;

			sg_buf_adds(&stmt, head.data);
			sg_buf_adds(&stmt, sql.data);
			rc = sg_db_exec_affected(x->db, stmt.data, &affected, x->err);
			sg_buf_release(&stmt);
		}
		e->inserted += affected;
		pending = 0;
		sg_buf_reset(&sql);
	}
	if (!rc)
		for (size_t i = 0; i < e->nrows; i++)
			e->rows[i].present = true;
	free(use);
	sg_buf_release(&head);
	sg_buf_release(&sql);
	return rc;
}

/* UPDATE t SET <non-key values> WHERE <key> AND NOT <all the same>: the
 * server decides what differs, and the affected count is what changed. */
static int update_differing(struct rc *x, struct entry *e)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc = 0;

	for (size_t i = 0; i < e->nrows && !rc; i++) {
		struct row *r = &e->rows[i];
		long long affected = 0;
		bool any = false;

		if (!r->present || !r->differs)
			continue;
		sg_buf_reset(&sql);
		sg_buf_adds(&sql, "UPDATE ");
		sg_db_quote_table(x->db, &sql, e->t->name);
		sg_buf_adds(&sql, " SET ");
		for (size_t j = 0; j < r->ncells; j++) {
			const char *text;

			if (is_key(e, r, j))
				continue;
			if (any)
				sg_buf_adds(&sql, ", ");
			sg_db_quote_ident(x->db, &sql, r->cells[j].col->name);
			sg_buf_adds(&sql, " = ");
			cell_value(&r->cells[j], &text);
			add_literal(x, &sql, text);
			any = true;
		}
		if (!any)
			continue;
		sg_buf_adds(&sql, " WHERE ");
		add_key_cond(x, &sql, e, r);
		sg_buf_adds(&sql, " AND NOT ");
		add_all_same(x, &sql, e, r);
		rc = sg_db_exec_affected(x->db, sql.data, &affected, x->err);
		e->updated += affected;
	}
	sg_buf_release(&sql);
	return rc;
}

/* The only function that writes: begin, plan inside the transaction (so
 * that the rows it counts are the rows it writes against), insert, update,
 * commit; on any error, roll back. */
static int apply(struct rc *x)
{
	struct sg_config cfg = { 0 };
	struct sg_guard guard;

	/* The production guard, before the transaction starts: config
	 * environments from $SEEDGEN_CONFIG or --config, SEEDGEN_ENV, --env. */
	if (sg_config_load(&cfg, sg_guard_config_path(x->config), NULL, x->err) < 0)
		return -1;
	sg_guard_classify(&guard, &cfg, &x->db->url, x->env);
	sg_config_release(&cfg);
	if (sg_guard_write(&guard, "reconcile", x->allow_production, false, x->err) < 0)
		return -1;
	if (sg_db_begin(x->db, x->err) < 0)
		return -1;
	if (plan(x) < 0)
		goto fail;
	for (size_t i = 0; i < x->nentries; i++) {
		struct entry *e = &x->entries[i];
		bool *want = sg_calloc(e->nrows + 1, sizeof(*want));
		bool again = false;
		int rc;

		/* References to rows inserted just before resolve now; a row
		 * whose key waited for them is looked up again. */
		for (size_t j = 0; j < e->nrows; j++)
			again |= want[j] = e->rows[j].key_pending;
		rc = resolve_rows(x, e, false);
		if (!rc && again)
			rc = lookup(x, e, want);
		free(want);
		if (rc < 0)
			goto fail;
		count_rows(e);
		if (insert_missing(x, e) < 0)
			goto fail;
		if (x->update && update_differing(x, e) < 0)
			goto fail;
	}
	if (sg_db_commit(x->db, x->err) < 0)
		goto fail;
	return 0;
fail:
	sg_db_rollback(x->db);
	return -1;
}

/* --- invariants ------------------------------------------------------------ */

static int count_where(struct rc *x, const struct invariant *v, long long *out)
{
	struct sg_buf sql = SG_BUF_INIT;
	char *s = NULL;
	int rc;

	sg_buf_adds(&sql, "SELECT COUNT(*) FROM ");
	sg_db_quote_table(x->db, &sql, v->t->name);
	for (size_t i = 0; i < v->nconds; i++) {
		sg_buf_adds(&sql, i ? " AND " : " WHERE ");
		add_match(x, &sql, &v->conds[i]);
	}
	rc = sg_db_query_value(x->db, sql.data, &s, x->err);
	*out = s ? strtoll(s, NULL, 10) : 0;
	free(s);
	sg_buf_release(&sql);
	return rc;
}

static int check_invariant(struct rc *x, struct invariant *v)
{
	struct sg_buf conds = SG_BUF_INIT, msg = SG_BUF_INIT;
	const char *verb = x->dry_run ? "would have" : "has";
	bool pending = false;
	long long n = 0, adds = 0;
	int entry = -1;

	for (size_t i = 0; i < v->nconds; i++) {
		struct ref *r = v->conds[i].ref;

		if (i)
			sg_buf_adds(&conds, ", ");
		describe_cell(&conds, &v->conds[i]);
		if (!r)
			continue;
		if (r->state != REF_FOUND && resolve(x, r, x->dry_run) < 0)
			goto fail;
		if (r->state == REF_MISSING) {
			sg_buf_addf(&msg, "no row of '%s' matches the reference %s", r->t->name, r->desc);
			goto done;
		}
		pending |= r->state == REF_PENDING;
	}
	/* A row that refers to a row still to add cannot be there yet. */
	if (!pending && count_where(x, v, &n) < 0)
		goto fail;
	for (size_t i = 0; i < x->nentries; i++)
		if (x->entries[i].t == v->t)
			entry = (int)i;
	if (x->dry_run && entry >= 0)
		file_adds(x, &x->entries[entry], v->conds, v->nconds, &adds);
	n += adds;
	if (v->min_rows >= 0) {
		v->passed = n >= v->min_rows;
		sg_buf_addf(&msg, "'%s' %s %lld row%s%s%s, expected at least %lld", v->t->name, verb,
			    n, n == 1 ? "" : "s", v->nconds ? " with " : "", sg_buf_str(&conds),
			    v->min_rows);
	} else {
		v->passed = n > 0;
		if (v->passed)
			sg_buf_addf(&msg, "'%s' %s a row with %s", v->t->name, verb, sg_buf_str(&conds));
		else
			sg_buf_addf(&msg, "'%s' %s no row with %s", v->t->name, verb, sg_buf_str(&conds));
	}
done:
	v->message = sg_buf_detach(&msg);
	sg_buf_release(&conds);
	return 0;
fail:
	sg_buf_release(&msg);
	sg_buf_release(&conds);
	return -1;
}

/* --- output ---------------------------------------------------------------- */

static void print_text(const struct rc *x, size_t passed)
{
	long long present = 0, missing = 0, done = 0, differ = 0;
	int width = 6;

	for (size_t i = 0; i < x->nentries; i++)
		if ((int)strlen(x->entries[i].t->name) > width)
			width = (int)strlen(x->entries[i].t->name);
	for (size_t i = 0; i <= x->nentries; i++) {
		const struct entry *e = i < x->nentries ? &x->entries[i] : NULL;
		long long p = e ? e->present : present, m = e ? e->missing : missing;
		long long d = e ? (x->dry_run ? e->missing : e->inserted) : done;
		long long u = e ? (x->dry_run ? e->differ : e->updated) : differ;
		char label[300];

		snprintf(label, sizeof(label), "%s:", e ? e->t->name : "total");
		printf("%-*s %lld present, %lld missing, %lld %s", width + 1, label, p, m, d,
		       x->dry_run ? "would insert" : "inserted");
		if (x->update)
			printf(", %lld %s", u, x->dry_run ? "would update" : "updated");
		putchar('\n');
		if (e) {
			present += p;
			missing += m;
			done += d;
			differ += u;
		}
	}
	if (x->ninvs) {
		putchar('\n');
		for (size_t i = 0; i < x->ninvs; i++)
			printf("%s %s: %s\n", x->invs[i].passed ? "PASS" : "FAIL", x->invs[i].name,
			       x->invs[i].message);
		printf("%zu/%zu invariants passed\n", passed, x->ninvs);
	}
	if (x->dry_run)
		printf("dry run: nothing was written\n");
}

static void print_json(const struct rc *x, size_t passed)
{
	cJSON *root = cJSON_CreateObject(), *tables = cJSON_CreateArray(), *total, *invs;
	long long sum[6] = { 0 };
	char *json;

	cJSON_AddBoolToObject(root, "dry_run", x->dry_run);
	cJSON_AddBoolToObject(root, "update", x->update);
	for (size_t i = 0; i < x->nentries; i++) {
		const struct entry *e = &x->entries[i];
		cJSON *t = cJSON_CreateObject();
		long long v[6] = { e->present, e->missing, e->inserted,
				   x->dry_run ? e->missing : 0, e->updated, x->dry_run ? e->differ : 0 };

		cJSON_AddStringToObject(t, "table", e->t->name);
		cJSON_AddNumberToObject(t, "present", (double)v[0]);
		cJSON_AddNumberToObject(t, "missing", (double)v[1]);
		cJSON_AddNumberToObject(t, "inserted", (double)v[2]);
		cJSON_AddNumberToObject(t, "would_insert", (double)v[3]);
		cJSON_AddNumberToObject(t, "updated", (double)v[4]);
		cJSON_AddNumberToObject(t, "would_update", (double)v[5]);
		cJSON_AddItemToArray(tables, t);
		for (int k = 0; k < 6; k++)
			sum[k] += v[k];
	}
	cJSON_AddItemToObject(root, "tables", tables);
	total = cJSON_AddObjectToObject(root, "total");
	cJSON_AddNumberToObject(total, "present", (double)sum[0]);
	cJSON_AddNumberToObject(total, "missing", (double)sum[1]);
	cJSON_AddNumberToObject(total, "inserted", (double)sum[2]);
	cJSON_AddNumberToObject(total, "would_insert", (double)sum[3]);
	cJSON_AddNumberToObject(total, "updated", (double)sum[4]);
	cJSON_AddNumberToObject(total, "would_update", (double)sum[5]);
	invs = cJSON_AddArrayToObject(root, "invariants");
	for (size_t i = 0; i < x->ninvs; i++) {
		cJSON *v = cJSON_CreateObject();

		cJSON_AddStringToObject(v, "name", x->invs[i].name);
		cJSON_AddStringToObject(v, "table", x->invs[i].t->name);
		cJSON_AddBoolToObject(v, "passed", x->invs[i].passed);
		cJSON_AddStringToObject(v, "message", x->invs[i].message);
		cJSON_AddItemToArray(invs, v);
	}
	cJSON_AddBoolToObject(root, "passed", passed == x->ninvs);
	json = cJSON_Print(root);
	cJSON_Delete(root);
	puts(json ? json : "{}");
	cJSON_free(json);
}

/* --- the command ----------------------------------------------------------- */

static void release(struct rc *x)
{
	for (size_t i = 0; i < x->nentries; i++) {
		struct entry *e = &x->entries[i];

		for (size_t j = 0; j < e->nrows; j++) {
			free_cells(e->rows[j].cells, e->rows[j].ncells);
			free(e->rows[j].key);
		}
		free(e->rows);
		free(e->key);
	}
	free(x->entries);
	for (size_t i = 0; i < x->ninvs; i++) {
		free_cells(x->invs[i].conds, x->invs[i].nconds);
		free(x->invs[i].name);
		free(x->invs[i].message);
	}
	free(x->invs);
	for (size_t i = 0; i < x->nrefs; i++) {
		free_cells(x->refs[i]->by, x->refs[i]->nby);
		free(x->refs[i]->desc);
		free(x->refs[i]->path);
		free(x->refs[i]->value);
		free(x->refs[i]);
	}
	free(x->refs);
}

int cmd_reconcile(struct sg_args *a)
{
	struct sg_error err = { 0 };
	struct sg_json_doc doc = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct rc x = { 0 };
	const char *file = NULL, *db_flag = a->db, *schema_name = a->schema, *url;
	enum sg_format fmt = a->format;
	size_t passed = 0;
	int rc = SG_EXIT_OK;

	x.err = &err;
	x.dry_run = a->dry_run;
	x.env = a->env;
	x.config = a->config;
	x.allow_production = a->allow_production;
	for (size_t i = 0; i < a->nown; i++) {
		if (a->own[i].id == O_FILE)
			file = a->own[i].value;
		else if (a->own[i].id == O_UPDATE)
			x.update = true;
	}
	if (!file) {
		sg_error_set(&err, SG_EXIT_USAGE, "'seedgen reconcile' needs --file FILE");
		sg_error_hint(&err, "run 'seedgen reconcile --help' for the file's format");
		goto fail;
	}
	if (sg_cli_db_url(db_flag, &url, &err) < 0)
		goto fail;
	/* The file's syntax first: a malformed file never opens a connection. */
	if (sg_json_doc_load(file, "reconcile file", &doc, &err) < 0)
		goto fail;
	if (sg_db_open(&db, url, schema_name, &err) < 0)
		goto fail;
	if (sg_db_introspect(&db, &schema, &err) < 0)
		goto fail;
	x.doc = &doc;
	x.schema = &schema;
	x.db = &db;
	x.mariadb = schema.server_version && strstr(schema.server_version, "MariaDB");
	if (x.mariadb) {
		int major = 0, minor = 0;

		sscanf(schema.server_version, "%d.%d", &major, &minor);
		x.mariadb_json_equals = major > 10 || (major == 10 && minor >= 7);
	}
	if (parse_file(&x) < 0)
		goto fail;
	if ((x.dry_run ? plan(&x) : apply(&x)) < 0)
		goto fail;
	for (size_t i = 0; i < x.ninvs; i++) {
		if (check_invariant(&x, &x.invs[i]) < 0)
			goto fail;
		passed += x.invs[i].passed;
	}
	if (fmt == SG_FMT_JSON)
		print_json(&x, passed);
	else
		print_text(&x, passed);
	rc = passed == x.ninvs ? SG_EXIT_OK : SG_EXIT_CHECK;
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	release(&x);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_json_release(&doc);
	return rc;
}
