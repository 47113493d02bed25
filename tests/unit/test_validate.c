/* Schema validation: equivalent spellings of types and defaults compare
 * equal, real differences do not; contract files (seedgen JSON and
 * drizzle-kit snapshots) load, and malformed ones fail with line:column;
 * the comparison reports drift with both sides. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "seedgen/check.h"
#include "seedgen/contract_read.h"
#include "seedgen/caps.h"
#include "seedgen/json.h"
#include "seedgen/schema.h"

/* Canonical type of a raw type; cls as a driver or loader would set it. */
static char *canon_type(enum sg_dialect d, const char *raw, enum sg_type_class cls)
{
	struct sg_column c = { 0 };

	c.raw_type = (char *)raw;
	c.cls = cls;
	return sg_check_type_canon(sg_caps_of(d), &c);
}

static void assert_same_type(enum sg_dialect d, const char *a, enum sg_type_class ca,
			     const char *b, enum sg_type_class cb)
{
	char *x = canon_type(d, a, ca), *y = canon_type(d, b, cb);

	if (strcmp(x, y))
		fail_msg("'%s' (%s) and '%s' (%s) should be the same type", a, x, b, y);
	free(x);
	free(y);
}

static void assert_other_type(enum sg_dialect d, const char *a, const char *b)
{
	char *x = canon_type(d, a, SG_T_OTHER), *y = canon_type(d, b, SG_T_OTHER);

	if (!strcmp(x, y))
		fail_msg("'%s' and '%s' should differ, both are '%s'", a, b, x);
	free(x);
	free(y);
}

static void type_spellings(void **state)
{
	const enum sg_dialect my = SG_DIALECT_MYSQL, pg = SG_DIALECT_PGSQL;

	(void)state;
	assert_same_type(my, "int", SG_T_INT, "int(11)", SG_T_INT);
	assert_same_type(my, "integer", SG_T_INT, "INT(11)", SG_T_INT);
	assert_same_type(my, "int unsigned", SG_T_INT, "int(10) unsigned", SG_T_INT);
	assert_same_type(my, "bigint", SG_T_INT, "bigint(20)", SG_T_INT);
	assert_same_type(my, "boolean", SG_T_BOOL, "tinyint(1)", SG_T_BOOL);
	assert_same_type(my, "bool", SG_T_BOOL, "tinyint(1)", SG_T_BOOL);
	assert_same_type(my, "json", SG_T_JSON, "longtext", SG_T_JSON);
	assert_same_type(my, "decimal", SG_T_DECIMAL, "decimal(10,0)", SG_T_DECIMAL);
	assert_same_type(my, "numeric(15, 2)", SG_T_DECIMAL, "decimal(15,2)", SG_T_DECIMAL);
	assert_same_type(my, "timestamp", SG_T_TIMESTAMP, "timestamp(0)", SG_T_TIMESTAMP);
	assert_same_type(my, "double precision", SG_T_DOUBLE, "double", SG_T_DOUBLE);
	assert_same_type(my, "serial", SG_T_INT, "bigint(20) unsigned", SG_T_INT);
	assert_same_type(my, "enum('a','b')", SG_T_ENUM, "enum('a','c')", SG_T_ENUM);
	assert_same_type(my, "char", SG_T_CHAR, "char(1)", SG_T_CHAR);
	assert_same_type(pg, "varchar(255)", SG_T_VARCHAR, "character varying(255)", SG_T_VARCHAR);
	assert_same_type(pg, "timestamp (3)", SG_T_DATETIME, "timestamp(3) without time zone",
			 SG_T_DATETIME);
	assert_same_type(pg, "timestamp with time zone", SG_T_TIMESTAMP, "timestamptz", SG_T_TIMESTAMP);
	assert_same_type(pg, "timestamp (3) with time zone", SG_T_TIMESTAMP,
			 "timestamp(3) with time zone", SG_T_TIMESTAMP);
	assert_same_type(pg, "numeric(10, 4)", SG_T_DECIMAL, "numeric(10,4)", SG_T_DECIMAL);
	assert_same_type(pg, "serial", SG_T_INT, "integer", SG_T_INT);
	assert_same_type(pg, "int4", SG_T_INT, "integer", SG_T_INT);
	assert_same_type(pg, "bigserial", SG_T_INT, "bigint", SG_T_INT);
	assert_same_type(pg, "double precision", SG_T_DOUBLE, "float8", SG_T_DOUBLE);
	assert_same_type(pg, "text[]", SG_T_ARRAY, "text[][]", SG_T_ARRAY);
	assert_same_type(pg, "\"public\".\"mood\"", SG_T_ENUM, "mood", SG_T_ENUM);

	assert_other_type(my, "int", "bigint");
	assert_other_type(my, "varchar(255)", "varchar(100)");
	assert_other_type(my, "decimal(15,2)", "decimal(15,4)");
	assert_other_type(my, "text", "varchar(255)");
	assert_other_type(my, "int", "int unsigned");
	assert_other_type(my, "tinyint(1)", "tinyint(4)");
	assert_other_type(my, "timestamp", "datetime");
	assert_other_type(pg, "timestamp", "timestamptz");
	assert_other_type(pg, "json", "jsonb");
	assert_other_type(pg, "text", "text[]");
}

