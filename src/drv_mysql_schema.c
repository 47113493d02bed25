/*
 * MySQL/MariaDB introspection: reads every base table of the current
 * database from information_schema -- tables, columns (typed by the one
 * MySQL type parser, drv_mysql_type.c), indexes, foreign keys and checks --
 * in one set-based query per view, so that hundreds of tables introspect
 * in a few round-trips. Queries go through the driver's own query call;
 * this file does not include <mysql.h>.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/db.h"
#include "seedgen/drv_keys.h"
#include "seedgen/partition.h"
#include "drv_mysql_int.h"

/* Case-insensitive substring test (strcasestr is a GNU extension). */
static bool contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return true;
	return false;
}

/* MySQL 8 reports literal defaults bare (todo, 2024-01-01) where MariaDB
 * quotes them ('todo'); quote them too so that default_expr reads the same
 * on both. Expression defaults carry DEFAULT_GENERATED in EXTRA there. */
static char *mysql8_default(const struct sg_column *col, const char *def,
			    const char *extra)
{
	struct sg_buf b = SG_BUF_INIT;

	if (contains_ci(extra, "DEFAULT_GENERATED"))
		return sg_strdup(def);
	switch (col->cls) {
	case SG_T_INT: case SG_T_BOOL: case SG_T_DECIMAL: case SG_T_FLOAT:
	case SG_T_DOUBLE: case SG_T_BIT: case SG_T_YEAR:
		return sg_strdup(def);
	default:
		break;
	}
	sg_buf_addch(&b, '\'');
	for (const char *p = def; *p; p++) {
		if (*p == '\'')
			sg_buf_addch(&b, '\'');
		sg_buf_addch(&b, *p);
	}
	sg_buf_addch(&b, '\'');
	return sg_buf_detach(&b);
}

/* --- introspection: queries ----------------------------------------------- */

struct isp {
	struct sg_db *db;
	struct sg_schema *s;
	struct sg_table *last;     /* lookup cache: rows come grouped by table */
	struct sg_key *key;        /* key being filled (STATISTICS) */
	struct sg_fk *fk;          /* FK being filled (KEY_COLUMN_USAGE) */
	char *key_table, *key_name;
	bool key_skip;
	const char *dbname;
};

static struct sg_table *find_table(struct isp *st, const char *name)
{
	if (st->last && !strcmp(st->last->name, name))
		return st->last;
	for (size_t i = 0; i < st->s->ntables; i++)
		if (!strcmp(st->s->tables[i]->name, name))
			return st->last = st->s->tables[i];
	return NULL;
}

static char *dup_nonempty(const char *v)
{
	return v && *v ? sg_strdup(v) : NULL;
}

static int row_table(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t;

	(void)ncols;
	(void)len;
	t = sg_schema_add_table(st->s, v[0]);
	t->comment = dup_nonempty(v[1]);
	return 0;
}

/* TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
 * IS_GENERATED, GENERATION_EXPRESSION, COLUMN_COMMENT */
static int row_column(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t = find_table(st, v[0]);
	struct sg_column *col;
	const char *extra = v[5] ? v[5] : "";
	bool mariadb = sg_my_is_mariadb(st->db);

	(void)ncols;
	(void)len;
	if (!t)
		return 0; /* a view's column */
	col = sg_table_add_column(t, v[1]);
	col->raw_type = sg_strdup(v[2]);
	sg_caps_mysql.classify(col);
	col->nullable = v[3] && !strcmp(v[3], "YES");
	/* MariaDB reports a column without a default as SQL NULL and one with
	 * DEFAULT NULL as the bare word NULL; string literals come quoted
	 * ('NULL' for the string), so the bare word is never a value. MySQL 8
	 * reports both as SQL NULL and literals bare. */
	if (mariadb && v[4] && strcmp(v[4], "NULL"))
		col->default_expr = sg_strdup(v[4]);
	else if (!mariadb && v[4])
		col->default_expr = mysql8_default(col, v[4], extra);
	col->auto_increment = contains_ci(extra, "auto_increment");
	col->on_update_now = contains_ci(extra, "on update");
	/* Not just "GENERATED": MySQL 8 marks expression defaults with
	 * DEFAULT_GENERATED. */
	col->generated = (v[6] && !strcmp(v[6], "ALWAYS")) ||
			 contains_ci(extra, "VIRTUAL GENERATED") ||
			 contains_ci(extra, "STORED GENERATED") ||
			 contains_ci(extra, "PERSISTENT GENERATED");
	if (col->generated)
		col->generation_expr = dup_nonempty(v[7]);
	col->comment = dup_nonempty(v[8]);
	return 0;
}

