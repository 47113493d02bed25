/*
 * PostgreSQL type rules outside the driver's catalog reads: parsing a type
 * as a contract file spells it ("int4", "varchar(20)", "timestamp (3) with
 * time zone", "text[]") into the schema model, the canonical spelling
 * `seedgen validate` compares, and the dialect's capabilities (struct
 * sg_caps). Pure text: no client library here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/caps.h"

struct type_name {
	const char *name;
	enum sg_type_class cls;
	int bytes;
};

static const struct type_name type_names[] = {
	{ "tinyint", SG_T_INT, 1 }, { "int1", SG_T_INT, 1 },
	{ "smallint", SG_T_INT, 2 }, { "int2", SG_T_INT, 2 }, { "smallserial", SG_T_INT, 2 },
	{ "serial2", SG_T_INT, 2 },
	{ "mediumint", SG_T_INT, 3 }, { "int3", SG_T_INT, 3 }, { "middleint", SG_T_INT, 3 },
	{ "int", SG_T_INT, 4 }, { "integer", SG_T_INT, 4 }, { "int4", SG_T_INT, 4 },
	{ "serial4", SG_T_INT, 4 },
	{ "bigint", SG_T_INT, 8 }, { "int8", SG_T_INT, 8 }, { "bigserial", SG_T_INT, 8 },
	{ "serial8", SG_T_INT, 8 },
	{ "bool", SG_T_BOOL, 0 }, { "boolean", SG_T_BOOL, 0 },
	{ "decimal", SG_T_DECIMAL, 0 }, { "numeric", SG_T_DECIMAL, 0 }, { "dec", SG_T_DECIMAL, 0 },
	{ "fixed", SG_T_DECIMAL, 0 },
	{ "float4", SG_T_FLOAT, 0 }, { "double", SG_T_DOUBLE, 0 },
	{ "double precision", SG_T_DOUBLE, 0 }, { "float8", SG_T_DOUBLE, 0 },
	{ "char", SG_T_CHAR, 0 }, { "character", SG_T_CHAR, 0 }, { "bpchar", SG_T_CHAR, 0 },
	{ "nchar", SG_T_CHAR, 0 },
	{ "varchar", SG_T_VARCHAR, 0 }, { "character varying", SG_T_VARCHAR, 0 },
	{ "nvarchar", SG_T_VARCHAR, 0 }, { "varchar2", SG_T_VARCHAR, 0 },
	{ "tinytext", SG_T_TEXT, 0 }, { "text", SG_T_TEXT, 0 }, { "mediumtext", SG_T_TEXT, 0 },
	{ "longtext", SG_T_TEXT, 0 }, { "citext", SG_T_TEXT, 0 },
	{ "json", SG_T_JSON, 0 }, { "jsonb", SG_T_JSON, 0 },
	{ "date", SG_T_DATE, 0 }, { "time", SG_T_TIME, 0 }, { "timetz", SG_T_TIME, 0 },
	{ "datetime", SG_T_DATETIME, 0 }, { "timestamptz", SG_T_TIMESTAMP, 0 },
	{ "uuid", SG_T_UUID, 0 },
	{ "binary", SG_T_BINARY, 0 }, { "varbinary", SG_T_BINARY, 0 },
	{ "tinyblob", SG_T_BINARY, 0 }, { "blob", SG_T_BINARY, 0 },
	{ "mediumblob", SG_T_BINARY, 0 }, { "longblob", SG_T_BINARY, 0 },
	{ "bytea", SG_T_BINARY, 0 },
	{ "year", SG_T_YEAR, 0 }, { "bit", SG_T_BIT, 0 },
	{ NULL, SG_T_OTHER, 0 },
};

static void pg_classify(struct sg_column *col)
{
	char *s = sg_type_squeeze(col->raw_type ? col->raw_type : "");
	char *open;
	size_t n = strlen(s);
	int a1 = -1, a2 = -1;
	bool tz = false;

	col->cls = SG_T_OTHER;
	col->length = 0;
	col->precision = -1;
	col->scale = 0;
	if (n >= 2 && !strcmp(s + n - 2, "[]")) {
		struct sg_column elem = { 0 };

		while (n >= 2 && !strcmp(s + n - 2, "[]"))
			s[n -= 2] = '\0';
		elem.raw_type = s;
		pg_classify(&elem);
		col->cls = SG_T_ARRAY;
		col->elem_cls = elem.cls;
		free(col->elem_type);
		col->elem_type = sg_strdup(s);
		free(s);
		return;
	}
	if (strstr(s, " unsigned")) {
		col->is_unsigned = true;
	}
	if (strstr(s, "without time zone")) {
		tz = false;
	} else if (strstr(s, "with time zone")) {
		tz = true;
	}
	open = strchr(s, '(');
	if (open) {
		if (sscanf(open + 1, "%d,%d", &a1, &a2) < 1)
			a1 = a2 = -1;
		*open = '\0';
	} else {
		char *w = strstr(s, " with");

		if (w)
			*w = '\0';
		w = strstr(s, " unsigned");
		if (w)
			*w = '\0';
		w = strstr(s, " zerofill");
		if (w)
			*w = '\0';
	}
	for (const struct type_name *t = type_names; t->name; t++) {
		if (strcmp(s, t->name))
			continue;
		col->cls = t->cls;
		col->int_bytes = t->bytes;
		break;
	}
	if (!strcmp(s, "serial")) {
		col->cls = SG_T_INT;
		col->int_bytes = 4;
	}
	if (!strcmp(s, "real"))
		col->cls = SG_T_FLOAT;
	if (!strcmp(s, "float"))
		col->cls = (a1 > 24 || a1 < 0) ? SG_T_DOUBLE : SG_T_FLOAT;
	if (!strcmp(s, "timestamp"))
		col->cls = tz ? SG_T_TIMESTAMP : SG_T_DATETIME;
	if (!strcmp(s, "timestamptz") || !strcmp(s, "timetz"))
		tz = true;
	col->with_tz = tz;
	switch (col->cls) {
	case SG_T_DECIMAL:
		col->precision = a1 >= 0 ? a1 : 0;
		col->scale = a2 >= 0 ? a2 : 0;
		break;
	case SG_T_CHAR:
		col->length = a1 >= 0 ? a1 : 1;
		break;
	case SG_T_VARCHAR:
	case SG_T_BINARY:
		col->length = a1 >= 0 ? a1 : 0;
		break;
	case SG_T_BIT:
		col->length = a1 >= 0 ? a1 : 1;
		break;
	case SG_T_TEXT:
		col->length = !strcmp(s, "tinytext") ? 255 : !strcmp(s, "mediumtext") ? 16777215 : 0;
		break;
	case SG_T_TIME:
	case SG_T_DATETIME:
	case SG_T_TIMESTAMP:
		col->precision = a1;
		break;
	default:
		break;
	}
	free(s);
}


/* --- canonical types (validate) --- */