static char *canon_default(enum sg_dialect d, const char *expr, enum sg_type_class cls, bool ai)
{
	struct sg_column c = { 0 };

	c.default_expr = (char *)expr;
	c.cls = cls;
	c.auto_increment = ai;
	return sg_check_default_canon(sg_caps_of(d), &c);
}

static void assert_same_default(enum sg_dialect d, enum sg_type_class cls, const char *a,
				const char *b)
{
	char *x = canon_default(d, a, cls, false), *y = canon_default(d, b, cls, false);

	if ((x == NULL) != (y == NULL) || (x && strcmp(x, y)))
		fail_msg("defaults %s (%s) and %s (%s) should be the same", a ? a : "none",
			 x ? x : "none", b ? b : "none", y ? y : "none");
	free(x);
	free(y);
}

static void assert_other_default(enum sg_dialect d, enum sg_type_class cls, const char *a,
				 const char *b)
{
	char *x = canon_default(d, a, cls, false), *y = canon_default(d, b, cls, false);

	if ((x == NULL) == (y == NULL) && (!x || !strcmp(x, y)))
		fail_msg("defaults %s and %s should differ", a ? a : "none", b ? b : "none");
	free(x);
	free(y);
}

static void default_spellings(void **state)
{
	const enum sg_dialect my = SG_DIALECT_MYSQL, pg = SG_DIALECT_PGSQL;
	char *v;

	(void)state;
	assert_same_default(my, SG_T_TIMESTAMP, "(now())", "current_timestamp()");
	assert_same_default(my, SG_T_TIMESTAMP, "CURRENT_TIMESTAMP", "current_timestamp()");
	assert_same_default(my, SG_T_TIMESTAMP, "now()", "CURRENT_TIMESTAMP");
	assert_same_default(my, SG_T_TIMESTAMP, "CURRENT_TIMESTAMP(3)", "current_timestamp(3)");
	assert_same_default(my, SG_T_DECIMAL, "'0'", "0.00");
	assert_same_default(my, SG_T_DECIMAL, "'0.1'", "0.1000");
	assert_same_default(my, SG_T_INT, "0", "'0'");
	assert_same_default(my, SG_T_BOOL, "true", "1");
	assert_same_default(my, SG_T_BOOL, "false", "0");
	assert_same_default(my, SG_T_BOOL, "b'1'", "'1'");
	assert_same_default(my, SG_T_VARCHAR, "'PENDING'", "PENDING");
	assert_same_default(my, SG_T_VARCHAR, "'it''s'", "'it\\'s'");
	assert_same_default(my, SG_T_JSON, "('[]')", "'[]'");
	assert_same_default(my, SG_T_VARCHAR, "NULL", NULL);
	assert_same_default(my, SG_T_VARCHAR, "_utf8mb4'x'", "'x'");
	assert_same_default(pg, SG_T_VARCHAR, "'active'", "'active'::character varying");
	assert_same_default(pg, SG_T_JSON, "'{}'", "'{}'::jsonb");
	assert_same_default(pg, SG_T_DATETIME, "now()", "CURRENT_TIMESTAMP");
	assert_same_default(pg, SG_T_DECIMAL, "'0.00'", "0.00");
	assert_same_default(pg, SG_T_BOOL, "true", "'t'::boolean");
	assert_same_default(pg, SG_T_DATE, "CURRENT_DATE", "current_date");
	assert_same_default(pg, SG_T_TIME, "'08:00:00'", "'08:00:00'::time without time zone");

	assert_other_default(my, SG_T_VARCHAR, "'ACTIVE'", "'INACTIVE'");
	assert_other_default(my, SG_T_VARCHAR, "'0'", "'0.00'");
	assert_other_default(my, SG_T_VARCHAR, "'active'", "'ACTIVE'");
	assert_other_default(my, SG_T_DECIMAL, "'1'", "0.00");
	assert_other_default(my, SG_T_BOOL, "true", "0");
	assert_other_default(my, SG_T_VARCHAR, "'x'", NULL);
	assert_other_default(pg, SG_T_TEXT, "'now()'", "now()");

	/* a sequence default on an auto-increment column is no default */
	v = canon_default(pg, "nextval('orders_id_seq'::regclass)", SG_T_INT, true);
	assert_null(v);
	v = canon_default(pg, "nextval('orders_id_seq'::regclass)", SG_T_INT, false);
	assert_non_null(v);
	free(v);
}