/* Rows of one index or constraint come together (the queries order them
 * so): true when this row begins a new one, which is then remembered. */
static bool starts_group(struct isp *st, const char *table, const char *name)
{
	if (st->key_table && !strcmp(st->key_table, table) && !strcmp(st->key_name, name))
		return false;
	free(st->key_table);
	free(st->key_name);
	st->key_table = sg_strdup(table);
	st->key_name = sg_strdup(name);
	return true;
}

/* TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME (by table, index, seq) */
static int row_index(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t;

	(void)ncols;
	(void)len;
	if (starts_group(st, v[0], v[1])) {
		st->key = NULL;
		t = find_table(st, v[0]);
		if (!t)
			return 0;
		if (!strcmp(v[1], "PRIMARY")) {
			st->key = &t->pk;
			sg_key_set_name(st->key, v[1]);
		} else if (v[2] && !strcmp(v[2], "0")) {
			st->key = sg_table_add_unique(t, v[1]);
		} else {
			st->key = sg_table_add_index(t, v[1]);
		}
	}
	/* An expression key part (MySQL 8 functional index) has no column. */
	if (st->key && v[3])
		sg_key_add_column(st->key, v[3]);
	return 0;
}

/* TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA,
 * REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME, UPDATE_RULE, DELETE_RULE */
static int row_fk(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t;

	(void)ncols;
	(void)len;
	if (starts_group(st, v[0], v[1])) {
		st->fk = NULL;
		t = find_table(st, v[0]);
		if (!t)
			return 0;
		st->fk = sg_table_add_fk(t, v[1]);
		st->fk->ref_table = sg_strdup(v[4]);
		if (v[3] && strcmp(v[3], st->dbname))
			st->fk->ref_schema = sg_strdup(v[3]);
		st->fk->on_update = sg_fk_action_parse(v[6]);
		st->fk->on_delete = sg_fk_action_parse(v[7]);
	}
	if (st->fk)
		sg_fk_add_column(st->fk, v[2], v[5] ? v[5] : "");
	return 0;
}

/* Distinct backquoted names in a check clause (the server quotes every
 * column reference); string literals are skipped. Returns the count and the
 * single name in *only when there is exactly one. */
static size_t check_columns(const char *expr, char **only)
{
	char *first = NULL;
	size_t count = 0;

	*only = NULL;
	for (const char *p = expr; *p; p++) {
		if (*p == '\'' || *p == '"') {
			char q = *p;

			for (p++; *p; p++) {
				if (*p == '\\' && p[1])
					p++;
				else if (*p == q && p[1] == q)
					p++;
				else if (*p == q)
					break;
			}
			if (!*p)
				break;
		} else if (*p == '`') {
			struct sg_buf name = SG_BUF_INIT;

			for (p++; *p; p++) {
				if (*p == '`' && p[1] == '`')
					p++;
				else if (*p == '`')
					break;
				sg_buf_addch(&name, *p);
			}
			if (!first) {
				first = sg_buf_detach(&name);
				count = 1;
			} else if (strcmp(first, sg_buf_str(&name))) {
				count++;
			}
			sg_buf_release(&name);
			if (!*p)
				break;
		}
	}
	if (count == 1)
		*only = first;
	else
		free(first);
	return count;
}

static bool is_json_valid_check(const char *expr, const char *column)
{
	struct sg_buf want = SG_BUF_INIT;
	bool same;

	sg_buf_adds(&want, "json_valid(");
	sg_my_quote_ident(&want, column);
	sg_buf_addch(&want, ')');
	same = !strcasecmp(expr, want.data);
	sg_buf_release(&want);
	return same;
}

/* TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE */
static int row_check(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;
	struct sg_table *t = find_table(st, v[0]);
	struct sg_column *col;
	char *only;

	(void)ncols;
	(void)len;
	if (!t || !v[2])
		return 0;
	sg_table_add_check(t, v[1], v[2]);
	check_columns(v[2], &only);
	if (!only)
		return 0;
	col = sg_table_find_column(t, only);
	free(only);
	if (!col)
		return 0;
	if (col->check) {
		size_t a = strlen(col->check), b = strlen(v[2]);

		col->check = sg_realloc(col->check, a + b + 3);
		memcpy(col->check + a, "; ", 2);
		memcpy(col->check + a + 2, v[2], b + 1);
	} else {
		col->check = sg_strdup(v[2]);
	}
	/* MariaDB's JSON type is an alias: the column is a LONGTEXT guarded by
	 * CHECK (json_valid(`col`)), and information_schema says "longtext".
	 * The check is what makes it JSON, so the class follows it while
	 * raw_type keeps the server's spelling. */
	if (col->cls == SG_T_TEXT && is_json_valid_check(v[2], col->name))
		col->cls = SG_T_JSON;
	return 0;
}

