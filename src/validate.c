/*
 * `seedgen validate`: compares the live schema with a contract (seedgen's
 * schema JSON or a drizzle-kit snapshot) and reports the drift, as text,
 * JSON or Markdown, optionally archived under DIR/<date>/.
 *
 * Both sides are struct sg_schema, so the comparison is one function; what
 * makes it useful is that equivalent spellings are not drift. Types and
 * defaults are compared in a canonical form (sg_check_type_canon,
 * sg_check_default_canon), keys by their columns rather than their names
 * (servers generate names), and only declared foreign keys count.
 */
#include <errno.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/check.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/contract_read.h"
#include "seedgen/db.h"

/* --- canonical types ----------------------------------------------------------- */

static bool word_in(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(w, *list))
			return true;
	return false;
}

static const char *const mysql_ints[] = { "tinyint", "smallint", "mediumint", "int", "bigint", NULL };

/* Maps a MySQL base type name (and its arguments) to the canonical one. */
static void canon_mysql(struct sg_buf *base, struct sg_buf *args, bool *uns)
{
	static const char *const to_int[] = { "integer", "int4", NULL };
	const char *b = sg_buf_str(base);
	const char *repl = NULL;

	if (word_in(b, to_int))
		repl = "int";
	else if (!strcmp(b, "int1"))
		repl = "tinyint";
	else if (!strcmp(b, "int2"))
		repl = "smallint";
	else if (!strcmp(b, "int3") || !strcmp(b, "middleint"))
		repl = "mediumint";
	else if (!strcmp(b, "int8"))
		repl = "bigint";
	else if (!strcmp(b, "bool"))
		repl = "boolean";
	else if (!strcmp(b, "numeric") || !strcmp(b, "dec") || !strcmp(b, "fixed"))
		repl = "decimal";
	else if (!strcmp(b, "double precision") || !strcmp(b, "real"))
		repl = "double";
	else if (!strcmp(b, "character varying") || !strcmp(b, "nvarchar") ||
		 !strcmp(b, "national varchar") || !strcmp(b, "national character varying"))
		repl = "varchar";
	else if (!strcmp(b, "character") || !strcmp(b, "nchar") || !strcmp(b, "national char") ||
		 !strcmp(b, "national character"))
		repl = "char";
	if (repl) {
		sg_buf_reset(base);
		sg_buf_adds(base, repl);
		b = base->data;
	}
	if (!strcmp(b, "serial")) {
		sg_buf_reset(base);
		sg_buf_adds(base, "bigint");
		sg_buf_reset(args);
		*uns = true;
	} else if (!strcmp(b, "tinyint") && !strcmp(sg_buf_str(args), "1") && !*uns) {
		sg_buf_reset(base);
		sg_buf_adds(base, "boolean");
		sg_buf_reset(args);
	} else if (word_in(b, mysql_ints) || !strcmp(b, "year")) {
		sg_buf_reset(args); /* display widths mean nothing */
	} else if (!strcmp(b, "decimal")) {
		if (!args->len)
			sg_buf_adds(args, "10,0");
		else if (!strchr(args->data, ','))
			sg_buf_adds(args, ",0");
	} else if (!strcmp(b, "float") && args->len && !strchr(args->data, ',')) {
		if (atoi(args->data) > 24) {
			sg_buf_reset(base);
			sg_buf_adds(base, "double");
		}
		sg_buf_reset(args);
	} else if ((!strcmp(b, "char") || !strcmp(b, "binary") || !strcmp(b, "bit")) && !args->len) {
		sg_buf_adds(args, "1");
	} else if ((!strcmp(b, "timestamp") || !strcmp(b, "datetime") || !strcmp(b, "time")) &&
		   !strcmp(sg_buf_str(args), "0")) {
		sg_buf_reset(args);
	}
}

static void canon_pgsql(struct sg_buf *base, struct sg_buf *args, int tz)
{
	static const char *const to_integer[] = { "int", "int4", "integer", "serial", "serial4", NULL };
	static const char *const to_smallint[] = { "int2", "smallint", "smallserial", "serial2", NULL };
	static const char *const to_bigint[] = { "int8", "bigint", "bigserial", "serial8", NULL };
	const char *b = sg_buf_str(base);
	const char *repl = NULL;

	if (word_in(b, to_integer))
		repl = "integer";
	else if (word_in(b, to_smallint))
		repl = "smallint";
	else if (word_in(b, to_bigint))
		repl = "bigint";
	else if (!strcmp(b, "bool"))
		repl = "boolean";
	else if (!strcmp(b, "float8"))
		repl = "double precision";
	else if (!strcmp(b, "float4"))
		repl = "real";
	else if (!strcmp(b, "float"))
		repl = args->len && atoi(args->data) <= 24 ? "real" : "double precision";
	else if (!strcmp(b, "decimal"))
		repl = "numeric";
	else if (!strcmp(b, "character varying"))
		repl = "varchar";
	else if (!strcmp(b, "character") || !strcmp(b, "bpchar"))
		repl = "char";
	else if (!strcmp(b, "bit varying"))
		repl = "varbit";
	else if (!strcmp(b, "timestamp") && tz == 1)
		repl = "timestamptz";
	else if (!strcmp(b, "time") && tz == 1)
		repl = "timetz";
	if (repl) {
		if (!strcmp(b, "float"))
			sg_buf_reset(args);
		sg_buf_reset(base);
		sg_buf_adds(base, repl);
		b = base->data;
	}
	if (!strcmp(b, "char") && !args->len)
		sg_buf_adds(args, "1");
	if (word_in(b, to_integer) || word_in(b, to_smallint) || word_in(b, to_bigint))
		sg_buf_reset(args);
}

static const char *const type_modifiers[] = {
	" unsigned", " signed", " zerofill", " with", " character set", " charset", " collate", NULL,
};

