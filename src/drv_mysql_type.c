/*
 * MySQL/MariaDB type rules, one home for the driver's introspection and the
 * contract reader: parsing a column type ("decimal(10,2) unsigned",
 * "enum('a','b''c')", "tinyint(1)") into the schema model, the canonical
 * spelling `seedgen validate` compares, and the dialect's capabilities
 * (struct sg_caps). Pure text: no client library here.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/caps.h"


/* Splits "decimal(10,2) unsigned zerofill" into a lower-case base name, the
 * text between the outermost parentheses, and the unsigned flag. Enum/set
 * values may hold parentheses and commas inside quotes, so the closing
 * parenthesis is found by skipping quoted text. */
struct type_parts {
	char base[32];
	const char *args;  /* points into the type string, NULL without (...) */
	size_t args_len;
	bool is_unsigned;
};

static void split_type(const char *type, struct type_parts *tp)
{
	const char *p = type;
	size_t n = 0;

	memset(tp, 0, sizeof(*tp));
	while (*p == ' ')
		p++;
	while (*p && *p != '(' && *p != ' ' && n < sizeof(tp->base) - 1) {
		char ch = *p++;

		tp->base[n++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
	}
	tp->base[n] = '\0';
	/* "double precision" is spelled with a space */
	if (!strcmp(tp->base, "double") && !strncasecmp(p, " precision", 10))
		p += 10;
	if (*p == '(') {
		const char *a = ++p;
		char q = 0;

		for (; *p; p++) {
			if (q) {
				if (*p == '\\' && p[1])
					p++;
				else if (*p == q && p[1] == q)
					p++;
				else if (*p == q)
					q = 0;
			} else if (*p == '\'' || *p == '"') {
				q = *p;
			} else if (*p == ')') {
				break;
			}
		}
		tp->args = a;
		tp->args_len = (size_t)(p - a);
		if (*p == ')')
			p++;
	}
	for (;;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (!strncasecmp(p, "unsigned", 8))
			tp->is_unsigned = true;
		while (*p && *p != ' ')
			p++;
	}
}

/* Reads "n" or "n,m" from the argument text; -1 for a missing number. */
static void type_numbers(const struct type_parts *tp, int *a, int *b)
{
	char tmp[64];
	char *end;
	size_t n = tp->args_len < sizeof(tmp) - 1 ? tp->args_len : sizeof(tmp) - 1;

	*a = *b = -1;
	if (!tp->args)
		return;
	memcpy(tmp, tp->args, n);
	tmp[n] = '\0';
	errno = 0;
	long v = strtol(tmp, &end, 10);
	if (end == tmp || errno || v < 0 || v > INT_MAX)
		return;
	*a = (int)v;
	if (*end == ',') {
		char *s = end + 1;

		v = strtol(s, &end, 10);
		if (end != s && v >= 0 && v <= INT_MAX)
			*b = (int)v;
	}
}

/* Parses the quoted member list of enum(...)/set(...) as information_schema
 * spells it: quotes doubled, and backslash escapes for \\ \n \r \0 \Z
 * (MariaDB escapes those; a tab stays raw). */
static void parse_enum_values(struct sg_column *col, const char *args, size_t len)
{
	struct sg_buf v = SG_BUF_INIT;
	size_t i = 0;

	while (i < len) {
		while (i < len && (args[i] == ' ' || args[i] == ','))
			i++;
		if (i >= len || args[i] != '\'')
			break;
		i++;
		sg_buf_reset(&v);
		sg_buf_add(&v, "", 0);
		while (i < len) {
			char ch = args[i];

			if (ch == '\'' && i + 1 < len && args[i + 1] == '\'') {
				sg_buf_addch(&v, '\'');
				i += 2;
			} else if (ch == '\'') {
				i++;
				break;
			} else if (ch == '\\' && i + 1 < len) {
				char e = args[i + 1];

				switch (e) {
				case 'n': sg_buf_addch(&v, '\n'); break;
				case 'r': sg_buf_addch(&v, '\r'); break;
				case 't': sg_buf_addch(&v, '\t'); break;
				case 'Z': sg_buf_addch(&v, '\032'); break;
				case '0': break; /* NUL cannot live in a C string */
				default: sg_buf_addch(&v, e); break;
				}
				i += 2;
			} else {
				sg_buf_addch(&v, ch);
				i++;
			}
		}
		sg_column_add_enum(col, sg_buf_str(&v));
	}
	sg_buf_release(&v);
}

/* Sets cls and the size fields of col from a MySQL type (COLUMN_TYPE, or
 * a contract's type squeezed by sg_type_squeeze). */
static void classify_type(struct sg_column *col, const char *type)
{
	static const struct { const char *name; int bytes; } ints[] = {
		{ "tinyint", 1 }, { "smallint", 2 }, { "mediumint", 3 },
		{ "int", 4 }, { "integer", 4 }, { "bigint", 8 },
	};
	static const struct { const char *name; enum sg_type_class cls; int length; } fixed[] = {
		{ "tinytext", SG_T_TEXT, 255 }, { "text", SG_T_TEXT, 65535 },
		{ "mediumtext", SG_T_TEXT, 0 }, { "longtext", SG_T_TEXT, 0 },
		{ "tinyblob", SG_T_BINARY, 255 }, { "blob", SG_T_BINARY, 65535 },
		{ "mediumblob", SG_T_BINARY, 0 }, { "longblob", SG_T_BINARY, 0 },
		{ "json", SG_T_JSON, 0 }, { "date", SG_T_DATE, 0 },
		{ "year", SG_T_YEAR, 0 }, { "uuid", SG_T_UUID, 0 },
	};
	struct type_parts tp;
	const char *b;
	int n1, n2;

	split_type(type, &tp);
	type_numbers(&tp, &n1, &n2);
	b = tp.base;
	col->cls = SG_T_OTHER;
	col->is_unsigned = tp.is_unsigned;

	if (!strcmp(b, "bool") || !strcmp(b, "boolean") ||
	    (!strcmp(b, "tinyint") && n1 == 1)) {
		col->cls = SG_T_BOOL;
		col->is_unsigned = false;
		return;
	}
	for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++)
		if (!strcmp(b, ints[i].name)) {
			col->cls = SG_T_INT;
			col->int_bytes = ints[i].bytes;
			return;
		}
	if (!strcmp(b, "decimal") || !strcmp(b, "numeric") || !strcmp(b, "dec") ||
	    !strcmp(b, "fixed")) {
		col->cls = SG_T_DECIMAL;
		col->precision = n1 >= 0 ? n1 : 10; /* MySQL's DECIMAL = DECIMAL(10,0) */
		col->scale = n2 >= 0 ? n2 : 0;
		return;
	}
	if (!strcmp(b, "float") || !strcmp(b, "double") || !strcmp(b, "real")) {
		/* FLOAT(p) with p > 24 is a double; FLOAT(M,D) keeps M,D */
		col->cls = (!strcmp(b, "float") && !(n1 > 24 && n2 < 0)) ? SG_T_FLOAT
									 : SG_T_DOUBLE;
		if (n1 >= 0 && n2 >= 0) {
			col->precision = n1;
			col->scale = n2;
		}
		return;
	}
	if (!strcmp(b, "char") || !strcmp(b, "varchar")) {
		col->cls = b[0] == 'c' ? SG_T_CHAR : SG_T_VARCHAR;
		col->length = n1 >= 0 ? n1 : (b[0] == 'c' ? 1 : 0);
		return;
	}
	if (!strcmp(b, "binary") || !strcmp(b, "varbinary")) {
		col->cls = SG_T_BINARY;
		col->length = n1 >= 0 ? n1 : (b[0] == 'b' ? 1 : 0);
		return;
	}
	if (!strcmp(b, "time") || !strcmp(b, "datetime") || !strcmp(b, "timestamp")) {
		col->cls = !strcmp(b, "time") ? SG_T_TIME
			 : !strcmp(b, "datetime") ? SG_T_DATETIME : SG_T_TIMESTAMP;
		col->precision = n1; /* -1 when no fractional digits are declared */
		return;
	}
	if (!strcmp(b, "bit")) {
		col->cls = SG_T_BIT;
		col->length = n1 >= 0 ? n1 : 1;
		col->is_unsigned = false;
		return;
	}
	if (!strcmp(b, "enum") || !strcmp(b, "set")) {
		col->cls = b[0] == 'e' ? SG_T_ENUM : SG_T_SET;
		col->is_unsigned = false;
		if (tp.args)
			parse_enum_values(col, tp.args, tp.args_len);
		return;
	}
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		if (!strcmp(b, fixed[i].name)) {
			col->cls = fixed[i].cls;
			col->length = fixed[i].length;
			return;
		}
	col->is_unsigned = false;
}