static int row_info(void *ctx, int ncols, const char *const *v, const size_t *len)
{
	struct isp *st = ctx;

	(void)ncols;
	(void)len;
	st->s->server_version = v[0] ? sg_strdup(v[0]) : NULL;
	st->s->database = v[1] ? sg_strdup(v[1]) : NULL;
	return 1;
}

static const char sql_tables[] =
	"SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES "
	"WHERE TABLE_SCHEMA = DATABASE() "
	"AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')";

/* Byte ordering: information_schema compares names case-insensitively,
 * which could interleave the rows of tables `A` and `a`. */
static const char sql_columns[] =
	"SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, "
	"EXTRA, IS_GENERATED, GENERATION_EXPRESSION, COLUMN_COMMENT "
	"FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
	"ORDER BY CAST(TABLE_NAME AS BINARY), ORDINAL_POSITION";

static const char sql_indexes[] =
	"SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME "
	"FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
	"ORDER BY CAST(TABLE_NAME AS BINARY), CAST(INDEX_NAME AS BINARY), SEQ_IN_INDEX";

static const char sql_fks[] =
	"SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, "
	"k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
	"r.UPDATE_RULE, r.DELETE_RULE "
	"FROM information_schema.KEY_COLUMN_USAGE k "
	"JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
	"ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME "
	"AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
	"WHERE k.TABLE_SCHEMA = DATABASE() AND r.CONSTRAINT_SCHEMA = DATABASE() "
	"AND k.REFERENCED_TABLE_NAME IS NOT NULL "
	"ORDER BY CAST(k.TABLE_NAME AS BINARY), CAST(k.CONSTRAINT_NAME AS BINARY), k.ORDINAL_POSITION";

/* MariaDB names checks per table and has TABLE_NAME in CHECK_CONSTRAINTS;
 * MySQL 8 names them per schema and only TABLE_CONSTRAINTS knows the table. */
static const char sql_checks_mariadb[] =
	"SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE "
	"FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() "
	"ORDER BY CAST(TABLE_NAME AS BINARY), CAST(CONSTRAINT_NAME AS BINARY)";

static const char sql_checks_mysql[] =
	"SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE "
	"FROM information_schema.CHECK_CONSTRAINTS c "
	"JOIN information_schema.TABLE_CONSTRAINTS t "
	"ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME "
	"AND t.CONSTRAINT_TYPE = 'CHECK' "
	"WHERE c.CONSTRAINT_SCHEMA = DATABASE() "
	"ORDER BY CAST(t.TABLE_NAME AS BINARY), CAST(c.CONSTRAINT_NAME AS BINARY)";

static void reset_group(struct isp *st)
{
	free(st->key_table);
	free(st->key_name);
	st->key_table = st->key_name = NULL;
	st->key = NULL;
	st->fk = NULL;
}

int sg_my_introspect(struct sg_db *db, struct sg_schema *out, struct sg_error *err)
{
	bool mariadb = sg_my_is_mariadb(db);
	struct isp st = { 0 };
	int rc = -1;

	st.db = db;
	st.s = out;
	out->dialect = SG_DIALECT_MYSQL;
	if (sg_db_query(db, "SELECT VERSION(), DATABASE()", row_info, &st, err) < 0)
		goto done;
	st.dbname = out->database ? out->database : "";
	if (sg_db_query(db, sql_tables, row_table, &st, err) < 0 ||
	    sg_db_query(db, sql_columns, row_column, &st, err) < 0 ||
	    sg_db_query(db, sql_indexes, row_index, &st, err) < 0)
		goto done;
	reset_group(&st);
	if (sg_db_query(db, sql_fks, row_fk, &st, err) < 0)
		goto done;
	reset_group(&st);
	if (sg_db_query(db, mariadb ? sql_checks_mariadb : sql_checks_mysql,
			row_check, &st, err) < 0) {
		/* Servers before MariaDB 10.2.22 / MySQL 8.0.16 have no
		 * CHECK_CONSTRAINTS view (and enforce no checks): go on. */
		if (sg_my_errno(db) != 1109)
			goto done;
		sg_error_clear(err);
	}
	rc = sg_schema_finish(out);
	if (rc == 0)
		rc = sg_mysql_read_partitions(db, out, err);
	if (rc == 0)
		rc = sg_mysql_read_keyforms(db, out, err);
done:
	reset_group(&st);
	if (rc < 0) {
		char prefix[1024];

		snprintf(prefix, sizeof(prefix), "cannot read the schema of '%s'",
			 db->url.redacted);
		sg_my_prefix_error(err, prefix);
	}
	return rc;
}