static void malformed_contracts(void **state)
{
	struct sg_contract c;
	struct sg_error err = { 0 };
	const char *bad = "{\n  \"version\": \"5\",\n  \"tables\": {,}\n}\n";

	(void)state;
	assert_int_equal(sg_contract_parse(bad, strlen(bad), "snap.json", NULL, &c, &err), -1);
	assert_int_equal(err.code, SG_EXIT_USAGE);
	assert_string_equal(err.msg, "snap.json:3:14: malformed JSON: unexpected ','");

	bad = "{\"format\": \"seedgen-schema/1\", \"dialect\": \"mysql\", \"tables\": [";
	sg_error_clear(&err);
	assert_int_equal(sg_contract_parse(bad, strlen(bad), "c.json", NULL, &c, &err), -1);
	assert_string_equal(err.msg, "c.json:1:63: malformed JSON: unexpected end of file");

	bad = "{\"a\": 1}\n}";
	sg_error_clear(&err);
	assert_int_equal(sg_contract_parse(bad, strlen(bad), "c.json", NULL, &c, &err), -1);
	assert_string_equal(err.msg, "c.json:2:1: malformed JSON: unexpected '}' after the value");

	bad = "{\"s\": \"caf\xc3\xa9\", \"t\": tru}";
	sg_error_clear(&err);
	assert_int_equal(sg_contract_parse(bad, strlen(bad), "c.json", NULL, &c, &err), -1);
	assert_string_equal(err.msg, "c.json:1:23: malformed JSON: unexpected '}'");

	bad = "{\"version\": \"6\", \"dialect\": \"mysql\", \"tables\": {}}";
	sg_error_clear(&err);
	assert_int_equal(sg_contract_parse(bad, strlen(bad), "c.json", NULL, &c, &err), -1);
	assert_int_equal(err.code, SG_EXIT_USAGE);
	assert_non_null(strstr(err.msg, "unsupported drizzle-kit snapshot (dialect 'mysql', version 6)"));

	bad = "{\"format\": \"seedgen-schema/1\", \"dialect\": \"mysql\", "
	      "\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": 7}]}]}";
	sg_error_clear(&err);
	assert_int_equal(sg_contract_parse(bad, strlen(bad), "c.json", NULL, &c, &err), -1);
	assert_string_equal(err.msg, "c.json: tables.t.columns[0]: 'name' must be a string, not a number");

	bad = "[1, 2]";
	sg_error_clear(&err);
	assert_int_equal(sg_contract_parse(bad, strlen(bad), "c.json", NULL, &c, &err), -1);
	assert_string_equal(err.msg, "c.json: a contract must be a JSON object, not an array");
}