static void pg_canon_type(struct sg_buf *base, struct sg_buf *args, bool *uns, int tz)
{
	static const char *const to_integer[] = { "int", "int4", "integer", "serial", "serial4", NULL };
	static const char *const to_smallint[] = { "int2", "smallint", "smallserial", "serial2", NULL };
	static const char *const to_bigint[] = { "int8", "bigint", "bigserial", "serial8", NULL };
	const char *b, *repl = NULL;
	struct sg_buf t = SG_BUF_INIT;

	/* "public"."mood" and public.mood name the same type */
	for (const char *q = sg_buf_str(base); *q; q++)
		if (*q != '"')
			sg_buf_addch(&t, *q);
	sg_buf_reset(base);
	sg_buf_adds(base, strncmp(sg_buf_str(&t), "public.", 7) ? sg_buf_str(&t) : t.data + 7);
	sg_buf_release(&t);
	*uns = false;
	b = sg_buf_str(base);

	if (sg_caps_word_in(b, to_integer))
		repl = "integer";
	else if (sg_caps_word_in(b, to_smallint))
		repl = "smallint";
	else if (sg_caps_word_in(b, to_bigint))
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
	if (sg_caps_word_in(b, to_integer) || sg_caps_word_in(b, to_smallint) || sg_caps_word_in(b, to_bigint))
		sg_buf_reset(args);
}

const struct sg_caps sg_caps_pgsql = {
	.name = "postgresql",
	.dialect = SG_DIALECT_PGSQL,
	.begin_sql = "BEGIN",
	.null_safe_eq = " IS NOT DISTINCT FROM ",
	.bool_literal = { "false", "true" },
	.bool_text = { "f", "t" },
	.exact_open = "",
	.exact_close = "::text",
	.cast_suffix = true,
	.arrays = true,
	.schemas = true,
	.multi_host = true,
	.strict_text_ops = true,
	.zone_literals = true,
	.index_row_limit = true,
	.time_zones = true,
	.bare_autoinc_is_identity = true,
	.binary_hex_text = true,
	.classify = pg_classify,
	.canon_type = pg_canon_type,
};
