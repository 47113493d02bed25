/*
 * Canonical forms for `seedgen validate` and `fingerprint` (check.h): a
 * column type and a column default in one spelling, so that "int(11)" and
 * "integer", or now() and CURRENT_TIMESTAMP, are not drift. The dialect's
 * own type names come from its caps (canon_type); what is common --
 * squeezing, modifiers, arrays, quotes, casts and parentheses around
 * defaults -- is here.
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

static const char *const type_modifiers[] = {
	" unsigned", " signed", " zerofill", " with", " character set", " charset", " collate", NULL,
};

char *sg_check_type_canon(const struct sg_caps *caps, const struct sg_column *c)
{
	char *s = sg_type_squeeze(c->raw_type ? c->raw_type : "");
	struct sg_buf base = SG_BUF_INIT, args = SG_BUF_INIT, out = SG_BUF_INIT;
	size_t n = strlen(s), cut;
	bool array = false, uns;
	int tz = -1;
	char *p;

	while (caps->arrays && n >= 2 && !strcmp(s + n - 2, "[]")) {
		s[n -= 2] = '\0';
		array = true;
	}
	if (caps->json_is_text && c->cls == SG_T_JSON) {
		/* MariaDB's JSON is LONGTEXT with a json_valid CHECK */
		sg_buf_adds(&out, "json");
		goto done;
	}
	if (caps->enum_inline && (!strncmp(s, "enum(", 5) || !strncmp(s, "set(", 4))) {
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
	caps->canon_type(&base, &args, &uns, tz);
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

/* Peels what does not change the value: blanks, outer parentheses, casts
 * and charset introducers, until nothing more comes off. */
static void unwrap(const struct sg_caps *caps, struct sg_buf *b)
{
	bool changed = true;

	while (changed) {
		changed = false;
		trim(b);
		if (wrapped(b, caps->backslash_escapes)) {
			memmove(b->data, b->data + 1, b->len - 2);
			b->len -= 2;
			b->data[b->len] = '\0';
			changed = true;
		} else if (caps->cast_suffix && cut_cast(b)) {
			changed = true;
		} else if (caps->charset_introducers && b->len > 2 && b->data[0] == '_' &&
			   strchr(b->data, '\'') && strspn(b->data + 1,
			   "abcdefghijklmnopqrstuvwxyz0123456789") == (size_t)(strchr(b->data, '\'') - b->data - 1)) {
			/* a charset introducer: _utf8mb4'abc' */
			size_t q = (size_t)(strchr(b->data, '\'') - b->data);

			memmove(b->data, b->data + q, b->len - q + 1);
			b->len -= q;
			changed = true;
		}
	}
}

/* The value of the string literal b (the whole of it) into v. */
static void unquote(const struct sg_buf *b, bool backslash, struct sg_buf *v)
{
	for (size_t i = 1; i + 1 < b->len; i++) {
		if (backslash && b->data[i] == '\\' && i + 2 < b->len) {
			char e = b->data[++i];

			sg_buf_addch(v, e == 'n' ? '\n' : e == 't' ? '\t' : e == '0' ? '\0' : e);
		} else if (b->data[i] == '\'') {
			sg_buf_addch(v, '\'');
			i++;
		} else {
			sg_buf_addch(v, b->data[i]);
		}
	}
	sg_buf_adds(v, "");
}

/* An expression default into v: lower case and no blanks outside
 * literals, the clock functions under one name each. */
static void expression(const struct sg_buf *b, bool backslash, struct sg_buf *v)
{
	static const char *const now_words[] = { "now()", "current_timestamp",
		"current_timestamp()", "localtimestamp", "localtimestamp()",
		"localtime", "localtime()", NULL };
	static const char *const date_words[] = { "current_date", "current_date()",
		"curdate()", NULL };
	static const char *const time_words[] = { "current_time", "current_time()",
		"curtime()", NULL };
	const char *x, *repl = NULL;
	int prec;
	char tail;

	for (size_t i = 0; i < b->len; i++) {
		char ch = b->data[i];

		if (ch == '\'') {
			size_t e = skip_quoted(b->data, i, backslash);

			sg_buf_add(v, b->data + i, e - i + (e < b->len));
			i = e;
		} else if (ch != ' ' && ch != '\t' && ch != '\n') {
			sg_buf_addch(v, (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
		}
	}
	sg_buf_adds(v, "");
	x = v->data;
	if (sg_caps_word_in(x, now_words))
		repl = "current_timestamp";
	else if (sg_caps_word_in(x, date_words))
		repl = "current_date";
	else if (sg_caps_word_in(x, time_words))
		repl = "current_time";
	if (repl) {
		sg_buf_reset(v);
		sg_buf_adds(v, repl);
	} else if ((sscanf(x, "now(%d%c", &prec, &tail) == 2 ||
		    sscanf(x, "current_timestamp(%d%c", &prec, &tail) == 2 ||
		    sscanf(x, "localtimestamp(%d%c", &prec, &tail) == 2) && tail == ')') {
		sg_buf_reset(v);
		sg_buf_addf(v, "current_timestamp(%d)", prec);
	} else if (!strchr(x, '(') && strcmp(x, "true") && strcmp(x, "false")) {
		/* a bare word keeps its case: MySQL 8 reports 'ACTIVE' as ACTIVE */
		sg_buf_reset(v);
		sg_buf_adds(v, b->data);
	}
}

char *sg_check_default_canon(const struct sg_caps *caps, const struct sg_column *c)
{
	bool backslash = caps->backslash_escapes;
	struct sg_buf b = SG_BUF_INIT, v = SG_BUF_INIT;
	char *lower;

	if (!c->default_expr)
		return NULL;
	sg_buf_adds(&b, c->default_expr);
	unwrap(caps, &b);
	if (!strcasecmp(sg_buf_str(&b), "null") ||
	    (c->auto_increment && !strncasecmp(sg_buf_str(&b), "nextval(", 8))) {
		sg_buf_release(&b);
		return NULL;
	}
	if (b.len >= 2 && b.data[0] == '\'' && skip_quoted(b.data, 0, backslash) == b.len - 1)
		unquote(&b, backslash, &v);
	else
		expression(&b, backslash, &v);
	lower = sg_strdup(v.data);
	for (char *q = lower; *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q + 32);
	if (c->cls == SG_T_BOOL && sg_caps_word_in(lower, true_words)) {
		sg_buf_reset(&v);
		sg_buf_adds(&v, "true");
	} else if (c->cls == SG_T_BOOL && sg_caps_word_in(lower, false_words)) {
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