char *sg_check_type_canon(enum sg_dialect d, const struct sg_column *c)
{
	char *s = sg_type_squeeze(c->raw_type ? c->raw_type : "");
	struct sg_buf base = SG_BUF_INIT, args = SG_BUF_INIT, out = SG_BUF_INIT;
	size_t n = strlen(s), cut;
	bool array = false, uns;
	int tz = -1;
	char *p;

	while (d == SG_DIALECT_PGSQL && n >= 2 && !strcmp(s + n - 2, "[]")) {
		s[n -= 2] = '\0';
		array = true;
	}
	if (d == SG_DIALECT_MYSQL && c->cls == SG_T_JSON) {
		/* MariaDB's JSON is LONGTEXT with a json_valid CHECK */
		sg_buf_adds(&out, "json");
		goto done;
	}
	if (d == SG_DIALECT_MYSQL && (!strncmp(s, "enum(", 5) || !strncmp(s, "set(", 4))) {
		sg_buf_adds(&out, s[0] == 'e' ? "enum" : "set");
		goto done;
	}
	uns = strstr(s, " unsigned") != NULL;
	if (strstr(s, " without time zone"))
		tz = 0;
	else if (strstr(s, " with time zone"))
		tz = 1;
	/* the base name ends at its arguments or at the first modifier */
	cut = strcspn(s, "(");
	for (const char *const *m = type_modifiers; *m; m++) {
		p = strstr(s, *m);
		if (p && (size_t)(p - s) < cut)
			cut = (size_t)(p - s);
	}
	sg_buf_add(&base, s, cut);
	if (s[cut] == '(') {
		const char *close = strchr(s + cut, ')');

		if (close)
			sg_buf_add(&args, s + cut + 1, (size_t)(close - s - cut - 1));
	}
	/* PostgreSQL: "public"."mood" and public.mood name the same type */
	if (d == SG_DIALECT_PGSQL) {
		struct sg_buf t = SG_BUF_INIT;

		for (const char *q = sg_buf_str(&base); *q; q++)
			if (*q != '"')
				sg_buf_addch(&t, *q);
		sg_buf_reset(&base);
		p = strncmp(sg_buf_str(&t), "public.", 7) ? t.data : t.data + 7;
		sg_buf_adds(&base, p ? p : "");
		sg_buf_release(&t);
		canon_pgsql(&base, &args, tz);
		uns = false;
	} else {
		canon_mysql(&base, &args, &uns);
	}
	sg_buf_adds(&out, sg_buf_str(&base));
	if (args.len)
		sg_buf_addf(&out, "(%s)", args.data);
	if (uns)
		sg_buf_adds(&out, " unsigned");
done:
	if (array)
		sg_buf_adds(&out, "[]");
	free(s);
	sg_buf_release(&base);
	sg_buf_release(&args);
	return sg_buf_detach(&out);
}

/* --- canonical defaults ------------------------------------------------------ */

static void trim(struct sg_buf *b)
{
	size_t start = 0;

	while (start < b->len && strchr(" \t\r\n", b->data[start]))
		start++;
	while (b->len > start && strchr(" \t\r\n", b->data[b->len - 1]))
		b->len--;
	memmove(b->data, b->data + start, b->len - start);
	b->len -= start;
	b->data[b->len] = '\0';
}

/* Offset of the end of the quoted literal starting at s[i] == '\''. */
static size_t skip_quoted(const char *s, size_t i, bool backslash)
{
	for (i++; s[i]; i++) {
		if (backslash && s[i] == '\\' && s[i + 1]) {
			i++;
		} else if (s[i] == '\'') {
			if (s[i + 1] != '\'')
				return i;
			i++;
		}
	}
	return i;
}

/* True when the whole of b is wrapped in one pair of parentheses. */
static bool wrapped(const struct sg_buf *b, bool backslash)
{
	int depth = 0;

	if (b->len < 2 || b->data[0] != '(' || b->data[b->len - 1] != ')')
		return false;
	for (size_t i = 0; i < b->len; i++) {
		char ch = b->data[i];

		if (ch == '\'')
			i = skip_quoted(b->data, i, backslash);
		else if (ch == '(')
			depth++;
		else if (ch == ')' && --depth == 0 && i != b->len - 1)
			return false;
	}
	return true;
}

/* Cuts a PostgreSQL cast (::type) at the top level; true if one was cut. */
static bool cut_cast(struct sg_buf *b)
{
	int depth = 0;

	for (size_t i = 0; i + 1 < b->len; i++) {
		char ch = b->data[i];

		if (ch == '\'')
			i = skip_quoted(b->data, i, false);
		else if (ch == '(')
			depth++;
		else if (ch == ')')
			depth--;
		else if (ch == ':' && b->data[i + 1] == ':' && depth == 0) {
			b->len = i;
			b->data[i] = '\0';
			return true;
		}
	}
	return false;
}

static bool is_number(const char *s)
{
	char *end;

	if (!*s)
		return false;
	errno = 0;
	strtod(s, &end);
	return !*end && errno != ERANGE;
}

static const char *const true_words[] = { "1", "true", "t", "y", "yes", "on", "b'1'", NULL };
static const char *const false_words[] = { "0", "false", "f", "n", "no", "off", "b'0'", NULL };