static const char drizzle_mysql[] =
	"{\"version\": \"5\", \"dialect\": \"mysql\", \"tables\": {"
	" \"todo_tasks\": {\"name\": \"todo_tasks\", \"columns\": {"
	"  \"id\": {\"name\": \"id\", \"type\": \"int\", \"primaryKey\": false, \"notNull\": true,"
	"          \"autoincrement\": true},"
	"  \"list_id\": {\"name\": \"list_id\", \"type\": \"int\", \"primaryKey\": false,"
	"          \"notNull\": true, \"autoincrement\": false},"
	"  \"status\": {\"name\": \"status\", \"type\": \"enum('todo','blocked','done')\","
	"          \"primaryKey\": false, \"notNull\": true, \"autoincrement\": false,"
	"          \"default\": \"'todo'\"},"
	"  \"is_done\": {\"name\": \"is_done\", \"type\": \"boolean\", \"primaryKey\": false,"
	"          \"notNull\": true, \"autoincrement\": false, \"default\": false}},"
	"  \"indexes\": {\"idx_list\": {\"name\": \"idx_list\", \"columns\": [\"list_id\"],"
	"          \"isUnique\": false}},"
	"  \"foreignKeys\": {\"fk1\": {\"name\": \"fk1\", \"tableFrom\": \"todo_tasks\","
	"          \"tableTo\": \"todo_lists\", \"columnsFrom\": [\"list_id\"], \"columnsTo\": [\"id\"],"
	"          \"onDelete\": \"cascade\", \"onUpdate\": \"no action\"}},"
	"  \"compositePrimaryKeys\": {\"todo_tasks_id\": {\"name\": \"todo_tasks_id\","
	"          \"columns\": [\"id\"]}},"
	"  \"uniqueConstraints\": {}, \"checkConstraint\": {}},"
	" \"todo_lists\": {\"name\": \"todo_lists\", \"columns\": {"
	"  \"id\": {\"name\": \"id\", \"type\": \"int\", \"primaryKey\": false, \"notNull\": true,"
	"          \"autoincrement\": true}},"
	"  \"indexes\": {}, \"foreignKeys\": {}, \"uniqueConstraints\": {},"
	"  \"compositePrimaryKeys\": {\"todo_lists_id\": {\"name\": \"todo_lists_id\","
	"          \"columns\": [\"id\"]}}}}}";

static void drizzle_mysql_snapshot(void **state)
{
	struct sg_contract c;
	struct sg_error err = { 0 };
	struct sg_table *t;
	struct sg_column *col;

	(void)state;
	assert_int_equal(sg_contract_parse(drizzle_mysql, strlen(drizzle_mysql), "s.json", NULL,
					   &c, &err), 0);
	assert_int_equal(c.kind, SG_CONTRACT_DRIZZLE_MYSQL);
	assert_int_equal(c.schema.dialect, SG_DIALECT_MYSQL);
	assert_int_equal(c.schema.ntables, 2);
	assert_string_equal(c.schema.tables[0]->name, "todo_lists"); /* sorted */
	t = sg_schema_find(&c.schema, "todo_tasks");
	assert_non_null(t);
	assert_int_equal(t->ncols, 4);
	assert_int_equal(t->pk.ncols, 1);
	assert_string_equal(t->pk.columns[0], "id");
	assert_int_equal(t->nindexes, 1);
	assert_int_equal(t->nfks, 1);
	assert_int_equal(t->fks[0]->on_delete, SG_FK_CASCADE);
	assert_int_equal(t->fks[0]->ref_index, 0);
	col = sg_table_find_column(t, "status");
	assert_int_equal(col->cls, SG_T_ENUM);
	assert_int_equal(col->n_enum, 3);
	assert_string_equal(col->enum_values[1], "blocked");
	assert_false(col->nullable);
	col = sg_table_find_column(t, "is_done");
	assert_int_equal(col->cls, SG_T_BOOL);
	assert_string_equal(col->default_expr, "false");
	assert_true(sg_table_find_column(t, "id")->auto_increment);
	sg_contract_release(&c);
}

/* A live schema as the MariaDB driver reports the same tables, with the
 * drift: 'blocked' missing from the enum, list_id nullable, no FK, an extra
 * column. */