/* Aliases a contract may spell (drizzle-kit, hand-written SQL) for the
 * names information_schema reports. */
static const char *const aliases[][2] = {
	{ "int1", "tinyint" }, { "int2", "smallint" }, { "int3", "mediumint" },
	{ "middleint", "mediumint" }, { "int4", "int" }, { "int8", "bigint" },
	{ "float4", "float" }, { "float8", "double" }, { "nchar", "char" },
	{ "character varying", "varchar" }, { "character", "char" },
	{ "nvarchar", "varchar" }, { "varchar2", "varchar" },
	{ "national varchar", "varchar" }, { "national char", "char" },
};

static void my_classify(struct sg_column *col)
{
	char *s = sg_type_squeeze(col->raw_type ? col->raw_type : "");
	size_t n = 0;

	col->cls = SG_T_OTHER;
	col->int_bytes = 0;
	col->length = 0;
	col->precision = 0;
	col->scale = 0;
	col->with_tz = false;
	for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
		n = strlen(aliases[i][0]);
		if (!strncmp(s, aliases[i][0], n) && (!s[n] || s[n] == '(' || s[n] == ' ')) {
			struct sg_buf b = SG_BUF_INIT;

			sg_buf_adds(&b, aliases[i][1]);
			sg_buf_adds(&b, s + n);
			free(s);
			s = sg_buf_detach(&b);
			break;
		}
	}
	if (!strncmp(s, "serial", 6) && (!s[6] || s[6] == ' ')) {
		/* SERIAL = BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE */
		col->cls = SG_T_INT;
		col->int_bytes = 8;
		col->is_unsigned = true;
	} else if (!strncmp(s, "enum(", 5) || !strncmp(s, "set(", 4)) {
		/* the members as written: squeezing would fold their case and blanks */
		struct sg_buf b = SG_BUF_INIT;

		sg_buf_adds(&b, s[0] == 'e' ? "enum" : "set");
		sg_buf_adds(&b, strchr(col->raw_type, '('));
		if (col->n_enum)
			col->cls = s[0] == 'e' ? SG_T_ENUM : SG_T_SET;
		else
			classify_type(col, b.data);
		sg_buf_release(&b);
	} else {
		classify_type(col, s);
	}
	free(s);
}