char *sg_check_default_canon(enum sg_dialect d, const struct sg_column *c)
{
	bool backslash = d == SG_DIALECT_MYSQL;
	struct sg_buf b = SG_BUF_INIT, v = SG_BUF_INIT;
	bool changed = true;
	char *lower;

	if (!c->default_expr)
		return NULL;
	sg_buf_adds(&b, c->default_expr);
	while (changed) {
		changed = false;
		trim(&b);
		if (wrapped(&b, backslash)) {
			memmove(b.data, b.data + 1, b.len - 2);
			b.len -= 2;
			b.data[b.len] = '\0';
			changed = true;
		} else if (d == SG_DIALECT_PGSQL && cut_cast(&b)) {
			changed = true;
		} else if (d == SG_DIALECT_MYSQL && b.len > 2 && b.data[0] == '_' &&
			   strchr(b.data, '\'') && strspn(b.data + 1,
			   "abcdefghijklmnopqrstuvwxyz0123456789") == (size_t)(strchr(b.data, '\'') - b.data - 1)) {
			/* a charset introducer: _utf8mb4'abc' */
			size_t q = (size_t)(strchr(b.data, '\'') - b.data);

			memmove(b.data, b.data + q, b.len - q + 1);
			b.len -= q;
			changed = true;
		}
	}
	if (!strcasecmp(sg_buf_str(&b), "null") ||
	    (c->auto_increment && !strncasecmp(sg_buf_str(&b), "nextval(", 8))) {
		sg_buf_release(&b);
		return NULL;
	}
	if (b.len >= 2 && b.data[0] == '\'' && skip_quoted(b.data, 0, backslash) == b.len - 1) {
		for (size_t i = 1; i + 1 < b.len; i++) {
			if (backslash && b.data[i] == '\\' && i + 2 < b.len) {
				char e = b.data[++i];

				sg_buf_addch(&v, e == 'n' ? '\n' : e == 't' ? '\t' : e == '0' ? '\0' : e);
			} else if (b.data[i] == '\'') {
				sg_buf_addch(&v, '\'');
				i++;
			} else {
				sg_buf_addch(&v, b.data[i]);
			}
		}
		sg_buf_adds(&v, "");
	} else {
		/* an expression: case and blanks outside literals do not matter */
		for (size_t i = 0; i < b.len; i++) {
			char ch = b.data[i];

			if (ch == '\'') {
				size_t e = skip_quoted(b.data, i, backslash);

				sg_buf_add(&v, b.data + i, e - i + (e < b.len));
				i = e;
			} else if (ch != ' ' && ch != '\t' && ch != '\n') {
				sg_buf_addch(&v, (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
			}
		}
		sg_buf_adds(&v, "");
		{
			static const char *const now_words[] = { "now()", "current_timestamp",
				"current_timestamp()", "localtimestamp", "localtimestamp()",
				"localtime", "localtime()", NULL };
			static const char *const date_words[] = { "current_date", "current_date()",
				"curdate()", NULL };
			static const char *const time_words[] = { "current_time", "current_time()",
				"curtime()", NULL };
			const char *x = v.data, *repl = NULL;
			int prec;
			char tail;

			if (word_in(x, now_words))
				repl = "current_timestamp";
			else if (word_in(x, date_words))
				repl = "current_date";
			else if (word_in(x, time_words))
				repl = "current_time";
			if (repl) {
				sg_buf_reset(&v);
				sg_buf_adds(&v, repl);
			} else if ((sscanf(x, "now(%d%c", &prec, &tail) == 2 ||
				    sscanf(x, "current_timestamp(%d%c", &prec, &tail) == 2 ||
				    sscanf(x, "localtimestamp(%d%c", &prec, &tail) == 2) && tail == ')') {
				sg_buf_reset(&v);
				sg_buf_addf(&v, "current_timestamp(%d)", prec);
			} else if (!strchr(x, '(') && strcmp(x, "true") && strcmp(x, "false")) {
				/* a bare word keeps its case: MySQL 8 reports 'ACTIVE' as ACTIVE */
				sg_buf_reset(&v);
				sg_buf_adds(&v, b.data);
			}
		}
	}
	lower = sg_strdup(v.data);
	for (char *q = lower; *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q + 32);
	if (c->cls == SG_T_BOOL && word_in(lower, true_words)) {
		sg_buf_reset(&v);
		sg_buf_adds(&v, "true");
	} else if (c->cls == SG_T_BOOL && word_in(lower, false_words)) {
		sg_buf_reset(&v);
		sg_buf_adds(&v, "false");
	} else if ((c->cls == SG_T_INT || c->cls == SG_T_DECIMAL || c->cls == SG_T_FLOAT ||
		    c->cls == SG_T_DOUBLE || c->cls == SG_T_YEAR) && is_number(v.data)) {
		double x = strtod(v.data, NULL);

		sg_buf_reset(&v);
		sg_buf_addf(&v, "%.17g", x == 0 ? 0.0 : x);
	}
	free(lower);
	sg_buf_release(&b);
	return sg_buf_detach(&v);
}

/* --- the drift list --------------------------------------------------------------- */

bool sg_check_ignored(const struct sg_namelist *ignore, const char *table, const char *column)
{
	struct sg_buf full = SG_BUF_INIT;
	bool hit = false;

	if (!ignore || !ignore->n)
		return false;
	if (column)
		sg_buf_addf(&full, "%s.%s", table, column);
	for (size_t i = 0; i < ignore->n && !hit; i++)
		hit = !fnmatch(ignore->names[i], table, 0) ||
		      (column && !fnmatch(ignore->names[i], full.data, 0));
	sg_buf_release(&full);
	return hit;
}

struct cmp {
	enum sg_dialect d;
	const struct sg_namelist *ignore;
	struct sg_drift_report *out;
};

/* Appends one finding. sides: whether "(contract: X, database: Y)" follows
 * the text in the message. */
static void add(struct cmp *x, const char *kind, const char *table, char *const *cols,
		size_t ncols, const char *contract, const char *database, bool sides,
		const char *fmt, ...) SG_PRINTF(9, 10);

static void add(struct cmp *x, const char *kind, const char *table, char *const *cols,
		size_t ncols, const char *contract, const char *database, bool sides,
		const char *fmt, ...)
{
	struct sg_buf msg = SG_BUF_INIT;
	struct sg_drift *d;
	char text[2048];
	va_list ap;
	bool ign = sg_check_ignored(x->ignore, table, NULL);

	for (size_t i = 0; i < ncols && !ign; i++)
		ign = sg_check_ignored(x->ignore, table, cols[i]);
	if (ign)
		return;
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	sg_buf_adds(&msg, text);
	if (sides && (contract || database)) {
		sg_buf_adds(&msg, " (");
		if (contract)
			sg_buf_addf(&msg, "contract: %s", contract);
		if (database)
			sg_buf_addf(&msg, "%sdatabase: %s", contract ? ", " : "", database);
		sg_buf_adds(&msg, ")");
	}
	SG_GROW(x->out->items, x->out->n + 1, x->out->cap);
	d = &x->out->items[x->out->n++];
	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->table = sg_strdup(table);
	if (ncols) {
		d->columns = sg_calloc(ncols, sizeof(char *));
		for (size_t i = 0; i < ncols; i++)
			d->columns[i] = sg_strdup(cols[i]);
		d->ncols = ncols;
	}
	d->contract = contract ? sg_strdup(contract) : NULL;
	d->database = database ? sg_strdup(database) : NULL;
	d->message = sg_buf_detach(&msg);
}

void sg_drift_report_release(struct sg_drift_report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		struct sg_drift *d = &r->items[i];

		free(d->table);
		for (size_t j = 0; j < d->ncols; j++)
			free(d->columns[j]);
		free(d->columns);
		free(d->contract);
		free(d->database);
		free(d->message);
	}
	free(r->items);
	memset(r, 0, sizeof(*r));
}

char *sg_drift_subject(const struct sg_drift *d)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_adds(&b, d->table);
	if (d->ncols == 1) {
		sg_buf_addf(&b, ".%s", d->columns[0]);
	} else if (d->ncols > 1) {
		sg_buf_adds(&b, ".(");
		for (size_t i = 0; i < d->ncols; i++)
			sg_buf_addf(&b, "%s%s", i ? ", " : "", d->columns[i]);
		sg_buf_adds(&b, ")");
	}
	return sg_buf_detach(&b);
}