static void build_live(struct sg_schema *s)
{
	struct sg_table *t = sg_schema_add_table(s, "todo_tasks"), *l;
	struct sg_column *c;
	struct sg_key *k;

	s->dialect = SG_DIALECT_MYSQL;
	c = sg_table_add_column(t, "id");
	c->raw_type = sg_strdup("int(11)");
	c->cls = SG_T_INT;
	c->nullable = false;
	c->auto_increment = true;
	c = sg_table_add_column(t, "list_id");
	c->raw_type = sg_strdup("int(11)");
	c->cls = SG_T_INT;
	c = sg_table_add_column(t, "status");
	c->raw_type = sg_strdup("enum('todo','done')");
	c->cls = SG_T_ENUM;
	c->nullable = false;
	c->default_expr = sg_strdup("'todo'");
	sg_column_add_enum(c, "todo");
	sg_column_add_enum(c, "done");
	c = sg_table_add_column(t, "is_done");
	c->raw_type = sg_strdup("tinyint(1)");
	c->cls = SG_T_BOOL;
	c->nullable = false;
	c->default_expr = sg_strdup("0");
	c = sg_table_add_column(t, "note");
	c->raw_type = sg_strdup("varchar(20)");
	c->cls = SG_T_VARCHAR;
	sg_key_add_column(&t->pk, "id");
	sg_key_set_name(&t->pk, "PRIMARY");
	k = sg_table_add_index(t, "idx_list");
	sg_key_add_column(k, "list_id");
	l = sg_schema_add_table(s, "todo_lists");
	c = sg_table_add_column(l, "id");
	c->raw_type = sg_strdup("int(11)");
	c->cls = SG_T_INT;
	c->nullable = false;
	c->auto_increment = true;
	sg_key_add_column(&l->pk, "id");
	sg_schema_finish(s);
}

static void compare_reports_drift(void **state)
{
	struct sg_contract c;
	struct sg_error err = { 0 };
	struct sg_schema live = { 0 };
	struct sg_drift_report rep = { 0 };
	struct sg_namelist ignore = { 0 };
	const char *want[] = {
		"todo_tasks.list_id: nullability differs (contract: NOT NULL, database: nullable)",
		"todo_tasks.status: enum values differ: contract has 'blocked', database lacks it",
		"todo_tasks.note: not in contract (database: varchar(20), nullable)",
		"todo_tasks.list_id: foreign key missing in database "
		"(contract: -> todo_lists(id) ON DELETE CASCADE)",
	};

	(void)state;
	assert_int_equal(sg_contract_parse(drizzle_mysql, strlen(drizzle_mysql), "s.json", NULL,
					   &c, &err), 0);
	build_live(&live);
	sg_validate_compare(&c, &live, &ignore, &rep);
	assert_int_equal(rep.ntables, 2);
	assert_int_equal(rep.n, 4);
	for (size_t i = 0; i < rep.n; i++) {
		char *subject = sg_drift_subject(&rep.items[i]);
		char line[512];

		snprintf(line, sizeof(line), "%s: %s", subject, rep.items[i].message);
		assert_string_equal(line, want[i]);
		free(subject);
	}
	sg_drift_report_release(&rep);

	sg_namelist_add_csv(&ignore, "*.note,todo_tasks.list_id");
	sg_validate_compare(&c, &live, &ignore, &rep);
	assert_int_equal(rep.n, 1);
	assert_string_equal(rep.items[0].kind, "enum");
	sg_drift_report_release(&rep);
	sg_namelist_release(&ignore);

	sg_namelist_add_csv(&ignore, "todo_*");
	sg_validate_compare(&c, &live, &ignore, &rep);
	assert_int_equal(rep.n, 0);
	assert_int_equal(rep.ntables, 0);
	sg_drift_report_release(&rep);
	sg_namelist_release(&ignore);

	sg_schema_release(&live);
	sg_contract_release(&c);
}