/* --- canonical types (validate) --- */

static const char *const mysql_ints[] = { "tinyint", "smallint", "mediumint", "int", "bigint", NULL };

/* Maps a MySQL base type name (and its arguments) to the canonical one. */
static void my_canon_type(struct sg_buf *base, struct sg_buf *args, bool *uns, int tz)
{
	static const char *const to_int[] = { "integer", "int4", NULL };
	const char *b = sg_buf_str(base);
	const char *repl = NULL;

	(void)tz;

	if (sg_caps_word_in(b, to_int))
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
	} else if (sg_caps_word_in(b, mysql_ints) || !strcmp(b, "year")) {
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


const struct sg_caps sg_caps_mysql = {
	.name = "mysql",
	.dialect = SG_DIALECT_MYSQL,
	.begin_sql = "START TRANSACTION",
	.null_safe_eq = " <=> ",
	.bool_literal = { "0", "1" },
	.bool_text = { "0", "1" },
	.exact_open = "CAST(",
	.exact_close = " AS BINARY)",
	.backslash_escapes = true,
	.charset_introducers = true,
	.ci_columns = true,
	.ci_text_keys = true,
	.json_is_text = true,
	.enum_inline = true,
	.restrict_is_no_action = true,
	.fk_auto_index = true,
	.length_counts_bytes = true,
	.text_limit_bytes = true,
	.timestamp_1970_2038 = true,
	.datetime_from_1000 = true,
	.time_838h = true,
	.binary_fixed_pad = true,
	.bit_is_binary = true,
	.geometry_wkb = true,
	.classify = my_classify,
	.canon_type = my_canon_type,
};