/* --- comparing ------------------------------------------------------------------ */

static bool in_pk(const struct sg_table *t, const char *col)
{
	return sg_key_has_column(&t->pk, col);
}

/* A primary-key column is NOT NULL whatever its own flag says. */
static bool nullable(const struct sg_table *t, const struct sg_column *c)
{
	return c->nullable && !in_pk(t, c->name);
}

static void describe_column(const struct sg_table *t, const struct sg_column *c, struct sg_buf *b)
{
	sg_buf_addf(b, "%s, %s", c->raw_type && *c->raw_type ? c->raw_type : "?",
		    nullable(t, c) ? "nullable" : "NOT NULL");
}

static const char *ai_name(const struct sg_column *c)
{
	if (!c->auto_increment)
		return "none";
	return c->identity_always ? "identity always" : "auto-increment";
}

static bool has_value(const struct sg_column *c, const char *v)
{
	for (size_t i = 0; i < c->n_enum; i++)
		if (!strcmp(c->enum_values[i], v))
			return true;
	return false;
}

static void enum_list(const struct sg_column *c, struct sg_buf *b)
{
	for (size_t i = 0; i < c->n_enum; i++)
		sg_buf_addf(b, "%s'%s'", i ? "," : "", c->enum_values[i]);
}

static bool is_enumish(const struct sg_column *c)
{
	return c->cls == SG_T_ENUM || c->cls == SG_T_SET ||
	       (c->cls == SG_T_ARRAY && c->elem_cls == SG_T_ENUM);
}

static void compare_enums(struct cmp *x, const char *table, const struct sg_column *cc,
			  const struct sg_column *lc)
{
	char *const *col = &cc->name;
	bool differ = false;

	for (size_t i = 0; i < cc->n_enum; i++) {
		if (has_value(lc, cc->enum_values[i]))
			continue;
		differ = true;
		add(x, "enum", table, col, 1, cc->enum_values[i], NULL, false,
		    "enum values differ: contract has '%s', database lacks it", cc->enum_values[i]);
	}
	for (size_t i = 0; i < lc->n_enum; i++) {
		if (has_value(cc, lc->enum_values[i]))
			continue;
		differ = true;
		add(x, "enum", table, col, 1, NULL, lc->enum_values[i], false,
		    "enum values differ: database has '%s', contract lacks it", lc->enum_values[i]);
	}
	if (!differ && cc->n_enum == lc->n_enum) {
		for (size_t i = 0; i < cc->n_enum; i++) {
			if (strcmp(cc->enum_values[i], lc->enum_values[i])) {
				struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT;

				enum_list(cc, &a);
				enum_list(lc, &b);
				add(x, "enum", table, col, 1, a.data, b.data, true,
				    "enum values in a different order");
				sg_buf_release(&a);
				sg_buf_release(&b);
				break;
			}
		}
	}
}

/* "varchar" of "varchar(20)": the part before the arguments. */
static size_t base_len(const char *canon)
{
	return strcspn(canon, "(");
}

static void compare_column(struct cmp *x, const struct sg_table *ct, const struct sg_column *cc,
			   const struct sg_table *lt, const struct sg_column *lc)
{
	char *const *col = &cc->name;
	char *tc = sg_check_type_canon(x->d, cc), *tl = sg_check_type_canon(x->d, lc);
	bool cn = nullable(ct, cc), ln = nullable(lt, lc);

	if (strcmp(tc, tl)) {
		size_t bc = base_len(tc), bl = base_len(tl);
		const char *what = "type differs";

		if (bc == bl && !strncmp(tc, tl, bc) && strcmp(tc + bc, tl + bl)) {
			what = (cc->cls == SG_T_CHAR || cc->cls == SG_T_VARCHAR || cc->cls == SG_T_BINARY ||
				cc->cls == SG_T_BIT) ? "length differs" : "precision differs";
		}
		add(x, !strcmp(what, "type differs") ? "type" : "length", ct->name, col, 1,
		    cc->raw_type, lc->raw_type, true, "%s", what);
	} else if (is_enumish(cc) || is_enumish(lc)) {
		compare_enums(x, ct->name, cc, lc);
	}
	if (cn != ln)
		add(x, "nullability", ct->name, col, 1, cn ? "nullable" : "NOT NULL",
		    ln ? "nullable" : "NOT NULL", true, "nullability differs");
	if (!cc->generated && !lc->generated) {
		char *dc = sg_check_default_canon(x->d, cc), *dl = sg_check_default_canon(x->d, lc);

		if ((dc == NULL) != (dl == NULL) || (dc && strcmp(dc, dl)))
			add(x, "default", ct->name, col, 1, dc ? cc->default_expr : "none",
			    dl ? lc->default_expr : "none", true, "default differs");
		free(dc);
		free(dl);
	}
	if (cc->auto_increment != lc->auto_increment ||
	    (cc->auto_increment && cc->identity_always != lc->identity_always))
		add(x, "auto_increment", ct->name, col, 1, ai_name(cc), ai_name(lc), true,
		    "auto-increment differs");
	if (cc->on_update_now != lc->on_update_now)
		add(x, "on_update", ct->name, col, 1,
		    cc->on_update_now ? "ON UPDATE CURRENT_TIMESTAMP" : "no ON UPDATE",
		    lc->on_update_now ? "ON UPDATE CURRENT_TIMESTAMP" : "no ON UPDATE", true,
		    "ON UPDATE differs");
	if (cc->generated != lc->generated)
		add(x, "generated", ct->name, col, 1, cc->generated ? "generated" : "not generated",
		    lc->generated ? "generated" : "not generated", true, "generated column differs");
	free(tc);
	free(tl);
}