static void seedgen_contract_duplicate_mapping(void **state)
{
	const char *text =
		"{\"format\": \"seedgen-schema/1\", \"dialect\": \"mysql\", \"tables\": [{"
		" \"name\": \"products\", \"columns\": ["
		"  {\"name\": \"id\", \"type\": \"int(11)\", \"class\": \"integer\", \"nullable\": false},"
		"  {\"name\": \"nameCanonical\", \"type\": \"varchar(500)\", \"nullable\": false},"
		"  {\"name\": \"nameCanonical\", \"field\": \"name\", \"type\": \"varchar(500)\"},"
		"  {\"name\": \"NAMECANONICAL\", \"type\": \"varchar(500)\"}],"
		" \"primary_key\": [\"id\"]}]}";
	struct sg_contract c;
	struct sg_error err = { 0 };

	(void)state;
	assert_int_equal(sg_contract_parse(text, strlen(text), "c.json", NULL, &c, &err), 0);
	assert_int_equal(c.kind, SG_CONTRACT_SEEDGEN);
	assert_int_equal(c.schema.tables[0]->ncols, 2);
	assert_int_equal(c.ndups, 2);
	assert_string_equal(c.dups[0].column, "nameCanonical");
	assert_string_equal(c.dups[0].first, "nameCanonical");
	assert_string_equal(c.dups[0].second, "name");
	assert_string_equal(c.dups[1].second, "NAMECANONICAL");
	sg_contract_release(&c);
}

static void text_positions(void **state)
{
	int line, col;

	(void)state;
	sg_text_position("ab\ncd", 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	sg_text_position("ab\ncd", 4, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	sg_text_position("\xc3\xa9x", 2, &line, &col); /* after one two-byte character */
	assert_int_equal(col, 2);
}

/* One MySQL type parser for introspection and contracts: the answers the
 * live side gets are the ones a contract gets. */
static void mysql_type_parser(void **state)
{
	static const struct {
		const char *raw;
		enum sg_type_class cls;
		int length, int_bytes;
		bool uns;
	} cases[] = {
		{ "tinyint(1) unsigned", SG_T_BOOL, 0, 0, false },
		{ "tinyint(1)", SG_T_BOOL, 0, 0, false },
		{ "tinyint(4) unsigned", SG_T_INT, 0, 1, true },
		{ "tinyblob", SG_T_BINARY, 255, 0, false },
		{ "TEXT", SG_T_TEXT, 65535, 0, false },
		{ "Character Varying (20)", SG_T_VARCHAR, 20, 0, false },
		{ "int8", SG_T_INT, 0, 8, false },
		{ "serial", SG_T_INT, 0, 8, true },
		{ "binary", SG_T_BINARY, 1, 0, false },
		{ "double precision", SG_T_DOUBLE, 0, 0, false },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct sg_column c = { 0 };

		c.raw_type = (char *)cases[i].raw;
		sg_caps_mysql.classify(&c);
		if (c.cls != cases[i].cls || c.length != cases[i].length ||
		    c.int_bytes != cases[i].int_bytes || c.is_unsigned != cases[i].uns)
			fail_msg("%s: class %s length %d bytes %d unsigned %d", cases[i].raw,
				 sg_type_class_name(c.cls), c.length, c.int_bytes, c.is_unsigned);
	}
	{
		/* members keep their case and blanks; quotes doubled and escaped */
		struct sg_column c = { 0 };

		c.raw_type = (char *)"ENUM('Draft  One','it''s','a\\\\b')";
		sg_caps_mysql.classify(&c);
		assert_int_equal(c.cls, SG_T_ENUM);
		assert_int_equal(c.n_enum, 3);
		assert_string_equal(c.enum_values[0], "Draft  One");
		assert_string_equal(c.enum_values[1], "it's");
		assert_string_equal(c.enum_values[2], "a\\b");
		for (size_t i = 0; i < c.n_enum; i++)
			free(c.enum_values[i]);
		free(c.enum_values);
	}
	assert_ptr_equal(sg_caps_by_name("MariaDB"), &sg_caps_mysql);
	assert_ptr_equal(sg_caps_by_name("postgres"), &sg_caps_pgsql);
	assert_null(sg_caps_by_name("sqlite"));
	assert_ptr_equal(sg_caps_of(SG_DIALECT_PGSQL), &sg_caps_pgsql);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(type_spellings),
		cmocka_unit_test(mysql_type_parser),
		cmocka_unit_test(default_spellings),
		cmocka_unit_test(malformed_contracts),
		cmocka_unit_test(drizzle_mysql_snapshot),
		cmocka_unit_test(compare_reports_drift),
		cmocka_unit_test(seedgen_contract_duplicate_mapping),
		cmocka_unit_test(text_positions),
	};
	return cmocka_run_group_tests_name("validate", tests, NULL, NULL);
}