static struct sg_column *find_column(const struct cmp *x, const struct sg_table *t, const char *name)
{
	struct sg_column *c = sg_table_find_column(t, name);

	/* MySQL column names are case-insensitive */
	for (size_t i = 0; !c && x->d == SG_DIALECT_MYSQL && i < t->ncols; i++)
		if (!strcasecmp(t->columns[i]->name, name))
			c = t->columns[i];
	return c;
}

static bool same_cols(char *const *a, size_t na, char *const *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i], b[i]))
			return false;
	return true;
}

static void key_text(const char *what, const struct sg_key *k, struct sg_buf *b)
{
	sg_buf_adds(b, what);
	if (k->name && *k->name && !k->primary)
		sg_buf_addf(b, " %s", k->name);
	sg_buf_adds(b, " (");
	for (size_t i = 0; i < k->ncols; i++)
		sg_buf_addf(b, "%s%s", i ? ", " : "", k->columns[i]);
	sg_buf_adds(b, ")");
}

static bool named_for_fk(const struct sg_table *t, const struct sg_key *k)
{
	for (size_t i = 0; i < t->nfks; i++) {
		const struct sg_fk *fk = t->fks[i];

		if (fk->declared && fk->name && k->name && !strcmp(fk->name, k->name) &&
		    same_cols(fk->columns, fk->ncols, k->columns, k->ncols))
			return true;
	}
	return false;
}

/* MySQL creates an index named after a foreign key for its columns when no
 * other index serves it, and keeps it when the key is dropped; contracts
 * do not list those. */
static bool fk_auto_index(const struct cmp *x, const struct sg_table *ct,
			  const struct sg_table *lt, const struct sg_key *k)
{
	return x->d == SG_DIALECT_MYSQL && (named_for_fk(ct, k) || named_for_fk(lt, k));
}

static void compare_keys(struct cmp *x, const struct sg_table *ct, const struct sg_table *lt,
			 struct sg_key *const *ck, size_t nc, struct sg_key *const *lk, size_t nl,
			 bool unique)
{
	bool *used = sg_calloc(nl ? nl : 1, sizeof(bool));
	const char *label = unique ? "UNIQUE" : "INDEX";
	const char *kind = unique ? "unique_key" : "index";
	const char *noun = unique ? "unique key" : "index";
	struct sg_buf b = SG_BUF_INIT;

	for (size_t i = 0; i < nc; i++) {
		bool found = false;

		for (size_t j = 0; j < nl && !found; j++) {
			if (!used[j] && same_cols(ck[i]->columns, ck[i]->ncols, lk[j]->columns,
						  lk[j]->ncols)) {
				used[j] = true;
				found = true;
			}
		}
		if (found || (!unique && fk_auto_index(x, ct, lt, ck[i])))
			continue;
		sg_buf_reset(&b);
		key_text(label, ck[i], &b);
		add(x, kind, ct->name, ck[i]->columns, ck[i]->ncols, b.data, NULL, true,
		    "%s missing in database", noun);
	}
	for (size_t j = 0; j < nl; j++) {
		if (used[j] || (!unique && fk_auto_index(x, ct, lt, lk[j])))
			continue;
		sg_buf_reset(&b);
		key_text(label, lk[j], &b);
		add(x, kind, ct->name, lk[j]->columns, lk[j]->ncols, NULL, b.data, true,
		    "%s not in contract", noun);
	}
	sg_buf_release(&b);
	free(used);
}

static void fk_text(const struct sg_fk *fk, bool with_update, struct sg_buf *b)
{
	sg_buf_addf(b, "-> %s(", fk->ref_table);
	for (size_t i = 0; i < fk->ncols; i++)
		sg_buf_addf(b, "%s%s", i ? ", " : "", fk->ref_columns[i]);
	sg_buf_addf(b, ") ON DELETE %s", sg_fk_action_name(fk->on_delete));
	if (with_update && fk->on_update != SG_FK_NO_ACTION)
		sg_buf_addf(b, " ON UPDATE %s", sg_fk_action_name(fk->on_update));
}

/* InnoDB has no deferred checks: RESTRICT and NO ACTION are the same, and
 * MariaDB reports RESTRICT as NO ACTION. */
static enum sg_fk_action fk_action(const struct cmp *x, enum sg_fk_action a)
{
	return x->d == SG_DIALECT_MYSQL && a == SG_FK_RESTRICT ? SG_FK_NO_ACTION : a;
}

static bool same_target(const struct sg_fk *a, const struct sg_fk *b)
{
	return !strcmp(a->ref_table, b->ref_table) &&
	       same_cols(a->ref_columns, a->ncols, b->ref_columns, b->ncols);
}

static void compare_fks(struct cmp *x, const struct sg_table *ct, const struct sg_table *lt)
{
	bool *used = sg_calloc(lt->nfks ? lt->nfks : 1, sizeof(bool));
	struct sg_fk **match = sg_calloc(ct->nfks ? ct->nfks : 1, sizeof(*match));
	struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT;

	/* exact matches first, then the same columns with another target */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < ct->nfks; i++) {
			const struct sg_fk *cf = ct->fks[i];

			if (!cf->declared || match[i])
				continue;
			for (size_t j = 0; j < lt->nfks && !match[i]; j++) {
				const struct sg_fk *lf = lt->fks[j];

				if (used[j] || !lf->declared ||
				    !same_cols(cf->columns, cf->ncols, lf->columns, lf->ncols) ||
				    (pass == 0 && !same_target(cf, lf)))
					continue;
				used[j] = true;
				match[i] = lt->fks[j];
			}
		}
	}
	for (size_t i = 0; i < ct->nfks; i++) {
		const struct sg_fk *cf = ct->fks[i], *lf = match[i];

		if (!cf->declared)
			continue;
		sg_buf_reset(&a);
		sg_buf_reset(&b);
		if (!lf) {
			fk_text(cf, true, &a);
			add(x, "foreign_key", ct->name, cf->columns, cf->ncols, a.data, NULL, true,
			    "foreign key missing in database");
		} else if (!same_target(cf, lf)) {
			fk_text(cf, false, &a);
			fk_text(lf, false, &b);
			add(x, "foreign_key", ct->name, cf->columns, cf->ncols, a.data, b.data, true,
			    "foreign key target differs");
		} else {
			if (fk_action(x, cf->on_delete) != fk_action(x, lf->on_delete))
				add(x, "foreign_key", ct->name, cf->columns, cf->ncols,
				    sg_fk_action_name(cf->on_delete), sg_fk_action_name(lf->on_delete),
				    true, "foreign key ON DELETE differs");
			if (fk_action(x, cf->on_update) != fk_action(x, lf->on_update))
				add(x, "foreign_key", ct->name, cf->columns, cf->ncols,
				    sg_fk_action_name(cf->on_update), sg_fk_action_name(lf->on_update),
				    true, "foreign key ON UPDATE differs");
		}
	}
	for (size_t j = 0; j < lt->nfks; j++) {
		const struct sg_fk *lf = lt->fks[j];

		if (used[j] || !lf->declared)
			continue;
		sg_buf_reset(&b);
		fk_text(lf, true, &b);
		add(x, "foreign_key", ct->name, lf->columns, lf->ncols, NULL, b.data, true,
		    "foreign key not in contract");
	}
	sg_buf_release(&a);
	sg_buf_release(&b);
	free(used);
	free(match);
}

static void compare_pk(struct cmp *x, const struct sg_table *ct, const struct sg_table *lt)
{
	struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT;

	if (same_cols(ct->pk.columns, ct->pk.ncols, lt->pk.columns, lt->pk.ncols))
		return;
	if (ct->pk.ncols)
		key_text("PRIMARY KEY", &ct->pk, &a);
	if (lt->pk.ncols)
		key_text("PRIMARY KEY", &lt->pk, &b);
	if (!lt->pk.ncols)
		add(x, "primary_key", ct->name, ct->pk.columns, ct->pk.ncols, a.data, NULL, true,
		    "primary key missing in database");
	else if (!ct->pk.ncols)
		add(x, "primary_key", ct->name, lt->pk.columns, lt->pk.ncols, NULL, b.data, true,
		    "primary key not in contract");
	else
		add(x, "primary_key", ct->name, ct->pk.columns, ct->pk.ncols, a.data, b.data, true,
		    "primary key differs");
	sg_buf_release(&a);
	sg_buf_release(&b);
}

static void compare_table(struct cmp *x, const struct sg_contract *k, const struct sg_table *ct,
			  const struct sg_table *lt)
{
	bool *seen = sg_calloc(lt->ncols ? lt->ncols : 1, sizeof(bool));
	struct sg_buf b = SG_BUF_INIT;

	for (size_t i = 0; i < k->ndups; i++) {
		const struct sg_contract_dup *d = &k->dups[i];

		if (strcmp(d->table, ct->name))
			continue;
		sg_buf_reset(&b);
		sg_buf_addf(&b, "fields %s, %s", d->first, d->second);
		if (strcmp(d->first, d->second))
			add(x, "duplicate_mapping", ct->name, &d->column, 1, b.data, d->column, false,
			    "contract fields '%s' and '%s' map to the same database column",
			    d->first, d->second);
		else
			add(x, "duplicate_mapping", ct->name, &d->column, 1, b.data, d->column, false,
			    "contract lists the column twice");
	}
	for (size_t i = 0; i < ct->ncols; i++) {
		const struct sg_column *cc = ct->columns[i];
		struct sg_column *lc = find_column(x, lt, cc->name);

		if (!lc) {
			sg_buf_reset(&b);
			describe_column(ct, cc, &b);
			add(x, "missing_column", ct->name, &ct->columns[i]->name, 1, b.data, NULL, true,
			    "missing in database");
			continue;
		}
		seen[sg_table_column_index(lt, lc->name)] = true;
		compare_column(x, ct, cc, lt, lc);
	}
	for (size_t j = 0; j < lt->ncols; j++) {
		if (seen[j])
			continue;
		sg_buf_reset(&b);
		describe_column(lt, lt->columns[j], &b);
		add(x, "extra_column", ct->name, &lt->columns[j]->name, 1, NULL, b.data, true,
		    "not in contract");
	}
	compare_pk(x, ct, lt);
	compare_keys(x, ct, lt, ct->uniques, ct->nuniques, lt->uniques, lt->nuniques, true);
	compare_keys(x, ct, lt, ct->indexes, ct->nindexes, lt->indexes, lt->nindexes, false);
	compare_fks(x, ct, lt);
	sg_buf_release(&b);
	free(seen);
}

void sg_validate_compare(const struct sg_contract *contract, const struct sg_schema *live,
			 const struct sg_namelist *ignore, struct sg_drift_report *out)
{
	const struct sg_schema *cs = &contract->schema;
	struct cmp x = { live->dialect ? live->dialect : cs->dialect, ignore, out };
	size_t i = 0, j = 0;
	char num[32];

	/* Both lists are sorted by name (sg_schema_finish): merge them. */
	while (i < cs->ntables || j < live->ntables) {
		const struct sg_table *ct = i < cs->ntables ? cs->tables[i] : NULL;
		const struct sg_table *lt = j < live->ntables ? live->tables[j] : NULL;
		int c = !ct ? 1 : !lt ? -1 : strcmp(ct->name, lt->name);
		const char *name = c <= 0 ? ct->name : lt->name;

		if (!sg_check_ignored(ignore, name, NULL))
			out->ntables++;
		if (c < 0) {
			snprintf(num, sizeof(num), "%zu columns", ct->ncols);
			add(&x, "missing_table", ct->name, NULL, 0, num, NULL, true,
			    "table missing in database");
			i++;
		} else if (c > 0) {
			snprintf(num, sizeof(num), "%zu columns", lt->ncols);
			add(&x, "extra_table", lt->name, NULL, 0, NULL, num, true,
			    "table not in contract");
			j++;
		} else {
			compare_table(&x, contract, ct, lt);
			i++;
			j++;
		}
	}
}

/* --- reports --------------------------------------------------------------------- */

int sg_check_report_dir(const char *dir, char **out, struct sg_error *err)
{
	struct sg_buf path = SG_BUF_INIT;
	time_t now = time(NULL);
	struct tm tm;
	char date[16];

	*out = NULL;
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%Y-%m-%d", &tm);
	sg_buf_adds(&path, dir);
	while (path.len > 1 && path.data[path.len - 1] == '/')
		path.data[--path.len] = '\0';
	sg_buf_addf(&path, "/%s", date);
	/* mkdir -p */
	for (size_t i = 1; i <= path.len; i++) {
		if (i < path.len && path.data[i] != '/')
			continue;
		path.data[i] = '\0';
		if (mkdir(path.data, 0777) < 0 && errno != EEXIST) {
			int e = errno;

			sg_error_set(err, SG_EXIT_USAGE, "cannot create report directory '%s': %s",
				     path.data, strerror(e));
			sg_buf_release(&path);
			return -1;
		}
		if (i < path.len)
			path.data[i] = '/';
	}
	*out = sg_buf_detach(&path);
	return 0;
}

int sg_check_write_file(const char *path, const char *text, struct sg_error *err)
{
	FILE *f = fopen(path, "w");

	if (!f)
		return sg_error_set(err, SG_EXIT_USAGE, "cannot write '%s': %s", path, strerror(errno));
	fputs(text, f);
	if (fclose(f) != 0)
		return sg_error_set(err, SG_EXIT_USAGE, "cannot write '%s': %s", path, strerror(errno));
	return 0;
}

struct run_info {
	const char *contract_path;
	const char *contract_kind;
	const char *database;   /* redacted URL */
	char when[32];          /* ISO 8601, UTC */
};

static void summary(const struct sg_drift_report *r, struct sg_buf *b)
{
	sg_buf_addf(b, "%zu issue%s across %zu table%s", r->n, r->n == 1 ? "" : "s", r->ntables,
		    r->ntables == 1 ? "" : "s");
}

static char *report_json(const struct sg_drift_report *r, const struct run_info *ri)
{
	cJSON *root = cJSON_CreateObject(), *arr = cJSON_CreateArray();
	struct sg_buf s = SG_BUF_INIT;
	char *out;

	cJSON_AddStringToObject(root, "format", "seedgen-validate/1");
	cJSON_AddStringToObject(root, "contract", ri->contract_path);
	cJSON_AddStringToObject(root, "contract_format", ri->contract_kind);
	cJSON_AddStringToObject(root, "database", ri->database);
	cJSON_AddStringToObject(root, "checked_at", ri->when);
	cJSON_AddNumberToObject(root, "tables", (double)r->ntables);
	cJSON_AddNumberToObject(root, "issue_count", (double)r->n);
	for (size_t i = 0; i < r->n; i++) {
		const struct sg_drift *d = &r->items[i];
		cJSON *o = cJSON_CreateObject(), *cols = cJSON_CreateArray();
		char *subject = sg_drift_subject(d);

		cJSON_AddStringToObject(o, "table", d->table);
		if (d->ncols == 1)
			cJSON_AddStringToObject(o, "column", d->columns[0]);
		else
			cJSON_AddNullToObject(o, "column");
		for (size_t j = 0; j < d->ncols; j++)
			cJSON_AddItemToArray(cols, cJSON_CreateString(d->columns[j]));
		cJSON_AddItemToObject(o, "columns", cols);
		cJSON_AddStringToObject(o, "kind", d->kind);
		if (d->contract)
			cJSON_AddStringToObject(o, "contract", d->contract);
		else
			cJSON_AddNullToObject(o, "contract");
		if (d->database)
			cJSON_AddStringToObject(o, "database", d->database);
		else
			cJSON_AddNullToObject(o, "database");
		cJSON_AddStringToObject(o, "message", d->message);
		sg_buf_reset(&s);
		sg_buf_addf(&s, "%s: %s", subject, d->message);
		cJSON_AddStringToObject(o, "line", s.data);
		cJSON_AddItemToArray(arr, o);
		free(subject);
	}
	cJSON_AddItemToObject(root, "issues", arr);
	sg_buf_reset(&s);
	summary(r, &s);
	cJSON_AddStringToObject(root, "summary", s.data);
	out = cJSON_Print(root);
	cJSON_Delete(root);
	sg_buf_release(&s);
	if (!out)
		out = sg_strdup("{}");
	return out;
}

/* Markdown table cells: pipes and newlines would break the row. */
static void md_cell(struct sg_buf *b, const char *s)
{
	if (!s || !*s) {
		sg_buf_adds(b, " ");
		return;
	}
	for (; *s; s++) {
		if (*s == '|')
			sg_buf_adds(b, "\\|");
		else if (*s == '\n')
			sg_buf_addch(b, ' ');
		else
			sg_buf_addch(b, *s);
	}
}

static char *report_markdown(const struct sg_drift_report *r, const struct run_info *ri)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_adds(&b, "# Schema drift report\n\n");
	sg_buf_addf(&b, "- Contract: `%s` (%s)\n", ri->contract_path, ri->contract_kind);
	sg_buf_addf(&b, "- Database: `%s`\n", ri->database);
	sg_buf_addf(&b, "- Checked: %s\n\n**", ri->when);
	summary(r, &b);
	sg_buf_adds(&b, "**\n");
	if (r->n) {
		sg_buf_adds(&b, "\n| Table | Column | Issue | Contract | Database |\n"
			    "| --- | --- | --- | --- | --- |\n");
		for (size_t i = 0; i < r->n; i++) {
			const struct sg_drift *d = &r->items[i];
			struct sg_buf cols = SG_BUF_INIT;

			for (size_t j = 0; j < d->ncols; j++)
				sg_buf_addf(&cols, "%s%s", j ? ", " : "", d->columns[j]);
			sg_buf_adds(&b, "| ");
			md_cell(&b, d->table);
			sg_buf_adds(&b, " | ");
			md_cell(&b, cols.data);
			sg_buf_adds(&b, " | ");
			md_cell(&b, d->message);
			sg_buf_adds(&b, " | ");
			md_cell(&b, d->contract);
			sg_buf_adds(&b, " | ");
			md_cell(&b, d->database);
			sg_buf_adds(&b, " |\n");
			sg_buf_release(&cols);
		}
	}
	return sg_buf_detach(&b);
}

static char *report_text(const struct sg_drift_report *r)
{
	struct sg_buf b = SG_BUF_INIT;

	for (size_t i = 0; i < r->n; i++) {
		char *subject = sg_drift_subject(&r->items[i]);

		sg_buf_addf(&b, "%s: %s\n", subject, r->items[i].message);
		free(subject);
	}
	summary(r, &b);
	sg_buf_addch(&b, '\n');
	return sg_buf_detach(&b);
}

/* --- the command ------------------------------------------------------------------ */

enum { O_CONTRACT = 1, O_OUT, O_IGNORE };

static const struct sg_option options[] = {
	{ "contract", 'c', "FILE", "seedgen schema JSON (seedgen snapshot) or a drizzle-kit\n"
	  "snapshot (mysql version 5, postgresql version 7)", O_CONTRACT },
	{ NULL, 0, NULL, "text (default), json or markdown", SG_O_FORMAT },
	{ "out", 'o', "DIR", "also write DIR/<YYYY-MM-DD>/report.json and report.md\n(UTC date)",
	  O_OUT },
	{ "ignore", 0, "PATTERN", "skip tables or columns matching a glob on 'table' or\n"
	  "'table.column' (repeatable, or a comma list)", O_IGNORE },
	{ 0 },
};

const struct sg_cmd_help sg_help_validate = {
	.synopsis = "--contract FILE [--db URL] [--schema NAME]\n"
		    "                        [--format text|json|markdown] [--out DIR]\n"
		    "                        [--ignore PATTERN]...",
	.about = "Compares the live schema with a contract and reports the drift: missing and\n"
		 "extra tables and columns; type, length/precision, nullability, default,\n"
		 "auto-increment and enum-value differences; missing and extra primary keys,\n"
		 "unique keys, indexes and foreign keys (with ON DELETE). Equivalent spellings\n"
		 "(int and int(11), boolean and tinyint(1), now() and CURRENT_TIMESTAMP, quoted\n"
		 "and unquoted literals, server-generated key names) are not drift.",
	.options = options,
	.footer = "Exit codes: 0 no drift, 1 drift, 2 usage or input error (unreadable or\n"
		  "malformed contract), 3 database error.\n",
};

static const char *dialect_label(enum sg_dialect d)
{
	return d == SG_DIALECT_MYSQL ? "mysql" : d == SG_DIALECT_PGSQL ? "postgresql" : "unknown";
}

static int write_reports(const char *dir, const struct sg_drift_report *r,
			 const struct run_info *ri, struct sg_error *err)
{
	char *day = NULL, *json = NULL, *md = NULL;
	struct sg_buf p = SG_BUF_INIT;
	int rc = -1;

	if (sg_check_report_dir(dir, &day, err) < 0)
		return -1;
	json = report_json(r, ri);
	md = report_markdown(r, ri);
	sg_buf_addf(&p, "%s/report.json", day);
	if (sg_check_write_file(p.data, json, err) < 0)
		goto out;
	sg_buf_reset(&p);
	sg_buf_addf(&p, "%s/report.md", day);
	if (sg_check_write_file(p.data, md, err) < 0)
		goto out;
	if (!sg_quiet)
		fprintf(stderr, "seedgen: wrote %s/report.json and %s/report.md\n", day, day);
	rc = 0;
out:
	free(day);
	free(json);
	free(md);
	sg_buf_release(&p);
	return rc;
}

int cmd_validate(struct sg_args *a)
{
	struct sg_error err = { 0 };
	struct sg_namelist ignore = { 0 };
	struct sg_contract contract = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_drift_report rep = { 0 };
	struct run_info ri = { 0 };
	const char *db_flag = a->db, *schema_name = a->schema, *contract_path = NULL;
	const char *out_dir = NULL, *url;
	enum sg_format fmt = a->format;
	char *text;
	time_t now;
	struct tm tm;
	int rc = SG_EXIT_OK;

	for (size_t i = 0; i < a->nown; i++) {
		const char *v = a->own[i].value;

		switch (a->own[i].id) {
		case O_CONTRACT: contract_path = v; break;
		case O_OUT: out_dir = v; break;
		case O_IGNORE: sg_namelist_add_csv(&ignore, v); break;
		}
	}
	if (!contract_path) {
		sg_error_set(&err, SG_EXIT_USAGE, "seedgen validate needs --contract FILE");
		sg_error_hint(&err, "write one with 'seedgen snapshot > contract.json', or pass a "
			      "drizzle-kit snapshot (drizzle/meta/NNNN_snapshot.json)");
		goto fail;
	}
	if (sg_cli_db_url(db_flag, &url, &err) < 0)
		goto fail;
	if (sg_contract_load(contract_path, schema_name, &contract, &err) < 0)
		goto fail;
	if (sg_db_open(&db, url, schema_name, &err) < 0)
		goto fail;
	if (contract.schema.dialect != db.drv->dialect) {
		sg_error_set(&err, SG_EXIT_USAGE, "contract '%s' describes a %s schema, but '%s' is %s",
			     contract_path, dialect_label(contract.schema.dialect), db.url.redacted,
			     dialect_label(db.drv->dialect));
		goto fail;
	}
	if (sg_db_introspect(&db, &schema, &err) < 0)
		goto fail;

	sg_validate_compare(&contract, &schema, &ignore, &rep);
	ri.contract_path = contract_path;
	ri.contract_kind = sg_contract_kind_name(contract.kind);
	ri.database = db.url.redacted;
	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(ri.when, sizeof(ri.when), "%Y-%m-%dT%H:%M:%SZ", &tm);

	if (fmt == SG_FMT_JSON)
		text = report_json(&rep, &ri);
	else if (fmt == SG_FMT_MARKDOWN)
		text = report_markdown(&rep, &ri);
	else
		text = report_text(&rep);
	fputs(text, stdout);
	if (fmt == SG_FMT_JSON)
		fputc('\n', stdout);
	fflush(stdout);
	free(text);
	if (out_dir && write_reports(out_dir, &rep, &ri, &err) < 0)
		goto fail;
	rc = rep.n ? SG_EXIT_CHECK : SG_EXIT_OK;
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	sg_drift_report_release(&rep);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_contract_release(&contract);
	sg_namelist_release(&ignore);
	return rc;
}
